//! Before the results: what is still unanswered, with links back to each step.

use leptos::prelude::*;

use crate::model::bank::bank;
use crate::ui::route::Route;
use crate::ui::state::AppState;
use crate::ui::widgets::progress::{steps, StepKind};

/// Props:
/// - `id`: the assessment reviewed.
#[component]
pub fn Review(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(assessment) = untrack(|| state.get(&id)) else {
        return view! { <super::not_found::MissingAssessment/> }.into_any();
    };
    let (done, total) = assessment.progress(bank());
    let gaps: Vec<_> = steps()
        .into_iter()
        .enumerate()
        .filter_map(|(i, kind)| match kind {
            StepKind::Dimension(_, d) => {
                let missing: Vec<_> = d
                    .statements
                    .iter()
                    .filter(|s| assessment.answer(s.id).is_none())
                    .collect();
                (!missing.is_empty()).then(|| (i + 1, d, missing))
            }
            StepKind::WarningSigns => None,
        })
        .collect();
    let signs = assessment.warning_signs.len();
    let all_done = gaps.is_empty();
    let gap_list = gaps
        .into_iter()
        .map(|(n, d, missing)| {
            let href = Route::Step(id.clone(), n).to_hash();
            let texts = missing
                .into_iter()
                .map(|s| view! { <li>{s.text}</li> })
                .collect_view();
            view! {
                <li>
                    <a href=href>{d.title}</a>
                    <ul class="missing">{texts}</ul>
                </li>
            }
        })
        .collect_view();
    let last_step = steps().len();
    view! {
        <section class="narrow">
            <h1 tabindex="-1" class="page-heading">"Review your answers"</h1>
            <p class="lead">{format!("You have answered {done} of {total} statements and ticked {signs} warning sign{}.", if signs == 1 { "" } else { "s" })}</p>
            {if all_done {
                view! { <p class="banner banner-ok">"Every statement has an answer."</p> }.into_any()
            } else {
                view! {
                    <p>"These statements are still unanswered. Dimensions with too few answers show “not enough answers” instead of a score."</p>
                    <ul class="gaps">{gap_list}</ul>
                }.into_any()
            }}
            <div class="form-actions">
                <a class="button primary" href=Route::Results(id.clone()).to_hash()>{if all_done { "See results" } else { "See results anyway" }}</a>
                <a class="button ghost" href=Route::Step(id.clone(), last_step).to_hash()>"Back"</a>
            </div>
        </section>
    }
    .into_any()
}
