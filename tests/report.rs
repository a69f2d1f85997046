//! The report that is handed round (printed, or as Markdown) and the summary CSV: who
//! made it, every band agreeing with its score, the plan and the notes, and the same
//! content in the same order whatever the medium.

use buy_in_check::model::assessment::{ActionItem, ActionStatus, Answer, Assessment, Profile};
use buy_in_check::model::bank::{bank, Stage, AGREEMENT_FACT};
use buy_in_check::model::exchange::{md_text, plan_csv, summary_csv, to_markdown};
use buy_in_check::model::report::{band_words, Report, APP_VERSION};
use buy_in_check::model::scoring::{score, Band};

/// Every statement answered with a middling mix, two notes (one hostile), a stage and a
/// plan of two items, one of them taken from the recommended actions.
fn full() -> Assessment {
    let mut a = Assessment::new(
        "full-1",
        Profile {
            name: "Autumn review".into(),
            partnership: "River Care".into(),
            organisation: "Health Trust".into(),
            role: "Partnership lead".into(),
            partners: vec!["City Council".into(), "=Volunteers".into()],
            date: "2026-11-20".into(),
            stage: Some(Stage::Delivering),
        },
        1,
    );
    let pattern = ["4", "3", "2", "5", "dont-know", "3", "1"];
    for (i, (_, _, s)) in bank().statements().enumerate() {
        let code = pattern[i % pattern.len()];
        let answer = if s.kind == buy_in_check::model::bank::ItemKind::Fact {
            if s.id == AGREEMENT_FACT {
                Answer::Yes
            } else {
                Answer::No
            }
        } else {
            Answer::from_code(code).expect("a code")
        };
        a.set_answer(s.id, Some(answer), 2);
    }
    a.set_note(
        "shared-value-1",
        "Agreed at the board <b>only</b> | not written",
        3,
    );
    a.set_note("mandate-1", "Ask the director", 3);
    a.actions = vec![
        ActionItem {
            id: "a".into(),
            source: Some("check-mandate".into()),
            text: "Check mandates".into(),
            owner: "Me".into(),
            due: "2027-01-31".into(),
            status: ActionStatus::Doing,
        },
        ActionItem {
            id: "b".into(),
            text: "Meet the volunteers".into(),
            ..ActionItem::default()
        },
    ];
    a
}

#[test]
fn the_report_names_who_made_it_and_leaves_out_empty_fields() {
    let mut a = full();
    a.profile.role.clear();
    let r = Report::new(bank(), &a);
    assert_eq!(r.title, "Autumn review");
    let labels: Vec<&str> = r.made_by.iter().map(|(l, _)| *l).collect();
    assert_eq!(
        labels,
        [
            "Partnership",
            "My organisation",
            "Partner organisations",
            "Stage",
            "Date"
        ]
    );
    assert!(r
        .made_by
        .contains(&("Partner organisations", "City Council, =Volunteers".into())));
    assert_eq!(r.answered.0, r.answered.1, "every asked statement answered");
}

#[test]
fn every_band_in_words_agrees_with_the_score_beside_it() {
    let r = Report::new(bank(), &full());
    assert_eq!(r.dimensions.len(), bank().dimensions().count());
    for line in r
        .contexts
        .iter()
        .map(|c| (&c.score, c.band))
        .chain(r.dimensions.iter().map(|d| (&d.score, d.band)))
    {
        let expected = line.0.parse::<f64>().ok().map(Band::of);
        // A strength may say what holds it back ("Strength so far", "Strength, with a
        // gap"); every other band is said as it is.
        if expected == Some(Band::Strength) {
            assert!(
                line.1.starts_with("Strength"),
                "{} beside {}",
                line.1,
                line.0
            );
        } else {
            assert_eq!(line.1, band_words(expected), "{} beside {}", line.1, line.0);
        }
    }
}

#[test]
fn actions_already_in_the_plan_are_not_recommended_again() {
    let a = full();
    let r = Report::new(bank(), &a);
    assert_eq!(r.actions_in_plan, 1);
    assert!(r
        .further_actions
        .iter()
        .all(|x| x.title != "Check your own mandate"));
    // The verdict names the key actions with their first steps; the list holds the others.
    assert!(r.verdict.is_some());
    let keys: Vec<&str> = r.key_actions.iter().map(|k| k.title).collect();
    assert_eq!(keys.len(), 3);
    assert!(
        r.further_actions.iter().all(|x| !keys.contains(&x.title)),
        "no action printed twice in a row"
    );
    assert_eq!(
        r.further_actions_heading(),
        "Other recommended actions not yet in the plan"
    );
    let mut empty = a.clone();
    empty.actions.clear();
    let r2 = Report::new(bank(), &empty);
    assert_eq!(r2.further_actions.len(), r.further_actions.len() + 1);
    assert_eq!(r2.further_actions_heading(), "Other recommended actions");
    assert_eq!(r.plan[0].status, "Doing");
    assert_eq!(r.plan[1].status, "Planned");
}

