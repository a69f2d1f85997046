//! One statement as a real radio group: 1–5 agreement (or Yes / No for a fact) plus
//! Don't know and Not applicable where the statement offers them, with an optional note. Native radios give arrow-key movement and screen-reader
//! announcements for free; the statement is the group's legend, so it names the group.

use leptos::prelude::*;

use crate::model::assessment::Answer;
use crate::model::bank::{ItemKind, Statement};
use crate::model::bank_upgrade::AnsweredBefore;

#[component]
pub fn Likert(
    /// The statement answered here; its id names the radio group.
    statement: &'static Statement,
    /// Its position in the step, shown before the text.
    number: usize,
    /// The current answer (none when unanswered).
    #[prop(into)]
    answer: Signal<Option<Answer>>,
    /// The current note.
    #[prop(into)]
    note: Signal<String>,
    /// Called with the new answer, or `None` when cleared.
    on_answer: Callback<Option<Answer>>,
    /// Called with the note's text as the person types.
    on_note: Callback<String>,
    /// The words of the earlier statement this one is asked in place of, and the answer
    /// given to it, if any: shown while this one is unanswered.
    #[prop(default = None)]
    earlier: Option<AnsweredBefore>,
) -> impl IntoView {
    let group = format!("q-{}", statement.id);
    let note_id = format!("note-{}", statement.id);
    let option = move |a: Answer, extra: bool| {
        let group = group.clone();
        let num = match a {
            Answer::Scale(l) => l.value().to_string(),
            _ => String::new(),
        };
        let text = a.label();
        view! {
            <label class="opt" class:opt-extra=extra class:chosen=move || answer.get() == Some(a)>
                <input
                    type="radio"
                    name=group
                    value=a.code()
                    prop:checked=move || answer.get() == Some(a)
                    on:change=move |_| on_answer.run(Some(a))
                />
                <span class="opt-num" aria-hidden="true">{num}</span>
                <span class=if matches!(a, Answer::Scale(_)) { "opt-text opt-scale-text" } else { "opt-text" }>{text}</span>
            </label>
        }
    };
    let is_fact = statement.kind == ItemKind::Fact;
    let offered = Answer::offered(statement);
    // A Don't know or Not applicable given when this statement still offered it stays
    // visible while it stands, with a word on why it is no longer offered; once changed it
    // goes, so it cannot be chosen again.
    let kept = answer
        .get_untracked()
        .filter(|a| !offered.contains(a) && a.fits(statement.kind));
    let kept_option = kept.map(|a| {
        let option = option.clone();
        move || (answer.get() == Some(a)).then(|| option(a, true))
    });
    let (main, extra): (Vec<Answer>, Vec<Answer>) =
        offered.into_iter().partition(|a| a.value().is_some());
    let scale: Vec<_> = main.into_iter().map(|a| option(a, false)).collect();
    let extra: Vec<_> = extra.into_iter().map(|a| option(a, true)).collect();
    let has_note = move || note.with(|n| !n.is_empty());
    let has_earlier = earlier.is_some();

    view! {
        <fieldset
            class="likert"
            class:fact=is_fact
            class:answered=move || answer.get().is_some()
            id=format!("s-{}", statement.id)
            aria-describedby=move || {
                let shown = answer.get();
                let kept = kept.filter(|a| shown == Some(*a)).map(|_| format!("kept-{}", statement.id));
                let earlier = (has_earlier && shown.is_none()).then(|| format!("earlier-{}", statement.id));
                let ids: Vec<String> = kept.into_iter().chain(earlier).collect();
                (!ids.is_empty()).then(|| ids.join(" "))
            }
        >
            <legend>
                <span class="q-num">{number}". "</span>
                {statement.text}
            </legend>
            <div class="scale" class:scale-fact=is_fact>{scale}</div>
            {(!is_fact).then(|| view! {
                <div class="scale-ends" aria-hidden="true">
                    <span>"Strongly disagree"</span>
                    <span>"Strongly agree"</span>
                </div>
            })}
            <div class="scale-extra">
                {extra}
                {kept_option}
                <Show when=move || answer.get().is_some()>
                    <button type="button" class="link-button" on:click=move |_| on_answer.run(None)>
                        "Clear answer"
                    </button>
                </Show>
            </div>
            // Said while that answer stands: once changed, the line has nothing to explain.
            {kept.map(|a| view! {
                <Show when=move || answer.get() == Some(a)>
                    <p class="hint kept-answer" id=format!("kept-{}", statement.id)>
                        {format!(
                            "“{}” is no longer offered here, as this statement {}: {}.",
                            a.label(),
                            if a == Answer::DontKnow { "is about what you see for yourself" } else { "applies to everyone" },
                            if is_fact { "answer Yes or No" } else { "choose the answer nearest to how things are" },
                        )}
                    </p>
                </Show>
            })}
            // What the person said to the statement this one replaced, until they answer it.
            {earlier.map(|before| {
                // An agreement given to a statement now asked as Yes or No: said so, so the
                // earlier "Neither agree nor disagree" is not read as an answer to this one.
                let now_a_fact = is_fact && matches!(before.answer, Answer::Scale(_));
                let said = format!(
                    "The earlier version of the questions asked instead: “{}” You answered “{}”{}{}. {}",
                    before.text,
                    before.answer.label(),
                    if now_a_fact { " on the agree–disagree scale" } else { "" },
                    if before.note.is_empty() { String::new() } else { format!(" (your note: “{}”)", before.note) },
                    if now_a_fact {
                        "This statement asks Yes or No, so it needs an answer of its own."
                    } else {
                        "This statement asks something different, so it needs an answer of its own."
                    },
                );
                view! {
                    <Show when=move || answer.get().is_none()>
                        <p class="hint earlier-hint" id=format!("earlier-{}", statement.id)>{said.clone()}</p>
                    </Show>
                }
            })}
            <details class="note" prop:open=has_note>
                <summary>{move || if has_note() { "Your note" } else { "Add a note" }}</summary>
                <label class="visually-hidden" for=note_id.clone()>{format!("Note on statement {number}")}</label>
                <textarea
                    id=note_id
                    rows="3"
                    maxlength="2000"
                    prop:value=move || note.get()
                    on:input=move |ev| on_note.run(event_target_value(&ev))
                ></textarea>
            </details>
        </fieldset>
    }
}
