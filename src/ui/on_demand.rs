//! Pages whose code arrives after the first screen.
//!
//! With the `split` feature (set by index.html for Trunk's builds) the main WebAssembly
//! module holds only what the first screen needs: the app shell, the router and the
//! welcome. The rest is cut out into two chunks (`scripts/post-build.mjs` does the cutting):
//!
//! - `answer`: reading storage (serde and the record formats), the home page's list of
//!   assessments, the storage and save banners, the profile form and the steps: what a
//!   returning visitor sees first and where a new visitor goes next;
//! - `pages`: results, review, compare, partnership, About and How scores work, and the
//!   home page's file import and "Download a copy".
//!
//! Both are fetched in the background once the app has started ([`start`]), `answer`
//! first, so they are usually there before anyone opens a page from them; a link straight
//! to one of their pages has its chunk fetched beside the main module (index.html).
//!
//! Without the feature (component tests, native builds) the same functions are plain
//! calls, so the pages behave the same either way.

use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use super::state::AppState;
use super::widgets::export_bar::export_json;

use super::pages::{
    about::About,
    compare::CompareOverTime,
    home::{import_message, StoredRecords},
    how::HowScores,
    partnership::Partnership,
    profile::ProfilePage,
    results::Results,
    review::Review,
    step::Step,
};
use super::widgets::banners::{SaveBanner, StorageBanners};

/// The chunk with the page could not be fetched: offline before the first visit had
/// finished loading, or a dropped connection. A later attempt fetches it again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotLoaded;

/// Why an action whose code is in a chunk did nothing (after "Nothing was imported: " and
/// the like).
pub const NOT_LOADED_YET: &str =
    "part of Buy-in Check has not reached this browser yet. Connect to the internet and try again.";

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for NotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// Declares a function that lives in on-demand chunk `$chunk`: a page (its body builds
/// the view) or, with `-> $ret`, any other work. The declared function is `async` in split
/// builds (it may fetch the chunk first) and plain otherwise, which [`settle!`] smooths
/// over. `preload $name;` also declares `$name`, an async function that only fetches the
/// chunk.
macro_rules! chunk_page {
    (in $chunk:ident; $(preload $preload:ident;)? fn $name:ident($($arg:ident: $ty:ty),*) $body:block) => {
        chunk_page! {
            in $chunk; $(preload $preload;)?
            fn $name($($arg: $ty),*) -> AnyView { $body.into_any() }
        }
    };
    (in $chunk:ident; $(preload $preload:ident;)? fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty $body:block) => {
        #[cfg_attr(
            feature = "split",
            leptos::wasm_split::wasm_split(
                $chunk,
                wasm_split_path = ::leptos::wasm_split,
                fallible
                $(, preload($preload))?
            )
        )]
        fn $name($($arg: $ty),*) -> Result<$ret, NotLoaded> {
            Ok($body)
        }
    };
}

#[cfg(feature = "split")]
macro_rules! settle {
    ($call:expr) => {
        $call.await
    };
}
#[cfg(not(feature = "split"))]
macro_rules! settle {
    ($call:expr) => {
        $call
    };
}

chunk_page! {
    in pages;
    fn results_view(id: String) {
        view! { <Results id=id/> }
    }
}

chunk_page! {
    in pages;
    fn compare_view(id: String, baseline: String) {
        view! { <CompareOverTime id=id baseline=baseline/> }
    }
}

chunk_page! {
    in pages;
    fn review_view(id: String) {
        view! { <Review id=id/> }
    }
}

chunk_page! {
    in pages;
    fn about_view() {
        view! { <About/> }
    }
}

chunk_page! {
    in pages;
    fn how_scores_view() {
        view! { <HowScores/> }
    }
}

chunk_page! {
    in pages;
    preload fetch_pages_chunk;
    fn partnership_view() {
        view! { <Partnership/> }
    }
}

chunk_page! {
    in answer;
    fn profile_view(id: Option<String>) {
        view! { <ProfilePage id=id/> }
    }
}

chunk_page! {
    in answer;
    fn step_view(id: String, n: usize) {
        view! { <Step id=id n=n/> }
    }
}

