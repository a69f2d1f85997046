#![cfg(not(target_arch = "wasm32"))]
//! The facilitator's view: disagreements only where partners describe one shared thing,
//! weak links where a partner's own house is weak, ranked and capped, a conversation guide,
//! and an anonymous mode that names nobody.

use buy_in_check::model::assessment::{Answer, Assessment, Profile};
use buy_in_check::model::bank::{bank, ContextId, FactKnown, ItemKind, Stage, AGREEMENT_FACT};
use buy_in_check::model::compare::across_partners;
use buy_in_check::model::exchange::{partnership_csv, partnership_markdown};
use buy_in_check::model::scoring::format_score;
use buy_in_check::model::workshop::{
    add_to_view, anonymise_assessment, anonymous_label, callouts, guide, nothing_stands_out,
    ranking_rule, ranking_summary, room_line, seen_by_line, Added, CalloutKind, FactsKnown,
    NO_SIGNS, ONE_PARTNER, SHOWN_CALLOUTS, SIGNS_HEADING, SIGNS_LEAD, SPREAD_KEY,
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
fn a_weak_links_gap_is_to_the_partners_outside_the_concern_band() {
    // Harbour Trust's mandate (2.0) is weak where two of the three others score 4.0. The
    // third, City Council at 1.0, is in the concern band itself: counted among "the
    // others", it pulled Harbour's gap down to 1.0 and could even make it negative.
    let view = across_partners(
        bank(),
        &[
            partner("Harbour Trust", 4, 4, &[("mandate", 2)]),
            partner("City Council", 4, 4, &[("mandate", 1)]),
            partner("Riverside Homes", 4, 4, &[]),
            partner("Valley Care", 4, 4, &[]),
        ],
    );
    let found = callouts(&view);
    let ranked = |org: &str| {
        found
            .iter()
            .find(|c| c.kind == CalloutKind::WeakLink && c.title.contains(org))
            .map(|c| c.ranked_by.clone())
            .unwrap_or_else(|| panic!("a weak link for {org}"))
    };
    assert_eq!(
        ranked("Harbour Trust"),
        "2.0 below the average of the other partners outside the concern band, lowest score 2.0, 4 of 4 partners scored"
    );
    assert_eq!(
        ranked("City Council"),
        "3.0 below the average of the other partners outside the concern band, lowest score 1.0, 4 of 4 partners scored"
    );
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
            CalloutKind::NotKnownToAll => {
                assert_eq!(context, Some(ContextId::Between), "{}", c.title)
            }
            CalloutKind::SharedConcern | CalloutKind::InsideOnePartner => {}
        }
        assert!(!(c.kind == CalloutKind::WeakLink && c.title.contains("differently")));
    }
    let titles: Vec<&str> = found.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            // One callout for Harbour Trust's own house, ranked by its weakest spot, the
            // mandate: gap to the others outside the concern band (4.5 − 1) 3.5 + below 4.0
            // by 3.0 = 6.5.
            "Inside Harbour Trust, two dimensions are concerns",
            // Accountability: spread 3.0 + 3.0 = 6.0.
            "Partners see “Accountability” differently",
        ]
    );
    assert!(
        found[0]
            .detail
            .contains("on “My mandate” 1.0 and “Continuity” 2.0"),
        "{}",
        found[0].detail
    );
    assert!(found[1]
        .detail
        .contains("Harbour Trust 4.0, City Council 4.0, Riverside Homes 1.0"));
    assert_eq!(
        found[0].ranked_by,
        "3.5 below the average of the other partners outside the concern band, lowest score 1.0, 3 of 3 partners scored"
    );
    // Weak links are for the facilitator, never the group's guide.
    let topics = guide(bank(), &found, None, &FactsKnown::default());
    assert_eq!(topics.len(), 1);
    assert_eq!(topics[0].title, "Partners see “Accountability” differently");
}

#[test]
fn callouts_are_ranked_and_the_guide_covers_the_shown_ones() {
    // Many weak spots: more callouts than are shown at first. Each partner is alone low on
    // two dimensions of the partnership (six disagreements, none folded into a card about
    // one partner), and C org is weak at home.
    let view = across_partners(
        bank(),
        &[
            partner(
                "A org",
                5,
                4,
                &[("shared-value", 2), ("shared-decisions", 2)],
            ),
            partner(
                "B org",
                5,
                4,
                &[("core-business", 2), ("accountability", 2)],
            ),
            partner("C org", 5, 1, &[("watching-change", 2), ("zip-up", 2)]),
        ],
    );
    let found = callouts(&view);
    assert!(found.len() > SHOWN_CALLOUTS, "{}", found.len());
    assert!(found.windows(2).all(|w| w[0].weight >= w[1].weight));
    let topics = guide(bank(), &found, None, &FactsKnown::default());
    assert_eq!(topics.len(), SHOWN_CALLOUTS);
    for t in &topics {
        assert!((1..=2).contains(&t.questions.len()));
        assert!(!t.in_the_room.is_empty());
        assert!(!t.actions.is_empty());
    }
    let md = partnership_markdown(&view);
    assert!(md.contains(ranking_summary(&found)));
    assert!(md.contains("*How the order is worked out:* "));
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
    // Each callout keeps its label in the Markdown: a weak link says it is one, so a file
    // sent round never reads as an accusation in front of the group.
    for c in callouts(&view) {
        assert!(
            texts[0].contains(&format!("{}: **{}.**", c.kind.label(), c.title)),
            "{} in {}",
            c.title,
            texts[0]
        );
    }
    assert!(texts[0].contains("Needs support at home (for the facilitator): **"));
    // And the file says whose it is, before the first card.
    let note = texts[0]
        .find(buy_in_check::model::exchange::FOR_THE_FACILITATOR)
        .expect("the facilitator's note");
    assert!(
        note < texts[0]
            .find("Needs support at home (for the facilitator): **")
            .expect("a card")
    );
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
    old.assessments[0]
        .responses
        .retain(|id, _| buy_in_check::model::bank_upgrade::asked_between(1, 1, id));
    let Ok(DecodedWorkshop::Current(back)) = decode_workshop(&encode_workshop(&old)) else {
        panic!("reads");
    };
    assert_eq!(back.assessments[0].upgraded_from, Some(1));
    // A version-1 file answering what version 1 never asked (edited by hand) is refused
    // on import; in a saved view it sets the view aside, with the reason.
    let mut edited = w.clone();
    edited.assessments[0].bank_version = 1;
    match decode_workshop(&encode_workshop(&edited)) {
        Err(buy_in_check::model::record::RecordError::Invalid(reason)) => {
            assert!(
                reason.starts_with("file 1 in the view: it answers"),
                "{reason}"
            )
        }
        other => panic!("expected the view to be set aside, got {other:?}"),
    }
    // A partner file of newer questions than this build knows: the view is left alone.
    let mut newer = w.clone();
    newer.assessments[0].bank_version = buy_in_check::model::bank::BANK_VERSION + 1;
    assert_eq!(
        decode_workshop(&encode_workshop(&newer)),
        Ok(DecodedWorkshop::Newer {
            schema: buy_in_check::model::workshop::WORKSHOP_SCHEMA,
            name: Some("Spring workshop".into())
        })
    );
}

#[test]
fn a_problem_most_partners_share_is_one_shared_concern() {
    // Every partner scores accountability 1 (no spread at all) and capacity 2.
    let view = across_partners(
        bank(),
        &[
            partner("One", 4, 4, &[("accountability", 1), ("capacity", 2)]),
            partner("Two", 4, 4, &[("accountability", 1), ("capacity", 2)]),
            partner("Three", 4, 4, &[("accountability", 1)]),
        ],
    );
    let found = callouts(&view);
    let kinds: Vec<(CalloutKind, &str)> = found.iter().map(|c| (c.kind, c.dimension.id)).collect();
    assert_eq!(
        kinds,
        [
            // Accountability: 2 × (4.0 − 1.0) = 6.0.
            (CalloutKind::SharedConcern, "accountability"),
            // Capacity: two of three at 2.0, average (2 + 2 + 4)/3 = 2.7 → 2 × 1.3 = 2.6.
            (CalloutKind::SharedConcern, "capacity"),
        ]
    );
    assert_eq!(
        found[0].title,
        "“Accountability” is a concern for all 3 partners"
    );
    assert!(found[1].detail.contains("inside their own organisations"));
}

