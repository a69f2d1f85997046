//! Start-up only: report panics to the console, then mount the app.

fn main() {
    // User Timing marks the benchmark reads: module running, and first view in the page.
    let window = web_sys::window();
    let performance = window.as_ref().and_then(|w| w.performance());
    let mark = |name: &str| {
        if let Some(p) = &performance {
            let _ = p.mark(name);
        }
    };
    mark("buyin-start");
    console_error_panic_hook::set_once();
    // index.html shows a static "loading" note while the module downloads; the app replaces it.
    if let Some(boot) = window
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    leptos::mount::mount_to_body(buy_in_check::App);
    mark("buyin-mounted");
}
