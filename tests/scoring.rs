#![cfg(not(target_arch = "wasm32"))]
//! Scores, bands, coverage, findings and advice, with expectations computed by hand.

use buy_in_check::model::advice::{
    findings, key_actions, not_in_plan, recommended_actions, seed_plan, Finding, FindingKind,
    Severity, PRE_TICKED,
};
use buy_in_check::model::assessment::{ActionItem, Answer, Assessment, Level, Profile};
use buy_in_check::model::bank::{bank, ContextId, ItemKind, Statement};
use buy_in_check::model::bank_upgrade::fact_from_scale;
use buy_in_check::model::scoring::{
    format_score, how_scores_work, mean_as_shown, round1, score, Band, View, DISCUSS_FROM,
    MIN_COVERAGE, STRENGTH_FROM, VIEW_SPLIT,
};
use proptest::prelude::*;

fn scale(n: u8) -> Option<Answer> {
    Some(Answer::Scale(Level::new(n).expect("1..=5")))
}

fn blank() -> Assessment {
    Assessment::new(
        "a1",
        Profile {
            name: "Test".into(),
            ..Profile::default()
        },
        0,
    )
}

/// A scale answer as a fact statement would take it: agreement (4–5) is "Yes",
/// disagreement (1–2) "No", and a 3 says neither, so the fact stays unanswered.
fn fit(s: &Statement, ans: Option<Answer>) -> Option<Answer> {
    match s.kind {
        ItemKind::Scale => ans,
        ItemKind::Fact => ans.and_then(fact_from_scale),
    }
}

/// Answers every statement of `dimension` with the given answers, in order.
fn answer(a: &mut Assessment, dimension: &str, answers: &[Option<Answer>]) {
    let (_, d) = bank().dimension(dimension).expect("dimension exists");
    for (s, ans) in d.statements.iter().zip(answers) {
        a.set_answer(s.id, fit(s, *ans), 1);
    }
}

/// Answers every statement in the bank with `n` (facts as [`fit`] reads it).
fn all(n: u8) -> Assessment {
    let mut a = blank();
    for (_, _, s) in bank().statements() {
        a.set_answer(s.id, fit(s, scale(n)), 1);
    }
    a
}

#[test]
fn dimension_score_is_the_mean_of_scale_answers() {
    let mut a = blank();
    // shared-value has four statements: 5, 4, 2, Don't know → (5+4+2)/3 = 3.67.
    answer(
        &mut a,
        "shared-value",
        &[scale(5), scale(4), scale(2), Some(Answer::DontKnow)],
    );
    let s = score(bank(), &a);
    let d = s.dimension("shared-value").expect("scored");
    assert_eq!(
        (d.total, d.rated, d.dont_know, d.not_applicable),
        (4, 3, 1, 0)
    );
    assert!((d.score.expect("enough answers") - 11.0 / 3.0).abs() < 1e-9);
    assert_eq!(d.band(), Some(Band::WorthDiscussing));
    assert_eq!(d.unanswered(), 0);
}

#[test]
fn below_coverage_there_is_no_number() {
    let mut a = blank();
    // core-business has three statements; one rated is 1/3 < 50%.
    answer(
        &mut a,
        "core-business",
        &[scale(5), Some(Answer::NotApplicable), None],
    );
    let d = score(bank(), &a)
        .dimension("core-business")
        .cloned()
        .expect("present");
    assert_eq!(d.score, None);
    assert_eq!((d.rated, d.not_applicable, d.unanswered()), (1, 1, 1));
    // Two of three rated reaches coverage.
    answer(&mut a, "core-business", &[scale(5), scale(2), None]);
    let d = score(bank(), &a)
        .dimension("core-business")
        .cloned()
        .expect("present");
    assert_eq!(d.score, Some(3.5));
    const { assert!(MIN_COVERAGE > 0.0 && MIN_COVERAGE <= 1.0) };
}

#[test]
fn bands_follow_the_shown_one_decimal_value() {
    assert_eq!(Band::of(STRENGTH_FROM), Band::Strength);
    assert_eq!(Band::of(3.96), Band::Strength, "3.96 shows as 4.0");
    assert_eq!(Band::of(3.94), Band::WorthDiscussing);
    assert_eq!(Band::of(DISCUSS_FROM), Band::WorthDiscussing);
    assert_eq!(Band::of(2.94), Band::Concern);
    assert_eq!(Band::of(1.0), Band::Concern);
    assert_eq!(Band::of(5.0), Band::Strength);
}

