//! Small helpers over the page's DOM and words, shared by the components.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Moves keyboard focus to the first element matching `selector`, if there is one.
pub fn focus(selector: &str) {
    if let Some(el) = document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Like [`focus`], once the next frame has drawn what was just added (a form that opened,
/// a row that was added).
pub fn focus_after_render(selector: &str) {
    let selector = selector.to_owned();
    request_animation_frame(move || focus(&selector));
}

/// "1 action" or "3 actions".
pub fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}
