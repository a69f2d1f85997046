//! The home screen: what the tool is, and the assessments kept in this browser.

use leptos::prelude::*;

use crate::model::assessment::Assessment;
use crate::model::bank::{bank, ContextId};
use crate::model::bank_upgrade::new_to_answer;
use crate::model::edit::Edit;
use crate::model::exchange::from_json;
use crate::model::flow::{steps, StepKind};
use crate::model::scoring::{format_optional, score};
use crate::store::files::{download, read_text};
use crate::store::local::StoreError;
use crate::ui::on_demand::{self, NotLoaded};
use crate::ui::route::{navigate, Route};
use crate::ui::state::{now, AppState};

#[component]
pub fn Home() -> impl IntoView {
    let statements = bank().statement_count();

    view! {
        <section class="hero">
            <h1>"How deep does buy-in for your partnership go?"</h1>
            <p class="lead">
                "Buy-in Check guides you through "{statements}" short statements about support for your partnership: "
                "between the partner organisations, and within your own organisation. "
                "You get scores, findings, advice and an action plan to take back to your partners."
            </p>
            <ul class="facts">
                <li><strong>"10–15 minutes."</strong>" Stop at any point; your answers are saved as you go."</li>
                <li><strong>"Private."</strong>" Answers never leave this browser: no account, no server, no tracking."</li>
                <li><strong>"Works offline"</strong>" once the page has loaded."</li>
            </ul>
            <div class="hero-actions">
                <a class="button primary" href=Route::New.to_hash()>"Start a new assessment"</a>
                <ImportControl/>
            </div>
        </section>

        <StoredOnDemand/>
    }
}

/// The assessments and set-aside records kept in this browser, below the welcome. Their
/// code (with the reading of storage) comes in an on-demand chunk, so a new visitor's
/// first screen does not wait for it; on a returning visit the service worker has it at
/// once. Not in the build's prerendered welcome, which is a new visitor's: nothing stored.
#[component]
fn StoredOnDemand() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Bumped by "Try again" after the chunk could not be fetched.
    let attempt = RwSignal::new(0u32);
    // Something is stored but not shown yet: after a moment, say the list is coming, so a
    // slow connection never looks like lost assessments.
    let waiting = RwSignal::new(false);
    if state.stored_at_start {
        set_timeout(
            move || {
                let _ = waiting.try_set(true);
            },
            std::time::Duration::from_millis(400),
        );
    }
    // The last attempt to fetch the list's code failed (its message is shown instead).
    let failed = RwSignal::new(false);
    let loading = move || {
        (waiting.get() && !failed.get() && !state.storage_read.get()).then(|| {
            view! { <p class="waiting-note" role="status">"Loading your assessments…"</p> }
        })
    };
    let section = move || {
        attempt.track();
        let records = on_demand::stored_records(state);
        Suspend::new(async move {
            let records = records.await;
            let _ = failed.try_set(records.is_err());
            match records {
                Ok(view) => view,
                Err(NotLoaded) => view! {
                    <div class="banner banner-warn" role="alert">
                        {format!(
                            "Your saved assessments cannot be shown yet (they are still saved in this browser): {}",
                            on_demand::NOT_LOADED_YET
                        )}
                        " "
                        <button type="button" class="link-button" on:click=move |_| attempt.update(|n| *n += 1)>
                            "Try again"
                        </button>
                    </div>
                }
                .into_any(),
            }
        })
    };
    (!cfg!(feature = "prerender")).then_some((loading, section))
}

