//! Small reusable pieces of the screens.

pub mod banners;
pub mod likert;
pub mod progress;
pub mod score_view;