#[test]
fn partners_answering_a_fact_differently_is_a_question_of_fact() {
    use buy_in_check::model::bank::AGREEMENT_FACT;
    let mut yes = partner("Yes Org", 4, 4, &[]);
    yes.set_answer(AGREEMENT_FACT, Some(Answer::Yes), 2);
    let mut no = partner("No Org", 4, 4, &[]);
    no.set_answer(AGREEMENT_FACT, Some(Answer::No), 2);
    let view = across_partners(bank(), &[yes, no]);
    let found = callouts(&view);
    let fact = found
        .iter()
        .find(|c| c.dimension.id == "written-commitments")
        .expect("a callout about the agreement");
    assert_eq!(
        fact.title,
        "Partners disagree on a fact in “Written commitments”"
    );
    assert!(
        fact.detail
            .starts_with("No Org answered No to “The partners have signed a written agreement"),
        "{}",
        fact.detail
    );
    assert!(fact.detail.contains("Yes Org answered Yes"));
    // The table marks the row as a fact to settle, not as partners seeing it differently
    // (the card says its spread is not counted), in the Markdown as on screen.
    let row = view
        .rows
        .iter()
        .find(|r| r.dimension.id == "written-commitments")
        .expect("a row");
    assert_eq!(row.spread_mark(), " (a fact differs)");
    let md = partnership_markdown(&view);
    let line = md
        .lines()
        .find(|l| l.starts_with("| Written commitments |"))
        .expect("its line");
    assert!(line.ends_with(" (a fact differs) |"), "{line}");
    // Markdown has no dotted underline to point at.
    assert!(md.contains(&buy_in_check::model::workshop::spread_key_in_text()));
    assert!(SPREAD_KEY.contains("underlined with dots"));
    assert!(!md.contains("underlined with dots"));
    // Grouped by context, as on screen.
    let between = md
        .find("| **Between the partner organisations** |")
        .expect("a group row");
    let within = md
        .find("| **Within my own organisation** |")
        .expect("a group row");
    assert!(between < md.find("| Written commitments |").expect("a row") && within > between);
}

/// "In each of the other partners, someone besides its representative works with us" is
/// answered from where each partner sits: Yes for one and No for another can both be true.
/// It was called a disagreement on a fact, with "which document, or the lack of one?" to
/// ask about it.
#[test]
fn a_fact_answered_from_where_one_sits_is_a_view_not_a_fact_to_settle() {
    let contacts = "zip-up-contacts";
    let mut linked = partner("Linked Org", 4, 4, &[]);
    linked.set_answer(contacts, Some(Answer::Yes), 2);
    let mut alone = partner("Alone Org", 4, 4, &[]);
    alone.set_answer(contacts, Some(Answer::No), 2);
    let view = across_partners(bank(), &[linked, alone]);
    let row = view
        .rows
        .iter()
        .find(|r| r.dimension.id == "zip-up")
        .expect("its row");
    assert!(row.shared_fact().is_none());
    assert!(!row.fact_differs());
    assert_ne!(row.spread_mark(), " (a fact differs)");
    let found = callouts(&view);
    assert!(
        found
            .iter()
            .all(|c| c.fact.is_none() && !c.title.contains("a fact")),
        "{:#?}",
        found.iter().map(|c| &c.title).collect::<Vec<_>>()
    );
    // Its Yes and No still count in the scores (5 and 1), as views do.
    assert_eq!(row.spread.map(format_score).as_deref(), Some("1.3"));
    // The bank: a fact between the partners is either the same for every partner or
    // speaks from where the one answering sits.
    for (c, _, s) in bank().statements() {
        if c.id == ContextId::Between && s.kind == ItemKind::Fact {
            let from_here = [" us ", " us.", " our ", " we "]
                .iter()
                .any(|w| s.text.to_lowercase().contains(w));
            assert!(s.same_for_every_partner != from_here, "{}", s.text);
        }
    }
}

#[test]
fn a_fact_answered_differently_comes_before_a_shared_concern() {
    // Both partners score "Written commitments" in the concern band, but only because
    // one says there is no signed agreement and the other, who says there is, rates the
    // rest low: settle the fact first, do not advise them to write a second agreement.
    use buy_in_check::model::bank::AGREEMENT_FACT;
    let mut yes = partner("Yes Org", 4, 4, &[("written-commitments", 1)]);
    yes.set_answer(AGREEMENT_FACT, Some(Answer::Yes), 2);
    let mut no = partner("No Org", 4, 4, &[]);
    no.set_answer(AGREEMENT_FACT, Some(Answer::No), 2);
    let view = across_partners(bank(), &[yes, no]);
    let row = view
        .rows
        .iter()
        .find(|r| r.dimension.id == "written-commitments")
        .expect("the row");
    assert!(
        row.scores.iter().all(|s| s.is_some_and(|s| s < 2.5)),
        "both low: {:?}",
        row.scores
    );
    let about: Vec<_> = callouts(&view)
        .into_iter()
        .filter(|c| c.dimension.id == "written-commitments")
        .collect();
    assert_eq!(about.len(), 1, "{about:?}");
    assert_eq!(about[0].kind, CalloutKind::Disagreement);
    assert_eq!(
        about[0].title,
        "Partners disagree on a fact in “Written commitments”"
    );
    // Its "Ranked by" says what its place rests on: not the spread the No makes.
    assert!(
        about[0].ranked_by.starts_with(
            "ahead of the differences of view, since views on this dimension cannot be compared until the fact is settled (its spread of "
        ),
        "{}",
        about[0].ranked_by
    );

    // The guide helps settle the fact; it does not offer the dimension's remedies, which
    // assume one answer (such as drafting an agreement one partner says is signed).
    let topics = guide(bank(), &about, None, &FactsKnown::default());
    assert_eq!(topics.len(), 1);
    let titles: Vec<&str> = topics[0].actions.iter().map(|(t, _)| *t).collect();
    assert_eq!(titles, ["Settle the fact first"]);
    for remedy in about[0].dimension.actions {
        let remedy = bank().action(remedy).expect("in the bank").title;
        assert!(!titles.contains(&remedy), "{remedy}");
    }
    assert_ne!(topics[0].questions, about[0].dimension.questions);
    assert!(topics[0]
        .questions
        .iter()
        .any(|q| q.contains("what did we have in mind")));
}

#[test]
fn a_weak_link_card_says_how_many_others_it_is_contrasted_with() {
    let card = |partners: &[Assessment], who: &str| -> String {
        let view = across_partners(bank(), partners);
        callouts(&view)
            .into_iter()
            .find(|c| c.kind == CalloutKind::WeakLink && c.title.contains(who))
            .map(|c| c.detail)
            .expect("a weak-link card")
    };
    // Two partners: there is one other, not "most".
    let two = [
        partner("One", 4, 4, &[("mandate", 1)]),
        partner("Two", 4, 4, &[]),
    ];
    assert!(card(&two, "One").contains("1.0, where the other partner does not."));
    // Five, two of them low on it: the others are not all outside the band.
    let five = [
        partner("One", 4, 4, &[("mandate", 1)]),
        partner("Two", 4, 4, &[("mandate", 2)]),
        partner("Three", 4, 4, &[]),
        partner("Four", 4, 4, &[]),
        partner("Five", 4, 4, &[]),
    ];
    assert!(card(&five, "One").contains("1.0, where most other partners do not."));
}

#[test]
fn two_partners_are_spoken_of_as_two() {
    let view = across_partners(
        bank(),
        &[
            partner("One", 5, 2, &[("accountability", 1)]),
            partner("Two", 4, 2, &[]),
        ],
    );
    let found = callouts(&view);
    let detail = |kind: CalloutKind| -> String {
        found
            .iter()
            .find(|c| c.kind == kind)
            .map(|c| c.detail.clone())
            .expect("a callout of that kind")
    };
    let shared = detail(CalloutKind::SharedConcern);
    assert!(
        shared.starts_with("Both partners rate")
            && shared.contains("(inside each one's own organisation)"),
        "{shared}"
    );
    let differ = detail(CalloutKind::Disagreement);
    assert!(
        differ.ends_with("With two partners, each answered about the other: ask what each has seen, not who was meant."),
        "{differ}"
    );
    assert!(!differ.contains("who each had in mind"));
}

#[test]
fn a_weak_link_card_names_every_weak_spot_of_that_partner() {
    // One is alone at 1 on its mandate, and shares a low capacity with Two.
    let view = across_partners(
        bank(),
        &[
            partner("One", 4, 4, &[("mandate", 1), ("capacity", 2)]),
            partner("Two", 4, 4, &[("capacity", 2)]),
            partner("Three", 4, 4, &[]),
        ],
    );
    let found = callouts(&view);
    let title = |id: &str| bank().dimension(id).expect("a dimension").1.title;
    let weak: Vec<_> = found
        .iter()
        .filter(|c| c.kind == CalloutKind::WeakLink)
        .collect();
    assert_eq!(weak.len(), 1, "only One stands apart: {weak:?}");
    assert!(
        weak[0].detail.starts_with(&format!(
            "The representative of One rates their own organisation in the concern band on “{}” 1.0, where the other partners do not. It is also in the concern band on “{}” 2.0, which other partners share",
            title("mandate"),
            title("capacity")
        )),
        "{}",
        weak[0].detail
    );
    // Its title counts both, as the card names both: not "“My mandate” is a concern"
    // above a card naming two.
    assert_eq!(weak[0].title, "Inside One, two dimensions are concerns");
    assert!(found
        .iter()
        .any(|c| c.kind == CalloutKind::SharedConcern && c.dimension.id == "capacity"));
}