#[test]
fn notes_come_with_their_statement_and_answer_in_bank_order() {
    let a = full();
    let r = Report::new(bank(), &a);
    assert_eq!(r.notes.len(), 2);
    assert_eq!(r.notes[0].dimension, "Shared value");
    assert_eq!(
        r.notes[0].note,
        "Agreed at the board <b>only</b> | not written"
    );
    assert_eq!(r.notes[1].dimension, "My mandate");
    assert_eq!(
        r.notes[1].answer,
        a.answer("mandate-1").expect("answered").label()
    );
    // A note on a statement that is skipped after a No says so.
    let mut a = a;
    a.set_answer(AGREEMENT_FACT, Some(Answer::No), 4);
    let gated = bank()
        .statements()
        .find(|(_, _, s)| s.requires == Some(AGREEMENT_FACT))
        .expect("a statement the agreement gates")
        .2;
    a.set_note(gated.id, "We never got that far", 5);
    let r = Report::new(bank(), &a);
    let line = r
        .notes
        .iter()
        .find(|n| n.statement == gated.text)
        .expect("kept");
    assert_eq!(line.answer, "Skipped");
}

#[test]
fn every_dont_know_is_listed_to_find_out_and_nothing_else_is() {
    let a = full();
    let r = Report::new(bank(), &a);
    // The fixture answers "Don't know" to every seventh statement from the fifth; of
    // those, these are scale statements that are asked (the rest are facts, answered Yes
    // or No, or skipped after a No).
    let expected: Vec<&str> = [
        "shared-decisions-1",
        "accountability-2",
        "written-commitments-3",
    ]
    .iter()
    .map(|id| bank().statement(id).expect("a bank statement").2.text)
    .collect();
    let listed: Vec<&str> = r.open_questions.iter().map(|q| q.statement).collect();
    assert_eq!(listed, expected, "all of them, in bank order");
    let first = &r.open_questions[0];
    let (_, d, _) = bank()
        .statements()
        .find(|(_, _, s)| s.text == first.statement)
        .expect("a bank statement");
    assert_eq!(first.dimension, d.title);
    let md = to_markdown(bank(), &a, "2026-11-27");
    for q in &r.open_questions {
        assert!(
            md.contains(&format!("- “{}” ({})", q.statement, q.dimension)),
            "{}",
            q.statement
        );
    }

    // A Don't know on a statement skipped after a No is not asked, so not listed; with no
    // Don't know left, the section is not there at all.
    let mut a = a;
    for (_, _, s) in bank().statements() {
        if a.answer_to(s) == Some(Answer::DontKnow) {
            a.set_answer(s.id, Some(Answer::from_code("3").expect("a code")), 6);
        }
    }
    let gated = bank()
        .statements()
        .find(|(_, _, s)| s.requires == Some(AGREEMENT_FACT))
        .expect("a statement the agreement gates")
        .2;
    a.set_answer(gated.id, Some(Answer::DontKnow), 7);
    a.set_answer(AGREEMENT_FACT, Some(Answer::No), 8);
    let r = Report::new(bank(), &a);
    assert!(r.open_questions.is_empty(), "{:?}", r.open_questions);
    assert!(!to_markdown(bank(), &a, "2026-11-27").contains("To find out"));
}

#[test]
fn the_footer_names_the_tool_its_version_the_questions_and_the_date() {
    let r = Report::new(bank(), &full());
    assert_eq!(
        r.footer("printed", "2026-11-27"),
        format!(
            "Buy-in Check {APP_VERSION} · questions version {} · printed 2026-11-27",
            bank().version
        )
    );
}

#[test]
fn the_markdown_says_what_the_report_says_in_the_same_order() {
    let a = full();
    let r = Report::new(bank(), &a);
    let md = to_markdown(bank(), &a, "2026-11-27");
    let footer = format!("questions version {} · exported 2026-11-27", bank().version);
    let order = [
        "# Buy-in Check: Autumn review",
        "- **Partnership:** River Care",
        "## Buy-in in two contexts",
        "What matters most from here:",
        "**Top findings:**",
        "## By dimension",
        "## Findings",
        "## To find out before you meet",
        // The plan (what the person will do) before what else the results suggest.
        "## Action plan",
        "## Other recommended actions not yet in the plan",
        "## Notes",
        &footer,
    ];
    let mut from = 0;
    for part in order {
        let at = md[from..]
            .find(part)
            .unwrap_or_else(|| panic!("{part} after byte {from}"));
        from += at + part.len();
    }
    for c in &r.contexts {
        assert!(md.contains(&format!("| {} | {} | {} |", c.title, c.score, c.band)));
    }
    for d in &r.dimensions {
        assert!(md.contains(&format!(
            "| {} | {} | {} | {} |",
            d.dimension, d.score, d.band, d.coverage
        )));
    }
    for f in &r.findings {
        assert!(md.contains(&f.title), "{}", f.title);
    }
    for n in &r.notes {
        assert!(md.contains(&md_text(&n.note)), "{}", n.note);
    }
    assert!(!md.contains("<b>"), "no live HTML from a note");
    assert!(md.contains("Agreed at the board &lt;b&gt;only&lt;/b&gt; \\| not written"));
}

