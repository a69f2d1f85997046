//! The short profile that starts an assessment (or edits an existing one's).

use leptos::prelude::*;

use crate::model::assessment::Profile;
use crate::model::bank::Stage;
use crate::model::edit::Edit;
use crate::ui::route::{navigate, Route};
use crate::ui::state::{today, AppState};

#[component]
pub fn ProfilePage(
    /// The assessment whose profile is edited; `None` starts a new assessment.
    id: Option<String>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let existing = id
        .as_deref()
        .and_then(|id| untrack(|| state.read(id, |a| a.profile.clone())));
    let missing = id.is_some() && existing.is_none();
    let asked_for = id.clone().unwrap_or_default();
    let start = existing.unwrap_or_else(|| Profile {
        name: format!("Buy-in check {}", today()),
        date: today(),
        ..Profile::default()
    });

    let name = RwSignal::new(start.name.clone());
    let partnership = RwSignal::new(start.partnership.clone());
    let organisation = RwSignal::new(start.organisation.clone());
    let role = RwSignal::new(start.role.clone());
    let partners = RwSignal::new(start.partners.join("\n"));
    let date = RwSignal::new(start.date.clone());
    let stage = RwSignal::new(start.stage);
    let error = RwSignal::new(None::<String>);
    let is_new = id.is_none();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let profile = Profile {
            name: name.get_untracked().trim().to_owned(),
            partnership: partnership.get_untracked().trim().to_owned(),
            organisation: organisation.get_untracked().trim().to_owned(),
            role: role.get_untracked().trim().to_owned(),
            partners: partners
                .get_untracked()
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
            date: date.get_untracked(),
            stage: stage.get_untracked(),
        };
        if let Err(e) = profile.validate() {
            error.set(Some(e.to_string()));
            return;
        }
        error.set(None);
        match &id {
            None => {
                let new_id = state.create(profile);
                navigate(&Route::Step(new_id, 1));
            }
            Some(id) => {
                state.apply(id, Edit::Profile(profile));
                navigate(&Route::Step(id.clone(), 1));
            }
        }
    };

    if missing {
        return view! { <super::not_found::MissingAssessment id=asked_for/> }.into_any();
    }

    view! {
        <section class="narrow">
            <h1 tabindex="-1" class="page-heading">{if is_new { "New assessment" } else { "Edit profile" }}</h1>
            <p class="lead">"A few details to recognise this assessment later. Only the name is required; everything stays in this browser."</p>
            <form class="profile-form" on:submit=submit novalidate>
                {move || error.get().map(|e| view! { <p class="form-error" role="alert" id="profile-error">{e}</p> })}
                <TextField label="Assessment name" hint="Required" id="p-name" value=name required=true/>
                <TextField label="Partnership" hint="The partnership or initiative you are assessing" id="p-partnership" value=partnership/>
                <TextField label="My organisation" hint="" id="p-organisation" value=organisation/>
                <TextField label="My role" hint="For example: project lead" id="p-role" value=role/>
                <div class="field">
                    <label for="p-partners">"Partner organisations"</label>
                    <span class="hint" id="p-partners-hint">"One per line"</span>
                    <textarea id="p-partners" rows="4" aria-describedby="p-partners-hint"
                        prop:value=move || partners.get()
                        on:input=move |ev| partners.set(event_target_value(&ev))></textarea>
                </div>
                <div class="field">
                    <label for="p-stage">"Stage"</label>
                    <span class="hint" id="p-stage-hint">"How far along the work is; the advice's first steps depend on it"</span>
                    <select id="p-stage" aria-describedby="p-stage-hint"
                        on:change=move |ev| stage.set(Stage::parse(&event_target_value(&ev)))>
                        <option value="" selected=start.stage.is_none()>"Not sure / not stated"</option>
                        {Stage::ALL.into_iter().map(|s| view! {
                            <option value=s.as_str() selected=start.stage == Some(s)>{s.label()}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="p-date">"Date"</label>
                    <input id="p-date" type="date" prop:value=move || date.get()
                        on:input=move |ev| date.set(event_target_value(&ev))/>
                </div>
                <div class="form-actions">
                    <button type="submit" class="button primary">{if is_new { "Start the assessment" } else { "Save and continue" }}</button>
                    <a class="button ghost" href="#/">"Cancel"</a>
                </div>
            </form>
        </section>
    }
    .into_any()
}

#[component]
fn TextField(
    /// The visible label.
    label: &'static str,
    /// A short hint under the label (empty for none).
    hint: &'static str,
    /// The input's id.
    id: &'static str,
    /// The text, two-way.
    value: RwSignal<String>,
    /// Marks the field as required.
    #[prop(optional)]
    required: bool,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described = (!hint.is_empty()).then(|| hint_id.clone());
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {(!hint.is_empty()).then(|| view! { <span class="hint" id=hint_id.clone()>{hint}</span> })}
            <input id=id type="text" maxlength="2000" required=required aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))/>
        </div>
    }
}
