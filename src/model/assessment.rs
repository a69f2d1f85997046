//! One person's assessment: who they are, what they answered, what they plan to do.
//!
//! Plain data with serde, so it is stored, exported and tested without a browser.
//! Times are milliseconds since the Unix epoch, supplied by the caller (the model never
//! reads a clock, which keeps it deterministic).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};

use super::bank::{bank, Bank, ItemKind, Stage, Statement};

/// Longest accepted free text (names, notes, actions), in characters. Protects storage and
/// exports from pasted novels without getting in the way of real use.
pub const MAX_TEXT_CHARS: usize = 2_000;

/// A point on the 1–5 agreement scale. Always within range: construct with [`Level::new`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Level(u8);

impl Level {
    pub const MIN: u8 = 1;
    pub const MAX: u8 = 5;

    pub fn new(value: u8) -> Option<Level> {
        (Self::MIN..=Self::MAX)
            .contains(&value)
            .then_some(Level(value))
    }

    pub fn value(self) -> u8 {
        self.0
    }

    /// All levels, lowest first.
    pub fn all() -> impl Iterator<Item = Level> {
        (Self::MIN..=Self::MAX).map(Level)
    }

    /// The words a person sees for this level.
    pub fn label(self) -> &'static str {
        match self.0 {
            1 => "Strongly disagree",
            2 => "Disagree",
            3 => "Neither agree nor disagree",
            4 => "Agree",
            _ => "Strongly agree",
        }
    }
}

/// An answer to one statement. Not answering at all is the *absence* of an `Answer`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    Scale(Level),
    /// A fact holds (only for [`ItemKind::Fact`] statements).
    Yes,
    /// A fact does not hold (only for [`ItemKind::Fact`] statements).
    No,
    /// The person does not know. Counted and reported, never scored.
    DontKnow,
    /// The statement does not fit this partnership. Never scored.
    NotApplicable,
}

impl Answer {
    /// Stable code used in storage and exports: "1"–"5", "yes", "no", "dont-know",
    /// "not-applicable".
    pub fn code(self) -> &'static str {
        match self {
            Answer::Scale(l) => ["1", "2", "3", "4", "5"][usize::from(l.value() - 1)],
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::DontKnow => "dont-know",
            Answer::NotApplicable => "not-applicable",
        }
    }

    pub fn from_code(code: &str) -> Option<Answer> {
        match code {
            "yes" => Some(Answer::Yes),
            "no" => Some(Answer::No),
            "dont-know" => Some(Answer::DontKnow),
            "not-applicable" => Some(Answer::NotApplicable),
            _ => code
                .parse::<u8>()
                .ok()
                .and_then(Level::new)
                .map(Answer::Scale),
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Answer::Scale(l) => l.label(),
            Answer::Yes => "Yes",
            Answer::No => "No",
            Answer::DontKnow => "Don't know",
            Answer::NotApplicable => "Not applicable",
        }
    }

    pub fn level(self) -> Option<Level> {
        match self {
            Answer::Scale(l) => Some(l),
            _ => None,
        }
    }

    /// Every possible answer, scale first.
    pub fn all() -> impl Iterator<Item = Answer> {
        Level::all().map(Answer::Scale).chain([
            Answer::Yes,
            Answer::No,
            Answer::DontKnow,
            Answer::NotApplicable,
        ])
    }

    /// The answers offered for `statement`, in the order they are shown: its main answers,
    /// then Don't know (unless the statement is about what the person sees for themself)
    /// and Not applicable (unless it fits every partnership).
    pub fn offered(statement: &Statement) -> Vec<Answer> {
        let main: Vec<Answer> = match statement.kind {
            ItemKind::Scale => Level::all().map(Answer::Scale).collect(),
            ItemKind::Fact => vec![Answer::Yes, Answer::No],
        };
        let dont_know = (!statement.self_report).then_some(Answer::DontKnow);
        let not_applicable = (!statement.always_applies).then_some(Answer::NotApplicable);
        main.into_iter()
            .chain(dont_know)
            .chain(not_applicable)
            .collect()
    }

    /// True when this answer can be given to a statement of `kind`. Don't know and Not
    /// applicable stay valid for a statement that no longer offers them
    /// (`Statement::self_report`, `Statement::always_applies`): earlier versions offered
    /// them, and answers are never dropped.
    pub fn fits(self, kind: ItemKind) -> bool {
        match self {
            Answer::Scale(_) => kind == ItemKind::Scale,
            Answer::Yes | Answer::No => kind == ItemKind::Fact,
            Answer::DontKnow | Answer::NotApplicable => true,
        }
    }

    /// The value this answer adds to its dimension's average, if any: a scale answer its
    /// level; a fact "Yes" the top of the scale and "No" the bottom.
    pub fn value(self) -> Option<u8> {
        match self {
            Answer::Scale(l) => Some(l.value()),
            Answer::Yes => Some(Level::MAX),
            Answer::No => Some(Level::MIN),
            Answer::DontKnow | Answer::NotApplicable => None,
        }
    }
}

