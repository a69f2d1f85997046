//! Export and import documents: JSON that restores assessments exactly, CSV for
//! spreadsheets, and a Markdown report.
//!
//! Everything a person typed is treated as untrusted on the way out (CSV cells that a
//! spreadsheet would run as a formula are neutralised; Markdown is escaped so that no
//! markup survives) and on the way in (an import is validated whole before anything
//! changes, and every error names the field and the problem).
//!
//! One file per format: [`json`] (the file that restores assessments), [`csv`] (tables
//! for spreadsheets) and [`markdown`] (the report as text).

mod csv;
mod json;
mod markdown;

pub use self::csv::{csv_field, partnership_csv, plan_csv, summary_csv, to_csv};
pub use self::json::*;
pub use self::markdown::{
    comparison_markdown, md_text, partnership_markdown, report_markdown, to_markdown,
    FOR_THE_FACILITATOR, HAND_ROUND_THE_GUIDE,
};

use super::assessment::Assessment;

/// A file name made from the assessment's title: letters, digits and dashes only.
pub fn file_stem(assessment: &Assessment) -> String {
    let mut stem = String::new();
    for ch in assessment.title().chars() {
        if ch.is_ascii_alphanumeric() {
            stem.push(ch.to_ascii_lowercase());
        } else if !stem.ends_with('-') && !stem.is_empty() {
            stem.push('-');
        }
        if stem.len() >= 60 {
            break;
        }
    }
    let stem = stem.trim_end_matches('-');
    if stem.is_empty() {
        "buy-in-check".to_owned()
    } else {
        format!("buy-in-check-{stem}")
    }
}

/// The file name of a comparison: both assessments in it ("buy-in-check-autumn-compared-
/// with-spring"), so one assessment compared with two others gives two names.
pub fn comparison_file_stem(now: &Assessment, then: &Assessment) -> String {
    let then_stem = file_stem(then);
    let then_part = then_stem
        .strip_prefix("buy-in-check-")
        .unwrap_or("untitled");
    format!("{}-compared-with-{then_part}", file_stem(now))
}

/// The short name of a context, as the bank gives it.
fn context_label(c: super::bank::ContextId) -> &'static str {
    super::bank::bank().context(c).map_or("", |x| x.short)
}
