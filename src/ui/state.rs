//! App-wide state: the assessments in this browser and the outcome of the last save.
//!
//! Components read assessments through signals and change them only through
//! [`AppState::apply`], which updates the screen first and saves once that frame is drawn,
//! so a failed save never loses what is on screen (it can still be exported).

use leptos::prelude::*;

use crate::model::assessment::{Assessment, Profile};
use crate::model::edit::Edit;
use crate::model::exchange::make_ids_unique;
use crate::model::order::sort_small_by;
use crate::model::workshop::Workshop;
use crate::store::local::{
    open_workshop_id, remember_open_workshop, report_notes_included, request_persistence,
    storage_persisted, Quarantined, Repository, StoreError,
};

/// The outcome of the latest save, for the "Saved" indicator and error banner.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    Idle,
    Saved,
    Failed(StoreError),
}

#[derive(Clone, Copy)]
pub struct AppState {
    /// Assessments this version can read and write, in storage order.
    pub assessments: RwSignal<Vec<Assessment>>,
    /// Assessments written by a newer version: shown, never written.
    pub read_only: RwSignal<Vec<Assessment>>,
    /// Records that could not be read and were set aside.
    pub quarantined: RwSignal<Vec<Quarantined>>,
    pub save_status: RwSignal<SaveStatus>,
    /// A short message for screen readers (a polite live region in the app shell).
    pub announcement: RwSignal<String>,
    /// Partners' assessments gathered for the partnership view; kept in this tab only.
    pub partnership: RwSignal<Vec<Assessment>>,
    /// Whether the partnership view shows partners as "Partner A, B, C".
    pub partnership_anonymous: RwSignal<bool>,
    /// Partnership views saved in this browser (workshops), by name.
    pub workshops: RwSignal<Vec<Workshop>>,
    /// Names of saved views written by a newer version: listed, never opened here.
    pub newer_workshops: RwSignal<Vec<String>>,
    /// The saved view this tab has open (its id and name); changes to it are saved.
    pub open_workshop: RwSignal<Option<(String, String)>>,
    /// A note about the open view from another tab (deleted or changed there).
    pub workshop_notice: RwSignal<Option<String>>,
    /// Whether the printed report and the Markdown carry the person's notes (this tab,
    /// across reloads): a report handed round may be wanted without them.
    pub report_notes: RwSignal<bool>,
    /// Assessments this tab had that another tab deleted: kept here until the person
    /// keeps their copy or lets them go.
    pub deleted_elsewhere: RwSignal<Vec<Assessment>>,
    /// True once storage has been read into the signals above (see
    /// [`AppState::read_storage`]); until then they are empty, and nothing may be saved:
    /// every page and action that saves waits for the read (`on_demand::read_storage`).
    pub storage_read: RwSignal<bool>,
    /// Whether the index listed anything when the app started (before the read).
    pub stored_at_start: bool,
    /// False when the browser gave no usable storage.
    pub persistent: bool,
    /// True when storage was full at start-up: records shown, new changes not kept.
    pub full_at_start: bool,
    /// Whether the browser promised to keep storage (`None` until known).
    pub storage_kept: RwSignal<Option<bool>>,
    /// Set once persistence has been asked for in this session.
    asked_to_keep: RwSignal<bool>,
    /// Assessments changed on screen whose save waits for the next frame (see
    /// [`AppState::apply`]).
    unsaved: StoredValue<Vec<String>>,
    /// Assessments whose latest save failed (storage full, deleted elsewhere): their
    /// changes exist only on screen until a save succeeds.
    not_saved: StoredValue<Vec<String>>,
    /// True when the latest save of the partnership view failed: its changes exist only
    /// on screen, and another tab's save of the same workshop must not replace them.
    workshop_not_saved: StoredValue<bool>,
    repo: StoredValue<Repository, LocalStorage>,
}

/// How long after a save its record is read again (see `AppState::verify_soon`): longer
/// than a racing tab needs to finish its own write.
const VERIFY_AFTER_MS: i32 = 60;

