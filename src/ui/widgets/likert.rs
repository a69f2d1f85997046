//! One statement as a real radio group: 1–5 agreement plus Don't know and Not applicable,
//! with an optional note. Native radios give arrow-key movement and screen-reader
//! announcements for free; the statement is the group's legend, so it names the group.

use leptos::prelude::*;

use crate::model::assessment::{Answer, Level};
use crate::model::bank::Statement;

/// Props:
/// - `statement`: the statement answered here; its id names the radio group.
/// - `number`: its position in the step, shown before the text.
/// - `answer`: the current answer (none when unanswered).
/// - `note`: the current note.
/// - `on_answer`: called with the new answer, or `None` when cleared.
/// - `on_note`: called with the note's text as the person types.
#[component]
pub fn Likert(
    statement: &'static Statement,
    number: usize,
    #[prop(into)] answer: Signal<Option<Answer>>,
    #[prop(into)] note: Signal<String>,
    on_answer: Callback<Option<Answer>>,
    on_note: Callback<String>,
) -> impl IntoView {
    let group = format!("q-{}", statement.id);
    let note_id = format!("note-{}", statement.id);
    let option = move |a: Answer, extra: bool| {
        let group = group.clone();
        let (num, text) = match a {
            Answer::Scale(l) => (l.value().to_string(), a.label()),
            _ => (String::new(), a.label()),
        };
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
                <span class=if extra { "opt-text" } else { "opt-text opt-scale-text" }>{text}</span>
            </label>
        }
    };
    let scale: Vec<_> = Level::all()
        .map(|l| option(Answer::Scale(l), false))
        .collect();
    let extra = vec![
        option(Answer::DontKnow, true),
        option(Answer::NotApplicable, true),
    ];
    let has_note = move || note.with(|n| !n.is_empty());

    view! {
        <fieldset class="likert" class:answered=move || answer.get().is_some() id=format!("s-{}", statement.id)>
            <legend>
                <span class="q-num">{number}". "</span>
                {statement.text}
            </legend>
            <div class="scale">{scale}</div>
            <div class="scale-ends" aria-hidden="true">
                <span>"Strongly disagree"</span>
                <span>"Strongly agree"</span>
            </div>
            <div class="scale-extra">
                {extra}
                <Show when=move || answer.get().is_some()>
                    <button type="button" class="link-button" on:click=move |_| on_answer.run(None)>
                        "Clear answer"
                    </button>
                </Show>
            </div>
            <details class="note" prop:open=has_note>
                <summary>{move || if has_note() { "Your note" } else { "Add a note" }}</summary>
                <label class="visually-hidden" for=note_id.clone()>{format!("Note on statement {number}")}</label>
                <textarea
                    id=note_id
                    rows="2"
                    maxlength="2000"
                    prop:value=move || note.get()
                    on:input=move |ev| on_note.run(event_target_value(&ev))
                ></textarea>
            </details>
        </fieldset>
    }
}
