#![cfg(not(target_arch = "wasm32"))]
//! Comparisons over time and across partners, with hand-computed cases and properties.

use buy_in_check::model::assessment::{ActionItem, ActionStatus, Answer, Assessment, Profile};
use buy_in_check::model::bank::{bank, ContextId, ItemKind};
use buy_in_check::model::compare::{
    across_partners, over_time, Trend, CHANGE_THRESHOLD, DIVERGENCE_SPREAD,
};
use buy_in_check::model::scoring::View;
use proptest::prelude::*;

fn with_all(id: &str, org: &str, between: u8, within: u8) -> Assessment {
    let mut a = Assessment::new(
        id,
        Profile {
            name: id.into(),
            organisation: org.into(),
            ..Profile::default()
        },
        0,
    );
    for (c, _, s) in bank().statements() {
        let n = if c.id == ContextId::Between {
            between
        } else {
            within
        };
        // Facts "Not applicable", so every scored dimension is exactly `n` (the written
        // agreement's dimension then has no score: its statements are skipped).
        let answer = match s.kind {
            ItemKind::Scale => Answer::from_code(&n.to_string()),
            ItemKind::Fact => Some(Answer::NotApplicable),
        };
        a.set_answer(s.id, answer, 1);
    }
    a
}

fn set_dimension(a: &mut Assessment, dimension: &str, n: u8) {
    let (_, d) = bank().dimension(dimension).expect("exists");
    for s in d.statements.iter().filter(|s| s.kind == ItemKind::Scale) {
        a.set_answer(s.id, Answer::from_code(&n.to_string()), 2);
    }
}

#[test]
fn trends_use_the_documented_threshold() {
    assert_eq!(
        Trend::of(Some(3.0), Some(3.0 + CHANGE_THRESHOLD)),
        Trend::Improved
    );
    // Hand-computed: 0.5 counts, 0.25 (one answer moving one point of four) does not.
    assert_eq!(Trend::of(Some(3.0), Some(3.5)), Trend::Improved);
    assert_eq!(Trend::of(Some(3.5), Some(3.75)), Trend::Unchanged);
    assert_eq!(Trend::of(Some(3.0), Some(3.4)), Trend::Unchanged);
    // Shown beside "+0.4", so its words must not say nothing moved.
    assert_eq!(Trend::of(Some(3.0), Some(3.4)).label(), "Little change");
    assert_eq!(Trend::of(Some(3.0), Some(2.5)), Trend::Declined);
    assert_eq!(Trend::of(Some(3.1), Some(2.7)), Trend::NudgedDown);
    assert_eq!(Trend::of(None, Some(4.0)), Trend::NotComparable);
}

#[test]
fn a_small_move_across_a_band_line_is_never_called_unchanged() {
    use buy_in_check::model::scoring::Band;
    // Hand-computed: 2.6 (concern) to 3.0 (worth discussing) is +0.4, below the threshold.
    assert_eq!(Trend::of(Some(2.6), Some(3.0)), Trend::NudgedUp);
    assert_eq!(
        Trend::of(Some(3.95), Some(4.0)),
        Trend::Unchanged,
        "3.95 shows as 4.0 too"
    );
    assert_eq!(Trend::of(Some(3.9), Some(4.0)), Trend::NudgedUp);
    assert_eq!(Trend::of(Some(4.0), Some(3.9)), Trend::NudgedDown);
    assert_eq!(
        Trend::of(Some(3.0), Some(3.4)),
        Trend::Unchanged,
        "same band"
    );
    // Every pair of shown scores: "unchanged" only within one band, and a rise or fall of
    // a band always shows in the trend's direction.
    for b in 10..=50 {
        for a in 10..=50 {
            let (b, a) = (f64::from(b) / 10.0, f64::from(a) / 10.0);
            let t = Trend::of(Some(b), Some(a));
            match Band::of(a).cmp(&Band::of(b)) {
                std::cmp::Ordering::Equal => assert!(
                    matches!(t, Trend::Unchanged | Trend::Improved | Trend::Declined),
                    "{b} → {a}: {t:?}"
                ),
                std::cmp::Ordering::Greater => assert!(
                    matches!(t, Trend::NudgedUp | Trend::Improved),
                    "{b} → {a}: {t:?}"
                ),
                std::cmp::Ordering::Less => assert!(
                    matches!(t, Trend::NudgedDown | Trend::Declined),
                    "{b} → {a}: {t:?}"
                ),
            }
        }
    }
}