/// How many times in a row a save is checked and written again. Both tabs find the other's
/// answer missing and write at the same moment again now and then (a full test run on a
/// busy machine lost one answer so); each write is checked in turn, a few times at most.
const VERIFY_ROUNDS: u8 = 4;

/// Milliseconds since the epoch, from the browser clock.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// Today's date as YYYY-MM-DD in the person's time zone.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// A short id, unique enough for one person's browser: time plus randomness, base 36.
pub fn new_id() -> String {
    let random = (js_sys::Math::random() * 1_679_616.0) as u64; // 36^4
    format!("{}-{}", base36(now()), base36(random))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

impl AppState {
    /// Opens storage and loads everything in it.
    pub fn load(repo: Repository) -> AppState {
        let state = AppState::unread(repo);
        state.read_storage();
        state
    }

    /// The state before storage is read: everything empty. The app starts with this, so
    /// that the code which reads and decodes records can come in an on-demand chunk
    /// (`on_demand::read_storage`) instead of delaying the first screen.
    pub fn unread(repo: Repository) -> AppState {
        AppState {
            assessments: RwSignal::new(Vec::new()),
            read_only: RwSignal::new(Vec::new()),
            quarantined: RwSignal::new(Vec::new()),
            save_status: RwSignal::new(SaveStatus::Idle),
            announcement: RwSignal::new(String::new()),
            partnership: RwSignal::new(Vec::new()),
            partnership_anonymous: RwSignal::new(false),
            workshops: RwSignal::new(Vec::new()),
            newer_workshops: RwSignal::new(Vec::new()),
            open_workshop: RwSignal::new(None),
            workshop_notice: RwSignal::new(None),
            report_notes: RwSignal::new(report_notes_included()),
            deleted_elsewhere: RwSignal::new(Vec::new()),
            storage_read: RwSignal::new(false),
            stored_at_start: repo.has_index_entries(),
            persistent: repo.is_persistent(),
            full_at_start: repo.is_full_at_start(),
            storage_kept: RwSignal::new(None),
            asked_to_keep: RwSignal::new(false),
            unsaved: StoredValue::new(Vec::new()),
            not_saved: StoredValue::new(Vec::new()),
            workshop_not_saved: StoredValue::new(false),
            repo: StoredValue::new_local(repo),
        }
    }

    /// Reads everything in storage, and reopens the partnership view this tab had open
    /// before a reload. Only the first call reads; later changes come through
    /// [`AppState::reload`].
    pub fn read_storage(&self) {
        if self.storage_read.get_untracked() {
            return;
        }
        // Times from the future are brought back to now by the repository as it reads.
        let loaded = self.repo.with_value(|r| r.load());
        self.assessments.set(loaded.assessments);
        self.read_only.set(loaded.read_only);
        self.quarantined.set(loaded.quarantined);
        self.workshops.set(loaded.workshops);
        self.newer_workshops.set(loaded.newer_workshops);
        self.restore_open_workshop();
        self.storage_read.set(true);
        self.save_when_leaving();
    }

    /// A change whose save waits for its frame ([`AppState::apply`]) is written when the
    /// page is left or hidden: a hidden page draws no frames, and may be closed unseen.
    /// Set up here, when storage is first read (nothing is saved before), because this
    /// code comes in an on-demand chunk: set up by the app shell, the listeners would pull
    /// saving, and all the record code behind it, into the start-up module.
    fn save_when_leaving(&self) {
        let state = *self;
        // Kept for the page's life, like the state.
        let _ = window_event_listener(leptos::ev::pagehide, move |_| state.save_now());
        // Fired at the document; it reaches the window on its way up.
        let _ = window_event_listener_untyped("visibilitychange", move |_| state.save_now());
    }

    /// Learns whether the browser keeps storage; call once at start-up.
    pub fn check_storage_kept(&self) {
        let kept = self.storage_kept;
        leptos::task::spawn_local(async move {
            kept.set(storage_persisted().await);
        });
    }

    /// Asks the browser, once per session, to keep storage now that there is work in it.
    fn ask_to_keep(&self) {
        if !self.persistent
            || self.asked_to_keep.get_untracked()
            || self.storage_kept.get_untracked() == Some(true)
        {
            return;
        }
        self.asked_to_keep.set(true);
        let kept = self.storage_kept;
        leptos::task::spawn_local(async move {
            if let Some(granted) = request_persistence().await {
                kept.set(Some(granted));
            }
        });
    }

    /// The assessment with `id` and whether it is read-only (written by a newer version).
    pub fn find_any(&self, id: &str) -> Option<(Assessment, bool)> {
        self.get(id).map(|a| (a, false)).or_else(|| {
            self.read_only
                .with(|all| all.iter().find(|a| a.id == id).cloned())
                .map(|a| (a, true))
        })
    }

    /// Copies an assessment under a new id and `name`, dated today; returns the new id.
    pub fn duplicate(&self, id: &str, name: &str) -> Option<String> {
        self.save_now();
        let copy = self.get(id)?.duplicate(new_id(), name, &today(), now());
        let new = copy.id.clone();
        self.persist(&copy);
        self.assessments.update(|all| all.push(copy));
        Some(new)
    }

    /// Reads storage again, e.g. after another tab changed it.
    pub fn reload(&self) {
        // Changes still waiting for their frame are saved first, or the read would undo
        // them. Those that storage refuses (full, or another tab deleting the assessment
        // right now), and those refused before, stay on screen all the same: they are
        // merged into what is read, so an export or "Keep my copy" still has them.
        let pending = |a: &Assessment| {
            self.unsaved.with_value(|ids| ids.contains(&a.id))
                || self.not_saved.with_value(|ids| ids.contains(&a.id))
        };
        let waiting: Vec<Assessment> = self
            .assessments
            .with_untracked(|all| all.iter().filter(|a| pending(a)).cloned().collect());
        self.save_now();
        if !self.storage_read.get_untracked() {
            return self.read_storage();
        }
        let mut loaded = self.repo.with_value(|r| r.load());
        for ours in &waiting {
            if let Some(stored) = loaded.assessments.iter_mut().find(|a| a.id == ours.id) {
                *stored = crate::model::merge::merge(stored, ours);
            }
        }
        // Deleted in another tab: stays in this tab's list (so a page open on it keeps
        // working and any change says it was not saved) until the person keeps the copy
        // or lets it go. One that came back (an undo there) is simply current again.
        let gone: Vec<Assessment> = self.assessments.with_untracked(|all| {
            all.iter()
                .filter(|a| !loaded.assessments.iter().any(|b| b.id == a.id))
                .filter(|a| self.repo.with_value(|r| r.was_deleted(&a.id)))
                .cloned()
                .collect()
        });
        self.deleted_elsewhere.update(|d| {
            d.retain(|a| !loaded.assessments.iter().any(|b| b.id == a.id));
            for a in &gone {
                if !d.iter().any(|x| x.id == a.id) {
                    d.push(a.clone());
                }
            }
        });
        loaded.assessments.extend(gone);
        self.assessments.set(loaded.assessments);
        self.read_only.set(loaded.read_only);
        self.quarantined.set(loaded.quarantined);
        self.newer_workshops.set(loaded.newer_workshops);
        // The open view, changed or deleted in another tab: follow it, or keep this tab's
        // copy on screen and say so, never silently dropping it.
        if let Some((id, name)) = self.open_workshop.get_untracked() {
            match loaded.workshops.iter().find(|w| w.id == id) {
                // Unchanged in storage since this tab last read or saved it: nothing to do
                // (the screen may hold changes that did not fit; they stay).
                Some(w)
                    if self
                        .workshops
                        .with_untracked(|known| known.iter().any(|k| k == w)) => {}
                Some(_) if self.workshop_not_saved.get_value() => {
                    // This tab's latest change did not fit in storage: it stays on screen
                    // (with the page's "not saved" message), not replaced by what the other
                    // tab saved.
                    self.workshop_notice.set(Some(
                        "This workshop was changed in another tab, but your changes here could not be saved, \
                         so they stay on screen. If a later save works, it replaces the other tab's version."
                            .to_owned(),
                    ));
                }
                Some(w)
                    if w.assessments != self.partnership.get_untracked()
                        || w.anonymous != self.partnership_anonymous.get_untracked() =>
                {
                    self.partnership.set(w.assessments.clone());
                    self.partnership_anonymous.set(w.anonymous);
                    self.workshop_notice.set(Some(
                        "This workshop was changed in another tab; you see its latest state."
                            .to_owned(),
                    ));
                }
                Some(_) => {}
                None => {
                    self.open_workshop.set(None);
                    remember_open_workshop(None);
                    self.workshop_notice.set(Some(format!(
                        "“{name}” was deleted in another tab. The partners are still shown here; save the view again to keep it."
                    )));
                }
            }
        }
        self.workshops.set(loaded.workshops);
    }

    /// Reopens the saved view this tab had open before a reload.
    fn restore_open_workshop(&self) {
        if let Some(id) = open_workshop_id() {
            if !self.open_workshop_by_id(&id) {
                remember_open_workshop(None);
            }
        }
    }

    /// Shows the saved view `id` in the partnership page; false when there is none.
    pub fn open_workshop_by_id(&self, id: &str) -> bool {
        let Some(w) = self
            .workshops
            .with_untracked(|all| all.iter().find(|w| w.id == id).cloned())
        else {
            return false;
        };
        self.partnership.set(w.assessments);
        self.partnership_anonymous.set(w.anonymous);
        self.open_workshop.set(Some((w.id.clone(), w.name)));
        self.workshop_notice.set(None);
        self.workshop_not_saved.set_value(false);
        remember_open_workshop(Some(&w.id));
        true
    }

    /// Saves the partnership view as it is: under a new workshop named `name`, or, with
    /// `None`, into the open one. Returns false when storage refused.
    pub fn save_workshop(&self, name: Option<String>) -> bool {
        let now = now();
        let (id, name) = match (name, self.open_workshop.get_untracked()) {
            (Some(name), _) => (new_id(), self.unused_workshop_name(name)),
            (None, Some(open)) => open,
            (None, None) => return false,
        };
        let created_at = self
            .workshops
            .with_untracked(|all| all.iter().find(|w| w.id == id).map(|w| w.created_at))
            .unwrap_or(now);
        let w = Workshop {
            id: id.clone(),
            name: name.clone(),
            anonymous: self.partnership_anonymous.get_untracked(),
            assessments: self.partnership.get_untracked(),
            created_at,
            updated_at: now,
        };
        let result = self.repo.with_value(|r| r.save_workshop(&w));
        let ok = result.is_ok();
        self.workshop_not_saved.set_value(!ok);
        self.report(result);
        if ok {
            self.workshops.update(|all| {
                all.retain(|x| x.id != id);
                all.push(w);
                sort_small_by(all, |a, b| a.name.cmp(&b.name));
            });
            if self.open_workshop.get_untracked().as_ref().map(|o| &o.0) != Some(&id) {
                self.open_workshop.set(Some((id.clone(), name)));
            }
            remember_open_workshop(Some(&id));
        }
        ok
    }

    /// `name`, or "name (2)", "name (3)" … so two saved workshops never share a name.
    fn unused_workshop_name(&self, name: String) -> String {
        let taken = |n: &str| {
            self.workshops
                .with_untracked(|all| all.iter().any(|w| w.name == n))
        };
        if !taken(&name) {
            return name;
        }
        (2..)
            .map(|i| format!("{name} ({i})"))
            .find(|n| !taken(n))
            .unwrap_or(name)
    }

    /// Deletes a saved view. If it is open, the partners stay on screen, no longer saved.
    pub fn delete_workshop(&self, id: &str) {
        self.repo.with_value(|r| r.delete_workshop(id));
        self.workshops.update(|all| all.retain(|w| w.id != id));
        if self
            .open_workshop
            .get_untracked()
            .is_some_and(|o| o.0 == id)
        {
            self.open_workshop.set(None);
            remember_open_workshop(None);
        }
    }

    /// Empties the partnership view (a saved one stays saved).
    pub fn close_workshop(&self) {
        self.partnership.set(Vec::new());
        self.partnership_anonymous.set(false);
        self.open_workshop.set(None);
        self.workshop_notice.set(None);
        remember_open_workshop(None);
    }

    /// Reads part of the assessment with `id` without cloning it; tracked (re-runs when
    /// the assessments change). `None` for an unknown id.
    pub fn read<R>(&self, id: &str, part: impl FnOnce(&Assessment) -> R) -> Option<R> {
        self.assessments
            .with(|all| all.iter().find(|a| a.id == id).map(part))
    }

    /// The name to propose for a copy of `id` (see [`Assessment::copy_name`]).
    pub fn copy_name(&self, id: &str) -> String {
        self.assessments.with_untracked(|all| {
            let taken: Vec<&str> = all.iter().map(Assessment::title).collect();
            all.iter()
                .find(|a| a.id == id)
                .map(|a| a.copy_name(&today(), &taken))
                .unwrap_or_default()
        })
    }

    /// The assessment with `id`, tracked (re-runs when it changes).
    pub fn get(&self, id: &str) -> Option<Assessment> {
        self.read(id, Assessment::clone)
    }

    /// Creates an assessment and saves it; returns its id.
    pub fn create(&self, profile: Profile) -> String {
        self.save_now();
        let assessment = Assessment::new(new_id(), profile, now());
        let id = assessment.id.clone();
        self.persist(&assessment);
        self.assessments.update(|all| all.push(assessment));
        id
    }

    /// Makes one change to an assessment on screen (stamped with its time, see
    /// [`Assessment::apply`]), and saves it once the frame that shows it has been drawn.
    /// Does nothing for an unknown id.
    ///
    /// A save reads the stored record back, merges and writes it: about a millisecond and
    /// a half on a slow phone, which the person would otherwise wait for before seeing
    /// their answer. Changes made before that frame are saved together. Reading storage
    /// again, creating, duplicating, importing and restoring write them first
    /// ([`AppState::save_now`]), and so does leaving or hiding the page.
    pub fn apply(&self, id: &str, edit: Edit) {
        let mut changed = false;
        self.assessments.update(|all| {
            if let Some(a) = all.iter_mut().find(|a| a.id == id) {
                a.apply(edit, now());
                changed = true;
            }
        });
        if changed {
            self.save_after_paint(id);
            self.ask_to_keep();
        }
    }

    fn save_after_paint(&self, id: &str) {
        let first = self.unsaved.try_update_value(|ids| {
            let first = ids.is_empty();
            if !ids.iter().any(|x| x == id) {
                ids.push(id.to_owned());
            }
            first
        });
        if first == Some(true) {
            let state = *self;
            crate::ui::dom::after_next_paint(move || state.save_now());
        }
    }

    /// Writes every change still waiting for its frame (see [`AppState::apply`]).
    pub fn save_now(&self) {
        let ids = self
            .unsaved
            .try_update_value(std::mem::take)
            .unwrap_or_default();
        for id in ids {
            // One deleted meanwhile, here or (and let go) after a delete in another tab,
            // has nothing left to save: the save would only be refused.
            let current = self
                .assessments
                .with_untracked(|all| all.iter().find(|a| a.id == id).cloned());
            if let Some(a) = current {
                self.persist_edit(&a);
            }
        }
    }

    /// Deletes an assessment; returns it so the person can undo.
    pub fn delete(&self, id: &str) -> Option<Assessment> {
        let mut removed = None;
        self.assessments.update(|all| {
            if let Some(i) = all.iter().position(|a| a.id == id) {
                removed = Some(all.remove(i));
            }
        });
        let result = self.repo.with_value(|r| r.delete(id));
        self.report(result);
        removed
    }

    /// Adds imported assessments, all or nothing: any whose id is already here comes in
    /// as a copy with a new id, so an import never overwrites anything; times in the future
    /// are brought back to now. If storage refuses any of them, the ones already written
    /// are taken out again and the error says why, so an import is never half done.
    /// Returns (added, added as copies, with future times).
    pub fn import(
        &self,
        mut incoming: Vec<Assessment>,
    ) -> Result<(usize, usize, usize), StoreError> {
        self.save_now();
        let at = now();
        let future = incoming
            .iter_mut()
            .filter_map(|a| a.clamp_future_times(at).then_some(()))
            .count();
        let taken: Vec<String> = self.assessments.with_untracked(|all| {
            all.iter()
                .chain(self.read_only.get_untracked().iter())
                .map(|a| a.id.clone())
                .collect()
        });
        let copies = make_ids_unique(&mut incoming, &taken, new_id);
        let added = incoming.len();
        for (i, a) in incoming.iter().enumerate() {
            if let Err(e) = self.repo.with_value(|r| r.save(a)) {
                // Take out everything this import wrote, the failing one too (its record
                // may have fitted where its index entry did not). The ids are new here, so
                // removing them touches nothing that was.
                for written in &incoming[..=i] {
                    self.repo.with_value(|r| r.remove_record(&written.id));
                }
                return Err(e);
            }
        }
        self.report(Ok(()));
        self.assessments.update(|all| all.extend(incoming));
        self.ask_to_keep();
        Ok((added, copies, future))
    }

    /// Removes a set-aside record the person has chosen to discard.
    pub fn discard_quarantined(&self, key: &str) {
        self.repo.with_value(|r| r.discard_quarantined(key));
        self.quarantined.update(|q| q.retain(|x| x.key != key));
    }

    /// Puts back a deleted assessment.
    pub fn restore(&self, assessment: Assessment) {
        self.save_now();
        let result = self.repo.with_value(|r| r.keep_deleted(&assessment));
        self.report(result.map(|_| ()));
        self.assessments.update(|all| all.push(assessment));
    }

    /// After "deleted in another tab": saves this tab's copy again.
    pub fn keep_copy(&self, id: &str) {
        let mut kept = None;
        self.deleted_elsewhere.update(|d| {
            if let Some(i) = d.iter().position(|a| a.id == id) {
                kept = Some(d.remove(i));
            }
        });
        // The copy as this tab has it now, with any change made after the delete.
        let Some(a) = self.get(id).or(kept) else {
            return;
        };
        let result = self.repo.with_value(|r| r.keep_deleted(&a));
        self.report(result.map(|_| ()));
        if !self
            .assessments
            .with_untracked(|all| all.iter().any(|x| x.id == id))
        {
            self.assessments.update(|all| all.push(a));
        }
    }

    /// Lets go of a copy that another tab deleted.
    pub fn forget_deleted(&self, id: &str) {
        self.deleted_elsewhere.update(|d| d.retain(|a| a.id != id));
        self.assessments.update(|all| all.retain(|a| a.id != id));
    }

    fn persist(&self, assessment: &Assessment) {
        debug_assert!(
            self.storage_read.get_untracked(),
            "saved before storage was read"
        );
        let result = timed_save(|| self.repo.with_value(|r| r.save(assessment)));
        self.after_save(assessment, result);
    }

    /// Like `persist`, for a change to an assessment this tab already had: refused, and
    /// said so, when another tab deleted it meanwhile.
    fn persist_edit(&self, assessment: &Assessment) {
        debug_assert!(
            self.storage_read.get_untracked(),
            "saved before storage was read"
        );
        let result = timed_save(|| self.repo.with_value(|r| r.save_edit(assessment)));
        self.after_save(assessment, result);
    }

    fn after_save(&self, assessment: &Assessment, result: Result<Assessment, StoreError>) {
        let id = &assessment.id;
        self.not_saved.update_value(|ids| {
            ids.retain(|x| x != id);
            if result.is_err() {
                ids.push(id.clone());
            }
        });
        match result {
            Ok(saved) => {
                self.verify_soon(saved.clone(), VERIFY_ROUNDS);
                if saved != *assessment {
                    // Another tab had saved answers this one did not have: show them.
                    self.assessments.update(|all| {
                        if let Some(a) = all.iter_mut().find(|a| a.id == saved.id) {
                            *a = saved;
                        }
                    });
                }
                self.report(Ok(()));
            }
            Err(e) => self.report(Err(e)),
        }
    }

    /// Two tabs saving within the same few milliseconds can each read the record before
    /// the other writes, and the second write drops the first tab's change. A moment after
    /// each save, the stored record is read again; if it lacks anything this tab saved,
    /// the two are merged (answer by answer) and written once more, and that write is
    /// checked the same way (`rounds` times at most), since the other tab may be writing
    /// its own repair in the same moment.
    fn verify_soon(&self, saved: Assessment, rounds: u8) {
        if rounds == 0 {
            return;
        }
        use wasm_bindgen::JsCast;
        let state = *self;
        let check = wasm_bindgen::closure::Closure::once_into_js(move || {
            let Some(stored) = state.repo.with_value(|r| r.get(&saved.id)) else {
                return;
            };
            if crate::model::merge::merge(&stored, &saved) == stored {
                return;
            }
            if let Ok(merged) = state.repo.with_value(|r| r.save(&saved)) {
                state.assessments.update(|all| {
                    if let Some(a) = all.iter_mut().find(|a| a.id == merged.id) {
                        *a = merged.clone();
                    }
                });
                state.verify_soon(merged, rounds - 1);
            }
        });
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
                check.unchecked_ref(),
                VERIFY_AFTER_MS,
            );
        }
    }

    fn report(&self, result: Result<(), StoreError>) {
        self.save_status.set(match result {
            Ok(()) => SaveStatus::Saved,
            Err(e) => SaveStatus::Failed(e),
        });
    }
}