#[test]
fn the_view_lists_the_warning_signs_partners_have_seen_most_seen_first() {
    let signs = &bank().warning_signs;
    let (first, second) = (&signs[0], &signs[1]);
    let mut a = partner("Harbour Trust", 4, 4, &[]);
    let mut b = partner("City Council", 4, 4, &[]);
    let mut c = partner("Riverside Homes", 4, 4, &[]);
    // The bank's second sign seen by two partners, its first by one: most seen first.
    a.set_warning_sign(second.id, true, 2);
    c.set_warning_sign(second.id, true, 2);
    b.set_warning_sign(first.id, true, 2);
    for (p, name) in [
        (&mut a, "River Care"),
        (&mut b, " River Care "),
        (&mut c, "Rivercare"),
    ] {
        p.profile.partnership = name.into();
    }
    let view = across_partners(bank(), &[a, b, c]);
    assert_eq!(
        view.partnership,
        ["River Care", "Rivercare"],
        "each spelling once, trimmed"
    );
    let listed: Vec<(&str, Vec<usize>)> = view
        .signs
        .iter()
        .map(|s| (s.sign.id, s.seen_by.clone()))
        .collect();
    assert_eq!(listed, [(second.id, vec![0, 2]), (first.id, vec![1])]);
    assert_eq!(
        seen_by_line(&view, &view.signs[0]),
        "seen by Harbour Trust and Riverside Homes (2 of 3 partners)"
    );
    assert_eq!(
        seen_by_line(&view, &view.signs[1]),
        "seen by City Council (1 of 3 partners)"
    );

    let md = partnership_markdown(&view);
    assert!(
        md.contains("- **Partnership:** River Care / Rivercare\n"),
        "{md}"
    );
    assert!(
        md.contains(&format!("## {SIGNS_HEADING}\n\n{SIGNS_LEAD}\n\n")),
        "{md}"
    );
    assert!(md.contains(&format!(
        "- **{}** — seen by Harbour Trust and Riverside Homes (2 of 3 partners).\n- **{}** — seen by City Council (1 of 3 partners).\n",
        second.text.trim_end_matches('.'),
        first.text.trim_end_matches('.')
    )), "{md}");

    // Anonymous: the names go, the counts stay.
    let anon = view.anonymised();
    let line = seen_by_line(&anon, &anon.signs[0]);
    assert_eq!(
        line,
        format!(
            "seen by {} and {} (2 of 3 partners)",
            anonymous_label(0),
            anonymous_label(2)
        )
    );
    assert!(!partnership_markdown(&anon).contains("Harbour Trust"));

    // Nobody ticked a sign: the view says so instead of an empty list.
    let quiet = across_partners(
        bank(),
        &[
            partner("Harbour Trust", 4, 4, &[]),
            partner("City Council", 4, 4, &[]),
        ],
    );
    assert!(quiet.signs.is_empty());
    assert!(quiet.partnership.is_empty());
    let md = partnership_markdown(&quiet);
    assert!(
        md.contains(&format!("## {SIGNS_HEADING}\n\n{NO_SIGNS}\n")),
        "{md}"
    );
    assert!(!md.contains("**Partnership:**"));
    // Nothing stands out: no sentence about the order of a list that is not there.
    assert!(callouts(&quiet).is_empty());
    assert!(!md.contains("are weighed by"), "{md}");
    assert!(!md.contains("How the order is worked out"));

    // Every partner saw it.
    let mut x = partner("Harbour Trust", 4, 4, &[]);
    let mut y = partner("City Council", 4, 4, &[]);
    x.set_warning_sign(first.id, true, 2);
    y.set_warning_sign(first.id, true, 2);
    let both = across_partners(bank(), &[x, y]);
    assert_eq!(
        seen_by_line(&both, &both.signs[0]),
        "seen by Harbour Trust and City Council (both partners)"
    );
}

#[test]
fn a_fact_answered_differently_is_settled_first_even_among_many_callouts() {
    // The fact's card says to check the facts before discussing views, so the list and the
    // guide put it first: here beside wide differences of view and shared concerns, more
    // callouts than are shown at first. Before, it ranked by its lowest score alone and fell
    // behind the disclosure and out of the guide.
    use buy_in_check::model::bank::AGREEMENT_FACT;
    let mut yes = partner("Yes Org", 5, 4, &[("accountability", 1)]);
    yes.set_answer(AGREEMENT_FACT, Some(Answer::Yes), 2);
    let mut no = partner("No Org", 1, 2, &[]);
    no.set_answer(AGREEMENT_FACT, Some(Answer::No), 2);
    let third = partner("Third Org", 5, 1, &[]);
    let view = across_partners(bank(), &[yes, no, third]);
    let found = callouts(&view);
    assert!(found.len() > SHOWN_CALLOUTS, "{}", found.len());
    assert!(found[0].fact.is_some(), "first: {}", found[0].title);
    assert_eq!(
        found[0].title,
        "Partners disagree on a fact in “Written commitments”"
    );
    // Some other callout outweighs it by the numbers: it is first by rule, not by weight.
    assert!(found[1..].iter().any(|c| c.weight > found[0].weight));
    assert!(
        found[0]
            .ranked_by
            .starts_with("ahead of the differences of view, since "),
        "{}",
        found[0].ranked_by
    );
    // The rest keep their order by weight.
    assert!(found[1..].windows(2).all(|w| w[0].weight >= w[1].weight));
    let topics = guide(bank(), &found, None, &FactsKnown::default());
    // The hand-out quotes the fact: the card's title alone never said which.
    assert_eq!(
        topics[0].title,
        format!("{}: “{}”", found[0].title, found[0].fact.expect("a fact"))
    );
    assert!(topics[0].title.ends_with(
        ": “The partners have signed a written agreement, such as a memorandum of understanding”"
    ));
    assert_eq!(topics[0].actions[0].0, "Settle the fact first");
    assert!(ranking_rule().contains("A fact answered differently comes first"));
    assert!(ranking_summary(&found)
        .starts_with("A yes/no fact the partners answered differently comes first"));
    // Without such a card, the summary does not speak of one.
    let no_fact: Vec<_> = found.iter().filter(|c| c.fact.is_none()).cloned().collect();
    assert!(ranking_summary(&no_fact).starts_with("The cards are weighed by"));
}

#[test]
fn the_guide_fits_the_stage_most_partners_gave_and_says_when_they_differ() {
    use buy_in_check::model::bank::Stage;
    let with_stage = |org: &str, stage: Option<Stage>| {
        let mut a = partner(org, 2, 4, &[]);
        a.profile.stage = stage;
        a
    };
    // Two say forming, one delivering: the guide's first steps are those for forming.
    let view = across_partners(
        bank(),
        &[
            with_stage("A org", Some(Stage::Forming)),
            with_stage("B org", Some(Stage::Forming)),
            with_stage("C org", Some(Stage::Delivering)),
        ],
    );
    assert_eq!(view.shared_stage(), Some(Stage::Forming));
    let found = callouts(&view);
    let topics = guide(bank(), &found, view.shared_stage(), &FactsKnown::default());
    assert!(!topics.is_empty());
    let mut staged = 0;
    for (topic, callout) in topics.iter().zip(&found) {
        for ((title, step), id) in topic.actions.iter().zip(callout.dimension.actions) {
            let action = bank().action(id).expect("in the bank");
            assert_eq!(*title, action.title);
            assert_eq!(
                *step,
                action.first_step_for(Some(Stage::Forming)),
                "{title}"
            );
            staged += usize::from(*step != action.first_step);
        }
    }
    assert!(
        staged > 0,
        "at least one action has a step of its own for forming"
    );
    let note = view.stage_note(true).expect("the partners differ");
    assert_eq!(
        note,
        "Partners place the partnership at different stages: A org and B org say “Forming: getting started”, \
         C org says “Delivering: the work is under way”. Agree where it stands first; the first steps below \
         are those for “Forming: getting started”, which most partners gave."
    );
    assert!(partnership_markdown(&view).contains(&note));
    // With no guide below, no "first steps below" to point at.
    assert!(view
        .stage_note(false)
        .expect("the partners differ")
        .ends_with("C org says “Delivering: the work is under way”. Agree where it stands first."));

    // A tie: no stage is assumed, and the note says so.
    let tie = across_partners(
        bank(),
        &[
            with_stage("A org", Some(Stage::Renewing)),
            with_stage("B org", Some(Stage::WindingDown)),
            with_stage("C org", None),
        ],
    );
    assert_eq!(tie.shared_stage(), None);
    assert!(tie
        .stage_note(true)
        .expect("they differ")
        .ends_with("the first steps below are the general ones."));
    // All the same, or none given: nothing to note.
    let same = across_partners(
        bank(),
        &[
            with_stage("A org", Some(Stage::Delivering)),
            with_stage("B org", None),
        ],
    );
    assert_eq!(same.shared_stage(), Some(Stage::Delivering));
    assert_eq!(same.stage_note(true), None);
}

