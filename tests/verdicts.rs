#![cfg(not(target_arch = "wasm32"))]
//! Every verdict agrees with the numbers beside it: the two-context view, facts and the
//! statements they gate, key "Don't know" answers, change over time, and bank version 1
//! records carried to the current bank. Expectations are computed by hand in the comments.

use buy_in_check::model::advice::{findings, recommended_actions, FindingKind, Severity};
use buy_in_check::model::assessment::{Answer, Assessment, Level, Profile};
use buy_in_check::model::bank::{
    bank, ContextId, ItemKind, Stage, Statement, AGREEMENT_FACT, BANK_VERSION,
};
use buy_in_check::model::compare::{over_time, Trend};
use buy_in_check::model::exchange::{from_json, to_csv, to_json, to_markdown};
use buy_in_check::model::record::{decode, encode, Decoded};
use buy_in_check::model::scoring::{
    format_score, score, shown_change, Band, Scores, View, CHANGE_THRESHOLD,
};
use proptest::prelude::*;

fn scale(n: u8) -> Option<Answer> {
    Some(Answer::Scale(Level::new(n).expect("1..=5")))
}

fn blank(id: &str) -> Assessment {
    Assessment::new(
        id,
        Profile {
            name: id.into(),
            ..Profile::default()
        },
        0,
    )
}

/// Every scale statement answered by `pick(context, position)`; every fact "Yes".
fn answered(id: &str, pick: impl Fn(ContextId, usize) -> u8) -> Assessment {
    let mut a = blank(id);
    for (i, (c, _, s)) in bank().statements().enumerate() {
        let answer = match s.kind {
            ItemKind::Scale => scale(pick(c.id, i)),
            ItemKind::Fact => Some(Answer::Yes),
        };
        a.set_answer(s.id, answer, 1);
    }
    a
}

/// The statements of dimension `id`.
fn statements_of(id: &str) -> &'static [Statement] {
    bank().dimension(id).expect("a dimension").1.statements
}

/// Every statement of dimension `id` answered `answer`.
fn answer_dimension(a: &mut Assessment, id: &str, answer: Option<Answer>, now: u64) {
    for s in statements_of(id) {
        a.set_answer(s.id, answer, now);
    }
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/v1/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture present")
}

// ---- The two-context view -------------------------------------------------------------

#[test]
fn both_contexts_at_3_5_are_part_way_and_never_called_strong() {
    assert_eq!(View::of(3.5, 3.5), View::PartWay);
    let text = View::PartWay.explanation(3.5, 3.5);
    assert_eq!(
        text,
        "Both contexts are worth discussing: between the partners 3.5, inside your organisation 3.5. \
         Neither has reached the top band yet; start with the weakest dimensions below."
    );
    assert!(!text.to_lowercase().contains("strong"));
    assert!(!text.to_lowercase().contains("is a strength"));
}

#[test]
fn the_view_splits_where_the_strength_band_starts() {
    assert_eq!(View::of(4.0, 4.0), View::OrganisationsPartnering);
    assert_eq!(
        View::of(3.96, 3.96),
        View::OrganisationsPartnering,
        "shows as 4.0"
    );
    assert_eq!(
        View::of(3.94, 4.5),
        View::ReadyButPartnersNot,
        "shows as 3.9"
    );
    assert_eq!(View::of(4.2, 3.9), View::IndividualsPartnering);
    assert_eq!(View::of(4.2, 2.1), View::IndividualsPartnering);
    assert_eq!(View::of(3.0, 3.9), View::PartWay);
    assert_eq!(View::of(2.9, 3.9), View::BuyInToBuild);
    assert_eq!(View::of(1.0, 1.0), View::BuyInToBuild);
}

#[test]
fn individuals_partnering_names_the_within_band() {
    assert_eq!(
        View::IndividualsPartnering.explanation(4.4, 3.2),
        "Buy-in between the partners is a strength (4.4), but inside your organisation it is \
         worth discussing (3.2). Inside your organisation the work may rest on a few people, \
         you among them, and could stall if they leave."
    );
    assert!(View::IndividualsPartnering
        .explanation(4.4, 2.2)
        .contains("it is a concern (2.2)"));
}

#[test]
fn just_short_of_a_strength_is_said_as_such_not_as_an_alarm() {
    // 4.0 and 3.9 read "the work may rest on a few people, you among them, and could stall
    // if they leave" beside two scores a tenth apart.
    assert_eq!(
        View::IndividualsPartnering.explanation(4.0, 3.9),
        "Buy-in between the partners is a strength (4.0), and inside your organisation it is \
         worth discussing (3.9), just short of a strength. Find out what is holding it back there, so the work does not \
         come to rest on a few people."
    );
    assert!(View::IndividualsPartnering
        .explanation(4.0, 3.8)
        .contains("worth discussing (3.8), just short of a strength"));
    assert!(View::IndividualsPartnering
        .explanation(4.0, 3.74)
        .contains("you among them"));
    assert_eq!(
        View::ReadyButPartnersNot.explanation(3.9, 4.5),
        "Inside your organisation buy-in is a strength (4.5), and between the partners it is \
         worth discussing (3.9), just short of a strength. See with the partners what holds it \
         back."
    );
}

#[test]
fn the_heading_says_nearly_where_the_text_says_just_short() {
    // "Individuals partnering" stood above "just short of a strength (3.9)".
    assert_eq!(
        View::IndividualsPartnering.title_at(4.0, 3.9),
        "Close to organisations partnering"
    );
    assert_eq!(
        View::ReadyButPartnersNot.title_at(3.8, 4.4),
        "Close to organisations partnering"
    );
    assert_eq!(
        View::IndividualsPartnering.title_at(4.4, 3.7),
        "Individuals partnering"
    );
    assert_eq!(
        View::ReadyButPartnersNot.title_at(3.74, 4.4),
        "Ready at home, not yet across partners"
    );
    assert_eq!(
        View::OrganisationsPartnering.title_at(4.0, 4.0),
        "Organisations partnering"
    );
    // Every heading agrees with the first sentence under it: "nearly" exactly where the
    // text says "just short".
    for tenths in 10..=50 {
        for other in 40..=50 {
            let (low, high) = (f64::from(tenths) / 10.0, f64::from(other) / 10.0);
            for (b, w) in [(high, low), (low, high)] {
                let view = View::of(b, w);
                assert_eq!(
                    view.title_at(b, w) == "Close to organisations partnering",
                    view.explanation(b, w).contains("just short of a strength"),
                    "{b} {w}"
                );
            }
        }
    }
}

#[test]
fn the_heading_counts_the_concerns_a_strong_average_holds() {
    use buy_in_check::model::advice::verdict_title;
    use buy_in_check::model::report::Report;
    let mut a = answered("heading-concern", |_, _| 5);
    assert_eq!(
        verdict_title(&score(bank(), &a), &a).as_deref(),
        Some("Organisations partnering")
    );
    // No signed agreement: "Written commitments" is a concern inside two strong contexts.
    a.set_answer(AGREEMENT_FACT, Some(Answer::No), 2);
    let s = score(bank(), &a);
    assert_eq!(s.view(), Some(View::OrganisationsPartnering));
    assert_eq!(
        verdict_title(&s, &a).as_deref(),
        Some("Organisations partnering, with a concern")
    );
    let r = Report::new(bank(), &a);
    assert_eq!(
        r.verdict.expect("a verdict").title,
        "Organisations partnering, with a concern"
    );
    assert!(to_markdown(bank(), &a, "2026-11-29")
        .contains("**Organisations partnering, with a concern.**"));
    // A second concern is counted in words.
    for s in bank()
        .contexts
        .iter()
        .flat_map(|c| c.dimensions.iter())
        .find(|d| d.id == "mandate")
        .expect("mandate")
        .statements
        .iter()
        .filter(|s| s.kind == ItemKind::Scale)
    {
        a.set_answer(s.id, scale(1), 3);
    }
    let s = score(bank(), &a);
    assert_eq!(s.view(), Some(View::OrganisationsPartnering));
    assert_eq!(
        verdict_title(&s, &a).as_deref(),
        Some("Organisations partnering, with two concerns")
    );
    // A warning sign seen is counted too: it is "Act first" whatever the scores.
    a.set_warning_sign("says-not-delivers", true, 4);
    let s = score(bank(), &a);
    assert_eq!(s.view(), Some(View::OrganisationsPartnering));
    assert_eq!(
        verdict_title(&s, &a).as_deref(),
        Some("Organisations partnering, with two concerns and a warning sign")
    );
    // Below organisations partnering the heading names the position alone.
    let low = answered(
        "heading-low",
        |c, _| if c == ContextId::Within { 2 } else { 5 },
    );
    assert_eq!(
        verdict_title(&score(bank(), &low), &low).as_deref(),
        Some("Individuals partnering")
    );
}

#[test]
fn winding_down_the_verdict_speaks_of_the_close_not_of_building() {
    use buy_in_check::model::advice::{verdict_explanation, verdict_title};
    // Middling, with the concern between the partners: "Buy-in still to build … Neither
    // has reached the top band" for work that is ending.
    let mut a = answered("ending", |c, _| if c == ContextId::Between { 2 } else { 3 });
    let s = score(bank(), &a);
    assert_eq!(s.view(), Some(View::BuyInToBuild));
    assert_eq!(
        verdict_title(&s, &a).as_deref(),
        Some("Buy-in still to build between the partners")
    );
    a.profile.stage = Some(Stage::WindingDown);
    assert_eq!(
        verdict_title(&s, &a).as_deref(),
        Some("Thin buy-in between the partners as the work ends")
    );
    let text = verdict_explanation(&s, &a).expect("a verdict");
    assert!(text.contains("Neither is a strength, and"), "{text}");
    assert!(!text.contains("yet"), "{text}");
    // The comparison names both positions the same way.
    let change = over_time(bank(), &a, &a);
    assert_eq!(
        change.movement(),
        "“Thin buy-in as the work ends”, then and now."
    );
    // The heading says where the concern is, at every stage.
    let both = answered("both", |_, _| 2);
    let s = score(bank(), &both);
    assert_eq!(
        verdict_title(&s, &both).as_deref(),
        Some("Buy-in still to build in both contexts")
    );
    let home = answered("home", |c, _| if c == ContextId::Between { 3 } else { 2 });
    let mut home_ending = home.clone();
    home_ending.profile.stage = Some(Stage::WindingDown);
    let s = score(bank(), &home);
    assert_eq!(
        verdict_title(&s, &home).as_deref(),
        Some("Buy-in still to build inside your organisation")
    );
    assert_eq!(
        verdict_title(&s, &home_ending).as_deref(),
        Some("Thin buy-in inside your organisation as the work ends")
    );
    // Every position, winding down: no "yet", no "still to build".
    for (b, w) in [
        (3.5, 3.5),
        (2.0, 2.0),
        (3.2, 4.5),
        (4.5, 3.2),
        (4.5, 4.5),
        (3.9, 4.4),
    ] {
        let view = View::of(b, w);
        let title = view.title_for(b, w, Some(Stage::WindingDown));
        assert!(
            !title.contains("yet") && !title.contains("still"),
            "{title}"
        );
        // Those named for the close end alike, so the heading can say where before it.
        if view == View::BuyInToBuild || view == View::PartWay {
            assert!(
                title.ends_with(buy_in_check::model::scoring::AS_THE_WORK_ENDS),
                "{title}"
            );
        }
        for stage in [Stage::Forming, Stage::Delivering, Stage::Renewing] {
            assert_eq!(view.title_for(b, w, Some(stage)), view.title_at(b, w));
        }
    }
    // Nor does the sentence under it speak of what is still to come: the risk it names is
    // to what the work leaves behind.
    for (b, w) in [
        (3.5, 3.5),
        (2.0, 2.0),
        (3.2, 4.5),
        (3.9, 4.4),
        (4.5, 3.2),
        (4.5, 3.9),
        (4.5, 4.5),
    ] {
        let view = View::of(b, w);
        let usual = view.explanation_so_far(b, w, (false, false), Some(Stage::Delivering));
        let text = view.explanation_so_far(b, w, (false, false), Some(Stage::WindingDown));
        for future in [
            "yet",
            "could stall",
            "come to rest",
            "to work on with them",
            "as people and plans change",
        ] {
            assert!(!text.contains(future), "“{future}” in: {text}");
        }
        // The numbers and bands are the same at every stage; only the advice differs.
        let numbers = |t: &str| t.split(". ").next().map(str::to_owned);
        assert_eq!(numbers(&text), numbers(&usual), "{text}");
    }
}

#[test]
fn every_view_names_two_or_three_existing_actions() {
    for v in [
        View::OrganisationsPartnering,
        View::IndividualsPartnering,
        View::ReadyButPartnersNot,
        View::PartWay,
        View::BuyInToBuild,
    ] {
        let keys = v.key_actions();
        assert!((2..=3).contains(&keys.len()), "{v:?}");
        assert!(keys.iter().all(|k| bank().action(k).is_some()), "{v:?}");
    }
}

/// Middling answers (3 and 4 alternating), facts "Yes": the case where the first version
/// said "Support is strong" beside two scores worth discussing.
#[test]
fn middling_answers_are_never_called_strong_anywhere() {
    let a = answered("middling", |_, i| if i % 2 == 0 { 3 } else { 4 });
    let s = score(bank(), &a);
    for c in &s.contexts {
        assert_eq!(c.band(), Some(Band::WorthDiscussing), "{}", c.context.title);
    }
    assert_eq!(s.view(), Some(View::PartWay));
    let md = to_markdown(bank(), &a, "2026-11-27");
    let csv = to_csv(bank(), &a);
    let view = s.view_explanation(None).expect("both scored");
    let texts: Vec<String> = findings(bank(), &s, &a)
        .into_iter()
        .flat_map(|f| [f.title, f.detail])
        .chain([view, md.clone(), csv])
        .collect();
    for t in texts {
        let lower = t.to_lowercase().replace("strongly", "");
        assert!(!lower.contains("strong"), "claims strength: {t}");
    }
    // The Markdown's bands are the shown scores' bands (and one strength row is allowed
    // only where a dimension really is one).
    for line in md
        .lines()
        .filter(|l| l.starts_with("| ") && l.contains(" of "))
    {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let (shown, band) = (cells[3], cells[4]);
        if let Ok(x) = shown.parse::<f64>() {
            assert_eq!(Band::of(x).label(), band, "{line}");
        }
    }
}

