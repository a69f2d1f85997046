//! Export and import documents: JSON that restores assessments exactly, CSV for
//! spreadsheets, and a Markdown report.
//!
//! Everything a person typed is treated as untrusted on the way out (CSV cells that a
//! spreadsheet would run as a formula are neutralised; Markdown is escaped so that no
//! markup survives) and on the way in (an import is validated whole before anything
//! changes, and every error names the field and the problem).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::advice::{findings, first_step, key_actions, recommended_actions, Finding};
use super::assessment::{is_iso_date, is_valid_id, Assessment, MAX_TEXT_CHARS};
use super::bank::{bank, Bank, BANK_VERSION};
use super::bank_upgrade::upgrade;
use super::compare::PartnerView;
use super::scoring::{format_optional, format_score, score, Scores};

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
/// Most action-plan items one assessment may hold (a real plan has a handful).
pub const MAX_PLAN_ITEMS: usize = 100;
/// Most partner organisations one profile may list.
pub const MAX_PARTNERS: usize = 50;

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
                    path: path.clone(),
                    problem: e.to_string(),
                })?;
            if a.bank_version > BANK_VERSION {
                return Err(ImportError::NewerBank {
                    index: i + 1,
                    version: a.bank_version,
                });
            }
            if a.bank_version == 0 {
                return Err(ImportError::Field {
                    path,
                    problem: "there is no version 0 of the questions".to_owned(),
                });
            }
            upgrade(&mut a, BANK_VERSION);
            a.give_items_unique_ids();
            validate(&a).map_err(|problem| ImportError::Field { path, problem })?;
            Ok(a)
        })
        .collect()
}

fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
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
            if bank().action(source).is_none() && source.chars().count() > 100 {
                return Err(format!(
                    "action {n} names a recommended action that does not exist"
                ));
            }
        }
    }
    Ok(())
}

/// An answer must belong to a statement this bank asks, and be of its kind; an assessment
/// carried over from version 1 may also keep answers to version-1 statements, in the
/// codes version 1 wrote.
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
    let from_v1 = a.upgraded_from == Some(1) && super::bank_upgrade::v1_fate(id).is_some();
    if !from_v1 {
        return Err(format!(
            "it answers \"{shown}\", which is not a statement of these questions"
        ));
    }
    match answer {
        Some(Answer::Yes | Answer::No) => Err(format!(
            "the answer to {shown} is yes or no, which version 1 of the questions never offered"
        )),
        _ => Ok(()),
    }
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
            a.profile.name = format!("{} (imported copy)", a.title());
            renamed += 1;
        }
        seen.push(a.id.clone());
    }
    renamed
}

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

/// CSV with one row per statement of the bank: context, dimension, statement, answer, note.
pub fn to_csv(bank: &Bank, assessment: &Assessment) -> String {
    let mut out = csv_row(&[
        "assessment",
        "context",
        "dimension",
        "statement_id",
        "statement",
        "answer",
        "answer_label",
        "note",
    ]);
    for (c, d, s) in bank.statements() {
        let answer = assessment.answer(s.id);
        out.push_str(&csv_row(&[
            assessment.title(),
            c.short,
            d.title,
            s.id,
            s.text,
            answer.map_or("", |a| a.code()),
            answer.map_or("", |a| a.label()),
            assessment.note(s.id),
        ]));
    }
    out
}

/// Escapes text for Markdown so it shows as typed and never becomes markup or HTML.
pub fn md_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '(' | ')' | '#' | '|' | '!' | '{' | '}' | '~' => {
                out.push('\\');
                out.push(ch);
            }
            _ => out.push(ch),
        }
    }
    out
}

/// The Markdown report: profile, scores, findings, and the action plan.
pub fn to_markdown(bank: &Bank, assessment: &Assessment) -> String {
    let scores = score(bank, assessment);
    let found = findings(bank, &scores, assessment);
    let p = &assessment.profile;
    let mut md = format!("# Buy-in Check: {}\n\n", md_text(assessment.title()));
    let rows = [
        ("Partnership", p.partnership.clone()),
        ("My organisation", p.organisation.clone()),
        ("My role", p.role.clone()),
        ("Partner organisations", p.partners.join(", ")),
        (
            "Stage",
            p.stage.map_or(String::new(), |s| s.label().to_owned()),
        ),
        ("Date", p.date.clone()),
    ];
    for (label, value) in rows {
        if !value.is_empty() {
            md.push_str(&format!("- **{label}:** {}\n", md_text(&value)));
        }
    }
    let (done, total) = assessment.progress(bank);
    md.push_str(&format!("- **Answered:** {done} of {total} statements\n\n"));
    md.push_str(&scores_markdown(&scores));
    md.push_str(&findings_markdown(bank, &found, assessment));
    md.push_str(&plan_markdown(assessment));
    md.push_str(&earlier_markdown(bank, assessment));
    md
}