#[test]
fn the_summary_csv_has_one_row_per_dimension_matching_the_scores() {
    let a = full();
    let csv = summary_csv(bank(), &a);
    let rows: Vec<&str> = csv.trim_end_matches("\r\n").split("\r\n").collect();
    assert_eq!(rows.len(), bank().dimensions().count() + 1);
    assert!(rows[0].starts_with("assessment,partnership,organisation,role,partner_organisations,date,stage,bank_version,context,context_score,context_band,dimension,score,band,"));
    let scores = score(bank(), &a);
    for (row, d) in rows[1..].iter().zip(scores.dimensions()) {
        let shown = d
            .score
            .map(buy_in_check::model::scoring::format_score)
            .unwrap_or_default();
        // In words where there is no score, as the report says it.
        let band = d.band().map_or("Not enough answers", Band::label);
        assert!(
            row.contains(&format!(",{},{shown},{band},", d.dimension.title)),
            "{row}"
        );
        assert!(row.starts_with(&format!("Autumn review,River Care,Health Trust,Partnership lead,City Council; =Volunteers,2026-11-20,delivering,{},", bank().version)), "{row}");
    }
    // Nothing answered: every band says why it is blank.
    let mut none = a.clone();
    none.responses.clear();
    let csv = summary_csv(bank(), &none);
    for row in csv.trim_end_matches("\r\n").split("\r\n").skip(1) {
        assert!(
            row.contains(",,Not enough answers,") && row.matches("Not enough answers").count() == 2,
            "{row}"
        );
    }
    // A profile field a spreadsheet would run is neutralised.
    let mut hostile = a;
    hostile.profile.organisation = "=HYPERLINK(\"x\")".into();
    assert!(summary_csv(bank(), &hostile).contains(",\"'=HYPERLINK(\"\"x\"\")\","));
}

#[test]
fn the_plan_csv_has_one_row_per_item_with_where_it_came_from() {
    let mut a = full();
    let csv = plan_csv(bank(), &a);
    let rows: Vec<&str> = csv.trim_end_matches("\r\n").split("\r\n").collect();
    assert_eq!(
        rows,
        [
            "assessment,partnership,organisation,date,action,owner,due,status,status_label,recommended_action",
            &format!(
                "Autumn review,River Care,Health Trust,2026-11-20,Check mandates,Me,2027-01-31,doing,Doing,{}",
                bank().action("check-mandate").expect("a bank action").title
            ),
            "Autumn review,River Care,Health Trust,2026-11-20,Meet the volunteers,,,planned,Planned,",
        ]
    );
    // What a person typed is neutralised and quoted like every other CSV field.
    a.actions[1].text = "=SUM(A1), then \"call\"".into();
    assert!(plan_csv(bank(), &a).contains(",\"'=SUM(A1), then \"\"call\"\"\","));
    a.actions.clear();
    assert_eq!(
        plan_csv(bank(), &a).split("\r\n").count(),
        2,
        "the header alone"
    );
}

#[test]
fn every_finding_keeps_its_what_helps_line_inside_the_markdown_list() {
    let a = full();
    let r = Report::new(bank(), &a);
    assert!(r.findings.len() >= 10, "{} findings", r.findings.len());
    let md = to_markdown(bank(), &a, "2026-11-27");
    for i in 1..=r.findings.len() {
        let marker = format!("{i}. ");
        let item = md
            .find(&format!("\n{marker}**"))
            .unwrap_or_else(|| panic!("finding {i}"));
        let rest = &md[item + 1..];
        let helps = rest.find("What helps:").expect("a What helps line");
        let line = rest[..helps].rfind('\n').expect("on its own line") + 1;
        assert_eq!(
            &rest[line..helps],
            " ".repeat(marker.len()),
            "finding {i}: indented as far as its text"
        );
    }
}

