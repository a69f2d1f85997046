//! "Compare with an earlier assessment": the picker on the results page.

use leptos::prelude::*;

use crate::model::compare::baselines;
use crate::ui::route::Route;
use crate::ui::state::AppState;

#[component]
pub fn BaselinePicker(
    /// The assessment whose results are shown: the "now" of the comparison.
    id: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let others = untrack(|| {
        state.assessments.with(|all| {
            all.iter()
                .find(|a| a.id == id)
                .map(|current| baselines(current, all))
                .unwrap_or_default()
        })
    });
    let chosen = RwSignal::new(others.first().map(|o| o.id.clone()).unwrap_or_default());
    let has_others = !others.is_empty();
    let options = others
        .into_iter()
        .map(|b| view! { <option value=b.id>{b.label}</option> })
        .collect_view();
    let href = move || Route::Compare(id.clone(), chosen.get()).to_hash();
    view! {
        <section class="baseline" aria-labelledby="baseline-heading">
            <h2 id="baseline-heading">"Compare with an earlier assessment"</h2>
            {if has_others {
                view! {
                    <div class="baseline-row">
                        <label for="baseline-select">"Compare with"</label>
                        <select id="baseline-select" on:change=move |ev| chosen.set(event_target_value(&ev))>{options}</select>
                        <a class="button" href=href>"Compare"</a>
                    </div>
                }.into_any()
            } else {
                view! { <p>"To see change over time, duplicate this assessment when you re-assess, or import an earlier export on the home page."</p> }.into_any()
            }}
        </section>
    }
}