// ---- Facts and the statements they gate -------------------------------------------------

#[test]
fn no_written_agreement_is_a_concern_with_advice_for_the_stage() {
    let mut a = answered("no-agreement", |_, _| 4);
    a.profile.stage = Some(Stage::Forming);
    a.set_answer(AGREEMENT_FACT, Some(Answer::No), 2);
    let s = score(bank(), &a);
    let d = s.dimension("written-commitments").expect("present");
    // The fact alone is asked: No counts as 1; the three statements about the agreement's
    // contents are skipped, so this is a low score, not "not enough answers".
    assert_eq!((d.total, d.skipped, d.rated), (1, 3, 1));
    assert_eq!(d.score, Some(1.0));
    assert_eq!(d.band(), Some(Band::Concern));
    let f = findings(bank(), &s, &a);
    let concern = f
        .iter()
        .find(|f| f.subject == Some("written-commitments"))
        .expect("a finding");
    assert_eq!(concern.kind, FindingKind::Concern);
    assert_eq!(concern.severity, Severity::High);
    assert!(
        concern
            .detail
            .contains("You answered No to “The partners have signed a written agreement"),
        "{}",
        concern.detail
    );
    assert_eq!(concern.actions[0], "write-it-down");
    let write = bank().action("write-it-down").expect("action");
    let forming = write.first_step_for(Some(Stage::Forming));
    assert_ne!(
        forming, write.first_step,
        "the stage changes the first step"
    );
    assert!(to_markdown(bank(), &a, "2026-11-27").contains(forming));
    // The person skips nothing they must answer: progress counts the asked statements only.
    assert_eq!(
        a.progress(bank()),
        (bank().statement_count() - 3, bank().statement_count() - 3)
    );
}

#[test]
fn earlier_answers_to_skipped_statements_are_kept_but_not_scored() {
    let mut a = blank("kept");
    a.set_answer(AGREEMENT_FACT, Some(Answer::Yes), 1);
    for id in [
        "written-commitments-2",
        "written-commitments-3",
        "written-commitments-4",
    ] {
        a.set_answer(id, scale(2), 1);
    }
    // Yes (5) and 2, 2, 2: 11 / 4 = 2.75.
    let d = score(bank(), &a)
        .dimension("written-commitments")
        .cloned()
        .expect("scored");
    assert_eq!(d.score, Some(2.75));
    a.set_answer(AGREEMENT_FACT, Some(Answer::NotApplicable), 2);
    let d = score(bank(), &a)
        .dimension("written-commitments")
        .cloned()
        .expect("scored");
    assert_eq!((d.total, d.skipped, d.score), (1, 3, None));
    assert_eq!(a.answer("written-commitments-2"), scale(2), "not deleted");
}

#[test]
fn a_no_to_a_fact_in_a_strong_dimension_is_still_reported() {
    let mut a = answered("budget", |_, _| 5);
    a.set_answer("valued-core-budget", Some(Answer::No), 2);
    let s = score(bank(), &a);
    // 5, 1, 5, 5 → 16 / 4 = 4.0: a strength, yet something is missing.
    assert_eq!(s.dimension("valued-core").and_then(|d| d.score), Some(4.0));
    let f = findings(bank(), &s, &a);
    let missing = f
        .iter()
        .find(|f| f.kind == FindingKind::MissingFact)
        .expect("the No is a finding");
    assert_eq!(missing.subject, Some("valued-core"));
    assert!(
        missing.detail.contains("set aside money"),
        "{}",
        missing.detail
    );
}

#[test]
fn answers_of_the_wrong_kind_count_as_unanswered() {
    let mut a = blank("kinds");
    a.set_answer(AGREEMENT_FACT, scale(5), 1);
    a.set_answer("mandate-1", Some(Answer::Yes), 1);
    let s = score(bank(), &a);
    assert_eq!(s.dimension("written-commitments").map(|d| d.rated), Some(0));
    assert_eq!(s.dimension("mandate").map(|d| d.rated), Some(0));
    let mut doc: serde_json::Value = serde_json::from_str(&to_json(&[a], "test", 0)).expect("json");
    doc["assessments"][0]["responses"]
        .as_object_mut()
        .expect("map")
        .remove("mandate-1");
    let err = from_json(&doc.to_string()).expect_err("a 5 to a yes/no fact is refused");
    assert!(err.to_string().contains(AGREEMENT_FACT), "{err}");
}

// ---- Don't know on a key statement -------------------------------------------------------

#[test]
fn one_dont_know_on_my_mandate_is_an_act_first_finding() {
    let mut a = answered("mandate-dk", |_, _| 4);
    a.set_answer("mandate-1", Some(Answer::DontKnow), 2);
    let s = score(bank(), &a);
    // The other three mandate answers are 4: the dimension itself scores 4.0.
    assert_eq!(s.dimension("mandate").and_then(|d| d.score), Some(4.0));
    let f = findings(bank(), &s, &a);
    let unknown = f
        .iter()
        .find(|f| f.subject == Some("mandate"))
        .expect("a finding about the mandate");
    assert_eq!(unknown.kind, FindingKind::Unknown);
    assert_eq!(unknown.severity, Severity::High);
    assert_eq!(unknown.title, "Find out whether you have a mandate");
    assert!(unknown.detail.contains("I can make offers to partners"));
    assert_eq!(unknown.actions, ["check-mandate"]);
    // A single Don't know elsewhere (not a key statement) stays quiet.
    let mut b = answered("other-dk", |_, _| 4);
    b.set_answer("capacity-1", Some(Answer::DontKnow), 2);
    let sb = score(bank(), &b);
    assert!(findings(bank(), &sb, &b)
        .iter()
        .all(|f| f.kind != FindingKind::Unknown));
}

#[test]
fn advice_fits_the_context() {
    // Core business weak between partners: the partners' plans; within: my own plans.
    let between = bank().dimension("core-business").expect("d").1;
    let within = bank().dimension("valued-core").expect("d").1;
    assert_eq!(between.actions[0], "partners-core-business");
    assert_eq!(within.actions[0], "make-core-business");
    let mine = bank().action("check-mandate").expect("a");
    assert!(
        mine.first_step.contains("your manager"),
        "{}",
        mine.first_step
    );
    let theirs = bank().dimension("shared-decisions").expect("d").1;
    assert!(theirs.actions.contains(&"check-partner-mandates"));
}

// ---- Change over time --------------------------------------------------------------------

fn with_mandate(id: &str, answers: [u8; 4]) -> Assessment {
    let mut a = answered(id, |_, _| 4);
    let (_, d) = bank().dimension("mandate").expect("d");
    for (s, n) in d.statements.iter().zip(answers) {
        a.set_answer(s.id, scale(n), 3);
    }
    a
}

fn mandate_change(then: [u8; 4], now: [u8; 4]) -> (Option<f64>, Trend) {
    let change = over_time(
        bank(),
        &with_mandate("then", then),
        &with_mandate("now", now),
    );
    let d = change
        .dimensions
        .iter()
        .find(|d| d.dimension.id == "mandate")
        .expect("row");
    (d.delta(), d.trend)
}

#[test]
fn a_quarter_point_is_unchanged_and_half_a_point_counts() {
    // One answer up one point of four: 3.5 → 3.75, shown 3.5 → 3.8.
    assert_eq!(
        mandate_change([3, 4, 3, 4], [4, 4, 3, 4]),
        (Some(0.3), Trend::Unchanged)
    );
    // 3.5 → 4.0.
    assert_eq!(
        mandate_change([3, 4, 3, 4], [4, 4, 4, 4]),
        (Some(0.5), Trend::Improved)
    );
    assert_eq!(
        mandate_change([4, 4, 4, 4], [3, 4, 3, 4]),
        (Some(-0.5), Trend::Declined)
    );
    assert_eq!(format_score(CHANGE_THRESHOLD), "0.5");
}

#[test]
fn a_change_is_the_difference_of_the_values_as_shown() {
    // 4.04 shows as 4.0 and 3.25 as 3.3: the change reads −0.7, never −0.8.
    assert_eq!(shown_change(4.04, 3.25), -0.7);
    assert_eq!(format_score(shown_change(4.04, 3.25)), "-0.7");
    assert_eq!(Trend::of(Some(4.04), Some(3.25)), Trend::Declined);
    // 3.26 → 3.74 shows as 3.3 → 3.7: +0.4, unchanged, though the raw gap is 0.48.
    assert_eq!(Trend::of(Some(3.26), Some(3.74)), Trend::Unchanged);
}

proptest! {
    #[test]
    fn every_shown_change_adds_up(b in 1.0f64..5.0, a in 1.0f64..5.0) {
        let (tb, ta) = (format_score(b), format_score(a));
        let d = shown_change(b, a);
        let sum = tb.parse::<f64>().unwrap() + d;
        prop_assert_eq!(format_score(sum), ta);
    }
}

// ---- No text claims a band its score is not in ------------------------------------------

fn any_answer_for(kind: ItemKind) -> BoxedStrategy<Option<Answer>> {
    let main: BoxedStrategy<Option<Answer>> = match kind {
        ItemKind::Scale => (1u8..=5).prop_map(scale).boxed(),
        ItemKind::Fact => prop_oneof![Just(Some(Answer::Yes)), Just(Some(Answer::No))].boxed(),
    };
    prop_oneof![
        4 => main,
        1 => Just(None),
        1 => Just(Some(Answer::DontKnow)),
        1 => Just(Some(Answer::NotApplicable)),
    ]
    .boxed()
}

fn any_assessment() -> impl Strategy<Value = Assessment> {
    let kinds: Vec<ItemKind> = bank().statements().map(|(_, _, s)| s.kind).collect();
    kinds
        .into_iter()
        .map(any_answer_for)
        .collect::<Vec<_>>()
        .prop_map(|answers| {
            let mut a = blank("any");
            for ((_, _, s), ans) in bank().statements().zip(answers) {
                a.set_answer(s.id, ans, 1);
            }
            a
        })
}

