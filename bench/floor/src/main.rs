//! Three statements with a 1–5 scale and a live count of answers: the least a Leptos
//! CSR app needs for the benchmark's "first statement visible" and click figures.

use leptos::prelude::*;

const STATEMENTS: [&str; 3] = [
    "Our organisations agree on what the partnership is for.",
    "Our leaders speak up for the partnership.",
    "Staff have time set aside for partnership work.",
];

#[component]
fn Statement(text: &'static str, index: usize, answer: RwSignal<Option<u8>>) -> impl IntoView {
    view! {
        <fieldset class="q">
            <legend>{text}</legend>
            {(1u8..=5)
                .map(|v| {
                    view! {
                        <label>
                            <input type="radio" name=format!("s{index}")
                                prop:checked=move || answer.get() == Some(v)
                                on:change=move |_| answer.set(Some(v)) />
                            {v.to_string()}
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

#[component]
fn App() -> impl IntoView {
    let answers: Vec<RwSignal<Option<u8>>> = STATEMENTS.iter().map(|_| RwSignal::new(None)).collect();
    let all = answers.clone();
    let answered = Memo::new(move |_| all.iter().filter(|a| a.get().is_some()).count());
    view! {
        <main>
            <h1>"Buy-in"</h1>
            <p>{move || format!("{} of {} answered", answered.get(), STATEMENTS.len())}</p>
            {STATEMENTS
                .iter()
                .enumerate()
                .map(|(i, t)| view! { <Statement text=t index=i answer=answers[i] /> })
                .collect_view()}
        </main>
    }
}

fn main() {
    mount_to_body(App);
}
