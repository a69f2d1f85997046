//! Carrying answers given on bank version 1 to the current bank.
//!
//! Every version-1 statement id is in [`V1_STATEMENTS`] with what became of it. Answers
//! are never dropped: an answer to a retired statement stays in the record under its old
//! id and is shown as "from an earlier version of the questions"; an answer to a statement
//! that became a yes/no fact is also carried to the fact where its meaning is clear.

use super::assessment::{Answer, Assessment};
use super::bank::bank;

/// What became of one version-1 statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum V1Fate {
    /// Same id, same words.
    Kept,
    /// Same id and meaning, new words.
    Reworded,
    /// Replaced by a yes/no fact: agreement 4–5 becomes "Yes", 1–2 "No"; a 3 says
    /// neither, so the fact is asked again. Don't know and Not applicable carry as they are.
    BecameFact(&'static str),
    /// No longer asked (its idea overlapped another statement, or one person could not
    /// judge it). The answer is kept and shown as from an earlier version.
    Retired,
}

/// Every statement of bank version 1, in its order, with what became of it.
pub const V1_STATEMENTS: &[(&str, V1Fate)] = &[
    ("shared-value-1", V1Fate::Kept),
    ("shared-value-2", V1Fate::Kept),
    ("shared-value-3", V1Fate::Retired),
    ("shared-value-4", V1Fate::Kept),
    ("core-business-1", V1Fate::Reworded),
    ("core-business-2", V1Fate::Kept),
    ("core-business-3", V1Fate::Retired),
    ("accountability-1", V1Fate::Kept),
    ("accountability-2", V1Fate::Kept),
    ("accountability-3", V1Fate::Retired),
    ("accountability-4", V1Fate::Reworded),
    ("watching-change-1", V1Fate::Reworded),
    ("watching-change-2", V1Fate::Kept),
    ("watching-change-3", V1Fate::Kept),
    (
        "written-commitments-1",
        V1Fate::BecameFact("written-commitments-signed"),
    ),
    ("written-commitments-2", V1Fate::Kept),
    ("written-commitments-3", V1Fate::Kept),
    ("written-commitments-4", V1Fate::Reworded),
    ("zip-up-1", V1Fate::Reworded),
    ("zip-up-2", V1Fate::Kept),
    ("zip-up-3", V1Fate::Kept),
    ("mandate-1", V1Fate::Kept),
    ("mandate-2", V1Fate::Kept),
    ("mandate-3", V1Fate::Reworded),
    ("mandate-4", V1Fate::Reworded),
    ("support-beyond-me-1", V1Fate::Reworded),
    ("support-beyond-me-2", V1Fate::Kept),
    ("support-beyond-me-3", V1Fate::Reworded),
    ("support-beyond-me-4", V1Fate::Retired),
    ("visibility-1", V1Fate::Kept),
    (
        "visibility-2",
        V1Fate::BecameFact("visibility-staff-meeting"),
    ),
    ("visibility-3", V1Fate::Kept),
    ("visibility-4", V1Fate::Retired),
    ("continuity-1", V1Fate::Reworded),
    ("continuity-2", V1Fate::BecameFact("continuity-plan")),
    ("continuity-3", V1Fate::Kept),
    ("continuity-4", V1Fate::Reworded),
    ("valued-core-1", V1Fate::BecameFact("valued-core-plan")),
    ("valued-core-2", V1Fate::BecameFact("valued-core-budget")),
    ("valued-core-3", V1Fate::Reworded),
    ("valued-core-4", V1Fate::Reworded),
    ("capacity-1", V1Fate::Reworded),
    ("capacity-2", V1Fate::Reworded),
    ("capacity-3", V1Fate::Reworded),
];

/// The words of the version-1 statements that are no longer asked as they were, so an
/// earlier answer can still be shown with the statement it answered.
pub const V1_TEXTS: &[(&str, &str)] = &[
    (
        "core-business-3",
        "Our partners have put their own money into this work.",
    ),
    (
        "shared-value-3",
        "This work helps staff in each partner reach their own targets.",
    ),
    (
        "accountability-3",
        "Our partners keep to the dates they agreed.",
    ),
    (
        "written-commitments-1",
        "We have a signed agreement, such as a memorandum of understanding.",
    ),
    (
        "support-beyond-me-4",
        "People outside my team help deliver what we promised partners.",
    ),
    (
        "visibility-2",
        "I have talked about this work at a staff meeting this year.",
    ),
    (
        "visibility-4",
        "Our own reports show the progress of this work.",
    ),
    ("continuity-2", "We have a plan for who takes over my role."),
    ("valued-core-1", "This work is part of our business plan."),
    (
        "valued-core-2",
        "We have a budget line for our part in this work.",
    ),
];