impl fmt::Display for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Answer {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Answer::from_code(&code).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "“{code}” is not an answer this app knows (1 to 5, yes, no, dont-know or not-applicable)"
            ))
        })
    }
}

/// What the person recorded for one statement.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Response {
    /// `None` when only a note was written, or the answer was cleared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<Answer>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// When the answer last changed (set or cleared); merges edits from two tabs.
    #[serde(default)]
    pub changed_at: u64,
    /// When the note last changed, kept apart so a note typed in one tab never undoes an
    /// answer chosen in another.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub note_changed_at: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// Who is answering, about which partnership.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    /// The one required field: how the person finds this assessment again.
    pub name: String,
    pub partnership: String,
    pub organisation: String,
    pub role: String,
    pub partners: Vec<String>,
    /// ISO date (YYYY-MM-DD) the assessment is about.
    pub date: String,
    /// Where the partnership stands, if the person said; tunes the advice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage: Option<Stage>,
}

/// Why a profile cannot be saved as it is.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProfileError {
    #[error("Give the assessment a name.")]
    MissingName,
    #[error("{field} is too long (at most {max} characters).")]
    TooLong { field: &'static str, max: usize },
    #[error("The date must look like 2026-03-31.")]
    BadDate,
    #[error("List at most {max} partner organisations.")]
    TooManyPartners { max: usize },
}

impl Profile {
    /// Checks what a person typed; the error names the field in plain words.
    pub fn validate(&self) -> Result<(), ProfileError> {
        if self.name.trim().is_empty() {
            return Err(ProfileError::MissingName);
        }
        let fields = [
            ("The name", &self.name),
            ("The partnership name", &self.partnership),
            ("The organisation", &self.organisation),
            ("The role", &self.role),
        ];
        for (field, value) in fields {
            if value.chars().count() > MAX_TEXT_CHARS {
                return Err(ProfileError::TooLong {
                    field,
                    max: MAX_TEXT_CHARS,
                });
            }
        }
        if self
            .partners
            .iter()
            .any(|p| p.chars().count() > MAX_TEXT_CHARS)
        {
            return Err(ProfileError::TooLong {
                field: "A partner name",
                max: MAX_TEXT_CHARS,
            });
        }
        if !self.date.is_empty() && !is_iso_date(&self.date) {
            return Err(ProfileError::BadDate);
        }
        if self.partners.len() > MAX_PARTNERS {
            return Err(ProfileError::TooManyPartners { max: MAX_PARTNERS });
        }
        Ok(())
    }
}

/// Most action-plan items one assessment may hold (a real plan has a handful).
pub const MAX_PLAN_ITEMS: usize = 100;
/// Most partner organisations one profile may list.
pub const MAX_PARTNERS: usize = 50;

/// Assessment ids appear in URLs and storage keys: 1–40 ASCII letters, digits or dashes.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 40 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// True for a plausible calendar date written as YYYY-MM-DD.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|t| t.parse::<u32>().ok());
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
        && s.bytes()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// Where an action-plan item stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActionStatus {
    #[default]
    Planned,
    Doing,
    Done,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 3] = [
        ActionStatus::Planned,
        ActionStatus::Doing,
        ActionStatus::Done,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ActionStatus::Planned => "planned",
            ActionStatus::Doing => "doing",
            ActionStatus::Done => "done",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ActionStatus::Planned => "Planned",
            ActionStatus::Doing => "Doing",
            ActionStatus::Done => "Done",
        }
    }
}

