//! The partnership view for a facilitator: several representatives' exports side by side,
//! to see where partners agree and where they see buy-in differently.

use leptos::prelude::*;

use crate::model::assessment::Assessment;
use crate::model::bank::{bank, ContextId};
use crate::model::compare::{across_partners, PartnerView, DIVERGENCE_SPREAD};
use crate::model::exchange::{
    from_json, make_ids_unique, partnership_csv, partnership_markdown, to_json,
};
use crate::model::scoring::{format_optional, format_score, Band};
use crate::store::files::{download, read_text};
use crate::ui::state::{new_id, now, AppState};
use crate::ui::widgets::chart::coord;
use crate::ui::widgets::export_bar::APP_VERSION;

#[component]
pub fn Partnership() -> impl IntoView {
    let state = expect_context::<AppState>();
    let message = RwSignal::new(None::<(bool, String)>);
    let list = state.partnership;

    let add = move |incoming: Vec<Assessment>| {
        let mut incoming = incoming;
        let taken: Vec<String> = list.with_untracked(|l| l.iter().map(|a| a.id.clone()).collect());
        make_ids_unique(&mut incoming, &taken, new_id);
        let n = incoming.len();
        list.update(|l| l.extend(incoming));
        n
    };
    let on_files = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let files: Vec<web_sys::File> = input
            .files()
            .map(|fl| (0..fl.length()).filter_map(|i| fl.get(i)).collect())
            .unwrap_or_default();
        input.set_value("");
        message.set(None);
        leptos::task::spawn_local(async move {
            let mut added = 0;
            let mut problems = Vec::new();
            for file in files {
                let name = file.name();
                match read_text(file).await {
                    Err(e) => problems.push(format!("{name}: {e}")),
                    Ok(text) => match from_json(&text) {
                        Err(e) => problems.push(format!("{name}: {e}")),
                        Ok(list) => added += add(list),
                    },
                }
            }
            let mut text = format!(
                "Added {added} assessment{}.",
                if added == 1 { "" } else { "s" }
            );
            for p in &problems {
                text.push(' ');
                text.push_str(&format!("Not added: {p}"));
            }
            message.set(Some((problems.is_empty(), text)));
        });
    };
    let local_choice = RwSignal::new(String::new());
    let add_local = move |_| {
        let id = local_choice.get_untracked();
        if let Some(a) = state.get(&id) {
            add(vec![a]);
        }
    };
    let local_options = move || {
        state
            .assessments
            .get()
            .into_iter()
            .map(|a| view! { <option value=a.id.clone()>{a.title().to_owned()}</option> })
            .collect_view()
    };
    Effect::new(move |_| {
        if local_choice.get_untracked().is_empty() {
            if let Some(first) = state.assessments.with(|a| a.first().map(|a| a.id.clone())) {
                local_choice.set(first);
            }
        }
    });
    let view_data = Memo::new(move |_| list.with(|l| across_partners(bank(), l)));

    view! {
        <section class="partnership">
            <h1 tabindex="-1" class="page-heading">"Partnership view"</h1>
            <p class="lead">
                "Bring together the exported files of several partner representatives to see where partners agree and where they see buy-in differently. "
                "The files are read here in your browser and kept in this tab only."
            </p>
            <div class="hero-actions">
                <label class="button primary file-button">
                    "Add partner files"
                    <input type="file" multiple accept=".json,application/json" class="file-input" on:change=on_files/>
                </label>
                <Show when=move || state.assessments.with(|a| !a.is_empty())>
                    <span class="add-local">
                        <label for="local-pick">"or from this browser:"</label>
                        <select id="local-pick" on:change=move |ev| local_choice.set(event_target_value(&ev))>{local_options}</select>
                        <button type="button" class="button" on:click=add_local>"Add this assessment"</button>
                    </span>
                </Show>
                <p class="import-message" role="status">
                    {move || message.get().map(|(ok, text)| view! { <span class=if ok { "import-ok" } else { "import-error" }>{text}</span> })}
                </p>
            </div>
            <Show
                when=move || list.with(|l| !l.is_empty())
                fallback=|| view! { <p class="muted">"No partners added yet. Ask each representative for the JSON file from their results page."</p> }
            >
                {move || view! { <PartnerReport data=view_data.get()/> }}
                <PartnerList/>
                <PartnershipExports/>
            </Show>
        </section>
    }
}