// Reading storage decodes every record: serde, the record formats, merging, upgrades.
// None of it is needed to show the welcome, so it comes with the pages a new visitor
// opens next, and the app starts with its state unread (`AppState::unread`).
chunk_page! {
    in answer;
    preload fetch_answer_chunk;
    fn read_storage_in(state: AppState) -> () {
        state.read_storage()
    }
}

chunk_page! {
    in answer;
    fn reload_storage_in(state: AppState) -> () {
        state.reload()
    }
}

chunk_page! {
    in answer;
    fn stored_records_view() {
        view! { <StoredRecords/> }
    }
}

chunk_page! {
    in answer;
    fn storage_banners_view() {
        view! { <StorageBanners/> }
    }
}

chunk_page! {
    in answer;
    fn save_banner_view() {
        view! { <SaveBanner/> }
    }
}

/// Reads storage into `state`, once (see `AppState::read_storage`). Every page and action
/// from a chunk waits for it, so nothing is shown or saved over records not yet read.
pub async fn read_storage(state: AppState) -> Result<(), NotLoaded> {
    if state.storage_read.get_untracked() {
        return Ok(());
    }
    // Starting the chunk is one task; reading storage and drawing what it holds, the
    // next: together they would block the page for longer than a "long task".
    #[cfg(feature = "split")]
    {
        fetch_answer_chunk().await?;
        super::dom::yield_to_browser().await;
        if state.storage_read.get_untracked() {
            return Ok(());
        }
    }
    settle!(read_storage_in(state))
}

/// Reads storage again after another tab changed it; before the first read there is
/// nothing to bring up to date.
pub async fn reload_storage(state: AppState) -> Result<(), NotLoaded> {
    if !state.storage_read.get_untracked() {
        return Ok(());
    }
    settle!(reload_storage_in(state))
}

/// The home page's list of assessments and set-aside records.
pub async fn stored_records(state: AppState) -> Result<AnyView, NotLoaded> {
    read_storage(state).await?;
    settle!(stored_records_view())
}

/// The banners about what reading storage found (see `StorageBanners`); for after the
/// read, whose code is in the same chunk.
pub async fn storage_banners() -> Result<AnyView, NotLoaded> {
    settle!(storage_banners_view())
}

/// The banner that says a save failed (see `SaveBanner`); for after the read.
pub async fn save_banner() -> Result<AnyView, NotLoaded> {
    settle!(save_banner_view())
}

/// Part of the app shell whose code is in a chunk: shown once it is here, and nothing
/// while it loads or if it cannot be fetched (any page that needs it says so itself).
pub fn when_here<Fut>(part: Fut) -> impl IntoView
where
    Fut: Future<Output = Result<AnyView, NotLoaded>> + Send + 'static,
{
    Suspend::new(async move { part.await.unwrap_or_else(|NotLoaded| ().into_any()) })
}

/// The profile form: a new assessment's (`None`) or assessment `id`'s.
pub async fn profile(id: Option<String>) -> Result<AnyView, NotLoaded> {
    settle!(profile_view(id))
}

/// Step `n` of assessment `id`.
pub async fn step(id: String, n: usize) -> Result<AnyView, NotLoaded> {
    settle!(step_view(id, n))
}

chunk_page! {
    in pages;
    fn import_text(state: AppState, text: String) -> (bool, String) {
        import_message(state, &text)
    }
}

chunk_page! {
    in pages;
    fn export_json_copy(state: AppState, id: String) -> Result<String, String> {
        export_json(state, &id)
    }
}

/// Imports the assessments in `text` (a JSON export), all or none. Says what happened,
/// and whether it went well, in a sentence for the person.
pub async fn import(state: AppState, text: String) -> Result<(bool, String), NotLoaded> {
    read_storage(state).await?;
    settle!(import_text(state, text))
}

/// Downloads assessment `id` as JSON (see [`export_json`]); the Ok value is the file name.
pub async fn export_json_file(
    state: AppState,
    id: String,
) -> Result<Result<String, String>, NotLoaded> {
    read_storage(state).await?;
    settle!(export_json_copy(state, id))
}

/// The results page of assessment `id`.
pub async fn results(id: String) -> Result<AnyView, NotLoaded> {
    settle!(results_view(id))
}

