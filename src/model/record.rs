//! The shape of an assessment as kept in browser storage, and its migrations.
//!
//! Every stored record carries the schema version it was written with. Reading one is a
//! pure function from text to a typed outcome, so the storage edge (`store::local`) only
//! moves strings around and every rule here is tested natively with fixture files.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::admit::admit;
use super::assessment::Assessment;
use super::bank::BANK_VERSION;

/// The schema this build writes. Raise it when the stored shape changes, and add a
/// migration from the previous version to [`migrate`].
///
/// Schema 2 came with bank version 2: answers can be "yes" and "no" (facts) and the
/// profile has a stage. A build that knows only schema 1 would take such a record for a
/// damaged one; with the raised number it shows it read-only instead.
///
/// Schema 3 came with bank version 3, with the same shape: a build of version 2 (a tab
/// left open, or one the service worker still serves) would otherwise edit a record whose
/// new statements it does not know and whose retired ones it still asks. It now shows it
/// read-only. Likewise this build shows read-only a record of its schema that answers a
/// newer bank ([`decode_value`]).
pub const SCHEMA_VERSION: u32 = 3;

/// A stored record: the assessment plus the schema it was written with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub schema: u32,
    pub assessment: Assessment,
}

/// What reading a stored record gave.
#[derive(Clone, Debug, PartialEq)]
pub enum Decoded {
    /// Readable and writable by this build (migrated if it was older).
    Current(Assessment),
    /// Written by a newer build: shown, never overwritten.
    Newer {
        schema: u32,
        assessment: Option<Assessment>,
    },
}

/// Why a stored record could not be read. The record is then moved aside, not deleted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RecordError {
    #[error("the record is not valid JSON ({0})")]
    NotJson(String),
    #[error("the record has no schema version")]
    NoSchema,
    #[error("the record does not match schema {schema}: {reason}")]
    Shape { schema: u32, reason: String },
    /// Readable, but it breaks a rule every assessment must meet (see `admit`).
    #[error("the record cannot be used as it is: {0}")]
    Invalid(String),
}

/// A record as this build writes it: the current schema and the assessment, borrowed.
/// The storage edge hands it to serde (through gloo-storage) as it is.
#[derive(Serialize)]
pub struct RecordRef<'a> {
    schema: u32,
    assessment: &'a Assessment,
}

/// The current record for `assessment`.
pub fn current(assessment: &Assessment) -> RecordRef<'_> {
    RecordRef {
        schema: SCHEMA_VERSION,
        assessment,
    }
}

/// Serialises an assessment as a current record.
pub fn encode(assessment: &Assessment) -> String {
    // Serialising plain data with string keys cannot fail.
    serde_json::to_string(&current(assessment)).unwrap_or_default()
}

/// Reads a stored record, migrating older schemas to the current one.
pub fn decode(text: &str) -> Result<Decoded, RecordError> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| RecordError::NotJson(e.to_string()))?;
    decode_value(value)
}

/// Reads a stored record already parsed as JSON (see [`decode`]).
pub fn decode_value(value: Value) -> Result<Decoded, RecordError> {
    let schema = value
        .get("schema")
        .and_then(Value::as_u64)
        .and_then(|s| u32::try_from(s).ok())
        .ok_or(RecordError::NoSchema)?;
    if schema > SCHEMA_VERSION {
        // Best effort: show what we can read of it, but never write it back.
        let assessment = value
            .get("assessment")
            .cloned()
            .and_then(|a| serde_json::from_value(a).ok());
        return Ok(Decoded::Newer { schema, assessment });
    }
    let migrated = migrate(schema, value)?;
    let mut record: Record = serde_json::from_value(migrated).map_err(|e| RecordError::Shape {
        schema,
        reason: e.to_string(),
    })?;
    if record.assessment.bank_version > BANK_VERSION {
        // Newer questions than this build knows: shown, never overwritten.
        return Ok(Decoded::Newer {
            schema,
            assessment: Some(record.assessment),
        });
    }
    // The rules an import applies (answers given on an earlier bank are carried to this
    // one, nothing dropped): a record that breaks them, edited by hand or damaged, is set
    // aside rather than shown, since its own export would be refused.
    admit(&mut record.assessment).map_err(RecordError::Invalid)?;
    Ok(Decoded::Current(record.assessment))
}

/// Brings a record of `schema` up to [`SCHEMA_VERSION`], one version at a time.
///
/// Schemas 1 and 2 have the same shape as schema 3 (2 only added values and optional
/// fields, 3 nothing), so their steps are the identity; the bank answers are carried by
/// `bank_upgrade` once the record is typed. A schema 0 (never written by any release) is
/// refused, not guessed at.
pub fn migrate(schema: u32, value: Value) -> Result<Value, RecordError> {
    match schema {
        1 | 2 | SCHEMA_VERSION => Ok(value),
        other => Err(RecordError::Shape {
            schema: other,
            reason: "no release wrote this schema".to_owned(),
        }),
    }
}