#[test]
fn a_newer_copy_of_an_assessment_replaces_the_older_and_an_older_copy_is_not_added() {
    let first = partner("River Care", 2, 3, &[]);
    let mut updated = first.clone();
    updated.set_answer("accountability-2", Answer::from_code("5"), 1_000);
    let other = partner("Harbour Trust", 4, 4, &[]);
    let mut fresh = 0;
    let mut next_id = || {
        fresh += 1;
        format!("fresh-{fresh}")
    };

    // A partner sends an updated export: it takes the old one's place, not a second column.
    let mut view = vec![first.clone(), other.clone()];
    let added = add_to_view(&mut view, vec![updated.clone()], &mut next_id);
    assert_eq!(view, vec![updated.clone(), other.clone()]);
    assert_eq!(added.replaced, vec!["River Care view"]);
    assert_eq!(added.added, 0);
    assert_eq!(
        added.sentence(false),
        "Replaced by the newer copy you added: River Care view."
    );

    // The older export after the newer one changes nothing, whatever the order of files.
    let added = add_to_view(&mut view, vec![first.clone()], &mut next_id);
    assert_eq!(view, vec![updated.clone(), other.clone()]);
    assert_eq!(added.older, vec!["River Care view"]);
    let mut view = Vec::new();
    add_to_view(
        &mut view,
        vec![updated.clone(), first.clone()],
        &mut next_id,
    );
    assert_eq!(view, vec![updated.clone()]);

    // The same again is not added again.
    let added = add_to_view(&mut view, vec![updated.clone()], &mut next_id);
    assert_eq!(view.len(), 1);
    assert_eq!(added.already, vec!["River Care view"]);

    // Files named alike ("Spring review" from every partner) are told apart by whose
    // they are; a name that says so already is left as it is.
    let mut spring = partner("City Council", 3, 3, &[]);
    spring.profile.name = "Spring review".into();
    let mut view = vec![spring.clone()];
    let added = add_to_view(&mut view, vec![spring.clone()], &mut next_id);
    assert_eq!(
        added.sentence(false),
        "Already in this view, so not added again: Spring review (City Council)."
    );

    // An anonymous view says what happened without naming anyone.
    let both = Added {
        added: 1,
        replaced: vec!["River Care view".into()],
        older: vec!["Harbour Trust view".into()],
        ..Added::default()
    };
    let said = both.sentence(true);
    assert_eq!(
        said,
        "Added 1 assessment. Replaced by the newer copy you added: 1 assessment. \
         Not added, because this view has a newer copy (changed later): 1 assessment."
    );
}

#[test]
fn different_assessments_sharing_an_id_are_both_kept() {
    // Anonymised exports of two workshops both hold "partner-a", changed at time 0.
    let a = anonymise_assessment(&partner("River Care", 2, 3, &[]), "Partner A");
    let b = anonymise_assessment(&partner("Lakeside", 4, 4, &[]), "Partner A");
    assert_eq!(a.id, b.id);
    let mut view = vec![a.clone()];
    let added = add_to_view(&mut view, vec![b.clone()], || "fresh-1".to_owned());
    assert_eq!(added.added, 1);
    assert_eq!(view.len(), 2);
    assert_eq!(view[1].id, "fresh-1");
    assert_eq!(view[1].responses, b.responses);
}

#[test]
fn files_from_different_partnerships_are_named_and_one_spelling_is_one_partnership() {
    let mut a = partner("Harbour Trust", 4, 4, &[]);
    let mut b = partner("Riverside", 2, 4, &[]);
    let mut c = partner("Eastside", 4, 2, &[]);
    a.profile.partnership = "River Care Alliance".into();
    b.profile.partnership = " river care  alliance".into();
    c.profile.partnership = "Lakeside Network".into();
    let same = across_partners(bank(), &[a.clone(), b.clone()]);
    assert_eq!(same.partnership, vec!["River Care Alliance"]);
    assert_eq!(same.partnership_note(), None);

    let mixed = across_partners(bank(), &[a, b, c]);
    let note = mixed.partnership_note().expect("a note");
    assert_eq!(
        note,
        "These files name 2 different partnerships: “River Care Alliance” (Harbour Trust and Riverside), \
         “Lakeside Network” (Eastside). Partners of different partnerships do not describe one shared \
         thing: remove the files that do not belong here."
    );
    let md = partnership_markdown(&mixed);
    assert!(
        md.contains("These files name 2 different partnerships"),
        "{md}"
    );
    // Anonymous: the note names the partners by their labels only.
    let anon = mixed.anonymised().partnership_note().expect("a note");
    assert!(
        anon.contains("(Partner A and Partner B)") && !anon.contains("Harbour"),
        "{anon}"
    );
}

#[test]
fn one_partner_is_not_compared_with_anyone() {
    // Weak at home: with others this would be a weak-link card "where most other partners
    // do not", a comparison with no one.
    let view = across_partners(bank(), &[partner("Harbour Trust", 4, 1, &[])]);
    assert!(callouts(&view).is_empty());
    assert_eq!(nothing_stands_out(1), ONE_PARTNER);
    assert!(partnership_markdown(&view).contains(ONE_PARTNER));
    assert_ne!(nothing_stands_out(2), ONE_PARTNER);
}

#[test]
fn the_guide_never_asks_for_an_agreement_every_partner_says_is_signed() {
    // Accountability is the shared concern; its second action is "put it in writing".
    let mut partners: Vec<Assessment> = ["Harbour Trust", "Riverside", "Eastside"]
        .iter()
        .map(|org| partner(org, 4, 4, &[("accountability", 1)]))
        .collect();
    for p in &mut partners {
        p.profile.stage = Some(Stage::Delivering);
        p.set_answer(AGREEMENT_FACT, Some(Answer::Yes), 2);
    }
    let writing_steps_named = |partners: &[Assessment], name: &str| -> Vec<&'static str> {
        let view = across_partners(bank(), partners);
        let topics = guide(
            bank(),
            &callouts(&view),
            view.shared_stage(),
            &view.facts_known(),
        );
        topics
            .iter()
            .flat_map(|t| t.actions.iter())
            .filter(|(title, _)| *title == name)
            .map(|(_, step)| *step)
            .collect()
    };
    let writing_steps =
        |partners: &[Assessment]| writing_steps_named(partners, "Put the commitments in writing");
    let view = across_partners(bank(), &partners);
    assert_eq!(view.facts_known().known(AGREEMENT_FACT), FactKnown::InPlace);
    // Named for what is there: "Put the commitments in writing" asked for it.
    assert_eq!(writing_steps(&partners), Vec::<&str>::new());
    let steps = writing_steps_named(&partners, "Review the signed agreement");
    assert!(!steps.is_empty());
    for step in &steps {
        assert!(
            step.starts_with("Check the signed agreement against"),
            "{step}"
        );
    }
    assert!(partnership_markdown(&view).contains("Check the signed agreement against"));

    // One partner says No: the fact is not settled.
    partners[1].set_answer(AGREEMENT_FACT, Some(Answer::No), 3);
    let view = across_partners(bank(), &partners);
    assert_eq!(view.facts_known().known(AGREEMENT_FACT), FactKnown::Unknown);
    // Here the guide's first topic settles that fact, so no other topic asks it again.
    let topics = guide(
        bank(),
        &callouts(&view),
        view.shared_stage(),
        &view.facts_known(),
    );
    assert!(
        topics[0].title.starts_with("Partners disagree on a fact"),
        "{}",
        topics[0].title
    );
    assert!(topics.iter().all(|t| !t.actions.is_empty()));
    assert_eq!(writing_steps(&partners), Vec::<&str>::new());
    // Every partner Don't know: unsettled too, with no topic to settle it, so the step
    // finds out first and neither checks a signed agreement nor drafts a new one.
    for p in &mut partners {
        p.set_answer(AGREEMENT_FACT, Some(Answer::DontKnow), 4);
    }
    let view = across_partners(bank(), &partners);
    assert_eq!(view.facts_known().known(AGREEMENT_FACT), FactKnown::Unknown);
    assert_eq!(writing_steps(&partners), Vec::<&str>::new());
    let steps = writing_steps_named(&partners, "Find out whether there is a signed agreement");
    assert!(!steps.is_empty());
    for step in &steps {
        assert!(
            step.starts_with("Ask the partners whether a signed agreement already exists"),
            "{step}"
        );
    }
    // Every partner No: none exists, so the usual step drafts one.
    for p in &mut partners {
        p.set_answer(AGREEMENT_FACT, Some(Answer::No), 5);
    }
    let view = across_partners(bank(), &partners);
    assert_eq!(
        view.facts_known().known(AGREEMENT_FACT),
        FactKnown::Otherwise
    );
    for step in writing_steps(&partners) {
        assert!(step.starts_with("Draft one page"), "{step}");
    }
}

