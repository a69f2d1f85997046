//! The JSON document: written whole, read back exactly, and validated before anything changes.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::model::admit::admit;
use crate::model::assessment::{Assessment, MAX_TEXT_CHARS};
use crate::model::bank::{bank, BANK_VERSION};

/// The `format` field of every JSON document this app writes.
pub const FORMAT: &str = "buy-in-check";
/// The document version this build writes; it reads this one and every older one.
/// Version 2 came with bank version 2 (fact answers "yes"/"no", the partnership stage);
/// a version-1 file's answers are carried to the current bank on import.
pub const VERSION: u32 = 2;
/// Largest file accepted for import. Real exports are a few kilobytes each.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;
/// Most assessments accepted from one file.
pub const MAX_IMPORT_ASSESSMENTS: usize = 500;
pub use crate::model::assessment::{MAX_PARTNERS, MAX_PLAN_ITEMS};

/// The JSON export document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub format: String,
    pub version: u32,
    /// Version of the app that wrote the file, for support questions.
    pub app_version: String,
    /// When the file was written, in milliseconds since the epoch.
    pub exported_at: u64,
    pub assessments: Vec<Assessment>,
}

/// Why an import was refused. Nothing is changed when any of these occurs.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("The file is too large ({size} bytes). Buy-in Check files are at most {max} bytes.", max = MAX_IMPORT_BYTES)]
    TooLarge { size: usize },
    #[error("The file is empty.")]
    Empty,
    #[error("The file is not valid JSON (line {line}, column {column}). It may be damaged or cut short.")]
    NotJson { line: usize, column: usize },
    #[error("The file is damaged: it ends early (line {line}). Export it again from the app that made it.")]
    EndsEarly { line: usize },
    #[error("This is a {0} export of Buy-in Check; only the JSON file can be imported. Ask for the file from “Download JSON”.")]
    OtherExport(&'static str),
    #[error("This is not a Buy-in Check file: {0}.")]
    WrongFormat(String),
    #[error("This file was written by a newer version of Buy-in Check (file version {0}, this app reads up to {VERSION}). Open it with the newer version.")]
    NewerVersion(u64),
    #[error("Assessment {index} in this file was answered on a newer version of the questions (version {version}; this app knows up to {BANK_VERSION}). Open it with the newer Buy-in Check.")]
    NewerBank { index: usize, version: u32 },
    #[error("The file holds no assessments.")]
    NoAssessments,
    #[error(
        "The file holds {0} assessments; at most {MAX_IMPORT_ASSESSMENTS} can be imported at once."
    )]
    TooMany(usize),
    #[error("In {path}: {problem}.")]
    Field { path: String, problem: String },
}

/// Writes the JSON export document for `assessments`.
pub fn to_json(assessments: &[Assessment], app_version: &str, exported_at: u64) -> String {
    let doc = Document {
        format: FORMAT.to_owned(),
        version: VERSION,
        app_version: app_version.to_owned(),
        exported_at,
        assessments: assessments.to_vec(),
    };
    // Plain data with string keys: serialising cannot fail.
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// Reads and validates a JSON export. Returns every assessment in it, or the first problem.
pub fn from_json(text: &str) -> Result<Vec<Assessment>, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { size: text.len() });
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| {
        let start = text.trim_start();
        if start.starts_with("# Buy-in Check") {
            ImportError::OtherExport("Markdown")
        } else if start
            .trim_start_matches('\u{feff}')
            .starts_with("assessment,")
            || start
                .trim_start_matches('\u{feff}')
                .starts_with("context,dimension,")
        {
            ImportError::OtherExport("CSV")
        } else if e.classify() == serde_json::error::Category::Eof {
            ImportError::EndsEarly { line: e.line() }
        } else {
            ImportError::NotJson {
                line: e.line(),
                column: e.column(),
            }
        }
    })?;
    let Value::Object(doc) = &value else {
        return Err(ImportError::WrongFormat(
            "the file does not hold a JSON object".to_owned(),
        ));
    };
    match doc.get("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        Some(Value::String(f)) => {
            return Err(ImportError::WrongFormat(format!(
                "its format is \"{}\"",
                shorten(f)
            )))
        }
        _ => {
            return Err(ImportError::WrongFormat(
                "it has no \"format\" field".to_owned(),
            ))
        }
    }
    let version = doc
        .get("version")
        .and_then(Value::as_u64)
        .ok_or_else(|| ImportError::Field {
            path: "version".to_owned(),
            problem: "a whole number is required".to_owned(),
        })?;
    if version > u64::from(VERSION) {
        return Err(ImportError::NewerVersion(version));
    }
    if version == 0 {
        return Err(ImportError::Field {
            path: "version".to_owned(),
            problem: "no Buy-in Check wrote a file version 0".to_owned(),
        });
    }
    let list = match doc.get("assessments") {
        Some(Value::Array(list)) => list,
        _ => {
            return Err(ImportError::Field {
                path: "assessments".to_owned(),
                problem: "a list of assessments is required".to_owned(),
            })
        }
    };
    if list.is_empty() {
        return Err(ImportError::NoAssessments);
    }
    if list.len() > MAX_IMPORT_ASSESSMENTS {
        return Err(ImportError::TooMany(list.len()));
    }
    list.iter()
        .enumerate()
        .map(|(i, item)| {
            let path = format!("assessment {}", i + 1);
            let mut a: Assessment =
                serde_json::from_value(item.clone()).map_err(|e| ImportError::Field {
                    path: failing_response(item)
                        .map_or_else(|| path.clone(), |answer| format!("{path}, {answer}")),
                    problem: plain_problem(&e.to_string()),
                })?;
            if a.bank_version > BANK_VERSION {
                return Err(ImportError::NewerBank {
                    index: i + 1,
                    version: a.bank_version,
                });
            }
            admit(&mut a).map_err(|problem| ImportError::Field { path, problem })?;
            Ok(a)
        })
        .collect()
}