#[test]
fn the_answered_line_counts_dont_knows_and_a_strength_on_part_of_its_statements_says_so() {
    let mut a = Assessment::new("dk", Profile::default(), 1);
    for (_, d, s) in bank().statements() {
        let answer = match s.kind {
            buy_in_check::model::bank::ItemKind::Fact => Answer::Yes,
            _ => Answer::from_code("5").expect("a code"),
        };
        a.set_answer(s.id, Some(answer), 2);
        // Shared value rests on half its statements.
        if d.id == "shared-value" && (s.id.ends_with("-1") || s.id.ends_with("-7")) {
            a.set_answer(s.id, Some(Answer::DontKnow), 2);
        }
    }
    a.set_answer("continuity-3", Some(Answer::NotApplicable), 2);
    let r = Report::new(bank(), &a);
    let asked = bank().statements().count();
    assert_eq!(
        buy_in_check::model::report::answered_line(&r),
        format!("{asked} of {asked} statements (2 Don't know; 1 Not applicable)")
    );
    // Half of it not known is a finding ("Find out more"), so not a strength to hand round.
    assert!(
        !r.strengths
            .iter()
            .any(|(title, _)| *title == "Shared value"),
        "{:?}",
        r.strengths
    );
    let continuity = r
        .strengths
        .iter()
        .find(|(title, _)| *title == "Continuity")
        .expect("a strength");
    assert_eq!(continuity.1, "5.0 (3 of 4 rated · 1 not applicable)");
    let accountability = r
        .strengths
        .iter()
        .find(|(title, _)| *title == "Accountability")
        .expect("a strength");
    assert_eq!(accountability.1, "5.0", "fully rated: the score alone");
    let md = to_markdown(bank(), &a, "2026-11-28");
    assert!(md.contains("Continuity 5.0 (3 of 4 rated · 1 not applicable)"));
    // Among the strengths only as one held back, with why.
    let line = md
        .lines()
        .find(|l| l.starts_with("**Strengths:**"))
        .expect("a strengths line");
    let (clear, held) = line
        .split_once("Also strong, but see the findings: ")
        .expect("strengths held back");
    assert!(!clear.contains("Shared value"), "{line}");
    assert!(
        held.contains("Shared value 5.0 (2 of 4 rated · 2 don't know; something to find out)"),
        "{line}"
    );
    // Handed round, the report says whose view it is and what a between-partner score means.
    assert!(md.contains(
        "The scores are one representative's view. Statements about the other partners \
         were answered for the partner of whom each is least true."
    ));
}

#[test]
fn what_matters_most_says_how_each_action_stands_in_the_plan() {
    // "Plan who takes over" third under "What matters most" beside a plan that has it done
    // read as news, with nothing to say it was in hand.
    let mut a = full();
    let r = Report::new(bank(), &a);
    let first = r.key_actions[0].clone();
    assert_eq!(first.in_plan, "", "not in the plan yet");
    let id = bank()
        .actions
        .iter()
        .find(|x| x.title == first.title)
        .expect("an action")
        .id;
    a.actions.push(ActionItem {
        id: "item-key".into(),
        source: Some(id.to_owned()),
        text: first.first_step.to_owned(),
        owner: "Me".into(),
        due: String::new(),
        status: ActionStatus::Done,
    });
    let r = Report::new(bank(), &a);
    let line = &r.key_actions[0];
    assert_eq!(line.title, first.title);
    assert_eq!(line.in_plan, " (in your plan, done)");
    let md = to_markdown(bank(), &a, "2026-11-28");
    assert!(
        md.contains(&format!(
            "- **{}:** {} (in your plan, done)\n",
            first.title, first.first_step
        )),
        "{md}"
    );
    a.actions.last_mut().expect("item").status = ActionStatus::Doing;
    let r = Report::new(bank(), &a);
    assert_eq!(r.key_actions[0].in_plan, " (in your plan, under way)");
}

/// Every statement answered 5 and every fact Yes: both contexts strong, nothing held back.
fn all_strong(id: &str) -> Assessment {
    let mut a = Assessment::new(id, Profile::default(), 1);
    for (_, _, s) in bank().statements() {
        let answer = match s.kind {
            buy_in_check::model::bank::ItemKind::Fact => Answer::Yes,
            _ => Answer::from_code("5").expect("a code"),
        };
        a.set_answer(s.id, Some(answer), 2);
    }
    a
}

