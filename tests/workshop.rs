#![cfg(not(target_arch = "wasm32"))]
//! The facilitator's view: disagreements only where partners describe one shared thing,
//! weak links where a partner's own house is weak, ranked and capped, a conversation guide,
//! and an anonymous mode that names nobody.

use buy_in_check::model::assessment::{Answer, Assessment, Profile};
use buy_in_check::model::bank::{bank, ContextId, ItemKind};
use buy_in_check::model::compare::across_partners;
use buy_in_check::model::exchange::{partnership_csv, partnership_markdown};
use buy_in_check::model::workshop::{
    anonymise_assessment, anonymous_label, callouts, guide, room_line, CalloutKind, SHOWN_CALLOUTS,
};

/// Every scale statement of a context answered `between` / `within`, facts N/A (so each
/// scored dimension is exactly that number); `overrides` set whole dimensions.
fn partner(org: &str, between: u8, within: u8, overrides: &[(&str, u8)]) -> Assessment {
    let mut a = Assessment::new(
        org.to_lowercase().replace(' ', "-"),
        Profile {
            name: format!("{org} view"),
            organisation: org.into(),
            role: "Lead".into(),
            ..Profile::default()
        },
        0,
    );
    for (c, d, s) in bank().statements() {
        let n = overrides.iter().find(|(id, _)| *id == d.id).map_or(
            if c.id == ContextId::Between {
                between
            } else {
                within
            },
            |(_, n)| *n,
        );
        let answer = match s.kind {
            ItemKind::Scale => Answer::from_code(&n.to_string()),
            ItemKind::Fact => Some(Answer::NotApplicable),
        };
        a.set_answer(s.id, answer, 1);
        a.set_note(s.id, &format!("note by {org}"), 1);
    }
    a
}

#[test]
fn within_spreads_are_weak_links_never_disagreements() {
    // Mandate (within) spans 5 → 1: three organisations, not three views of one thing.
    let view = across_partners(
        bank(),
        &[
            partner("Harbour Trust", 4, 4, &[("mandate", 1), ("continuity", 2)]),
            partner("City Council", 4, 4, &[("mandate", 5)]),
            partner("Riverside Homes", 4, 4, &[("accountability", 1)]),
        ],
    );
    let found = callouts(&view);
    for c in &found {
        let context = bank().dimension(c.dimension.id).map(|(c, _)| c.id);
        match c.kind {
            CalloutKind::Disagreement => {
                assert_eq!(context, Some(ContextId::Between), "{}", c.title)
            }
            CalloutKind::WeakLink => assert_eq!(context, Some(ContextId::Within), "{}", c.title),
        }
        assert!(!(c.kind == CalloutKind::WeakLink && c.title.contains("differently")));
    }
    let titles: Vec<&str> = found.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            // Mandate: gap to the others (4.5 − 1) 3.5 + below 4.0 by 3.0 = 6.5.
            "Inside Harbour Trust, “My mandate” is a concern",
            // Accountability: spread 3.0 + 3.0 = 6.0.
            "Partners see “Accountability” differently",
            // Continuity: gap (4 − 2) 2.0 + 2.0 = 4.0.
            "Inside Harbour Trust, “Continuity” is a concern",
        ]
    );
    assert!(found[1]
        .detail
        .contains("Harbour Trust 4.0, City Council 4.0, Riverside Homes 1.0"));
    assert_eq!(
        found[0].ranked_by,
        "gap to the others 3.5, lowest score 1.0, 3 of 3 partners scored"
    );
}