/// "a strength" / "strong" may appear only about a score in the strength band.
fn strength_claims_are_backed(text: &str, scores: &Scores) -> bool {
    let any_strength = scores
        .dimensions()
        .filter_map(|d| d.band())
        .chain(scores.contexts.iter().filter_map(|c| c.band()))
        .any(|b| b == Band::Strength);
    // The key to the bands names the strength band whatever the scores; it claims nothing.
    let text = text.replace(&buy_in_check::model::report::reading_key(), "");
    let lower = text.to_lowercase().replace("strongly", "");
    any_strength || !(lower.contains("strong") || lower.contains("strength"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn no_verdict_claims_a_band_its_score_is_not_in(a in any_assessment()) {
        let s = score(bank(), &a);
        if let (Some((b, w)), Some(view), Some(text)) = (s.pair(), s.view(), s.view_explanation(None)) {
            // Each context's band is written beside its shown score.
            let bb = Band::of(b).phrase();
            let wb = Band::of(w).phrase();
            // "(4.2)", or "(4.2, so far)" where the strength stands on part of the context.
            let shown = |x: f64| [format!("({})", format_score(x)), format!("({}, so far)", format_score(x))];
            prop_assert!(shown(b).iter().any(|t| text.contains(t.as_str())) || text.contains(&format!("partners {}", format_score(b))), "{}", text);
            prop_assert!(shown(w).iter().any(|t| text.contains(t.as_str())) || text.contains(&format!("organisation {}", format_score(w))), "{}", text);
            // "so far" where the card beside it says "Strength so far", and only there.
            let mut cards_so_far = 0;
            for (x, id) in [(b, ContextId::Between), (w, ContextId::Within)] {
                let card = buy_in_check::model::report::context_band_beside(s.context(id).expect("scored"));
                if card == "Strength so far" {
                    cards_so_far += 1;
                    prop_assert!(text.contains(&format!("({}, so far)", format_score(x))), "{}", text);
                }
            }
            prop_assert_eq!(text.matches(", so far)").count(), cards_so_far, "{}", text);
            prop_assert!(
                view == View::PartWay || (text.contains(bb) && text.contains(wb)),
                "{view:?}: {text}"
            );
            prop_assert_eq!(view == View::OrganisationsPartnering, Band::of(b) == Band::Strength && Band::of(w) == Band::Strength);
            if !text.contains("a strength") {
                prop_assert!(Band::of(b) != Band::Strength && Band::of(w) != Band::Strength, "{}", text);
            }
            prop_assert!(!text.to_lowercase().contains("strong"));
        }
        for f in findings(bank(), &s, &a) {
            prop_assert!(strength_claims_are_backed(&f.title, &s), "{}", f.title);
            prop_assert!(strength_claims_are_backed(&f.detail, &s), "{}", f.detail);
            if let (FindingKind::Concern | FindingKind::Discuss, Some(d)) =
                (f.kind, f.subject.and_then(|id| s.dimension(id)))
            {
                let band = d.band().expect("scored");
                let expected = if f.kind == FindingKind::Concern { Band::Concern } else { Band::WorthDiscussing };
                prop_assert_eq!(band, expected);
                prop_assert!(f.detail.contains(&format_score(d.score.expect("scored"))));
            }
        }
        prop_assert!(strength_claims_are_backed(&to_markdown(bank(), &a, "2026-11-27"), &s));
    }
}

// ---- Bank version 1 keeps working --------------------------------------------------------

fn check_carried(a: &Assessment) {
    assert_eq!(a.bank_version, BANK_VERSION);
    assert_eq!(a.upgraded_from, Some(1));
    // v1 "We have a signed agreement": 5 → Yes. "A plan for who takes over my role": 2 → No.
    // "A budget line": 3 → says neither, so the fact is asked again.
    assert_eq!(a.answer(AGREEMENT_FACT), Some(Answer::Yes));
    assert_eq!(a.answer("continuity-plan"), Some(Answer::No));
    assert_eq!(a.answer("valued-core-budget"), None);
    // Nothing dropped: the v1 answers stay under their old ids, shown as earlier answers.
    assert!(a.answer("written-commitments-1").is_some());
    let earlier: Vec<&str> = a
        .earlier_answers(bank())
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    // Ten statements version 2 retired or made facts, four version 3 asks afresh and six
    // version 4 does.
    assert_eq!(earlier.len(), 20, "{earlier:?}");
    assert_eq!(
        earlier[0], "shared-value-3",
        "in the order version 1 asked them"
    );
    assert_eq!(
        a.note("mandate-2"),
        "Need sign-off from the director for anything over 5k."
    );
    assert_eq!(a.actions.len(), 2);
    let s = score(bank(), a);
    assert!(s.contexts.iter().all(|c| c.score.is_some()), "results show");
}

#[test]
fn a_stored_v1_record_opens_on_the_current_bank() {
    let Ok(Decoded::Current(a)) = decode(&fixture("record-v1.json")) else {
        panic!("a v1 record is current after migration");
    };
    check_carried(&a);
    // Saved again, it is a current record that reads back the same.
    let Ok(Decoded::Current(again)) = decode(&encode(&a)) else {
        panic!("round trip");
    };
    assert_eq!(again, a);
}

#[test]
fn a_v1_export_imports_on_the_current_bank() {
    let list = from_json(&fixture("export-v1.json")).expect("imports");
    check_carried(&list[0]);
    let md = to_markdown(bank(), &list[0], "2026-11-27");
    assert!(
        md.contains("## From an earlier version of the questions"),
        "{md}"
    );
    assert!(md.contains("Our partners keep to the dates they agreed"));
}

#[test]
fn a_v1_baseline_compares_on_the_statements_both_versions_have() {
    let then = from_json(&fixture("export-v1.json"))
        .expect("imports")
        .remove(0);
    let mut now = then.clone();
    now.upgraded_from = None;
    now.id = "now".into();
    // New statements answered low now: they must not move the comparison.
    for id in ["shared-value-7", "shared-decisions-1", "core-business-6"] {
        now.set_answer(id, scale(1), 9);
    }
    let change = over_time(bank(), &then, &now);
    // Added since version 1: shared-decisions-1 and -2 (version 2), and the seven
    // statements version 3 asks in place of others and the six of version 4
    // (`tests/upgrades.rs` lists them).
    assert_eq!(change.earlier_bank, Some((1, 15)));
    assert!(change
        .dimensions
        .iter()
        .all(|d| d.trend == Trend::Unchanged || d.trend == Trend::NotComparable));
    assert!(change.not_compared > 0, "retired answers are counted");
    let scores = score(bank(), &now);
    let recs = recommended_actions(bank(), &scores, &findings(bank(), &scores, &now));
    assert!(!recs.is_empty());
}

// ---- What the fresh-eyes trials found -----------------------------------------------------

#[test]
fn a_v1_disagreement_with_the_agreement_never_hides_answers_about_its_contents() {
    let mut a = blank("gate");
    a.bank_version = 1;
    a.set_answer("written-commitments-1", scale(2), 1);
    for id in [
        "written-commitments-2",
        "written-commitments-3",
        "written-commitments-4",
    ] {
        a.set_answer(id, scale(5), 1);
    }
    buy_in_check::model::bank_upgrade::upgrade(&mut a, BANK_VERSION);
    // Not carried as "No" (which would skip three real answers): asked again instead.
    assert_eq!(a.answer(AGREEMENT_FACT), None);
    let d = score(bank(), &a)
        .dimension("written-commitments")
        .cloned()
        .expect("d");
    assert_eq!((d.skipped, d.rated, d.score), (0, 3, Some(5.0)));
    // Without answers about the contents, a clear "No" is carried.
    let mut b = blank("gate-b");
    b.bank_version = 1;
    b.set_answer("written-commitments-1", scale(1), 1);
    buy_in_check::model::bank_upgrade::upgrade(&mut b, BANK_VERSION);
    assert_eq!(b.answer(AGREEMENT_FACT), Some(Answer::No));
}

#[test]
fn carrying_a_fact_keeps_a_note_already_on_it() {
    let mut a = blank("note");
    a.bank_version = 1;
    a.set_answer("continuity-2", scale(5), 1);
    a.set_note("continuity-plan", "Deputy named in March", 2);
    buy_in_check::model::bank_upgrade::upgrade(&mut a, BANK_VERSION);
    assert_eq!(a.answer("continuity-plan"), Some(Answer::Yes));
    assert_eq!(a.note("continuity-plan"), "Deputy named in March");
}

#[test]
fn a_duplicate_of_a_carried_assessment_is_a_fresh_current_assessment() {
    let list = from_json(&fixture("export-v1.json")).expect("imports");
    let copy = list[0].duplicate("copy", "Again", "2026-11-27", 5);
    assert_eq!(copy.upgraded_from, None);
    assert!(copy.earlier_answers(bank()).is_empty());
    assert_eq!(
        copy.answer(AGREEMENT_FACT),
        Some(Answer::Yes),
        "current answers kept"
    );
    let change = over_time(bank(), &copy, &copy);
    assert_eq!(change.earlier_bank, None, "compares on every statement");
}

#[test]
fn a_copy_asks_again_what_happened_in_the_past_year() {
    // "I have presented this work … in the past year" and a senior leader having spoken up
    // "in the past year" were copied as they stood into next year's assessment.
    let mut a = answered("last-year", |_, _| 4);
    a.set_note("visibility-staff-meeting", "Board away-day, March.", 2);
    let dated: Vec<&str> = bank()
        .statements()
        .filter(|(_, _, s)| s.past_year)
        .map(|(_, _, s)| s.id)
        .collect();
    assert_eq!(
        dated,
        ["support-beyond-me-senior", "visibility-staff-meeting"]
    );
    // Every statement marked so says so, and every one that says so is marked.
    for (_, _, s) in bank().statements() {
        assert_eq!(s.past_year, s.text.contains("past year"), "{}", s.id);
    }
    assert_eq!(a.past_year_answered(), dated);
    let copy = a.duplicate("next-year", "Next year", "2027-11-27", 9);
    for id in &dated {
        assert_eq!(copy.answer(id), None, "{id} is asked again");
        assert_eq!(a.answer(id), Some(Answer::Yes), "the original keeps {id}");
    }
    assert_eq!(
        copy.note("visibility-staff-meeting"),
        "Board away-day, March."
    );
    assert_eq!(copy.answer("mandate-1"), scale(4), "other answers kept");
    assert!(copy.past_year_answered().is_empty());
    let (done, asked) = copy.progress(bank());
    assert_eq!(done + dated.len(), asked);
}

#[test]
fn imports_refuse_answers_that_no_version_asked_and_versions_that_never_existed() {
    let base: serde_json::Value =
        serde_json::from_str(&to_json(&[blank("imp")], "test", 0)).expect("json");
    let with = |f: &dyn Fn(&mut serde_json::Value)| {
        let mut doc = base.clone();
        f(&mut doc);
        from_json(&doc.to_string())
    };
    let err = with(&|d| {
        d["assessments"][0]["responses"]["totally-bogus"] =
            serde_json::json!({"answer": "yes", "changed_at": 1})
    })
    .expect_err("unknown id");
    assert!(
        err.to_string()
            .contains("not a statement of these questions"),
        "{err}"
    );
    let err = with(&|d| d["assessments"][0]["bank_version"] = (BANK_VERSION + 1).into())
        .expect_err("newer bank");
    assert!(
        err.to_string().contains(&format!(
            "newer version of the questions (version {}",
            BANK_VERSION + 1
        )),
        "{err}"
    );
    assert!(with(&|d| d["assessments"][0]["bank_version"] = 0.into()).is_err());
    assert!(with(&|d| d["version"] = 0.into()).is_err());
    // A version-1 file may answer version-1 statements, but only in version-1 codes.
    let v1 = |answer: &str| {
        with(&|d| {
            d["assessments"][0]["bank_version"] = 1.into();
            d["assessments"][0]["responses"]["visibility-2"] =
                serde_json::json!({"answer": answer, "changed_at": 1});
        })
    };
    assert!(v1("4").is_ok());
    let err = v1("no").expect_err("v1 never wrote yes/no");
    assert!(
        err.to_string()
            .contains("that earlier statement was answered on the 1–5 scale"),
        "{err}"
    );
}

#[test]
fn key_actions_follow_the_weakest_dimensions_and_respect_what_is_in_place() {
    use buy_in_check::model::advice::{first_step, key_actions};
    // Strong between partners except no written agreement; strong inside.
    let mut a = answered("focus", |_, _| 5);
    a.set_answer(AGREEMENT_FACT, Some(Answer::No), 2);
    let s = score(bank(), &a);
    // Between: six at 5.0 and the agreement's 1.0 → 31/7 = 4.4, a strength: organisations
    // partnering, whose key actions are kept for the good times.
    assert_eq!(s.view(), Some(View::OrganisationsPartnering));
    // Within weak, between strong: the within dimensions' actions lead, weakest first.
    let b = answered(
        "within-weak",
        |c, _| if c == ContextId::Between { 5 } else { 3 },
    );
    let mut b = b;
    let (_, mandate) = bank().dimension("mandate").expect("d");
    for st in mandate.statements {
        b.set_answer(st.id, scale(1), 2);
    }
    let sb = score(bank(), &b);
    assert_eq!(sb.view(), Some(View::IndividualsPartnering));
    let keys: Vec<&str> = key_actions(bank(), &sb, &findings(bank(), &sb, &b))
        .iter()
        .map(|a| a.id)
        .collect();
    assert_eq!(keys[0], "check-mandate", "{keys:?}");
    assert!((2..=3).contains(&keys.len()));
    // "Put the commitments in writing" never asks for a signature already given.
    let write = bank().action("write-it-down").expect("a");
    let mut signed = blank("signed");
    signed.profile.stage = Some(Stage::Delivering);
    assert!(first_step(write, &signed).contains("sign"));
    signed.set_answer(AGREEMENT_FACT, Some(Answer::Yes), 1);
    assert!(first_step(write, &signed).starts_with("Check the signed agreement against"));
    // Nor assumes there is none when the person does not know: it starts by finding out.
    signed.set_answer(AGREEMENT_FACT, Some(Answer::DontKnow), 2);
    let step = first_step(write, &signed);
    assert!(
        step.starts_with("Ask the partners whether a signed agreement already exists"),
        "{step}"
    );
    // At every stage but the last: each stage's own step assumes there is none. Winding
    // down, what happens to records, funds and tasks is the step, whatever is signed.
    for stage in Stage::ALL {
        signed.profile.stage = Some(stage);
        if stage == Stage::WindingDown {
            assert_eq!(
                first_step(write, &signed),
                "Write down who keeps which records, funds and tasks once the shared work ends."
            );
        } else {
            assert_eq!(first_step(write, &signed), step, "{stage:?}");
        }
    }
    // Not applicable leaves it open too ("If it simply does not exist, answer No").
    signed.profile.stage = Some(Stage::Delivering);
    signed.set_answer(AGREEMENT_FACT, Some(Answer::NotApplicable), 3);
    assert_eq!(first_step(write, &signed), step);
    // A No is the usual step.
    signed.set_answer(AGREEMENT_FACT, Some(Answer::No), 4);
    assert_eq!(first_step(write, &signed), write.first_step);
    // Having presented the work this year: an update, not a first presentation.
    let present = bank().action("present-internally").expect("an action");
    assert!(first_step(present, &signed).starts_with("Ask your manager"));
    signed.set_answer("visibility-staff-meeting", Some(Answer::Yes), 5);
    assert!(
        first_step(present, &signed).starts_with("Give a short update at your next staff meeting")
    );
    // Every action with a fact-dependent step names a fact of the bank.
    for a in bank().actions {
        if let Some(f) = &a.when_in_place {
            assert!(
                bank()
                    .statements()
                    .any(|(_, _, s)| s.id == f.fact && s.kind == ItemKind::Fact),
                "{}",
                a.id
            );
        }
    }
}

#[test]
fn an_action_is_named_for_what_is_in_place() {
    use buy_in_check::model::advice::{action_words, first_step};
    use buy_in_check::model::edit::Edit;
    use buy_in_check::model::exchange::plan_csv;
    use buy_in_check::model::report::Report;
    // Agreement signed, but partners do not deliver: Accountability 1.0 offers "Put the
    // commitments in writing" (its second remedy) above a step that checks the signed one.
    let mut a = answered("signed-weak", |_, _| 4);
    a.profile.stage = Some(Stage::Delivering);
    answer_dimension(&mut a, "accountability", scale(1), 2);
    let write = bank().action("write-it-down").expect("an action");
    assert_eq!(
        action_words(write, &a),
        (
            "Review the signed agreement",
            "A signed agreement helps only while it says what each partner gives and who does \
             what. Where it does not, partners count on promises no one wrote down."
        )
    );
    let r = Report::new(bank(), &a);
    let everywhere: Vec<&str> = r
        .key_actions
        .iter()
        .map(|k| k.title)
        .chain(r.further_actions.iter().map(|l| l.title))
        .chain(r.findings.iter().flat_map(|f| f.helps.iter().copied()))
        .collect();
    assert!(
        everywhere.contains(&"Review the signed agreement"),
        "{everywhere:?}"
    );
    assert!(
        !everywhere.contains(&"Put the commitments in writing"),
        "{everywhere:?}"
    );
    assert!(!to_markdown(bank(), &a, "2026-11-29").contains("Put the commitments in writing"));
    // Added to the plan, the item carries the same name, and so does its CSV row.
    let s = score(bank(), &a);
    let ids: Vec<&'static str> = recommended_actions(bank(), &s, &findings(bank(), &s, &a))
        .iter()
        .map(|x| x.id)
        .collect();
    assert!(ids.contains(&"write-it-down"), "{ids:?}");
    a.apply(Edit::AddRecommended(ids), 3);
    let item = a
        .actions
        .iter()
        .find(|i| i.source.as_deref() == Some("write-it-down"))
        .expect("in the plan");
    assert_eq!(
        item.text,
        format!("Review the signed agreement — {}", first_step(write, &a))
    );
    assert!(plan_csv(bank(), &a).contains(",Review the signed agreement"));
    // A No, or not known: the usual name.
    a.set_answer(AGREEMENT_FACT, Some(Answer::No), 4);
    assert_eq!(action_words(write, &a).0, "Put the commitments in writing");
    // Not known: the step finds out first, and so does the name.
    a.set_answer(AGREEMENT_FACT, Some(Answer::DontKnow), 5);
    assert_eq!(
        action_words(write, &a).0,
        "Find out whether there is a signed agreement"
    );
    assert!(first_step(write, &a).starts_with("Ask the partners whether a signed agreement"));
    // Winding down, the stage's step and its name for the close, whatever is signed.
    a.set_answer(AGREEMENT_FACT, Some(Answer::Yes), 6);
    a.profile.stage = Some(Stage::WindingDown);
    assert_eq!(
        action_words(write, &a).0,
        "Agree who keeps what after the end"
    );
    // No money needed: not "Set money aside".
    let fund = bank().action("fund-your-part").expect("an action");
    a.profile.stage = Some(Stage::Delivering);
    a.set_answer("valued-core-budget", Some(Answer::NotApplicable), 7);
    assert_eq!(
        action_words(fund, &a).0,
        "Agree the staff time your part needs"
    );
    assert!(first_step(fund, &a).contains("staff time"));
    // Every other wording for what is in place is written out and differs from the usual.
    for x in bank().actions {
        if let Some(f) = &x.when_in_place {
            for w in f
                .in_place_words
                .iter()
                .chain(f.not_applicable_words.iter())
                .chain(f.unknown_words.iter())
            {
                assert!(!w.title.is_empty() && !w.why.is_empty(), "{}", x.id);
                assert_ne!(w.title, x.title, "{}", x.id);
            }
            // A find-out step has a find-out name.
            assert_eq!(f.unknown.is_some(), f.unknown_words.is_some(), "{}", x.id);
            if let Some(w) = &f.unknown_words {
                assert!(w.title.starts_with("Find out"), "{}", w.title);
            }
        }
    }
}

#[test]
fn plan_items_without_unique_ids_get_them_on_import_and_on_load() {
    use buy_in_check::model::assessment::ActionItem;
    let mut a = blank("items");
    for id in ["", "x", "x", "item-1"] {
        a.actions.push(ActionItem {
            id: id.into(),
            text: format!("row {id}"),
            ..ActionItem::default()
        });
    }
    let list = from_json(&to_json(&[a.clone()], "test", 0)).expect("imports");
    let ids: Vec<&str> = list[0].actions.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        ["item-2", "x", "item-3", "item-1"],
        "unique, first of a pair kept"
    );
    let Ok(Decoded::Current(loaded)) = decode(&encode(&a)) else {
        panic!("reads");
    };
    let mut seen: Vec<&str> = loaded.actions.iter().map(|i| i.id.as_str()).collect();
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen.len(), 4);
    assert!(seen.iter().all(|id| !id.is_empty()));
}