/// What [`StoredOnDemand`] shows once its code is here: the assessments, an undo after a
/// delete, and the records set aside.
#[component]
pub fn StoredRecords() -> impl IntoView {
    let state = expect_context::<AppState>();
    let has_any = move || {
        state.assessments.with(|a| !a.is_empty()) || state.read_only.with(|a| !a.is_empty())
    };
    // The last deleted assessment, kept so the person can undo.
    let deleted = RwSignal::new(None::<Assessment>);

    view! {
        {move || deleted.get().map(|a| {
            let title = a.title().to_owned();
            view! {
                <div class="banner banner-info" role="status">
                    {format!("Deleted “{title}”. ")}
                    <button type="button" class="link-button" id="undo-delete" on:click=move |_| {
                        if let Some(a) = deleted.get_untracked() {
                            crate::ui::dom::focus_after_render(&format!("#title-{}", a.id));
                            state.restore(a);
                        }
                        deleted.set(None);
                    }>"Undo"</button>
                </div>
            }
        })}

        <Show when=has_any>
            <section class="assessment-list" aria-labelledby="list-heading">
                <h2 id="list-heading">"Your assessments"</h2>
                <ul class="cards">
                    <For
                        each=move || state.assessments.get()
                        key=|a| (a.id.clone(), a.updated_at, a.exported_at)
                        children=move |a| view! { <AssessmentCard assessment=a deleted=deleted/> }
                    />
                    <For
                        each=move || state.read_only.get()
                        key=|a| a.id.clone()
                        children=move |a| view! { <AssessmentCard assessment=a deleted=deleted read_only=true/> }
                    />
                </ul>
            </section>
        </Show>
        <QuarantineList/>
    }
}

