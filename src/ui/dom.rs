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

/// Runs `work` once the next frame has been drawn: for work the person need not wait for
/// to see what they did (a save). In a hidden page, which draws no frames, in the next
/// task.
pub fn after_next_paint(work: impl FnOnce() + 'static) {
    if document().hidden() {
        next_task(work);
    } else {
        // A task posted from an animation frame callback runs after that frame's paint.
        request_animation_frame(move || next_task(work));
    }
}

/// "1 action" or "3 actions".
pub fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// Runs `work` in a task of its own, so that input waiting since the last task is
/// handled first and a frame that is due can be drawn: for splitting work that would
/// otherwise block the page for long.
///
/// The task is posted with `scheduler.postTask` at "user-blocking" priority where the
/// browser has it (Chromium, recent Firefox), so it runs ahead of other queued tasks
/// (timers, scripts evaluated by extensions or tools) instead of behind them: the work is
/// split, not delayed. Input is still handled first; a frame may wait for a short chain
/// of such tasks. Elsewhere it is a zero-delay timer.
pub fn next_task(work: impl FnOnce() + 'static) {
    let work = wasm_bindgen::closure::Closure::once_into_js(work);
    if !post_urgent_task(&work) {
        let _ = window().set_timeout_with_callback(work.unchecked_ref());
    }
}

/// `scheduler.postTask(work, { priority: "user-blocking" })`; false where the browser
/// has no `scheduler.postTask`.
fn post_urgent_task(work: &wasm_bindgen::JsValue) -> bool {
    use js_sys::{Function, Object, Reflect};
    use wasm_bindgen::JsValue;

    let Ok(scheduler) = Reflect::get(&js_sys::global(), &JsValue::from_str("scheduler")) else {
        return false;
    };
    if !scheduler.is_object() {
        return false;
    }
    let Some(post_task) = Reflect::get(&scheduler, &JsValue::from_str("postTask"))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
    else {
        return false;
    };
    let options = Object::new();
    let _ = Reflect::set(
        &options,
        &JsValue::from_str("priority"),
        &JsValue::from_str("user-blocking"),
    );
    // Its promise rejects only if the task is aborted, which nothing here does.
    post_task.call2(&scheduler, work, &options).is_ok()
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
        let waker = {
            let mut due = timer.lock().unwrap_or_else(|e| e.into_inner());
            due.0 = true;
            due.1.take()
        };
        // Woken with the lock let go: an executor that polls at once must find it free.
        if let Some(waker) = waker {
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