#[test]
fn every_collection_and_field_of_an_import_has_a_stated_limit() {
    use buy_in_check::model::assessment::ActionItem;
    use buy_in_check::model::exchange::{MAX_PARTNERS, MAX_PLAN_ITEMS};
    let refused = |a: Assessment| {
        from_json(&to_json(&[a], "t", 0))
            .expect_err("refused")
            .to_string()
    };
    let mut many = blank("plan");
    many.actions = (0..=MAX_PLAN_ITEMS)
        .map(|i| ActionItem {
            id: format!("i{i}"),
            ..ActionItem::default()
        })
        .collect();
    assert!(refused(many).contains(&format!("at most {MAX_PLAN_ITEMS}")));
    let mut partners = blank("partners");
    partners.profile.partners = vec!["P".into(); MAX_PARTNERS + 1];
    assert!(refused(partners).contains(&format!("at most {MAX_PARTNERS}")));
    let mut sign = blank("sign");
    sign.warning_signs.insert("x".repeat(1_000_000));
    assert!(refused(sign).contains("is not one of the warning signs"));
    let mut source = blank("source");
    source.actions.push(ActionItem {
        id: "s".into(),
        source: Some("y".repeat(1_000_000)),
        ..ActionItem::default()
    });
    assert!(refused(source).contains("more than 100 characters"));
}

#[test]
fn times_in_the_future_are_brought_back_to_now() {
    let mut a = blank("future");
    a.set_answer("mandate-1", scale(3), u64::MAX);
    a.set_note("mandate-1", "n", 2_000_000_000_000_000);
    a.exported_at = Some(u64::MAX);
    assert!(a.clamp_future_times(1_000));
    assert_eq!(a.responses["mandate-1"].changed_at, 1_000);
    assert_eq!(a.responses["mandate-1"].note_changed_at, 1_000);
    assert_eq!((a.updated_at, a.exported_at), (1_000, Some(1_000)));
    assert!(!a.clamp_future_times(1_000), "nothing left to move");
}

#[test]
fn buy_in_still_to_build_says_which_context_is_the_concern() {
    use buy_in_check::model::scoring::View;
    let said = |b: f64, w: f64| {
        assert_eq!(View::of(b, w), View::BuyInToBuild, "{b} / {w}");
        View::BuyInToBuild.explanation(b, w)
    };
    assert_eq!(
        said(1.8, 1.2),
        "Buy-in is a concern both between the partners (1.8) and inside your organisation (1.2): start with the weakest dimensions below."
    );
    assert!(said(2.0, 3.0).contains("and buy-in between the partners is the concern:"));
    assert!(said(3.0, 2.0).contains("and buy-in inside your organisation is the concern:"));
    for (b, w) in [(1.8, 1.2), (2.0, 3.0), (3.0, 2.0)] {
        assert!(
            !said(b, w).contains("at least one"),
            "no hedge beside the numbers"
        );
    }
}

#[test]
fn a_dimension_scored_low_with_many_dont_knows_is_one_finding_that_says_both() {
    let mut a = answered("dk", |_, _| 4);
    // Two Don't knows, a Strongly disagree and a No: scored 1.0 on half of the statements.
    let statements = statements_of("continuity");
    let mut dont_know = 0;
    for s in statements {
        let answer = match s.kind {
            ItemKind::Fact => Some(Answer::No),
            ItemKind::Scale if dont_know < 2 => {
                dont_know += 1;
                Some(Answer::DontKnow)
            }
            ItemKind::Scale => scale(1),
        };
        a.set_answer(s.id, answer, 2);
    }
    assert_eq!(dont_know, 2);
    let found = findings(bank(), &score(bank(), &a), &a);
    let about: Vec<_> = found
        .iter()
        .filter(|f| f.subject == Some("continuity"))
        .collect();
    assert_eq!(about.len(), 1, "{about:#?}");
    assert_eq!(about[0].kind, FindingKind::Concern);
    assert!(
        about[0].detail.contains(&format!(
            "(2 of its {} statements rated)",
            statements_of("continuity").len()
        )) && about[0].detail.contains(
            "You answered “Don't know” to 2 of its statements, which the score leaves out"
        ),
        "{}",
        about[0].detail
    );
}

#[test]
fn dont_knows_never_speak_of_a_score_a_dimension_does_not_have() {
    // A No, two Don't knows and one unanswered: too few answers for a score.
    let mut a = answered("dk-none", |_, _| 4);
    let mut dont_know = 0;
    for s in statements_of("continuity") {
        let answer = match s.kind {
            ItemKind::Fact => Some(Answer::No),
            ItemKind::Scale if dont_know < 2 => {
                dont_know += 1;
                Some(Answer::DontKnow)
            }
            ItemKind::Scale => None,
        };
        a.set_answer(s.id, answer, 2);
    }
    let scores = score(bank(), &a);
    assert_eq!(scores.dimension("continuity").and_then(|d| d.score), None);
    let found = findings(bank(), &scores, &a);
    let about: Vec<_> = found
        .iter()
        .filter(|f| f.subject == Some("continuity"))
        .collect();
    assert!(!about.is_empty());
    assert!(
        about
            .iter()
            .all(|f| !f.detail.contains("the score rests on")),
        "{about:#?}"
    );
}

#[test]
fn a_warning_sign_beside_strong_scores_leads_what_matters_most_and_the_plan() {
    use buy_in_check::model::advice::{key_actions, PRE_TICKED};
    // Strong everywhere, but a partner holds back at decisions: the verdict's "what matters
    // most" names the sign's remedies, not the keep-it-up actions ("Plan who takes over"
    // beside a Continuity of 5.0 read as a priority), and the plan ticks them.
    let mut a = answered("strong-but", |_, _| 5);
    a.set_warning_sign("fence-sitting", true, 2);
    let s = score(bank(), &a);
    assert_eq!(s.view(), Some(View::OrganisationsPartnering));
    let f = findings(bank(), &s, &a);
    assert_eq!(f[0].kind, FindingKind::WarningSign);
    let keys: Vec<&str> = key_actions(bank(), &s, &f).iter().map(|x| x.id).collect();
    assert_eq!(keys, ["map-value", "check-partner-mandates"]);
    let recs: Vec<&str> = recommended_actions(bank(), &s, &f)
        .iter()
        .map(|x| x.id)
        .collect();
    assert_eq!(recs[..keys.len()], keys[..]);
    assert!(keys.len() <= PRE_TICKED);
    assert!(
        recs.contains(&"check-partner-mandates"),
        "the sign's other remedy is offered"
    );
}

#[test]
fn strong_scores_beside_a_warning_sign_never_read_as_all_clear() {
    use buy_in_check::model::advice::verdict_explanation;
    use buy_in_check::model::report::Report;
    let mut a = answered("strong-sign", |_, _| 5);
    let s = score(bank(), &a);
    let clear = verdict_explanation(&s, &a).expect("a verdict");
    assert!(!clear.contains("warning sign"), "{clear}");
    a.set_warning_sign("hangs-on-one-person", true, 2);
    let text = verdict_explanation(&s, &a).expect("a verdict");
    // "Keep it that way" goes: it would stand beside "act on it first".
    assert!(
        clear.ends_with(" Keep it that way as people and plans change."),
        "{clear}"
    );
    assert!(
        text.starts_with(clear.trim_end_matches(" Keep it that way as people and plans change.")),
        "{text}"
    );
    assert!(!text.contains("Keep it that way"), "{text}");
    assert!(
        text.ends_with("But you have seen a warning sign (listed under the findings): scores can run ahead of what happens at the table, so act on it first."),
        "{text}"
    );
    a.set_warning_sign("fence-sitting", true, 3);
    let r = Report::new(bank(), &a);
    let verdict = r.verdict.expect("a verdict");
    assert!(
        verdict
            .explanation
            .contains("you have seen two warning signs"),
        "{}",
        verdict.explanation
    );
    assert!(verdict.explanation.ends_with("act on them first."));
    assert!(to_markdown(bank(), &a, "2026-11-28").contains("you have seen two warning signs"));
}

/// A chart's mark lies wholly inside the band its score is shown in: a 3.96 (shown "4.0",
/// a strength) is never drawn below the strength line, nor a 4.0 astride it.
#[test]
fn a_chart_mark_lies_inside_the_band_its_score_reads() {
    use buy_in_check::model::scoring::{mark_position, round1, Band};
    let half = 0.16;
    let at = |score: f64| (mark_position(score, half) * 100.0).round() / 100.0;
    let mut previous = f64::MIN;
    for tenth in 0..=4000 {
        let score = 1.0 + f64::from(tenth) / 1000.0;
        // Never out of order: a change drawn as an arrow points the way the scores moved.
        assert!(mark_position(score, half) >= previous, "{score}");
        previous = mark_position(score, half);
        let band = Band::of(score);
        let (lo, hi) = band.span();
        let at = mark_position(score, half);
        assert!(
            at - half >= lo - 1e-9 && at + half <= hi + 1e-9,
            "{score} ({band:?}) drawn at {at}: outside {lo}..{hi}"
        );
        // Never further from the score as shown than the mark's half-width.
        assert!(
            (at - round1(score)).abs() <= half + 1e-9,
            "{score} drawn at {at}"
        );
    }
    assert_eq!(at(4.0), 4.16);
    assert_eq!(at(3.96), 4.16);
    assert_eq!(at(3.94), 3.84);
    assert_eq!(at(3.5), 3.5);
    assert_eq!(at(2.99), 3.16);
    assert_eq!(at(1.0), 1.16);
    assert_eq!(at(5.0), 4.84);
}

