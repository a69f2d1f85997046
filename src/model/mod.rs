//! The pure domain of Buy-in Check: the question bank, an assessment's answers, and
//! everything derived from them (scores, findings, advice).
//!
//! Nothing here touches the browser: no leptos, web-sys or js-sys. Data flows one way,
//! bank + answers → scores → findings → advice, so every step is a plain function that
//! `cargo test` checks natively.

pub mod admit;
pub mod advice;
pub mod assessment;
pub mod bank;
pub mod bank_upgrade;
pub mod compare;
pub mod edit;
pub mod exchange;
pub mod flow;
pub mod merge;
pub mod order;
pub mod record;
pub mod report;
pub mod scoring;
#[cfg(feature = "synthetic-bank")]
mod synthetic;
pub mod workshop;