/// Props:
/// - `data`: the partnership view to show.
#[component]
fn PartnerReport(data: PartnerView) -> impl IntoView {
    let divergent = data
        .divergent()
        .into_iter()
        .map(|r| {
            let detail = data
                .partners
                .iter()
                .zip(&r.scores)
                .map(|(p, s)| format!("{} {}", p.label, format_optional(*s)))
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <li class="finding severity-medium">
                    <h3>{format!("Partners see {} differently", r.dimension.title.to_lowercase())}</h3>
                    <p>{format!("Scores range over {} points: {detail}.", format_optional(r.spread))}</p>
                </li>
            }
        })
        .collect_view();
    let weakest = data.weakest_within().map(|p| {
        view! {
            <li class="finding severity-high">
                <h3>{format!("Buy-in inside {} is the weakest link", p.label)}</h3>
                <p>{format!(
                    "Their representative rates support within their own organisation at {}. Commitments made at the table may be hard for them to deliver.",
                    format_optional(p.within)
                )}</p>
            </li>
        }
    });
    let no_callouts = data.divergent().is_empty() && data.weakest_within().is_none();
    let partner_rows = data
        .partners
        .iter()
        .map(|p| {
            view! {
                <tr>
                    <th scope="row">{p.label.clone()}</th>
                    <td class=format!("num band-{}", Band::class_of(p.between))>{format_optional(p.between)}</td>
                    <td class=format!("num band-{}", Band::class_of(p.within))>{format_optional(p.within)}</td>
                </tr>
            }
        })
        .collect_view();
    let not_compared: usize = data.partners.iter().map(|p| p.not_compared).sum();
    view! {
        <h2>"Where partners see it differently"</h2>
        {if no_callouts {
            view! { <p>{format!("No dimension differs by {} points or more, and every partner's own organisation stands behind the work.", format_score(DIVERGENCE_SPREAD))}</p> }.into_any()
        } else {
            view! { <ul class="findings">{weakest}{divergent}</ul> }.into_any()
        }}
        {(not_compared > 0).then(|| view! {
            <p class="banner banner-info">{format!("{not_compared} answers belong to statements this version does not have; they are left out of the comparison.")}</p>
        })}
        <h2>"The two contexts, partner by partner"</h2>
        <p>{format!("Between partners, all partners together: {}.", format_optional(data.between))}</p>
        <div class="table-wrap">
            <table class="dimension-table">
                <thead><tr><th scope="col">"Partner"</th><th scope="col">"Between partners"</th><th scope="col">"Within own organisation"</th></tr></thead>
                <tbody>{partner_rows}</tbody>
            </table>
        </div>
        <h2>"By dimension"</h2>
        <HeatMap data=data.clone()/>
        <PartnerTable data=data/>
    }
}

/// Props:
/// - `data`: the partnership view whose dimensions are drawn.
#[component]
fn HeatMap(data: PartnerView) -> impl IntoView {
    const LABEL_W: f64 = 230.0;
    const CELL_W: f64 = 100.0;
    const CELL_H: f64 = 26.0;
    const TOP: f64 = 40.0;
    let n = data.partners.len() as f64;
    let width = LABEL_W + CELL_W * (n + 1.0) + 10.0;
    let height = TOP + CELL_H * data.rows.len() as f64 + 10.0;
    let heads = data
        .partners
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut short: String = p.label.chars().take(12).collect();
            if p.label.chars().count() > 12 {
                short.push('…');
            }
            view! { <text class="heat-head" x=coord(LABEL_W + CELL_W * (i as f64 + 0.5)) y=coord(TOP - 10.0) text-anchor="middle">{short}</text> }
        })
        .collect_view();
    let cells = data
        .rows
        .iter()
        .enumerate()
        .map(|(r, row)| {
            let y = TOP + CELL_H * r as f64;
            let boxes = row
                .scores
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let x = LABEL_W + CELL_W * i as f64;
                    view! {
                        <rect class=format!("heat-cell band-{}", Band::class_of(*s)) x=coord(x + 2.0) y=coord(y + 2.0) width=coord(CELL_W - 4.0) height=coord(CELL_H - 4.0) rx="3"></rect>
                        <text class="heat-value" x=coord(x + CELL_W / 2.0) y=coord(y + 18.0) text-anchor="middle">{format_optional(*s)}</text>
                    }
                })
                .collect_view();
            let spread_x = LABEL_W + CELL_W * n;
            view! {
                <text class="heat-label" x="0" y=coord(y + 18.0)>{row.dimension.title}</text>
                {boxes}
                <text class=if row.divergent() { "heat-spread divergent" } else { "heat-spread" } x=coord(spread_x + CELL_W / 2.0) y=coord(y + 18.0) text-anchor="middle">
                    {row.spread.map(format_score).unwrap_or_default()}
                </text>
            }
        })
        .collect_view();
    let label = format!(
        "Heat map of {} dimensions for {} partners; the same figures are in the table below.",
        data.rows.len(),
        data.partners.len()
    );
    view! {
        <figure class="chart-figure">
            <svg class="heat-map" viewBox=format!("0 0 {} {}", coord(width), coord(height)) role="img" aria-label=label>
                {heads}
                <text class="heat-head" x=coord(LABEL_W + CELL_W * (n + 0.5)) y=coord(TOP - 10.0) text-anchor="middle">"spread"</text>
                {cells}
            </svg>
            <figcaption>{format!(
                "Colours follow the bands (strength, worth discussing, concern). Spread is the highest minus the lowest partner's score, in bold where it is {} or more.",
                format_score(DIVERGENCE_SPREAD)
            )}</figcaption>
        </figure>
    }
}