#[test]
fn callouts_are_ranked_and_the_guide_covers_the_shown_ones() {
    // Many weak spots: more callouts than are shown at first.
    let view = across_partners(
        bank(),
        &[
            partner("A org", 5, 4, &[]),
            partner("B org", 2, 2, &[]),
            partner("C org", 4, 1, &[]),
        ],
    );
    let found = callouts(&view);
    assert!(found.len() > SHOWN_CALLOUTS, "{}", found.len());
    assert!(found.windows(2).all(|w| w[0].weight >= w[1].weight));
    let topics = guide(bank(), &found);
    assert_eq!(topics.len(), SHOWN_CALLOUTS);
    for t in &topics {
        assert!((1..=2).contains(&t.questions.len()));
        assert!(!t.in_the_room.is_empty());
        assert!(!t.actions.is_empty());
    }
    let md = partnership_markdown(&view);
    assert!(md.contains("## Conversation guide"));
    assert!(md.contains("**Who should be in the room:**"));
    assert!(md.contains(topics[0].questions[0]));
}

#[test]
fn every_dimension_has_plain_open_questions_and_a_room() {
    for (_, d) in bank().dimensions() {
        assert!((1..=2).contains(&d.questions.len()), "{}", d.id);
        for q in d.questions {
            assert!(q.ends_with('?'), "{q}");
            assert!(q.split_whitespace().count() <= 16, "{q}");
        }
        assert!(!room_line(d.in_the_room).is_empty());
    }
}

#[test]
fn anonymous_mode_names_nobody_in_the_view_or_its_exports() {
    let list = [
        partner("Harbour Trust", 4, 2, &[]),
        partner("City Council", 2, 4, &[]),
    ];
    let view = across_partners(bank(), &list).anonymised();
    let labels: Vec<&str> = view.partners.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(labels, ["Partner A", "Partner B"]);
    let texts = [
        partnership_markdown(&view),
        partnership_csv(&view),
        callouts(&view)
            .iter()
            .map(|c| format!("{} {}", c.title, c.detail))
            .collect::<Vec<_>>()
            .join(" "),
    ];
    for t in &texts {
        for name in ["Harbour", "Council", "Lead", "note by"] {
            assert!(!t.contains(name), "{name} in {t}");
        }
    }
    let a = anonymise_assessment(&list[0], &anonymous_label(0));
    let json = serde_json::to_string(&a).expect("json");
    for name in ["Harbour", "Lead", "note by"] {
        assert!(!json.contains(name), "{name} in the anonymous JSON");
    }
    assert_eq!(
        a.answer("mandate-1"),
        list[0].answer("mandate-1"),
        "answers kept"
    );
    assert_eq!(anonymous_label(25), "Partner Z");
    assert_eq!(anonymous_label(26), "Partner 27");
}

#[test]
fn a_saved_workshop_round_trips_and_damaged_or_newer_records_are_recognised() {
    use buy_in_check::model::workshop::{
        decode_workshop, encode_workshop, DecodedWorkshop, Workshop,
    };
    let w = Workshop {
        id: "w-1".into(),
        name: "Spring workshop".into(),
        anonymous: true,
        assessments: vec![partner("Harbour Trust", 4, 2, &[])],
        created_at: 1,
        updated_at: 2,
    };
    assert_eq!(
        decode_workshop(&encode_workshop(&w)),
        Ok(DecodedWorkshop::Current(w.clone()))
    );
    assert!(decode_workshop("{\"schema\":1,").is_err());
    assert!(decode_workshop("{\"workshop\":{}}").is_err(), "no schema");
    assert!(decode_workshop("{\"schema\":0,\"workshop\":{}}").is_err());
    assert!(decode_workshop("{\"schema\":1,\"workshop\":{\"id\":\"<x>\",\"name\":\"n\",\"created_at\":1,\"updated_at\":1}}").is_err());
    assert_eq!(
        decode_workshop("{\"schema\":9,\"workshop\":{\"name\":\"Later\"}}"),
        Ok(DecodedWorkshop::Newer {
            schema: 9,
            name: Some("Later".into())
        })
    );
    // A partner file from bank version 1 inside a saved workshop is carried to version 2.
    let mut old = w.clone();
    old.assessments[0].bank_version = 1;
    let Ok(DecodedWorkshop::Current(back)) = decode_workshop(&encode_workshop(&old)) else {
        panic!("reads");
    };
    assert_eq!(back.assessments[0].upgraded_from, Some(1));
}
