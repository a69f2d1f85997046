//! Every change the screens can make is an `Edit`; `Assessment::apply` makes it and
//! stamps its time. These tests hold each kind to its stamps, and the kinds that carry
//! their own times to a merge of two tabs that loses neither tab's change.

use buy_in_check::model::assessment::{ActionStatus, Answer, Assessment, Profile};
use buy_in_check::model::edit::{Edit, ItemChange};
use buy_in_check::model::merge::merge;

fn base() -> Assessment {
    Assessment::new(
        "e1",
        Profile {
            name: "Edits".into(),
            ..Profile::default()
        },
        100,
    )
}

fn every_edit() -> Vec<Edit> {
    vec![
        Edit::Answer {
            statement: "mandate-1".into(),
            answer: Answer::from_code("4"),
        },
        Edit::Note {
            statement: "mandate-1".into(),
            text: "Ask the director".into(),
        },
        Edit::WarningSign {
            sign: "fence-sitting".into(),
            seen: true,
        },
        Edit::Profile(Profile {
            name: "Edits".into(),
            role: "Chair".into(),
            ..Profile::default()
        }),
        Edit::Rename("Renamed".into()),
        Edit::Exported,
        Edit::AddRecommended(vec!["check-mandate"]),
        Edit::AddItem { id: "i1".into() },
        Edit::Item {
            id: "i1".into(),
            change: ItemChange::Owner("Sam".into()),
        },
        Edit::RemoveItem { id: "i1".into() },
        Edit::RestoreItem {
            at: 0,
            item: buy_in_check::model::assessment::ActionItem {
                id: "i9".into(),
                ..Default::default()
            },
        },
    ]
}

#[test]
fn every_edit_moves_last_changed_but_a_download() {
    for edit in every_edit() {
        let mut a = base();
        a.apply(edit.clone(), 500);
        let expected = if edit == Edit::Exported { 100 } else { 500 };
        assert_eq!(a.updated_at, expected, "{edit:?}");
    }
}

#[test]
fn an_edit_never_moves_last_changed_backwards() {
    for edit in every_edit() {
        let mut a = base();
        a.updated_at = 900;
        a.apply(edit.clone(), 500);
        assert_eq!(a.updated_at, 900, "{edit:?}");
    }
}

#[test]
fn the_plan_never_outgrows_what_an_import_accepts() {
    use buy_in_check::model::exchange::{from_json, to_json, MAX_PLAN_ITEMS};
    let mut a = base();
    for i in 0..MAX_PLAN_ITEMS + 5 {
        a.apply(
            Edit::AddItem {
                id: format!("i{i}"),
            },
            200,
        );
    }
    assert_eq!(a.actions.len(), MAX_PLAN_ITEMS);
    assert!(
        from_json(&to_json(&[a], "test", 1)).is_ok(),
        "the app's own export imports"
    );
}

#[test]
fn each_edit_stamps_its_own_part() {
    let mut a = base();
    a.apply(
        Edit::Answer {
            statement: "mandate-1".into(),
            answer: Answer::from_code("4"),
        },
        200,
    );
    a.apply(
        Edit::Note {
            statement: "mandate-1".into(),
            text: "Later note".into(),
        },
        300,
    );
    let r = &a.responses["mandate-1"];
    assert_eq!((r.changed_at, r.note_changed_at), (200, 300));
    a.apply(Edit::Rename("  New name  ".into()), 400);
    assert_eq!(a.profile.name, "New name");
    assert_eq!(a.profile_changed.get("name"), Some(&400));
    assert_eq!(a.profile_changed.get("role"), None, "only what changed");
    a.apply(Edit::Exported, 450);
    assert_eq!(a.exported_at, Some(450));
    assert_eq!(a.updated_at, 400, "a download is not a change");
}

