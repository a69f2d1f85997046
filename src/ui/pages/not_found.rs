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

/// Shown when the address names an assessment this browser does not have.
#[component]
pub fn MissingAssessment() -> impl IntoView {
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
}
