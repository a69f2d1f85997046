//! One assessment against an earlier one: what improved, what declined, how the
//! two-context view moved, and which planned actions were done since.

use leptos::prelude::*;

use crate::ui::classes;

use crate::model::bank::{bank, ContextId};
use crate::model::compare::{over_time, Trend, CHANGE_THRESHOLD};
use crate::model::scoring::{format_optional, format_score, shown_change};
use crate::ui::route::Route;
use crate::ui::state::{today, AppState};
use crate::ui::widgets::chart::ContextMap;

fn delta_text(before: Option<f64>, after: Option<f64>) -> String {
    match (before, after) {
        (Some(b), Some(a)) => {
            // The difference of the two values as shown, so the row always adds up.
            let d = shown_change(b, a);
            let sign = if d > 0.0 {
                "+"
            } else if d < 0.0 {
                "−"
            } else {
                ""
            };
            format!("{sign}{}", format_score(d.abs()))
        }
        _ => "–".to_owned(),
    }
}

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
                    <td class="change">{delta_text(*b, *a)}" "<span class="trend-pill">{t.label()}</span></td>
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
                            <td class="change">{delta_text(d.before, d.after)}" "<span class="trend-pill">{d.trend.label()}</span></td>
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
    let count = |t: Trend| change.dimensions.iter().filter(|d| d.trend == t).count();
    let nudged = count(Trend::NudgedUp) + count(Trend::NudgedDown);
    let summary = format!(
        "{} improved, {} declined, {} with little change{}{}.",
        count(Trend::Improved),
        count(Trend::Declined),
        count(Trend::Unchanged),
        match nudged {
            0 => String::new(),
            1 => ", 1 moved slightly across a band line".to_owned(),
            n => format!(", {n} moved slightly across a band line"),
        },
        match count(Trend::NotComparable) {
            0 => String::new(),
            n => format!(", {n} without enough answers to compare"),
        }
    );
    let movement = match (change.view_before, change.view_after) {
        (Some(b), Some(a)) if b == a => format!("Still “{}”.", a.title()),
        (Some(b), Some(a)) => format!("From “{}” to “{}”.", b.title(), a.title()),
        _ => "One of the two has too few answers to place on the two-context view.".to_owned(),
    };
    let map = change
        .points
        .map(|((b0, w0), (b1, w1))| view! { <ContextMap between=b1 within=w1 earlier=(b0, w0)/> });
    // Both plans side by side: what moved, what is still planned, what was dropped.
    let then_date = then.profile.date.clone();
    let plan_view = if change.plan.is_empty() {
        view! { <p>"Neither assessment has an action plan yet."</p> }.into_any()
    } else {
        let done = change.done_since.len();
        let rows = change
            .plan
            .iter()
            .map(|row| {
                let text = if row.text.trim().is_empty() {
                    "(no wording yet)".to_owned()
                } else {
                    row.text.clone()
                };
                view! {
                    <tr>
                        <th scope="row">{text}</th>
                        <td>{row.then.unwrap_or("not in that plan")}</td>
                        <td>{row.now.unwrap_or("not in this plan")}</td>
                    </tr>
                }
            })
            .collect_view();
        // Without an earlier plan nothing was "marked done since": every item is new.
        let no_earlier_plan = then.actions.is_empty();
        let done_line = match done {
            _ if no_earlier_plan => format!(
                "The earlier assessment had no action plan. Of this one's {}, {} done.",
                crate::ui::dom::count(change.plan.len(), "item", "items"),
                if done == 1 {
                    "1 is".to_owned()
                } else {
                    format!("{done} are")
                }
            ),
            0 => "No action-plan item was marked done since the earlier assessment.".to_owned(),
            1 => "1 item was marked done since the earlier assessment.".to_owned(),
            n => format!("{n} items were marked done since the earlier assessment."),
        };
        view! {
            <p>{done_line}</p>
            <div class="table-wrap">
                <table class="dimension-table plan-then-now">
                    <thead><tr>
                        <th scope="col">"Action"</th>
                        <th scope="col">"Then"{(!then_date.is_empty()).then(|| view! { <span class="col-date">{format!("({then_date})")}</span> })}</th>
                        <th scope="col">"Now"</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    let not_compared = change.not_compared;
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
    // Each column says which assessment it is and when; a "then" that is later than "now"
    // is named, since every change would then read backwards.
    let when = |a: &crate::model::assessment::Assessment| {
        if a.profile.date.is_empty() || a.title().contains(&a.profile.date) {
            String::new()
        } else {
            format!(", {}", a.profile.date)
        }
    };
    // Short column heads that fit a phone (the date under the word); the legend above the
    // tables and the screen-reader text say which assessment each column is.
    let head = |word: &'static str, a: &crate::model::assessment::Assessment| {
        let date = a.profile.date.clone();
        let full = format!(" ({}{})", a.title(), when(a));
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
            <dt>"Then"</dt><dd>{format!("{}{}", then.title(), when(&then))}</dd>
            <dt>"Now"</dt><dd>{format!("{}{}", now.title(), when(&now))}</dd>
        </dl>
    };
    let other_partnership = (!crate::model::compare::same_partnership(&then, &now)).then(|| {
        let name = |p: &str| {
            if p.trim().is_empty() {
                "no partnership named".to_owned()
            } else {
                format!("“{}”", p.trim())
            }
        };
        format!(
            "These two assessments are about different partnerships ({} then, {} now), so the \
             changes below show how they differ, not how one partnership has moved.",
            name(&then.profile.partnership),
            name(&now.profile.partnership)
        )
    });
    let backwards = !then.profile.date.is_empty()
        && !now.profile.date.is_empty()
        && then.profile.date > now.profile.date;
    let earlier_bank = change.earlier_bank.map(|(version, added)| {
        let started = match (then.upgraded_from, now.upgraded_from) {
            (Some(a), Some(b)) if a != b => format!(
                "These assessments were started on versions {} and {} of the questions",
                a.min(b),
                a.max(b)
            ),
            (Some(_), Some(_)) => {
                format!("Both assessments were started on version {version} of the questions")
            }
            _ => format!(
                "One of these assessments was started on version {version} of the questions"
            ),
        };
        format!(
            "{started}. Both are scored here on the statements version {version} shares with \
             today's: the {added} added or reworked since are left out on both sides, and those \
             no longer asked are not scored. So the scores here can differ from those on each \
             assessment's own results page; a dimension compared on fewer statements says so."
        )
    });
    // On paper, whose comparison this is and when it was printed: a sheet handed round at a
    // meeting must say which partnership and organisation it describes.
    let printed_for = {
        let p = &now.profile;
        let mut parts: Vec<String> = [
            ("Partnership", &p.partnership),
            ("Organisation", &p.organisation),
        ]
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(label, v)| format!("{label}: {}", v.trim()))
        .collect();
        parts.push(format!("printed {}", today()));
        parts.join(" · ")
    };
    view! {
        <section class="compare">
            <p class="print-only-block compare-for">{printed_for}</p>
            <p class="context-label">"Change over time"</p>
            <h1 tabindex="-1" class="page-heading">{format!("{} compared with {}", now.title(), then.title())}</h1>
            <p class="lead">{summary}</p>
            {legend}
            {(not_compared > 0).then(|| view! {
                <p class="banner banner-info">{format!(
                    "{not_compared} answer{} belong to statements this version does not have, so they could not be compared.",
                    if not_compared == 1 { "" } else { "s" }
                )}</p>
            })}
            {earlier_bank.map(|t| view! { <p class="banner banner-info">{t}</p> })}
            {other_partnership.map(|t| view! { <p class="banner banner-warn">{t}</p> })}
            {backwards.then(|| view! {
                <p class="banner banner-info">{format!(
                    "The assessment compared against ({}) is dated after this one ({}), so an improvement here means things were better earlier. Open the comparison from the later assessment's results to read it forwards.",
                    then.profile.date, now.profile.date
                )}</p>
            })}
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
                    <caption>{format!("A change smaller than {} points counts as little change, unless it crosses a band line (then “Slightly up, new band” or “Slightly down, new band”).", format_score(CHANGE_THRESHOLD))}</caption>
                    <thead><tr><th scope="col">"Dimension"</th>{head("Then", &then)}{head("Now", &now)}<th scope="col">"Change"</th></tr></thead>
                    {groups}
                </table>
            </div>
            {(!facts_changed.is_empty()).then(|| view! {
                <p>"Yes/no answers that changed. A Yes counts as 5 and a No as 1, so one of these can move its dimension a long way on its own:"</p>
                <ul class="facts-changed">{facts_changed}</ul>
            })}
            <h2>"Warning signs, then and now"</h2>
            {if signs.is_empty() {
                view! { <p>"No warning signs were ticked, then or now."</p> }.into_any()
            } else {
                view! { <ul class="signs-changed">{signs}</ul> }.into_any()
            }}
            <h2>"The action plan, then and now"</h2>
            {plan_view}
            <div class="form-actions">
                <a class="button" href=Route::Results(id.clone()).to_hash()>"Back to results"</a>
                <a class="button ghost" href=Route::Compare(baseline.clone(), id.clone()).to_hash()>"Swap then and now"</a>
                <button type="button" class="button" on:click=|_| { let _ = window().print(); }>"Print or save as PDF"</button>
            </div>
        </section>
    }
    .into_any()
}