#[test]
fn two_representatives_of_one_organisation_are_told_apart_and_dont_knows_are_shown() {
    let mut ann = partner("Harbour Trust", 4, 4, &[]);
    ann.id = "ann".into();
    ann.profile.name = "Ann's view".into();
    let mut bob = partner("Harbour Trust", 2, 2, &[]);
    bob.id = "bob".into();
    bob.profile.name = "Bob's view".into();
    let mut unsure = partner("Riverside", 4, 4, &[]);
    for (i, (_, _, s)) in bank().statements().enumerate() {
        if i % 3 == 0 && s.kind == ItemKind::Scale {
            unsure.set_answer(s.id, Some(Answer::DontKnow), 2);
        }
    }
    let view = across_partners(bank(), &[ann, bob, unsure.clone()]);
    let labels: Vec<&str> = view.partners.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Harbour Trust — Ann's view",
            "Harbour Trust — Bob's view",
            "Riverside"
        ]
    );
    let expected_dk = bank()
        .statements()
        .filter(|(_, _, s)| unsure.is_asked(s) && unsure.answer_to(s) == Some(Answer::DontKnow))
        .count();
    assert!(expected_dk > 10);
    assert_eq!(view.partners[2].dont_know, expected_dk);
    assert_eq!(view.partners[0].dont_know, 0);
    assert_eq!(view.partners[0].asked, view.partners[2].asked);
    let md = partnership_markdown(&view);
    assert!(
        md.contains(&format!(
            // Within, a third Don't know and the facts Not applicable leave too few answers.
            "| Riverside | 4.0 | – | {expected_dk} of {} |",
            view.partners[2].asked
        )),
        "{md}"
    );
    assert!(md.contains("A dash (–) means too few answers for a score: fewer than 50%"));
    // Harbour Trust is two columns, so it counts twice in every mean: the view says so,
    // on screen and in the Markdown, and names nobody when anonymous.
    let note = view.shared_organisation_note().expect("a note");
    assert!(
        note.starts_with("More than one file comes from the same organisation: Harbour Trust — Ann's view and Harbour Trust — Bob's view."),
        "{note}"
    );
    assert!(md.contains(&note));
    assert!(!note.contains("  "), "{note}");
    let anon = view
        .anonymised()
        .shared_organisation_note()
        .expect("a note");
    assert!(anon.contains(": Partner A and Partner B."), "{anon}");
    assert!(!anon.contains("Harbour"), "{anon}");
    // One file per organisation (or none named): nothing to say.
    let one_each = across_partners(
        bank(),
        &[
            partner("Harbour Trust", 4, 4, &[]),
            partner("Riverside", 4, 4, &[]),
            partner("", 3, 3, &[]),
            partner("", 3, 3, &[]),
        ],
    );
    assert_eq!(one_each.shared_organisation_note(), None);
}

#[test]
fn the_views_means_and_spreads_agree_with_the_scores_shown_beside_them() {
    // A facilitator checks "all partners together" against the partners' scores as shown,
    // to one decimal: the exact means could round the other way (3.75, 3.75, 3.06 show as
    // 3.8, 3.8, 3.1, which average 3.6; the exact values average 3.52).
    let shown = |x: f64| format_score(x).parse::<f64>().expect("a number");
    let mut checked = 0;
    for a in 2..=5u8 {
        for b in 1..=5u8 {
            for c in 1..=5u8 {
                let view = across_partners(
                    bank(),
                    &[
                        partner("One", a, 3, &[("accountability", b)]),
                        partner("Two", a, 3, &[("shared-value", c), ("accountability", b)]),
                        partner("Three", b, 3, &[("mandate", c)]),
                    ],
                );
                let betweens: Vec<f64> = view
                    .partners
                    .iter()
                    .filter_map(|p| p.between)
                    .map(shown)
                    .collect();
                let by_hand = betweens.iter().sum::<f64>() / betweens.len() as f64;
                assert_eq!(
                    format_score(view.between.expect("a mean")),
                    format_score(by_hand),
                    "{betweens:?}"
                );
                for row in &view.rows {
                    let xs: Vec<f64> = row.scores.iter().flatten().map(|s| shown(*s)).collect();
                    if xs.len() < 2 {
                        continue;
                    }
                    let mean = xs.iter().sum::<f64>() / xs.len() as f64;
                    assert_eq!(row.mean.map(format_score), Some(format_score(mean)));
                    let high = xs.iter().copied().fold(f64::MIN, f64::max);
                    let low = xs.iter().copied().fold(f64::MAX, f64::min);
                    assert_eq!(row.spread.map(format_score), Some(format_score(high - low)));
                }
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 100);
}

#[test]
fn the_facilitators_note_points_at_a_guide_only_when_there_is_one() {
    use buy_in_check::model::exchange::{FOR_THE_FACILITATOR, HAND_ROUND_THE_GUIDE};
    // Two partners, one weak at home, nothing else: a card for the facilitator, no guide.
    let alone = across_partners(
        bank(),
        &[
            partner("One", 4, 4, &[("mandate", 1)]),
            partner("Two", 4, 4, &[]),
        ],
    );
    let found = callouts(&alone);
    assert!(found.iter().all(|c| c.kind == CalloutKind::WeakLink) && !found.is_empty());
    let md = partnership_markdown(&alone);
    assert!(md.contains(FOR_THE_FACILITATOR));
    assert!(!md.contains(HAND_ROUND_THE_GUIDE), "{md}");
    // With a disagreement as well, there is a guide to hand round.
    let more = across_partners(
        bank(),
        &[
            partner("One", 4, 4, &[("mandate", 1), ("accountability", 1)]),
            partner("Two", 4, 4, &[("accountability", 5)]),
        ],
    );
    let md = partnership_markdown(&more);
    assert!(
        md.contains(&format!("{FOR_THE_FACILITATOR} {HAND_ROUND_THE_GUIDE}")),
        "{md}"
    );
}

#[test]
fn a_fact_card_names_who_answered_neither_yes_nor_no() {
    let mut partners: Vec<Assessment> = ["Harbour Trust", "Riverside", "Eastside"]
        .iter()
        .map(|org| partner(org, 4, 4, &[]))
        .collect();
    partners[0].set_answer(AGREEMENT_FACT, Some(Answer::Yes), 2);
    partners[1].set_answer(AGREEMENT_FACT, Some(Answer::No), 2);
    partners[2].set_answer(AGREEMENT_FACT, Some(Answer::DontKnow), 2);
    let view = across_partners(bank(), &partners);
    let card = callouts(&view)
        .into_iter()
        .find(|c| c.fact.is_some())
        .expect("a fact card");
    assert!(
        card.detail.contains("Riverside answered No to “The partners have signed a written agreement")
            && card.detail.contains("; Harbour Trust answered Yes. Eastside answered neither Yes nor No. Check the facts"),
        "{}",
        card.detail
    );
}

#[test]
fn two_files_from_one_organisation_are_two_views_of_one_house_not_two_partners() {
    let mut ann = partner("Harbour Trust", 4, 4, &[("mandate", 2)]);
    ann.id = "ann".into();
    ann.profile.name = "Ann's view".into();
    let mut bob = partner("Harbour Trust", 4, 4, &[]);
    bob.id = "bob".into();
    bob.profile.name = "Bob's view".into();
    let council = partner("City Council", 4, 4, &[]);
    let view = across_partners(bank(), &[ann.clone(), bob.clone(), council.clone()]);
    let cards = callouts(&view);
    let weak = cards
        .iter()
        .find(|c| c.kind == CalloutKind::WeakLink)
        .expect("a weak-link card for Ann's file");
    // About the house, not the file ("Inside Harbour Trust — Ann's view" read as a name).
    assert_eq!(
        weak.title,
        "Inside Harbour Trust, “My mandate” is a concern"
    );
    // Contrasted with the one other organisation, not with Ann's own colleague.
    assert!(
        weak.detail
            .contains("“My mandate” 2.0, where the other partner does not."),
        "{}",
        weak.detail
    );
    assert!(
        weak.detail.contains(
            "From the same organisation, Harbour Trust — Bob's view rates it 4.0 on “My mandate”"
        ),
        "{}",
        weak.detail
    );

    // A Yes and a No to a fact, both from Harbour Trust: its own people differ.
    ann.set_answer(AGREEMENT_FACT, Some(Answer::Yes), 3);
    bob.set_answer(AGREEMENT_FACT, Some(Answer::No), 3);
    let view = across_partners(bank(), &[ann.clone(), bob.clone(), council.clone()]);
    let fact = callouts(&view)
        .into_iter()
        .find(|c| c.fact.is_some())
        .expect("a fact card");
    assert_eq!(
        fact.title,
        "Answers from one organisation differ on a fact in “Written commitments”"
    );
    // For the facilitator: one partner's mix-up is not aired in the group's guide.
    assert_eq!(fact.kind, CalloutKind::InsideOnePartner);
    assert!(fact.kind.for_facilitator());
    assert!(
        fact.detail.contains(
            "Harbour Trust — Ann's view and Harbour Trust — Bob's view come from the same organisation"
        ),
        "{}",
        fact.detail
    );
    let topics = guide(bank(), &callouts(&view), None, &view.facts_known());
    assert!(
        topics.iter().all(|t| !t.title.contains("differ on a fact")),
        "{topics:?}"
    );
    // Another organisation's Yes beside them: the only No is still a colleague's of a Yes,
    // so it stays with the facilitator.
    let mut yes = council.clone();
    yes.set_answer(AGREEMENT_FACT, Some(Answer::Yes), 3);
    let view = across_partners(bank(), &[ann.clone(), bob.clone(), yes.clone()]);
    let fact = callouts(&view)
        .into_iter()
        .find(|c| c.fact.is_some())
        .expect("a fact card");
    assert_eq!(fact.kind, CalloutKind::InsideOnePartner);
    // One organisation's Yes and another's No: partners disagree, and the colleagues who
    // differ are named too.
    let mut no = partner("Riverside Homes", 4, 4, &[]);
    no.set_answer(AGREEMENT_FACT, Some(Answer::No), 3);
    let view = across_partners(bank(), &[ann, bob, yes, no]);
    let fact = callouts(&view)
        .into_iter()
        .find(|c| c.fact.is_some())
        .expect("a fact card");
    assert_eq!(
        fact.title,
        "Partners disagree on a fact in “Written commitments”"
    );
    assert_eq!(fact.kind, CalloutKind::Disagreement);
    assert!(
        fact.detail.contains("Harbour Trust — Ann's view and Harbour Trust — Bob's view come from the same organisation"),
        "{}",
        fact.detail
    );
}

#[test]
fn files_alike_in_organisation_and_name_still_get_labels_of_their_own() {
    let file = |id: &str, role: &str| {
        let mut a = partner("Harbour Trust", 4, 4, &[]);
        a.id = id.into();
        a.profile.name = "Buy-in review".into();
        a.profile.role = role.into();
        a
    };
    let mut lower = file("c", "Lead");
    // Typed in another case, the organisation is the same one.
    lower.profile.organisation = "harbour trust".into();
    let view = across_partners(
        bank(),
        &[
            file("a", "Director"),
            file("b", "Lead"),
            lower,
            partner("City Council", 4, 4, &[]),
        ],
    );
    let labels: Vec<&str> = view.partners.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Harbour Trust — Director",
            "Harbour Trust (1)",
            "Harbour Trust (2)",
            "City Council"
        ]
    );
}