/// The step list's marks: answered of asked per step, complete only when all asked are
/// answered, skipped statements not counted, and the warning signs counted as ticked.
#[test]
fn step_marks_count_what_is_asked_and_ticked() {
    use buy_in_check::model::flow::{step_marks, steps, StepKind, StepMark};
    let all = steps();
    assert!(step_marks(None).iter().all(|m| *m == StepMark::default()));
    assert_eq!(step_marks(None).len(), all.len());

    let mut a = blank("marks");
    let marks = step_marks(Some(&a));
    for (kind, mark) in all.iter().zip(&marks) {
        match kind {
            StepKind::Dimension(_, d) => {
                assert_eq!(mark.count, format!("0/{}", d.statements.len()));
                assert!(!mark.complete);
            }
            StepKind::WarningSigns => assert_eq!(*mark, StepMark::default()),
        }
    }
    // The written-commitments step: a No to the agreement skips the statements about it.
    let (at, d) = all
        .iter()
        .enumerate()
        .find_map(|(i, k)| match k {
            StepKind::Dimension(_, d) if d.statements.iter().any(|s| s.id == AGREEMENT_FACT) => {
                Some((i, *d))
            }
            _ => None,
        })
        .expect("the agreement's step");
    a.set_answer(AGREEMENT_FACT, Some(Answer::No), 1);
    let skipped = d
        .statements
        .iter()
        .filter(|s| s.requires == Some(AGREEMENT_FACT))
        .count();
    assert!(skipped > 0);
    let asked = d.statements.len() - skipped;
    assert_eq!(
        step_marks(Some(&a))[at],
        StepMark {
            complete: asked == 1,
            count: format!("1/{asked}"),
        }
    );
    for s in d
        .statements
        .iter()
        .filter(|s| s.requires.is_none() && s.id != AGREEMENT_FACT)
    {
        a.set_answer(s.id, scale(3), 2);
    }
    assert_eq!(
        step_marks(Some(&a))[at],
        StepMark {
            complete: true,
            count: format!("{asked}/{asked}"),
        }
    );
    // Warning signs: nothing to complete; the count says how many are ticked.
    for w in bank().warning_signs.iter().take(2) {
        a.apply(
            buy_in_check::model::edit::Edit::WarningSign {
                sign: w.id.to_owned(),
                seen: true,
            },
            3,
        );
    }
    let last = step_marks(Some(&a)).pop().expect("the warning-signs step");
    assert_eq!(
        last,
        StepMark {
            complete: false,
            count: "2 ticked".into(),
        }
    );
}

/// A context called a strength can still hold a dimension in the concern band (a strong
/// average hides it): the verdict names that dimension, so it never reads as all clear
/// above an "Act first" finding about it.
#[test]
fn a_strong_context_never_hides_a_dimension_of_concern() {
    use buy_in_check::model::advice::verdict_explanation;
    use buy_in_check::model::report::Report;
    // Everything 5, but no signed agreement: "Written commitments" falls into the concern
    // band while the between-partners context stays a strength.
    let mut a = answered("hidden-concern", |_, _| 5);
    let all_clear = verdict_explanation(&score(bank(), &a), &a).expect("a verdict");
    assert!(!all_clear.contains("concern"), "{all_clear}");
    a.set_answer(AGREEMENT_FACT, Some(Answer::No), 2);
    let s = score(bank(), &a);
    assert_eq!(s.view(), Some(View::OrganisationsPartnering));
    let written = s
        .dimensions()
        .find(|d| d.dimension.id == "written-commitments")
        .and_then(|d| d.score)
        .expect("scored");
    assert_eq!(Band::of(written), Band::Concern);
    let text = verdict_explanation(&s, &a).expect("a verdict");
    let expected = format!(
        "But “Written commitments” is a concern ({}): a strong average can hide a weak part, so start there.",
        format_score(written)
    );
    assert!(text.ends_with(&expected), "{text}");
    // The report and the Markdown export say the same.
    let r = Report::new(bank(), &a);
    assert!(r
        .verdict
        .expect("a verdict")
        .explanation
        .ends_with(&expected));
    assert!(to_markdown(bank(), &a, "2026-11-28").contains(&expected));
}

#[test]
fn a_dimension_without_a_score_says_why_in_the_words_of_its_coverage() {
    // Two of the three statements of "A say for every partner" do not apply: one rated is
    // too few for a score, though everything asked was answered.
    let mut a = answered("mostly-na", |_, _| 4);
    for s in &statements_of("shared-decisions")[1..] {
        a.set_answer(s.id, Some(Answer::NotApplicable), 2);
    }
    let s = score(bank(), &a);
    let f = findings(bank(), &s, &a);
    let finding = f
        .iter()
        .find(|f| f.subject == Some("shared-decisions"))
        .expect("a finding");
    assert_eq!(finding.kind, FindingKind::NotEnoughAnswers);
    // Everything asked was answered: no score, not "not enough answers".
    assert_eq!(finding.title, "“A say for every partner”: no score");
    assert_eq!(
        finding.detail,
        "“A say for every partner” has too few answers for a score (1 of 3 rated · 2 not applicable). \
         A score needs at least 50% of the statements asked rated on the scale or answered Yes or No."
    );
}

/// A Not applicable kept from before a key statement stopped offering it is not known,
/// and says so as a Don't know does. It hid "Find out whether you have a mandate"
/// entirely: "My mandate" scored on its other statements without a word.
#[test]
fn a_kept_not_applicable_on_a_key_statement_is_something_to_find_out() {
    let mut a = answered("kept-na", |_, _| 4);
    a.set_answer("mandate-1", Some(Answer::NotApplicable), 2);
    a.set_answer(AGREEMENT_FACT, Some(Answer::NotApplicable), 2);
    let s = score(bank(), &a);
    let f = findings(bank(), &s, &a);
    let card = |id: &str| {
        f.iter()
            .find(|f| f.subject == Some(id))
            .unwrap_or_else(|| panic!("a card for {id}"))
    };
    let mandate = card("mandate");
    assert_eq!(mandate.kind, FindingKind::Unknown);
    assert_eq!(mandate.severity, Severity::High);
    assert_eq!(mandate.title, "Find out whether you have a mandate");
    assert_eq!(
        mandate.detail,
        "You answered “Not applicable” to “I can make offers to partners on behalf of my \
         organisation”, an answer no longer offered there, since it applies to everyone. This is \
         worth knowing before you promise anything to partners: find out before the next meeting."
    );
    let written = card("written-commitments");
    assert_eq!(written.title, "Find out whether a signed agreement exists");
    assert_eq!(
        written.detail,
        "You answered “Not applicable” to “The partners have signed a written agreement, such \
         as a memorandum of understanding”, an answer no longer offered there, since it applies \
         to everyone. If there is none, answer No. This is worth knowing before you count on \
         what partners have promised: find out before the next meeting. The 3 statements about \
         it were skipped until you know."
    );
    // Where Not applicable is offered, it is an answer like any other: no such card.
    let mut offered = answered("na-offered", |_, _| 4);
    offered.set_answer("valued-core-budget", Some(Answer::NotApplicable), 2);
    let s = score(bank(), &offered);
    assert!(findings(bank(), &s, &offered)
        .iter()
        .all(|f| f.kind != FindingKind::Unknown));
}

#[test]
fn a_finding_quotes_the_dimension_it_names_so_every_title_reads_as_a_sentence() {
    let a = answered("low", |_, _| 1);
    let s = score(bank(), &a);
    let titles: Vec<String> = findings(bank(), &s, &a)
        .into_iter()
        .filter(|f| f.kind == FindingKind::Concern)
        .map(|f| f.title)
        .collect();
    assert!(titles.contains(&"“Visible inside my organisation” is a concern".to_owned()));
    for t in &titles {
        assert!(t.starts_with('“') && t.ends_with("” is a concern"), "{t}");
    }
}

#[test]
fn what_matters_most_never_names_an_action_for_dimensions_already_strong() {
    use buy_in_check::model::advice::key_actions;
    // Strong at home; between the partners only accountability is weak, the rest just
    // strong (4.0): ready at home, not yet across partners.
    let mut a = blank("one-gap");
    for (c, d, s) in bank().statements() {
        let n = match (c.id, d.id) {
            (ContextId::Within, _) => 5,
            (_, "accountability") => 1,
            _ => 4,
        };
        let answer = match s.kind {
            ItemKind::Scale => scale(n),
            ItemKind::Fact => Some(Answer::Yes),
        };
        a.set_answer(s.id, answer, 1);
    }
    let s = score(bank(), &a);
    assert_eq!(s.view(), Some(View::ReadyButPartnersNot));
    let keys: Vec<&str> = key_actions(bank(), &s, &findings(bank(), &s, &a))
        .iter()
        .map(|x| x.id)
        .collect();
    // Not "Map what each partner gains" beside a shared value of 4.0, nor "Give every
    // partner a say" beside 4.0 for a say: the one gap leads, alone.
    assert_eq!(keys, ["review-commitments"]);
}

#[test]
fn without_a_two_context_view_the_page_says_which_context_needs_answers() {
    // Within: Don't know throughout, so it has no score and there is no verdict.
    let mut a = answered("no-view", |_, _| 4);
    for (c, _, s) in bank().statements() {
        if c.id == ContextId::Within {
            a.set_answer(s.id, Some(Answer::DontKnow), 2);
        }
    }
    let s = score(bank(), &a);
    assert_eq!(s.view(), None);
    let reason = s.no_view_reason().expect("a reason");
    // Every statement was answered: "answer more" would be the wrong advice. The context
    // that scores is still said.
    assert_eq!(
        reason,
        "Inside your organisation there are too few answers for a score yet: too many of the \
         answers there are Don't know or Not applicable, which are not scored, so the two \
         contexts cannot be read together. Find out what you can about the statements listed \
         under “To find out before you meet”. Between the partners, buy-in is a strength (4.1)."
    );
    let md = to_markdown(bank(), &a, "2026-11-28");
    assert!(md.contains(&reason), "{md}");
    // Left unanswered instead: answer more.
    let mut open = answered("unanswered", |_, _| 4);
    for (c, _, s) in bank().statements() {
        if c.id == ContextId::Within {
            open.set_answer(s.id, None, 2);
        }
    }
    let reason = score(bank(), &open).no_view_reason().expect("a reason");
    assert!(reason.ends_with("Answer more of the statements there (Don't know and Not applicable do not count) to see where the partnership stands. Between the partners, buy-in is a strength (4.1)."), "{reason}");
    // With both contexts scored there is a verdict and no such sentence.
    let full = answered("view", |_, _| 4);
    assert_eq!(score(bank(), &full).no_view_reason(), None);
}

#[test]
fn not_knowing_whether_an_agreement_exists_leaves_what_it_says_unasked() {
    // The agreement: Don't know. Its contents had been rated 3 (asked before that answer):
    // no one can rate what an agreement says without knowing there is one, so they are
    // skipped, kept, and count in no score.
    let mut a = answered("dk-agreement", |_, _| 4);
    a.set_answer("written-commitments-2", scale(3), 1);
    a.set_answer("written-commitments-3", scale(3), 1);
    a.set_answer(AGREEMENT_FACT, Some(Answer::DontKnow), 2);
    let (_, dim) = bank()
        .dimension("written-commitments")
        .expect("a dimension");
    let waiting: Vec<_> = dim
        .statements
        .iter()
        .filter(|s| s.requires == Some(AGREEMENT_FACT))
        .collect();
    assert_eq!(waiting.len(), 3);
    assert!(waiting.iter().all(|s| !a.is_asked(s)));
    assert_eq!(
        a.answer("written-commitments-2"),
        scale(3),
        "kept for when it is known"
    );
    let s = score(bank(), &a);
    let d = s.dimension("written-commitments").expect("scored");
    assert_eq!((d.total, d.skipped, d.score), (1, 3, None));
    let f = findings(bank(), &s, &a);
    let about: Vec<_> = f
        .iter()
        .filter(|f| f.subject == Some("written-commitments"))
        .collect();
    assert!(about
        .iter()
        .all(|f| f.kind != FindingKind::Discuss && f.kind != FindingKind::Concern));
    let key = about
        .iter()
        .find(|f| f.kind == FindingKind::Unknown)
        .expect("the key statement's finding");
    assert_eq!(key.title, "Find out whether a signed agreement exists");
    assert!(
        key.detail
            .ends_with("The 3 statements about it were skipped until you know."),
        "{}",
        key.detail
    );
    // A Yes brings them back, with the answers given before.
    a.set_answer(AGREEMENT_FACT, Some(Answer::Yes), 3);
    assert!(waiting.iter().all(|s| a.is_asked(s)));
    assert!(score(bank(), &a)
        .dimension("written-commitments")
        .and_then(|d| d.score)
        .is_some());
}

#[test]
fn strong_scores_beside_an_unknown_key_fact_never_read_as_all_clear() {
    use buy_in_check::model::advice::verdict_explanation;
    let mut a = answered("strong-unknown", |_, _| 5);
    a.set_answer("mandate-4", Some(Answer::DontKnow), 2);
    let s = score(bank(), &a);
    assert_eq!(s.view(), Some(View::OrganisationsPartnering));
    let text = verdict_explanation(&s, &a).expect("a verdict");
    assert!(
        text.ends_with("First, find out who has the final say (listed under the findings): the scores leave out what is not known."),
        "{text}"
    );
    // Known: no such sentence.
    let known = answered("strong-known", |_, _| 5);
    let s = score(bank(), &known);
    assert!(!verdict_explanation(&s, &known)
        .expect("a verdict")
        .contains("First, find out"));
}

#[test]
fn every_dimension_alike_has_no_weakest_to_start_with() {
    use buy_in_check::model::advice::verdict_explanation;
    let alike = |n: u8| {
        // The facts left out of every average: Not applicable where it is offered, else
        // unanswered (a kept Not applicable on the agreement is a key fact not known).
        let mut a = answered("alike", |_, _| n);
        for (_, _, s) in bank().statements() {
            if s.kind == ItemKind::Fact {
                let left_out = Answer::offered(s)
                    .contains(&Answer::NotApplicable)
                    .then_some(Answer::NotApplicable);
                a.set_answer(s.id, left_out, 2);
            }
        }
        a
    };
    let threes = alike(3);
    let text = verdict_explanation(&score(bank(), &threes), &threes).expect("a verdict");
    assert!(!text.contains("weakest"), "{text}");
    assert!(
        text.ends_with("Neither has reached the top band yet; no dimension is weaker than another (every one scores 3.0), so read the findings below. Where a 3 meant you were not sure, Don't know says so more plainly."),
        "{text}"
    );
    // One dimension without a score: "every one with a score".
    let mut twos = alike(2);
    for s in &statements_of("shared-decisions")[1..] {
        twos.set_answer(s.id, Some(Answer::NotApplicable), 2);
    }
    let text = verdict_explanation(&score(bank(), &twos), &twos).expect("a verdict");
    // One colon in the sentence, and each band said once.
    assert_eq!(text, "Buy-in is a concern both between the partners (2.0) and inside your organisation (2.0): no dimension is weaker than another (every one with a score is at 2.0), so read the findings below.");
    // One dimension apart: there is a weakest, and the verdict names it.
    let mut apart = alike(3);
    apart.set_answer("mandate-5", scale(2), 3);
    let text = verdict_explanation(&score(bank(), &apart), &apart).expect("a verdict");
    assert!(
        text.ends_with("start with the weakest dimension, “My mandate” (2.8)."),
        "{text}"
    );
}