/// Answers kept from statements an earlier version of the questions asked.
fn earlier_markdown(bank: &Bank, assessment: &Assessment) -> String {
    let earlier: Vec<(&str, super::assessment::Answer)> = assessment.earlier_answers(bank);
    if earlier.is_empty() {
        return String::new();
    }
    let mut md = String::from(
        "\n## From an earlier version of the questions\n\nThese answers are kept but not scored; a clear answer to a statement that became a yes/no question was carried over to it.\n\n",
    );
    for (id, answer) in earlier {
        let text = super::bank_upgrade::earlier_text(id).unwrap_or(id);
        let carried = super::bank_upgrade::carried_note(assessment, id)
            .map_or(String::new(), |n| format!(" ({n})"));
        md.push_str(&format!(
            "- {}: {}{carried}\n",
            md_text(text),
            answer.label()
        ));
    }
    md
}

fn scores_markdown(scores: &Scores) -> String {
    let mut md = String::from("## Scores\n\n");
    for c in &scores.contexts {
        md.push_str(&format!(
            "- **{}:** {} ({})\n",
            c.context.title,
            format_optional(c.score),
            c.band().map_or("not enough answers", |b| b.label())
        ));
    }
    if let (Some(v), Some(text)) = (scores.view(), scores.view_explanation()) {
        md.push_str(&format!("\n**{}.** {}\n", v.title(), text));
        let first: Vec<&str> = key_actions(super::bank::bank(), scores)
            .into_iter()
            .map(|a| a.title)
            .collect();
        md.push_str(&format!(
            "\nWhat matters most from here: {}.\n",
            first.join("; ")
        ));
    }
    md.push_str("\n| Context | Dimension | Score | Band | Rated |\n|---|---|---|---|---|\n");
    for d in scores.dimensions() {
        md.push_str(&format!(
            "| {} | {} | {} | {} | {} of {} |\n",
            context_label(d.context),
            d.dimension.title,
            format_optional(d.score),
            d.band().map_or("Not enough answers", |b| b.label()),
            d.rated,
            d.total
        ));
    }
    md.push('\n');
    md
}

/// The findings, each with the titles of the actions that help, then every recommended
/// action once with its first step (so a step shared by several findings is not repeated).
fn findings_markdown(bank: &Bank, found: &[Finding], assessment: &Assessment) -> String {
    let mut md = String::from("## Findings\n\n");
    if found.is_empty() {
        md.push_str("No weak spots stand out.\n\n");
    }
    for (i, f) in found.iter().enumerate() {
        md.push_str(&format!(
            "{}. **{}** ({}). {}\n",
            i + 1,
            f.title,
            f.severity.label(),
            f.detail
        ));
        let helps: Vec<&str> = f
            .actions
            .iter()
            .filter_map(|id| bank.action(id))
            .map(|a| a.title)
            .collect();
        md.push_str(&format!("   What helps: {}.\n", helps.join("; ")));
    }
    let actions = recommended_actions(bank, found);
    if !actions.is_empty() {
        md.push_str("\n## Recommended actions\n\n");
        for a in actions {
            md.push_str(&format!(
                "- **{}.** {} First step: {}\n",
                a.title,
                a.why,
                first_step(a, assessment)
            ));
        }
    }
    md.push('\n');
    md
}

fn plan_markdown(assessment: &Assessment) -> String {
    let mut md = String::from("## Action plan\n\n");
    if assessment.actions.is_empty() {
        md.push_str("No actions planned yet.\n");
        return md;
    }
    md.push_str("| Action | Owner | Due | Status |\n|---|---|---|---|\n");
    for item in &assessment.actions {
        md.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            md_text(&item.text),
            md_text(&item.owner),
            md_text(&item.due),
            item.status.label()
        ));
    }
    md
}

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

