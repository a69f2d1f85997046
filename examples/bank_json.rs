//! Prints the question bank as JSON, for the benchmark's peer pages (the same statements
//! rendered by plain HTML and by SurveyJS). Run: `cargo run --example bank_json`.

use buy_in_check::model::assessment::Answer;
use buy_in_check::model::bank::{bank, ItemKind};

fn main() {
    let contexts: Vec<serde_json::Value> = bank()
        .contexts
        .iter()
        .map(|c| {
            serde_json::json!({
                "id": c.id.as_str(),
                "title": c.title,
                "dimensions": c.dimensions.iter().map(|d| serde_json::json!({
                    "id": d.id,
                    "title": d.title,
                    "purpose": d.purpose,
                    "statements": d.statements.iter().map(|s| serde_json::json!({
                        "id": s.id,
                        "text": s.text,
                        "kind": match s.kind { ItemKind::Scale => "scale", ItemKind::Fact => "fact" },
                        "requires": s.requires,
                        // Not knowing it is a finding of its own (listed first to find out).
                        "key": s.unknown_finding.is_some(),
                        "offers": Answer::offered(s).iter().map(|a| a.code()).collect::<Vec<_>>(),
                    })).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    println!(
        "{}",
        serde_json::json!({ "version": bank().version, "contexts": contexts })
    );
}