#[test]
fn plan_edits_change_the_right_item_and_refuse_what_an_import_would() {
    let mut a = base();
    a.apply(Edit::AddItem { id: "i1".into() }, 200);
    a.apply(Edit::AddItem { id: "i2".into() }, 201);
    a.apply(
        Edit::Item {
            id: "i2".into(),
            change: ItemChange::Text("Meet the volunteers".into()),
        },
        202,
    );
    a.apply(
        Edit::Item {
            id: "i2".into(),
            change: ItemChange::Status(ActionStatus::Done),
        },
        203,
    );
    a.apply(
        Edit::Item {
            id: "i2".into(),
            change: ItemChange::Due("2027-01-31".into()),
        },
        204,
    );
    a.apply(
        Edit::Item {
            id: "i2".into(),
            change: ItemChange::Due("next week".into()),
        },
        205,
    );
    assert_eq!(a.actions[0].text, "", "the other item is untouched");
    assert_eq!(
        (
            a.actions[1].text.as_str(),
            a.actions[1].status,
            a.actions[1].due.as_str()
        ),
        ("Meet the volunteers", ActionStatus::Done, "2027-01-31"),
        "a due date that is not a date is not stored"
    );
    // Removed and put back by Undo: at its place, with everything typed into it.
    let removed = a.actions[0].clone();
    a.apply(Edit::RemoveItem { id: "i1".into() }, 206);
    assert_eq!(a.actions.len(), 1);
    a.apply(
        Edit::RestoreItem {
            at: 0,
            item: removed.clone(),
        },
        207,
    );
    assert_eq!(a.actions[0], removed);
    assert_eq!(a.actions.len(), 2);
    // Twice (a second click, another tab) puts it back once.
    a.apply(
        Edit::RestoreItem {
            at: 5,
            item: removed,
        },
        207,
    );
    assert_eq!(a.actions.len(), 2);
    a.apply(Edit::RemoveItem { id: "i1".into() }, 207);
    assert_eq!(a.actions.len(), 1);
    // Adding a recommended action twice adds it once.
    a.apply(
        Edit::AddRecommended(vec!["check-mandate", "no-such-action"]),
        207,
    );
    a.apply(Edit::AddRecommended(vec!["check-mandate"]), 208);
    assert_eq!(
        a.actions
            .iter()
            .filter(|i| i.source.as_deref() == Some("check-mandate"))
            .count(),
        1
    );
    assert_eq!(a.actions.len(), 2, "an unknown action id adds nothing");
}

/// Two tabs start from the same record, each makes one edit, and the merge keeps both:
/// answers and notes by statement, the profile by field.
#[test]
fn edits_with_their_own_times_merge_across_two_tabs() {
    type Check = fn(&Assessment) -> bool;
    let cases: Vec<(Edit, Edit, Check)> = vec![
        (
            Edit::Answer {
                statement: "mandate-1".into(),
                answer: Answer::from_code("5"),
            },
            Edit::Answer {
                statement: "mandate-5".into(),
                answer: Answer::from_code("2"),
            },
            |m| {
                m.answer("mandate-1") == Answer::from_code("5")
                    && m.answer("mandate-5") == Answer::from_code("2")
            },
        ),
        (
            Edit::Note {
                statement: "mandate-1".into(),
                text: "From tab A".into(),
            },
            Edit::Answer {
                statement: "mandate-1".into(),
                answer: Answer::from_code("3"),
            },
            |m| {
                m.note("mandate-1") == "From tab A"
                    && m.answer("mandate-1") == Answer::from_code("3")
            },
        ),
        (
            Edit::Rename("Named in A".into()),
            // Tab B's form still shows the old name; it changes only the role.
            Edit::Profile(Profile {
                name: "Edits".into(),
                role: "Chair".into(),
                ..Profile::default()
            }),
            |m| m.profile.name == "Named in A" && m.profile.role == "Chair",
        ),
    ];
    for (edit_a, edit_b, both_kept) in cases {
        let start = base();
        let (mut tab_a, mut tab_b) = (start.clone(), start);
        tab_a.apply(edit_a.clone(), 200);
        tab_b.apply(edit_b.clone(), 300);
        for merged in [merge(&tab_a, &tab_b), merge(&tab_b, &tab_a)] {
            assert!(both_kept(&merged), "{edit_a:?} and {edit_b:?}: {merged:?}");
            assert_eq!(merged.updated_at, 300);
        }
    }
}