/// Sets the answers of one dimension statement by statement (scale statements only).
fn set_dimension(a: &mut Assessment, dimension: &str, values: &[&str]) {
    let (_, d) = bank().dimension(dimension).expect("a dimension");
    for (s, v) in d.statements.iter().zip(values) {
        a.set_answer(s.id, Answer::from_code(v), 4);
    }
}

#[test]
fn a_cards_figures_are_worked_out_from_the_table_as_shown() {
    // Mandate 1.75 (shown 1.8), 2.25 (2.3) and 4.5: the table's mean of the shown scores
    // is 2.9; the card said "average 2.8" from the exact ones.
    let mut a = partner("Harbour Trust", 4, 4, &[]);
    set_dimension(&mut a, "mandate", &["2", "2", "2", "1"]);
    let mut b = partner("City Council", 4, 4, &[]);
    set_dimension(&mut b, "mandate", &["2", "2", "2", "3"]);
    let mut c = partner("Riverside Homes", 4, 4, &[]);
    set_dimension(&mut c, "mandate", &["5", "4", "5", "4"]);
    let view = across_partners(bank(), &[a, b, c]);
    let row = view
        .rows
        .iter()
        .find(|r| r.dimension.id == "mandate")
        .expect("a row");
    assert_eq!(row.mean.map(format_score).as_deref(), Some("2.9"));
    let shared = callouts(&view)
        .into_iter()
        .find(|c| c.kind == CalloutKind::SharedConcern)
        .expect("a shared concern");
    assert!(
        shared
            .ranked_by
            .starts_with("2 partners in the concern band and the average of all the scores, 2.9;"),
        "{}",
        shared.ranked_by
    );
}

#[test]
fn one_organisations_two_low_files_are_not_a_shared_concern() {
    let mut ann = partner("City Council", 4, 4, &[("mandate", 2)]);
    ann.id = "ann".into();
    ann.profile.name = "Ann".into();
    let mut bob = partner("City Council", 4, 4, &[("mandate", 2)]);
    bob.id = "bob".into();
    bob.profile.name = "Bob".into();
    let view = across_partners(bank(), &[ann, bob, partner("Health Trust", 4, 4, &[])]);
    let cards = callouts(&view);
    assert!(
        !cards.iter().any(|c| c.kind == CalloutKind::SharedConcern),
        "{cards:#?}"
    );
    // One card for the facilitator about that house, naming each file; never in the guide.
    let weak: Vec<_> = cards
        .iter()
        .filter(|c| c.kind == CalloutKind::WeakLink)
        .collect();
    assert_eq!(weak.len(), 1, "{weak:#?}");
    assert_eq!(
        weak[0].title,
        "Inside City Council, “My mandate” is a concern"
    );
    assert!(
        weak[0].detail.starts_with(
            "2 files from City Council rate their own organisation in the concern band: \
             City Council — Ann on “My mandate” 2.0; City Council — Bob on “My mandate” 2.0, \
             where the other partner does not."
        ),
        "{}",
        weak[0].detail
    );
    assert!(guide(bank(), &cards, None, &view.facts_known()).is_empty());
}

#[test]
fn a_shared_concern_counts_a_partner_without_a_score_among_all_partners() {
    let mut unsure = partner("Riverside Homes", 4, 4, &[]);
    set_dimension(&mut unsure, "mandate", &["dont-know"; 4]);
    let view = across_partners(
        bank(),
        &[
            partner("Harbour Trust", 4, 4, &[("mandate", 2)]),
            partner("City Council", 4, 4, &[("mandate", 2)]),
            unsure,
        ],
    );
    let shared = callouts(&view)
        .into_iter()
        .find(|c| c.kind == CalloutKind::SharedConcern)
        .expect("a shared concern");
    assert!(
        shared
            .detail
            .starts_with("2 of 3 partners rate “My mandate” in the concern band"),
        "{}",
        shared.detail
    );
    assert!(
        shared.detail.contains("Riverside Homes no score"),
        "{}",
        shared.detail
    );
}

