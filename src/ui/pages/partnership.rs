//! The partnership view for a facilitator: several representatives' exports side by side,
//! to see where partners agree and where they see buy-in differently.

use leptos::prelude::*;

use crate::ui::widgets::export_bar::FileType;

use crate::ui::classes;

use crate::model::assessment::Assessment;
use crate::model::bank::{bank, ContextId};
use crate::model::compare::{across_partners, partnership_names, PartnerView, DIVERGENCE_SPREAD};
use crate::model::exchange::{from_json, partnership_csv, partnership_markdown, to_json};
use crate::model::report::APP_VERSION;
use crate::model::scoring::{format_optional, format_score};
use crate::model::workshop::{
    add_to_view, anonymise_assessment, anonymous_label, as_under, callouts, guide, no_score_key,
    nothing_stands_out, ranking_rule, ranking_summary, room_line, seen_by_line, Added, Callout,
    GuideTopic, FACILITATOR_PAGE, NO_SIGNS, SHOWN_CALLOUTS, SIGNS_HEADING, SIGNS_LEAD, SPREAD_KEY,
};
use crate::store::files::read_text;
use crate::ui::state::{new_id, now, today, AppState};
use crate::ui::widgets::chart::coord;

#[component]
pub fn Partnership() -> impl IntoView {
    let state = expect_context::<AppState>();
    let message = RwSignal::new(None::<(bool, String)>);
    let list = state.partnership;

    let anonymous = state.partnership_anonymous;
    // Adds what is new; the same assessment again only when it changed since (see
    // `add_to_view`).
    let add = move |incoming: Vec<Assessment>| -> Added {
        let mut added = Added::default();
        list.update(|l| added = add_to_view(l, incoming, new_id));
        added
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
            let mut added = Added::default();
            let mut problems = Vec::new();
            let several = files.len() > 1;
            for (n, file) in files.into_iter().enumerate() {
                // An anonymous view names no file (its name may name a partner), but says
                // which one of several it was.
                let name = match (anonymous.get_untracked(), several) {
                    (false, _) => format!("{}: ", file.name()),
                    (true, true) => format!("file {}: ", n + 1),
                    (true, false) => String::new(),
                };
                match read_text(file).await {
                    Err(e) => problems.push(format!("{name}{e}")),
                    Ok(text) => match from_json(&text) {
                        Err(e) => problems.push(format!("{name}{e}")),
                        Ok(list) => added.extend(add(list)),
                    },
                }
            }
            // In an anonymous workshop, messages name nobody either. Nothing added from
            // files that all failed: the reasons alone.
            let mut text = if added == Added::default() && !problems.is_empty() {
                String::new()
            } else {
                added.sentence(anonymous.get_untracked())
            };
            for p in &problems {
                if !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(&format!("Not added: {p}"));
            }
            message.set(Some((problems.is_empty(), text)));
        });
    };
    let local_choice = RwSignal::new(String::new());
    let add_local = move |_| {
        let id = local_choice.get_untracked();
        if let Some(a) = state.get(&id) {
            let added = add(vec![a]);
            if added.added == 0 {
                message.set(Some((true, added.sentence(anonymous.get_untracked()))));
            }
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
    // A message about files added belongs to the view it was about: it goes when a
    // partner is removed (it may name them) or the view is cleared.
    Effect::new(move |before: Option<usize>| {
        let now = list.with(Vec::len);
        if before.is_some_and(|b| now < b) {
            message.set(None);
        }
        now
    });
    let view_data = Memo::new(move |_| {
        let view = list.with(|l| across_partners(bank(), l));
        if anonymous.get() {
            view.anonymised()
        } else {
            view
        }
    });

    view! {
        <section class="partnership">
            <h1 tabindex="-1" class="page-heading">"Partnership view"</h1>
            <p class="lead">
                "Bring together the exported files of several partner representatives to see where partners agree and where they see buy-in differently. "
                {move || if state.open_workshop.with(Option::is_some) {
                    "The files are read here in your browser and saved in it as a workshop."
                } else {
                    "The files are read here in your browser and kept in this tab only, unless you save the view."
                }}
            </p>
            <Show when=move || state.open_workshop.with(Option::is_none) && list.with(|l| !l.is_empty())>
                <p class="banner banner-info not-saved">
                    "Not saved yet: these partners are kept in this tab only, and a reload clears them. "
                    // An in-page jump, not a route: the address "#keep-heading" is no page
                    // of the app and would open the welcome in place of these partners.
                    <a href="#keep-heading" on:click=|ev| {
                        ev.prevent_default();
                        crate::ui::dom::focus("#keep-heading");
                    }>"Keep this view"</a>
                </p>
            </Show>
            <div class="hero-actions">
                <label class="button primary file-button">
                    <span aria-hidden="true">"Add partner files"</span>
                    <input type="file" multiple aria-label="Add partner files" accept=".json,application/json" class="file-input" on:change=on_files/>
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
                <label class="check anonymous-switch">
                    <input type="checkbox" prop:checked=move || anonymous.get()
                        on:change=move |ev| anonymous.set(event_target_checked(&ev))/>
                    <span>"Show partners as “Partner A, B, C” on screen and in every export, for a workshop where names would stop honest answers"</span>
                </label>
                {move || view! { <PartnerReport data=view_data.get()/> }}
                <PartnerList/>
                <KeepWorkshop/>
                <PartnershipExports/>
            </Show>
            <SavedWorkshops/>
        </section>
    }
}

#[component]
fn PartnerReport(
    /// The partnership view to show (already anonymised when that is switched on).
    data: PartnerView,
) -> impl IntoView {
    let found = callouts(&data);
    let callout_item = |c: &Callout| {
        view! {
            <li class=classes::callout(c.kind)>
                <p class="severity">{c.kind.label()}</p>
                <h3>{c.title.clone()}</h3>
                <p>{c.detail.clone()}</p>
                <p class="ranked-by">{format!("Ranked by: {}.", c.ranked_by)}</p>
            </li>
        }
    };
    let shown = found
        .iter()
        .take(SHOWN_CALLOUTS)
        .map(callout_item)
        .collect_view();
    let rest = (found.len() > SHOWN_CALLOUTS).then(|| {
        let n = found.len() - SHOWN_CALLOUTS;
        let items = found
            .iter()
            .skip(SHOWN_CALLOUTS)
            .map(callout_item)
            .collect_view();
        // Paper cannot open a disclosure: a print-only copy of the list, under a heading.
        let printed = found
            .iter()
            .skip(SHOWN_CALLOUTS)
            .map(callout_item)
            .collect_view();
        view! {
            <details class="more-callouts">
                <summary>{format!("{n} more worth a look")}</summary>
                <ol class="findings" start=(SHOWN_CALLOUTS + 1).to_string()>{items}</ol>
            </details>
            <div class="print-only-block">
                <h3>"Also worth a look"</h3>
                <ol class="findings callouts" start=(SHOWN_CALLOUTS + 1).to_string()>{printed}</ol>
            </div>
        }
    });
    let topics = guide(bank(), &found, data.shared_stage(), &data.facts_known());
    let stage_note = data.stage_note(!topics.is_empty());
    // The page (and its print) carries cards about one partner's own house: said where the
    // cards start, with what to hand round instead.
    let private = found.iter().any(|c| c.kind.for_facilitator()).then(|| {
        if topics.is_empty() {
            FACILITATOR_PAGE.to_owned()
        } else {
            format!("{FACILITATOR_PAGE} To hand round, use the guide alone (its “Print the guide” button prints it), not this page.")
        }
    });
    let partner_rows = data
        .partners
        .iter()
        .map(|p| {
            view! {
                <tr>
                    <th scope="row">{p.label.clone()}</th>
                    <td class=format!("num {}", classes::band(p.between))>{format_optional(p.between)}</td>
                    <td class=format!("num {}", classes::band(p.within))>{format_optional(p.within)}</td>
                    <td class="num">{format!("{} of {}", p.dont_know, p.asked)}</td>
                </tr>
            }
        })
        .collect_view();
    let partnership_note = data.partnership_note();
    let organisation_note = data.shared_organisation_note();
    // Which partnership this is, on screen and on paper (one name; several get the note).
    let named = match data.partnership.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    };
    let partners = data.partners.len();
    view! {
        {named.map(|name| view! { <p class="partnership-name"><strong>"Partnership: "</strong>{name}</p> })}
        {partnership_note.map(|note| view! { <p class="banner banner-warn print-keep partnership-note">{note}</p> })}
        {organisation_note.map(|note| view! { <p class="banner banner-info print-keep organisation-note">{note}</p> })}
        {data.unscored_note().map(|note| view! { <p class="banner banner-warn print-keep unscored-note">{note}</p> })}
        {data.unknowns_note().map(|note| view! { <p class="banner banner-info print-keep unknowns-note">{note}</p> })}
        {data.earlier_questions_note().map(|note| view! { <p class="banner banner-info print-keep earlier-questions-note">{note}</p> })}
        <h2>"What stands out"</h2>
        {stage_note.map(|note| view! { <p class="banner banner-info print-keep stage-note">{note}</p> })}
        // The order in a sentence; its arithmetic for whoever wants it, folded away so
        // that the callouts come right after the heading. Neither when there is no list.
        {(!found.is_empty()).then(|| view! {
            <p class="muted ranking-summary">{ranking_summary(&found)}</p>
            <details class="how ranking-rule">
                <summary>"How the order is worked out"</summary>
                <p class="muted">{ranking_rule()}</p>
            </details>
        })}
        {private.map(|note| view! { <p class="banner banner-info print-keep facilitator-note">{note}</p> })}
        {if found.is_empty() {
            view! { <p class="nothing-stands-out">{nothing_stands_out(partners)}</p> }.into_any()
        } else {
            view! { <ol class="findings callouts">{shown}</ol> }.into_any()
        }}
        {rest}
        {(!topics.is_empty()).then(|| view! { <Guide topics=topics/> })}
        <h2>{SIGNS_HEADING}</h2>
        {if data.signs.is_empty() {
            view! { <p>{NO_SIGNS}</p> }.into_any()
        } else {
            let items = data
                .signs
                .iter()
                .map(|s| view! {
                    <li><strong>{s.sign.text.trim_end_matches('.')}</strong>" — "{format!("{}.", seen_by_line(&data, s))}</li>
                })
                .collect_view();
            view! {
                <p>{SIGNS_LEAD}</p>
                <ul class="signs-seen">{items}</ul>
            }
            .into_any()
        }}
        <h2>"The two contexts, partner by partner"</h2>
        <p>{format!("Between partners, all partners together: {}.", data.between_together())}</p>
        <div class="table-wrap">
            <table class="dimension-table partner-contexts">
                <thead><tr><th scope="col">"Partner"</th><th scope="col">"Between partners"</th><th scope="col">"Within own organ\u{AD}isation"</th><th scope="col">"Don't know"</th></tr></thead>
                <tbody>{partner_rows}</tbody>
            </table>
        </div>
        <p class="muted no-score-key">{no_score_key()}</p>
        <h2>"By dimension"</h2>
        <HeatMap data=data.clone()/>
        <PartnerTable data=data/>
    }
}