/// Props:
/// - `data`: the partnership view listed as a table.
#[component]
fn PartnerTable(data: PartnerView) -> impl IntoView {
    let heads = data
        .partners
        .iter()
        .map(|p| view! { <th scope="col">{p.label.clone()}</th> })
        .collect_view();
    let groups = ContextId::ALL
        .iter()
        .map(|c| {
            let rows = data
                .rows
                .iter()
                .filter(|r| r.context == *c)
                .map(|r| {
                    let cells = r
                        .scores
                        .iter()
                        .map(|s| view! { <td class=format!("num band-{}", Band::class_of(*s))>{format_optional(*s)}</td> })
                        .collect_view();
                    view! {
                        <tr class:divergent=r.divergent()>
                            <th scope="row">{r.dimension.title}</th>
                            {cells}
                            <td class="num">{format_optional(r.mean)}</td>
                            <td class="num">{format_optional(r.spread)}{r.divergent().then_some(" (differ)")}</td>
                        </tr>
                    }
                })
                .collect_view();
            let span = data.partners.len() + 3;
            let title = bank().context(*c).map_or("", |x| x.title);
            view! {
                <tbody>
                    <tr class="group-row"><th colspan=span scope="colgroup">{title}</th></tr>
                    {rows}
                </tbody>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="dimension-table partner-table">
                <caption>"Scores by dimension and partner, with the mean and the spread (highest minus lowest)"</caption>
                <thead><tr><th scope="col">"Dimension"</th>{heads}<th scope="col">"Mean"</th><th scope="col">"Spread"</th></tr></thead>
                {groups}
            </table>
        </div>
    }
}

/// The partners added so far, each removable.
#[component]
fn PartnerList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let list = state.partnership;
    view! {
        <h2>"Partners in this view"</h2>
        <ul class="partner-list">
            {move || list.get().into_iter().map(|a| {
                let id = a.id.clone();
                let org = a.profile.organisation.clone();
                view! {
                    <li>
                        <span>{a.title().to_owned()}{(!org.is_empty()).then(|| format!(" — {org}"))}</span>
                        <button type="button" class="link-button" on:click=move |_| list.update(|l| l.retain(|x| x.id != id))>
                            "Remove"<span class="visually-hidden">{format!(" {}", a.title())}</span>
                        </button>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// Exports of the partnership view, like those of a single result.
#[component]
fn PartnershipExports() -> impl IntoView {
    let state = expect_context::<AppState>();
    let message = RwSignal::new(None::<String>);
    let save = move |kind: &'static str| {
        move |_| {
            let list = state.partnership.get_untracked();
            let view = across_partners(bank(), &list);
            let (name, mime, body) = match kind {
                "json" => (
                    "buy-in-check-partnership.json",
                    "application/json",
                    to_json(&list, APP_VERSION, now()),
                ),
                "csv" => (
                    "buy-in-check-partnership.csv",
                    "text/csv;charset=utf-8",
                    format!("\u{feff}{}", partnership_csv(&view)),
                ),
                _ => (
                    "buy-in-check-partnership.md",
                    "text/markdown;charset=utf-8",
                    partnership_markdown(&view),
                ),
            };
            message.set(Some(match download(name, mime, &body) {
                Ok(()) => format!("Downloaded {name}."),
                Err(e) => e.to_string(),
            }));
        }
    };
    view! {
        <section class="exports" aria-labelledby="p-export-heading">
            <h2 id="p-export-heading">"Export the partnership view"</h2>
            <div class="export-buttons">
                <button type="button" class="button" on:click=save("json")>"Download JSON"</button>
                <button type="button" class="button" on:click=save("csv")>"Download CSV"</button>
                <button type="button" class="button" on:click=save("md")>"Download Markdown"</button>
                <button type="button" class="button" on:click=|_| { let _ = window().print(); }>"Print or save as PDF"</button>
            </div>
            <p class="export-message" role="status">{move || message.get()}</p>
        </section>
    }
}
