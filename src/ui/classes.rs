//! CSS class names, written out whole so that a search for a class in the style sheet
//! finds the Rust that sets it (no `format!("band-{}")`). One function per kind of state;
//! the match is exhaustive, so a new band, trend or status cannot go without a class.

use crate::model::advice::{FindingKind, Severity};
use crate::model::assessment::ActionStatus;
use crate::model::compare::Trend;
use crate::model::scoring::{Band, View};
use crate::model::workshop::CalloutKind;

/// The band of a score that may be missing ("not enough answers").
pub fn band(score: Option<f64>) -> &'static str {
    match score.map(Band::of) {
        None => "band-none",
        Some(Band::Concern) => "band-concern",
        Some(Band::WorthDiscussing) => "band-discuss",
        Some(Band::Strength) => "band-strength",
    }
}

pub fn trend(t: Trend) -> &'static str {
    match t {
        Trend::Improved => "trend-improved",
        Trend::Declined => "trend-declined",
        Trend::Unchanged => "trend-unchanged",
        Trend::NudgedUp => "trend-nudged-up",
        Trend::NudgedDown => "trend-nudged-down",
        Trend::NotComparable => "trend-not-comparable",
    }
}

pub fn severity(s: Severity) -> &'static str {
    match s {
        Severity::High => "severity-high",
        Severity::Medium => "severity-medium",
        Severity::Low => "severity-low",
    }
}

pub fn finding_kind(k: FindingKind) -> &'static str {
    match k {
        FindingKind::Fragile => "kind-fragile",
        FindingKind::Concern => "kind-concern",
        FindingKind::WarningSign => "kind-warning-sign",
        FindingKind::Unknown => "kind-unknown",
        FindingKind::Discuss => "kind-discuss",
        FindingKind::NotEnoughAnswers => "kind-not-enough",
        FindingKind::MissingFact => "kind-missing-fact",
    }
}

pub fn status(s: ActionStatus) -> &'static str {
    match s {
        ActionStatus::Planned => "status-planned",
        ActionStatus::Doing => "status-doing",
        ActionStatus::Done => "status-done",
    }
}

pub fn view(v: View) -> &'static str {
    match v {
        View::OrganisationsPartnering => "view-organisations",
        View::IndividualsPartnering => "view-individuals",
        View::ReadyButPartnersNot => "view-ready-alone",
        View::PartWay => "view-part-way",
        View::BuyInToBuild => "view-to-build",
    }
}

/// A workshop callout: its tone (as a finding's severity) and its kind.
pub fn callout(k: CalloutKind) -> &'static str {
    match k {
        CalloutKind::SharedConcern => "finding severity-high callout-shared-concern",
        CalloutKind::Disagreement => "finding severity-medium callout-disagreement",
        CalloutKind::WeakLink => "finding severity-medium callout-weak-link",
        CalloutKind::InsideOnePartner => {
            "finding severity-medium callout-weak-link callout-inside-one"
        }
        CalloutKind::NotKnownToAll => "finding severity-medium callout-weak-link callout-not-known",
    }
}