#[component]
fn AssessmentCard(
    /// The assessment summarised.
    assessment: Assessment,
    /// Set to the assessment when it is deleted, for the undo banner.
    deleted: RwSignal<Option<Assessment>>,
    /// Written by a newer version: results only, no editing.
    #[prop(optional)]
    read_only: bool,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (done, total) = assessment.progress(bank());
    let scores = score(bank(), &assessment);
    let ctx = |id| format_optional(scores.context(id).and_then(|c| c.score));
    let between = ctx(ContextId::Between);
    let within = ctx(ContextId::Within);
    let id = assessment.id.clone();
    let resume_step = steps()
        .iter()
        .position(|s| matches!(s, StepKind::Dimension(..)) && !s.is_complete(&assessment))
        .map_or(1, |i| i + 1);
    let confirming = RwSignal::new(false);
    // Why "Download a copy" made no file, if it failed.
    let copy_failed = RwSignal::new(None::<String>);
    let renaming = RwSignal::new(false);
    let copying = RwSignal::new(false);
    let copy_name = RwSignal::new(String::new());
    let finished = total > 0 && done == total;
    // A copy is an assessment of the current questions: answers kept from an earlier
    // version stay with the original, and the form says so rather than promise them.
    let copy_hint = {
        let kept = if assessment.earlier_answers(bank()).is_empty() {
            "The copy keeps every answer, note and action, and is dated today."
        } else {
            "The copy keeps every answer, note and action to the current questions, and is dated today. Answers from an earlier version of the questions stay with this original, so keep it."
        };
        // Said before the copy is made: the step it opens on then asks them again.
        let again = match assessment.past_year_answered().len() {
            0 => "",
            1 => " Its answer about the past year is left for you to give again.",
            _ => " Its answers about the past year are left for you to give again.",
        };
        format!("{kept}{again} Change what has moved since.")
    };
    let new_name = RwSignal::new(assessment.title().to_owned());
    let title = assessment.title().to_owned();
    let partnership = assessment.profile.partnership.clone();
    let changed = format_time(assessment.updated_at);
    let continue_href = Route::Step(id.clone(), resume_step).to_hash();
    let results_href = Route::Results(id.clone()).to_hash();
    let remind = {
        let a = assessment.clone();
        move || !read_only && a.needs_export_reminder(state.storage_kept.get() == Some(true), now())
    };
    let id_rename = id.clone();
    // Ids of the card's buttons, so focus returns to the one that opened a form or a
    // question once it closes (it would fall to the page, far from where the person was).
    let (rename_button, copy_button, delete_button, keep_button) = (
        format!("rename-button-{id}"),
        format!("copy-button-{id}"),
        format!("delete-button-{id}"),
        format!("keep-button-{id}"),
    );
    let (rename_field, copy_field) = (format!("rename-{id}"), format!("copy-{id}"));
    let rename_button_save = rename_button.clone();
    // The forms in the view take the first copies; the buttons that open them, these.
    let (rename_button_b, copy_button_b, rename_field_b) = (
        rename_button.clone(),
        copy_button.clone(),
        rename_field.clone(),
    );
    let save_name = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = new_name.get_untracked().trim().to_owned();
        if !name.is_empty() {
            state.apply(&id_rename, Edit::Rename(name));
        }
        renaming.set(false);
        crate::ui::dom::focus_after_render(&format!("#{rename_button_save}"));
    };
    let id_dup = id.clone();
    let review_href = Route::Review(id.clone()).to_hash();
    let copy_field_focus = copy_field.clone();
    let make_copy = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let name = copy_name.get_untracked().trim().to_owned();
            if name.is_empty() {
                return;
            }
            if let Some(new) = state.duplicate(&id, &name) {
                copying.set(false);
                navigate(&Route::Step(new, 1));
            }
        }
    };
    let id_del = id.clone();
    let id_export = id.clone();
    // A finished assessment opens on its results; an unfinished one where it stopped.
    let open_href = if finished {
        results_href.clone()
    } else {
        continue_href.clone()
    };
    let heading = {
        let (title, href, title_id) = (title.clone(), open_href, format!("title-{id}"));
        move || {
            if read_only {
                view! { <h3>{title.clone()}" "<span class="badge">"Read-only"</span></h3> }
                    .into_any()
            } else {
                view! { <h3><a href=href.clone() id=title_id.clone()>{title.clone()}</a></h3> }
                    .into_any()
            }
        }
    };
    view! {
        <li class="card">
            <Show when=move || renaming.get() fallback=heading>
                <NameForm field=rename_field.clone() label="New name" hint=None
                    value=new_name submit="Save name" on_submit=save_name.clone() open=renaming
                    return_to=rename_button.clone()/>
            </Show>
            <p class="meta">
                {(!partnership.is_empty()).then(|| view! { <span>{partnership}</span> })}
                <span>{format!("Last changed {changed}")}</span>
            </p>
            <p class="meta">
                <span>{format!("{done} of {total} answered")}</span>
                // A finished assessment of earlier questions does not read as abandoned:
                // what is left is new.
                {match new_to_answer(&assessment) {
                    0 => None,
                    1 => Some(view! { <span>"1 new question to answer"</span> }.into_any()),
                    n => Some(view! { <span>{format!("{n} new questions to answer")}</span> }.into_any()),
                }}
                <span>{format!("Between partners {between}")}</span>
                <span>{format!("Within my organisation {within}")}</span>
            </p>
            {read_only.then(|| view! {
                <p class="note-text">"Saved by a newer version of Buy-in Check. This version shows it but never changes it."</p>
            })}
            <Show when=remind.clone()>
                <p class="reminder">
                    "This browser may clear stored data after a while. "
                    <button type="button" class="link-button" on:click={
                        let id = id_export.clone();
                        move |_| {
                            let id = id.clone();
                            // Its code is in an on-demand chunk, usually fetched long before.
                            copy_failed.set(None);
                            leptos::task::spawn_local(async move {
                                copy_failed.set(match on_demand::export_json_file(state, id).await {
                                    Ok(Ok(_)) => None,
                                    Ok(Err(e)) => Some(format!("No copy was made. {e}")),
                                    Err(NotLoaded) => Some(format!("No copy was made: {}", on_demand::NOT_LOADED_YET)),
                                });
                            });
                        }
                    }>"Download a copy"</button>
                    " to keep it safe."
                </p>
                <p class="import-message" role="status">
                    {move || copy_failed.get().map(|text| view! { <span class="import-error">{text}</span> })}
                </p>
            </Show>
            <Show when=move || copying.get()>
                <NameForm field=copy_field.clone() label="Name of the copy"
                    hint=Some(copy_hint.clone())
                    value=copy_name submit="Make the copy" on_submit=make_copy.clone() open=copying
                    return_to=copy_button.clone()/>
            </Show>
            <div class="card-actions">
                {match (read_only, finished) {
                    (true, _) => view! { <a class="button" href=results_href>"Results"</a> }.into_any(),
                    (false, true) => view! {
                        <a class="button primary" href=results_href>"Results"</a>
                        <a class="button" href=review_href.clone()>"Review answers"</a>
                    }.into_any(),
                    (false, false) => view! {
                        <a class="button" href=continue_href.clone()>{if done == 0 { "Start" } else { "Continue" }}</a>
                        <a class="button" href=results_href>"Results"</a>
                    }.into_any(),
                }}
                {(!read_only).then(|| view! {
                    <button type="button" class="button ghost" id=rename_button_b.clone() on:click={
                        let field = rename_field_b.clone();
                        move |_| {
                            renaming.set(true);
                            crate::ui::dom::focus_after_render(&format!("#{field}"));
                        }
                    }>"Rename"</button>
                    <button type="button" class="button ghost" id=copy_button_b.clone() on:click={
                        let id = id_dup.clone();
                        let field = copy_field_focus.clone();
                        move |_| {
                            copy_name.set(state.copy_name(&id));
                            copying.set(true);
                            crate::ui::dom::focus_after_render(&format!("#{field}"));
                        }
                    }>"Duplicate"</button>
                })}
                {(!read_only).then(|| view! {
                    <Show
                        when=move || confirming.get()
                        fallback={
                            let (delete_button, keep_button) = (delete_button.clone(), keep_button.clone());
                            move || view! {
                                <button type="button" class="button ghost" id=delete_button.clone() on:click={
                                    let keep_button = keep_button.clone();
                                    move |_| {
                                        confirming.set(true);
                                        // On the harmless answer: Enter twice must not delete.
                                        crate::ui::dom::focus_after_render(&format!("#{keep_button}"));
                                    }
                                }>
                                    "Delete"
                                </button>
                            }
                        }
                    >
                        <span class="confirm" role="group" aria-label="Confirm delete" on:keydown={
                            let delete_button = delete_button.clone();
                            move |ev: leptos::ev::KeyboardEvent| {
                                if ev.key() == "Escape" {
                                    confirming.set(false);
                                    crate::ui::dom::focus_after_render(&format!("#{delete_button}"));
                                }
                            }
                        }>
                            "Delete this assessment? "
                            <button type="button" class="button danger" on:click={
                                let id = id_del.clone();
                                move |_| {
                                    deleted.set(state.delete(&id));
                                    crate::ui::dom::focus_after_render("#undo-delete");
                                }
                            }>"Delete"</button>
                            <button type="button" class="button ghost" id=keep_button.clone() on:click={
                                let delete_button = delete_button.clone();
                                move |_| {
                                    confirming.set(false);
                                    crate::ui::dom::focus_after_render(&format!("#{delete_button}"));
                                }
                            }>"Keep"</button>
                        </span>
                    </Show>
                })}
            </div>
        </li>
    }
}

