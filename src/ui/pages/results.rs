//! Results: the two contexts, the two-context view, dimension scores, findings and advice.

use leptos::prelude::*;

use crate::ui::classes;

use crate::model::advice::{
    action_title, action_words, finding_helps, findings, findings_shown_first, first_step,
    key_actions, more_findings_summary, recommended_actions, verdict_explanation, verdict_title,
};
use crate::model::bank::bank;
use crate::model::bank::ContextId;
use crate::model::bank_upgrade::new_to_answer;
use crate::model::report::open_questions;
use crate::model::scoring::{how_scores_work, score};
use crate::ui::route::Route;
use crate::ui::state::AppState;
use crate::ui::widgets::action_plan::ActionPlan;
use crate::ui::widgets::baseline::BaselinePicker;
use crate::ui::widgets::chart::{ContextMap, DimensionChart};
use crate::ui::widgets::export_bar::ExportBar;
use crate::ui::widgets::report::{OpenQuestions, PrintedReport};
use crate::ui::widgets::score_view::{ContextCards, DimensionTable};

#[component]
pub fn Results(
    /// The assessment whose results are shown.
    id: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some((assessment, read_only)) = untrack(|| state.find_any(&id)) else {
        return view! { <super::not_found::MissingAssessment/> }.into_any();
    };
    let scores = score(bank(), &assessment);
    let found = findings(bank(), &scores, &assessment);
    let actions = recommended_actions(bank(), &scores, &found);
    let (done, total) = assessment.progress(bank());
    let outdated = assessment.answers_no_longer_offered(bank()).len();
    // The key actions beside the two-context verdict, each with its first step here.
    let key: Vec<(
        &'static crate::model::bank::Action,
        &'static str,
        &'static str,
    )> = key_actions(bank(), &scores, &found)
        .into_iter()
        .map(|a| (a, action_title(a, &assessment), first_step(a, &assessment)))
        .collect();
    let plan = {
        let id = id.clone();
        Memo::new(move |_| state.get(&id).map(|a| a.actions).unwrap_or_default())
    };

    let finding_card = |f: &crate::model::advice::Finding| {
        let helps = finding_helps(bank(), f, &assessment);
        let any_help = !helps.is_empty();
        let advice = helps
            .into_iter()
            .map(|title| view! { <li>{title}</li> })
            .collect_view();
        view! {
            <li class=format!("finding {} {}", classes::severity(f.severity), classes::finding_kind(f.kind))>
                <p class="severity">{f.severity.label()}</p>
                <h3>{f.title.clone()}</h3>
                <p>{f.detail.clone()}</p>
                {any_help.then(|| view! {
                    <p class="advice-label">"What helps:"</p>
                    <ul class="advice">{advice}</ul>
                })}
            </li>
        }
    };
    // Every finding that calls for more than a discussion is shown; a long tail of
    // "worth discussing" waits behind a disclosure that names each one.
    let shown = findings_shown_first(&found);
    let finding_items = found[..shown].iter().map(finding_card).collect_view();
    let more_findings = (shown < found.len()).then(|| {
        let rest = &found[shown..];
        let (count, names) = more_findings_summary(rest, &scores);
        view! {
            <details class="more-findings">
                <summary><strong>{count}</strong>": "{names}</summary>
                <ol class="findings">{rest.iter().map(finding_card).collect_view()}</ol>
            </details>
        }
    });
    // The first few actions matter most; the rest wait behind a disclosure.
    const SHOWN_ACTIONS: usize = 5;
    let action_card = |a: &&crate::model::bank::Action| {
        let (title, why) = action_words(a, &assessment);
        view! {
            <li class="action">
                <h3>{title}</h3>
                <p>{why}</p>
                <p class="first-step"><strong>"First step: "</strong>{first_step(a, &assessment)}</p>
            </li>
        }
    };
    let action_items = actions
        .iter()
        .take(SHOWN_ACTIONS)
        .map(action_card)
        .collect_view();
    let more_actions = (actions.len() > SHOWN_ACTIONS).then(|| {
        let rest = actions.iter().skip(SHOWN_ACTIONS).map(action_card).collect_view();
        let n = actions.len() - SHOWN_ACTIONS;
        view! {
            <details class="more-actions">
                <summary>{format!("{n} more recommended action{}", if n == 1 { "" } else { "s" })}</summary>
                <ol class="actions">{rest}</ol>
            </details>
        }
    });
    // The verdict's key actions head this list too: say so, so the repeat reads as meant.
    // "The first two" above a list of two read as if more were to come.
    let all_key = key.len() == actions.len();
    let key_lead = match (key.len(), all_key) {
        (0, _) => None,
        // Not "the verdict above": without a verdict they are listed all the same.
        (1, true) => Some("It is the one listed above under “What matters most from here”."),
        (1, false) => {
            Some("The first is the one listed above under “What matters most from here”.")
        }
        (2, true) => Some("Both are listed above under “What matters most from here”."),
        (2, false) => {
            Some("The first two are the ones listed above under “What matters most from here”.")
        }
        (_, true) => Some("All three are listed above under “What matters most from here”."),
        (_, false) => {
            Some("The first three are the ones listed above under “What matters most from here”.")
        }
    }
    .map(|text| view! { <p>{text}</p> });
    let no_findings = found.is_empty();
    let map = match (
        scores.context(ContextId::Between).and_then(|c| c.score),
        scores.context(ContextId::Within).and_then(|c| c.score),
    ) {
        (Some(b), Some(w)) => {
            Some(view! { <ContextMap between=b within=w stage=assessment.profile.stage/> })
        }
        _ => None,
    };
    let how = how_scores_work()
        .into_iter()
        .map(|p| view! { <p>{p}</p> })
        .collect_view();

    view! {
        <section class="results">
            <p class="context-label">{assessment.profile.partnership.clone()}</p>
            <h1 tabindex="-1" class="page-heading">{format!("Results: {}", assessment.title())}</h1>
            {read_only.then(|| view! {
                <p class="banner banner-info">
                    "This assessment was saved by a newer version of Buy-in Check. It is shown read-only, so this version never overwrites it."
                </p>
            })}
            {(done < total).then(|| view! {
                <p class="banner banner-info">
                    {format!("{done} of {total} statements answered.{} Dimensions with too few answers show “not enough answers”. ", match new_to_answer(&assessment) {
                        0 => String::new(),
                        1 => " One of those left is new since this assessment was started.".to_owned(),
                        n => format!(" {n} of those left are new since this assessment was started."),
                    })}
                    // Read-only here: its review cannot be opened to answer them.
                    {(!read_only).then(|| view! { <a href=Route::Review(id.clone()).to_hash()>"See what is missing"</a> })}
                </p>
            })}
            {(outdated > 0 && !read_only).then(|| view! {
                <p class="banner banner-info">
                    {if outdated == 1 {
                        "1 of your answers is a Don't know or Not applicable that its statement no longer offers; it counts as before until you change it. ".to_owned()
                    } else {
                        format!("{outdated} of your answers are a Don't know or Not applicable that their statements no longer offer; each counts as before until you change it. ")
                    }}
                    <a href=Route::Review(id.clone()).to_hash()>"See which"</a>
                </p>
            })}
            <h2>"Buy-in in two contexts"</h2>
            <div class="overview">
                <div class="overview-cards"><ContextCards scores=scores.clone() verdict=verdict_title(&scores, &assessment).zip(verdict_explanation(&scores, &assessment)) key_actions=key plan=plan/></div>
                {map}
            </div>
            <h2>"By dimension"</h2>
            <DimensionChart scores=scores.clone()/>
            <DimensionTable scores=scores found=found.clone()/>
            <details class="how">
                <summary>"How scores work"</summary>
                {how}
            </details>
            <h2>"Findings"</h2>
            {if no_findings {
                view! { <p>"No weak spots stand out. Keep checking as people and priorities change."</p> }.into_any()
            } else {
                view! { <ol class="findings">{finding_items}</ol> {more_findings} }.into_any()
            }}
            <OpenQuestions questions=open_questions(bank(), &assessment, &found)/>
            <h2>"Recommended actions"</h2>
            {key_lead}
            <ol class="actions">{action_items}</ol>
            {more_actions}
            {(!read_only).then(|| view! { <ActionPlan id=id.clone() recommended=actions.clone()/> })}
            <ExportBar id=id.clone()/>
            {(!read_only).then(|| view! { <BaselinePicker id=id.clone()/> })}
            <div class="form-actions">
                {(!read_only).then(|| view! { <a class="button" href=Route::Step(id.clone(), 1).to_hash()>"Change answers"</a> })}
                <a class="button ghost" href="#/">"All assessments"</a>
            </div>
            <PrintedReport id=id.clone()/>
        </section>
    }
    .into_any()
}