#[test]
fn nothing_answered_gives_no_scores_and_no_findings() {
    let a = blank();
    let s = score(bank(), &a);
    assert!(s
        .dimensions()
        .all(|d| d.score.is_none() && d.answered() == 0));
    assert!(s.contexts.iter().all(|c| c.score.is_none()));
    assert_eq!(s.view(), None);
    assert!(findings(bank(), &s, &a).is_empty());
}

#[test]
fn all_not_applicable_is_not_enough_answers_not_a_score() {
    let mut a = blank();
    for (_, _, st) in bank().statements() {
        a.set_answer(st.id, Some(Answer::NotApplicable), 1);
    }
    let s = score(bank(), &a);
    assert!(s
        .dimensions()
        .all(|d| d.score.is_none() && d.not_applicable == d.total));
    let f = findings(bank(), &s, &a);
    assert_eq!(f.len(), s.dimensions().count());
    // A key statement no longer offers Not applicable (an agreement is signed or not, a
    // representative has a mandate or not): kept from before, it is not known, and its
    // dimension's card asks to find out, as a Don't know's does.
    let keyed = ["written-commitments", "mandate"];
    for card in &f {
        let subject = card.subject.expect("a dimension");
        if keyed.contains(&subject) {
            assert_eq!(card.kind, FindingKind::Unknown, "{card:?}");
            assert!(card.title.starts_with("Find out "), "{}", card.title);
            assert!(
                card.detail
                    .starts_with("You answered “Not applicable” to “"),
                "{}",
                card.detail
            );
            assert!(
                card.detail.contains("an answer no longer offered there"),
                "{}",
                card.detail
            );
        } else {
            assert_eq!(card.kind, FindingKind::NotEnoughAnswers, "{card:?}");
        }
    }
    // Said not to apply: no advice to act on it ("Give every partner a say" was offered).
    let shared = f
        .iter()
        .find(|x| x.subject == Some("shared-decisions"))
        .expect("a card");
    assert_eq!(shared.title, "“A say for every partner”: not applicable");
    assert_eq!(
        shared.detail,
        "You answered Not applicable to all 3 of its statements, so it has no score and no \
         advice here. If part of it does apply, answer that statement."
    );
    assert!(shared.actions.is_empty());
    let written = f
        .iter()
        .find(|x| x.subject == Some("written-commitments"))
        .expect("a card");
    assert!(!written.actions.is_empty(), "{written:?}");
}

#[test]
fn a_context_score_averages_the_shown_figures_exactly_at_the_half() {
    // Within: 2.3, 2.3, 2.3, 2.8, 4.0 and 4.0 shown. By hand 17.7 / 6 = 2.95, so 3.0 —
    // worth discussing. Added as floating-point numbers they came to 17.6999…, and the
    // page showed 2.9, a concern, beside those very figures.
    let mut a = blank();
    answer(&mut a, "support-beyond-me", &[scale(3), scale(3), scale(1)]);
    answer(&mut a, "visibility", &[scale(3), scale(1), scale(3)]);
    answer(&mut a, "capacity", &[scale(2), scale(2), scale(3)]);
    answer(&mut a, "mandate", &[scale(3), scale(3), scale(3), scale(2)]);
    answer(
        &mut a,
        "continuity",
        &[scale(4), scale(5), scale(4), scale(3)],
    );
    answer(
        &mut a,
        "valued-core",
        &[scale(5), scale(5), scale(3), scale(3)],
    );
    let s = score(bank(), &a);
    let within = s.context(ContextId::Within).expect("within");
    let shown: Vec<String> = within
        .dimensions
        .iter()
        .map(|d| d.score.map(format_score).unwrap_or_default())
        .collect();
    assert_eq!(shown, ["2.8", "2.3", "2.3", "4.0", "4.0", "2.3"]);
    assert_eq!(within.score.map(format_score).as_deref(), Some("3.0"));
    assert_eq!(within.band(), Some(Band::WorthDiscussing));
    // Another case that showed one tenth low: 9.3 / 6 = 1.55, so 1.6.
    assert_eq!(
        mean_as_shown(&[1.8, 1.7, 1.3, 1.5, 1.3, 1.7])
            .map(format_score)
            .as_deref(),
        Some("1.6")
    );
    // Taken to one decimal first, as a reader sees them: 2.75 shows as 2.8.
    assert_eq!(
        mean_as_shown(&[2.75, 2.75]).map(format_score).as_deref(),
        Some("2.8")
    );
    assert_eq!(mean_as_shown(&[]), None);
}