#[test]
fn a_verdict_that_says_start_with_the_weakest_names_them() {
    use buy_in_check::model::advice::verdict_explanation;
    // All 3s, four dimensions all 1: "start with the weakest dimensions below" left the
    // reader to find them in the table. Between the partners is the concern: its three
    // are named (Capacity to deliver, inside, has its own card).
    let mut a = answered("four-concerns", |_, _| 3);
    for d in [
        "shared-decisions",
        "accountability",
        "watching-change",
        "capacity",
    ] {
        answer_dimension(&mut a, d, scale(1), 2);
    }
    let s = score(bank(), &a);
    let text = verdict_explanation(&s, &a).expect("a verdict");
    assert!(
        text.ends_with(
            "start with the weakest dimensions, “A say for every partner” (1.0), \
             “Accountability” (1.0) and “Watching for change” (1.0)."
        ),
        "{text}"
    );
    // More concerns than three: the rest are counted.
    let mut more = a.clone();
    answer_dimension(&mut more, "core-business", scale(1), 3);
    let s = score(bank(), &more);
    let text = verdict_explanation(&s, &more).expect("a verdict");
    assert!(text.ends_with(", then the other concern below."), "{text}");
    // Buy-in still to build with the concern between the partners: its weakest are named,
    // not a weaker one inside the organisation.
    let mut c = answered("between-concern", |c, _| {
        if c == ContextId::Between {
            2
        } else {
            4
        }
    });
    answer_dimension(&mut c, "continuity", scale(1), 2);
    let s = score(bank(), &c);
    assert_eq!(s.view(), Some(View::BuyInToBuild));
    let text = verdict_explanation(&s, &c).expect("a verdict");
    assert!(
        text.contains("buy-in between the partners is the concern: start with the weakest"),
        "{text}"
    );
    assert!(!text.contains("Continuity"), "{text}");
    // Part way, with a context just short of a strength holding a concern: named once.
    let mut b = answered(
        "part-way-near",
        |c, _| if c == ContextId::Between { 3 } else { 4 },
    );
    answer_dimension(&mut b, "capacity", scale(2), 2);
    let s = score(bank(), &b);
    let text = verdict_explanation(&s, &b).expect("a verdict");
    assert_eq!(text.matches("Capacity to deliver").count(), 1, "{text}");
    assert!(!text.contains("Start with"), "{text}");
}

#[test]
fn a_strength_resting_on_part_of_a_context_is_a_strength_so_far_in_the_verdict_too() {
    use buy_in_check::model::advice::verdict_explanation;
    use buy_in_check::model::report::{context_band_beside, Report};
    // 5s, with every third statement between the partners Don't know: the card said
    // "Strength so far" and the verdict "a strength (5.0)".
    let mut a = answered("so-far", |_, _| 5);
    for (i, (c, _, s)) in bank().statements().enumerate() {
        if c.id == ContextId::Between && i % 3 == 0 && s.requires.is_none() {
            a.set_answer(s.id, Some(Answer::DontKnow), 2);
        }
    }
    let s = score(bank(), &a);
    let between = s.context(ContextId::Between).expect("between");
    assert_eq!(context_band_beside(between), "Strength so far");
    assert_eq!(
        context_band_beside(s.context(ContextId::Within).expect("within")),
        "Strength"
    );
    let text = verdict_explanation(&s, &a).expect("a verdict");
    let b = format_score(between.score.expect("scored"));
    assert!(
        text.starts_with(&format!(
            "Buy-in is a strength between the partners ({b}, so far) and inside your organisation (5.0)."
        )),
        "{text}"
    );
    assert!(Report::new(bank(), &a)
        .verdict
        .expect("a verdict")
        .explanation
        .contains(", so far)"));
}

#[test]
fn without_a_verdict_a_strength_resting_on_part_of_its_context_is_one_so_far() {
    use buy_in_check::model::report::context_band_beside;
    // Between the partners Don't know throughout (no score, so no verdict); inside, 4s
    // with a third Don't know: "buy-in is a strength (4.x)" beside "Strength so far".
    let mut a = answered("no-view-so-far", |_, _| 5);
    for (i, (c, _, s)) in bank().statements().enumerate() {
        if c.id == ContextId::Between || (i % 3 == 0 && s.requires.is_none()) {
            a.set_answer(s.id, Some(Answer::DontKnow), 2);
        }
    }
    let s = score(bank(), &a);
    assert_eq!(s.view(), None);
    let within = s.context(ContextId::Within).expect("within");
    assert_eq!(context_band_beside(within), "Strength so far");
    let reason = s.no_view_reason().expect("a reason");
    assert!(
        reason.ends_with(&format!(
            "Inside your organisation, buy-in is a strength so far ({}).",
            format_score(within.score.expect("scored"))
        )),
        "{reason}"
    );
}

#[test]
fn what_matters_most_never_asks_to_fix_a_strength_as_another_dimensions_second_remedy() {
    use buy_in_check::model::advice::key_actions;
    // Everything 5, Accountability all 1: "Review the signed agreement" came
    // second, beside a Written commitments of 5.0 whose every statement was answered 5.
    let mut a = answered("accountability-low", |_, _| 5);
    answer_dimension(&mut a, "accountability", scale(1), 2);
    let s = score(bank(), &a);
    assert_eq!(s.view(), Some(View::OrganisationsPartnering));
    let keys: Vec<&str> = key_actions(bank(), &s, &findings(bank(), &s, &a))
        .iter()
        .map(|x| x.id)
        .collect();
    assert_eq!(keys[0], "review-commitments", "{keys:?}");
    assert!(!keys.contains(&"write-it-down"), "{keys:?}");
    // Still recommended, with the Accountability card.
    let recommended: Vec<&str> = recommended_actions(bank(), &s, &findings(bank(), &s, &a))
        .iter()
        .map(|x| x.id)
        .collect();
    assert!(recommended.contains(&"write-it-down"), "{recommended:?}");
    // With the agreement's contents rated low, it is a remedy again.
    for id in ["written-commitments-2", "written-commitments-3"] {
        a.set_answer(id, scale(1), 3);
    }
    let s = score(bank(), &a);
    assert_eq!(s.view(), Some(View::OrganisationsPartnering));
    let keys: Vec<&str> = key_actions(bank(), &s, &findings(bank(), &s, &a))
        .iter()
        .map(|x| x.id)
        .collect();
    assert!(keys.contains(&"write-it-down"), "{keys:?}");
}

#[test]
fn a_verdict_resting_on_many_dont_knows_says_so() {
    use buy_in_check::model::advice::verdict_explanation;
    let mut a = answered("unsure", |_, _| 4);
    let asked = bank().statements().count();
    let mut n = 0;
    for (i, (_, _, s)) in bank().statements().enumerate() {
        if s.kind == ItemKind::Scale && i % 3 == 0 {
            a.set_answer(s.id, Some(Answer::DontKnow), 2);
            n += 1;
        }
    }
    assert!(n * 4 >= asked, "a quarter or more: {n} of {asked}");
    let text = verdict_explanation(&score(bank(), &a), &a).expect("a verdict");
    assert!(
        text.ends_with(&format!("You answered Don't know to {n} of the {asked} statements asked, so this rests on the other answers: they are listed under “To find out before you meet”.")),
        "{text}"
    );
    // A few are not worth a sentence.
    let mut few = answered("few", |_, _| 4);
    few.set_answer("mandate-5", Some(Answer::DontKnow), 2);
    let text = verdict_explanation(&score(bank(), &few), &few).expect("a verdict");
    assert!(!text.contains("Don't know to"), "{text}");
}

#[test]
fn an_act_first_finding_is_among_what_matters_most() {
    use buy_in_check::model::advice::{first_step, key_actions};
    // Middling answers and no idea whether a signed agreement exists: "Find out whether a
    // signed agreement exists" is an "Act first" finding, so its action is among the three,
    // ahead of the weakest dimensions (which filled all three before).
    let mut a = answered("unsure-agreement", |_, i| if i % 2 == 0 { 3 } else { 4 });
    a.profile.stage = Some(Stage::Delivering);
    a.set_answer(AGREEMENT_FACT, Some(Answer::DontKnow), 2);
    let s = score(bank(), &a);
    let found = findings(bank(), &s, &a);
    let act_first = found
        .iter()
        .find(|f| f.severity == Severity::High)
        .expect("an Act first finding");
    assert!(
        act_first.title.contains("signed agreement"),
        "{}",
        act_first.title
    );
    let keys: Vec<&str> = key_actions(bank(), &s, &found)
        .iter()
        .map(|a| a.id)
        .collect();
    assert_eq!(keys.first(), Some(&"write-it-down"), "{keys:?}");
    let write = bank().action("write-it-down").expect("an action");
    assert!(first_step(write, &a)
        .starts_with("Ask the partners whether a signed agreement already exists"));
}

#[test]
fn strong_scores_resting_on_unknowns_say_what_to_find_out_and_not_to_keep_it_up() {
    // Half the answers Don't know, the rest 4: two strong contexts, but the agreement, the
    // mandate and who has the final say are not known. "Keep it that way" beside "First,
    // find out" said two things at once, "it" stood for three, and the two mandate
    // unknowns were named twice though they make one card.
    use buy_in_check::model::advice::{findings, verdict_explanation};
    let mut a = blank("half-unknown");
    for (i, (_, _, s)) in bank().statements().enumerate() {
        let unknown = !s.self_report && (s.unknown_finding.is_some() || i % 2 == 1);
        let answer = match s.kind {
            _ if unknown => Some(Answer::DontKnow),
            ItemKind::Fact => Some(Answer::Yes),
            ItemKind::Scale => scale(4),
        };
        a.set_answer(s.id, answer, 1);
    }
    let s = score(bank(), &a);
    assert_eq!(s.view(), Some(View::OrganisationsPartnering));
    let text = verdict_explanation(&s, &a).expect("a verdict");
    assert!(!text.contains("Keep it that way"), "{text}");
    assert!(
        text.contains(
            "First, find out whether you have a mandate and whether a signed agreement exists \
             (listed under the findings): the scores leave out what is not known."
        ),
        "{text}"
    );
    let titles: Vec<String> = findings(bank(), &s, &a)
        .iter()
        .map(|f| f.title.clone())
        .collect();
    // Named in the cards' order.
    let cards: Vec<&String> = titles
        .iter()
        .filter(|t| {
            *t == "Find out whether a signed agreement exists"
                || *t == "Find out whether you have a mandate"
        })
        .collect();
    assert_eq!(
        cards,
        [
            "Find out whether you have a mandate",
            "Find out whether a signed agreement exists"
        ]
    );
    assert!(
        !titles.iter().any(|t| t == "Find out who has the final say"),
        "{titles:?}"
    );
}

#[test]
fn no_money_set_aside_gets_an_action_of_its_own() {
    // "No" to money set aside, "Yes" to the business plan: the only remedy said "Check that
    // the plan gives this work the time and money it needs", as if the money were there.
    use buy_in_check::model::advice::first_step;
    let mut a = blank("no-money");
    a.set_answer("valued-core-plan", Some(Answer::Yes), 1);
    a.set_answer("valued-core-budget", Some(Answer::No), 1);
    a.set_answer("valued-core-3", scale(2), 1);
    a.set_answer("valued-core-4", scale(2), 1);
    let s = score(bank(), &a);
    let f = findings(bank(), &s, &a);
    let finding = f
        .iter()
        .find(|x| x.subject == Some("valued-core"))
        .expect("a finding about it");
    assert!(finding.actions.contains(&"fund-your-part"), "{finding:?}");
    let fund = bank().action("fund-your-part").expect("the action");
    assert!(
        first_step(fund, &a).starts_with("Work out what your part costs"),
        "{}",
        first_step(fund, &a)
    );
    let plan = bank().action("make-core-business").expect("the action");
    assert!(
        !first_step(plan, &a).contains("money"),
        "{}",
        first_step(plan, &a)
    );
    a.set_answer("valued-core-budget", Some(Answer::Yes), 2);
    assert!(first_step(fund, &a).starts_with("Check that the money set aside covers"));
    a.set_answer("valued-core-budget", Some(Answer::DontKnow), 3);
    assert!(first_step(fund, &a).starts_with("Ask your finance lead"));
}

#[test]
fn strong_scores_say_what_comes_first_once() {
    // Key facts not known and a warning sign: "…so act on it first. First, find out …"
    // named two first steps.
    use buy_in_check::model::advice::verdict_explanation;
    let mut a = answered("first-once", |_, _| 5);
    a.set_answer("mandate-4", Some(Answer::DontKnow), 2);
    a.set_warning_sign("fence-sitting", true, 2);
    let s = score(bank(), &a);
    assert_eq!(s.view(), Some(View::OrganisationsPartnering));
    let text = verdict_explanation(&s, &a).expect("a verdict");
    assert_eq!(
        text.matches("first").count() + text.matches("First").count(),
        1,
        "{text}"
    );
    assert!(
        text.ends_with(
            "First, find out who has the final say (listed under the findings): the scores leave \
             out what is not known. You have seen a warning sign too (listed under the \
             findings): act on it."
        ),
        "{text}"
    );
    // A concern in a strong context after it: no second "start there".
    a.set_answer(AGREEMENT_FACT, Some(Answer::No), 3);
    let s = score(bank(), &a);
    let text = verdict_explanation(&s, &a).expect("a verdict");
    assert!(
        text.contains(
            "First, find out who has the final say (listed under the findings): the scores leave \
             out what is not known. And “Written commitments” is a concern (1.0): a strong \
             average can hide a weak part."
        ),
        "{text}"
    );
    assert!(!text.contains("start there"), "{text}");
}