#[test]
fn a_strength_with_a_finding_of_its_own_says_what_holds_it_back_in_every_table_people_read() {
    // Everything strong, but who has the final say and whether there is a mandate are not
    // known (two of four mandate statements), and no money is set aside (a fact, No).
    let mut a = all_strong("held-back");
    a.set_answer("mandate-1", Some(Answer::DontKnow), 3);
    a.set_answer("mandate-4", Some(Answer::DontKnow), 3);
    a.set_answer("valued-core-budget", Some(Answer::No), 3);
    let scores = score(bank(), &a);
    // Mandate 5.0 on two of four; valued as core business (5 + 1 + 5 + 5) / 4 = 4.0: both
    // in the strength band by their numbers.
    for id in ["mandate", "valued-core"] {
        assert_eq!(
            scores.dimension(id).and_then(|d| d.band()),
            Some(Band::Strength)
        );
    }
    let r = Report::new(bank(), &a);
    let band = |title: &str| {
        r.dimensions
            .iter()
            .find(|d| d.dimension == title)
            .map(|d| d.band)
            .expect("a row")
    };
    assert_eq!(band("My mandate"), "Strength so far");
    assert_eq!(band("Valued as core business"), "Strength, with a gap");
    assert_eq!(band("Continuity"), "Strength", "no finding: the band alone");
    // The findings those words point to are there.
    assert!(
        r.findings.iter().any(|f| f.title.contains("mandate")),
        "{:?}",
        r.findings
    );
    let md = to_markdown(bank(), &a, "2026-11-29");
    assert!(
        md.contains("| My mandate | 5.0 | Strength so far |"),
        "{md}"
    );
    // A spreadsheet keeps the band alone.
    let csv = summary_csv(bank(), &a);
    assert!(csv.contains(",My mandate,5.0,Strength,"), "{csv}");
    // The Strengths line names both, strongest first, with what holds each back.
    assert_eq!(
        r.strong_with_findings,
        vec![
            (
                "My mandate",
                "5.0".to_owned(),
                "2 of 4 rated · 2 don't know; something to find out".to_owned()
            ),
            (
                "Valued as core business",
                "4.0".to_owned(),
                "a gap".to_owned()
            ),
        ]
    );
    assert!(
        md.contains(
            "Also strong, but see the findings: My mandate 5.0 (2 of 4 rated · 2 don't \
             know; something to find out); Valued as core business 4.0 (a gap).\n"
        ),
        "{md}"
    );
}

#[test]
fn with_every_strength_held_back_the_strengths_line_says_so() {
    use buy_in_check::model::report::strengths_text;
    // Everything 2, but Accountability 5 with a warning sign about it.
    let mut a = all_strong("none-clear");
    for (_, d, s) in bank().statements() {
        if d.id != "accountability" && s.kind != buy_in_check::model::bank::ItemKind::Fact {
            a.set_answer(s.id, Answer::from_code("2"), 3);
        }
    }
    a.set_warning_sign("says-not-delivers", true, 3);
    let r = Report::new(bank(), &a);
    assert!(r.strengths.iter().all(|(t, _)| *t != "Accountability"));
    let text = strengths_text(&r);
    assert!(
        text.contains("Strong, but see the findings: Accountability 5.0 (a warning sign)"),
        "{text}"
    );
    assert!(
        to_markdown(bank(), &a, "2026-11-29").contains(&format!("**Strengths:** {text}.")),
        "the Markdown carries the line"
    );
}

#[test]
fn a_strongly_disagree_inside_a_strong_average_is_a_gap_the_verdict_starts_with() {
    // Everything 5 (facts Yes), but "I can agree to a decision in a meeting without
    // checking back first" 1: My mandate (5 + 1 + 5 + 5) / 4 = 4.0, a strength on average.
    let mut a = all_strong("one-low");
    a.set_answer("mandate-5", Answer::from_code("1"), 3);
    let r = Report::new(bank(), &a);
    let mandate = r
        .dimensions
        .iter()
        .find(|d| d.dimension == "My mandate")
        .expect("a row");
    assert_eq!(
        (mandate.score.as_str(), mandate.band),
        ("4.0", "Strength, with a gap")
    );
    let card = r
        .findings
        .iter()
        .find(|f| f.title == "“My mandate”: something is missing")
        .expect("a card of its own");
    assert!(card.detail.contains(
        "You answered Strongly disagree to “I can agree to routine decisions at partners' meetings without checking back first”."
    ), "{}", card.detail);
    let verdict = r.verdict.as_ref().expect("a verdict");
    assert!(verdict.explanation.contains(
        "But you answered Strongly disagree to “I can agree to routine decisions at partners' meetings without checking back first” (in “My mandate”, 4.0): start there."
    ), "{}", verdict.explanation);
    assert!(
        !verdict.explanation.contains("Keep it that way"),
        "{}",
        verdict.explanation
    );
    // What matters most starts with the mandate's own remedy.
    assert_eq!(r.key_actions[0].title, "Check your own mandate");
    // Not a strength to hand round.
    assert!(!r.strengths.iter().any(|(t, _)| *t == "My mandate"));
}

#[test]
fn a_strength_with_statements_still_to_answer_is_a_strength_so_far() {
    let mut a = all_strong("open");
    // Two of three answered: 5.0 on what is there.
    a.set_answer("watching-change-4", None, 3);
    let r = Report::new(bank(), &a);
    let row = r
        .dimensions
        .iter()
        .find(|d| d.dimension == "Watching for change")
        .expect("a row");
    assert_eq!((row.score.as_str(), row.band), ("5.0", "Strength so far"));
}

