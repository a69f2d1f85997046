//! Carrying answers given on earlier versions of the bank to the current one.
//!
//! Every statement of every earlier version is listed with what became of it in the next
//! version ([`EARLIER`]). Ids are never reused, so an id names one statement in every
//! version. Answers are never dropped: an answer to a statement no longer asked stays in
//! the record under its old id and is shown as "from an earlier version of the questions";
//! an answer to a statement that became a yes/no fact is also carried to the fact where
//! its meaning is clear.

use super::assessment::{Answer, Assessment};
use super::bank::bank;

/// What became of one statement in the next version of the bank.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fate {
    /// Same id, same words.
    Kept,
    /// Same id and meaning, new words.
    Reworded,
    /// Replaced by a yes/no fact: agreement 4–5 becomes "Yes", 1–2 "No"; a 3 says
    /// neither, so the fact is asked again. Don't know and Not applicable carry as they are.
    BecameFact(&'static str),
    /// Replaced by the statement with this id, which asks something one person can answer
    /// honestly. The meaning differs, so the earlier answer is not carried: it is kept and
    /// shown as from an earlier version, beside the words of the statement now asked.
    Replaced(&'static str),
    /// No longer asked (its idea overlapped another statement, or one person could not
    /// judge it). The answer is kept and shown as from an earlier version.
    Retired,
}

/// One earlier version of the bank: its statements in order, each with what became of it
/// in the next version, and the words of those the next version no longer asks.
pub struct EarlierVersion {
    pub version: u32,
    pub statements: &'static [(&'static str, Fate)],
    pub texts: &'static [(&'static str, &'static str)],
}

impl EarlierVersion {
    /// Where this version asked the statement `id`, if it did.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.statements.iter().position(|(old, _)| *old == id)
    }

    /// True when this version asked the statement `id`.
    pub fn asked(&self, id: &str) -> bool {
        self.position(id).is_some()
    }

    /// What became of this version's statement `id` in the next version.
    pub fn fate(&self, id: &str) -> Option<Fate> {
        self.position(id).map(|i| self.statements[i].1)
    }
}

/// Every earlier version, oldest first; the current one is [`super::bank::BANK_VERSION`].
pub const EARLIER: &[EarlierVersion] = &[
    EarlierVersion {
        version: 1,
        statements: V1_STATEMENTS,
        texts: V1_TEXTS,
    },
    EarlierVersion {
        version: 2,
        statements: V2_STATEMENTS,
        texts: V2_TEXTS,
    },
    EarlierVersion {
        version: 3,
        statements: V3_STATEMENTS,
        texts: V3_TEXTS,
    },
];

/// The earlier versions from `version` on, oldest first (all of them for an unknown one
/// below the first).
fn since(version: u32) -> impl Iterator<Item = &'static EarlierVersion> {
    EARLIER.iter().filter(move |e| e.version >= version)
}

/// Every statement of bank version 1, in its order, with what became of it in version 2.
const V1_STATEMENTS: &[(&str, Fate)] = &[
    ("shared-value-1", Fate::Kept),
    ("shared-value-2", Fate::Kept),
    ("shared-value-3", Fate::Retired),
    ("shared-value-4", Fate::Kept),
    ("core-business-1", Fate::Reworded),
    ("core-business-2", Fate::Kept),
    ("core-business-3", Fate::Retired),
    ("accountability-1", Fate::Kept),
    ("accountability-2", Fate::Kept),
    ("accountability-3", Fate::Retired),
    ("accountability-4", Fate::Reworded),
    ("watching-change-1", Fate::Reworded),
    ("watching-change-2", Fate::Kept),
    ("watching-change-3", Fate::Kept),
    (
        "written-commitments-1",
        Fate::BecameFact("written-commitments-signed"),
    ),
    ("written-commitments-2", Fate::Kept),
    ("written-commitments-3", Fate::Kept),
    ("written-commitments-4", Fate::Reworded),
    ("zip-up-1", Fate::Reworded),
    ("zip-up-2", Fate::Kept),
    ("zip-up-3", Fate::Kept),
    ("mandate-1", Fate::Kept),
    ("mandate-2", Fate::Kept),
    ("mandate-3", Fate::Reworded),
    ("mandate-4", Fate::Reworded),
    ("support-beyond-me-1", Fate::Reworded),
    ("support-beyond-me-2", Fate::Kept),
    ("support-beyond-me-3", Fate::Reworded),
    ("support-beyond-me-4", Fate::Retired),
    ("visibility-1", Fate::Kept),
    ("visibility-2", Fate::BecameFact("visibility-staff-meeting")),
    ("visibility-3", Fate::Kept),
    ("visibility-4", Fate::Retired),
    ("continuity-1", Fate::Reworded),
    ("continuity-2", Fate::BecameFact("continuity-plan")),
    ("continuity-3", Fate::Kept),
    ("continuity-4", Fate::Reworded),
    ("valued-core-1", Fate::BecameFact("valued-core-plan")),
    ("valued-core-2", Fate::BecameFact("valued-core-budget")),
    ("valued-core-3", Fate::Reworded),
    ("valued-core-4", Fate::Reworded),
    ("capacity-1", Fate::Reworded),
    ("capacity-2", Fate::Reworded),
    ("capacity-3", Fate::Reworded),
];