#[test]
fn a_fact_answered_no_beside_strong_scores_is_where_to_start() {
    // All 4s and a No to money set aside: "Keep it that way", with "What matters most"
    // about succession and change, and "Set money aside for your part" fourth.
    use buy_in_check::model::advice::{key_actions, verdict_explanation};
    let mut a = answered("known-gap", |_, _| 4);
    a.set_answer("valued-core-budget", Some(Answer::No), 2);
    let s = score(bank(), &a);
    assert_eq!(s.view(), Some(View::OrganisationsPartnering));
    let text = verdict_explanation(&s, &a).expect("a verdict");
    assert!(!text.contains("Keep it that way"), "{text}");
    assert!(
        text.ends_with(
            "But you answered No to “My organisation has set aside money for its part in this \
             work” (in “Valued as core business”, 3.5): start there."
        ),
        "{text}"
    );
    let keys: Vec<&str> = key_actions(bank(), &s, &findings(bank(), &s, &a))
        .iter()
        .map(|x| x.id)
        .collect();
    assert_eq!(keys.first(), Some(&"fund-your-part"), "{keys:?}");
}

#[test]
fn a_key_fact_not_known_is_said_under_every_verdict() {
    // All 4s, a No to the agreement, who has the final say not known: "Ready at home" said
    // "Support at home is in place" and nothing of the "Act first" card about home, while
    // "What matters most" started with "Check your own mandate".
    use buy_in_check::model::advice::verdict_explanation;
    let mut a = answered("ready-unknown", |_, _| 4);
    a.set_answer("mandate-4", Some(Answer::DontKnow), 2);
    a.set_answer(AGREEMENT_FACT, Some(Answer::No), 2);
    let s = score(bank(), &a);
    assert_eq!(s.view(), Some(View::ReadyButPartnersNot));
    let text = verdict_explanation(&s, &a).expect("a verdict");
    assert!(
        text.ends_with(
            "Before you do, find out who has the final say (listed under the findings): \
             the scores leave out what is not known."
        ),
        "{text}"
    );
}

/// The verdict, the finding titles in order and the key actions' ids, for an assessment.
fn verdict_cards_and_keys(a: &Assessment) -> (String, Vec<String>, Vec<&'static str>) {
    use buy_in_check::model::advice::{key_actions, verdict_explanation};
    let s = score(bank(), a);
    let found = findings(bank(), &s, a);
    let keys = key_actions(bank(), &s, &found)
        .iter()
        .map(|x| x.id)
        .collect();
    let titles = found.into_iter().map(|f| f.title).collect();
    (verdict_explanation(&s, a).expect("a verdict"), titles, keys)
}

/// All 5s (facts Yes) but "A say for every partner" all 3: 3.0, worth discussing, no gap.
fn fives_with_a_say_at_3(id: &str) -> Assessment {
    let mut a = answered(id, |_, _| 5);
    for id in [
        "shared-decisions-1",
        "shared-decisions-2",
        "shared-decisions-4",
    ] {
        a.set_answer(id, scale(3), 2);
    }
    a
}

#[test]
fn beside_two_strong_contexts_the_cards_start_where_the_verdict_says_to() {
    // All 5s (facts Yes), "A say for every partner" all 3 (3.0, worth discussing, no gap),
    // "I can agree to a decision … without checking back first" Strongly disagree: My
    // mandate (5 + 1 + 5 + 5) / 4 = 4.0, a strength with a gap; both contexts stay strong.
    // The verdict says to start at the gap and "What matters most" does; the cards listed
    // the 3.0 first.
    let mut a = fives_with_a_say_at_3("gap-then-middle");
    a.set_answer("mandate-5", scale(1), 2);
    assert_eq!(
        score(bank(), &a).view(),
        Some(View::OrganisationsPartnering)
    );
    let (verdict, titles, keys) = verdict_cards_and_keys(&a);
    // The 3.0 is said after the gap, as its card and its action follow.
    assert!(
        verdict.ends_with(
            "But you answered Strongly disagree to “I can agree to routine decisions at \
             partners' meetings without checking back first” (in “My mandate”, 4.0): start \
             there. “A say for every partner” (3.0) is worth discussing too."
        ),
        "{verdict}"
    );
    assert_eq!(keys[..2], ["check-mandate", "share-decisions"], "{keys:?}");
    assert_eq!(
        titles,
        [
            "“My mandate”: something is missing",
            "“A say for every partner” is worth discussing"
        ],
        "{titles:?}"
    );
}

#[test]
fn beside_two_strong_contexts_a_middling_dimension_is_where_to_start() {
    // All 5s, "A say for every partner" all 3 (3.0) and nothing else: the verdict said
    // "Keep it that way" above a "Look into" card, and "What matters most" was upkeep.
    let a = fives_with_a_say_at_3("middle-only");
    let (verdict, titles, keys) = verdict_cards_and_keys(&a);
    assert!(
        verdict.ends_with("But “A say for every partner” (3.0) is worth discussing: start there."),
        "{verdict}"
    );
    assert!(!verdict.contains("Keep it that way"), "{verdict}");
    assert_eq!(titles, ["“A say for every partner” is worth discussing"]);
    assert_eq!(keys[0], "share-decisions", "{keys:?}");
}

#[test]
fn two_gaps_in_one_dimension_are_named_with_it_once() {
    // All 5s, both facts of "Valued as core business" No: (1 + 1 + 5 + 5) / 4 = 3.0. The
    // verdict named the dimension and its score after each statement.
    let mut a = answered("two-nos", |_, _| 5);
    a.set_answer("valued-core-plan", Some(Answer::No), 2);
    a.set_answer("valued-core-budget", Some(Answer::No), 2);
    assert_eq!(
        score(bank(), &a).view(),
        Some(View::OrganisationsPartnering)
    );
    let (verdict, _, _) = verdict_cards_and_keys(&a);
    assert!(
        verdict.ends_with(
            "But you answered No to “This work is written into my organisation's business \
             plan” and “My organisation has set aside money for its part in this work” (in \
             “Valued as core business”, 3.0): start there."
        ),
        "{verdict}"
    );
    assert_eq!(verdict.matches("Valued as core business").count(), 1);
}

#[test]
fn the_verdict_names_gaps_in_the_order_of_the_cards_and_key_actions() {
    // All 5s; a No to the succession agreement (Continuity (5 + 1 + 5 + 5) / 4 = 4.0) and a
    // Strongly disagree in My mandate (4.0 too). Equal scores go in bank order, mandate
    // first, as its card and "Check your own mandate" do; the verdict put every No before
    // every Strongly disagree.
    let mut a = answered("no-and-disagree", |_, _| 5);
    a.set_answer("continuity-plan", Some(Answer::No), 2);
    a.set_answer("mandate-5", scale(1), 2);
    assert_eq!(
        score(bank(), &a).view(),
        Some(View::OrganisationsPartnering)
    );
    let (verdict, titles, keys) = verdict_cards_and_keys(&a);
    assert!(
        verdict.ends_with(
            "But you answered Strongly disagree to “I can agree to routine decisions at \
             partners' meetings without checking back first” (in “My mandate”, 4.0) and No to \
             “I have agreed with my organisation who would take over my part in this partnership if I left” (in \
             “Continuity”, 4.0): start there."
        ),
        "{verdict}"
    );
    assert_eq!(
        titles[..2],
        [
            "“My mandate”: something is missing",
            "“Continuity”: something is missing"
        ],
        "{titles:?}"
    );
    assert_eq!(keys[0], "check-mandate", "{keys:?}");
}

#[test]
fn a_warning_sign_comes_before_a_gap_in_the_verdict_as_in_the_cards() {
    // All 5s, a Strongly disagree in My mandate (4.0, a gap: "Look into") and "A partner
    // agrees to tasks, then does not do them" ticked ("Act first"). The verdict said to
    // start at the gap while the cards and "What matters most" started with the sign.
    let mut a = answered("sign-and-gap", |_, _| 5);
    a.set_answer("mandate-5", scale(1), 2);
    a.set_warning_sign("says-not-delivers", true, 2);
    let (verdict, titles, keys) = verdict_cards_and_keys(&a);
    assert!(
        verdict.ends_with(
            "But you have seen a warning sign (listed under the findings): scores can run ahead \
             of what happens at the table, so act on it first. You also answered Strongly \
             disagree to “I can agree to routine decisions at partners' meetings without \
             checking back first” (in “My mandate”, 4.0)."
        ),
        "{verdict}"
    );
    assert_eq!(
        titles[..2],
        [
            "Warning sign: Another partner agrees to tasks, then does not do them",
            "“My mandate”: something is missing"
        ],
        "{titles:?}"
    );
    assert_eq!(
        keys[..2],
        ["review-commitments", "check-mandate"],
        "{keys:?}"
    );
}

#[test]
fn many_dimensions_with_dont_knows_are_one_card_pointing_at_the_list() {
    // All 4s; two Don't knows in each of five dimensions (no key statement among them). There
    // were five "Find out more: …" cards saying the same thing, above the list of every
    // statement to find out.
    let mut a = answered("many-unknowns", |_, _| 4);
    for id in [
        "shared-value-1",
        "shared-value-2",
        "accountability-1",
        "accountability-2",
        "zip-up-4",
        "zip-up-5",
        "support-beyond-me-1",
        "support-beyond-me-2",
        "capacity-1",
        "capacity-2",
    ] {
        a.set_answer(id, Some(Answer::DontKnow), 2);
    }
    let s = score(bank(), &a);
    let found = findings(bank(), &s, &a);
    let unknown: Vec<&str> = found
        .iter()
        .filter(|f| f.kind == FindingKind::Unknown)
        .map(|f| f.title.as_str())
        .collect();
    assert_eq!(unknown, ["Find out more in 5 dimensions"], "{unknown:?}");
    let card = &found[0];
    assert_eq!(card.severity, Severity::Medium);
    // Most unknown first: two of three before two of four (Shared value keeps a score, 4.0);
    // equal shares as the cards go, the contexts taking turns.
    assert!(
        card.detail.starts_with(
            "You answered “Don't know” to two or more statements in each of “Support beyond \
             me” (2 of 3), “Accountability” (2 of 3), “Capacity to deliver” (2 of 3), \
             “Connected at every level” (2 of 3) and “Shared value” (2 of 4)."
        ),
        "{}",
        card.detail
    );
    assert!(card
        .detail
        .contains("listed under “To find out before you meet”"));
    // Four of the five have no score at all: "the scores leave those answers out" spoke
    // of scores that are not there.
    assert!(
        card.detail.contains("Don't know answers are not scored, and a dimension with too few other answers gets no score"),
        "{}",
        card.detail
    );
    assert!((1..=3).contains(&card.actions.len()), "{:?}", card.actions);
    // A 4.0 resting on half its statements is not offered as a strength.
    let r = buy_in_check::model::report::Report::new(bank(), &a);
    assert!(
        !r.strengths.iter().any(|(t, _)| *t == "Shared value"),
        "{:?}",
        r.strengths
    );
    // Two such dimensions keep a card each.
    let mut b = answered("two-unknowns", |_, _| 4);
    for id in ["zip-up-4", "zip-up-5", "capacity-1", "capacity-2"] {
        b.set_answer(id, Some(Answer::DontKnow), 2);
    }
    let s = score(bank(), &b);
    let titles: Vec<String> = findings(bank(), &s, &b)
        .into_iter()
        .filter(|f| f.kind == FindingKind::Unknown)
        .map(|f| f.title)
        .collect();
    assert_eq!(
        titles,
        [
            "Find out more: “Capacity to deliver”",
            "Find out more: “Connected at every level”"
        ]
    );
}

#[test]
fn a_warning_sign_is_named_under_every_verdict() {
    // All 3s ("part way") and a partner that does not deliver: the sign's card was "Act
    // first", but the verdict said nothing of it below two strong contexts.
    let mut a = answered("middling-sign", |_, _| 3);
    a.set_warning_sign("says-not-delivers", true, 2);
    let s = score(bank(), &a);
    assert_eq!(s.view(), Some(View::PartWay));
    let (verdict, _, _) = verdict_cards_and_keys(&a);
    assert!(
        verdict
            .contains("You have seen a warning sign too (listed under the findings): act on it."),
        "{verdict}"
    );
}

#[test]
fn a_strongly_disagree_inside_a_middling_dimension_is_a_gap_ordered_by_its_score() {
    // All 5s; a No to the succession agreement (Continuity 4.0) and Strongly disagree to
    // "Each of our partners has a say …" (A say for every partner (5 + 1 + 5) / 3 = 3.7).
    // The 1 at 3.7 went unnamed while the verdict started at the 4.0.
    let mut a = answered("weaker-gap-first", |_, _| 5);
    a.set_answer("continuity-plan", Some(Answer::No), 2);
    a.set_answer("shared-decisions-2", scale(1), 2);
    let (verdict, titles, keys) = verdict_cards_and_keys(&a);
    assert!(
        verdict.ends_with(
            "But you answered Strongly disagree to “Each of our partners has a say in the \
             decisions we make together” (in “A say for every partner”, 3.7) and No to “I \
             have agreed with my organisation who would take over my part in this partnership \
             if I left” (in “Continuity”, 4.0): start there."
        ),
        "{verdict}"
    );
    assert_eq!(
        titles,
        [
            "“A say for every partner” is worth discussing",
            "“Continuity”: something is missing"
        ]
    );
    assert_eq!(
        keys[..2],
        ["share-decisions", "plan-succession"],
        "{keys:?}"
    );
}