/// The conversation guide for the partners' meeting, printable on its own.
#[component]
fn Guide(
    /// The guide's topics, most important first.
    topics: Vec<GuideTopic>,
) -> impl IntoView {
    let items = topics
        .into_iter()
        .map(|t| {
            let questions = t
                .questions
                .iter()
                .map(|q| view! { <li>{*q}</li> })
                .collect_view();
            let actions = t
                .actions
                .iter()
                .map(|(title, step)| view! { <li><strong>{*title}</strong>" — "{*step}</li> })
                .collect_view();
            view! {
                <li class="guide-topic">
                    <h3>{t.title}</h3>
                    <p class="advice-label">"Questions to ask"</p>
                    <ul>{questions}</ul>
                    <p><strong>"Who should be in the room: "</strong>{room_line(t.in_the_room)}"."</p>
                    <p class="advice-label">"Actions that fit"</p>
                    {match t.actions_as_under {
                        Some(n) => view! { <p class="as-under">{as_under(n)}</p> }.into_any(),
                        None => view! { <ul>{actions}</ul> }.into_any(),
                    }}
                </li>
            }
        })
        .collect_view();
    let print_guide = |_| {
        // Print only the guide: a class on <body> that the print styles read, removed
        // again once the print dialog closes.
        let body = document().body();
        if let Some(b) = &body {
            let _ = b.class_list().add_1("printing-guide");
        }
        let _ = window().print();
        if let Some(b) = &body {
            let _ = b.class_list().remove_1("printing-guide");
        }
    };
    // Who the printed guide is for: the workshop, the partnership and the date.
    let state = expect_context::<AppState>();
    let printed_for = move || {
        let workshop = state.open_workshop.get().map(|(_, n)| n);
        // One name when the files agree; the first of several would name the odd one out.
        let partnership = state
            .partnership
            .with(|l| match partnership_names(l).as_slice() {
                [] => None,
                [one] => Some(one.clone()),
                several => Some(format!("{} partnerships", several.len())),
            });
        let mut parts: Vec<String> = workshop.into_iter().chain(partnership).collect();
        parts.push(format!("printed {}", today()));
        parts.join(" · ")
    };
    view! {
        <section class="guide" aria-labelledby="guide-heading">
            <p class="print-only-block guide-for">{printed_for}</p>
            <h2 id="guide-heading">"Conversation guide for the partners' meeting"</h2>
            <p class="guide-intro">"For each point that stands out: open questions to ask, who should be in the room, and actions from this tool that fit."</p>
            <ol class="guide-topics">{items}</ol>
            <button type="button" class="button" on:click=print_guide>"Print the guide"</button>
        </section>
    }
}

