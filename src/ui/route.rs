//! Hash routes. The URL after `#` says where the person is, so the built site works from
//! any static host and sub-path, and Back/Forward and reload keep them in place.

use leptos::prelude::*;

use crate::model::assessment::is_valid_id as valid_id;

/// Every screen of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    About,
    HowScores,
    /// Start a new assessment (the profile form).
    New,
    /// Edit the profile of an existing assessment.
    Profile(String),
    /// One step of the guided flow, numbered from 1.
    Step(String, usize),
    Review(String),
    Results(String),
    /// An assessment against an earlier one (its baseline).
    Compare(String, String),
    /// Several partners' assessments side by side.
    Partnership,
    /// A hash we do not know; its path (without any `?…`) is kept so the page can say
    /// what was asked for.
    NotFound(String),
}

impl Route {
    /// Parses `location.hash` (with or without the leading `#`).
    pub fn parse(hash: &str) -> Route {
        // An in-page anchor such as the skip link's `#main` (followed as a plain link
        // before the app has started) is not a route: it stays on the home page.
        let raw = hash.trim_start_matches('#');
        // A query (`?s=…`) says where on the page to land, not which page.
        let raw = raw.split_once('?').map_or(raw, |(path, _)| path);
        if !raw.is_empty() && !raw.starts_with('/') {
            return Route::Home;
        }
        let path = raw.trim_start_matches('/');
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] => Route::Home,
            ["about"] => Route::About,
            ["how-scores-work"] => Route::HowScores,
            ["new"] => Route::New,
            ["partnership"] => Route::Partnership,
            ["a", id, "compare", base] if valid_id(id) && valid_id(base) => {
                Route::Compare((*id).to_owned(), (*base).to_owned())
            }
            ["a", id, "profile"] if valid_id(id) => Route::Profile((*id).to_owned()),
            ["a", id, "step", n] if valid_id(id) => match n.parse::<usize>() {
                Ok(n) if n >= 1 => Route::Step((*id).to_owned(), n),
                _ => Route::NotFound(path.to_owned()),
            },
            ["a", id, "review"] if valid_id(id) => Route::Review((*id).to_owned()),
            ["a", id, "results"] if valid_id(id) => Route::Results((*id).to_owned()),
            ["a", id] if valid_id(id) => Route::Step((*id).to_owned(), 1),
            _ => Route::NotFound(path.to_owned()),
        }
    }

    /// The hash for this route, starting with `#/`.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Home => "#/".to_owned(),
            Route::About => "#/about".to_owned(),
            Route::HowScores => "#/how-scores-work".to_owned(),
            Route::New => "#/new".to_owned(),
            Route::Profile(id) => format!("#/a/{id}/profile"),
            Route::Step(id, n) => format!("#/a/{id}/step/{n}"),
            Route::Review(id) => format!("#/a/{id}/review"),
            Route::Results(id) => format!("#/a/{id}/results"),
            Route::Compare(id, base) => format!("#/a/{id}/compare/{base}"),
            Route::Partnership => "#/partnership".to_owned(),
            Route::NotFound(path) => format!("#/{path}"),
        }
    }

    /// The document title for this route.
    pub fn title(&self) -> &'static str {
        match self {
            Route::Home => "Buy-in Check",
            Route::About => "About · Buy-in Check",
            Route::HowScores => "How scores work · Buy-in Check",
            Route::New => "New assessment · Buy-in Check",
            Route::Profile(_) => "Profile · Buy-in Check",
            Route::Step(..) => "Assessment · Buy-in Check",
            Route::Review(_) => "Review · Buy-in Check",
            Route::Results(_) => "Results · Buy-in Check",
            Route::Compare(..) => "Compare · Buy-in Check",
            Route::Partnership => "Partnership view · Buy-in Check",
            Route::NotFound(_) => "Not found · Buy-in Check",
        }
    }
}

/// The current route, kept in step with `location.hash`.
#[derive(Clone, Copy)]
pub struct Router {
    pub route: ReadSignal<Route>,
}

impl Router {
    /// Reads the hash now and follows `hashchange` from here on.
    pub fn install() -> Router {
        let (route, set_route) = signal(Route::parse(&current_hash()));
        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            set_route.set(Route::parse(&current_hash()));
        });
        // The router lives as long as the app; the listener must too.
        on_cleanup(move || handle.remove());
        Router { route }
    }
}

/// A link to one statement on its step: the step page opens with focus on its answer.
pub fn statement_link(id: &str, step: usize, statement_id: &str) -> String {
    format!(
        "{}?s={statement_id}",
        Route::Step(id.to_owned(), step).to_hash()
    )
}

/// The statement the current address asks to land on (see [`statement_link`]).
pub fn statement_target() -> Option<String> {
    target_in(&current_hash())
}

fn target_in(hash: &str) -> Option<String> {
    let (_, query) = hash.split_once('?')?;
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix("s="))
        // Statement ids are lower-case words and digits joined by hyphens; anything else
        // is not ours, and never reaches a CSS selector.
        .filter(|id| {
            !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        .map(str::to_owned)
}

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Goes to `route`, adding a history entry (so Back returns here).
pub fn navigate(route: &Route) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&route.to_hash());
    }
}

/// Goes to `route` without a new history entry (for corrections such as an unknown step).
pub fn replace(route: &Route) {
    let Some(w) = web_sys::window() else { return };
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&route.to_hash()),
        );
    }
    // replaceState fires no hashchange of its own; tell the router.
    if let Ok(event) = web_sys::Event::new("hashchange") {
        let _ = w.dispatch_event(&event);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        for r in [
            Route::Home,
            Route::About,
            Route::HowScores,
            Route::New,
            Route::Profile("k3x-9".into()),
            Route::Step("k3x-9".into(), 4),
            Route::Review("k3x-9".into()),
            Route::Results("k3x-9".into()),
            Route::Compare("k3x-9".into(), "a1".into()),
            Route::Partnership,
        ] {
            assert_eq!(Route::parse(&r.to_hash()), r);
        }
    }

    #[test]
    fn a_statement_link_opens_its_step_and_names_the_statement() {
        let link = statement_link("k3x-9", 3, "shared-value-2");
        assert_eq!(link, "#/a/k3x-9/step/3?s=shared-value-2");
        assert_eq!(Route::parse(&link), Route::Step("k3x-9".into(), 3));
        assert_eq!(target_in(&link).as_deref(), Some("shared-value-2"));
        assert_eq!(target_in("#/a/k3x-9/step/3"), None);
        // Only a statement id gets through: nothing that could break out of a selector.
        assert_eq!(target_in("#/a/k3x-9/step/3?s=x\"],body"), None);
        assert_eq!(target_in("#/a/k3x-9/step/3?s="), None);
    }

    #[test]
    fn odd_hashes() {
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#"), Route::Home);
        // The skip link followed as a plain link before the app starts: still home.
        assert_eq!(Route::parse("#main"), Route::Home);
        assert_eq!(
            Route::parse("#/a/x1/step/0"),
            Route::NotFound("a/x1/step/0".into())
        );
        assert_eq!(
            Route::parse("#/a/<script>/step/1"),
            Route::NotFound("a/<script>/step/1".into())
        );
        assert_eq!(Route::parse("#/a/x1"), Route::Step("x1".into(), 1));
        assert_eq!(Route::parse("#/nowhere"), Route::NotFound("nowhere".into()));
    }
}