/// The words of the version-1 statements that version 2 no longer asked as they were, so
/// an earlier answer can still be shown with the statement it answered.
const V1_TEXTS: &[(&str, &str)] = &[
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

/// Every statement of bank version 2, in its order, with what became of it in version 3.
/// Version 3 replaced the statements one representative could not answer from what they
/// see (another organisation's judgement or inner workings, a guess about the future, most
/// colleagues of a large organisation) and retired one that repeated another.
const V2_STATEMENTS: &[(&str, Fate)] = &[
    ("shared-value-1", Fate::Kept),
    ("shared-value-2", Fate::Kept),
    ("shared-value-4", Fate::Replaced("shared-value-6")),
    ("shared-value-5", Fate::Replaced("shared-value-7")),
    ("shared-decisions-1", Fate::Kept),
    ("shared-decisions-2", Fate::Kept),
    ("shared-decisions-3", Fate::Replaced("shared-decisions-4")),
    ("core-business-1", Fate::Replaced("core-business-5")),
    ("core-business-2", Fate::Reworded),
    ("core-business-4", Fate::Replaced("core-business-6")),
    ("accountability-1", Fate::Kept),
    ("accountability-2", Fate::Kept),
    ("accountability-4", Fate::Kept),
    ("accountability-5", Fate::Retired),
    ("watching-change-1", Fate::Kept),
    ("watching-change-2", Fate::Replaced("watching-change-4")),
    ("watching-change-3", Fate::Kept),
    ("written-commitments-signed", Fate::Kept),
    ("written-commitments-2", Fate::Kept),
    ("written-commitments-3", Fate::Kept),
    ("written-commitments-4", Fate::Kept),
    ("zip-up-1", Fate::Kept),
    ("zip-up-2", Fate::Kept),
    ("zip-up-3", Fate::Kept),
    ("mandate-1", Fate::Kept),
    ("mandate-2", Fate::Kept),
    ("mandate-3", Fate::Kept),
    ("mandate-4", Fate::Kept),
    ("support-beyond-me-1", Fate::Kept),
    ("support-beyond-me-2", Fate::Kept),
    ("support-beyond-me-3", Fate::Kept),
    ("visibility-1", Fate::Replaced("visibility-5")),
    ("visibility-staff-meeting", Fate::Kept),
    ("visibility-3", Fate::Kept),
    ("continuity-1", Fate::Kept),
    ("continuity-plan", Fate::Reworded),
    ("continuity-3", Fate::Kept),
    ("continuity-4", Fate::Kept),
    ("valued-core-plan", Fate::Kept),
    ("valued-core-budget", Fate::Kept),
    ("valued-core-3", Fate::Kept),
    ("valued-core-4", Fate::Kept),
    ("capacity-1", Fate::Kept),
    ("capacity-2", Fate::Kept),
    ("capacity-3", Fate::Kept),
];

/// The words of the version-2 statements that version 3 no longer asks.
const V2_TEXTS: &[(&str, &str)] = &[
    (
        "shared-value-4",
        "I know what drives the other people at the table.",
    ),
    (
        "shared-value-5",
        "For each partner, the gains are worth the cost of taking part.",
    ),
    (
        "shared-decisions-3",
        "The people our partners send to meetings can make commitments for their organisation.",
    ),
    (
        "core-business-1",
        "Each partner organisation treats this work as part of its core business.",
    ),
    (
        "core-business-4",
        "Each partner puts enough of its own resources into this work.",
    ),
    (
        "accountability-5",
        "I trust our partners to follow through on what they agree.",
    ),
    (
        "watching-change-2",
        "I would hear early if a partner's plans shifted.",
    ),
    (
        "visibility-1",
        "Most of my colleagues know this partnership exists.",
    ),
];

/// Every statement of bank version 3, in its order, with what became of it in version 4.
/// Version 4 asks, in "Connected at every level", what one person can have seen (leaders
/// in touch, direct dealings, a second contact) instead of whether others know each other;
/// narrows the mandate to routine decisions; asks about a senior leader speaking up as a
/// fact within the past year; and asks whether all the organisation puts in, not only its
/// money, would go on.
const V3_STATEMENTS: &[(&str, Fate)] = &[
    ("shared-value-1", Fate::Kept),
    ("shared-value-2", Fate::Kept),
    ("shared-value-6", Fate::Kept),
    ("shared-value-7", Fate::Kept),
    ("shared-decisions-1", Fate::Kept),
    ("shared-decisions-2", Fate::Kept),
    ("shared-decisions-4", Fate::Kept),
    ("core-business-5", Fate::Kept),
    ("core-business-2", Fate::Kept),
    ("core-business-6", Fate::Kept),
    ("accountability-1", Fate::Kept),
    ("accountability-2", Fate::Kept),
    ("accountability-4", Fate::Kept),
    ("watching-change-1", Fate::Kept),
    ("watching-change-4", Fate::Reworded),
    ("watching-change-3", Fate::Kept),
    ("written-commitments-signed", Fate::Kept),
    ("written-commitments-2", Fate::Kept),
    ("written-commitments-3", Fate::Kept),
    ("written-commitments-4", Fate::Kept),
    ("zip-up-1", Fate::Replaced("zip-up-4")),
    ("zip-up-2", Fate::Replaced("zip-up-5")),
    ("zip-up-3", Fate::Replaced("zip-up-contacts")),
    ("mandate-1", Fate::Kept),
    ("mandate-2", Fate::Replaced("mandate-5")),
    ("mandate-3", Fate::Kept),
    ("mandate-4", Fate::Kept),
    ("support-beyond-me-1", Fate::Kept),
    ("support-beyond-me-2", Fate::Kept),
    (
        "support-beyond-me-3",
        Fate::Replaced("support-beyond-me-senior"),
    ),
    ("visibility-5", Fate::Kept),
    ("visibility-staff-meeting", Fate::Kept),
    ("visibility-3", Fate::Kept),
    ("continuity-1", Fate::Kept),
    ("continuity-plan", Fate::Kept),
    ("continuity-3", Fate::Kept),
    ("continuity-4", Fate::Replaced("continuity-5")),
    ("valued-core-plan", Fate::Kept),
    ("valued-core-budget", Fate::Kept),
    ("valued-core-3", Fate::Kept),
    ("valued-core-4", Fate::Kept),
    ("capacity-1", Fate::Kept),
    ("capacity-2", Fate::Kept),
    ("capacity-3", Fate::Kept),
];

/// The words of the version-3 statements that version 4 no longer asks.
const V3_TEXTS: &[(&str, &str)] = &[
    (
        "zip-up-1",
        "The senior leaders of the partners know each other.",
    ),
    (
        "zip-up-2",
        "Staff who do the work know their peers in each partner.",
    ),
    (
        "zip-up-3",
        "Contact between partners goes well beyond the people at the table.",
    ),
    (
        "mandate-2",
        "I can agree to a decision in a meeting without checking back first.",
    ),
    (
        "support-beyond-me-3",
        "At least one of my organisation's senior leaders speaks up for this work.",
    ),
    (
        "continuity-4",
        "The money my organisation puts into this work would continue if I left.",
    ),
];

/// The words an earlier version showed for a statement this version no longer asks.
pub fn earlier_text(id: &str) -> Option<&'static str> {
    EARLIER
        .iter()
        .flat_map(|e| e.texts)
        .find(|(old, _)| *old == id)
        .map(|(_, text)| *text)
}

