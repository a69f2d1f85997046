//! The rules an assessment must meet before the app uses one it did not make in this tab:
//! a file being imported, or a record read from storage (written by another build, another
//! tab, or a person with the browser's tools). One set of rules for both, so whatever the
//! app shows can be exported and imported again, and a record that breaks them is set
//! aside with the same reason an import would give.

use super::assessment::{
    is_iso_date, is_valid_id, Assessment, MAX_PARTNERS, MAX_PLAN_ITEMS, MAX_TEXT_CHARS,
};
use super::bank::{bank, BANK_VERSION};
use super::bank_upgrade::{asked_between, asked_since, upgrade};
use super::exchange::shorten;

/// Checks an assessment of this or an earlier version of the questions (a newer one is
/// the caller's to handle: it is shown read-only or refused), carries its answers to the
/// current questions and gives its plan items unique ids. The error is a phrase to follow
/// "In assessment 2: " or the like.
pub fn admit(a: &mut Assessment) -> Result<(), String> {
    debug_assert!(
        a.bank_version <= BANK_VERSION,
        "newer questions are the caller's"
    );
    if a.bank_version == 0 {
        return Err("there is no version 0 of the questions".to_owned());
    }
    // Started on an earlier version than the one it answers: any other claim would decide
    // which old answers it may hold and which statements a comparison leaves out, on a
    // number no build wrote.
    if let Some(from) = a.upgraded_from {
        if from == 0 || from >= a.bank_version {
            return Err(format!(
                "it says it was started on version {from} of the questions, which cannot be \
                 for answers to version {}",
                a.bank_version
            ));
        }
    }
    // Earlier questions answer only what they asked: a statement added later would be
    // taken for an answer the person gave to words they never saw.
    if a.bank_version < BANK_VERSION {
        let from = a.upgraded_from.unwrap_or(a.bank_version);
        if let Some(id) = a
            .responses
            .keys()
            .find(|id| !asked_between(from, a.bank_version, id))
        {
            return Err(format!(
                "it answers \"{}\", which version {} of the questions did not ask",
                shorten(id),
                a.bank_version
            ));
        }
    }
    upgrade(a, BANK_VERSION);
    a.give_items_unique_ids();
    validate(a)
}

/// Checks what serde's types alone cannot: ids, dates and text lengths.
fn validate(a: &Assessment) -> Result<(), String> {
    if !is_valid_id(&a.id) {
        return Err("the id must be 1–40 letters, digits or dashes".to_owned());
    }
    a.profile.validate().map_err(|e| format!("profile: {e}"))?;
    if a.profile.partners.len() > MAX_PARTNERS {
        return Err(format!(
            "the profile lists {} partner organisations; at most {MAX_PARTNERS} are allowed",
            a.profile.partners.len()
        ));
    }
    if let Some(field) = a
        .profile_changed
        .keys()
        .find(|k| !super::assessment::PROFILE_FIELDS.contains(&k.as_str()))
    {
        return Err(format!("\"{}\" is not a profile field", shorten(field)));
    }
    if a.actions.len() > MAX_PLAN_ITEMS {
        return Err(format!(
            "the action plan has {} items; at most {MAX_PLAN_ITEMS} are allowed",
            a.actions.len()
        ));
    }
    for sign in &a.warning_signs {
        if bank().warning_sign(sign).is_none() {
            return Err(format!(
                "\"{}\" is not one of the warning signs",
                shorten(sign)
            ));
        }
    }
    for (id, r) in &a.responses {
        if id.len() > 100 {
            return Err("a statement id is too long".to_owned());
        }
        if r.note.chars().count() > MAX_TEXT_CHARS {
            return Err(format!(
                "the note on {id} is longer than {MAX_TEXT_CHARS} characters"
            ));
        }
        check_answer(a, id, r.answer)?;
    }
    for (i, item) in a.actions.iter().enumerate() {
        let n = i + 1;
        if [&item.text, &item.owner, &item.id]
            .iter()
            .any(|t| t.chars().count() > MAX_TEXT_CHARS)
        {
            return Err(format!(
                "action {n} has text longer than {MAX_TEXT_CHARS} characters"
            ));
        }
        if !item.due.is_empty() && !is_iso_date(&item.due) {
            return Err(format!("action {n} has a due date that is not a date"));
        }
        if let Some(source) = &item.source {
            // An action an earlier version recommended may be gone from the bank; only its
            // length is checked, so an old plan still imports.
            if bank().action(source).is_none() && source.chars().count() > 100 {
                return Err(format!(
                    "action {n} names its recommended action with more than 100 characters"
                ));
            }
        }
    }
    Ok(())
}

/// An answer must belong to a statement this bank asks, and be of its kind; an assessment
/// carried over from an earlier version may also keep answers to the statements that
/// version (or a later earlier one) asked. Every statement an earlier version asked and
/// this one does not was answered on the 1–5 scale (a test holds the tables to it).
fn check_answer(
    a: &Assessment,
    id: &str,
    answer: Option<super::assessment::Answer>,
) -> Result<(), String> {
    use super::assessment::Answer;
    let shown = shorten(id);
    if let Some((_, _, s)) = bank().statement(id) {
        return match answer {
            Some(answer) if !answer.fits(s.kind) => Err(format!(
                "the answer \"{answer}\" to {shown} does not fit that statement"
            )),
            _ => Ok(()),
        };
    }
    let from_earlier = a.upgraded_from.is_some_and(|from| asked_since(from, id));
    if !from_earlier {
        return Err(format!(
            "it answers \"{shown}\", which is not a statement of these questions"
        ));
    }
    match answer {
        Some(Answer::Yes | Answer::No) => Err(format!(
            "the answer to {shown} is yes or no, but that earlier statement was answered on the 1–5 scale"
        )),
        _ => Ok(()),
    }
}
