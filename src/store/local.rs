//! The repository of assessments over `localStorage`, the only code that touches it.
//!
//! Layout: one key per assessment (`buy-in-check/a/<id>`) plus an index key listing the
//! ids in order. A record that cannot be read is moved aside to a quarantine key, never
//! deleted. When storage is missing or throws (private modes, blocked storage), the
//! repository keeps everything in memory and says so, so the app still works and exports.

use std::cell::RefCell;
use std::collections::BTreeMap;

use gloo_storage::errors::StorageError as GlooError;
use gloo_storage::{LocalStorage, Storage};
use serde_json::Value;

use crate::model::assessment::Assessment;
use crate::model::merge::merge;
use crate::model::order::sort_small_by;
use crate::model::record::{self, Decoded, RecordError};
use crate::model::workshop::{
    decode_workshop, decode_workshop_value, workshop_record, DecodedWorkshop, Workshop,
};

const PREFIX: &str = "buy-in-check/";
const INDEX_KEY: &str = "buy-in-check/index";
const RECORD_PREFIX: &str = "buy-in-check/a/";
const QUARANTINE_PREFIX: &str = "buy-in-check/quarantine/";
const PROBE_KEY: &str = "buy-in-check/probe";
/// A dated mark left by a delete, so an edit from another tab cannot bring it back unseen.
const DELETED_PREFIX: &str = "buy-in-check/deleted/";
/// Saved partnership views (workshops), one key each.
const WORKSHOP_PREFIX: &str = "buy-in-check/w/";
/// Where a damaged workshop is set aside (inside the quarantine prefix, so it is listed).
const WORKSHOP_QUARANTINE_PREFIX: &str = "buy-in-check/quarantine/w-";

/// Why a write did not happen. Shown to the person in plain words.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    #[error("The browser's storage is full, so this change was not saved. Export your assessment to keep it, then delete old assessments to make room.")]
    Full,
    #[error("The browser refused to save ({0}). Export your assessment to keep it.")]
    Refused(String),
    #[error("This assessment was saved by a newer version of Buy-in Check, so this version will not overwrite it.")]
    ReadOnly,
    /// The assessment (its id) was deleted in another tab after this tab opened it.
    #[error("This assessment was deleted in another tab, so this change was not saved. Keep your copy to save it again.")]
    Deleted(String),
}

/// Where records live.
enum Backend {
    /// The window's `localStorage`, through gloo-storage (serde on the way in and out).
    /// Chosen only after [`usable_local_storage`] found it: gloo's `LocalStorage::raw()`
    /// throws when a browser has no usable storage, and a throw would stop the app.
    Local,
    /// Used when the browser gives no usable storage; lost when the tab closes.
    Memory(RefCell<BTreeMap<String, String>>),
}

/// What reading one key as JSON gave.
enum Read<T> {
    Missing,
    Value(T),
    /// The stored text does not parse as `T`: the text and why, so it can be set aside.
    Unreadable {
        raw: String,
        why: String,
    },
}

impl Backend {
    /// Reads `key` as JSON into `T`.
    fn read<T: serde::de::DeserializeOwned>(&self, key: &str) -> Read<T> {
        match self {
            Backend::Local => match LocalStorage::get::<T>(key) {
                Ok(value) => Read::Value(value),
                Err(GlooError::KeyNotFound(_)) => Read::Missing,
                Err(e) => Read::Unreadable {
                    raw: self.text(key).unwrap_or_default(),
                    why: e.to_string(),
                },
            },
            Backend::Memory(m) => match m.borrow().get(key) {
                None => Read::Missing,
                Some(raw) => match serde_json::from_str(raw) {
                    Ok(value) => Read::Value(value),
                    Err(e) => Read::Unreadable {
                        raw: raw.clone(),
                        why: e.to_string(),
                    },
                },
            },
        }
    }

    /// Writes `value` to `key` as JSON.
    fn write<T: serde::Serialize>(&self, key: &str, value: &T) -> Result<(), StoreError> {
        match self {
            Backend::Local => LocalStorage::set(key, value).map_err(from_gloo),
            Backend::Memory(m) => {
                let text =
                    serde_json::to_string(value).map_err(|e| StoreError::Refused(e.to_string()))?;
                m.borrow_mut().insert(key.to_owned(), text);
                Ok(())
            }
        }
    }

