//! One step of the guided flow: a dimension's statements, or the warning signs.

use leptos::prelude::*;

use crate::model::assessment::{Answer, Assessment};
use crate::model::bank::{bank, AnswerHint, Dimension, ItemKind, Statement};
use crate::model::bank_upgrade::answered_before;
use crate::model::edit::Edit;
use crate::model::flow::{step_marks, steps, StepKind};
use crate::ui::dom::count;
use crate::ui::parts::parts;
use crate::ui::route::{replace, statement_target, Route};
use crate::ui::state::AppState;
use crate::ui::widgets::likert::Likert;
use crate::ui::widgets::progress::{Progress, StepList};

#[component]
pub fn Step(
    /// The assessment answered.
    id: String,
    /// The step, from 1.
    n: usize,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let all = steps();
    let count = all.len();
    if n > count {
        replace(&Route::Step(id, count));
        return ().into_any();
    }
    let kind = all[n - 1];
    if untrack(|| state.read(&id, |_| ())).is_none() {
        return view! { <super::not_found::MissingAssessment id=id.clone()/> }.into_any();
    }
    // Each step's mark, and the whole assessment's progress: read once per change, and
    // only what changed updates the page (see `parts`).
    let marks = parts({
        let id = id.clone();
        move || {
            state
                .assessments
                .with(|all| step_marks(all.iter().find(|a| a.id == id)))
        }
    });
    let answered = Memo::new({
        let id = id.clone();
        move |_| state.read(&id, |a| a.progress(bank())).unwrap_or((0, 0))
    });

    // A new step is a new page for a screen reader: move focus to its heading, or to the
    // statement a link asked for (from the review page's "Change").
    Effect::new(move |_| match statement_target() {
        Some(statement) => focus_statement(&statement),
        None => focus_heading(),
    });

    let body = match kind {
        StepKind::Dimension(c, d) => {
            view! { <DimensionStep id=id.clone() dimension=d hint=c.answer_hint.as_ref()/> }
                .into_any()
        }
        StepKind::WarningSigns => view! { <WarningSignsStep id=id.clone()/> }.into_any(),
    };
    // Whether the assessment is still here (another tab may delete it, and this tab may
    // then let its copy go): a missing one offers nothing to skip.
    let present = Memo::new({
        let id = id.clone();
        move |_| state.read(&id, |_| ()).is_some()
    });
    let this_step = marks[n - 1];
    let incomplete = move || {
        matches!(kind, StepKind::Dimension(..)) && present.get() && !this_step.with(|m| m.complete)
    };
    let back = if n > 1 {
        Route::Step(id.clone(), n - 1)
    } else {
        Route::Profile(id.clone())
    };
    let next = if n < count {
        Route::Step(id.clone(), n + 1)
    } else {
        Route::Review(id.clone())
    };
    let next_label = if n < count { "Next" } else { "Review answers" };
    // Arrived from the review's "Change" (the address names a statement): offer the way
    // back there, not only onwards through the steps.
    let back_to_review = statement_target().map(|_| Route::Review(id.clone()).to_hash());
    let next_for_skip = next.clone();

    view! {
        <div class="step-layout">
            <StepList id=id.clone() marks=marks current=n/>
            <section class="step">
                <Progress answered=answered current=n/>
                <p class="context-label">{kind.context_title()}</p>
                <h1 id="step-heading" class="page-heading" tabindex="-1">{kind.title()}</h1>
                {body}
                <nav class="step-nav" aria-label="Step">
                    <a class="button ghost" href=back.to_hash()>{if n > 1 { "Back" } else { "Back to profile" }}</a>
                    <span class="spacer"></span>
                    {back_to_review.map(|href| view! { <a class="button ghost" href=href>"Back to the review"</a> })}
                    <Show when=incomplete>
                        <a class="button ghost" href=next_for_skip.to_hash()>"Skip for now"</a>
                    </Show>
                    <a class="button primary" href=next.to_hash()>{next_label}</a>
                </nav>
            </section>
        </div>
    }
    .into_any()
}

