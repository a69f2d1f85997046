//! "How scores work", written by the model from the same constants the scoring uses.

use leptos::prelude::*;

use crate::model::scoring::how_scores_work;

#[component]
pub fn HowScores() -> impl IntoView {
    let paragraphs = how_scores_work()
        .into_iter()
        .map(|p| view! { <p>{p}</p> })
        .collect_view();
    view! {
        <section class="narrow prose">
            <h1 tabindex="-1" class="page-heading">"How scores work"</h1>
            {paragraphs}
        </section>
    }
}
