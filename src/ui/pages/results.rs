//! Results: the two contexts, the two-context view, dimension scores, findings and advice.

use leptos::prelude::*;

use crate::model::advice::{findings, recommended_actions};
use crate::model::bank::bank;
use crate::model::scoring::score;
use crate::ui::route::Route;
use crate::ui::state::AppState;
use crate::ui::widgets::score_view::{ContextCards, DimensionTable};

/// Props:
/// - `id`: the assessment whose results are shown.
#[component]
pub fn Results(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(assessment) = state
        .assessments
        .with_untracked(|all| all.iter().find(|a| a.id == id).cloned())
    else {
        return view! { <super::not_found::MissingAssessment/> }.into_any();
    };
    let scores = score(bank(), &assessment);
    let found = findings(bank(), &scores, &assessment);
    let actions = recommended_actions(bank(), &found);
    let (done, total) = assessment.progress(bank());

    let finding_items = found
        .iter()
        .map(|f| {
            let advice = f
                .actions
                .iter()
                .filter_map(|a| bank().action(a))
                .map(|a| view! { <li>{a.title}</li> })
                .collect_view();
            view! {
                <li class=format!("finding severity-{} kind-{}", f.severity.as_str(), f.kind.as_str())>
                    <p class="severity">{f.severity.label()}</p>
                    <h3>{f.title.clone()}</h3>
                    <p>{f.detail.clone()}</p>
                    <p class="advice-label">"What helps:"</p>
                    <ul class="advice">{advice}</ul>
                </li>
            }
        })
        .collect_view();
    let action_items = actions
        .iter()
        .map(|a| {
            view! {
                <li class="action">
                    <h3>{a.title}</h3>
                    <p>{a.why}</p>
                    <p class="first-step"><strong>"First step: "</strong>{a.first_step}</p>
                </li>
            }
        })
        .collect_view();
    let no_findings = found.is_empty();

    view! {
        <section class="results">
            <p class="context-label">{assessment.profile.partnership.clone()}</p>
            <h1 tabindex="-1" class="page-heading">{format!("Results: {}", assessment.title())}</h1>
            {(done < total).then(|| view! {
                <p class="banner banner-info">
                    {format!("{done} of {total} statements answered. Dimensions with too few answers show “not enough answers”. ")}
                    <a href=Route::Review(id.clone()).to_hash()>"See what is missing"</a>
                </p>
            })}
            <h2>"Buy-in in two contexts"</h2>
            <ContextCards scores=scores.clone()/>
            <h2>"By dimension"</h2>
            <DimensionTable scores=scores/>
            <p class="small"><a href="#/how-scores-work">"How scores work"</a></p>
            <h2>"Findings"</h2>
            {if no_findings {
                view! { <p>"No weak spots stand out. Keep checking as people and priorities change."</p> }.into_any()
            } else {
                view! { <ol class="findings">{finding_items}</ol> }.into_any()
            }}
            <h2>"Recommended actions"</h2>
            <ol class="actions">{action_items}</ol>
            <div class="form-actions">
                <a class="button" href=Route::Step(id.clone(), 1).to_hash()>"Change answers"</a>
                <a class="button ghost" href="#/">"All assessments"</a>
            </div>
        </section>
    }
    .into_any()
}