/// Imports assessments from a JSON export. The file is validated whole first; on any
/// problem nothing changes and the message says what is wrong.
#[component]
fn ImportControl() -> impl IntoView {
    let state = expect_context::<AppState>();
    let message = RwSignal::new(None::<(bool, String)>);
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // Clear the choice so choosing the same file again still triggers a change.
        input.set_value("");
        message.set(None);
        leptos::task::spawn_local(async move {
            let outcome = match read_text(file).await {
                Err(e) => (false, format!("Nothing was imported. {e}")),
                // The import's code is in an on-demand chunk, usually fetched long before.
                Ok(text) => on_demand::import(state, text)
                    .await
                    .unwrap_or_else(|NotLoaded| {
                        (
                            false,
                            format!("Nothing was imported: {}", on_demand::NOT_LOADED_YET),
                        )
                    }),
            };
            message.set(Some(outcome));
        });
    };
    view! {
        <label class="button file-button">
            // The input carries the name; the visible words are hidden from screen
            // readers, which read the label's text and then the input named by it.
            <span aria-hidden="true">"Import a file"</span>
            <input type="file" aria-label="Import a file" accept=".json,application/json" class="file-input" on:change=on_change/>
        </label>
        <p class="import-message" role="status">
            {move || message.get().map(|(ok, text)| view! {
                <span class=if ok { "import-ok" } else { "import-error" }>{text}</span>
            })}
        </p>
    }
}