/// What version 1 of an id became, if it was a version-1 statement.
pub fn v1_fate(id: &str) -> Option<V1Fate> {
    V1_STATEMENTS
        .iter()
        .find(|(v1, _)| *v1 == id)
        .map(|(_, fate)| *fate)
}

/// The words an earlier version showed for a statement this version no longer asks.
pub fn earlier_text(id: &str) -> Option<&'static str> {
    V1_TEXTS.iter().find(|(v1, _)| *v1 == id).map(|(_, t)| *t)
}

/// The version-1 statement whose answer was carried to the fact `fact_id`, if any.
pub fn v1_source_of(fact_id: &str) -> Option<&'static str> {
    V1_STATEMENTS
        .iter()
        .find(|(_, f)| matches!(f, V1Fate::BecameFact(new) if *new == fact_id))
        .map(|(old, _)| *old)
}

/// Position of a version-1 id in the version-1 bank, for listing earlier answers in the
/// order they were asked.
pub fn v1_position(id: &str) -> Option<usize> {
    V1_STATEMENTS.iter().position(|(v1, _)| *v1 == id)
}

/// The fact answer a version-1 agreement answer stands for, if it says one clearly.
pub fn fact_from_v1(answer: Answer) -> Option<Answer> {
    match answer {
        Answer::Scale(l) if l.value() >= 4 => Some(Answer::Yes),
        Answer::Scale(l) if l.value() <= 2 => Some(Answer::No),
        Answer::DontKnow | Answer::NotApplicable => Some(answer),
        _ => None,
    }
}

/// For an earlier answer that now stands as a yes/no fact's answer, a note saying so
/// (shown beside the earlier answer, so the person can check the carried one).
pub fn carried_note(a: &Assessment, old_id: &str) -> Option<String> {
    let Some(V1Fate::BecameFact(new)) = v1_fate(old_id) else {
        return None;
    };
    let now = a.answer(new)?;
    (a.answer(old_id).and_then(fact_from_v1) == Some(now)).then(|| {
        format!(
            "carried over as “{}” to the new yes/no question",
            now.label()
        )
    })
}

/// True when `id` is a statement this version added (no version-1 answer can exist for it).
pub fn added_since_v1(id: &str) -> bool {
    v1_fate(id).is_none()
        && !V1_STATEMENTS
            .iter()
            .any(|(_, f)| matches!(f, V1Fate::BecameFact(new) if *new == id))
}

/// Brings an assessment answered on an older bank up to the current one. Returns how many
/// answers were carried to a new fact. Idempotent; an assessment already current is left
/// exactly as it is.
///
/// A "No" (or Not applicable) is not carried to a fact that other statements presuppose
/// while any of those statements has an answer: version 1 asked them regardless, and a
/// disagreement with "we have a signed agreement" may mean an unsigned one exists. Carrying
/// it would skip, and so hide, real answers; the fact is asked again instead.
pub fn upgrade(a: &mut Assessment, current_version: u32) -> usize {
    if a.bank_version >= current_version {
        return 0;
    }
    let mut carried = 0;
    for (old, fate) in V1_STATEMENTS {
        let V1Fate::BecameFact(new) = fate else {
            continue;
        };
        if a.responses.get(*new).is_some_and(|r| r.answer.is_some()) {
            continue;
        }
        let Some(old_response) = a.responses.get(*old) else {
            continue;
        };
        let Some(fact) = old_response.answer.and_then(fact_from_v1) else {
            continue;
        };
        let changed_at = old_response.changed_at;
        let gates_answers = bank()
            .statements()
            .any(|(_, _, s)| s.requires == Some(*new) && a.answer(s.id).is_some());
        if gates_answers && matches!(fact, Answer::No | Answer::NotApplicable) {
            continue;
        }
        // Only the answer: a note already written on the fact stays.
        let response = a.responses.entry((*new).to_owned()).or_default();
        response.answer = Some(fact);
        response.changed_at = changed_at;
        carried += 1;
    }
    a.upgraded_from.get_or_insert(a.bank_version);
    a.bank_version = current_version;
    carried
}
