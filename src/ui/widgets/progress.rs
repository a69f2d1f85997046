//! Where the person is in the flow: step, context and answered/total, plus a step list
//! to jump anywhere that shows which steps are complete.

use leptos::prelude::*;

use crate::model::flow::{steps, StepKind, StepMark};
use crate::ui::route::Route;
use crate::ui::widgets::banners::SavedNote;

#[component]
pub fn Progress(
    /// (answered, total) statements of the whole assessment.
    #[prop(into)]
    answered: Signal<(usize, usize)>,
    /// The step shown, from 1.
    current: usize,
) -> impl IntoView {
    let count = steps().len();
    view! {
        <div class="progress">
            <p class="progress-line">
                <span>{format!("Step {current} of {count}")}</span>
                <SavedNote/>
                <span class="progress-count">{move || {
                    let (done, total) = answered.get();
                    format!("{done} of {total} answered")
                }}</span>
            </p>
            <progress max=move || answered.get().1.to_string() value=move || answered.get().0.to_string()
                aria-label="Statements answered"></progress>
        </div>
    }
}

#[component]
pub fn StepList(
    /// The assessment's id (for links).
    id: String,
    /// Each step's mark, in step order (see [`crate::ui::parts`]: a step's line is updated
    /// only when its own mark changes).
    marks: Vec<ReadSignal<StepMark>>,
    /// The step shown, from 1.
    current: usize,
) -> impl IntoView {
    let items = steps()
        .into_iter()
        .zip(marks)
        .enumerate()
        .map(|(i, (kind, mark))| {
            let n = i + 1;
            let href = Route::Step(id.clone(), n).to_hash();
            let complete = move || mark.with(|m| m.complete);
            let count = move || mark.with(|m| m.count.clone());
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
