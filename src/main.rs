//! Start-up only: report panics to the console, then mount the app.

fn main() {
    // A User Timing mark the benchmark reads: the module is running. The app marks
    // `buyin-mounted` when its first page has replaced index.html's (src/ui/app.rs).
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("buyin-start");
    }
    console_error_panic_hook::set_once();
    // Starting the module is one task, mounting the app the next (see `App`): together
    // they would block the page for longer than a "long task".
    buy_in_check::ui::dom::next_task(|| leptos::mount::mount_to_body(buy_in_check::App));
}
