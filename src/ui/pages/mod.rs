//! One component per screen.

pub mod about;
pub mod compare;
pub mod home;
pub mod how;
pub mod not_found;
pub mod partnership;
pub mod profile;
pub mod results;
pub mod review;
pub mod step;
