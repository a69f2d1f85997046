//! Before the results: what is still unanswered first, then every answer grouped by step,
//! in words, with its note and a link to change it, so a person can check before they
//! see a score.

use leptos::prelude::*;

use crate::model::assessment::Assessment;
use crate::model::bank::{bank, Statement};
use crate::model::bank_upgrade::new_to_answer;
use crate::model::flow::{steps, StepKind};
use crate::model::report::earlier_lines;
use crate::ui::route::{statement_link, Route};
use crate::ui::state::AppState;

#[component]
pub fn Review(
    /// The assessment reviewed.
    id: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(assessment) = untrack(|| state.get(&id)) else {
        return view! { <super::not_found::MissingAssessment id=id.clone()/> }.into_any();
    };
    let (done, total) = assessment.progress(bank());
    let gaps: Vec<_> = steps()
        .into_iter()
        .enumerate()
        .filter_map(|(i, kind)| match kind {
            StepKind::Dimension(_, d) => {
                let missing: Vec<_> = d
                    .statements
                    .iter()
                    .filter(|s| assessment.is_asked(s) && assessment.answer_to(s).is_none())
                    .collect();
                (!missing.is_empty()).then(|| (i + 1, d, missing))
            }
            StepKind::WarningSigns => None,
        })
        .collect();
    // Answers given before a statement stopped offering them (see
    // `Assessment::answers_no_longer_offered`), each linked to its statement.
    let outdated = assessment.answers_no_longer_offered(bank());
    let outdated_list = steps()
        .into_iter()
        .enumerate()
        .flat_map(|(i, kind)| match kind {
            StepKind::Dimension(_, d) => d
                .statements
                .iter()
                .filter(|s| outdated.iter().any(|o| o.id == s.id))
                .map(|s| (i + 1, s))
                .collect::<Vec<_>>(),
            StepKind::WarningSigns => Vec::new(),
        })
        .map(|(n, s)| {
            let given = assessment.answer_to(s).map_or("", |a| a.label());
            view! { <li><a href=statement_link(&id, n, s.id)>{s.text}</a>{format!(" — {given}")}</li> }
        })
        .collect_view();
    let outdated_note = (!outdated.is_empty()).then(|| {
        view! {
            <div class="banner banner-info outdated-answers">
                <p>"These statements no longer offer the answer you gave: Don't know is gone where a statement is about what you yourself know, have done or think, and Not applicable where it applies to everyone. Each counts as before until you change it:"</p>
                <ul>{outdated_list}</ul>
            </div>
        }
    });
    let signs = assessment.warning_signs.len();
    let all_done = gaps.is_empty();
    let gap_list = gaps
        .into_iter()
        .map(|(n, d, missing)| {
            let href = Route::Step(id.clone(), n).to_hash();
            let texts = missing
                .into_iter()
                .map(|s| view! { <li><a href=statement_link(&id, n, s.id)>{s.text}</a></li> })
                .collect_view();
            view! {
                <li>
                    <a href=href>{d.title}</a>
                    <ul class="missing">{texts}</ul>
                </li>
            }
        })
        .collect_view();
    let last_step = steps().len();
    let answers = steps()
        .into_iter()
        .enumerate()
        .map(|(i, kind)| {
            let href = Route::Step(id.clone(), i + 1).to_hash();
            let items = match kind {
                StepKind::Dimension(_, d) => d
                    .statements
                    .iter()
                    .map(|s| {
                        // A statement skipped after a No is changed through that fact,
                        // which is on the same step.
                        let target = if assessment.is_asked(s) {
                            s.id
                        } else {
                            s.requires.unwrap_or(s.id)
                        };
                        answer_item(&assessment, s, &statement_link(&id, i + 1, target))
                    })
                    .collect_view()
                    .into_any(),
                StepKind::WarningSigns => warning_sign_items(&assessment).into_any(),
            };
            let change_signs = matches!(kind, StepKind::WarningSigns)
                .then(|| view! { <p><a href=href.clone()>"Change the warning signs"</a></p> });
            view! {
                <section class="review-step">
                    <h3>
                        <span class="context-label">{kind.context_title()}</span>
                        {format!("{}. {}", i + 1, kind.title())}
                    </h3>
                    <ul class="review-answers">{items}</ul>
                    {change_signs}
                </section>
            }
        })
        .collect_view();
    let earlier: Vec<_> = earlier_lines(bank(), &assessment)
        .into_iter()
        .map(|e| {
            let aside = e.aside().map(|n| format!(" ({n})"));
            let note = (!e.note.is_empty()).then(|| view! { <span class="earlier-note">{format!("Your note: {}", e.note)}</span> });
            view! { <li>{e.statement.clone()}<span class="earlier-answer">{format!(" — {}", e.answer)}{aside}</span>{note}</li> }
        })
        .collect();
    let earlier = (!earlier.is_empty()).then(|| {
        view! {
            <section class="earlier" aria-labelledby="earlier-heading">
                <h2 id="earlier-heading">"From an earlier version of the questions"</h2>
                <p>"This assessment was started on an earlier version of the questions. These answers are kept with it, but the statements are no longer asked, so they are not scored. Where a Yes/No fact now asks the same thing, a clear answer was carried over; please check it. Where a new statement asks something close instead, it is named: answer it afresh, as it asks something different."</p>
                <ul class="earlier-list">{earlier}</ul>
            </section>
        }
    });
    view! {
        <section class="narrow">
            <h1 tabindex="-1" class="page-heading">"Review your answers"</h1>
            <p class="lead">{format!("You have answered {done} of {total} statements and ticked {signs} warning sign{}.{}", if signs == 1 { "" } else { "s" }, match new_to_answer(&assessment) {
                0 => String::new(),
                1 => " One of the statements left is new since this assessment was started.".to_owned(),
                n => format!(" {n} of the statements left are new since this assessment was started."),
            })}</p>
            {if all_done {
                view! { <p class="banner banner-ok">"Every statement has an answer."</p> }.into_any()
            } else {
                view! {
                    <p>"These statements are still unanswered. Dimensions with too few answers show “not enough answers” instead of a score."</p>
                    <ul class="gaps">{gap_list}</ul>
                }.into_any()
            }}
            {outdated_note}
            <h2>"Your answers"</h2>
            {answers}
            {earlier}
            <div class="form-actions">
                <a class="button primary" href=Route::Results(id.clone()).to_hash()>{if all_done { "See results" } else { "See results anyway" }}</a>
                <a class="button ghost" href=Route::Step(id.clone(), last_step).to_hash()>"Back"</a>
            </div>
        </section>
    }
    .into_any()
}

