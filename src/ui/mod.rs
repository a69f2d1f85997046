//! Leptos components: the app shell, one file per page and per widget. State comes from
//! context ([`state::AppState`], [`route::Router`]); domain logic stays in `model`.

pub mod app;
pub mod classes;
pub mod dom;
pub mod on_demand;
pub mod pages;
pub mod parts;
pub mod route;
pub mod state;
pub mod widgets;

pub use app::App;
