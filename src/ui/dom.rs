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

/// Runs `work` in a task of its own, after the browser has had the chance to handle input
/// and paint: for splitting work that would otherwise block the page for long.
pub fn next_task(work: impl FnOnce() + 'static) {
    set_timeout(work, std::time::Duration::ZERO);
}

/// Waits for a task of its own (see [`next_task`]), from async code. (A future a
/// `Suspend` can hold must be `Send`, which a JavaScript promise is not: hence the flag.)
#[cfg(feature = "split")]
pub async fn yield_to_browser() {
    use std::sync::{Arc, Mutex};
    use std::task::{Poll, Waker};

    let due: Arc<Mutex<(bool, Option<Waker>)>> = Arc::default();
    let timer = due.clone();
    next_task(move || {
        let mut due = timer.lock().unwrap_or_else(|e| e.into_inner());
        due.0 = true;
        if let Some(waker) = due.1.take() {
            waker.wake();
        }
    });
    std::future::poll_fn(move |cx| {
        let mut due = due.lock().unwrap_or_else(|e| e.into_inner());
        if due.0 {
            Poll::Ready(())
        } else {
            due.1 = Some(cx.waker().clone());
            Poll::Pending
        }
    })
    .await
}