fn focus_heading() {
    crate::ui::dom::focus("#step-heading");
    window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// Focus on a statement's chosen answer (or its first choice), which also scrolls it into
/// view; the heading if the step shows no answer for it (not there, or not asked).
fn focus_statement(statement_id: &str) {
    let exists = |selector: &str| document().query_selector(selector).ok().flatten().is_some();
    let chosen = format!("#s-{statement_id} input:checked");
    let first = format!("#s-{statement_id} input");
    if exists(&chosen) {
        crate::ui::dom::focus(&chosen);
    } else if exists(&first) {
        crate::ui::dom::focus(&first);
    } else {
        focus_heading();
    }
}

#[component]
fn DimensionStep(
    /// The assessment answered.
    id: String,
    /// The dimension whose statements are shown.
    dimension: &'static Dimension,
    /// The context's advice on answering, if any.
    hint: Option<&'static AnswerHint>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let statements = dimension.statements;
    // Per statement, each updated only when its own value changes (see `parts`): an
    // answer re-runs the options of the statement answered, not those of every statement.
    let answers = per_statement(state, &id, statements, None, |a, s| a.answer_to(s));
    // A statement that presupposes a fact answered "No" is skipped, not asked.
    let asked = per_statement(state, &id, statements, true, |a, s| a.is_asked(s));
    let notes = per_statement(state, &id, statements, String::new(), |a, s| {
        a.note(s.id).to_owned()
    });
    let items = statements
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let (answer, asked, note) = (answers[i], asked[i], notes[i]);
            let fact_number = s.requires.and_then(|f| {
                dimension.statements.iter().position(|x| x.id == f).map(|p| p + 1)
            });
            let fact_answer = fact_number.map(|n| answers[n - 1]);
            let on_answer = Callback::new({
                let id = id.clone();
                move |a: Option<Answer>| {
                    // A fact's answer can take statements below away or bring them back:
                    // say so, as the page changes below the person's place.
                    let waiting = || {
                        untrack(|| {
                            state.read(&id, |x| {
                                statements
                                    .iter()
                                    .filter(|t| t.requires == Some(s.id) && !x.is_asked(t))
                                    .count()
                            })
                        })
                        .unwrap_or(0)
                    };
                    let before = waiting();
                    state.apply(&id, Edit::Answer { statement: s.id.to_owned(), answer: a });
                    let (done, total) = untrack(|| state.read(&id, |x| x.progress(bank()))).unwrap_or((0, 0));
                    let what = a.map_or("Answer cleared", Answer::label);
                    let after = waiting();
                    let change = if after > before {
                        format!(" {} below skipped.", count(after - before, "statement", "statements"))
                    } else if after < before {
                        format!(" {} below asked again.", count(before - after, "statement", "statements"))
                    } else {
                        String::new()
                    };
                    state.announcement.set(format!("{what}, statement {}.{change} {done} of {total} answered.", i + 1));
                }
            });
            let on_note = Callback::new({
                let id = id.clone();
                move |text: String| state.apply(&id, Edit::Note { statement: s.id.to_owned(), text })
            });
            let skipped = move || {
                view! {
                    <p class="skipped" id=format!("s-{}", s.id)>
                        <span class="q-num">{i + 1}". "</span>
                        {s.text}
                        // Why, by the fact's answer: a No says there is none, a Don't know
                        // leaves it open until the person finds out.
                        // Follows the fact's answer: from No to Don't know it stays skipped.
                        <span class="skipped-why">{move || match fact_number.zip(fact_answer) {
                            Some((n, fact)) => match fact.get() {
                                Some(Answer::DontKnow) => format!(" Skipped until you know: you answered Don't know to statement {n}, which this assumes. It is asked once that is Yes."),
                                Some(Answer::NotApplicable) => format!(" Not asked: you answered Not applicable to statement {n}, which this assumes."),
                                _ => format!(" Not asked: you answered No to statement {n}, which this assumes."),
                            },
                            None => " Skipped.".to_owned(),
                        }}</span>
                    </p>
                }
            };
            // Read once: answers to earlier statements change only by an import.
            let earlier = untrack(|| state.read(&id, |a| answered_before(a, s.id))).flatten();
            view! {
                <Show when=move || asked.get() fallback=skipped>
                    <Likert statement=s number=i + 1 answer=answer note=note on_answer=on_answer on_note=on_note earlier=earlier.clone()/>
                </Show>
            }
        })
        .collect_view();
    let has_fact = dimension
        .statements
        .iter()
        .any(|s| s.kind == ItemKind::Fact);
    let about_you = dimension.statements.iter().any(|s| s.self_report);
    let dont_know = dimension.statements.iter().any(|s| !s.self_report);
    view! {
        <p class="purpose">{dimension.purpose}</p>
        <p class="instructions">
            "How far do you agree with each statement? "
            {has_fact.then_some("Statements with Yes and No are facts: say whether they hold. ")}
            {dont_know.then_some(if about_you {
                "Choose “Don't know” when you cannot tell how things are; that is useful to know too. "
            } else {
                "Choose “Don't know” when you are unsure; that is useful to know too."
            })}
            {about_you.then_some("Statements about what you yourself know, have done or think have no “Don't know”: choose the answer nearest to how things are.")}
        </p>
        {hint.map(|h| view! { <p class="answer-hint"><strong>{h.title}" "</strong>{h.text}</p> })}
        <div class="statements">{items}</div>
    }
}

/// One signal per statement: `part` of assessment `id` (`blank` while it is missing).
fn per_statement<T>(
    state: AppState,
    id: &str,
    statements: &'static [Statement],
    blank: T,
    part: fn(&Assessment, &'static Statement) -> T,
) -> Vec<ReadSignal<T>>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let id = id.to_owned();
    parts(move || {
        state
            .read(&id, |a| statements.iter().map(|s| part(a, s)).collect())
            .unwrap_or_else(|| vec![blank.clone(); statements.len()])
    })
}

#[component]
fn WarningSignsStep(
    /// The assessment answered.
    id: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let signs = &bank().warning_signs;
    let ticked = parts({
        let id = id.clone();
        move || {
            state
                .read(&id, |a| {
                    signs
                        .iter()
                        .map(|w| a.warning_signs.contains(w.id))
                        .collect()
                })
                .unwrap_or_else(|| vec![false; signs.len()])
        }
    });
    let items = signs
        .iter()
        .zip(ticked)
        .map(|(w, checked)| {
            let id = id.clone();
            view! {
                <li>
                    <label class="check">
                        <input type="checkbox" prop:checked=checked
                            on:change=move |ev| {
                                let seen = event_target_checked(&ev);
                                state.apply(&id, Edit::WarningSign { sign: w.id.to_owned(), seen });
                            }/>
                        <span>{w.text}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="purpose">"Some things you may have seen are early signs of weak buy-in. Each one you tick becomes a finding with advice."</p>
        <fieldset class="warning-signs">
            <legend>"Which of these have you seen in the last six months?"</legend>
            <ul>{items}</ul>
        </fieldset>
    }
}