    /// The text stored under `key` as it is: for records that may not be JSON at all
    /// (set aside, or damaged), which are kept byte for byte.
    fn text(&self, key: &str) -> Option<String> {
        match self {
            Backend::Local => LocalStorage::raw().get_item(key).ok().flatten(),
            Backend::Memory(m) => m.borrow().get(key).cloned(),
        }
    }

    /// Stores `raw` under `key` unchanged (see [`Backend::text`]).
    fn write_text(&self, key: &str, raw: &str) -> Result<(), StoreError> {
        match self {
            Backend::Local => LocalStorage::raw().set_item(key, raw).map_err(classify),
            Backend::Memory(m) => {
                m.borrow_mut().insert(key.to_owned(), raw.to_owned());
                Ok(())
            }
        }
    }

    fn has(&self, key: &str) -> bool {
        self.text(key).is_some()
    }

    fn remove(&self, key: &str) {
        match self {
            Backend::Local => LocalStorage::delete(key),
            Backend::Memory(m) => {
                m.borrow_mut().remove(key);
            }
        }
    }

    fn keys(&self) -> Vec<String> {
        match self {
            Backend::Local => {
                let raw = LocalStorage::raw();
                (0..LocalStorage::length())
                    .filter_map(|i| raw.key(i).ok().flatten())
                    .collect()
            }
            Backend::Memory(m) => m.borrow().keys().cloned().collect(),
        }
    }
}

/// gloo-storage's error as ours: a browser exception is classified like any other; a
/// value serde cannot write (never for our plain data) is a refusal.
fn from_gloo(err: GlooError) -> StoreError {
    match err {
        GlooError::JsError(e) => classify_name(e.name),
        other => StoreError::Refused(other.to_string()),
    }
}

/// Turns a thrown storage exception into a typed error.
fn classify(err: wasm_bindgen::JsValue) -> StoreError {
    use wasm_bindgen::JsCast;
    let name = err
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.name()))
        .or_else(|| err.dyn_ref::<web_sys::DomException>().map(|e| e.name()))
        .unwrap_or_default();
    classify_name(name)
}

/// A storage exception by its name: full, or refused for another reason.
fn classify_name(name: String) -> StoreError {
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        StoreError::Full
    } else {
        StoreError::Refused(if name.is_empty() {
            "unknown error".to_owned()
        } else {
            name
        })
    }
}

/// A record that could not be read and was moved aside.
#[derive(Clone, Debug, PartialEq)]
pub struct Quarantined {
    pub key: String,
    pub reason: String,
    /// The raw text, kept so the person can download it.
    pub raw: String,
}

/// Everything found in storage at start-up.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    /// Readable and writable, in index order.
    pub assessments: Vec<Assessment>,
    /// Written by a newer version: shown read-only.
    pub read_only: Vec<Assessment>,
    pub quarantined: Vec<Quarantined>,
    /// Saved partnership views, by name.
    pub workshops: Vec<Workshop>,
    /// Names of saved views written by a newer version (listed, never overwritten).
    pub newer_workshops: Vec<String>,
}

/// The assessments kept in this browser.
pub struct Repository {
    /// True when storage could be read but refused a test write because it is full: every
    /// record is still shown (and can be exported), but nothing new can be saved.
    full_at_start: bool,
    backend: Backend,
}

impl Repository {
    /// Opens browser storage, or memory when storage is missing or refuses a test write.
    /// Storage that is only *full* is still opened, so every record stays visible.
    pub fn open() -> Repository {
        match usable_local_storage() {
            Ok(()) => Repository::local(),
            Err(Full) => Repository {
                full_at_start: true,
                backend: Backend::Local,
            },
            Err(Unusable) => Repository::in_memory(),
        }
    }

    /// True when storage was full when the app started (see the field).
    pub fn is_full_at_start(&self) -> bool {
        self.full_at_start
    }

    /// A repository that keeps nothing beyond this page; also used by tests.
    pub fn in_memory() -> Repository {
        Repository {
            full_at_start: false,
            backend: Backend::Memory(RefCell::new(BTreeMap::new())),
        }
    }

    /// Over the window's `localStorage` without the start-up probe; for tests, which
    /// know it is there.
    pub fn local() -> Repository {
        Repository {
            full_at_start: false,
            backend: Backend::Local,
        }
    }