#[test]
fn a_dimension_not_known_beside_two_strong_contexts_is_in_the_verdict() {
    // All 5s, every Accountability statement Don't know: the verdict said "Keep it that
    // way" above a "Find out more" card, and "What matters most" was upkeep alone.
    let mut a = answered("unknown-dimension", |_, _| 5);
    answer_dimension(&mut a, "accountability", Some(Answer::DontKnow), 2);
    let (verdict, titles, keys) = verdict_cards_and_keys(&a);
    assert!(
        verdict.ends_with(
            "But you answered Don't know to 3 of the 3 statements in “Accountability” (listed \
             under the findings): find out more before you rely on the scores."
        ),
        "{verdict}"
    );
    assert!(!verdict.contains("Keep it that way"), "{verdict}");
    assert_eq!(titles, ["Find out more: “Accountability”"]);
    assert_eq!(keys[0], "review-commitments", "{keys:?}");
    // With a gap too: the unknown first, as the cards go, then "also" the gap.
    a.set_answer("continuity-plan", Some(Answer::No), 3);
    let (verdict, titles, keys) = verdict_cards_and_keys(&a);
    assert!(
        verdict.contains(
            "find out more before you rely on the scores. You also answered No to “I have \
             agreed with my organisation who would take over my part in this partnership if I \
             left” (in “Continuity”, 4.0)."
        ),
        "{verdict}"
    );
    assert_eq!(
        titles,
        [
            "Find out more: “Accountability”",
            "“Continuity”: something is missing"
        ]
    );
    assert_eq!(
        keys[..2],
        ["review-commitments", "plan-succession"],
        "{keys:?}"
    );
}

#[test]
fn too_few_answers_for_a_context_says_how_many_of_its_dimensions_score() {
    // All 4s; inside my organisation everything Don't know but "Visible inside my
    // organisation" and "Continuity": 2 of 6 dimensions score (4.3 and 4.0 in the table),
    // which the reason called "the answers there are Don't know or Not applicable".
    let mut a = answered("two-of-six", |_, _| 4);
    for (c, d, s) in bank().statements() {
        if c.id == ContextId::Within && !["visibility", "continuity"].contains(&d.id) {
            a.set_answer(s.id, Some(Answer::DontKnow), 2);
        }
    }
    let s = score(bank(), &a);
    assert_eq!(s.view(), None);
    let reason = s.no_view_reason().expect("a reason");
    assert!(
        reason.starts_with(
            "Inside your organisation there are too few answers for a score yet (only 2 of its \
             6 dimensions have a score; it needs 3): too many of the answers there are \
             Don't know or Not applicable"
        ),
        "{reason}"
    );
}

#[test]
fn beside_two_strong_contexts_a_flagged_dimensions_remedies_come_before_upkeep() {
    // All 5s, "Capacity to deliver" 1, 5, 5 (3.7, a Strongly disagree inside it). "What
    // matters most" gave its first remedy, then "Plan who takes over" and "Check for change
    // at every meeting" for dimensions at 5.0, with its card's second remedy fourth.
    let mut a = answered("capacity-gap", |_, _| 5);
    a.set_answer("capacity-1", scale(1), 2);
    let (_, titles, keys) = verdict_cards_and_keys(&a);
    assert_eq!(titles, ["“Capacity to deliver” is worth discussing"]);
    let capacity: Vec<&str> = bank()
        .dimension("capacity")
        .map(|(_, d)| d.actions.to_vec())
        .unwrap_or_default();
    assert!(capacity.len() >= 2, "{capacity:?}");
    assert_eq!(keys[..2], capacity[..2], "{keys:?}");
}

#[test]
fn the_ways_to_keep_things_so_are_listed_only_when_nothing_is_flagged() {
    use buy_in_check::model::advice::key_actions;
    // Everything 5, facts Yes: nothing to act on, so "What matters most" is how to keep it.
    let strong = answered("all-strong", |_, _| 5);
    let s = score(bank(), &strong);
    assert_eq!(s.view(), Some(View::OrganisationsPartnering));
    let f = findings(bank(), &s, &strong);
    let keys: Vec<&str> = key_actions(bank(), &s, &f).iter().map(|x| x.id).collect();
    assert_eq!(keys, ["plan-succession", "scan-for-change"]);
    // "Connected at every level" a concern beside strengths everywhere else: its own
    // remedy alone. "Plan who takes over" beside a Continuity of 5.0 read as a second
    // priority, and "Check for change at every meeting" (then its second remedy) as a new
    // task beside a "Watching for change" of 5.0.
    let mut thin = answered("thin-connections", |_, _| 5);
    thin.set_answer("zip-up-4", scale(1), 2);
    thin.set_answer("zip-up-5", scale(1), 2);
    thin.set_answer("zip-up-contacts", Some(Answer::No), 2);
    let s = score(bank(), &thin);
    assert_eq!(s.view(), Some(View::OrganisationsPartnering));
    let f = findings(bank(), &s, &thin);
    let keys: Vec<&str> = key_actions(bank(), &s, &f).iter().map(|x| x.id).collect();
    assert_eq!(keys, ["zip-up"]);
}

#[test]
fn first_steps_fit_a_plan_that_does_not_exist_and_work_that_is_ending() {
    use buy_in_check::model::advice::first_step;
    let plan = bank().action("make-core-business").expect("an action");
    let budget = bank().action("fund-your-part").expect("an action");
    let mut a = blank("steps");
    a.profile.stage = Some(Stage::Delivering);
    // No business plan to be in, no money needed: "ask whoever writes your organisation's
    // business plan" and "ask your finance lead" were the steps.
    a.set_answer("valued-core-plan", Some(Answer::NotApplicable), 1);
    a.set_answer("valued-core-budget", Some(Answer::NotApplicable), 1);
    assert_eq!(
        first_step(plan, &a),
        "Ask your manager where your organisation writes down what staff will spend time on, and ask for this work to be in it."
    );
    assert_eq!(
        first_step(budget, &a),
        "Agree with your manager how much staff time your part needs, and get it written down."
    );
    // Don't know still starts by finding out.
    a.set_answer("valued-core-plan", Some(Answer::DontKnow), 2);
    assert!(
        first_step(plan, &a).starts_with("Ask whoever writes your organisation's business plan")
    );
    // Winding down, the stage's step, whatever the fact says: "when the next one is due"
    // does not fit work that is ending.
    a.profile.stage = Some(Stage::WindingDown);
    for answer in [
        Answer::DontKnow,
        Answer::Yes,
        Answer::NotApplicable,
        Answer::No,
    ] {
        a.set_answer("valued-core-plan", Some(answer), 3);
        assert_eq!(
            first_step(plan, &a),
            "Decide with your manager what your organisation keeps from this work, and whose plans it goes into.",
            "{answer:?}"
        );
    }
}

#[test]
fn what_to_find_out_first_follows_the_verdict_it_is_added_to() {
    use buy_in_check::model::advice::verdict_explanation;
    // Between all 4, within all 2, who has the final say not known: "could stall if they
    // leave. Before you do, …" had nothing to refer to.
    let mut a = answered(
        "alarm-unknown",
        |c, _| if c == ContextId::Between { 4 } else { 2 },
    );
    a.set_answer("mandate-4", Some(Answer::DontKnow), 2);
    let s = score(bank(), &a);
    assert_eq!(s.view(), Some(View::IndividualsPartnering));
    let text = verdict_explanation(&s, &a).expect("a verdict");
    assert!(
        text.contains(
            "could stall if they leave. Before anything else, find out who has the final say"
        ),
        "{text}"
    );
    // Where the verdict says to start with the weakest dimensions, one ordered instruction:
    // "start with the weakest dimensions below. Before you do, find out …" gave two starts.
    let mut b = answered("part-way-unknown", |_, _| 3);
    b.set_answer("mandate-4", Some(Answer::DontKnow), 2);
    let s = score(bank(), &b);
    let text = verdict_explanation(&s, &b).expect("a verdict");
    assert!(
        text.contains(
            "find out who has the final say first (listed under the findings), then start with \
             the weakest dimensions below"
        ),
        "{text}"
    );
    assert!(!text.contains("Before you do"), "{text}");
}

#[test]
fn without_a_verdict_a_concern_in_the_context_that_scores_is_named() {
    // Within Don't know throughout; between 3.7, worth discussing, with accountability at
    // 1.0: the reason said only "worth discussing (3.7)".
    let mut a = answered("no-view-concern", |_, _| 4);
    for (c, _, s) in bank().statements() {
        if c.id == ContextId::Within {
            a.set_answer(s.id, Some(Answer::DontKnow), 2);
        }
    }
    answer_dimension(&mut a, "accountability", scale(1), 2);
    let reason = score(bank(), &a).no_view_reason().expect("a reason");
    assert!(
        reason.ends_with("Between the partners, buy-in is worth discussing (3.7), but “Accountability” (1.0) is a concern."),
        "{reason}"
    );
}

#[test]
fn without_a_verdict_a_concern_among_the_few_dimensions_that_score_is_named() {
    // Between all 4s (4.1). Inside, Don't know throughout but Continuity answered 1 and No:
    // one of six dimensions scores, at 1.0, and the reason said only "too few answers".
    let mut a = answered("unseen-concern", |_, _| 4);
    for (c, d, s) in bank().statements() {
        if c.id == ContextId::Within {
            let answer = match (d.id, s.kind) {
                ("continuity", ItemKind::Fact) => Some(Answer::No),
                ("continuity", _) => scale(1),
                _ => Some(Answer::DontKnow),
            };
            a.set_answer(s.id, answer, 2);
        }
    }
    let s = score(bank(), &a);
    assert_eq!(s.view(), None);
    let reason = s.no_view_reason().expect("a reason");
    assert!(
        reason.contains("(only 1 of its 6 dimensions has a score; it needs 3)"),
        "{reason}"
    );
    assert!(
        reason.contains(
            "The one dimension there with a score, “Continuity” (1.0), is a concern. Between the partners"
        ),
        "{reason}"
    );
    // One statement left unanswered could not give the context a score: the advice is
    // still to find out, not "Answer more of the statements there".
    a.set_answer("capacity-1", None, 3);
    let reason = score(bank(), &a).no_view_reason().expect("a reason");
    assert!(
        reason.contains("too many of the answers there are Don't know or Not applicable"),
        "{reason}"
    );
    assert!(!reason.contains("Answer more"), "{reason}");
}

#[test]
fn a_concern_inside_a_context_just_short_of_a_strength_is_named() {
    use buy_in_check::model::advice::verdict_explanation;
    // Within 3.9 ("just short of a strength") with Capacity to deliver at 2.0: the verdict
    // never named the concern.
    let mut a = answered("near-concern", |_, _| 4);
    answer_dimension(&mut a, "capacity", scale(2), 2);
    let s = score(bank(), &a);
    assert_eq!(s.view(), Some(View::IndividualsPartnering));
    let text = verdict_explanation(&s, &a).expect("a verdict");
    assert!(text.contains("(3.9), just short of a strength"), "{text}");
    assert!(
        text.ends_with("Start with “Capacity to deliver” (2.0, a concern)."),
        "{text}"
    );
    assert!(!text.contains("strong average"), "{text}");
}

#[test]
fn a_long_tail_of_worth_discussing_is_folded_and_nothing_more_pressing_is() {
    use buy_in_check::model::advice::{
        findings_shown_first, more_findings_summary, SHOWN_FINDINGS,
    };
    // Every statement 3, every fact Yes: Written commitments 3.5 (a Yes counts 5), the
    // rest near 3. Every dimension but the facts' strong ones is worth discussing.
    let middling = answered("middling", |_, _| 3);
    let s = score(bank(), &middling);
    let found = findings(bank(), &s, &middling);
    assert!(found.len() > SHOWN_FINDINGS + 1, "{}", found.len());
    assert!(found.iter().all(|f| f.kind == FindingKind::Discuss));
    let shown = findings_shown_first(&found);
    // At least four open, and every card as weak as the last open one: no arbitrary
    // four of the seven at 3.0.
    let shown_score = |f: &buy_in_check::model::advice::Finding| {
        s.dimension(f.subject.expect("a dimension"))
            .and_then(|d| d.score)
            .map(format_score)
    };
    assert!(shown >= SHOWN_FINDINGS);
    assert!(shown < found.len());
    assert_eq!(shown_score(&found[0]), Some("3.0".to_owned()));
    assert!(found[..shown]
        .iter()
        .all(|f| shown_score(f) == shown_score(&found[0])));
    assert_ne!(shown_score(&found[shown]), shown_score(&found[shown - 1]));
    let (count, summary) = more_findings_summary(&found[shown..], &s);
    let rest = found.len() - shown;
    assert_eq!(count, format!("{rest} more worth discussing"));
    // Each folded card is named with its score, in the cards' order.
    for f in &found[shown..] {
        let d = s
            .dimension(f.subject.expect("a dimension"))
            .expect("scored");
        let named = format!(
            "“{}” {}",
            d.dimension.title,
            format_score(d.score.expect("a score"))
        );
        assert!(summary.contains(&named), "{named} in {summary}");
    }
    // Named under their context: "Continuity" alone does not say whose.
    assert!(
        summary.starts_with("Between the partners: “")
            && summary.contains(". Within your organisation: “"),
        "{summary}"
    );

    // A concern among them, or a dimension that cannot score, is never folded: everything
    // up to the last such finding is shown.
    let mut pressing = middling.clone();
    for s in &statements_of("shared-decisions")[1..] {
        pressing.set_answer(s.id, Some(Answer::NotApplicable), 2);
    }
    answer_dimension(&mut pressing, "capacity", scale(1), 2);
    let s = score(bank(), &pressing);
    let found = findings(bank(), &s, &pressing);
    let shown = findings_shown_first(&found);
    assert!(found
        .iter()
        .any(|f| f.kind == FindingKind::NotEnoughAnswers));
    assert!(
        found[shown..]
            .iter()
            .all(|f| f.kind == FindingKind::Discuss),
        "{:?}",
        found.iter().map(|f| f.kind).collect::<Vec<_>>()
    );

    // One card left over is shown, not folded alone.
    let few = &found[..SHOWN_FINDINGS + 1];
    assert_eq!(findings_shown_first(few), few.len());
}