#[test]
fn a_file_started_on_earlier_questions_says_what_it_has_yet_to_answer() {
    // A partner's file from version 2, carried to the current questions: seven new
    // statements unanswered, eight answers to statements no longer asked.
    let v2 = buy_in_check::model::exchange::from_json(
        &std::fs::read_to_string(format!(
            "{}/tests/fixtures/v2/export-v2.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("fixture"),
    )
    .expect("imports")
    .remove(0);
    let view = across_partners(bank(), &[partner("Harbour Trust", 4, 4, &[]), v2.clone()]);
    assert_eq!(
        view.earlier_questions_note().as_deref(),
        Some(
            "A file started on an earlier version of the questions has new statements still \
             to answer: Port Authority (13 statements). Those scores rest on fewer statements \
             than the others'; ask for an updated file before the meeting. 14 answers belong \
             to statements these questions no longer ask; they are left out."
        )
    );
    assert!(partnership_markdown(&view).contains("Port Authority (13 statements)"));
    // Once the new statements are answered, only the left-out answers are said.
    let mut done = v2;
    for (_, _, s) in bank().statements() {
        if done.is_asked(s) && done.answer_to(s).is_none() {
            done.set_answer(s.id, Some(Answer::NotApplicable), 9);
        }
    }
    let view = across_partners(bank(), &[partner("Harbour Trust", 4, 4, &[]), done]);
    assert_eq!(
        view.earlier_questions_note().as_deref(),
        Some("14 answers belong to statements these questions no longer ask; they are left out.")
    );
    let current = across_partners(bank(), &[partner("Harbour Trust", 4, 4, &[])]);
    assert_eq!(current.earlier_questions_note(), None);
}

#[test]
fn a_partner_without_any_score_is_said_above_the_cards() {
    let mut unsure = partner("River Rescue", 4, 4, &[]);
    for (_, _, s) in bank().statements() {
        unsure.set_answer(s.id, Some(Answer::DontKnow), 4);
    }
    let view = across_partners(
        bank(),
        &[
            partner("Harbour Trust", 4, 4, &[]),
            partner("City Council", 4, 4, &[]),
            unsure,
        ],
    );
    let note = view.unscored_note().expect("a note");
    assert!(note.starts_with("River Rescue (Don't know to "), "{note}");
    assert!(note.contains("has no score in either context, so every figure and card here comes from the other 2 files."), "{note}");
    assert!(partnership_markdown(&view).contains(&note));
    let scored = across_partners(
        bank(),
        &[
            partner("Harbour Trust", 4, 4, &[]),
            partner("City Council", 4, 4, &[]),
        ],
    );
    assert_eq!(scored.unscored_note(), None);
}

#[test]
fn a_weak_link_names_the_one_other_partner_it_is_contrasted_with_and_counts_organisations() {
    let mut unsure = partner("Riverside Homes", 4, 4, &[]);
    set_dimension(&mut unsure, "mandate", &["dont-know"; 4]);
    let view = across_partners(
        bank(),
        &[
            partner("Harbour Trust", 4, 4, &[("mandate", 2)]),
            partner("City Council", 4, 4, &[]),
            unsure,
        ],
    );
    let weak = callouts(&view)
        .into_iter()
        .find(|c| c.kind == CalloutKind::WeakLink)
        .expect("a weak link");
    // "where the other partners do not" of one partner with a score said less than it knew.
    assert!(
        weak.detail
            .contains("“My mandate” 2.0, where City Council does not."),
        "{}",
        weak.detail
    );
    assert!(
        weak.ranked_by.ends_with("2 of 3 partners scored"),
        "{}",
        weak.ranked_by
    );

    // Two files from one organisation: organisations counted, files said.
    let mut ann = partner("Harbour Trust", 4, 4, &[("mandate", 2)]);
    ann.profile.name = "Ann".into();
    let mut bob = partner("Harbour Trust", 4, 4, &[]);
    bob.id = "bob".into();
    bob.profile.name = "Bob".into();
    let view = across_partners(bank(), &[ann, bob, partner("City Council", 4, 4, &[])]);
    let weak = callouts(&view)
        .into_iter()
        .find(|c| c.kind == CalloutKind::WeakLink)
        .expect("a weak link");
    assert!(
        weak.ranked_by.ends_with("2 of 2 partners scored (3 files)"),
        "{}",
        weak.ranked_by
    );
    let note = view.shared_organisation_note().expect("a note");
    assert!(note.contains("the cards count organisations"), "{note}");
}

#[test]
fn the_guide_offers_an_action_once_and_points_back_to_it() {
    // Two disagreements whose dimensions share their actions.
    let view = across_partners(
        bank(),
        &[
            partner(
                "Harbour Trust",
                4,
                4,
                &[("zip-up", 5), ("watching-change", 5)],
            ),
            partner(
                "City Council",
                4,
                4,
                &[("zip-up", 1), ("watching-change", 1)],
            ),
            partner("Riverside Homes", 4, 4, &[]),
        ],
    );
    let topics = guide(bank(), &callouts(&view), None, &view.facts_known());
    assert!(topics.len() >= 2, "{topics:#?}");
    let mut seen: Vec<&str> = Vec::new();
    for t in &topics {
        for (title, _) in &t.actions {
            assert!(!seen.contains(title), "{title} offered twice: {topics:#?}");
            seen.push(title);
        }
    }
    let back = topics
        .iter()
        .find(|t| t.actions.is_empty())
        .expect("a topic whose actions were all offered already");
    assert_eq!(back.actions_as_under, Some(1));
    let md = partnership_markdown(&view);
    assert!(md.contains("The same as under 1 above."), "{md}");
}

#[test]
fn a_disagreement_inside_one_organisation_says_so() {
    let mut ann = partner("City Council", 4, 4, &[("accountability", 2)]);
    ann.profile.name = "Ann".into();
    let mut bob = partner("City Council", 4, 4, &[("accountability", 5)]);
    bob.id = "bob".into();
    bob.profile.name = "Bob".into();
    let view = across_partners(bank(), &[ann, bob, partner("Health Trust", 4, 4, &[])]);
    let card = callouts(&view)
        .into_iter()
        .find(|c| c.title == "Partners see “Accountability” differently")
        .expect("a disagreement");
    assert!(
        card.detail.contains(
            "The lowest and the highest come from one organisation (City Council — Ann and City Council — Bob)"
        ),
        "{}",
        card.detail
    );
}

#[test]
fn colleagues_who_differ_on_a_fact_are_named_though_their_first_file_gave_neither() {
    let file = |id: &str, name: &str, answer: Option<Answer>| {
        let mut a = partner("Harbour Trust", 4, 4, &[]);
        a.id = id.into();
        a.profile.name = name.into();
        a.set_answer(AGREEMENT_FACT, answer, 3);
        a
    };
    let mut council = partner("City Council", 4, 4, &[]);
    council.set_answer(AGREEMENT_FACT, Some(Answer::Yes), 3);
    let mut riverside = partner("Riverside Homes", 4, 4, &[]);
    riverside.set_answer(AGREEMENT_FACT, Some(Answer::No), 3);
    let view = across_partners(
        bank(),
        &[
            file("first", "Cy", Some(Answer::DontKnow)),
            file("ann", "Ann", Some(Answer::Yes)),
            file("bob", "Bob", Some(Answer::No)),
            council,
            riverside,
        ],
    );
    let fact = callouts(&view)
        .into_iter()
        .find(|c| c.fact.is_some())
        .expect("a fact card");
    assert_eq!(fact.kind, CalloutKind::Disagreement);
    assert!(
        fact.detail.contains(
            "Harbour Trust — Ann and Harbour Trust — Bob come from the same organisation"
        ),
        "{}",
        fact.detail
    );
}

#[test]
fn one_partner_far_below_the_others_across_the_partnership_is_one_card() {
    // Riverside Homes scores every dimension of the partnership 1, the others 4 and 5
    // (facts Not applicable, so "Written commitments" has no score): six rows where it
    // alone sits 3 or more points below. They were six near-identical "Partners see …
    // differently" cards. On "Accountability" Riverside gives 3 and Harbour Trust 1:
    // Harbour alone low there, a disagreement of its own that stays a card.
    let view = across_partners(
        bank(),
        &[
            partner("Harbour Trust", 4, 4, &[("accountability", 1)]),
            partner("City Council", 5, 4, &[]),
            partner("Riverside Homes", 1, 4, &[("accountability", 3)]),
        ],
    );
    let found = callouts(&view);
    let titles: Vec<&str> = found.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Riverside Homes scores the partnership lower on 5 dimensions",
            "Partners see “Accountability” differently",
        ],
        "{titles:?}"
    );
    let apart = &found[0];
    assert_eq!(apart.kind, CalloutKind::Disagreement);
    assert_eq!(apart.spans.len(), 5);
    assert!(
        apart.detail.starts_with(
            "On 5 of the 7 dimensions that describe the partnership you share, Riverside Homes \
             scores at least 1.5 points below every other partner: “Shared value” 1.0 against \
             4.0–5.0;"
        ),
        "{}",
        apart.detail
    );
    // Spread 4.0 + 3.0 below the strength band = 7.0 for each of the five; Accountability:
    // spread 4.0 + 3.0 = 7.0 as well, after them in the rows' order.
    assert_eq!(
        apart.ranked_by,
        "its weightiest dimension, “Shared value” (spread 4.0, lowest score 1.0, 3 of 3 \
         partners scored)"
    );
    // The guide asks about the partner's experience, and offers the first remedy of each
    // dimension once.
    // The hand-out names what it is about, not the partner (the facilitator's card does).
    let topics = guide(bank(), &found, None, &FactsKnown::default());
    assert_eq!(
        topics[0].title,
        "Where one partner's scores stand apart: “Shared value”, “A say for every partner”, \
         “Part of core business”, “Watching for change” and “Connected at every level”"
    );
    assert!(topics[0].questions[0].starts_with("Where do our experiences"));
    assert!(topics[0].questions[1].contains("which partner did each of us have in mind"));
    let mut titles: Vec<&str> = topics[0].actions.iter().map(|(t, _)| *t).collect();
    let count = titles.len();
    titles.dedup();
    assert_eq!(titles.len(), count);
    // The first actions of its three weightiest dimensions (tied at 7.0, in the rows' order).
    assert_eq!(
        titles,
        [
            "Map what each partner gains",
            "Give every partner a say",
            "Help partners build the work into their plans"
        ],
        "{count}"
    );
    // Anonymised, the card names the partner by its letter.
    let anonymous = callouts(&view.anonymised());
    assert_eq!(
        anonymous[0].title,
        "Partner C scores the partnership lower on 5 dimensions"
    );
    // Two partners: each answered about the other, and there is one other to hear.
    let pair = across_partners(
        bank(),
        &[
            partner("Harbour Trust", 1, 4, &[]),
            partner("City Council", 5, 4, &[]),
        ],
    );
    let found = callouts(&pair);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].detail.contains("Harbour Trust scores at least 1.5 points below the other partner: “Shared value” 1.0 against 5.0;"),
        "{}",
        found[0].detail
    );
    assert!(found[0].detail.ends_with(
        "With two partners, each answered about the other: before the meeting, ask Harbour \
         Trust what it has seen, and then hear the other partner on the same points."
    ));
    // A partner without a score on a row is named there, not counted as above it.
    let mut unsure = partner("City Council", 5, 4, &[]);
    for id in ["zip-up-4", "zip-up-5", "zip-up-6"] {
        unsure.set_answer(id, Some(Answer::DontKnow), 2);
    }
    let view = across_partners(
        bank(),
        &[
            partner("Harbour Trust", 4, 4, &[]),
            unsure,
            partner("Riverside Homes", 1, 4, &[]),
        ],
    );
    let found = callouts(&view);
    assert!(
        found[0]
            .detail
            .contains("“Connected at every level” 1.0 against 4.0 (no score from City Council)"),
        "{}",
        found[0].detail
    );
    // One partner far above two that are close together: the same, the other way.
    let view = across_partners(
        bank(),
        &[
            partner("Harbour Trust", 2, 4, &[]),
            partner("City Council", 5, 4, &[]),
            partner("Riverside Homes", 3, 4, &[]),
        ],
    );
    let found = callouts(&view);
    assert_eq!(
        found
            .iter()
            .filter(|c| c.kind == CalloutKind::Disagreement)
            .map(|c| c.title.as_str())
            .collect::<Vec<_>>(),
        ["City Council scores the partnership higher on 6 dimensions"]
    );
    assert!(
        found[0].detail.contains(
            "City Council scores at least 1.5 points above every other partner: “Shared value” \
             5.0 against 2.0–3.0;"
        ),
        "{}",
        found[0].detail
    );
    assert!(found[0].detail.ends_with(
        "so the others' lower scores may point at one partner City Council did not have in \
         mind: before the meeting, ask the others what they have seen, and then hear City \
         Council on the same points."
    ));
    // Two such rows are still two cards: below the fold's threshold.
    let view = across_partners(
        bank(),
        &[
            partner("Harbour Trust", 4, 4, &[]),
            partner("City Council", 5, 4, &[]),
            partner(
                "Riverside Homes",
                4,
                4,
                &[("shared-value", 1), ("zip-up", 1)],
            ),
        ],
    );
    let titles: Vec<String> = callouts(&view).into_iter().map(|c| c.title).collect();
    assert_eq!(
        titles,
        [
            "Partners see “Shared value” differently",
            "Partners see “Connected at every level” differently"
        ]
    );
}