#[component]
fn HeatMap(
    /// The partnership view whose dimensions are drawn.
    data: PartnerView,
) -> impl IntoView {
    const LABEL_W: f64 = 230.0;
    const CELL_W: f64 = 100.0;
    const CELL_H: f64 = 26.0;
    const TOP: f64 = 40.0;
    let n = data.partners.len() as f64;
    let width = LABEL_W + CELL_W * (n + 1.0) + 10.0;
    let height = TOP + CELL_H * data.rows.len() as f64 + 10.0;
    // Columns carry a short key (1, 2, 3 …) and a legend under the map gives the full names,
    // so long organisation names are never cut short.
    let heads = (0..data.partners.len())
        .map(|i| {
            view! { <text class="heat-head" x=coord(LABEL_W + CELL_W * (i as f64 + 0.5)) y=coord(TOP - 10.0) text-anchor="middle">{(i + 1).to_string()}</text> }
        })
        .collect_view();
    let legend = data
        .partners
        .iter()
        .enumerate()
        .map(|(i, p)| view! { <li><strong>{(i + 1).to_string()}</strong>" "{p.label.clone()}</li> })
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
                        <rect class=format!("heat-cell {}", classes::band(*s)) x=coord(x + 2.0) y=coord(y + 2.0) width=coord(CELL_W - 4.0) height=coord(CELL_H - 4.0) rx="3"></rect>
                        <text class="heat-value" x=coord(x + CELL_W / 2.0) y=coord(y + 18.0) text-anchor="middle">{format_optional(*s)}</text>
                    }
                })
                .collect_view();
            let spread_x = LABEL_W + CELL_W * n;
            view! {
                <text class="heat-label" x="0" y=coord(y + 18.0)>{row.dimension.title}</text>
                {boxes}
                <text class=if row.disagreement() { "heat-spread divergent" } else { "heat-spread" } x=coord(spread_x + CELL_W / 2.0) y=coord(y + 18.0) text-anchor="middle">
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
        // On a phone the map's words would be a few pixels high: the table below it has
        // every score, coloured by band, so the map waits for a wider screen.
        <p class="muted heat-map-note">"The colour map of these scores needs a wider screen; the table below has every score."</p>
        <figure class="chart-figure heat-figure">
            <svg class="heat-map" viewBox=format!("0 0 {} {}", coord(width), coord(height)) role="img" aria-label=label>
                {heads}
                <text class="heat-head" x=coord(LABEL_W + CELL_W * (n + 0.5)) y=coord(TOP - 10.0) text-anchor="middle">"spread"</text>
                {cells}
            </svg>
            <figcaption>
                <ul class="heat-legend">{legend}</ul>
                {format!(
                    "Colours follow the bands (strength, worth discussing, concern). Spread is the highest minus the lowest partner's score. Between the partners it is in bold where it is {} or more, a disagreement; within organisations each partner describes its own house, so a spread there is not one and is never bold.",
                    format_score(DIVERGENCE_SPREAD)
                )}
            </figcaption>
        </figure>
    }
}