    /// True when the index lists anything, read as text without decoding it (the same
    /// test index.html's start-up script makes): something is stored, so the home page
    /// has a list to wait for.
    pub fn has_index_entries(&self) -> bool {
        self.backend
            .text(INDEX_KEY)
            .is_some_and(|text| text.trim() != "[]")
    }

    /// False when answers are only kept until the tab closes.
    pub fn is_persistent(&self) -> bool {
        matches!(self.backend, Backend::Local)
    }

    /// The ids in order. A damaged index reads as empty: the records are found by their
    /// keys anyway (see [`Repository::load`]).
    fn index(&self) -> Vec<String> {
        match self.backend.read::<Vec<String>>(INDEX_KEY) {
            Read::Value(ids) => ids,
            Read::Missing | Read::Unreadable { .. } => Vec::new(),
        }
    }

    /// Reads the record under `key`: `None` when there is none; the raw text comes with
    /// an error, so an unreadable record can be set aside whole.
    fn read_record(&self, key: &str) -> Option<Result<Decoded, (RecordError, String)>> {
        match self.backend.read::<Value>(key) {
            Read::Missing => None,
            Read::Unreadable { raw, why } => Some(Err((RecordError::NotJson(why), raw))),
            Read::Value(value) => Some(
                record::decode_value(value)
                    .map_err(|e| (e, self.backend.text(key).unwrap_or_default())),
            ),
        }
    }