#[test]
fn change_over_time_by_dimension_context_and_view() {
    let then = with_all("t0", "Council", 4, 2);
    let mut now = with_all("t1", "Council", 4, 2);
    set_dimension(&mut now, "mandate", 5); // within: 2 → 5
    set_dimension(&mut now, "continuity", 4); // within: 2 → 4
    set_dimension(&mut now, "accountability", 3); // between: 4 → 3
    let change = over_time(bank(), &then, &now);
    let trend = |id: &str| {
        change
            .dimensions
            .iter()
            .find(|d| d.dimension.id == id)
            .map(|d| d.trend)
    };
    assert_eq!(trend("mandate"), Some(Trend::Improved));
    assert_eq!(trend("continuity"), Some(Trend::Improved));
    assert_eq!(trend("accountability"), Some(Trend::Declined));
    assert_eq!(trend("zip-up"), Some(Trend::Unchanged));
    let mandate = change
        .dimensions
        .iter()
        .find(|d| d.dimension.id == "mandate")
        .expect("row");
    assert_eq!(mandate.delta(), Some(3.0));
    // Within: (5 + 2 + 2 + 4 + 2 + 2) / 6 = 17/6, shown 2.8 (a shown value), from 2.0.
    let (_, before, after, t) = change.contexts[1];
    assert_eq!(before, Some(2.0));
    assert_eq!(after, Some(2.8));
    assert_eq!(t, Trend::Improved);
    assert_eq!(
        change.view_before,
        Some(View::IndividualsPartnering.title())
    );
    assert_eq!(change.not_compared, 0);
    let ((b0, w0), (b1, w1)) = change.points.expect("both scored");
    assert_eq!((b0, w0), (4.0, 2.0));
    assert!(b1 < 4.0 && w1 > 2.0);
}

#[test]
fn actions_done_since_the_baseline() {
    let mut then = with_all("t0", "", 3, 3);
    let mut now = then.clone();
    let item = |id: &str, text: &str, status| ActionItem {
        id: id.into(),
        text: text.into(),
        status,
        ..ActionItem::default()
    };
    then.actions = vec![
        item("a", "Write the MoU", ActionStatus::Done),
        item("b", "Present internally", ActionStatus::Planned),
    ];
    now.actions = vec![
        item("a", "Write the MoU", ActionStatus::Done),
        item("b", "Present internally", ActionStatus::Done),
        item("c", "Name a deputy", ActionStatus::Doing),
    ];
    assert_eq!(
        over_time(bank(), &then, &now).done_since,
        vec!["Present internally".to_owned()]
    );
    // Both plans side by side: what moved, what is new, what was dropped.
    let row = |text: &str, then: Option<&'static str>, now: Option<&'static str>| {
        buy_in_check::model::compare::PlanRow {
            text: text.into(),
            owner: String::new(),
            due: String::new(),
            then,
            now,
        }
    };
    now.actions[1].id = "b2".into(); // the same words are the same item
    then.actions
        .push(item("d", "Brief the board", ActionStatus::Doing));
    assert_eq!(
        over_time(bank(), &then, &now).plan,
        vec![
            row("Write the MoU", Some("Done"), Some("Done")),
            row("Present internally", Some("Planned"), Some("Done")),
            row("Name a deputy", None, Some("Doing")),
            row("Brief the board", Some("Doing"), None),
        ]
    );
    // A new assessment starts without a plan: the earlier one shows with where each item
    // stood, not only "nothing done since".
    now.actions.clear();
    let change = over_time(bank(), &then, &now);
    assert!(change.done_since.is_empty());
    assert_eq!(change.plan.len(), 3);
    assert!(change.plan.iter().all(|r| r.now.is_none()));
}

