//! Before the results: what is still unanswered, with links back to each step.

use leptos::prelude::*;

use crate::model::bank::bank;
use crate::model::bank_upgrade::{carried_note, earlier_text};
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
                    .filter(|s| assessment.is_asked(s) && assessment.answer_to(s).is_none())
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
    let earlier: Vec<_> = assessment
        .earlier_answers(bank())
        .into_iter()
        .map(|(id, answer)| {
            let text = earlier_text(id).unwrap_or(id).to_owned();
            let carried = carried_note(&assessment, id).map(|n| format!(" ({n})"));
            view! { <li>{text}<span class="earlier-answer">{format!(" — {}", answer.label())}{carried}</span></li> }
        })
        .collect();
    let earlier = (!earlier.is_empty()).then(|| {
        view! {
            <section class="earlier" aria-labelledby="earlier-heading">
                <h2 id="earlier-heading">"From an earlier version of the questions"</h2>
                <p>"This assessment was started on an earlier version of the questions. These answers are kept with it, but the statements are no longer asked, so they are not scored. Where a statement became a Yes/No fact, a clear answer was carried over; please check it."</p>
                <ul class="earlier-list">{earlier}</ul>
            </section>
        }
    });
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
            {earlier}
            <div class="form-actions">
                <a class="button primary" href=Route::Results(id.clone()).to_hash()>{if all_done { "See results" } else { "See results anyway" }}</a>
                <a class="button ghost" href=Route::Step(id.clone(), last_step).to_hash()>"Back"</a>
            </div>
        </section>
    }
    .into_any()
}