/// Runs one save inside a User Timing measure named `buyin-save`, which the benchmark
/// reads (and anyone can see in the browser's performance panel). One measure from two
/// clock readings: marks around every save cost more than the rest of the bookkeeping of
/// a click, and clearing them would clear other marks too. Old measures are cleared now
/// and then so the timeline stays small.
fn timed_save<T>(save: impl FnOnce() -> T) -> T {
    use wasm_bindgen::JsCast;
    thread_local! {
        static SAVES: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    }
    let Some(perf) = web_sys::window().and_then(|w| w.performance()) else {
        return save();
    };
    let start = perf.now();
    let out = save();
    let span: timing::Span = js_sys::Object::new().unchecked_into();
    span.set_start(start);
    span.set_end(perf.now());
    let n = SAVES.with(|c| {
        c.set(c.get().wrapping_add(1));
        c.get()
    });
    if n.is_multiple_of(500) {
        perf.clear_measures_with_measure_name("buyin-save");
    }
    let _ = timing::measure("buyin-save", &span);
    out
}

/// `performance.measure(name, { start, end })`, which web-sys offers only behind its
/// unstable APIs.
mod timing {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        /// The options of a measure: its start and end, in `performance.now()` time.
        #[wasm_bindgen(extends = js_sys::Object)]
        pub type Span;
        #[wasm_bindgen(method, setter)]
        pub fn set_start(this: &Span, start: f64);
        #[wasm_bindgen(method, setter)]
        pub fn set_end(this: &Span, end: f64);
        /// `performance.measure(name, span)`.
        #[wasm_bindgen(catch, js_namespace = performance)]
        pub fn measure(name: &str, span: &Span) -> Result<JsValue, JsValue>;
    }
}

#[cfg(test)]
mod tests {
    use super::base36;

    #[test]
    fn base36_digits() {
        assert_eq!(base36(0), "0");
        assert_eq!(base36(35), "z");
        assert_eq!(base36(36), "10");
    }
}