#[test]
fn answers_from_another_bank_are_counted_not_compared() {
    let then = with_all("t0", "", 3, 3);
    let mut now = then.clone();
    now.set_answer("retired-statement-9", Answer::from_code("2"), 5);
    assert_eq!(over_time(bank(), &then, &now).not_compared, 1);
    assert_eq!(across_partners(bank(), &[now]).partners[0].not_compared, 1);
}

#[test]
fn partners_side_by_side_with_spread_and_callouts() {
    let a = with_all("p1", "City Council", 5, 4);
    let b = with_all("p2", "Health Trust", 3, 2);
    let mut c = with_all("p3", "", 4, 4);
    set_dimension(&mut c, "accountability", 1);
    let view = across_partners(bank(), &[a, b, c]);
    assert_eq!(
        view.partners
            .iter()
            .map(|p| p.label.as_str())
            .collect::<Vec<_>>(),
        ["City Council", "Health Trust", "p3"]
    );
    // Between: partner means 5, 3, and (4·5 + 1)/6 = 3.5 → (5 + 3 + 3.5)/3 = 3.83, shown
    // 3.8 and kept as shown.
    assert_eq!(view.between, Some(3.8));
    let acc = view
        .rows
        .iter()
        .find(|r| r.dimension.id == "accountability")
        .expect("row");
    assert_eq!(acc.scores, vec![Some(5.0), Some(3.0), Some(1.0)]);
    assert_eq!(acc.spread, Some(4.0));
    assert_eq!(acc.mean, Some(3.0));
    assert!(acc.divergent());
    let sv = view
        .rows
        .iter()
        .find(|r| r.dimension.id == "shared-value")
        .expect("row");
    assert_eq!(sv.spread, Some(2.0));
    let found = buy_in_check::model::workshop::callouts(&view);
    let first_disagreement = found
        .iter()
        .find(|c| c.kind == buy_in_check::model::workshop::CalloutKind::Disagreement)
        .expect("a disagreement");
    assert_eq!(
        first_disagreement.dimension.id, "accountability",
        "widest spread first"
    );
    assert!(found
        .iter()
        .any(|c| c.title == "Inside Health Trust, support for the work is thin"));
    assert!(acc.spread.is_some_and(|s| s >= DIVERGENCE_SPREAD));
}

#[test]
fn one_partner_has_no_spread() {
    let view = across_partners(bank(), &[with_all("p1", "Solo", 4, 4)]);
    assert!(view
        .rows
        .iter()
        .all(|r| r.spread.is_none() && !r.divergent()));
    assert!(buy_in_check::model::workshop::callouts(&view).is_empty());
}

fn any_partner() -> impl Strategy<Value = Assessment> {
    let n = bank().statement_count();
    (
        prop::collection::vec(prop::option::of(1u8..=5), n),
        "[a-z]{1,8}",
    )
        .prop_map(|(answers, org)| {
            let mut a = Assessment::new(
                "p",
                Profile {
                    name: "P".into(),
                    organisation: org,
                    ..Profile::default()
                },
                0,
            );
            for ((_, _, s), v) in bank().statements().zip(answers) {
                a.set_answer(s.id, v.and_then(|v| Answer::from_code(&v.to_string())), 1);
            }
            a
        })
}

proptest! {
    #[test]
    fn comparing_with_itself_gives_no_change(a in any_partner()) {
        let change = over_time(bank(), &a, &a);
        for d in &change.dimensions {
            prop_assert!(matches!(d.trend, Trend::Unchanged | Trend::NotComparable));
            prop_assert!(d.delta().is_none_or(|x| x == 0.0));
        }
        prop_assert!(change.done_since.is_empty());
    }

    #[test]
    fn partner_order_does_not_change_the_aggregate(list in prop::collection::vec(any_partner(), 2..5), rot in 0usize..5) {
        let forward = across_partners(bank(), &list);
        let mut turned = list.clone();
        turned.rotate_left(rot % list.len());
        turned.reverse();
        let other = across_partners(bank(), &turned);
        let close = |x: Option<f64>, y: Option<f64>| match (x, y) {
            (Some(x), Some(y)) => (x - y).abs() < 1e-9,
            (None, None) => true,
            _ => false,
        };
        prop_assert!(close(forward.between, other.between));
        for (r1, r2) in forward.rows.iter().zip(&other.rows) {
            prop_assert!(close(r1.mean, r2.mean));
            prop_assert!(close(r1.spread, r2.spread));
        }
    }
}

