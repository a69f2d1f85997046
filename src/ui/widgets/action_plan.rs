//! The editable action plan: action, owner, due date and status, saved with the assessment.

use leptos::prelude::*;

use crate::ui::dom::count;

use crate::ui::classes;

use crate::model::advice::{action_title, first_step, not_in_plan, PRE_TICKED};
use crate::model::assessment::{ActionItem, ActionStatus};
use crate::model::bank::Action;
use crate::model::edit::{Edit, ItemChange};
use crate::ui::state::{new_id, AppState};

#[component]
pub fn ActionPlan(
    /// The assessment whose plan is edited.
    id: String,
    /// The recommended actions the plan starts from, most important first (see
    /// [`crate::model::advice::recommended_actions`]).
    recommended: Vec<&'static Action>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let plan = {
        let id = id.clone();
        Memo::new(move |_| state.get(&id).map(|a| a.actions).unwrap_or_default())
    };
    let nothing_recommended = recommended.is_empty();
    // "Added 3 actions to your plan below.", read out, since the offers it came from may go.
    let added_message = RwSignal::new(None::<String>);
    // The item last removed and where it stood, for Undo: one click must not lose what was
    // typed into it.
    let removed = RwSignal::new(None::<(usize, ActionItem)>);
    // The recommended actions the plan lacks, most important first.
    let offered = Memo::new(move |_| plan.with(|p| not_in_plan(&recommended, p)));
    // Ticked in the checklist: the first few by priority, but only while the plan holds
    // none of the recommended actions; once the person has chosen, nothing is ticked for
    // them again (not after a reload either).
    let first_visit = plan.with_untracked(|p| p.iter().all(|i| i.source.is_none()));
    let chosen = RwSignal::new(if first_visit {
        offered
            .get_untracked()
            .iter()
            .take(PRE_TICKED)
            .map(|a| a.id)
            .collect::<Vec<&'static str>>()
    } else {
        Vec::new()
    });
    let chosen_count =
        move || offered.with(|o| chosen.with(|c| o.iter().filter(|a| c.contains(&a.id)).count()));
    let add_chosen = {
        let id = id.clone();
        move |_| {
            let picked: Vec<&'static str> = offered.with_untracked(|o| {
                chosen.with_untracked(|c| {
                    o.iter().map(|a| a.id).filter(|id| c.contains(id)).collect()
                })
            });
            let items = || untrack(|| state.read(&id, |a| a.actions.len())).unwrap_or_default();
            let before = items();
            removed.set(None);
            state.apply(&id, Edit::AddRecommended(picked));
            chosen.set(Vec::new());
            let added = items().saturating_sub(before);
            added_message.set(Some(format!(
                "Added {} to your plan below.",
                count(added, "action", "actions")
            )));
            // The button goes with the offers once all are taken: focus the first action
            // added, ready to be made one's own, rather than let it fall to the page.
            crate::ui::dom::focus_after_render(&format!(
                ".plan-items li:nth-child({}) textarea",
                before + 1
            ));
        }
    };
    let assessment_id = id.clone();
    let checklist = move || {
        offered
            .get()
            .into_iter()
            .map(|action| {
                let (title, step) = state
                    .read(&assessment_id, |a| {
                        (action_title(action, a), first_step(action, a))
                    })
                    .unwrap_or((action.title, action.first_step));
                view! {
                    <li>
                        <label class="check">
                            <input type="checkbox"
                                prop:checked=move || chosen.with(|c| c.contains(&action.id))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    chosen.update(|c| {
                                        c.retain(|x| *x != action.id);
                                        if on {
                                            c.push(action.id);
                                        }
                                    });
                                }/>
                            <span>
                                <strong>{title}</strong>
                                <span class="offer-step">{format!("First step: {step}")}</span>
                            </span>
                        </label>
                    </li>
                }
            })
            .collect_view()
    };
    let add = {
        let id = id.clone();
        move |_| {
            added_message.set(None);
            removed.set(None);
            state.apply(&id, Edit::AddItem { id: new_id() });
            crate::ui::dom::focus_after_render(".plan-items li:last-child textarea");
        }
    };
    let undo = {
        let id = id.clone();
        move |_| {
            let Some((at, item)) = removed.get_untracked() else {
                return;
            };
            removed.set(None);
            state.apply(&id, Edit::RestoreItem { at, item });
            added_message.set(Some(format!("Action {} is back.", at + 1)));
            crate::ui::dom::focus_after_render(&format!(
                ".plan-items li:nth-child({}) textarea",
                at + 1
            ));
        }
    };
    let item_id = id.clone();
    view! {
        <section class="plan" aria-labelledby="plan-heading">
            <h2 id="plan-heading">"Action plan"</h2>
            <p>"Start from the recommended actions and make them your own: who does what, by when. Changes are saved as you type."</p>
            <Show when=move || offered.with(|o| !o.is_empty())>
                <fieldset class="plan-offers">
                    <legend>{move || {
                        let n = offered.with(Vec::len);
                        if plan.with(Vec::is_empty) {
                            format!("Choose from the {}", count(n, "recommended action", "recommended actions"))
                        } else {
                            format!("{} not in your plan yet", count(n, "recommended action", "recommended actions"))
                        }
                    }}</legend>
                    <p class="hint">"The most important come first. Tick the ones you will take on; you can change the wording afterwards."</p>
                    <ul class="offers">{checklist.clone()}</ul>
                    <button type="button" class="button primary" on:click=add_chosen.clone()
                        disabled=move || chosen_count() == 0>
                        {move || match chosen_count() {
                            // Disabled then: "Add 0 chosen actions" read like a result.
                            0 => "Add the chosen actions".to_owned(),
                            n => format!("Add {}", count(n, "chosen action", "chosen actions")),
                        }}
                    </button>
                </fieldset>
            </Show>
            <Show when=move || plan.with(Vec::is_empty) && nothing_recommended>
                <p class="muted">"No actions are recommended. Add your own below."</p>
            </Show>
            <p class="import-message" role="status">{move || added_message.get()}</p>
            <Show when=move || removed.with(Option::is_some)>
                <button type="button" class="button undo-remove" id="undo-remove" on:click=undo.clone()>"Undo"</button>
            </Show>
            <ol class="plan-items">
                <For
                    each=move || plan.get()
                    key=|item: &ActionItem| item.id.clone()
                    children=move |item| view! {
                        <PlanItem assessment=item_id.clone() item=item message=added_message removed=removed/>
                    }
                />
            </ol>
            <button type="button" class="button" id="add-action" on:click=add>"Add an action"</button>
        </section>
    }
}

