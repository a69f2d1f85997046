//! App-wide messages: where answers are kept, records set aside, and the last save.

use leptos::prelude::*;

use crate::ui::dom::count;

use crate::store::local::StoreError;
use crate::ui::state::{AppState, SaveStatus};

/// Warnings about storage that are known when the app starts: nothing will be kept, or
/// storage is full. Part of the main module, so they show at once, before any record is
/// read.
#[component]
pub fn StorageWarnings() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <Show when=move || !state.persistent>
            <div class="banner banner-warn" role="alert">
                <strong>"Answers will not be kept. "</strong>
                "This browser does not let Buy-in Check store anything (private browsing or blocked storage). \
                 You can still answer and see results, but export before you close the tab."
            </div>
        </Show>
        <Show when=move || state.full_at_start>
            <div class="banner banner-warn storage-full" role="alert">
                <strong>"This browser's storage is full. "</strong>
                "Every saved assessment is shown, and each can be exported, but changes cannot be saved until there is room. \
                 Export what you want to keep, then delete assessments you no longer need; other sites or apps on this address may also be using the space."
            </div>
        </Show>
    }
}

/// What reading storage found that needs saying: assessments deleted in another tab,
/// records set aside, records from a newer version.
#[component]
pub fn StorageBanners() -> impl IntoView {
    let state = expect_context::<AppState>();
    let quarantined = move || state.quarantined.with(Vec::len);
    let read_only = move || state.read_only.with(Vec::len);
    view! {
        {move || state.deleted_elsewhere.get().into_iter().map(|a| {
            let (keep, forget) = (a.id.clone(), a.id.clone());
            view! {
                <div class="banner banner-warn deleted-elsewhere" role="alert">
                    {format!("“{}” was deleted in another tab. This tab still has its copy. ", a.title())}
                    <button type="button" class="button" on:click=move |_| state.keep_copy(&keep)>"Keep my copy"</button>
                    " "
                    <button type="button" class="button ghost" on:click=move |_| state.forget_deleted(&forget)>"Let it go"</button>
                </div>
            }
        }).collect_view()}
        <Show when=move || { quarantined() > 0 }>
            <div class="banner banner-warn" role="alert">
                <strong>{move || count(quarantined(), "saved record could not be read", "saved records could not be read")}</strong>
                " and were set aside, not deleted. They are listed on the home page."
            </div>
        </Show>
        <Show when=move || { read_only() > 0 }>
            <div class="banner banner-info" role="status">
                {move || count(read_only(), "assessment was", "assessments were")}
                " saved by a newer version of Buy-in Check, and shown read-only, so this version never overwrites what that version wrote."
            </div>
        </Show>
    }
}

/// A clear message when saving failed, announced at once. (Success is shown quietly in
/// the step header by [`SavedNote`], so it never covers the page.)
#[component]
pub fn SaveBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="save-status" role="alert">
            {move || match state.save_status.get() {
                SaveStatus::Failed(StoreError::Deleted(id)) => Some(view! {
                    <p class="save-failed">
                        {StoreError::Deleted(id.clone()).to_string()}" "
                        <button type="button" class="button" on:click=move |_| state.keep_copy(&id)>"Keep my copy"</button>
                    </p>
                }.into_any()),
                SaveStatus::Failed(e) => Some(view! { <p class="save-failed">{e.to_string()}</p> }.into_any()),
                _ => None,
            }}
        </div>
    }
}

/// "Saved" next to the progress, so a person sees each change is kept.
#[component]
pub fn SavedNote() -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = move || match state.save_status.get() {
        SaveStatus::Saved if state.persistent => "Saved in this browser",
        SaveStatus::Saved => "Kept in this tab only",
        SaveStatus::Failed(_) => "Not saved",
        SaveStatus::Idle => "",
    };
    view! { <span class="saved-note" role="status">{text}</span> }
}

/// Offers a new version when the service worker has one ready. The person decides when
/// to reload, so an update never interrupts an answer.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    // A new version found before the app had started is marked on the page
    // (public/sw-register.js): its event came before anyone listened.
    let marked = document()
        .document_element()
        .is_some_and(|html| html.has_attribute("data-update-ready"));
    let ready = RwSignal::new(marked);
    let listener = window_event_listener_untyped("buyin:update-ready", move |_| ready.set(true));
    on_cleanup(move || listener.remove());
    let apply = move |_| {
        if let Ok(event) = web_sys::Event::new("buyin:apply-update") {
            let _ = window().dispatch_event(&event);
        }
    };
    view! {
        <Show when=move || ready.get()>
            <div class="banner banner-info update-banner" role="status">
                "A new version of Buy-in Check is ready. Your answers are saved. "
                <button type="button" class="button" on:click=apply>"Reload now"</button>
                <button type="button" class="link-button" on:click=move |_| ready.set(false)>"Later"</button>
            </div>
        </Show>
    }
}
