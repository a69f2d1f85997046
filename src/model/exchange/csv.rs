//! CSV for spreadsheets: RFC 4180, one tidy table per file, and no cell a spreadsheet
//! would run as a formula.

use crate::model::advice::action_title;
use crate::model::assessment::Assessment;
use crate::model::bank::Bank;
use crate::model::compare::PartnerView;
use crate::model::report::{band_words, dimension_band_words, earlier_lines};
use crate::model::scoring::{format_score, score};

use super::context_label;

/// A spreadsheet would run a cell starting with one of these as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// One CSV field (RFC 4180), neutralised against formula injection.
pub fn csv_field(text: &str) -> String {
    let safe = if text.starts_with(FORMULA_STARTS) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if safe.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", safe.replace('"', "\"\""))
    } else {
        safe
    }
}

fn csv_row(fields: &[&str]) -> String {
    let mut row = fields
        .iter()
        .map(|f| csv_field(f))
        .collect::<Vec<_>>()
        .join(",");
    row.push_str("\r\n");
    row
}

/// The answers table: one row per statement of the bank, with who answered it (the
/// assessment, partnership, organisation and date), where it sits (context, dimension,
/// their ids), the answer as a code and in words, and the note; then one row per warning
/// sign ("seen" or "not-seen"), under the dimension id "warning-signs".
pub fn to_csv(bank: &Bank, assessment: &Assessment) -> String {
    let mut out = csv_row(&[
        "assessment",
        "partnership",
        "organisation",
        "date",
        "bank_version",
        "context_id",
        "context",
        "dimension_id",
        "dimension",
        "statement_id",
        "statement",
        "asked",
        "answer",
        "answer_label",
        "note",
    ]);
    let version = bank.version.to_string();
    // Who and when on every row, so files from several partners can be stacked.
    let p = &assessment.profile;
    let who = [
        assessment.title(),
        &p.partnership,
        &p.organisation,
        &p.date,
        &version,
    ];
    let row = |rest: &[&str]| csv_row(&[&who[..], rest].concat());
    for (c, d, s) in bank.statements() {
        let answer = assessment.answer_to(s);
        out.push_str(&row(&[
            c.id.as_str(),
            c.short,
            d.id,
            d.title,
            s.id,
            s.text,
            if assessment.is_asked(s) { "yes" } else { "no" },
            answer.map_or("", |a| a.code()),
            answer.map_or("", |a| a.label()),
            assessment.note(s.id),
        ]));
    }
    // The warning signs after the statements, one row each, seen or not: they make
    // findings of their own, and a file without them said less than the report.
    for sign in bank.warning_signs {
        let seen = assessment.warning_signs.contains(sign.id);
        out.push_str(&row(&[
            "",
            "",
            "warning-signs",
            "Warning signs",
            sign.id,
            sign.text,
            "yes",
            if seen { "seen" } else { "not-seen" },
            if seen { "Seen" } else { "Not seen" },
            "",
        ]));
    }
    // Answers kept from statements an earlier version asked: not scored ("asked" is no),
    // but a file without them would drop what the person said.
    for line in earlier_lines(bank, assessment) {
        out.push_str(&row(&[
            "",
            "",
            "earlier-version",
            "From an earlier version of the questions",
            &line.id,
            &line.statement,
            "no",
            line.code,
            line.answer,
            &line.note,
        ]));
    }
    out
}

/// The action plan table: one row per item, in the plan's order, with who made the plan
/// (so several partners' plans can be stacked), the status as a code and in words, and
/// the recommended action an item was taken from, if any.
pub fn plan_csv(bank: &Bank, assessment: &Assessment) -> String {
    let mut out = csv_row(&[
        "assessment",
        "partnership",
        "organisation",
        "date",
        "action",
        "owner",
        "due",
        "status",
        "status_label",
        "recommended_action",
    ]);
    let p = &assessment.profile;
    for item in &assessment.actions {
        let from = item
            .source
            .as_deref()
            .and_then(|id| bank.action(id))
            .map_or("", |a| action_title(a, assessment));
        out.push_str(&csv_row(&[
            assessment.title(),
            &p.partnership,
            &p.organisation,
            &p.date,
            &item.text,
            &item.owner,
            &item.due,
            item.status.as_str(),
            item.status.label(),
            from,
        ]));
    }
    out
}

/// The summary table: one row per dimension with its score as shown, band and coverage,
/// its context's score and band, and the profile fields, so each row stands on its own.
pub fn summary_csv(bank: &Bank, assessment: &Assessment) -> String {
    let mut out = csv_row(&[
        "assessment",
        "partnership",
        "organisation",
        "role",
        "partner_organisations",
        "date",
        "stage",
        "bank_version",
        "context",
        "context_score",
        "context_band",
        "dimension",
        "score",
        "band",
        "asked",
        "answered",
        "rated",
        "dont_know",
        "not_applicable",
    ]);
    let p = &assessment.profile;
    let partners = p.partners.join("; ");
    let stage = p.stage.map_or("", |s| s.as_str());
    let version = bank.version.to_string();
    for c in &score(bank, assessment).contexts {
        let context_score = score_cell(c.score);
        // In words where there is no score, as the report says it: a blank band beside a
        // blank score left the spreadsheet reader guessing why.
        let context_band = band_words(c.band());
        for d in &c.dimensions {
            let counts = [
                d.total,
                d.answered(),
                d.rated,
                d.dont_know,
                d.not_applicable,
            ]
            .map(|n| n.to_string());
            let mut row = vec![
                assessment.title(),
                &p.partnership,
                &p.organisation,
                &p.role,
                &partners,
                &p.date,
                stage,
                &version,
                c.context.short,
                &context_score,
                context_band,
                d.dimension.title,
            ];
            let dimension_score = score_cell(d.score);
            row.push(&dimension_score);
            row.push(dimension_band_words(d));
            row.extend(counts.iter().map(String::as_str));
            out.push_str(&csv_row(&row));
        }
    }
    out
}

/// A CSV cell for a score: empty when there is none, so spreadsheets read it as blank.
fn score_cell(s: Option<f64>) -> String {
    s.map(format_score).unwrap_or_default()
}

/// CSV of the partnership view: one row per dimension, one column per partner, then the
/// mean and the spread.
pub fn partnership_csv(view: &PartnerView) -> String {
    let mut header: Vec<String> = vec!["context".into(), "dimension".into()];
    header.extend(view.partners.iter().map(|p| p.label.clone()));
    // "mark": the table's "differ" / "a fact differs" beside the spread, so a spreadsheet
    // shows what the screen and the Markdown mark.
    header.extend(["mean".to_owned(), "spread".to_owned(), "mark".to_owned()]);
    let mut out = csv_row(&header.iter().map(String::as_str).collect::<Vec<_>>());
    for r in &view.rows {
        let mut cells: Vec<String> = vec![
            context_label(r.context).to_owned(),
            r.dimension.title.to_owned(),
        ];
        cells.extend(r.scores.iter().map(|s| score_cell(*s)));
        cells.extend([
            score_cell(r.mean),
            score_cell(r.spread),
            r.spread_mark()
                .trim()
                .trim_start_matches('(')
                .trim_end_matches(')')
                .to_owned(),
        ]);
        out.push_str(&csv_row(
            &cells.iter().map(String::as_str).collect::<Vec<_>>(),
        ));
    }
    out
}
