//! The app shell: header, navigation, the current page, and app-wide banners.

use leptos::prelude::*;

use super::dom::next_task;
use super::on_demand::{self, loaded_on_demand};
use super::pages::{home::Home, not_found::NotFound};
use super::route::{Route, Router};
use super::state::AppState;
use super::widgets::banners::{StorageWarnings, UpdateBanner};
use crate::store::local::Repository;

/// The whole app. Opens storage, installs the router and renders the page for the URL.
#[component]
pub fn App() -> impl IntoView {
    // Storage is read once the code for it has come (`on_demand::start`).
    let state = AppState::unread(Repository::open());
    provide_context(state);
    let router = Router::install();
    provide_context(router);

    // Another tab saved: read storage again so both tabs show the same answers.
    let storage_listener = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().is_none_or(|k| Repository::owns_key(&k)) {
            leptos::task::spawn_local(async move {
                let _ = on_demand::reload_storage(state).await;
            });
        }
    });
    on_cleanup(move || storage_listener.remove());

    Effect::new(move |_| {
        let route = router.route.get();
        document().set_title(route.title());
    });

    // Another page is a new page, for the eye and for a screen reader: it starts at its
    // top with focus on its heading, not scrolled to where the last page was. The step
    // page places focus itself (its heading, or the statement a link names); the first
    // page after loading keeps the browser's own start.
    Effect::new(move |seen: Option<()>| {
        let route = router.route.get();
        if seen.is_some() && !matches!(route, Route::Step(..)) {
            window().scroll_to_with_x_and_y(0.0, 0.0);
            super::dom::focus_after_render(".page-heading");
        }
    });

    // The start comes in steps, each its own task and each shorter than a "long task"
    // (50 ms on a slow phone), so a tap while the app starts never waits long. Most of
    // each step is the browser compiling code that runs for the first time, so the work
    // divides as the code does. This step sets up state and routing; the next builds the
    // shell, hidden behind the prerendered page (`#boot`); the next builds the page and
    // swaps it in; the last asks after storage, then reads it and fetches the rest of the
    // app. A returning visitor or a link to another page needs storage read before its
    // first page can show: for them reading starts now, so that fetching and compiling
    // the chunk with its code overlaps with building the shell and the page.
    let shell_due = RwSignal::new(false);
    let page_due = RwSignal::new(false);
    let storage_first = needs_storage_first();
    if storage_first {
        // Asked first, so that what storage holds is never shown before the browser has
        // said whether it keeps it (the home page's export reminder depends on it).
        state.check_storage_kept();
        on_demand::start(state);
    }
    hide_behind_boot();
    next_task(move || {
        shell_due.set(true);
        next_task(move || {
            // The page is drawn before this task ends, so no frame comes between the two.
            page_due.set(true);
            show_instead_of_boot();
            if !storage_first {
                next_task(move || {
                    state.check_storage_kept();
                    on_demand::start(state);
                });
            }
        });
    });

    let page = move || match router.route.get() {
        Route::Home => view! { <Home/> }.into_any(),
        Route::About => loaded_on_demand(on_demand::about),
        Route::HowScores => loaded_on_demand(on_demand::how_scores),
        Route::New => loaded_on_demand(|| on_demand::profile(None)),
        Route::Profile(id) => loaded_on_demand(move || on_demand::profile(Some(id.clone()))),
        Route::Step(id, n) => loaded_on_demand(move || on_demand::step(id.clone(), n)),
        Route::Review(id) => loaded_on_demand(move || on_demand::review(id.clone())),
        Route::Results(id) => loaded_on_demand(move || on_demand::results(id.clone())),
        Route::Compare(id, base) => {
            loaded_on_demand(move || on_demand::compare(id.clone(), base.clone()))
        }
        Route::Partnership => loaded_on_demand(on_demand::partnership),
        Route::NotFound(path) => view! { <NotFound path=path/> }.into_any(),
    };

    move || {
        shell_due.get().then(|| {
            view! {
                <Frame>
                    <StorageWarnings/>
                    // Drawn once storage has been read, by whatever read it: so also after a
                    // "Try again" when the chunk with their code could not be fetched at first.
                    {move || state.storage_read.get().then(|| on_demand::when_here(on_demand::storage_banners()))}
                    <UpdateBanner/>
                    <main id="main" tabindex="-1">{move || page_due.get().then(page)}</main>
                    {move || state.storage_read.get().then(|| on_demand::when_here(on_demand::save_banner()))}
                    <p class="visually-hidden" aria-live="polite">{move || state.announcement.get()}</p>
                </Frame>
            }
        })
    }
}

/// True when the first page needs what storage holds: index.html's start-up script marks
/// a returning visitor or a link to a page other than the welcome with the class
/// `returning` (and shows them the loading note, not the welcome).
fn needs_storage_first() -> bool {
    document()
        .document_element()
        .and_then(|html| html.get_attribute("class"))
        .is_some_and(|classes| classes.split_whitespace().any(|c| c == "returning"))
}

/// Marks the page as starting: style/base.css hides the app's nodes while the
/// prerendered welcome or the loading note (`#boot`) stays in view.
fn hide_behind_boot() {
    if let Some(body) = document().body() {
        let _ = body.set_attribute("data-starting", "");
    }
}

/// The page is put in: the app replaces `#boot` in the same task, so no frame shows both.
/// (A page whose code is still on its way shows its own waiting note.) Marks
/// `buyin-mounted` for the benchmark.
fn show_instead_of_boot() {
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    if let Some(body) = document().body() {
        let _ = body.remove_attribute("data-starting");
    }
    if let Some(performance) = window().performance() {
        let _ = performance.mark("buyin-mounted");
    }
}

/// What surrounds every page: the skip link, the header with the navigation, and the
/// footer. Needs no state and no browser, so the build can also render it to HTML (see
/// [`welcome_html`]).
#[component]
pub fn Frame(
    /// Everything between the header and the footer: banners and the page's `main`.
    children: Children,
) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            super::dom::focus("#main");
        }>"Skip to content"</a>
        <header class="app-header">
            <a class="brand" href="#/">
                <span class="brand-mark" aria-hidden="true"></span>
                "Buy-in Check"
            </a>
            <nav aria-label="Main">
                <a href="#/">"Assessments"</a>
                <a href="#/partnership">"Partnership view"</a>
                <a href="#/how-scores-work">"How scores work"</a>
                <a href="#/about">"About"</a>
            </nav>
        </header>
        {children()}
        <footer class="app-footer">
            <p>"Your answers stay in this browser. Nothing is sent anywhere."</p>
        </footer>
    }
}

/// The home page as a new visitor sees it (nothing stored), rendered to HTML by the build
/// (`src/bin/prerender.rs`) and put in index.html, so the welcome is readable before the
/// module arrives. The app replaces it with its first page; a test holds the two to the same
/// text.
#[cfg(feature = "prerender")]
pub fn welcome_html() -> String {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(AppState::unread(Repository::in_memory()));
        // Rendered once, with nothing to react to: `untrack` says so, and keeps Leptos
        // from warning about every signal read outside a reactive context.
        untrack(|| {
            view! {
                <Frame>
                    <main id="main" tabindex="-1"><Home/></main>
                </Frame>
            }
            .to_html()
        })
    })
}
