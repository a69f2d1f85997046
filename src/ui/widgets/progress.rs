//! Where the person is in the flow: step, context and answered/total, plus a step list
//! to jump anywhere that shows which steps are complete.

use leptos::prelude::*;

use crate::model::assessment::Assessment;
use crate::model::bank::bank;
use crate::model::flow::{steps, StepKind};
use crate::ui::route::Route;
use crate::ui::widgets::banners::SavedNote;

#[component]
pub fn Progress(
    /// The assessment being answered (tracked).
    #[prop(into)]
    assessment: Signal<Option<Assessment>>,
    /// The step shown, from 1.
    current: usize,
) -> impl IntoView {
    let all = steps();
    let count = all.len();
    let overall =
        move || assessment.with(|a| a.as_ref().map(|a| a.progress(bank())).unwrap_or((0, 0)));
    view! {
        <div class="progress">
            <p class="progress-line">
                <span>{format!("Step {current} of {count}")}</span>
                <SavedNote/>
                <span class="progress-count">{move || {
                    let (done, total) = overall();
                    format!("{done} of {total} answered")
                }}</span>
            </p>
            <progress max=move || overall().1.to_string() value=move || overall().0.to_string()
                aria-label="Statements answered"></progress>
        </div>
    }
}

#[component]
pub fn StepList(
    /// The assessment's id (for links).
    id: String,
    /// The assessment (tracked), to mark complete steps.
    #[prop(into)]
    assessment: Signal<Option<Assessment>>,
    /// The step shown, from 1.
    current: usize,
) -> impl IntoView {
    let items = steps()
        .into_iter()
        .enumerate()
        .map(|(i, kind)| {
            let n = i + 1;
            let href = Route::Step(id.clone(), n).to_hash();
            let complete = move || assessment.with(|a| a.as_ref().is_some_and(|a| kind.is_complete(a)));
            let count = move || {
                assessment.with(|a| match (a, kind) {
                    (Some(a), StepKind::Dimension(..)) => {
                        let (d, t) = kind.answered(a);
                        format!("{d}/{t}")
                    }
                    (Some(a), StepKind::WarningSigns) if !a.warning_signs.is_empty() => {
                        format!("{} ticked", a.warning_signs.len())
                    }
                    _ => String::new(),
                })
            };
            // Nothing to answer there (ticking none is an answer too): a step that is never
            // "complete", so its mark says optional rather than not done.
            let optional = kind == StepKind::WarningSigns;
            let first_of_context = match kind {
                StepKind::Dimension(c, d) => c.dimensions.first().is_some_and(|f| f.id == d.id).then_some(c.short),
                StepKind::WarningSigns => Some("Warning signs"),
            };
            view! {
                {first_of_context.map(|t| view! { <li class="step-group" aria-hidden="true">{t}</li> })}
                <li class:complete=complete class:optional=optional class:current=n == current>
                    <a href=href aria-current=(n == current).then_some("step")>
                        <span class="step-mark" aria-hidden="true"></span>
                        <span class="step-title">{kind.title()}</span>
                        <span class="step-count">{count}</span>
                        <span class="visually-hidden">{move || if complete() { " (complete)" } else if optional { " (optional)" } else { "" }}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    // Open beside the questions on wide screens; a compact toggle on phones.
    let wide = window()
        .match_media("(min-width: 60rem)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    view! {
        <details class="step-list" open=wide>
            <summary>"All steps"</summary>
            <nav aria-label="Steps">
                <ol>{items}</ol>
            </nav>
        </details>
    }
}
