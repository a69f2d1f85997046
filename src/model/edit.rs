//! Every change a person can make to an assessment, as data.
//!
//! The screens send an [`Edit`]; [`Assessment::apply`] makes it and stamps its time, so no
//! change can forget to: "Last changed", the export reminder and the merge of two tabs
//! (answer by answer, profile field by field) all rely on those stamps.

use super::advice::{action_title, first_step, seed_plan};
use super::assessment::{
    is_iso_date, ActionItem, ActionStatus, Answer, Assessment, Profile, MAX_PLAN_ITEMS,
    MAX_TEXT_CHARS,
};
use super::bank::bank;

/// One change to an assessment.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Chooses (or with `None` clears) the answer to a statement.
    Answer {
        statement: String,
        answer: Option<Answer>,
    },
    /// Replaces the note on a statement.
    Note { statement: String, text: String },
    /// Ticks or unticks a warning sign.
    WarningSign { sign: String, seen: bool },
    /// Saves the profile form (each field that changed is stamped).
    Profile(Profile),
    /// Renames the assessment.
    Rename(String),
    /// Records that the assessment was downloaded as JSON, for the export reminder.
    Exported,
    /// Adds recommended actions of the bank (by id) to the plan, each with its first step.
    AddRecommended(Vec<&'static str>),
    /// Adds an empty plan item with this id.
    AddItem { id: String },
    /// Changes one field of a plan item.
    Item { id: String, change: ItemChange },
    /// Removes a plan item.
    RemoveItem { id: String },
    /// Puts a removed plan item back at its place (Undo): nothing if an item with its id
    /// is there already, or the plan is full.
    RestoreItem { at: usize, item: ActionItem },
}

/// A change to one field of a plan item.
#[derive(Clone, Debug, PartialEq)]
pub enum ItemChange {
    Text(String),
    Owner(String),
    Due(String),
    Status(ActionStatus),
}

impl Assessment {
    /// Makes `edit` and stamps it with `now` (never moving "last changed" backwards). A
    /// download changes nothing the person wrote, so `Exported` moves only its own time.
    /// The plan never grows past [`MAX_PLAN_ITEMS`], the most an import accepts.
    pub fn apply(&mut self, edit: Edit, now: u64) {
        if edit == Edit::Exported {
            self.exported_at = Some(now);
            return;
        }
        let limit = |text: String| text.chars().take(MAX_TEXT_CHARS).collect::<String>();
        match edit {
            Edit::Answer { statement, answer } => self.set_answer(&statement, answer, now),
            Edit::Note { statement, text } => self.set_note(&statement, &text, now),
            Edit::WarningSign { sign, seen } => self.set_warning_sign(&sign, seen, now),
            Edit::Profile(profile) => self.set_profile(profile, now),
            Edit::Rename(name) => {
                let mut profile = self.profile.clone();
                profile.name = limit(name.trim().to_owned());
                self.set_profile(profile, now);
            }
            Edit::Exported => {}
            Edit::AddRecommended(ids) => {
                let chosen: Vec<_> = ids.iter().filter_map(|id| bank().action(id)).collect();
                let snapshot = self.clone();
                seed_plan(
                    &chosen,
                    |a| (action_title(a, &snapshot), first_step(a, &snapshot)),
                    &mut self.actions,
                );
                self.actions.truncate(MAX_PLAN_ITEMS);
            }
            Edit::AddItem { id } if self.actions.len() < MAX_PLAN_ITEMS => {
                self.actions.push(ActionItem {
                    id,
                    ..ActionItem::default()
                })
            }
            Edit::AddItem { .. } => {}
            Edit::Item { id, change } => {
                if let Some(item) = self.actions.iter_mut().find(|i| i.id == id) {
                    match change {
                        ItemChange::Text(t) => item.text = limit(t),
                        ItemChange::Owner(o) => item.owner = limit(o),
                        // A date the import would refuse is never stored.
                        ItemChange::Due(d) if d.is_empty() || is_iso_date(&d) => item.due = d,
                        ItemChange::Due(_) => {}
                        ItemChange::Status(s) => item.status = s,
                    }
                }
            }
            Edit::RemoveItem { id } => self.actions.retain(|i| i.id != id),
            Edit::RestoreItem { at, item } => {
                if self.actions.len() < MAX_PLAN_ITEMS
                    && !self.actions.iter().any(|i| i.id == item.id)
                {
                    let at = at.min(self.actions.len());
                    self.actions.insert(at, item);
                }
            }
        }
        self.updated_at = self.updated_at.max(now);
    }
}