/// The fact an earlier statement's answer is carried to, if it became one.
fn became_fact(id: &str) -> Option<&'static str> {
    EARLIER.iter().find_map(|e| match e.fate(id) {
        Some(Fate::BecameFact(new)) => Some(new),
        _ => None,
    })
}

/// The statement now asked in place of the earlier statement `id`, if it was replaced
/// (followed through later replacements to one the current bank asks).
pub fn replaced_by(id: &str) -> Option<&'static str> {
    let mut current = EARLIER.iter().find_map(|e| match e.fate(id) {
        Some(Fate::Replaced(new)) => Some(new),
        _ => None,
    })?;
    while let Some(Fate::Replaced(next)) = EARLIER.iter().find_map(|e| e.fate(current)) {
        current = next;
    }
    bank().statement(current).is_some().then_some(current)
}

/// What was said to an earlier statement that a current one is asked in place of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnsweredBefore {
    /// The earlier statement's words.
    pub text: &'static str,
    pub answer: Answer,
    /// The note written on it (trimmed; may be empty).
    pub note: String,
}

/// For the current statement `id`, asked in place of an earlier one that `a` answered: the
/// earlier words, the answer and the note given to them (the latest, if several were
/// replaced in turn). The step shows it while `id` is unanswered, so the person sees what
/// they said.
pub fn answered_before(a: &Assessment, id: &str) -> Option<AnsweredBefore> {
    let mut wanted = id;
    for e in EARLIER.iter().rev() {
        let Some(old) = e.statements.iter().find_map(|(old, fate)| {
            matches!(fate, Fate::Replaced(new) if *new == wanted).then_some(*old)
        }) else {
            continue;
        };
        if let (Some(text), Some(answer)) = (earlier_text(old), a.answer(old)) {
            let note = a.note(old).trim().to_owned();
            return Some(AnsweredBefore { text, answer, note });
        }
        wanted = old;
    }
    None
}