#[test]
fn context_score_is_the_mean_of_dimension_scores() {
    let mut a = blank();
    // Within: mandate all 5, support-beyond-me all 1, capacity all 3: (5+1+3)/3 = 3.0 with
    // 3 of 6 dimensions scored, which is exactly the coverage threshold.
    answer(&mut a, "mandate", &[scale(5); 4]);
    answer(&mut a, "support-beyond-me", &[scale(1); 4]);
    answer(&mut a, "capacity", &[scale(3); 3]);
    let s = score(bank(), &a);
    let within = s.context(ContextId::Within).expect("within");
    assert_eq!(within.scored(), 3);
    assert_eq!(within.score, Some(3.0));
    assert_eq!(within.band(), Some(Band::WorthDiscussing));
    assert_eq!(s.context(ContextId::Between).and_then(|c| c.score), None);
}

#[test]
fn two_context_view_corners() {
    assert_eq!(View::of(4.2, 4.0), View::OrganisationsPartnering);
    assert_eq!(View::of(4.2, 2.1), View::IndividualsPartnering);
    assert_eq!(View::of(2.0, 4.5), View::ReadyButPartnersNot);
    assert_eq!(View::of(2.0, 2.0), View::BuyInToBuild);
    assert_eq!(
        View::of(VIEW_SPLIT, VIEW_SPLIT),
        View::OrganisationsPartnering
    );
    assert_eq!(View::of(3.44, 3.6), View::PartWay);
    assert_eq!(View::of(3.44, 4.6), View::ReadyButPartnersNot);
}

/// Between answered 5, within answered 2: the fragile "individuals partnering" case.
fn individuals_partnering() -> Assessment {
    let mut a = blank();
    for (c, _, s) in bank().statements() {
        let n = if c.id == ContextId::Between { 5 } else { 2 };
        a.set_answer(s.id, fit(s, scale(n)), 1);
    }
    a
}

#[test]
fn individuals_partnering_is_the_first_finding() {
    let a = individuals_partnering();
    let s = score(bank(), &a);
    assert_eq!(s.view(), Some(View::IndividualsPartnering));
    let f = findings(bank(), &s, &a);
    assert_eq!(f[0].kind, FindingKind::Fragile);
    assert!(f.iter().filter(|f| f.kind == FindingKind::Concern).count() == 6);
    assert!(f.iter().all(|f| f.severity == Severity::High));
    assert!(f[0].detail.ends_with("Until support at home catches up, your organisation may not deliver what you agree at the table."), "{}", f[0].detail);
    // Winding down there is no catching up to wait for: the finish is at risk.
    let mut ending = a.clone();
    ending.profile.stage = Some(buy_in_check::model::bank::Stage::WindingDown);
    let f = findings(bank(), &s, &ending);
    assert_eq!(f[0].kind, FindingKind::Fragile);
    assert!(f[0].detail.ends_with("Your organisation may not finish what you agreed at the table, nor take on what follows."), "{}", f[0].detail);
}

#[test]
fn resting_on_individuals_names_the_weak_spot_at_home_and_only_its_remedies() {
    // Everything 4 but one's own mandate: "within" drops below the strength band on that
    // dimension alone. The card offered "Build a team behind you" and "Plan who takes
    // over" beside a "Support beyond me" and a "Continuity" in the strength band.
    let mut a = all(4);
    answer(&mut a, "mandate", &[scale(2), scale(1), scale(1), scale(2)]);
    let s = score(bank(), &a);
    assert_eq!(s.view(), Some(View::IndividualsPartnering));
    let f = findings(bank(), &s, &a);
    // Support at home is 3.8, just short of a strength: the verdict says so and the mandate
    // has its own card, so there is no card about resting on individuals to say it again.
    assert!(f.iter().all(|x| x.kind != FindingKind::Fragile), "{f:#?}");
    assert_eq!(f[0].subject, Some("mandate"));
    // Lower at home (mandate and capacity weak): the card names the weak spot.
    answer(&mut a, "capacity", &[scale(2), scale(2), scale(2)]);
    let s = score(bank(), &a);
    let f = findings(bank(), &s, &a);
    assert_eq!(f[0].kind, FindingKind::Fragile);
    assert!(
        f[0].detail
            .contains("at home, “My mandate” (1.5) and “Capacity to deliver” (2.0) are concerns. Until support at home catches up"),
        "{}",
        f[0].detail
    );
    // "Build a team behind you" serves the weak capacity too.
    assert_eq!(
        f[0].actions,
        vec!["check-mandate", "plan-capacity", "build-internal-team"]
    );
}

