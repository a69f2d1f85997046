//! "Take it with you": the export buttons for one assessment.

use leptos::prelude::*;

use crate::model::assessment::Assessment;
use crate::model::bank::bank;
use crate::model::exchange::{file_stem, to_csv, to_json, to_markdown};
use crate::store::files::download;
use crate::ui::state::{now, AppState};

/// The app's version, written into every JSON export.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Props:
/// - `id`: the assessment exported.
#[component]
pub fn ExportBar(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let message = RwSignal::new(None::<String>);
    let run = move |kind: &'static str| {
        let id = id.clone();
        move |_| {
            let Some((a, _)) = untrack(|| state.find_any(&id)) else {
                return;
            };
            let result = if kind == "json" {
                export_json(state, &a.id)
            } else {
                export(kind, &a)
            };
            message.set(Some(match result {
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
            <p>"Files are made here in your browser. The JSON file restores this assessment exactly, in this or any other browser."</p>
            <div class="export-buttons">
                <button type="button" class="button" on:click=run("json")>"Download JSON"</button>
                <button type="button" class="button" on:click=run("csv")>"Download CSV"</button>
                <button type="button" class="button" on:click=run("md")>"Download Markdown"</button>
                <button type="button" class="button" on:click=print>"Print or save as PDF"</button>
            </div>
            <p class="export-message" role="status">{move || message.get()}</p>
        </section>
    }
}

/// Builds and downloads one export; returns the file name.
fn export(kind: &str, a: &Assessment) -> Result<String, String> {
    let stem = file_stem(a);
    let (name, mime, body) = match kind {
        "json" => (
            format!("{stem}.json"),
            "application/json",
            to_json(std::slice::from_ref(a), APP_VERSION, now()),
        ),
        "csv" => (
            format!("{stem}.csv"),
            "text/csv;charset=utf-8",
            format!("\u{feff}{}", to_csv(bank(), a)),
        ),
        _ => (
            format!("{stem}.md"),
            "text/markdown;charset=utf-8",
            to_markdown(bank(), a),
        ),
    };
    download(&name, mime, &body).map_err(|e| e.to_string())?;
    Ok(name)
}

/// Downloads one assessment as JSON and records when, for the export reminder.
pub fn export_json(state: AppState, id: &str) -> Result<String, String> {
    let Some((a, _)) = untrack(|| state.find_any(id)) else {
        return Err("This assessment is no longer here.".to_owned());
    };
    let name = export("json", &a)?;
    // Read-only assessments are not in the editable list, so this never writes them.
    state.edit(id, |a, now| a.exported_at = Some(now));
    Ok(name)
}