#[component]
fn PartnerTable(
    /// The partnership view listed as a table.
    data: PartnerView,
) -> impl IntoView {
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
                        .map(|s| view! { <td class=format!("num {}", classes::band(*s))>{format_optional(*s)}</td> })
                        .collect_view();
                    view! {
                        <tr class:divergent=r.disagreement()>
                            <th scope="row">{r.dimension.title}</th>
                            {cells}
                            <td class="num">{format_optional(r.mean)}</td>
                            <td class="num">{format_optional(r.spread)}{r.spread_mark()}</td>
                        </tr>
                    }
                })
                .collect_view();
            let span = data.partners.len() + 3;
            let title = bank().context(*c).map_or("", |x| x.title);
            view! {
                <tbody>
                    <tr class="group-row"><th colspan=span scope="colgroup"><span class="sticky-label">{title}</span></th></tr>
                    {rows}
                </tbody>
            }
        })
        .collect_view();
    view! {
        // It scrolls sideways once partners outgrow the screen: a region that takes focus, so
        // a keyboard can scroll it too.
        <div class="table-wrap" tabindex="0" role="region" aria-label="Scores by dimension and partner">
            <table class="dimension-table partner-table">
                <caption>"Scores by dimension and partner"</caption>
                <thead><tr><th scope="col">"Dimension"</th>{heads}<th scope="col">"Mean"</th><th scope="col">"Spread"</th></tr></thead>
                {groups}
            </table>
        </div>
        // Outside the table's scroll box, so it wraps to the screen's width.
        <p class="muted table-key">{SPREAD_KEY}</p>
    }
}