/// Sort key for an answer kept from an earlier statement, in an assessment first answered
/// on `from`: the order that version asked its statements, then the next version's for
/// statements it added, and so on; ids no version knows come last.
pub fn earlier_order(from: Option<u32>, id: &str) -> (usize, usize) {
    since(from.unwrap_or(1))
        .enumerate()
        .find_map(|(v, e)| e.position(id).map(|p| (v, p)))
        .unwrap_or((usize::MAX, usize::MAX))
}

/// True when an assessment first answered on version `from` may hold an answer to the
/// earlier statement `id` (asked by that version or a later earlier one).
pub fn asked_since(from: u32, id: &str) -> bool {
    since(from).any(|e| e.asked(id))
}

/// Whether some version from `from` to `to` (both earlier versions) asked statement `id`:
/// what a file answering version `to`, started on `from`, can hold.
pub fn asked_between(from: u32, to: u32, id: &str) -> bool {
    since(from).filter(|e| e.version <= to).any(|e| e.asked(id))
}

/// The fact answer an answer on the agreement scale stands for, if it says one clearly.
pub fn fact_from_scale(answer: Answer) -> Option<Answer> {
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
    let new = became_fact(old_id)?;
    let now = a.answer(new)?;
    (a.answer(old_id).and_then(fact_from_scale) == Some(now)).then(|| {
        format!(
            "carried over as “{}” to the new yes/no question",
            now.label()
        )
    })
}

/// True when `id` is a statement of the current bank that an assessment answered on
/// `version` could hold no answer for: added (or replacing another) since then. A fact
/// carried from a statement of that version is not new: it is compared as the fact.
/// Nothing is new since the current version or a later one.
pub fn added_since(version: u32, id: &str) -> bool {
    let Some(then) = EARLIER.iter().find(|e| e.version == version) else {
        return false;
    };
    !then.asked(id)
        && !since(version)
            .flat_map(|e| e.statements)
            .any(|(_, fate)| matches!(fate, Fate::BecameFact(new) if *new == id))
}

/// How many statements `a` has yet to answer that were added (or asked in place of
/// others) since the version it was started on: said beside the count of answers, so an
/// assessment finished then does not read as abandoned now.
pub fn new_to_answer(a: &Assessment) -> usize {
    let Some(from) = a.upgraded_from else {
        return 0;
    };
    bank()
        .statements()
        .filter(|(_, _, s)| a.is_asked(s) && a.answer_to(s).is_none() && added_since(from, s.id))
        .count()
}

/// Brings an assessment answered on an earlier bank up to the current one, a version at a
/// time. Returns how many answers were carried to a new fact. Idempotent; an assessment
/// already current is left exactly as it is.
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
    let steps = since(a.bank_version).filter(|e| e.version < current_version);
    for (old, fate) in steps.flat_map(|e| e.statements) {
        let Fate::BecameFact(new) = fate else {
            continue;
        };
        if a.responses.get(*new).is_some_and(|r| r.answer.is_some()) {
            continue;
        }
        let Some(old_response) = a.responses.get(*old) else {
            continue;
        };
        let Some(fact) = old_response.answer.and_then(fact_from_scale) else {
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