/// One line of the action plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ActionItem {
    /// Unique within the assessment.
    pub id: String,
    /// The bank action this item was seeded from, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    pub text: String,
    pub owner: String,
    /// ISO date or empty.
    pub due: String,
    pub status: ActionStatus,
}

/// A whole assessment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub id: String,
    /// The [`Bank::version`] the answers were given against.
    pub bank_version: u32,
    pub profile: Profile,
    /// Responses by statement id. A statement with no entry is unanswered.
    #[serde(default)]
    pub responses: BTreeMap<String, Response>,
    /// Ids of the warning signs the person has seen.
    #[serde(default)]
    pub warning_signs: BTreeSet<String>,
    #[serde(default)]
    pub actions: Vec<ActionItem>,
    pub created_at: u64,
    pub updated_at: u64,
    /// When this assessment was last downloaded as JSON, for the export reminder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exported_at: Option<u64>,
    /// The bank version the assessment was started on, when it was carried to a newer
    /// one (see `bank_upgrade`); comparisons use it to say what cannot be compared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upgraded_from: Option<u32>,
    /// When each profile field last changed (by field name), so two tabs editing the
    /// profile merge field by field, like answers.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub profile_changed: BTreeMap<String, u64>,
}

/// The profile's fields by name, for stamping and merging one field at a time.
pub const PROFILE_FIELDS: [&str; 7] = [
    "name",
    "partnership",
    "organisation",
    "role",
    "partners",
    "date",
    "stage",
];

impl Profile {
    /// True when `field` holds the same value in both profiles.
    pub fn same_field(&self, other: &Profile, field: &str) -> bool {
        match field {
            "name" => self.name == other.name,
            "partnership" => self.partnership == other.partnership,
            "organisation" => self.organisation == other.organisation,
            "role" => self.role == other.role,
            "partners" => self.partners == other.partners,
            "date" => self.date == other.date,
            "stage" => self.stage == other.stage,
            _ => true,
        }
    }

    /// Copies `field` from `other`.
    pub fn take_field(&mut self, other: &Profile, field: &str) {
        match field {
            "name" => self.name.clone_from(&other.name),
            "partnership" => self.partnership.clone_from(&other.partnership),
            "organisation" => self.organisation.clone_from(&other.organisation),
            "role" => self.role.clone_from(&other.role),
            "partners" => self.partners.clone_from(&other.partners),
            "date" => self.date.clone_from(&other.date),
            "stage" => self.stage = other.stage,
            _ => {}
        }
    }
}

/// How long after the last export (or ever, if never) to remind a person to export when
/// the browser has not promised to keep the data. Some browsers clear script storage
/// after seven days without a visit.
pub const EXPORT_REMINDER_MS: u64 = 7 * 24 * 60 * 60 * 1000;

impl Assessment {
    pub fn new(id: impl Into<String>, profile: Profile, now: u64) -> Assessment {
        Assessment {
            id: id.into(),
            bank_version: bank().version,
            profile,
            responses: BTreeMap::new(),
            warning_signs: BTreeSet::new(),
            actions: Vec::new(),
            created_at: now,
            updated_at: now,
            exported_at: None,
            upgraded_from: None,
            profile_changed: BTreeMap::new(),
        }
    }

    /// Replaces the profile, stamping each field that changed with `now`.
    pub fn set_profile(&mut self, profile: Profile, now: u64) {
        for field in PROFILE_FIELDS {
            if !self.profile.same_field(&profile, field) {
                self.profile_changed.insert(field.to_owned(), now);
            }
        }
        self.profile = profile;
        self.updated_at = self.updated_at.max(now);
    }

    /// True when the person should be reminded to export: the browser may clear storage,
    /// there is something worth keeping, and no export is recent.
    pub fn needs_export_reminder(&self, storage_persisted: bool, now: u64) -> bool {
        let has_content = self
            .responses
            .values()
            .any(|r| r.answer.is_some() || !r.note.is_empty())
            || !self.actions.is_empty();
        !storage_persisted
            && has_content
            && self
                .exported_at
                .is_none_or(|t| now.saturating_sub(t) > EXPORT_REMINDER_MS)
    }

