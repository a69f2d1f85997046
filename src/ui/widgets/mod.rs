//! Small reusable pieces of the screens.

pub mod action_plan;
pub mod banners;
pub mod baseline;
pub mod chart;
pub mod export_bar;
pub mod likert;
pub mod progress;
pub mod report;
pub mod score_view;