/// Assessment `id` compared with the earlier assessment `baseline`.
pub async fn compare(id: String, baseline: String) -> Result<AnyView, NotLoaded> {
    settle!(compare_view(id, baseline))
}

/// The review of assessment `id`'s answers before the results.
pub async fn review(id: String) -> Result<AnyView, NotLoaded> {
    settle!(review_view(id))
}

/// The About page.
pub async fn about() -> Result<AnyView, NotLoaded> {
    settle!(about_view())
}

/// How scores work.
pub async fn how_scores() -> Result<AnyView, NotLoaded> {
    settle!(how_scores_view())
}

/// The partnership view (several partners side by side).
pub async fn partnership() -> Result<AnyView, NotLoaded> {
    settle!(partnership_view())
}

/// Starts what the first screen does not wait for: reads storage (fetching the `answer`
/// chunk, which has that code and the pages a new visitor opens next), then fetches the
/// `pages` chunk, one after the other so the first is not slowed by the second. A failure
/// is quietly left for a page to report (and retry) when someone opens it.
pub fn start(state: AppState) {
    leptos::task::spawn_local(async move {
        let _ = read_storage(state).await;
        #[cfg(feature = "split")]
        let _ = fetch_pages_chunk().await;
    });
}

/// A page from an on-demand chunk: nothing while it loads (usually no time at all, since
/// the chunks are prefetched), and a notice with "Try again" if it cannot be fetched.
pub fn loaded_on_demand<F, Fut>(load: F) -> AnyView
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<AnyView, NotLoaded>> + Send + 'static,
{
    let attempt = RwSignal::new(0u32);
    // Said only when the chunk takes a moment (a slow connection, or a link followed before
    // the prefetch is done); a chunk already here shows its page at once, with no flash.
    let waiting = RwSignal::new(false);
    let state = expect_context::<AppState>();
    let page = move || {
        attempt.track();
        let storage = read_storage(state);
        let page = load();
        let arrived = Arc::new(AtomicBool::new(false));
        let seen = arrived.clone();
        set_timeout(
            move || {
                if !seen.load(Ordering::Relaxed) {
                    // The page may have been left already: then there is nothing to say.
                    let _ = waiting.try_set(true);
                }
            },
            WAITING_NOTE_AFTER,
        );
        Suspend::new(async move {
            let loaded = match storage.await {
                Ok(()) => page.await,
                Err(NotLoaded) => Err(NotLoaded),
            };
            let view = match loaded {
                Ok(view) => view,
                Err(NotLoaded) => view! { <NotLoadedNotice attempt=attempt/> }.into_any(),
            };
            arrived.store(true, Ordering::Relaxed);
            let _ = waiting.try_set(false);
            refocus_if_lost();
            view
        })
    };
    view! {
        {move || waiting.get().then(|| view! {
            <p class="waiting-note" role="status">"Loading this page…"</p>
        })}
        {page}
    }
    .into_any()
}

/// How long a page from a chunk may take before "Loading this page…" is shown.
const WAITING_NOTE_AFTER: Duration = Duration::from_millis(400);

/// Once the page from a chunk is drawn, puts focus on its heading if focus was lost on
/// the way: the link that was followed is gone, and the app's own move to the new page's
/// heading came before a chunk that had to be fetched. A page that placed focus itself
/// (a step, on a statement) keeps it.
fn refocus_if_lost() {
    request_animation_frame(|| {
        let lost = document()
            .active_element()
            .is_none_or(|el| el.tag_name().eq_ignore_ascii_case("body"));
        if lost {
            super::dom::focus(".page-heading");
        }
    });
}

#[component]
fn NotLoadedNotice(
    /// Bumped by "Try again" to fetch the page once more.
    attempt: RwSignal<u32>,
) -> impl IntoView {
    view! {
        <h1 class="page-heading" tabindex="-1">"This page could not be loaded"</h1>
        <p role="alert">
            "Part of Buy-in Check has not reached this browser yet, and fetching it failed: \
             the connection may be down. Your answers are saved here and nothing is lost."
        </p>
        <p>
            <button type="button" class="primary" on:click=move |_| attempt.update(|n| *n += 1)>
                "Try again"
            </button>
            " "
            <a href="#/">"Back to your assessments"</a>
        </p>
    }
}