#[test]
fn a_key_fact_some_partners_rely_on_and_one_does_not_know_is_for_the_facilitator() {
    // Three partners say the agreement is signed; River Rescue answered Don't know. No one
    // says No, so there was no disagreement and nothing stood out (its spread 0.0).
    let mut partners: Vec<Assessment> = ["Harbour Trust", "Riverside", "Eastside", "River Rescue"]
        .iter()
        .map(|org| partner(org, 4, 4, &[]))
        .collect();
    for p in &mut partners {
        p.set_answer(AGREEMENT_FACT, Some(Answer::Yes), 2);
    }
    partners[3].set_answer(AGREEMENT_FACT, Some(Answer::DontKnow), 3);
    let view = across_partners(bank(), &partners);
    let found = callouts(&view);
    let card = found
        .iter()
        .find(|c| c.kind == CalloutKind::NotKnownToAll)
        .expect("a card for the facilitator");
    assert!(card.kind.for_facilitator());
    assert_eq!(
        card.title,
        "Not every partner knows a key fact in “Written commitments”"
    );
    assert!(
        card.detail.starts_with(
            "Harbour Trust, Riverside and Eastside answered Yes to “The partners have signed a \
             written agreement, such as a memorandum of understanding”; River Rescue answered \
             neither Yes nor No. Before the meeting, make sure River Rescue has seen"
        ),
        "{}",
        card.detail
    );
    assert!(partnership_markdown(&view).contains("Not every partner knows a key fact"));
    // Not in the group's guide.
    let topics = guide(bank(), &found, view.shared_stage(), &view.facts_known());
    assert!(topics.iter().all(|t| !t.title.contains("key fact")));
    // Every partner Yes: nothing to share.
    partners[3].set_answer(AGREEMENT_FACT, Some(Answer::Yes), 4);
    let view = across_partners(bank(), &partners);
    assert!(callouts(&view)
        .iter()
        .all(|c| c.kind != CalloutKind::NotKnownToAll));
    // A No is a disagreement to settle, not this.
    partners[3].set_answer(AGREEMENT_FACT, Some(Answer::No), 5);
    let view = across_partners(bank(), &partners);
    assert!(callouts(&view)
        .iter()
        .all(|c| c.kind != CalloutKind::NotKnownToAll));
}

/// "A concern for 2 of 4 partners … inside most partners' own organisations" beside a
/// fourth partner without a score: two of four is not most. It is most of those with a
/// score, and the card says so.
#[test]
fn a_shared_concern_counts_out_of_the_partners_with_a_score() {
    let low_a = partner("Low A", 4, 4, &[("capacity", 2)]);
    let low_b = partner("Low B", 4, 4, &[("capacity", 2)]);
    let high = partner("High", 4, 4, &[("capacity", 5)]);
    let mut none = partner("None", 4, 4, &[]);
    for s in bank()
        .dimension("capacity")
        .expect("a dimension")
        .1
        .statements
    {
        none.set_answer(s.id, Some(Answer::NotApplicable), 2);
    }
    let view = across_partners(bank(), &[low_a, low_b, high, none]);
    let shared = callouts(&view)
        .into_iter()
        .find(|c| c.kind == CalloutKind::SharedConcern)
        .expect("a shared concern");
    assert_eq!(
        shared.title,
        "“Capacity to deliver” is a concern for 2 of the 3 partners with a score"
    );
    assert!(
        shared.detail.starts_with(
            "2 of the 3 partners with a score rate “Capacity to deliver” in the concern band (inside their own organisations): "
        ),
        "{}",
        shared.detail
    );
    assert!(!shared.detail.contains("most"), "{}", shared.detail);
    // Its rank names the average as of every score, beside how many are in the band.
    assert!(
        shared
            .ranked_by
            .starts_with("2 partners in the concern band and the average of all the scores, 3.0;"),
        "{}",
        shared.ranked_by
    );
}

/// "Between partners, all partners together: 3.7" left out a partner without a score
/// there, without a word.
#[test]
fn all_partners_together_says_how_many_it_rests_on() {
    let a = partner("Harbour Trust", 4, 3, &[]);
    let b = partner("City Council", 3, 3, &[]);
    let mut silent = partner("River Rescue", 4, 3, &[]);
    for (c, _, s) in bank().statements() {
        if c.id == ContextId::Between {
            silent.set_answer(s.id, Some(Answer::DontKnow), 2);
        }
    }
    let view = across_partners(bank(), &[a.clone(), b.clone(), silent]);
    assert_eq!(
        view.between_together(),
        "3.5 (2 of 3 partners with a score)"
    );
    assert!(partnership_markdown(&view).contains(
        "- **Between partners, all partners together:** 3.5 (2 of 3 partners with a score)\n"
    ));
    // Every partner with a score: the figure alone.
    let view = across_partners(bank(), &[a, b]);
    assert_eq!(view.between_together(), "3.5");
}

/// A partner that answered Don't know to most statements still has scores, which every
/// card used as firmly as anyone's, and nothing said so.
#[test]
fn a_partner_with_many_dont_knows_is_pointed_out() {
    let a = partner("Harbour Trust", 4, 3, &[]);
    let b = partner("City Council", 3, 3, &[]);
    let mut unsure = partner("River Rescue", 4, 3, &[]);
    // Don't know wherever it is offered in three dimensions of each context: enough for
    // a quarter of the statements, few enough for both contexts to keep a score.
    let unsure_in = [
        "shared-value",
        "accountability",
        "zip-up",
        "support-beyond-me",
        "visibility",
        "capacity",
    ];
    for (_, d, s) in bank().statements() {
        if unsure_in.contains(&d.id) && Answer::offered(s).contains(&Answer::DontKnow) {
            unsure.set_answer(s.id, Some(Answer::DontKnow), 2);
        }
    }
    let view = across_partners(bank(), &[a.clone(), b.clone(), unsure]);
    let river = &view.partners[2];
    assert!(
        river.between.is_some() && river.dont_know * 4 >= river.asked,
        "{river:?}"
    );
    let note = view.unknowns_note().expect("a note");
    assert!(
        note.starts_with(&format!(
            "Answered Don't know to a quarter or more of the statements asked: River Rescue ({} of {}). Its scores rest on the other answers",
            river.dont_know, river.asked
        )),
        "{note}"
    );
    assert!(partnership_markdown(&view).contains(&format!("**{note}**")));
    // Without such a partner, no note.
    assert_eq!(across_partners(bank(), &[a, b]).unknowns_note(), None);
}
