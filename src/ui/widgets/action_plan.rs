//! The editable action plan: action, owner, due date and status, saved with the assessment.

use leptos::prelude::*;

use crate::model::advice::{first_step, recommended_actions, seed_plan, Finding};
use crate::model::assessment::{ActionItem, ActionStatus, Assessment};
use crate::model::bank::bank;
use crate::ui::state::{new_id, AppState};

/// Props:
/// - `id`: the assessment whose plan is edited.
/// - `findings`: the current findings, whose advice can seed the plan.
#[component]
pub fn ActionPlan(id: String, findings: Vec<Finding>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let plan = {
        let id = id.clone();
        Memo::new(move |_| state.get(&id).map(|a| a.actions).unwrap_or_default())
    };
    // Bank actions the findings call for, by id; the plan may hold some of them already.
    let recommended: Vec<&'static str> = recommended_actions(bank(), &findings)
        .iter()
        .map(|a| a.id)
        .collect();
    let total_recommended = recommended.len();
    let missing = Memo::new(move |_| {
        plan.with(|p| {
            recommended
                .iter()
                .filter(|r| !p.iter().any(|i| i.source.as_deref() == Some(**r)))
                .count()
        })
    });
    let findings = StoredValue::new(findings);
    let seed = {
        let id = id.clone();
        move |_| {
            findings.with_value(|found| {
                state.edit(&id, |a: &mut Assessment, _| {
                    let snapshot = a.clone();
                    seed_plan(bank(), found, |x| first_step(x, &snapshot), &mut a.actions);
                })
            });
        }
    };
    let add = {
        let id = id.clone();
        move |_| {
            state.edit(&id, |a, _| {
                a.actions.push(ActionItem {
                    id: new_id(),
                    ..ActionItem::default()
                });
            });
            focus_last_action();
        }
    };
    let item_id = id.clone();
    let numbered = move || plan.get().into_iter().enumerate().collect::<Vec<_>>();
    view! {
        <section class="plan" aria-labelledby="plan-heading">
            <h2 id="plan-heading">"Action plan"</h2>
            <p>"Start from the recommended actions and make them your own: who does what, by when. Changes are saved as you type."</p>
            <Show when=move || { missing.get() > 0 }>
                <button type="button" class="button primary" on:click=seed.clone()>
                    {move || {
                    let n = missing.get();
                    format!("Add {n} recommended action{}", if n == 1 { "" } else { "s" })
                }}
                </button>
            </Show>
            <Show when=move || plan.with(Vec::is_empty) && total_recommended == 0>
                <p class="muted">"No actions are recommended. Add your own below."</p>
            </Show>
            <ol class="plan-items">
                <For
                    each=numbered
                    key=|(_, item): &(usize, ActionItem)| item.id.clone()
                    children=move |(n, item)| view! { <PlanItem assessment=item_id.clone() item=item number={n + 1}/> }
                />
            </ol>
            <button type="button" class="button" on:click=add>"Add an action"</button>
            <PrintedPlan plan=plan/>
        </section>
    }
}

fn focus_last_action() {
    use wasm_bindgen::JsCast;
    request_animation_frame(|| {
        let last = document()
            .query_selector(".plan-items li:last-child textarea")
            .ok()
            .flatten()
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = last {
            let _ = el.focus();
        }
    });
}

/// Props:
/// - `assessment`: the id of the assessment the item belongs to.
/// - `item`: the item as first rendered (later values come from state).
/// - `number`: its position, for labels.
#[component]
fn PlanItem(assessment: String, item: ActionItem, number: usize) -> impl IntoView {
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
        move |change: Box<dyn FnOnce(&mut ActionItem)>| {
            state.edit(&aid, |a, _| {
                if let Some(i) = a.actions.iter_mut().find(|i| i.id == iid) {
                    change(i);
                }
            });
        }
    };
    let remove = {
        let (aid, iid) = (assessment.clone(), item_id.clone());
        move |_| state.edit(&aid, |a, _| a.actions.retain(|i| i.id != iid))
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
        <li class=move || format!("plan-item status-{}", current.with(|c| c.status.as_str()))>
            <fieldset>
                <legend class="visually-hidden">{format!("Action {number}")}</legend>
                <div class="field plan-text">
                    <label for=text_id.clone()>{format!("Action {number}")}</label>
                    <textarea id=text_id rows="2" maxlength="2000"
                        prop:value=move || current.with(|c| c.text.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); u1(Box::new(move |i| i.text = v)); }></textarea>
                </div>
                <div class="plan-meta">
                    <div class="field">
                        <label for=owner_id.clone()>"Owner"</label>
                        <input id=owner_id type="text" maxlength="2000"
                            prop:value=move || current.with(|c| c.owner.clone())
                            on:input=move |ev| { let v = event_target_value(&ev); u2(Box::new(move |i| i.owner = v)); }/>
                    </div>
                    <div class="field">
                        <label for=due_id.clone()>"Due"</label>
                        <input id=due_id type="date"
                            prop:value=move || current.with(|c| c.due.clone())
                            on:input=move |ev| { let v = event_target_value(&ev); u3(Box::new(move |i| i.due = v)); }/>
                    </div>
                    <div class="field">
                        <label for=status_id.clone()>"Status"</label>
                        <select id=status_id on:change=move |ev| {
                            let v = event_target_value(&ev);
                            if let Some(s) = ActionStatus::ALL.into_iter().find(|s| s.as_str() == v) {
                                u4(Box::new(move |i| i.status = s));
                            }
                        }>{options}</select>
                    </div>
                    <button type="button" class="link-button remove" on:click=remove>
                        "Remove"<span class="visually-hidden">{format!(" action {number}")}</span>
                    </button>
                </div>
            </fieldset>
        </li>
    }
}

/// The plan as a plain table, shown only on paper (form fields print poorly).
///
/// Props:
/// - `plan`: the plan's items.
#[component]
fn PrintedPlan(plan: Memo<Vec<ActionItem>>) -> impl IntoView {
    let rows = move || {
        plan.get()
            .into_iter()
            .map(|i| {
                view! {
                    <tr>
                        <td>{i.text}</td>
                        <td>{i.owner}</td>
                        <td>{i.due}</td>
                        <td>{i.status.label()}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <table class="print-only plan-table">
            <thead>
                <tr><th scope="col">"Action"</th><th scope="col">"Owner"</th><th scope="col">"Due"</th><th scope="col">"Status"</th></tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