/// Which answer of an assessment that could not be read is at fault ("the answer to
/// “…”", by the statement's words where the bank knows its id), so a person can find it:
/// the reader's own message names only the bad value. Only on that error path.
fn failing_response(item: &Value) -> Option<String> {
    let responses = item.get("responses")?.as_object()?;
    let (id, _) = responses.iter().find(|(_, r)| {
        serde_json::from_value::<crate::model::assessment::Response>((*r).clone()).is_err()
    })?;
    Some(match bank().statement(id) {
        Some((_, _, st)) => format!("the answer to “{}”", st.text.trim_end_matches('.')),
        None => format!("the answer to statement “{id}”"),
    })
}

/// The JSON reader's message in words for a person: "missing field `id`" becomes "the
/// field “id” is missing", "unknown variant `x`, expected one of `a`, `b`" becomes "“x” is
/// not one of the values allowed here (“a”, “b”)", "invalid type: integer `42`, expected a
/// string" becomes "found a whole number (“42”) where text was expected".
pub fn plain_problem(message: &str) -> String {
    // The reader adds where in the text it was; an assessment is not read from text here.
    let message = message.split(" at line ").next().unwrap_or(message);
    let quoted = |s: &str| {
        let mut out = String::new();
        for (i, part) in s.split('`').enumerate() {
            if i % 2 == 1 {
                out.push('“');
                out.push_str(part);
                out.push('”');
            } else {
                out.push_str(part);
            }
        }
        out
    };
    let kind = |s: &str| {
        [
            ("floating point", "a number with a fraction"),
            ("integer", "a whole number"),
            ("a string", "text"),
            ("string", "text"),
            ("a sequence", "a list"),
            ("sequence", "a list"),
            ("a map", "a group of fields"),
            ("map", "a group of fields"),
            ("u64", "a whole number"),
            ("u32", "a whole number"),
        ]
        .iter()
        .fold(s.to_owned(), |text, (from, to)| text.replace(from, to))
    };
    if let Some(field) = message.strip_prefix("missing field ") {
        return format!("the field {} is missing", quoted(field));
    }
    if let Some(field) = message.strip_prefix("unknown field ") {
        let name = field.split(',').next().unwrap_or(field);
        return format!("the field {} is not one this app knows", quoted(name));
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        return match rest.split_once(", expected one of ") {
            Some((value, allowed)) => format!(
                "{} is not one of the values allowed here ({})",
                quoted(value),
                quoted(allowed)
            ),
            None => format!("{} is not a value allowed here", quoted(rest)),
        };
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        return match rest.split_once(", expected ") {
            Some((found, expected)) => format!(
                "found {} where {} was expected",
                quoted(&kind(found)),
                kind(expected)
            ),
            None => format!("a value of the wrong kind ({})", quoted(&kind(rest))),
        };
    }
    quoted(message)
}

pub(crate) fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

/// Gives every incoming assessment whose id is taken a fresh id, so an import never
/// overwrites anything. Returns how many were renamed.
pub fn make_ids_unique(
    incoming: &mut [Assessment],
    taken: &[String],
    mut fresh_id: impl FnMut() -> String,
) -> usize {
    let mut seen: Vec<String> = taken.to_vec();
    let mut renamed = 0;
    for a in incoming.iter_mut() {
        if seen.contains(&a.id) {
            let mut id = fresh_id();
            while seen.contains(&id) {
                id = fresh_id();
            }
            a.id = id;
            // Room for the mark, so the renamed copy can itself be exported and imported.
            const MARK: &str = " (imported copy)";
            let room = MAX_TEXT_CHARS - MARK.chars().count();
            let base: String = a.title().chars().take(room).collect();
            a.profile.name = format!("{base}{MARK}");
            renamed += 1;
        }
        seen.push(a.id.clone());
    }
    renamed
}