#[test]
fn answers_alike_everywhere_put_both_contexts_in_what_matters_most() {
    let a = all(1);
    let s = score(bank(), &a);
    let f = findings(bank(), &s, &a);
    let keys: Vec<&str> = key_actions(bank(), &s, &f).iter().map(|a| a.id).collect();
    let within: Vec<&str> = bank()
        .contexts
        .iter()
        .filter(|c| c.id == ContextId::Within)
        .flat_map(|c| c.dimensions.iter().flat_map(|d| d.actions.iter().copied()))
        .collect();
    assert!(
        keys.iter().any(|k| within.contains(k)),
        "all three from between the partners: {keys:?}"
    );
}

#[test]
fn findings_are_ordered_by_severity_then_weakest_score() {
    let mut a = all(5);
    answer(&mut a, "visibility", &[scale(3); 4]); // 3.0, discuss
    answer(
        &mut a,
        "continuity",
        &[scale(2), scale(3), scale(2), scale(3)],
    ); // 2.5, concern
       // The third is a fact: 1 reads as No, which counts as 1.
    answer(&mut a, "zip-up", &[scale(2), scale(2), scale(1)]); // 1.67, concern
    a.set_warning_sign("fence-sitting", true, 2);
    let s = score(bank(), &a);
    let f = findings(bank(), &s, &a);
    let order: Vec<(FindingKind, Option<&str>)> = f.iter().map(|f| (f.kind, f.subject)).collect();
    assert_eq!(
        order,
        vec![
            (FindingKind::Concern, Some("zip-up")),
            (FindingKind::Concern, Some("continuity")),
            (FindingKind::WarningSign, Some("shared-value")),
            (FindingKind::Discuss, Some("visibility")),
        ]
    );
    assert!(
        f[0].detail.contains("1.7"),
        "detail shows the score: {}",
        f[0].detail
    );
}

#[test]
fn dont_know_about_my_mandate_is_an_act_first_finding() {
    let mut a = all(4);
    answer(
        &mut a,
        "mandate",
        &[
            Some(Answer::DontKnow),
            Some(Answer::DontKnow),
            scale(4),
            scale(4),
        ],
    );
    answer(
        &mut a,
        "visibility",
        &[
            Some(Answer::DontKnow),
            Some(Answer::DontKnow),
            scale(4),
            scale(4),
        ],
    );
    let s = score(bank(), &a);
    let f = findings(bank(), &s, &a);
    let mandate = f
        .iter()
        .find(|f| f.subject == Some("mandate"))
        .expect("mandate finding");
    assert_eq!(mandate.kind, FindingKind::Unknown);
    assert_eq!(mandate.severity, Severity::High);
    assert_eq!(mandate.title, "Find out whether you have a mandate");
    assert_eq!(mandate.actions, vec!["check-mandate"]);
    let vis = f
        .iter()
        .find(|f| f.subject == Some("visibility"))
        .expect("visibility finding");
    assert_eq!(vis.severity, Severity::Medium);
    assert_eq!(f[0].subject, Some("mandate"));
}

/// The findings about one dimension.
fn about<'a>(f: &'a [Finding], dimension: &str) -> Vec<&'a Finding> {
    f.iter().filter(|f| f.subject == Some(dimension)).collect()
}

