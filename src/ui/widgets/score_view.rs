//! Scores as a person reads them: the two contexts side by side, the two-context view,
//! and every dimension with its band and coverage. Bands are always written out, so
//! colour is never the only signal.

use leptos::prelude::*;

use crate::ui::classes;

use crate::model::advice::in_plan_note;
use crate::model::advice::Finding;
use crate::model::assessment::ActionItem;
use crate::model::bank::Action;
use crate::model::report::{context_band_beside, dimension_band_beside, dimension_band_words};
use crate::model::scoring::{format_optional, ContextScore, DimensionScore, Scores};

#[component]
pub fn ContextCards(
    /// The scores to show.
    scores: Scores,
    /// The two-context verdict's heading and explanation (see `advice::verdict_title`,
    /// `advice::verdict_explanation`).
    verdict: Option<(String, String)>,
    /// The actions that matter most from the verdict, each with its first step here.
    /// (action, its title here, its first step here).
    key_actions: Vec<(&'static Action, &'static str, &'static str)>,
    /// The plan, to say how each of them stands in it as it is edited below.
    #[prop(into)]
    plan: Signal<Vec<ActionItem>>,
) -> impl IntoView {
    let cards = scores
        .contexts
        .iter()
        .map(|c: &ContextScore| {
            view! {
                <section class=format!("context-card {}", classes::band(c.score))>
                    <h3>{c.context.title}</h3>
                    <p class="big-score">{format_optional(c.score)}<span class="out-of">" / 5"</span></p>
                    <p class="band-label">{context_band_beside(c)}</p>
                    <p class="coverage">{format!("{} of {} dimensions scored", c.scored(), c.dimensions.len())}</p>
                </section>
            }
        })
        .collect_view();
    // What matters most, under the verdict or under the reason there is none: a context
    // without a score still leaves the other's concerns to act on.
    let key = (!key_actions.is_empty()).then(|| {
        let items = key_actions
            .iter()
            .map(|(action, title, step)| {
                let id = action.id;
                view! {
                    <li>
                        <strong>{*title}</strong>" — "{*step}
                        <span class="in-plan">{move || plan.with(|p| in_plan_note(id, p))}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p class="advice-label">"What matters most from here:"</p>
            <ul class="key-actions">{items}</ul>
        }
    });
    let (view_box, no_view) = match (scores.view().zip(verdict), scores.no_view_reason()) {
        (Some((v, (heading, text))), _) => (
            Some(view! {
                <section class=format!("view-card {}", classes::view(v))>
                    <h3>{heading}</h3>
                    <p>{text}</p>
                    {key}
                </section>
            }),
            None,
        ),
        (None, reason) => (
            None,
            reason.map(|reason| {
                view! {
                    <div class="no-view">
                        <p>{reason}</p>
                        {key}
                    </div>
                }
            }),
        ),
    };
    view! {
        <div class="context-cards">{cards}</div>
        {view_box}
        {no_view}
    }
}

#[component]
pub fn DimensionTable(
    /// The scores whose dimensions are listed.
    scores: Scores,
    /// The findings, so a strength with one of its own says what holds it back.
    found: Vec<Finding>,
) -> impl IntoView {
    let groups = scores
        .contexts
        .iter()
        .map(|c| {
            let rows = c.dimensions.iter().map(|d| dimension_row(d, &found)).collect_view();
            view! {
                <tbody>
                    <tr class="group-row"><th colspan="3" scope="colgroup">{c.context.title}</th></tr>
                    {rows}
                </tbody>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="dimension-table">
                <caption>"Scores by dimension"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Dimension"</th>
                        <th scope="col">"Score"</th>
                        <th scope="col">"Band"</th>
                    </tr>
                </thead>
                {groups}
            </table>
        </div>
    }
}

/// The width, out of 100, of the bar of the lowest score.
const MIN_BAR: f64 = 4.0;

/// The band beside a dimension; a strength that is not the whole story ("Strength, with
/// a gap") is drawn outlined, so a glance down the column does not read it as plain green.
fn band_pill(d: &DimensionScore, found: &[Finding]) -> impl IntoView {
    let words = dimension_band_beside(d, found);
    let class = if words == dimension_band_words(d) {
        "band-pill"
    } else {
        "band-pill qualified"
    };
    view! { <span class=class>{words}</span> }
}

fn dimension_row(d: &DimensionScore, found: &[Finding]) -> impl IntoView {
    // The bar runs from the scale's 1 to its 5. A score of 1.0 still shows a stub, so it
    // never looks like the empty track of a dimension without a score.
    let width = d
        .score
        .map(|s| MIN_BAR + (s - 1.0) / 4.0 * (100.0 - MIN_BAR));
    view! {
        <tr class=classes::band(d.score)>
            <th scope="row">
                {d.dimension.title}
                <span class="coverage-note">{d.coverage()}</span>
            </th>
            <td class="num">
                <svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
                    <rect class="bar-track" width="100" height="8" rx="4"></rect>
                    {width.map(|w| view! {
                        <rect class="bar-fill" width=(w.round() as i64).to_string() height="8" rx="4"></rect>
                    })}
                </svg>
                {format_optional(d.score)}
            </td>
            <td>{band_pill(d, found)}</td>
        </tr>
    }
}