#[test]
fn partnership_exports_carry_every_partner_and_stay_inert() {
    use buy_in_check::model::exchange::{partnership_csv, partnership_markdown};
    let a = with_all("p1", "=Council", 5, 4);
    let b = with_all("p2", "<b>Trust</b>", 2, 2);
    let view = across_partners(bank(), &[a, b]);
    let csv = partnership_csv(&view);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "context,dimension,'=Council,<b>Trust</b>,mean,spread,mark"
    );
    assert_eq!(
        lines[1],
        "Between partners,Shared value,5.0,2.0,3.5,3.0,differ"
    );
    assert_eq!(lines.len(), bank().dimensions().count() + 2);
    let md = partnership_markdown(&view);
    assert!(md.contains("| =Council | 5.0 | 4.0 |"));
    assert!(md.contains("&lt;b&gt;Trust&lt;/b&gt;"));
    assert!(!md.contains("<b>"));
    // Lower on every dimension of the partnership with a score (six: the agreement is
    // "Not applicable"): one card about that partner, its name
    // escaped in the title too.
    assert!(
        md.contains("**&lt;b&gt;Trust&lt;/b&gt; scores the partnership lower on 6 dimensions.**"),
        "{md}"
    );
    assert!(md.contains("**Inside &lt;b&gt;Trust&lt;/b&gt;, support for the work is thin.**"));
}

proptest! {
    /// The small sort used for the app's short lists orders like the standard stable sort,
    /// equal keys included.
    #[test]
    fn small_sort_matches_the_standard_stable_sort(items in proptest::collection::vec((0u8..6, any::<u16>()), 0..60)) {
        let mut ours = items.clone();
        let mut std = items;
        buy_in_check::model::order::sort_small_by(&mut ours, |a, b| a.0.cmp(&b.0));
        std.sort_by_key(|a| a.0);
        prop_assert_eq!(ours, std);
    }
}

#[test]
fn the_baseline_offered_first_is_the_latest_earlier_one_of_the_same_partnership() {
    use buy_in_check::model::compare::baselines;
    let dated = |id: &str, partnership: &str, date: &str| {
        let mut a = with_all(id, "Council", 3, 3);
        a.profile.name = format!("Review {id}");
        a.profile.partnership = partnership.into();
        a.profile.date = date.into();
        a
    };
    let current = dated("now", "River Care", "2026-11-20");
    let all = vec![
        dated("other", "Harbour Skills", "2026-10-01"),
        dated("later", "River Care", "2026-12-01"),
        dated("march", "River Care", "2026-03-01"),
        current.clone(),
        dated("june", "River Care", "2026-06-01"),
    ];
    let offered = baselines(&current, &all);
    let ids: Vec<&str> = offered.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(ids, ["june", "march", "later", "other"]);
    assert_eq!(
        offered[0].label,
        "Review june, 2026-06-01 (same partnership)"
    );
    assert_eq!(
        offered[3].label,
        "Review other, 2026-10-01 (Harbour Skills)"
    );
    // Offered under "Compare with an earlier assessment", a later one says it is later.
    assert_eq!(
        offered[2].label,
        "Review later, 2026-12-01 (same partnership; dated after this one)"
    );
}

#[test]
fn a_changed_fact_is_named_beside_the_change_it_makes() {
    let then = with_all("t0", "", 4, 4);
    let mut now = then.clone();
    now.set_answer(
        buy_in_check::model::bank::AGREEMENT_FACT,
        Some(Answer::No),
        5,
    );
    let change = over_time(bank(), &then, &now);
    let was = then
        .answer(buy_in_check::model::bank::AGREEMENT_FACT)
        .map_or("not answered", |a| a.label());
    assert_eq!(change.facts_changed.len(), 1);
    assert_eq!(
        change.facts_changed[0].sentence(),
        format!("“Written commitments”: “The partners have signed a written agreement, such as a memorandum of understanding” was {was}, now No.")
    );
    assert!(over_time(bank(), &then, &then).facts_changed.is_empty());
}

