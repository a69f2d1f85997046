//! What a person sees for an address that leads nowhere.

use leptos::prelude::*;

#[component]
pub fn NotFound(
    /// The part of the address after `#/` that was not recognised.
    path: String,
) -> impl IntoView {
    view! {
        <section class="narrow">
            <h1 tabindex="-1" class="page-heading">"Page not found"</h1>
            <p>"There is no page at “"{path}"”. It may come from an old link."</p>
            <p><a class="button primary" href="#/">"Go to your assessments"</a></p>
        </section>
    }
}

/// Shown when the address names an assessment this browser does not have to edit. One it
/// keeps read-only (saved by a newer version) is not "not found": its results can be seen.
#[component]
pub fn MissingAssessment(
    /// The assessment the address names, when it names one.
    #[prop(optional)]
    id: Option<String>,
) -> impl IntoView {
    let state = expect_context::<crate::ui::state::AppState>();
    let read_only =
        id.filter(|id| untrack(|| state.read_only.with(|all| all.iter().any(|a| &a.id == id))));
    if let Some(id) = read_only {
        return view! {
            <section class="narrow">
                <h1 tabindex="-1" class="page-heading">"Shown read-only"</h1>
                <p>
                    "This assessment was saved by a newer version of Buy-in Check, so this version "
                    "shows it read-only and never changes it: its answers cannot be edited here. "
                    "Open it with the newer version to change it."
                </p>
                <p><a class="button primary" href=crate::ui::route::Route::Results(id).to_hash()>"See its results"</a></p>
            </section>
        }
        .into_any();
    }
    view! {
        <section class="narrow">
            <h1 tabindex="-1" class="page-heading">"Assessment not found"</h1>
            <p>
                "This browser has no assessment at this address. Assessments are kept only in the "
                "browser where they were made; it may have been deleted, or made on another device."
            </p>
            <p><a class="button primary" href="#/">"Go to your assessments"</a></p>
        </section>
    }
    .into_any()
}