/// A CSV cell for a score: empty when there is none, so spreadsheets read it as blank.
fn score_cell(s: Option<f64>) -> String {
    s.map(format_score).unwrap_or_default()
}

/// CSV of the partnership view: one row per dimension, one column per partner, then the
/// mean and the spread.
pub fn partnership_csv(view: &PartnerView) -> String {
    let mut header: Vec<String> = vec!["context".into(), "dimension".into()];
    header.extend(view.partners.iter().map(|p| p.label.clone()));
    header.extend(["mean".to_owned(), "spread".to_owned()]);
    let mut out = csv_row(&header.iter().map(String::as_str).collect::<Vec<_>>());
    for r in &view.rows {
        let mut cells: Vec<String> = vec![
            context_label(r.context).to_owned(),
            r.dimension.title.to_owned(),
        ];
        cells.extend(r.scores.iter().map(|s| score_cell(*s)));
        cells.extend([score_cell(r.mean), score_cell(r.spread)]);
        out.push_str(&csv_row(
            &cells.iter().map(String::as_str).collect::<Vec<_>>(),
        ));
    }
    out
}

/// The short name of a context, as the bank gives it.
fn context_label(c: super::bank::ContextId) -> &'static str {
    super::bank::bank().context(c).map_or("", |x| x.short)
}

/// Markdown report of the partnership view: what stands out (ranked), the conversation
/// guide, then the figures.
pub fn partnership_markdown(view: &PartnerView) -> String {
    use super::workshop::{callouts, guide, ranking_rule, room_line, SHOWN_CALLOUTS};
    let mut md = String::from("# Buy-in Check: partnership view\n\n");
    md.push_str(&format!(
        "- **Partners:** {}\n- **Between partners, all partners together:** {}\n\n",
        view.partners
            .iter()
            .map(|p| md_text(&p.label))
            .collect::<Vec<_>>()
            .join(", "),
        format_optional(view.between)
    ));
    let found = callouts(view);
    md.push_str("## What stands out\n\n");
    md.push_str(&format!("{}\n\n", ranking_rule()));
    if found.is_empty() {
        md.push_str("No between-partner dimension differs by much, and no partner's own organisation is in the concern band.\n\n");
    }
    for (i, c) in found.iter().enumerate() {
        if i == SHOWN_CALLOUTS {
            md.push_str("\nAlso worth a look:\n\n");
        }
        md.push_str(&format!(
            "{}. **{}.** {} (Ranked by: {}.)\n",
            i + 1,
            md_text(&c.title),
            md_text(&c.detail),
            c.ranked_by
        ));
    }
    let topics = guide(super::bank::bank(), &found);
    if !topics.is_empty() {
        md.push_str("\n## Conversation guide\n\n");
        for (i, t) in topics.iter().enumerate() {
            md.push_str(&format!("### {}. {}\n\n", i + 1, md_text(&t.title)));
            for q in t.questions {
                md.push_str(&format!("- {q}\n"));
            }
            md.push_str(&format!(
                "\n**Who should be in the room:** {}.\n\n**Actions that fit:**\n\n",
                room_line(t.in_the_room)
            ));
            for (title, step) in &t.actions {
                md.push_str(&format!("- {title}: {step}\n"));
            }
            md.push('\n');
        }
    }
    md.push_str("## Each partner's two contexts\n\n| Partner | Between partners | Within own organisation |\n|---|---|---|\n");
    for p in &view.partners {
        md.push_str(&format!(
            "| {} | {} | {} |\n",
            md_text(&p.label),
            format_optional(p.between),
            format_optional(p.within)
        ));
    }
    md.push_str("\n## By dimension\n\n| Dimension | ");
    md.push_str(
        &view
            .partners
            .iter()
            .map(|p| md_text(&p.label))
            .collect::<Vec<_>>()
            .join(" | "),
    );
    md.push_str(" | Mean | Spread |\n|---|");
    md.push_str(&"---|".repeat(view.partners.len() + 2));
    md.push('\n');
    for r in &view.rows {
        let cells: Vec<String> = r.scores.iter().map(|s| format_optional(*s)).collect();
        md.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            r.dimension.title,
            cells.join(" | "),
            format_optional(r.mean),
            format_optional(r.spread)
        ));
    }
    md
}