/// The partners added so far, each removable; shown by their anonymous label when the
/// view is anonymous.
#[component]
fn PartnerList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let list = state.partnership;
    let anonymous = state.partnership_anonymous;
    view! {
        <h2>"Partners in this view"</h2>
        <ul class="partner-list">
            {move || list.get().into_iter().enumerate().map(|(i, a)| {
                let id = a.id.clone();
                let org = a.profile.organisation.clone();
                let shown = if anonymous.get() {
                    anonymous_label(i)
                } else {
                    format!("{}{}", a.title(), if org.is_empty() { String::new() } else { format!(" — {org}") })
                };
                let hidden = format!(" {shown}");
                view! {
                    <li>
                        <span>{shown}</span>
                        <button type="button" class="link-button" on:click=move |_| list.update(|l| l.retain(|x| x.id != id))>
                            "Remove"<span class="visually-hidden">{hidden}</span>
                        </button>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// Saving the view in this browser, on purpose, with what that means.
#[component]
fn KeepWorkshop() -> impl IntoView {
    let state = expect_context::<AppState>();
    let name = RwSignal::new(format!("Workshop {}", today()));
    let failed = RwSignal::new(false);
    // A saved view follows every change: partners added or removed, anonymous on or off.
    Effect::new(move |first: Option<()>| {
        state.partnership.track();
        state.partnership_anonymous.track();
        if first.is_some() && state.open_workshop.get_untracked().is_some() {
            failed.set(!state.save_workshop(None));
        }
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let n = name.get_untracked().trim().to_owned();
        let n = if n.is_empty() {
            format!("Workshop {}", today())
        } else {
            n
        };
        let saved = state.save_workshop(Some(n));
        failed.set(!saved);
        if saved {
            // The form and its button give way to the "Saved as …" banner: keep the place
            // (focus would fall to the page) and let the banner be read out.
            crate::ui::dom::focus_after_render("#keep-heading");
        }
    };
    view! {
        <section class="keep-workshop" aria-labelledby="keep-heading">
            <h2 id="keep-heading" tabindex="-1">"Keep this view"</h2>
            {move || state.workshop_notice.get().map(|t| view! { <p class="banner banner-info" role="status">{t}</p> })}
            {move || match state.open_workshop.get() {
                Some((id, title)) => view! {
                    <p class="banner banner-ok" role="status">{format!("Saved as “{title}” in this browser. Changes are saved as you make them.")}</p>
                    <div class="form-actions">
                        <button type="button" class="button" on:click=move |_| state.close_workshop()>"Close this view"</button>
                        <button type="button" class="button ghost" on:click=move |_| {
                            if window().confirm_with_message("Delete the saved workshop from this browser? The partners stay on screen until you close the view.").unwrap_or(false) {
                                state.delete_workshop(&id);
                            }
                        }>"Delete the saved workshop"</button>
                    </div>
                }.into_any(),
                None => view! {
                    <p>"Saving keeps copies of these partners' files in this browser, on this device, until you delete the workshop. Until then they are kept in this tab only."</p>
                    <form class="baseline-row" on:submit=save>
                        <label for="workshop-name">"Workshop name"</label>
                        <input id="workshop-name" type="text" maxlength="200" prop:value=move || name.get()
                            on:input=move |ev| name.set(event_target_value(&ev))/>
                        <button type="submit" class="button primary">"Save in this browser"</button>
                    </form>
                }.into_any(),
            }}
            <Show when=move || failed.get()>
                <p class="form-error" role="alert">"The browser did not save the workshop (its storage may be full). Export it as JSON to keep it."</p>
            </Show>
        </section>
    }
}

/// The workshops saved in this browser, to open or delete.
#[component]
fn SavedWorkshops() -> impl IntoView {
    let state = expect_context::<AppState>();
    let items = move || {
        state
            .workshops
            .get()
            .into_iter()
            .map(|w| {
                let (open_id, delete_id) = (w.id.clone(), w.id.clone());
                let n = w.assessments.len();
                view! {
                    <li>
                        <span>{format!("{} — {n} partner{}", w.name, if n == 1 { "" } else { "s" })}</span>
                        <button type="button" class="link-button" on:click=move |_| { state.open_workshop_by_id(&open_id); }>
                            "Open"<span class="visually-hidden">{format!(" {}", w.name)}</span>
                        </button>
                        <button type="button" class="link-button" on:click=move |_| {
                            // The saved copies go for good: ask first.
                            if window().confirm_with_message("Delete this saved workshop from this browser? The partners' own files are not affected.").unwrap_or(false) {
                                state.delete_workshop(&delete_id);
                            }
                        }>
                            "Delete"<span class="visually-hidden">{format!(" {}", w.name)}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let newer = move || {
        state.newer_workshops.get().into_iter().map(|n| view! {
            <li>{format!("{n} — saved by a newer version of Buy-in Check; open it there")}</li>
        }).collect_view()
    };
    view! {
        <Show when=move || state.workshops.with(|w| !w.is_empty()) || state.newer_workshops.with(|w| !w.is_empty())>
            <section class="saved-workshops" aria-labelledby="saved-heading">
                <h2 id="saved-heading">"Workshops saved in this browser"</h2>
                <ul class="partner-list">{items}{newer}</ul>
            </section>
        </Show>
    }
}

/// Exports of the partnership view, like those of a single result.
#[component]
fn PartnershipExports() -> impl IntoView {
    let state = expect_context::<AppState>();
    let message = RwSignal::new(None::<String>);
    let save = move |kind: FileType| {
        move |_| {
            let anonymous = state.partnership_anonymous.get_untracked();
            let mut list = state.partnership.get_untracked();
            let mut view = across_partners(bank(), &list);
            if anonymous {
                view = view.anonymised();
                list = list
                    .iter()
                    .enumerate()
                    .map(|(i, a)| anonymise_assessment(a, &anonymous_label(i)))
                    .collect();
            }
            let body = match kind {
                FileType::Json => to_json(&list, APP_VERSION, now()),
                FileType::Csv => partnership_csv(&view),
                FileType::Markdown => partnership_markdown(&view),
            };
            message.set(Some(
                // Named so an anonymous export is never sent round for the named one.
                match kind.download(
                    if anonymous {
                        "buy-in-check-partnership-anonymous"
                    } else {
                        "buy-in-check-partnership"
                    },
                    &body,
                ) {
                    Ok(name) => format!("Downloaded {name}."),
                    Err(e) => e,
                },
            ));
        }
    };
    view! {
        <section class="exports" aria-labelledby="p-export-heading">
            <h2 id="p-export-heading">"Export the partnership view"</h2>
            <div class="export-buttons">
                <button type="button" class="button" on:click=save(FileType::Json)>"Download JSON"</button>
                <button type="button" class="button" on:click=save(FileType::Csv)>"Download CSV"</button>
                <button type="button" class="button" on:click=save(FileType::Markdown)>"Download Markdown"</button>
                <button type="button" class="button" on:click=|_| { let _ = window().print(); }>"Print or save as PDF"</button>
            </div>
            <p class="export-message" role="status">{move || message.get()}</p>
        </section>
    }
}