    /// A copy under a new id and `name`, dated `date`, for re-assessing later or trying
    /// other answers. The copy is a new assessment on the current bank: answers to
    /// statements it no longer asks stay with the original only.
    pub fn duplicate(
        &self,
        new_id: impl Into<String>,
        name: &str,
        date: &str,
        now: u64,
    ) -> Assessment {
        let mut copy = self.clone();
        copy.responses
            .retain(|id, _| bank().statement(id).is_some());
        // "In the past year" belongs to the original's date: asked again, its note kept.
        for id in self.past_year_answered() {
            copy.set_answer(id, None, now);
        }
        copy.upgraded_from = None;
        copy.id = new_id.into();
        copy.created_at = now;
        copy.exported_at = None;
        let mut profile = copy.profile.clone();
        profile.name = name.trim().chars().take(MAX_TEXT_CHARS).collect();
        profile.date = date.to_owned();
        copy.set_profile(profile, now);
        copy
    }

    /// The statements about the past year this assessment has answers to, which a copy
    /// leaves to be answered again (see [`Assessment::duplicate`]).
    pub fn past_year_answered(&self) -> Vec<&'static str> {
        bank()
            .statements()
            .filter(|(_, _, s)| s.past_year && self.answer(s.id).is_some())
            .map(|(_, _, s)| s.id)
            .collect()
    }

    /// The name to propose for a copy: the title without an earlier copy's date or
    /// "(copy)" mark, then `date`, numbered if that is taken, so names never pile up
    /// ("Spring review (copy) (copy)").
    pub fn copy_name(&self, date: &str, taken: &[&str]) -> String {
        let mut base = self.title();
        loop {
            let before = base;
            base = base.trim_end();
            for mark in [" (copy)", " (imported copy)"] {
                base = base.strip_suffix(mark).unwrap_or(base);
            }
            if let Some((head, tail)) = base.rsplit_once(" – ") {
                if is_iso_date(tail) || tail.split_once(" (").is_some_and(|(d, _)| is_iso_date(d)) {
                    base = head;
                }
            }
            if base == before {
                break;
            }
        }
        let base = if base.is_empty() { "Assessment" } else { base };
        let first = format!("{base} – {date}");
        if !taken.contains(&first.as_str()) {
            return first;
        }
        (2..)
            .map(|n| format!("{first} ({n})"))
            .find(|name| !taken.contains(&name.as_str()))
            .unwrap_or(first)
    }

    pub fn answer(&self, statement_id: &str) -> Option<Answer> {
        self.responses.get(statement_id).and_then(|r| r.answer)
    }

    /// The answer to `statement` if it is one its kind allows (an answer of the wrong kind,
    /// say from a hand-edited file, counts as no answer).
    pub fn answer_to(&self, statement: &Statement) -> Option<Answer> {
        self.answer(statement.id).filter(|a| a.fits(statement.kind))
    }

    /// The statements asked whose answer they no longer offer: a Don't know or Not
    /// applicable given before a statement about oneself stopped offering it. Such answers
    /// count as they did; the review lists them and the results point there, so the person
    /// can give the answer now asked for.
    pub fn answers_no_longer_offered<'b>(&self, bank: &'b Bank) -> Vec<&'b Statement> {
        bank.statements()
            .map(|(_, _, s)| s)
            .filter(|s| self.is_asked(s))
            .filter(|s| {
                self.answer_to(s)
                    .is_some_and(|a| !Answer::offered(s).contains(&a))
            })
            .collect()
    }

    /// False while the fact `statement` presupposes is answered "No" or "Not applicable":
    /// the statement is then skipped, neither asked nor counted.
    /// False for a statement that assumes a fact (what the agreement says) while that fact
    /// is answered No, Not applicable or Don't know: no one can rate what an agreement says
    /// without knowing there is one. Asked again once the fact is Yes (or unanswered).
    pub fn is_asked(&self, statement: &Statement) -> bool {
        statement.requires.is_none_or(|fact| {
            !matches!(
                self.answer(fact),
                Some(Answer::No | Answer::NotApplicable | Answer::DontKnow)
            )
        })
    }

    pub fn note(&self, statement_id: &str) -> &str {
        self.responses
            .get(statement_id)
            .map_or("", |r| r.note.as_str())
    }

    /// Records (or clears, with `None`) the answer to one statement. A cleared answer keeps
    /// its time of change, so a merge with another tab knows the clear is the newer fact.
    pub fn set_answer(&mut self, statement_id: &str, answer: Option<Answer>, now: u64) {
        let response = self.responses.entry(statement_id.to_owned()).or_default();
        response.answer = answer;
        response.changed_at = now;
        self.updated_at = self.updated_at.max(now);
    }

    pub fn set_note(&mut self, statement_id: &str, note: &str, now: u64) {
        let response = self.responses.entry(statement_id.to_owned()).or_default();
        response.note = note.chars().take(MAX_TEXT_CHARS).collect();
        response.note_changed_at = now;
        self.updated_at = self.updated_at.max(now);
    }

    pub fn set_warning_sign(&mut self, sign_id: &str, seen: bool, now: u64) {
        if seen {
            self.warning_signs.insert(sign_id.to_owned());
        } else {
            self.warning_signs.remove(sign_id);
        }
        self.updated_at = self.updated_at.max(now);
    }

    /// How many of the statements of `bank` that are asked have an answer (any kind), and
    /// how many are asked (skipped statements count in neither).
    pub fn progress(&self, bank: &Bank) -> (usize, usize) {
        bank.statements()
            .filter(|(_, _, s)| self.is_asked(s))
            .fold((0, 0), |(done, total), (_, _, s)| {
                (done + usize::from(self.answer_to(s).is_some()), total + 1)
            })
    }

    /// Answers kept from statements the current bank no longer asks (an earlier version's),
    /// in the order that version asked them; a note written there without an answer is
    /// kept too (its answer `None`), so nothing said is out of sight.
    pub fn earlier_answers(&self, bank: &Bank) -> Vec<(&str, Option<Answer>)> {
        let mut out: Vec<(&str, Option<Answer>)> = self
            .responses
            .iter()
            .filter(|(id, r)| {
                (r.answer.is_some() || !r.note.trim().is_empty()) && bank.statement(id).is_none()
            })
            .map(|(id, r)| (id.as_str(), r.answer))
            .collect();
        let position = |id: &str| super::bank_upgrade::earlier_order(self.upgraded_from, id);
        super::order::sort_small_by(&mut out, |a, b| position(a.0).cmp(&position(b.0)));
        out
    }

    /// Brings every time later than `now` back to `now`. A record stamped in the future
    /// (a wrong clock, a hand-edited file) would win every merge against real edits, so a
    /// newer answer would show on screen while storage kept the old one. Returns true when
    /// anything was moved.
    pub fn clamp_future_times(&mut self, now: u64) -> bool {
        let mut moved = false;
        let mut clamp = |t: &mut u64| {
            if *t > now {
                *t = now;
                moved = true;
            }
        };
        clamp(&mut self.created_at);
        clamp(&mut self.updated_at);
        if let Some(t) = self.exported_at.as_mut() {
            clamp(t);
        }
        for r in self.responses.values_mut() {
            clamp(&mut r.changed_at);
            clamp(&mut r.note_changed_at);
        }
        for t in self.profile_changed.values_mut() {
            clamp(t);
        }
        moved
    }

    /// Gives every action-plan item a unique, non-empty id (the first of two items sharing
    /// one keeps it). The screen finds a row by its id, so an empty or repeated id would
    /// make typing in one row change another, or "Remove" take several. Returns how many
    /// items got a new id.
    pub fn give_items_unique_ids(&mut self) -> usize {
        let mut seen: BTreeSet<String> = BTreeSet::new();
        let mut renamed = 0;
        let mut next = 1usize;
        for i in 0..self.actions.len() {
            let id = self.actions[i].id.clone();
            if !id.is_empty() && id.chars().count() <= 100 && seen.insert(id) {
                continue;
            }
            let fresh = loop {
                let candidate = format!("item-{next}");
                next += 1;
                let clashes =
                    seen.contains(&candidate) || self.actions.iter().any(|x| x.id == candidate);
                if !clashes {
                    break candidate;
                }
            };
            seen.insert(fresh.clone());
            self.actions[i].id = fresh;
            renamed += 1;
        }
        renamed
    }

    /// A display title that is never empty.
    pub fn title(&self) -> &str {
        let name = self.profile.name.trim();
        if name.is_empty() {
            "Untitled assessment"
        } else {
            name
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answer_codes_round_trip() {
        for a in Answer::all() {
            assert_eq!(Answer::from_code(a.code()), Some(a));
        }
        assert_eq!(Answer::from_code("0"), None);
        assert_eq!(Answer::from_code("6"), None);
        assert_eq!(Answer::from_code(""), None);
    }

    #[test]
    fn export_reminder_rules() {
        let mut a = Assessment::new(
            "r1",
            Profile {
                name: "R".into(),
                ..Profile::default()
            },
            0,
        );
        assert!(!a.needs_export_reminder(false, 0), "nothing to keep yet");
        a.set_answer("mandate-1", Answer::from_code("3"), 10);
        assert!(a.needs_export_reminder(false, 10), "never exported");
        assert!(!a.needs_export_reminder(true, 10), "the browser keeps it");
        a.exported_at = Some(1_000);
        assert!(!a.needs_export_reminder(false, 1_000 + EXPORT_REMINDER_MS));
        assert!(a.needs_export_reminder(false, 1_001 + EXPORT_REMINDER_MS));
    }

    #[test]
    fn duplicates_get_a_new_id_name_and_date() {
        let mut a = Assessment::new(
            "d1",
            Profile {
                name: "Spring".into(),
                date: "2026-03-01".into(),
                ..Profile::default()
            },
            0,
        );
        a.set_answer("mandate-1", Answer::from_code("3"), 10);
        a.exported_at = Some(5);
        let d = a.duplicate("d2", " Autumn ", "2026-11-27", 99);
        assert_eq!(
            (
                d.id.as_str(),
                d.profile.name.as_str(),
                d.profile.date.as_str(),
                d.created_at,
                d.updated_at,
                d.exported_at
            ),
            ("d2", "Autumn", "2026-11-27", 99, 99, None)
        );
        assert_eq!(d.responses, a.responses);
        // The new name and date are stamped, so another tab's older profile cannot undo them.
        assert_eq!(d.profile_changed.get("name"), Some(&99));
        assert_eq!(d.profile_changed.get("date"), Some(&99));
    }

    #[test]
    fn copy_names_never_pile_up() {
        let named = |name: &str| {
            Assessment::new(
                "x",
                Profile {
                    name: name.into(),
                    ..Profile::default()
                },
                0,
            )
        };
        let day = "2026-11-27";
        assert_eq!(
            named("Spring review").copy_name(day, &[]),
            "Spring review – 2026-11-27"
        );
        for earlier in [
            "Spring review (copy)",
            "Spring review (copy) (copy)",
            "Spring review – 2026-03-01",
            "Spring review – 2026-03-01 (2)",
            "Spring review – 2026-03-01 (copy)",
            "Spring review (imported copy)",
        ] {
            assert_eq!(
                named(earlier).copy_name(day, &[]),
                "Spring review – 2026-11-27",
                "{earlier}"
            );
        }
        let taken = [
            "Spring review – 2026-11-27",
            "Spring review – 2026-11-27 (2)",
        ];
        assert_eq!(
            named("Spring review").copy_name(day, &taken),
            "Spring review – 2026-11-27 (3)"
        );
        // A name that is only a date keeps it as the name.
        assert_eq!(
            named("").copy_name(day, &[]),
            "Untitled assessment – 2026-11-27"
        );
        assert_eq!(
            named("Q3 – budget").copy_name(day, &[]),
            "Q3 – budget – 2026-11-27"
        );
    }

    #[test]
    fn iso_dates() {
        assert!(is_iso_date("2024-02-29"));
        assert!(!is_iso_date("2023-02-29"));
        assert!(!is_iso_date("2023-13-01"));
        assert!(!is_iso_date("2023-1-01"));
        assert!(!is_iso_date("+023-01-01"));
    }
}