#[test]
fn a_report_without_notes_carries_none_of_them_and_everything_else() {
    use buy_in_check::model::exchange::report_markdown;
    let a = full();
    let with = to_markdown(bank(), &a, "2026-11-29");
    assert!(with.contains("## Notes") && with.contains("Ask the director"));
    let mut r = Report::new(bank(), &a);
    r.leave_out_notes();
    let without = report_markdown(&r, "2026-11-29");
    assert!(!without.contains("## Notes"), "{without}");
    assert!(!without.contains("Ask the director"));
    assert!(!without.contains("Agreed at the board"));
    // Everything else is as it was: the report minus its notes section.
    let cut = with.find("\n## Notes").expect("a notes section");
    let after = with[cut + 1..]
        .find("\n---")
        .map(|i| cut + 1 + i)
        .expect("the footer");
    assert_eq!(without, format!("{}{}", &with[..cut], &with[after..]));
}

#[test]
fn a_strongly_disagree_inside_a_middling_score_is_named_by_its_card_and_the_verdict() {
    // Both contexts strong; "A say for every partner" 1, 4, 5 = 3.3, worth discussing. The
    // 1 was named nowhere: the card said only "scored 3.3 … in the middle band", and a 1
    // in a 3.7 went unsaid while a 1 in a 4.0 headed the verdict. Now the card and the
    // verdict say it, as for a No; in the concern band the score says it already.
    let mut a = all_strong("mid-low");
    a.set_answer("shared-decisions-1", Answer::from_code("1"), 3);
    a.set_answer("shared-decisions-2", Answer::from_code("4"), 3);
    let r = Report::new(bank(), &a);
    let verdict = r.verdict.as_ref().expect("a verdict");
    assert!(
        verdict.explanation.ends_with(
            "But you answered Strongly disagree to “Each of our partners helped shape the aims \
             we share” (in “A say for every partner”, 3.3): start there."
        ),
        "{}",
        verdict.explanation
    );
    let card = r
        .findings
        .iter()
        .find(|f| f.title == "“A say for every partner” is worth discussing")
        .expect("its card");
    assert!(
        card.detail.contains(
            "You answered Strongly disagree to “Each of our partners helped shape the aims we \
             share”."
        ),
        "{}",
        card.detail
    );
    // In the concern band (1, 1, 4 = 2.0) the score says it: no sentence.
    a.set_answer("shared-decisions-2", Answer::from_code("1"), 4);
    let r = Report::new(bank(), &a);
    let card = r
        .findings
        .iter()
        .find(|f| f.title == "“A say for every partner” is a concern")
        .expect("its card");
    assert!(
        !card.detail.contains("Strongly disagree"),
        "{}",
        card.detail
    );
}

#[test]
fn a_warning_sign_beside_a_strong_score_says_which_counts() {
    // Everything 5, and "Another partner agrees to tasks, then does not do them" ticked: the
    // table said "Accountability 5.0 Strength" and listed it among the strengths, above a
    // card about partners who do not deliver.
    let mut a = all_strong("signs");
    a.set_warning_sign("says-not-delivers", true, 3);
    let r = Report::new(bank(), &a);
    let row = r
        .dimensions
        .iter()
        .find(|d| d.dimension == "Accountability")
        .expect("a row");
    assert_eq!(
        (row.score.as_str(), row.band),
        ("5.0", "Strength, with a warning sign")
    );
    assert!(!r
        .strengths
        .iter()
        .any(|(title, _)| *title == "Accountability"));
    let card = r
        .findings
        .iter()
        .find(|f| f.title == "Warning sign: Another partner agrees to tasks, then does not do them")
        .expect("its card");
    assert!(
        card.detail.ends_with(
            "Your answers put “Accountability” at 5.0, a strength: what you have seen at the \
             table counts for more than the score."
        ),
        "{}",
        card.detail
    );
    let md = to_markdown(bank(), &a, "2026-11-29");
    assert!(
        md.contains("| Accountability | 5.0 | Strength, with a warning sign |"),
        "{md}"
    );
    // The Strengths line says why it leaves a 5.0 out: it used to drop it without a word.
    assert!(
        md.contains(
            "; Capacity to deliver 5.0. Also strong, but see the findings: \
             Accountability 5.0 (a warning sign).\n"
        ),
        "{md}"
    );
    // On two of its three statements (a Don't know) it is a strength so far, with the sign.
    let mut unsure = all_strong("signs-unsure");
    unsure.set_warning_sign("says-not-delivers", true, 3);
    unsure.set_answer("accountability-1", Some(Answer::DontKnow), 3);
    let r = Report::new(bank(), &unsure);
    let row = r
        .dimensions
        .iter()
        .find(|d| d.dimension == "Accountability")
        .expect("a row");
    assert_eq!(row.band, "Strength so far, with a warning sign");
    assert!(r.findings.iter().any(|f| f
        .detail
        .contains("Your answers put “Accountability” at 5.0 (2 of 3 rated), a strength so far:")));
    // Below the strength band the score already says it: no sentence, the band alone.
    let mut weak = Assessment::new("weak", Profile::default(), 1);
    for (_, _, s) in bank().statements() {
        let answer = match s.kind {
            buy_in_check::model::bank::ItemKind::Fact => Answer::Yes,
            _ => Answer::from_code("3").expect("a code"),
        };
        weak.set_answer(s.id, Some(answer), 2);
    }
    weak.set_warning_sign("says-not-delivers", true, 3);
    let r = Report::new(bank(), &weak);
    let card = r
        .findings
        .iter()
        .find(|f| f.title.starts_with("Warning sign"))
        .expect("its card");
    assert!(!card.detail.contains("a strength"), "{}", card.detail);
    assert!(r
        .dimensions
        .iter()
        .any(|d| d.dimension == "Accountability" && d.band == "Worth discussing"));
}

