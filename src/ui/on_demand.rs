//! Pages whose code arrives after the first screen.
//!
//! With the `split` feature (set by index.html for Trunk's builds) every page a new
//! visitor does not need to answer statements — results, review, compare, partnership,
//! About, How scores work — is cut out of the main WebAssembly module into one chunk
//! (`scripts/post-build.mjs` does the cutting). The main module, all a person needs to
//! answer statements, is then 185 KB brotli and the chunk 97 KB (a build without the split
//! is one module of both), so the app is ready sooner on a slow network; the chunk is fetched in the background once
//! the app has started ([`prefetch`]), so it is usually there before anyone opens a page
//! from it.
//!
//! Without the feature (component tests, native builds) the same functions are plain
//! calls, so the pages behave the same either way.

use std::future::Future;

use leptos::prelude::*;

use super::pages::{
    about::About, compare::CompareOverTime, how::HowScores, partnership::Partnership,
    results::Results, review::Review,
};

/// The chunk with the page could not be fetched: offline before the first visit had
/// finished loading, or a dropped connection. A later attempt fetches it again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotLoaded;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for NotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// Declares a page that lives in the on-demand chunk. Its body builds the view; the
/// declared function is `async` in split builds (it may fetch the chunk first) and
/// plain otherwise, which [`settle!`] smooths over.
/// `preload $name;` also declares `$name`, an async function that only fetches the chunk.
macro_rules! chunk_page {
    ($(preload $preload:ident;)? fn $name:ident($($arg:ident: $ty:ty),*) $body:block) => {
        #[cfg_attr(
            feature = "split",
            leptos::wasm_split::wasm_split(
                pages,
                wasm_split_path = ::leptos::wasm_split,
                fallible
                $(, preload($preload))?
            )
        )]
        fn $name($($arg: $ty),*) -> Result<AnyView, NotLoaded> {
            Ok($body.into_any())
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
    fn results_view(id: String) {
        view! { <Results id=id/> }
    }
}

chunk_page! {
    fn compare_view(id: String, baseline: String) {
        view! { <CompareOverTime id=id baseline=baseline/> }
    }
}

chunk_page! {
    fn review_view(id: String) {
        view! { <Review id=id/> }
    }
}

chunk_page! {
    fn about_view() {
        view! { <About/> }
    }
}

chunk_page! {
    fn how_scores_view() {
        view! { <HowScores/> }
    }
}

chunk_page! {
    preload fetch_pages_chunk;
    fn partnership_view() {
        view! { <Partnership/> }
    }
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

/// Fetches the chunk in the background; a failure is quietly left for the page itself
/// to report (and retry) when someone opens it.
pub fn prefetch() {
    #[cfg(feature = "split")]
    leptos::task::spawn_local(async {
        // Loading the chunk of any one page loads them all: they share one chunk.
        let _ = fetch_pages_chunk().await;
    });
}

/// A page from the on-demand chunk: nothing while it loads (usually no time at all, since
/// the chunk is prefetched), and a notice with "Try again" if it cannot be fetched.
pub fn loaded_on_demand<F, Fut>(load: F) -> AnyView
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<AnyView, NotLoaded>> + Send + 'static,
{
    let attempt = RwSignal::new(0u32);
    (move || {
        attempt.track();
        let page = load();
        Suspend::new(async move {
            match page.await {
                Ok(view) => view,
                Err(NotLoaded) => view! { <NotLoadedNotice attempt=attempt/> }.into_any(),
            }
        })
    })
    .into_any()
}

#[component]
fn NotLoadedNotice(
    /// Bumped by "Try again" to fetch the page once more.
    attempt: RwSignal<u32>,
) -> impl IntoView {
    view! {
        <h1>"This page could not be loaded"</h1>
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
