//! Buy-in Check: a browser-only self-assessment of buy-in for partnerships.
//!
//! `model` is pure Rust (tested natively), `store` is the only code that touches browser
//! storage and files, and `ui` holds the Leptos components.

// Leptos view types nest deeply when rendered to HTML natively (the prerender build).
#![recursion_limit = "256"]

pub mod model;
pub mod store;
pub mod ui;

pub use ui::App;