#[test]
fn warning_signs_that_came_went_or_stayed_are_named() {
    // A sign unticked and another ticked since left the comparison silent about both.
    let mut then = with_all("t0", "", 4, 4);
    then.set_warning_sign("says-not-delivers", true, 1);
    then.set_warning_sign("fence-sitting", true, 1);
    let mut now = then.clone();
    now.set_warning_sign("says-not-delivers", false, 2);
    now.set_warning_sign("changing-faces", true, 2);
    let change = over_time(bank(), &then, &now);
    let said: Vec<String> = change.signs.iter().map(|c| c.sentence()).collect();
    assert_eq!(
        said,
        [
            "“Another partner puts off decisions the others are ready to make”: seen then and now.",
            "“Another partner agrees to tasks, then does not do them”: seen then, not now.",
            "“Another partner keeps changing who it sends to meetings”: seen now, not then.",
        ]
    );
    let none = with_all("t1", "", 4, 4);
    assert!(over_time(bank(), &none, &none).signs.is_empty());
}

#[test]
fn a_score_resting_on_other_answers_than_before_says_so() {
    // "Watching for change" 2, 3 and Don't know; then the Don't know answered 4: 2.5 → 3.0
    // "Improved", though nothing rated before moved.
    let mut then = with_all("t0", "", 4, 4);
    let (_, watching) = bank().dimension("watching-change").expect("a dimension");
    let codes = ["2", "3", "dont-know"];
    for (s, code) in watching.statements.iter().zip(codes) {
        then.set_answer(s.id, Answer::from_code(code), 1);
    }
    let mut now = then.clone();
    now.set_answer(watching.statements[2].id, Answer::from_code("4"), 2);
    let change = over_time(bank(), &then, &now);
    let row = change
        .dimensions
        .iter()
        .find(|d| d.dimension.id == "watching-change")
        .expect("its row");
    assert_eq!(row.trend, Trend::Improved);
    assert_eq!(
        row.rests_on_change().as_deref(),
        Some("2 of 3 rated then, 3 of 3 now")
    );
    let same = change
        .dimensions
        .iter()
        .find(|d| d.dimension.id == "zip-up")
        .expect("its row");
    assert_eq!(same.rests_on_change(), None);
}

#[test]
fn plan_items_match_once_by_id_then_by_words_and_the_done_count_reads_the_rows() {
    let item = |id: &str, text: &str, status| ActionItem {
        id: id.into(),
        text: text.into(),
        status,
        ..ActionItem::default()
    };
    let mut then = with_all("t0", "", 3, 3);
    let mut now = then.clone();
    then.actions = vec![
        item("a", "Call Priya", ActionStatus::Planned),
        item("b", "Write minutes", ActionStatus::Done),
        item("c", "Call Sam ", ActionStatus::Done),
        item("d", "", ActionStatus::Done),
    ];
    now.actions = vec![
        item("b", "Call Priya", ActionStatus::Doing),
        item("z", "Call Priya", ActionStatus::Planned),
        item("y", "Call Sam", ActionStatus::Done),
        item("x", "", ActionStatus::Done),
    ];
    let change = over_time(bank(), &then, &now);
    let rows: Vec<(&str, Option<&str>, Option<&str>)> = change
        .plan
        .iter()
        .map(|r| (r.text.as_str(), r.then, r.now))
        .collect();
    assert_eq!(
        rows,
        [
            // By id: b was "Write minutes", Done, and is reworded now.
            ("Call Priya", Some("Done"), Some("Doing")),
            // By words, once: the earlier "Call Priya" is the then of one row only.
            ("Call Priya", Some("Planned"), Some("Planned")),
            ("Call Sam", Some("Done"), Some("Done")),
            // Empty wording is no match.
            ("", None, Some("Done")),
            ("", Some("Done"), None),
        ]
    );
    // Done now and not then, read off the same rows.
    assert_eq!(change.done_since, vec![String::new()]);
}