/// Rows a text box needs to show `text` whole at phone width (about 32 characters a
/// line), for browsers that cannot size a box to its content by themselves.
fn rows_for(text: &str) -> usize {
    let lines: usize = text
        .split('\n')
        .map(|line| line.chars().count().div_ceil(32).max(1))
        .sum();
    lines.clamp(2, 12)
}

#[component]
fn PlanItem(
    /// The id of the assessment the item belongs to.
    assessment: String,
    /// The item as first rendered (later values come from state).
    item: ActionItem,
    /// The plan's status line, which says what a removal did.
    message: RwSignal<Option<String>>,
    /// Where a removed item is kept for Undo, with its place.
    removed: RwSignal<Option<(usize, ActionItem)>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let item_id = item.id.clone();
    let current = {
        let (aid, iid) = (assessment.clone(), item_id.clone());
        Memo::new(move |_| {
            state
                .get(&aid)
                .and_then(|a| a.actions.into_iter().find(|i| i.id == iid))
                .unwrap_or_default()
        })
    };
    let update = {
        let (aid, iid) = (assessment.clone(), item_id.clone());
        move |change: ItemChange| {
            state.apply(
                &aid,
                Edit::Item {
                    id: iid.clone(),
                    change,
                },
            );
        }
    };
    // Its place in the plan now, from 1: labels follow when an item above it goes (an
    // item keyed by its id is not drawn again, so a number fixed at first render went
    // stale: "Remove action 3" on the second item).
    let number = {
        let (aid, iid) = (assessment.clone(), item_id.clone());
        Memo::new(move |_| {
            state
                .read(&aid, |a| a.actions.iter().position(|i| i.id == iid))
                .flatten()
                .map_or(0, |p| p + 1)
        })
    };
    let remove = {
        let (aid, iid) = (assessment.clone(), item_id.clone());
        move |_| {
            let n = number.get_untracked();
            removed.set(Some((n.saturating_sub(1), current.get_untracked())));
            message.set(Some(format!("Removed action {n}. Undo puts it back.")));
            state.apply(&aid, Edit::RemoveItem { id: iid.clone() });
            // Onto Undo, beside the message saying what went (and in view on a phone,
            // where both sat above the screen): the button pressed is gone.
            crate::ui::dom::focus_after_render("#undo-remove");
        }
    };
    let dom = |field: &str| format!("plan-{field}-{item_id}");
    let (text_id, owner_id, due_id, status_id) =
        (dom("text"), dom("owner"), dom("due"), dom("status"));
    let u1 = update.clone();
    let u2 = update.clone();
    let u3 = update.clone();
    let u4 = update;
    let options = ActionStatus::ALL
        .iter()
        .map(|s| view! { <option value=s.as_str() selected=move || current.with(|c| c.status == *s)>{s.label()}</option> })
        .collect_view();
    view! {
        <li class=move || format!("plan-item {}", current.with(|c| classes::status(c.status)))>
            <fieldset>
                <legend class="visually-hidden">{move || format!("Action {}", number.get())}</legend>
                <div class="field plan-text">
                    <label for=text_id.clone()>{move || format!("Action {}", number.get())}</label>
                    <textarea id=text_id maxlength="2000"
                        rows=move || current.with(|c| rows_for(&c.text))
                        prop:value=move || current.with(|c| c.text.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); u1(ItemChange::Text(v)); }></textarea>
                </div>
                <div class="plan-meta">
                    <div class="field">
                        <label for=owner_id.clone()>"Owner"</label>
                        <input id=owner_id type="text" maxlength="2000"
                            prop:value=move || current.with(|c| c.owner.clone())
                            on:input=move |ev| { let v = event_target_value(&ev); u2(ItemChange::Owner(v)); }/>
                    </div>
                    <div class="field">
                        <label for=due_id.clone()>"Due"</label>
                        <input id=due_id type="date"
                            prop:value=move || current.with(|c| c.due.clone())
                            on:input=move |ev| { let v = event_target_value(&ev); u3(ItemChange::Due(v)); }/>
                    </div>
                    <div class="field">
                        <label for=status_id.clone()>"Status"</label>
                        <select id=status_id on:change=move |ev| {
                            let v = event_target_value(&ev);
                            if let Some(s) = ActionStatus::ALL.into_iter().find(|s| s.as_str() == v) {
                                u4(ItemChange::Status(s));
                            }
                        }>{options}</select>
                    </div>
                    <button type="button" class="link-button remove" on:click=remove>
                        "Remove"<span class="visually-hidden">{move || format!(" action {}", number.get())}</span>
                    </button>
                </div>
            </fieldset>
        </li>
    }
}