#[test]
fn partner_names_holding_commas_stay_apart() {
    // "City Council, Parks Dept, R&R Trust" read as three partners or two.
    let mut a = all_strong("commas");
    a.profile.partners = vec!["City Council, Parks Dept".into(), "R&R Trust".into()];
    let r = Report::new(bank(), &a);
    let partners = r
        .made_by
        .iter()
        .find(|(label, _)| *label == "Partner organisations")
        .map(|(_, v)| v.as_str());
    assert_eq!(partners, Some("City Council, Parks Dept; R&R Trust"));
    a.profile.partners = vec!["City Council".into(), "R&R Trust".into()];
    let r = Report::new(bank(), &a);
    assert!(r
        .made_by
        .iter()
        .any(|(_, v)| v == "City Council, R&R Trust"));
}

#[test]
fn a_strong_context_resting_on_part_of_its_answers_is_a_strength_so_far() {
    // All 5s, but every "Accountability" statement Don't know: between the partners 5.0
    // with one dimension of seven unscored. The card said "Strength" beside it.
    let mut a = all_strong("context-so-far");
    for id in ["accountability-1", "accountability-2", "accountability-4"] {
        a.set_answer(id, Some(Answer::DontKnow), 3);
    }
    let r = Report::new(bank(), &a);
    let bands: Vec<(&str, &str)> = r
        .contexts
        .iter()
        .map(|c| (c.score.as_str(), c.band))
        .collect();
    assert_eq!(bands, [("5.0", "Strength so far"), ("5.0", "Strength")]);
    let md = to_markdown(bank(), &a, "2026-11-29");
    assert!(
        md.contains("| Between the partner organisations | 5.0 | Strength so far |"),
        "{md}"
    );
    // A quarter of a context's statements not known does the same, every dimension scored.
    let mut b = all_strong("quarter-unknown");
    let within: Vec<&str> = bank()
        .statements()
        .filter(|(c, _, _)| c.id == buy_in_check::model::bank::ContextId::Within)
        .map(|(_, _, s)| s.id)
        .collect();
    // One in each dimension's first statement: 6 of 21.
    for d in [
        "mandate-1",
        "support-beyond-me-1",
        "visibility-5",
        "continuity-1",
        "valued-core-3",
        "capacity-1",
    ] {
        assert!(within.contains(&d), "{d}");
        b.set_answer(d, Some(Answer::DontKnow), 3);
    }
    let r = Report::new(bank(), &b);
    assert_eq!(r.contexts[1].band, "Strength so far");
    assert_eq!(r.contexts[0].band, "Strength");
}

#[test]
fn the_report_says_whose_view_it_is_and_whom_you_means() {
    // Handed round a table, "Ask your manager" and "inside your organisation" were read by
    // each partner as their own.
    let a = full();
    let r = Report::new(bank(), &a);
    assert_eq!(
        r.whose_view,
        format!(
            "One representative's view: “you” and “your organisation” in this report mean the \
             {} of {} who answered it.",
            a.profile.role, a.profile.organisation
        )
    );
    let md = to_markdown(bank(), &a, "2026-11-29");
    let answered = md.find("- **Answered:**").expect("the answered line");
    let whose = md
        .find("One representative's view")
        .expect("said in the Markdown");
    assert!(whose > answered && whose < md.find("## Buy-in in two contexts").expect("a section"));
    // Without a role or an organisation it still says whom "you" means.
    let mut bare = full();
    bare.profile.role.clear();
    bare.profile.organisation.clear();
    assert!(Report::new(bank(), &bare)
        .whose_view
        .ends_with("mean the person who answered it."));
}