#[test]
fn a_comparison_as_markdown_says_what_the_page_says_and_stays_inert() {
    use buy_in_check::model::exchange::comparison_markdown;
    let mut then = with_all("then-md", "City Council", 3, 2);
    then.profile.partnership = "River Care".into();
    then.profile.date = "2026-03-01".into();
    let mut now = with_all("now-md", "City Council", 4, 4);
    now.profile.partnership = "River Care".into();
    now.profile.name = "Autumn".into();
    now.profile.date = "2026-11-01".into();
    now.actions.push(ActionItem {
        id: "hostile".into(),
        text: "<img src=x onerror=alert(1)> | a pipe".into(),
        status: ActionStatus::Done,
        ..ActionItem::default()
    });
    let change = over_time(bank(), &then, &now);
    let md = comparison_markdown(bank(), &then, &now, "2026-11-29");
    assert!(
        md.starts_with("# Buy-in Check: Autumn compared with then-md\n\n"),
        "{md}"
    );
    assert!(md.contains("- **Then:** then-md, 2026-03-01\n- **Now:** Autumn, 2026-11-01\n"));
    assert!(md.contains(&format!("\n{}\n", change.summary())));
    assert!(md.contains(&change.movement()));
    // Every dimension once, with the page's change in words.
    for d in &change.dimensions {
        let line = md
            .lines()
            .find(|l| l.starts_with(&format!("| {} ", d.dimension.title)))
            .unwrap_or_else(|| panic!("a row for {}", d.dimension.title));
        assert!(line.ends_with(&format!("{} |", d.trend.label())), "{line}");
    }
    // What a person typed never becomes markup or a new table cell.
    assert!(
        md.contains(
            "| &lt;img src=x onerror=alert(1)&gt; \\| a pipe |  | not in that plan | Done |"
        ),
        "{md}"
    );
    assert!(!md.contains("<img"));
    assert!(md.trim_end().ends_with("exported 2026-11-29"));
    // Both in the file's name.
    assert_eq!(
        buy_in_check::model::exchange::comparison_file_stem(&now, &then),
        "buy-in-check-autumn-compared-with-then-md"
    );
    // Made for another organisation: said, and both named in the header.
    let mut other = then.clone();
    other.profile.organisation = "Health Trust".into();
    let md = comparison_markdown(bank(), &other, &now, "2026-11-29");
    assert!(
        md.contains("- **Organisation:** Health Trust (then), City Council (now)\n"),
        "{md}"
    );
    assert!(
        md.contains(
            "> **Note:** These two assessments were made for different organisations (“Health \
         Trust” then, “City Council” now)"
        ),
        "{md}"
    );
}

#[test]
fn the_plan_then_and_now_says_who_owns_each_action_and_by_when() {
    use buy_in_check::model::compare::PlanRow;
    // The comparison's plan table gave each action's status only: a meeting going
    // through it asks who owns it and by when.
    let row = |owner: &str, due: &str| PlanRow {
        text: "Write the agreement".into(),
        owner: owner.into(),
        due: due.into(),
        then: None,
        now: Some("Done"),
    };
    assert_eq!(
        row("Priya", "2027-01-15").owner_and_due(),
        "Owner: Priya · due 2027-01-15"
    );
    assert_eq!(row("Priya", " ").owner_and_due(), "Owner: Priya");
    assert_eq!(row("", "2027-01-15").owner_and_due(), "Due 2027-01-15");
    assert_eq!(row("", "").owner_and_due(), "");
    // Carried from the plan: the current item's, or the earlier one's where it was dropped.
    let mut then = blank_with_plan("then", "Old item", "Tom", "2026-05-01");
    then.actions[0].status = ActionStatus::Doing;
    let now = blank_with_plan("now", "New item", "Priya", "2027-01-15");
    let change = over_time(bank(), &then, &now);
    let owners: Vec<String> = change.plan.iter().map(PlanRow::owner_and_due).collect();
    assert_eq!(
        owners,
        [
            "Owner: Priya · due 2027-01-15",
            "Owner: Tom · due 2026-05-01"
        ]
    );
}

/// An assessment with no answers and a plan of one item.
fn blank_with_plan(id: &str, text: &str, owner: &str, due: &str) -> Assessment {
    let mut a = Assessment::new(id, Profile::default(), 1);
    a.actions.push(ActionItem {
        id: format!("{id}-1"),
        text: text.into(),
        owner: owner.into(),
        due: due.into(),
        ..ActionItem::default()
    });
    a
}
