//! The browser edge: the only code that touches localStorage, Blob and File.

pub mod files;
pub mod local;