/// One statement with the answer in words (or why there is none), the note, and a link
/// (`change_href`) to the statement on its step.
fn answer_item(a: &Assessment, s: &'static Statement, change_href: &str) -> impl IntoView {
    let (answer, class) = if !a.is_asked(s) {
        let fact = s
            .requires
            .and_then(|f| bank().statement(f))
            .map_or("", |(_, _, f)| f.text);
        (
            format!("Skipped, because of your answer to “{fact}”"),
            "skipped",
        )
    } else if let Some(answer) = a.answer_to(s) {
        (answer.label().to_owned(), "answered")
    } else {
        ("Not answered yet".to_owned(), "unanswered")
    };
    let note = a.note(s.id).trim().to_owned();
    view! {
        <li class=format!("review-answer {class}")>
            <p class="review-statement">{s.text}</p>
            <p>
                <strong class="answer-label">{answer}</strong>" "
                <a href=change_href.to_owned()>"Change"<span class="visually-hidden">{format!(" the answer to: {}", s.text)}</span></a>
            </p>
            {(!note.is_empty()).then(|| view! { <p class="review-note"><span class="visually-hidden">"Your note: "</span>{note}</p> })}
        </li>
    }
}

/// The warning signs ticked, or a line saying none were.
fn warning_sign_items(a: &Assessment) -> impl IntoView {
    let ticked: Vec<&'static str> = bank()
        .warning_signs
        .iter()
        .filter(|w| a.warning_signs.contains(w.id))
        .map(|w| w.text)
        .collect();
    if ticked.is_empty() {
        view! { <li class="review-answer"><p>"None ticked."</p></li> }.into_any()
    } else {
        ticked
            .into_iter()
            .map(|text| view! { <li class="review-answer answered"><p>{text}</p></li> })
            .collect_view()
            .into_any()
    }
}
