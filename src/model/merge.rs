//! Merging two versions of one assessment, for two tabs editing at once.
//!
//! Each response carries the time it last changed, so two tabs' edits merge answer by
//! answer: for every statement the later change wins, and nothing either tab recorded is
//! lost. Parts without their own timestamps (profile, warning signs, action plan) come
//! from whichever version changed last.

use super::assessment::{Assessment, PROFILE_FIELDS};

/// Merges `ours` (about to be saved) with `stored` (what another tab may have written).
/// The result keeps our id and is never older than either input.
pub fn merge(stored: &Assessment, ours: &Assessment) -> Assessment {
    let (newer, older) = if stored.updated_at > ours.updated_at {
        (stored, ours)
    } else {
        (ours, stored)
    };
    let mut out = newer.clone();
    out.id = ours.id.clone();
    // Answer and note merge separately, each by its own time of change.
    for (id, theirs) in &older.responses {
        let mine = out.responses.entry(id.clone()).or_default();
        if theirs.changed_at > mine.changed_at {
            mine.answer = theirs.answer;
            mine.changed_at = theirs.changed_at;
        }
        if theirs.note_changed_at > mine.note_changed_at {
            mine.note.clone_from(&theirs.note);
            mine.note_changed_at = theirs.note_changed_at;
        }
    }
    // The profile merges field by field, each by its own time of change.
    for field in PROFILE_FIELDS {
        let theirs = older.profile_changed.get(field).copied().unwrap_or(0);
        let mine = out.profile_changed.get(field).copied().unwrap_or(0);
        if theirs > mine {
            out.profile.take_field(&older.profile, field);
            out.profile_changed.insert(field.to_owned(), theirs);
        }
    }
    out.created_at = stored.created_at.min(ours.created_at);
    out.updated_at = stored.updated_at.max(ours.updated_at);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assessment::{Answer, Profile};

    fn base() -> Assessment {
        Assessment::new(
            "m1",
            Profile {
                name: "Merge".into(),
                ..Profile::default()
            },
            100,
        )
    }

    #[test]
    fn two_profile_forms_merge_field_by_field() {
        let start = base();
        let mut tab_a = start.clone();
        let mut tab_b = start.clone();
        let mut renamed = tab_a.profile.clone();
        renamed.name = "Renamed in A".into();
        tab_a.set_profile(renamed, 200);
        // Tab B opened its form before A saved, and changes only the role, later.
        let mut role = tab_b.profile.clone();
        role.role = "Chair".into();
        tab_b.set_profile(role, 300);
        let merged = merge(&tab_a, &tab_b);
        assert_eq!(
            merged.profile.name, "Renamed in A",
            "A's name survives B's later save"
        );
        assert_eq!(merged.profile.role, "Chair");
        assert_eq!(
            merge(&tab_b, &tab_a).profile,
            merged.profile,
            "either order"
        );
    }

    #[test]
    fn answers_from_both_tabs_survive() {
        let start = base();
        let mut tab_a = start.clone();
        let mut tab_b = start.clone();
        tab_a.set_answer("mandate-1", Answer::from_code("4"), 200);
        tab_b.set_answer("mandate-5", Answer::from_code("2"), 210);
        let merged = merge(&tab_a, &tab_b);
        assert_eq!(merged.answer("mandate-1"), Answer::from_code("4"));
        assert_eq!(merged.answer("mandate-5"), Answer::from_code("2"));
        assert_eq!(merged.updated_at, 210);
        assert_eq!(
            merge(&tab_b, &tab_a).responses,
            merged.responses,
            "order does not matter"
        );
    }

    #[test]
    fn the_later_change_to_the_same_answer_wins() {
        let mut tab_a = base();
        let mut tab_b = base();
        tab_a.set_answer("mandate-1", Answer::from_code("4"), 300);
        tab_b.set_answer("mandate-1", Answer::from_code("1"), 250);
        assert_eq!(
            merge(&tab_a, &tab_b).answer("mandate-1"),
            Answer::from_code("4")
        );
        assert_eq!(
            merge(&tab_b, &tab_a).answer("mandate-1"),
            Answer::from_code("4")
        );
    }

    #[test]
    fn a_later_clear_beats_an_earlier_answer() {
        let mut tab_a = base();
        tab_a.set_answer("mandate-1", Answer::from_code("4"), 300);
        let mut tab_b = tab_a.clone();
        tab_b.set_answer("mandate-1", None, 400);
        assert_eq!(merge(&tab_a, &tab_b).answer("mandate-1"), None);
        assert_eq!(merge(&tab_b, &tab_a).answer("mandate-1"), None);
    }

    #[test]
    fn a_note_in_one_tab_never_undoes_an_answer_in_the_other() {
        let mut tab_a = base();
        let mut tab_b = base();
        tab_a.set_answer("mandate-1", Answer::from_code("5"), 300);
        tab_b.set_note("mandate-1", "check with HR", 310);
        let merged = merge(&tab_a, &tab_b);
        assert_eq!(merged.answer("mandate-1"), Answer::from_code("5"));
        assert_eq!(merged.note("mandate-1"), "check with HR");
    }

    #[test]
    fn merging_with_itself_changes_nothing() {
        let mut a = base();
        a.set_answer("mandate-1", Some(Answer::DontKnow), 300);
        a.set_note("mandate-1", "ask", 301);
        assert_eq!(merge(&a, &a), a);
    }

    #[test]
    fn profile_and_plan_come_from_the_later_version() {
        let mut tab_a = base();
        let mut tab_b = base();
        tab_a.profile.name = "Old".into();
        tab_a.updated_at = 200;
        tab_b.profile.name = "New".into();
        tab_b.updated_at = 300;
        assert_eq!(merge(&tab_a, &tab_b).profile.name, "New");
        assert_eq!(merge(&tab_b, &tab_a).profile.name, "New");
    }
}