#[test]
fn not_knowing_beside_a_low_score_is_one_card_that_gives_the_score() {
    let dk = Some(Answer::DontKnow);
    // A key statement not known (whether I can make offers) beside a concern, and several
    // Don't knows about one's mandate beside a concern: each was two "Act first" cards.
    for (answers, rated, title) in [
        (
            [dk, scale(2), scale(2), scale(2)],
            3,
            "“My mandate” is a concern: find out whether you have a mandate",
        ),
        // What one may agree to alone is a key statement too.
        (
            [scale(2), dk, dk, scale(2)],
            2,
            "“My mandate” is a concern: find out what you can agree to alone",
        ),
    ] {
        let mut a = all(4);
        answer(&mut a, "mandate", &answers);
        let f = findings(bank(), &score(bank(), &a), &a);
        let mandate = about(&f, "mandate");
        assert_eq!(mandate.len(), 1, "one card for the mandate: {mandate:#?}");
        assert_eq!(mandate[0].title, title);
        assert_eq!(mandate[0].severity, Severity::High);
        let detail = &mandate[0].detail;
        assert!(detail.starts_with("You answered “Don't know”"), "{detail}");
        assert!(
            detail.contains(&format!("scored 2.0 ({rated} of its 4 statements rated) within your organisation, in the concern band")),
            "{detail}"
        );
    }
}

#[test]
fn a_card_about_a_key_statement_names_every_dont_know_of_its_dimension() {
    let dk = Some(Answer::DontKnow);
    let mut a = all(4);
    // Who has the final say and what one may agree to alone (key statements), not known:
    // the card is titled after the first.
    answer(&mut a, "mandate", &[scale(2), dk, scale(1), dk]);
    let f = findings(bank(), &score(bank(), &a), &a);
    let mandate = about(&f, "mandate");
    assert_eq!(mandate.len(), 1, "{mandate:#?}");
    assert_eq!(
        mandate[0].title,
        "“My mandate” is a concern: find out what you can agree to alone"
    );
    let detail = &mandate[0].detail;
    assert!(detail.contains("“I can agree to routine decisions at partners' meetings without checking back first” and “My organisation has named who has the final say on this work”"), "{detail}");
    assert!(
        detail.contains("scored 1.5 (2 of its 4 statements rated)"),
        "{detail}"
    );
}

#[test]
fn what_to_find_out_comes_before_low_scores() {
    // Every answer 2 and the agreement not known: its card was the 13th of 13 "Act first"
    // cards, after every concern, and missing from what matters most.
    let mut a = all(2);
    answer(&mut a, "written-commitments", &[Some(Answer::DontKnow)]);
    let s = score(bank(), &a);
    let f = findings(bank(), &s, &a);
    assert_eq!(f[0].title, "Find out whether a signed agreement exists");
    let keys: Vec<&str> = key_actions(bank(), &s, &f).iter().map(|a| a.id).collect();
    assert_eq!(keys.first(), Some(&"write-it-down"), "{keys:?}");
}

#[test]
fn a_key_fact_not_known_is_not_also_a_no_score_card() {
    let mut a = all(4);
    answer(&mut a, "written-commitments", &[Some(Answer::DontKnow)]);
    let f = findings(bank(), &score(bank(), &a), &a);
    let cards = about(&f, "written-commitments");
    assert_eq!(cards.len(), 1, "{cards:#?}");
    assert_eq!(cards[0].title, "Find out whether a signed agreement exists");
    assert!(cards[0]
        .detail
        .contains("The 3 statements about it were skipped until you know."));
}

#[test]
fn strong_answers_give_no_findings() {
    let a = all(5);
    let s = score(bank(), &a);
    assert_eq!(s.view(), Some(View::OrganisationsPartnering));
    assert!(findings(bank(), &s, &a).is_empty());
}