    /// Reads every record. Ids missing from the index (say, after a crash between the two
    /// writes of a save) are found by scanning keys, so no record is ever orphaned.
    pub fn load(&self) -> Loaded {
        // An id listed twice (a damaged index) is read once: two cards for one record
        // would leave a ghost behind after a delete.
        let mut ids: Vec<String> = Vec::new();
        for id in self.index() {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        let mut stray: Vec<String> = self
            .backend
            .keys()
            .into_iter()
            .filter_map(|k| k.strip_prefix(RECORD_PREFIX).map(str::to_owned))
            .filter(|id| !ids.contains(id))
            .collect();
        sort_small_by(&mut stray, String::cmp);
        ids.extend(stray);

        let mut out = Loaded::default();
        for id in ids {
            let key = format!("{RECORD_PREFIX}{id}");
            let Some(read) = self.read_record(&key) else {
                continue;
            };
            let raw = || self.backend.text(&key).unwrap_or_default();
            match read {
                Ok(Decoded::Current(mut a)) if a.id == id => {
                    // Times from the future are brought back to now, and written back at
                    // once: left in storage, they would win every later merge.
                    if a.clamp_future_times(js_sys::Date::now() as u64) {
                        let _ = self.backend.write(&key, &record::current(&a));
                    }
                    out.assessments.push(a)
                }
                Ok(Decoded::Current(_)) => self.quarantine(&key, raw(), "the record's id does not match its key".to_owned(), &mut out),
                Ok(Decoded::Newer { assessment: Some(a), .. }) => out.read_only.push(a),
                Ok(Decoded::Newer { schema, assessment: None }) => self.quarantine(
                    &key,
                    raw(),
                    format!("written by a newer version (schema {schema}) in a form this version cannot read"),
                    &mut out,
                ),
                Err((e, raw)) => self.quarantine(&key, raw, e.to_string(), &mut out),
            }
        }
        self.load_workshops(&mut out);
        // Records set aside on an earlier visit: say again why, from the text itself.
        for key in self.backend.keys() {
            if key.starts_with(QUARANTINE_PREFIX) && !out.quarantined.iter().any(|q| q.key == key) {
                let raw = self.backend.text(&key).unwrap_or_default();
                if key.starts_with(WORKSHOP_QUARANTINE_PREFIX) {
                    let reason = match decode_workshop(&raw) {
                        Err(e) => format!("a saved partnership view: {e}"),
                        Ok(_) => {
                            "a saved partnership view whose id did not match its key".to_owned()
                        }
                    };
                    out.quarantined.push(Quarantined { key, reason, raw });
                    continue;
                }
                let reason = match record::decode(&raw) {
                    Err(e) => e.to_string(),
                    Ok(Decoded::Newer { .. }) => {
                        "written by a newer version in a form this version cannot read".to_owned()
                    }
                    Ok(Decoded::Current(_)) => "the record's id did not match its key".to_owned(),
                };
                out.quarantined.push(Quarantined { key, reason, raw });
            }
        }
        out
    }

    /// Reads every saved partnership view; a damaged one is set aside like a record.
    fn load_workshops(&self, out: &mut Loaded) {
        let mut keys: Vec<String> = self
            .backend
            .keys()
            .into_iter()
            .filter(|k| k.starts_with(WORKSHOP_PREFIX))
            .collect();
        sort_small_by(&mut keys, String::cmp);
        for key in keys {
            let id = key.trim_start_matches(WORKSHOP_PREFIX);
            let decoded = match self.backend.read::<Value>(&key) {
                Read::Missing => continue,
                Read::Value(value) => decode_workshop_value(value),
                Read::Unreadable { why, .. } => Err(RecordError::NotJson(why)),
            };
            let raw = self.backend.text(&key).unwrap_or_default();
            match decoded {
                Ok(DecodedWorkshop::Current(w)) if w.id == id => out.workshops.push(w),
                Ok(DecodedWorkshop::Newer { name, .. }) => out
                    .newer_workshops
                    .push(name.unwrap_or_else(|| id.to_owned())),
                Ok(DecodedWorkshop::Current(_)) => self.set_aside(
                    &key,
                    &format!("{WORKSHOP_QUARANTINE_PREFIX}{id}"),
                    raw,
                    "a saved partnership view whose id does not match its key".to_owned(),
                    out,
                ),
                Err(e) => self.set_aside(
                    &key,
                    &format!("{WORKSHOP_QUARANTINE_PREFIX}{id}"),
                    raw,
                    format!("a saved partnership view: {e}"),
                    out,
                ),
            }
        }
        sort_small_by(&mut out.workshops, |a, b| a.name.cmp(&b.name));
    }

    /// Saves a partnership view; refuses to overwrite one written by a newer version.
    pub fn save_workshop(&self, w: &Workshop) -> Result<(), StoreError> {
        let key = format!("{WORKSHOP_PREFIX}{}", w.id);
        if let Read::Value(value) = self.backend.read::<Value>(&key) {
            if let Ok(DecodedWorkshop::Newer { .. }) = decode_workshop_value(value) {
                return Err(StoreError::ReadOnly);
            }
        }
        self.backend.write(&key, &workshop_record(w))
    }

    /// Removes a saved partnership view.
    pub fn delete_workshop(&self, id: &str) {
        self.backend.remove(&format!("{WORKSHOP_PREFIX}{id}"));
    }

    /// Moves an unreadable record to a quarantine key. If even that write fails, the
    /// record stays where it is: keeping it matters more than tidiness.
    fn quarantine(&self, key: &str, raw: String, reason: String, out: &mut Loaded) {
        let id = key.trim_start_matches(RECORD_PREFIX);
        let aside = format!("{QUARANTINE_PREFIX}{id}");
        self.set_aside(key, &aside, raw, reason, out);
    }

    /// Moves `raw` from `key` to a free set-aside key (`aside`, else `aside-2`, `aside-3` …,
    /// so an earlier damaged copy is never overwritten); if the write fails the record stays
    /// where it is. Lists it either way.
    fn set_aside(&self, key: &str, aside: &str, raw: String, reason: String, out: &mut Loaded) {
        let moved_to = self.move_aside(key, aside, &raw);
        out.quarantined.push(Quarantined {
            key: moved_to.unwrap_or_else(|| key.to_owned()),
            reason,
            raw,
        });
    }

    /// Copies `raw` to the first free key of `aside`, `aside-2` … and removes `key`.
    fn move_aside(&self, key: &str, aside: &str, raw: &str) -> Option<String> {
        let free = std::iter::once(aside.to_owned())
            .chain((2..1_000).map(|n| format!("{aside}-{n}")))
            .find(|k| !self.backend.has(k))?;
        self.backend.write_text(&free, raw).ok()?;
        self.backend.remove(key);
        Some(free)
    }

    /// Saves one assessment: the record first, then the index, so a failure leaves the
    /// previous saved state readable.
    ///
    /// If another tab saved the same assessment meanwhile, the two are merged answer by
    /// answer (see [`merge`]) and the merged assessment is written and returned, so the
    /// caller can show what the other tab added.
    pub fn save(&self, assessment: &Assessment) -> Result<Assessment, StoreError> {
        let key = format!("{RECORD_PREFIX}{}", assessment.id);
        let merged = match self.read_record(&key) {
            Some(Ok(Decoded::Newer { .. })) => return Err(StoreError::ReadOnly),
            Some(Ok(Decoded::Current(stored))) if stored != *assessment => {
                merge(&stored, assessment)
            }
            Some(Err((_, raw))) => {
                // A record that cannot be read is never overwritten: it is set aside first
                // (listed on the next load), and if even that fails, nothing is written.
                let aside = format!("{QUARANTINE_PREFIX}{}", assessment.id);
                if self.move_aside(&key, &aside, &raw).is_none() {
                    return Err(StoreError::Refused(
                        "an unreadable record with this id could not be set aside".to_owned(),
                    ));
                }
                assessment.clone()
            }
            _ => assessment.clone(),
        };
        self.backend.write(&key, &record::current(&merged))?;
        let mut ids = self.index();
        if !ids.contains(&merged.id) {
            ids.push(merged.id.clone());
            self.write_index(&ids)?;
        }
        Ok(merged)
    }

    fn write_index(&self, ids: &[String]) -> Result<(), StoreError> {
        self.backend.write(INDEX_KEY, &ids)
    }

    /// Saves a change made to an assessment this tab already had: refused when another tab
    /// deleted it meanwhile, or is deleting it now (see [`Repository::was_deleted`]), so a
    /// delete is never silently undone; see [`Repository::keep_deleted`].
    pub fn save_edit(&self, assessment: &Assessment) -> Result<Assessment, StoreError> {
        let id = &assessment.id;
        if self.was_deleted(id) {
            return Err(StoreError::Deleted(id.clone()));
        }
        self.save(assessment)
    }

    /// The stored assessment `id`, if it reads as a current record.
    pub fn get(&self, id: &str) -> Option<Assessment> {
        match self.read_record(&format!("{RECORD_PREFIX}{id}"))? {
            Ok(Decoded::Current(a)) => Some(a),
            _ => None,
        }
    }

    /// Takes a record out whatever happens to the index (it frees space first, so the index
    /// write that follows usually fits); used to undo part of an import.
    pub fn remove_record(&self, id: &str) {
        self.backend.remove(&format!("{RECORD_PREFIX}{id}"));
        let mut ids = self.index();
        if ids.iter().any(|i| i == id) {
            ids.retain(|i| i != id);
            let _ = self.write_index(&ids);
        }
    }

    /// True when `id` was deleted: its dated mark is there, and its record is gone or was
    /// last changed before the mark. Another tab deletes in three writes (the mark, the
    /// index, then the record), and this tab may save between them; with the record
    /// still there, only the dates tell that the save would bring a deleted record back.
    pub fn was_deleted(&self, id: &str) -> bool {
        // The mark first: it is short and almost never there, while reading the record
        // copies all of it out of storage, and this runs before every save.
        let marked_at = match self.backend.read::<u64>(&format!("{DELETED_PREFIX}{id}")) {
            Read::Missing => return false,
            Read::Value(at) => Some(at),
            Read::Unreadable { .. } => None,
        };
        if !self.backend.has(&format!("{RECORD_PREFIX}{id}")) {
            return true;
        }
        match (marked_at, self.get(id)) {
            (Some(at), Some(stored)) => stored.updated_at <= at,
            // A damaged mark, or a record this version cannot read: not known to be
            // deleted while the record is there.
            _ => false,
        }
    }

    /// Saves an assessment the person chose to keep although it was deleted (in another
    /// tab, or here before an undo): its delete mark goes.
    pub fn keep_deleted(&self, assessment: &Assessment) -> Result<Assessment, StoreError> {
        self.backend
            .remove(&format!("{DELETED_PREFIX}{}", assessment.id));
        self.save(assessment)
    }

    /// Removes one assessment (every mention of it in the index), leaving a dated mark.
    pub fn delete(&self, id: &str) -> Result<(), StoreError> {
        let now = js_sys::Date::now() as u64;
        let _ = self.backend.write(&format!("{DELETED_PREFIX}{id}"), &now);
        let mut ids = self.index();
        ids.retain(|i| i != id);
        if let Err(e) = self.write_index(&ids) {
            // Not deleted after all: a mark left beside the record would refuse every
            // later save of it (see `was_deleted`).
            self.backend.remove(&format!("{DELETED_PREFIX}{id}"));
            return Err(e);
        }
        self.backend.remove(&format!("{RECORD_PREFIX}{id}"));
        Ok(())
    }

    /// Removes a quarantined record after the person has chosen to discard it.
    pub fn discard_quarantined(&self, key: &str) {
        if key.starts_with(QUARANTINE_PREFIX) {
            self.backend.remove(key);
        }
    }

    /// True when `key` is one of ours (used to filter storage events from other tabs).
    pub fn owns_key(key: &str) -> bool {
        key.starts_with(PREFIX)
    }
}

/// Why `window.localStorage` cannot be used as it is.
enum Unavailable {
    /// It can be read but not written: full (every record is still shown, read-only).
    Full,
    /// There is none, or the browser blocks it.
    Unusable,
}
use Unavailable::{Full, Unusable};

/// Checks that `window.localStorage` exists and takes a test write, with web-sys
/// directly: some browsers throw on the property access itself, others only on the
/// first write, and gloo-storage would throw in both cases.
fn usable_local_storage() -> Result<(), Unavailable> {
    let storage = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(Unusable)?;
    match storage.set_item(PROBE_KEY, "1").map_err(classify) {
        Ok(()) => {
            let _ = storage.remove_item(PROBE_KEY);
            Ok(())
        }
        Err(StoreError::Full) if storage.length().is_ok() => Err(Full),
        Err(_) => Err(Unusable),
    }
}

/// Whether the browser has promised to keep this site's storage (`navigator.storage`).
/// `None` when the browser cannot tell.
pub async fn storage_persisted() -> Option<bool> {
    ask_storage_manager(web_sys::StorageManager::persisted).await
}

/// Asks the browser to keep this site's storage; returns whether it agreed.
pub async fn request_persistence() -> Option<bool> {
    ask_storage_manager(web_sys::StorageManager::persist).await
}

/// Calls one of `navigator.storage`'s yes/no methods and waits for the answer.
async fn ask_storage_manager(
    call: impl FnOnce(&web_sys::StorageManager) -> Result<js_sys::Promise, wasm_bindgen::JsValue>,
) -> Option<bool> {
    let manager = web_sys::window()?.navigator().storage();
    let promise = call(&manager).ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}

/// The key under which this tab remembers its open partnership view (sessionStorage: one
/// tab's memory, kept across a reload, not shared with other tabs).
const OPEN_WORKSHOP_KEY: &str = "buy-in-check/open-workshop";

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Remembers (or, with `None`, forgets) which saved partnership view this tab has open.
pub fn remember_open_workshop(id: Option<&str>) {
    if let Some(s) = session_storage() {
        let _ = match id {
            Some(id) => s.set_item(OPEN_WORKSHOP_KEY, id),
            None => s.remove_item(OPEN_WORKSHOP_KEY),
        };
    }
}

/// Set while this tab's reports leave out the person's notes: kept across a reload, so a
/// report printed after one never carries notes the person chose to leave out.
const REPORT_WITHOUT_NOTES_KEY: &str = "buy-in-check/report-without-notes";

/// Remembers whether this tab's printed report and Markdown carry the person's notes.
pub fn remember_report_notes(include: bool) {
    if let Some(s) = session_storage() {
        let _ = if include {
            s.remove_item(REPORT_WITHOUT_NOTES_KEY)
        } else {
            s.set_item(REPORT_WITHOUT_NOTES_KEY, "1")
        };
    }
}

/// Whether this tab's reports carry the person's notes (yes unless it chose otherwise).
pub fn report_notes_included() -> bool {
    // The welcome is prerendered natively at build time, where there is no browser.
    if cfg!(not(target_arch = "wasm32")) {
        return true;
    }
    session_storage()
        .and_then(|s| s.get_item(REPORT_WITHOUT_NOTES_KEY).ok().flatten())
        .is_none()
}

/// The saved partnership view this tab had open before a reload, if any.
pub fn open_workshop_id() -> Option<String> {
    session_storage()?
        .get_item(OPEN_WORKSHOP_KEY)
        .ok()
        .flatten()
}
