//! One assessment against an earlier one: what improved, what declined, how the
//! two-context view moved, and which planned actions were done since.

use leptos::prelude::*;

use crate::ui::classes;

use crate::model::bank::{bank, ContextId};
use crate::model::compare::{
    change_rule, change_text, column_label, over_time, then_and_now, FACTS_CHANGED_LEAD, NO_PLANS,
    NO_SIGNS_EITHER,
};
use crate::model::exchange::{comparison_file_stem, comparison_markdown};
use crate::model::scoring::format_optional;
use crate::ui::route::Route;
use crate::ui::state::{today, AppState};
use crate::ui::widgets::chart::ContextMap;
use crate::ui::widgets::export_bar::FileType;

#[component]
pub fn CompareOverTime(
    /// The current assessment.
    id: String,
    /// The earlier assessment compared against.
    baseline: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (Some((now, _)), Some((then, _))) =
        untrack(|| (state.find_any(&id), state.find_any(&baseline)))
    else {
        return view! { <super::not_found::MissingAssessment/> }.into_any();
    };
    let change = over_time(bank(), &then, &now);
    let context_rows = change
        .contexts
        .iter()
        .map(|(c, b, a, t)| {
            let title = bank().context(*c).map_or("", |x| x.title);
            view! {
                <tr class=classes::trend(*t)>
                    <th scope="row">{title}</th>
                    <td class="num">{format_optional(*b)}</td>
                    <td class="num">{format_optional(*a)}</td>
                    <td class="change">{change_text(*b, *a)}" "<span class="trend-pill">{t.label()}</span></td>
                </tr>
            }
        })
        .collect_view();
    let groups = ContextId::ALL
        .iter()
        .map(|c| {
            let rows = change
                .dimensions
                .iter()
                .filter(|d| d.context == *c)
                .map(|d| {
                    let rests_on = d.rests_on_change().map(|t| view! { <span class="muted rests-on">{t}</span> });
                    view! {
                        <tr class=classes::trend(d.trend)>
                            <th scope="row">{d.dimension.title}{rests_on}</th>
                            <td class="num">{format_optional(d.before)}</td>
                            <td class="num">{format_optional(d.after)}</td>
                            <td class="change">{change_text(d.before, d.after)}" "<span class="trend-pill">{d.trend.label()}</span></td>
                        </tr>
                    }
                })
                .collect_view();
            let title = bank().context(*c).map_or("", |x| x.title);
            view! {
                <tbody>
                    <tr class="group-row"><th colspan="4" scope="colgroup">{title}</th></tr>
                    {rows}
                </tbody>
            }
        })
        .collect_view();
    let summary = change.summary();
    let movement = change.movement();
    let map = change.points.map(|((b0, w0), (b1, w1))| {
        view! {
            <ContextMap between=b1 within=w1 earlier=(b0, w0)
                stage=now.profile.stage earlier_stage=then.profile.stage/>
        }
    });
    // Both plans side by side: what moved, what is still planned, what was dropped.
    let then_date = then.profile.date.clone();
    let plan_view = if change.plan.is_empty() {
        view! { <p>{NO_PLANS}</p> }.into_any()
    } else {
        let rows = change
            .plan
            .iter()
            .map(|row| {
                let text = if row.text.trim().is_empty() {
                    "(no wording yet)".to_owned()
                } else {
                    row.text.clone()
                };
                // Under the action, not in columns of their own: the table fits 360 px.
                let owner_and_due = Some(row.owner_and_due())
                    .filter(|line| !line.is_empty())
                    .map(|line| view! { <span class="plan-owner">{line}</span> });
                view! {
                    <tr>
                        <th scope="row">{text}{owner_and_due}</th>
                        <td>{row.then.unwrap_or("not in that plan")}</td>
                        <td>{row.now.unwrap_or("not in this plan")}</td>
                    </tr>
                }
            })
            .collect_view();
        let done_line = change.plan_line(&then);
        view! {
            <p>{done_line}</p>
            <div class="table-wrap">
                <table class="dimension-table plan-then-now">
                    <thead><tr>
                        <th scope="col">"Action"</th>
                        <th scope="col">"Then"{(!then_date.is_empty()).then(|| view! { <span class="col-date">{then_date.clone()}</span> })}</th>
                        <th scope="col">"Now"</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    let facts_changed = change
        .facts_changed
        .iter()
        .map(|f| view! { <li>{f.sentence()}</li> })
        .collect::<Vec<_>>();
    let signs = change
        .signs
        .iter()
        .map(|c| view! { <li>{c.sentence()}</li> })
        .collect::<Vec<_>>();
    // Short column heads that fit a phone (the date under the word); the legend above the
    // tables and the screen-reader text say which assessment each column is.
    let head = |word: &'static str, a: &crate::model::assessment::Assessment| {
        let date = a.profile.date.clone();
        let full = format!(" ({})", column_label(a));
        view! {
            <th scope="col" class="num">
                {word}
                <span class="visually-hidden">{full}</span>
                // Seen, not read: the hidden text above already names it with its date.
                {(!date.is_empty()).then(|| view! { <span class="col-date" aria-hidden="true">{date}</span> })}
            </th>
        }
    };
    let legend = view! {
        <dl class="compare-legend">
            <dt>"Then"</dt><dd>{column_label(&then)}</dd>
            <dt>"Now"</dt><dd>{column_label(&now)}</dd>
        </dl>
    };
    // Each a banner: a warning for two partnerships or two organisations, else information.
    let notes = change
        .notes(&then, &now)
        .into_iter()
        .map(|(warn, text)| {
            // On paper too: without them the printed scores disagree, unexplained, with
            // each assessment's own report.
            let class = if warn {
                "banner banner-warn print-keep"
            } else {
                "banner banner-info print-keep"
            };
            view! { <p class=class>{text}</p> }
        })
        .collect_view();
    // On paper, whose comparison this is and when it was printed: a sheet handed round at a
    // meeting must say which partnership and organisation it describes.
    let printed_for = {
        let (t, n) = (&then.profile, &now.profile);
        let mut parts: Vec<String> = [
            ("Partnership", then_and_now(&t.partnership, &n.partnership)),
            (
                "Organisation",
                then_and_now(&t.organisation, &n.organisation),
            ),
        ]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(label, v)| format!("{label}: {v}"))
        .collect();
        parts.push(format!("printed {}", today()));
        parts.join(" · ")
    };
    // The comparison as text, to send to partners as well as print.
    let message = RwSignal::new(None::<String>);
    // Written when asked for, not with the page: most visits only read it.
    let download_markdown = {
        let (then, now) = (then.clone(), now.clone());
        move |_| {
            let body = comparison_markdown(bank(), &then, &now, &today());
            // Both in the name: one assessment compared with two others gave two files
            // of one name.
            let stem = comparison_file_stem(&now, &then);
            message.set(Some(match FileType::Markdown.download(&stem, &body) {
                Ok(name) => format!("Downloaded {name}."),
                Err(e) => e,
            }));
        }
    };
    view! {
        <section class="compare">
            <p class="print-only-block compare-for">{printed_for}</p>
            <p class="context-label">"Change over time"</p>
            <h1 tabindex="-1" class="page-heading">{format!("{} compared with {}", now.title(), then.title())}</h1>
            <p class="lead">{summary}</p>
            {legend}
            {notes}
            <div class="overview">
                <div>
                    <h2>"The two contexts"</h2>
                    <p>{movement}</p>
                    <div class="table-wrap">
                        <table class="dimension-table compare-table">
                            <thead><tr><th scope="col">"Context"</th>{head("Then", &then)}{head("Now", &now)}<th scope="col">"Change"</th></tr></thead>
                            <tbody>{context_rows}</tbody>
                        </table>
                    </div>
                </div>
                {map}
            </div>
            <h2>"By dimension"</h2>
            <div class="table-wrap">
                <table class="dimension-table compare-table">
                    <caption>{change_rule()}</caption>
                    <thead><tr><th scope="col">"Dimension"</th>{head("Then", &then)}{head("Now", &now)}<th scope="col">"Change"</th></tr></thead>
                    {groups}
                </table>
            </div>
            {(!facts_changed.is_empty()).then(|| view! {
                <p class="facts-lead">{FACTS_CHANGED_LEAD}</p>
                <ul class="facts-changed">{facts_changed}</ul>
            })}
            <h2>"Warning signs, then and now"</h2>
            {if signs.is_empty() {
                view! { <p>{NO_SIGNS_EITHER}</p> }.into_any()
            } else {
                view! { <ul class="signs-changed">{signs}</ul> }.into_any()
            }}
            <h2>"The action plan, then and now"</h2>
            {plan_view}
            <div class="form-actions">
                <a class="button" href=Route::Results(id.clone()).to_hash()>"Back to results"</a>
                <a class="button ghost" href=Route::Compare(baseline.clone(), id.clone()).to_hash()>"Swap then and now"</a>
                <button type="button" class="button" on:click=download_markdown>"Download Markdown"</button>
                <button type="button" class="button" on:click=|_| { let _ = window().print(); }>"Print or save as PDF"</button>
            </div>
            <p class="export-message" role="status">{move || message.get()}</p>
        </section>
    }
    .into_any()
}