#[test]
fn advice_is_deduplicated_and_seeding_is_idempotent() {
    let a = individuals_partnering();
    let s = score(bank(), &a);
    let f = findings(bank(), &s, &a);
    let rec = recommended_actions(bank(), &s, &f);
    let mut ids: Vec<&str> = rec.iter().map(|a| a.id).collect();
    let key: Vec<&str> = key_actions(bank(), &s, &f).iter().map(|a| a.id).collect();
    assert_eq!(key.len(), 3);
    assert_eq!(
        ids[..3],
        key[..],
        "what the verdict says matters most comes first"
    );
    // The headline finding's first remedy is the first thing that matters most.
    assert_eq!(f[0].kind, FindingKind::Fragile);
    assert_eq!(key[0], f[0].actions[0]);
    assert!(ids.len() > 3, "more advice after the key actions");
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n, "no action twice");

    let mut plan = vec![ActionItem {
        id: "mine".into(),
        source: Some("check-mandate".into()),
        text: "My own wording".into(),
        ..ActionItem::default()
    }];
    let all = recommended_actions(bank(), &s, &f);
    let offered = not_in_plan(&all, &plan);
    assert_eq!(
        offered.len(),
        n - 1,
        "the checklist leaves out what the plan holds"
    );
    assert!(offered.iter().all(|a| a.id != "check-mandate"));
    // The person ticks two; only those two join the plan, in priority order.
    let chosen = [offered[1], offered[0]];
    assert_eq!(
        seed_plan(&chosen, |a| (a.title, a.first_step), &mut plan),
        2
    );
    assert_eq!(plan.len(), 3);
    assert_eq!(plan[1].source.as_deref(), Some(offered[1].id));
    assert_eq!(not_in_plan(&all, &plan).len(), n - 3);
    let added = seed_plan(&all, |a| (a.title, a.first_step), &mut plan);
    assert_eq!(added, n - 3, "items already there are not added again");
    assert_eq!(plan[0].text, "My own wording");
    assert_eq!(seed_plan(&all, |a| (a.title, a.first_step), &mut plan), 0);
    assert!(not_in_plan(&all, &plan).is_empty());
}

#[test]
fn how_scores_work_uses_the_real_constants() {
    let text = how_scores_work().join(" ");
    assert!(text.contains(&format!("{:.0}%", MIN_COVERAGE * 100.0)));
    assert!(text.contains("4.0 and above is a strength"));
    assert!(text.contains("3.0 to 3.9 is worth discussing"));
    assert!(text.contains(&format!("split at {VIEW_SPLIT:.1}")));
}

#[test]
fn clearing_an_answer_makes_it_unanswered_again() {
    let mut a = blank();
    a.set_answer("mandate-1", scale(3), 5);
    assert_eq!(a.progress(bank()).0, 1);
    a.set_answer("mandate-1", None, 6);
    assert_eq!(a.progress(bank()).0, 0);
    assert_eq!(
        a.responses["mandate-1"].changed_at, 6,
        "the clear keeps its time, for merging"
    );
    a.set_note("mandate-1", "ask the director", 7);
    assert_eq!(a.answer("mandate-1"), None);
    assert_eq!(a.note("mandate-1"), "ask the director");
    assert_eq!(a.updated_at, 7);
}

fn any_answer() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        Just(None),
        Just(Some(Answer::DontKnow)),
        Just(Some(Answer::NotApplicable)),
        (1u8..=5).prop_map(scale),
    ]
}

fn any_assessment() -> impl Strategy<Value = Assessment> {
    let n = bank().statement_count();
    prop::collection::vec(any_answer(), n).prop_map(|answers| {
        let mut a = blank();
        for ((_, _, s), ans) in bank().statements().zip(answers) {
            a.set_answer(s.id, fit(s, ans), 1);
        }
        a
    })
}

#[test]
fn scores_show_one_decimal_rounded_half_away_from_zero() {
    assert_eq!(format_score(3.96), "4.0");
    assert_eq!(format_score(3.94), "3.9");
    assert_eq!(format_score(3.25), "3.3");
    assert_eq!(format_score(5.0), "5.0");
    assert_eq!(format_score(0.3), "0.3");
    assert_eq!(format_score(-0.3), "-0.3");
    assert_eq!(format_score(-1.25), "-1.3");
    assert_eq!(format_score(408.0), "408.0");
    // A change that rounds to nothing is not shown as a negative zero.
    assert_eq!(format_score(-0.04), "0.0");
    assert_eq!(format_score(f64::NAN), "–");
}