#[test]
fn what_to_find_out_starts_with_the_key_statements_the_verdict_names() {
    // Don't know to a between statement, then to "I can make offers to partners" (a key
    // statement, whose card says "find out first"): the list began with the between one.
    let mut a = all_strong("to-find-out");
    a.set_answer("shared-decisions-1", Some(Answer::DontKnow), 3);
    a.set_answer("mandate-1", Some(Answer::DontKnow), 3);
    a.set_answer("capacity-1", Some(Answer::DontKnow), 3);
    let r = Report::new(bank(), &a);
    let ids: Vec<&str> = r
        .open_questions
        .iter()
        .map(|q| {
            bank()
                .statements()
                .find(|(_, _, s)| s.text == q.statement)
                .expect("a statement")
                .2
                .id
        })
        .collect();
    assert_eq!(ids, ["mandate-1", "shared-decisions-1", "capacity-1"]);
}

#[test]
fn without_a_verdict_what_matters_most_still_follows_the_context_that_scores() {
    // Don't know throughout one's own organisation, so there is no verdict; between the
    // partners, accountability is a concern. The page gave no priorities at all.
    let mut a = all_strong("no-verdict");
    for (c, _, s) in bank().statements() {
        if c.id == buy_in_check::model::bank::ContextId::Within {
            a.set_answer(s.id, Some(Answer::DontKnow), 3);
        }
    }
    for id in ["accountability-1", "accountability-2", "accountability-4"] {
        a.set_answer(id, Answer::from_code("1"), 3);
    }
    let r = Report::new(bank(), &a);
    assert!(r.verdict.is_none());
    let reason = r.no_verdict.as_deref().expect("why there is no verdict");
    // What to find out about one's mandate (its key statements, Don't know), then the
    // concern between the partners: the order of the cards.
    let titles: Vec<&str> = r.key_actions.iter().map(|k| k.title).collect();
    assert_eq!(
        titles,
        ["Check your own mandate", "Review promises at every meeting"]
    );
    let md = to_markdown(bank(), &a, "2026-11-29");
    let after_reason = &md[md.find(reason).expect("the reason")..];
    assert!(
        after_reason.contains(
            "What matters most from here:\n\n- **Check your own mandate:** Ask your manager"
        ),
        "{md}"
    );
}

#[test]
fn key_statements_to_find_out_come_in_the_order_of_their_cards() {
    // Not known: the signed agreement (between) and what one may agree to alone (within,
    // beside a mandate that is a concern). The list put the agreement first, by bank order,
    // while the verdict and the cards put the mandate first.
    let mut a = all_strong("two-keys");
    a.set_answer(AGREEMENT_FACT, Some(Answer::DontKnow), 3);
    a.set_answer("mandate-1", Answer::from_code("1"), 3);
    a.set_answer("mandate-5", Some(Answer::DontKnow), 3);
    a.set_answer("mandate-3", Answer::from_code("1"), 3);
    let r = Report::new(bank(), &a);
    let cards: Vec<&str> = r.findings.iter().map(|f| f.title.as_str()).collect();
    let mandate_card = cards.iter().position(|t| t.contains("My mandate"));
    let agreement_card = cards.iter().position(|t| t.contains("signed agreement"));
    assert!(mandate_card < agreement_card, "{cards:?}");
    let listed: Vec<&str> = r.open_questions.iter().map(|q| q.statement).collect();
    assert_eq!(
        listed,
        [
            "I can agree to routine decisions at partners' meetings without checking back first.",
            "The partners have signed a written agreement, such as a memorandum of understanding.",
        ]
    );
}

#[test]
fn a_card_that_says_find_out_does_not_list_find_out_again_as_what_helps() {
    // Not known whether an agreement is signed: the card "Find out whether a signed
    // agreement exists" listed "What helps: Find out whether there is a signed agreement".
    let mut a = all_strong("agreement-unknown");
    a.set_answer(
        buy_in_check::model::bank::AGREEMENT_FACT,
        Some(Answer::DontKnow),
        3,
    );
    let r = Report::new(bank(), &a);
    let card = r
        .findings
        .iter()
        .find(|f| f.title.starts_with("Find out whether a signed agreement"))
        .expect("its card");
    assert!(
        card.helps.iter().all(|h| !h.starts_with("Find out")),
        "{:?}",
        card.helps
    );
    // The action is still recommended, by the name that fits.
    assert!(r
        .key_actions
        .iter()
        .map(|k| k.title)
        .chain(r.further_actions.iter().map(|l| l.title))
        .any(|t| t == "Find out whether there is a signed agreement"));
}