/// What importing `text` (a JSON export) did, as `(it worked, a sentence for the person)`.
/// The file is validated whole first; on any problem nothing changes.
pub(crate) fn import_message(state: AppState, text: &str) -> (bool, String) {
    let list = match from_json(text) {
        Ok(list) => list,
        Err(e) => return (false, format!("Nothing was imported. {e}")),
    };
    match state.import(list) {
        Err(StoreError::Full) => (false, "Nothing was imported: the browser's storage is full. Delete assessments you no longer need (export them first), then import again.".to_owned()),
        Err(e) => (false, format!("Nothing was imported. {e}")),
        Ok((added, copies, future)) => {
            let mut text = format!("Imported {added} assessment{}.", if added == 1 { "" } else { "s" });
            if copies > 0 {
                text.push_str(&format!(
                    " {copies} already existed here, so {} added as a copy.",
                    if copies == 1 { "it was" } else { "they were" }
                ));
            }
            if future > 0 {
                text.push_str(&format!(
                    " {future} carried times later than now (a clock set wrong?); {} set to now.",
                    if future == 1 { "they were" } else { "those were" }
                ));
            }
            (true, text)
        }
    }
}

/// Records set aside because they could not be read: listed, downloadable, never lost.
#[component]
fn QuarantineList() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <Show when=move || state.quarantined.with(|q| !q.is_empty())>
            <section class="quarantine" aria-labelledby="q-heading">
                <h2 id="q-heading">"Records that could not be read"</h2>
                <p>"These were set aside so nothing is lost. Copy the raw text to keep it, or send it to whoever supports Buy-in Check for you."</p>
                <ul>
                    {move || state.quarantined.get().into_iter().map(|q| view! {
                        <li>
                            <p><code>{q.key.clone()}</code>": "{q.reason.clone()}</p>
                            <details>
                                <summary>"Show the raw text"</summary>
                                <pre class="raw">{q.raw.clone()}</pre>
                            </details>
                            <button type="button" class="button" on:click={
                                let (key, raw) = (q.key.clone(), q.raw.clone());
                                move |_| {
                                    let name = format!("{}.txt", key.replace('/', "-"));
                                    let _ = download(&name, "text/plain;charset=utf-8", &raw);
                                }
                            }>"Download the raw text"</button>
                            <DiscardRecord key=q.key.clone()/>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}

/// Deletes a set-aside record, but only after the person confirms: the one place where
/// stored text is removed on purpose.
#[component]
fn DiscardRecord(
    /// The storage key of the set-aside record.
    key: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let confirming = RwSignal::new(false);
    view! {
        <Show
            when=move || confirming.get()
            fallback=move || view! {
                <button type="button" class="button ghost" on:click=move |_| confirming.set(true)>"Discard…"</button>
            }
        >
            <span class="confirm" role="group" aria-label="Confirm discard">
                "Delete this record for good? "
                <button type="button" class="button danger" on:click={
                    let key = key.clone();
                    move |_| state.discard_quarantined(&key)
                }>"Delete it"</button>
                <button type="button" class="button ghost" on:click=move |_| confirming.set(false)>"Keep it"</button>
            </span>
        </Show>
    }
}

/// A local date and time, short.
fn format_time(ms: u64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// A one-field form for a name (rename, name of a copy) with Save and Cancel.
#[component]
fn NameForm(
    /// The input's id (unique on the page).
    field: String,
    /// The label above the field.
    label: &'static str,
    /// A sentence under the label, read out with the field.
    hint: Option<String>,
    /// The name as typed.
    value: RwSignal<String>,
    /// The words on the submit button.
    submit: &'static str,
    /// What submitting does.
    on_submit: impl Fn(leptos::ev::SubmitEvent) + 'static,
    /// Whether the form is open; Cancel closes it.
    open: RwSignal<bool>,
    /// The id of the button that opened the form: Cancel puts focus back on it.
    return_to: String,
) -> impl IntoView {
    let hint_id = format!("{field}-hint");
    let described = hint.as_ref().map(|_| hint_id.clone());
    // Escape cancels, as Cancel does (and as on the delete confirmation).
    let cancel = move || {
        open.set(false);
        crate::ui::dom::focus_after_render(&format!("#{return_to}"));
    };
    let cancel_key = cancel.clone();
    view! {
        <form class="rename" on:submit=on_submit on:keydown=move |ev: leptos::ev::KeyboardEvent| {
            if ev.key() == "Escape" {
                cancel_key();
            }
        }>
            <label for=field.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            <input id=field type="text" maxlength="2000" required
                aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))/>
            <button type="submit" class="button primary">{submit}</button>
            <button type="button" class="button ghost" on:click=move |_| cancel()>"Cancel"</button>
        </form>
    }
}