proptest! {
    /// What the results call "what matters most" beside the verdict is what the plan's
    /// checklist opens with and ticks: the key actions head the recommended actions, and
    /// every action a finding calls for follows, once.
    #[test]
    fn the_plan_opens_with_what_the_verdict_says_matters_most(a in any_assessment()) {
        let s = score(bank(), &a);
        let f = findings(bank(), &s, &a);
        let key: Vec<&str> = key_actions(bank(), &s, &f).iter().map(|x| x.id).collect();
        let rec: Vec<&str> = recommended_actions(bank(), &s, &f).iter().map(|x| x.id).collect();
        prop_assert!(key.len() <= PRE_TICKED);
        prop_assert_eq!(&rec[..key.len()], &key[..]);
        for id in f.iter().flat_map(|x| x.actions.iter()) {
            prop_assert_eq!(rec.iter().filter(|r| *r == id).count(), 1, "{} once", id);
        }
        for id in &rec[key.len()..] {
            prop_assert!(f.iter().any(|x| x.actions.contains(id)), "{} is called for by a finding", id);
        }
    }

    /// The hand-written formatter agrees with the standard one on every rounded value.
    #[test]
    fn format_score_matches_the_standard_formatter(x in -1000.0f64..1000.0) {
        let expected = format!("{:.1}", round1(x));
        let expected = if expected == "-0.0" { "0.0".to_owned() } else { expected };
        prop_assert_eq!(format_score(x), expected);
    }

    #[test]
    fn scores_stay_within_one_to_five(a in any_assessment()) {
        let s = score(bank(), &a);
        for d in s.dimensions() {
            if let Some(x) = d.score {
                prop_assert!((1.0..=5.0).contains(&x));
            }
            prop_assert_eq!(d.rated + d.dont_know + d.not_applicable + d.unanswered(), d.total);
        }
        for c in &s.contexts {
            if let Some(x) = c.score {
                prop_assert!((1.0..=5.0).contains(&x));
            }
        }
    }

    #[test]
    fn a_context_score_is_the_mean_of_its_dimensions_as_shown(a in any_assessment()) {
        // A reader checks the context against the dimension scores printed beside it:
        // averaging the shown (one-decimal) values must give the shown context score.
        let s = score(bank(), &a);
        for c in &s.contexts {
            let Some(context) = c.score else { continue };
            // By hand: the shown figures in whole tenths, their mean rounded half up.
            let shown: Vec<i64> = c
                .dimensions
                .iter()
                .filter_map(|d| d.score)
                .map(|s| format_score(s).replace('.', "").parse::<i64>().expect("tenths"))
                .collect();
            let n = shown.len() as i64;
            let twice = 2 * shown.iter().sum::<i64>();
            let by_hand = (twice + n) / (2 * n);
            prop_assert_eq!(
                format_score(context),
                format!("{}.{}", by_hand / 10, by_hand % 10),
                "dimensions shown: {:?}",
                shown
            );
        }
    }

    #[test]
    fn dont_know_and_not_applicable_never_change_a_score(
        a in any_assessment(),
        pick in 0usize..1000,
        dk in any::<bool>(),
    ) {
        // Turning an unanswered statement into Don't know / N/A leaves every score alone
        // (coverage counts only 1–5 answers). A fact that other statements presuppose is
        // the documented exception: its N/A skips them.
        let gates: Vec<&str> = bank().statements().filter_map(|(_, _, s)| s.requires).collect();
        let unanswered: Vec<&str> = bank()
            .statements()
            .filter(|(_, _, s)| a.answer(s.id).is_none() && !gates.contains(&s.id))
            .map(|(_, _, s)| s.id)
            .collect();
        prop_assume!(!unanswered.is_empty());
        let id = unanswered[pick % unanswered.len()];
        let mut b = a.clone();
        b.set_answer(id, Some(if dk { Answer::DontKnow } else { Answer::NotApplicable }), 2);
        let (sa, sb) = (score(bank(), &a), score(bank(), &b));
        for (x, y) in sa.dimensions().zip(sb.dimensions()) {
            prop_assert_eq!(x.score, y.score);
        }
        for (x, y) in sa.contexts.iter().zip(&sb.contexts) {
            prop_assert_eq!(x.score, y.score);
        }
    }

    #[test]
    fn raising_one_answer_never_lowers_its_dimension(a in any_assessment(), pick in 0usize..1000) {
        let rated: Vec<(&str, &str, u8)> = bank()
            .statements()
            .filter(|(_, _, s)| a.is_asked(s))
            .filter_map(|(_, d, s)| a.answer(s.id).and_then(|x| x.level()).map(|l| (d.id, s.id, l.value())))
            .filter(|(_, _, v)| *v < 5)
            .collect();
        prop_assume!(!rated.is_empty());
        let (dim, id, v) = rated[pick % rated.len()];
        let mut b = a.clone();
        b.set_answer(id, scale(v + 1), 2);
        let before = score(bank(), &a).dimension(dim).and_then(|d| d.score);
        let after = score(bank(), &b).dimension(dim).and_then(|d| d.score);
        match (before, after) {
            (Some(x), Some(y)) => prop_assert!(y > x),
            (None, None) => {}
            other => prop_assert!(false, "coverage changed: {:?}", other),
        }
    }

    #[test]
    fn findings_never_name_a_strength(a in any_assessment()) {
        // (See also tests/verdicts.rs: no text claims a band its score is not in.)
        let s = score(bank(), &a);
        for f in findings(bank(), &s, &a) {
            if matches!(f.kind, FindingKind::Concern | FindingKind::Discuss) {
                let d = s.dimension(f.subject.unwrap_or_default()).and_then(|d| d.band());
                prop_assert!(d != Some(Band::Strength));
            }
            // Every finding offers something to do, except where the person said none of a
            // dimension applies.
            let none_apply = s
                .dimension(f.subject.unwrap_or_default())
                .is_some_and(|d| d.none_apply());
            prop_assert_eq!(f.actions.is_empty(), none_apply && f.title.ends_with(": not applicable"), "{}", f.title);
        }
    }
}

