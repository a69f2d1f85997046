//! "Take it with you": the export buttons for one assessment.

use leptos::prelude::*;

use crate::model::assessment::Assessment;
use crate::model::bank::bank;
use crate::model::edit::Edit;
use crate::model::exchange::{file_stem, plan_csv, report_markdown, summary_csv, to_csv, to_json};
use crate::model::report::{Report, APP_VERSION};
use crate::store::files::download;
use crate::store::local::remember_report_notes;
use crate::ui::state::{now, today, AppState};

/// The three kinds of file the app writes, with their media type and extension. A CSV
/// starts with a byte-order mark, which tells spreadsheet programs it is UTF-8.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileType {
    Json,
    Csv,
    Markdown,
}

impl FileType {
    /// Downloads `body` as `<stem><suffix>.<ext>`; returns the file name, or what went wrong.
    pub fn download(self, stem: &str, body: &str) -> Result<String, String> {
        let (ext, mime, bom) = match self {
            FileType::Json => ("json", "application/json", ""),
            FileType::Csv => ("csv", "text/csv;charset=utf-8", "\u{feff}"),
            FileType::Markdown => ("md", "text/markdown;charset=utf-8", ""),
        };
        let name = format!("{stem}.{ext}");
        download(&name, mime, &format!("{bom}{body}")).map_err(|e| e.to_string())?;
        Ok(name)
    }
}

/// The files one assessment can be taken away as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Export {
    /// Restores the assessment exactly.
    Json,
    /// One row per statement.
    AnswersCsv,
    /// One row per dimension, with the profile.
    SummaryCsv,
    /// One row per action plan item.
    PlanCsv,
    /// The report as text.
    Markdown,
}

impl Export {
    const ALL: [Export; 5] = [
        Export::Json,
        Export::AnswersCsv,
        Export::SummaryCsv,
        Export::PlanCsv,
        Export::Markdown,
    ];

    fn button_label(self) -> &'static str {
        match self {
            Export::Json => "Download JSON",
            Export::AnswersCsv => "CSV: answers",
            Export::SummaryCsv => "CSV: scores by dimension",
            Export::PlanCsv => "CSV: action plan",
            Export::Markdown => "Download Markdown",
        }
    }

    /// The file's type, name (without extension) and content for assessment `a`; the
    /// Markdown report with the person's notes or without them.
    fn file(self, a: &Assessment, notes: bool) -> (FileType, String, String) {
        let stem = file_stem(a);
        match self {
            Export::Json => (FileType::Json, stem, json_body(a)),
            Export::AnswersCsv => (FileType::Csv, format!("{stem}-answers"), to_csv(bank(), a)),
            Export::SummaryCsv => (
                FileType::Csv,
                format!("{stem}-summary"),
                summary_csv(bank(), a),
            ),
            Export::PlanCsv => (FileType::Csv, format!("{stem}-plan"), plan_csv(bank(), a)),
            Export::Markdown => {
                let mut r = Report::new(bank(), a);
                if !notes {
                    r.leave_out_notes();
                }
                (FileType::Markdown, stem, report_markdown(&r, &today()))
            }
        }
    }
}

#[component]
pub fn ExportBar(
    /// The assessment exported.
    id: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let message = RwSignal::new(None::<String>);
    let run = move |kind: Export| {
        let id = id.clone();
        move |_| {
            let Some((a, _)) = untrack(|| state.find_any(&id)) else {
                return;
            };
            let notes = state.report_notes.get_untracked();
            let result = if kind == Export::Json {
                export_json(state, &a.id)
            } else {
                export(kind, &a, notes)
            };
            message.set(Some(match result {
                // Said of the file just made, so a report handed round without notes is
                // known to be so.
                Ok(name) if kind == Export::Markdown && !notes => {
                    format!("Downloaded {name}, without your notes.")
                }
                Ok(name) => format!("Downloaded {name}."),
                Err(e) => e,
            }));
        }
    };
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <section class="exports" aria-labelledby="export-heading">
            <h2 id="export-heading">"Take it with you"</h2>
            <p>"Files are made here in your browser. The JSON file restores this assessment exactly, in this or any other browser; the CSV files are tables for a spreadsheet; Markdown and print hold the report."</p>
            // Notes may name a partner (the steps invite it): the person decides whether
            // the report they hand round carries them, before reaching the buttons that make
            // it. The JSON and CSV keep everything.
            <label class="check report-notes-switch">
                <input
                    type="checkbox"
                    prop:checked=move || state.report_notes.get()
                    on:change=move |ev| {
                        let include = event_target_checked(&ev);
                        remember_report_notes(include);
                        state.report_notes.set(include);
                        // "Downloaded ….md." beside the switch just turned would read as
                        // the file made the new way: say what the next one holds.
                        message.set(Some(if include {
                            "Your notes will be in the printed report and the next Markdown.".to_owned()
                        } else {
                            "Your notes will be left out of the printed report and the next Markdown.".to_owned()
                        }));
                    }
                />
                <span>"Include my notes in the printed report and the Markdown"</span>
            </label>
            <div class="export-buttons">
                {Export::ALL.map(|kind| view! {
                    <button type="button" class="button" on:click=run(kind)>{kind.button_label()}</button>
                })}
                <button type="button" class="button" on:click=print>"Print or save as PDF"</button>
            </div>
            <p class="export-message" role="status">{move || message.get()}</p>
        </section>
    }
}

/// Builds and downloads one export; returns the file name.
fn export(kind: Export, a: &Assessment, notes: bool) -> Result<String, String> {
    let (file_type, name, body) = kind.file(a, notes);
    file_type.download(&name, &body)
}

/// The JSON file of one assessment: it restores the assessment exactly.
fn json_body(a: &Assessment) -> String {
    to_json(std::slice::from_ref(a), APP_VERSION, now())
}

/// Downloads one assessment as JSON and records when, for the export reminder.
pub fn export_json(state: AppState, id: &str) -> Result<String, String> {
    let Some((a, _)) = untrack(|| state.find_any(id)) else {
        return Err("This assessment is no longer here.".to_owned());
    };
    let name = export(Export::Json, &a, true)?;
    // Read-only assessments are not in the editable list, so this never writes them.
    state.apply(id, Edit::Exported);
    Ok(name)
}