#[test]
fn a_dimension_said_not_to_apply_gets_no_advice() {
    // "A say for every partner" all Not applicable beside middling answers: its card still
    // offered "Give every partner a say", and the printed report listed it.
    use buy_in_check::model::advice::recommended_actions;
    let mut a = all(3);
    answer(
        &mut a,
        "shared-decisions",
        &[Some(Answer::NotApplicable); 3],
    );
    let recommended = |a: &Assessment| -> Vec<&'static str> {
        let s = score(bank(), a);
        recommended_actions(bank(), &s, &findings(bank(), &s, a))
            .iter()
            .map(|x| x.id)
            .collect()
    };
    let ids = recommended(&a);
    assert!(!ids.contains(&"share-decisions"), "{ids:?}");
    // Nor an empty "What helps" under its card in the Markdown.
    let md = buy_in_check::model::exchange::to_markdown(bank(), &a, "2026-11-28");
    assert!(md.contains("**“A say for every partner”: not applicable** (Worth a note). You answered Not applicable to all 3"), "{md}");
    assert!(!md.contains("What helps: ."), "{md}");
    // Its band says what the person said, not that answers are missing.
    assert!(
        md.contains(
            "| A say for every partner | – | Not applicable | 0 of 3 rated · 3 not applicable |"
        ),
        "{md}"
    );
    let csv = buy_in_check::model::exchange::summary_csv(bank(), &a);
    assert!(
        csv.contains(",A say for every partner,,Not applicable,"),
        "{csv}"
    );
    // With one answer that applies, the advice is back.
    answer(&mut a, "shared-decisions", &[scale(2)]);
    let ids = recommended(&a);
    assert!(ids.contains(&"share-decisions"), "{ids:?}");
}

#[test]
fn a_key_unknown_between_partners_says_why_it_matters_there() {
    // Not knowing whether an agreement is signed said "worth knowing before you promise
    // anything to partners", the reason for one's own mandate.
    let mut a = all(4);
    a.set_answer(
        buy_in_check::model::bank::AGREEMENT_FACT,
        Some(Answer::DontKnow),
        2,
    );
    let f = findings(bank(), &score(bank(), &a), &a);
    let card = about(&f, "written-commitments");
    assert_eq!(card.len(), 1, "{card:#?}");
    assert!(
        card[0]
            .detail
            .contains("This is worth knowing before you count on what partners have promised"),
        "{}",
        card[0].detail
    );
    assert!(
        !card[0].detail.contains("promise anything"),
        "{}",
        card[0].detail
    );
}

#[test]
fn resting_on_individuals_names_each_weak_spot_by_its_band() {
    // "below the strength band at home: “My mandate” 1.5 and “Capacity to deliver” 3.3"
    // put a concern and a dimension worth discussing under one name, beside a table that
    // shows them in two bands.
    let mut a = all(4);
    answer(&mut a, "mandate", &[scale(2), scale(1), scale(1), scale(2)]);
    answer(&mut a, "capacity", &[scale(3), scale(3), scale(4)]);
    let s = score(bank(), &a);
    assert_eq!(s.view(), Some(View::IndividualsPartnering));
    let f = findings(bank(), &s, &a);
    assert!(
        f[0].detail.contains(
            "at home, “My mandate” (1.5) is a concern, and “Capacity to deliver” (3.3) is worth discussing."
        ),
        "{}",
        f[0].detail
    );
}
