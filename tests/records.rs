#![cfg(not(target_arch = "wasm32"))]
//! Stored records: every schema version ever written reads back (fixtures under
//! tests/fixtures/records/), newer ones are recognised, and damaged ones are refused
//! with a reason rather than guessed at.

use buy_in_check::model::assessment::{ActionStatus, Answer};
use buy_in_check::model::record::{decode, encode, Decoded, RecordError, SCHEMA_VERSION};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/records/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture exists")
}

#[test]
fn schema_1_reads_with_every_field() {
    let Ok(Decoded::Current(a)) = decode(&fixture("schema-1.json")) else {
        panic!("schema 1 must read as current");
    };
    assert_eq!(a.id, "fx-1");
    assert_eq!(a.profile.partners, vec!["Health Trust"]);
    assert_eq!(a.answer("mandate-1"), Answer::from_code("4"));
    assert_eq!(a.answer("mandate-2"), Some(Answer::DontKnow));
    assert_eq!(a.note("mandate-2"), "ask HR");
    assert_eq!(
        a.answer("visibility-1"),
        None,
        "a cleared answer stays unanswered"
    );
    assert_eq!(a.responses["visibility-1"].changed_at, 1_768_000_000_300);
    assert!(a.warning_signs.contains("fence-sitting"));
    assert_eq!(a.actions[0].status, ActionStatus::Doing);
    assert_eq!(a.exported_at, None);
}

#[test]
fn a_current_record_round_trips() {
    let Ok(Decoded::Current(a)) = decode(&fixture("schema-1.json")) else {
        panic!("readable");
    };
    let text = encode(&a);
    assert!(text.starts_with(&format!("{{\"schema\":{SCHEMA_VERSION},")));
    assert_eq!(decode(&text), Ok(Decoded::Current(a)));
}

#[test]
fn a_newer_record_is_recognised_and_shown_if_it_can_be() {
    match decode(&fixture("schema-99-newer.json")) {
        Ok(Decoded::Newer {
            schema: 99,
            assessment: Some(a),
        }) => assert_eq!(a.profile.name, "From the future"),
        other => panic!("expected a newer record, got {other:?}"),
    }
    // A newer record in a shape this version cannot read at all is still "newer".
    assert_eq!(
        decode("{\"schema\":5,\"assessment\":[1,2,3]}"),
        Ok(Decoded::Newer {
            schema: 5,
            assessment: None
        })
    );
}

#[test]
fn a_record_of_this_schema_answering_newer_questions_is_shown_read_only() {
    // Written by a later build that kept the schema, or edited by hand: this build would
    // otherwise edit answers to questions it does not know, and drop them from its scores.
    let Ok(Decoded::Current(mut a)) = decode(&fixture("schema-1.json")) else {
        panic!("readable");
    };
    a.bank_version = buy_in_check::model::bank::BANK_VERSION + 1;
    match decode(&encode(&a)) {
        Ok(Decoded::Newer {
            schema: SCHEMA_VERSION,
            assessment: Some(shown),
        }) => assert_eq!(shown, a),
        other => panic!("expected read-only, got {other:?}"),
    }
}

#[test]
fn schema_3_came_with_bank_version_3_so_a_version_2_build_leaves_these_records_alone() {
    // A version-2 build reads up to schema 2 and shows anything higher read-only. Bank
    // version 4 kept schema 3: a version-3 build shows its records read-only by their bank
    // version (see the test above), so the schema had no reason to change.
    assert_eq!(SCHEMA_VERSION, 3);
    assert_eq!(buy_in_check::model::bank::BANK_VERSION, 4);
    // Records version 2 wrote are read and carried on.
    let v2 = std::fs::read_to_string(format!(
        "{}/tests/fixtures/v2/record-v2.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture");
    assert!(v2.starts_with("{\"schema\":2,"));
    assert!(matches!(decode(&v2), Ok(Decoded::Current(_))));
}

#[test]
fn damaged_records_are_refused_with_a_reason() {
    assert!(matches!(
        decode(&fixture("truncated.txt")),
        Err(RecordError::NotJson(_))
    ));
    assert_eq!(
        decode(&fixture("no-schema.json")),
        Err(RecordError::NoSchema)
    );
    match decode(&fixture("wrong-shape.json")) {
        Err(RecordError::Shape { schema: 1, reason }) => {
            assert!(reason.contains("invalid type"), "{reason}")
        }
        other => panic!("expected a shape error, got {other:?}"),
    }
    assert!(matches!(
        decode("{\"schema\":0,\"assessment\":{}}"),
        Err(RecordError::Shape { schema: 0, .. })
    ));
}

#[test]
fn a_record_an_import_would_refuse_is_set_aside_for_the_same_reason() {
    // Edited with the browser's tools: a "Yes" to a statement answered on the 1–5 scale.
    // Loaded as it was, it showed; its own export was then refused by the import. One set
    // of rules for both: the record is set aside (kept, with the reason), never shown.
    let Ok(Decoded::Current(mut a)) = decode(&fixture("schema-1.json")) else {
        panic!("readable");
    };
    a.responses.get_mut("mandate-1").expect("answered").answer = Some(Answer::Yes);
    let Err(RecordError::Invalid(reason)) = decode(&encode(&a)) else {
        panic!("expected the record to be set aside");
    };
    assert!(reason.contains("does not fit that statement"), "{reason}");
    let file = buy_in_check::model::exchange::to_json(&[a], "test", 0);
    let refused = buy_in_check::model::exchange::from_json(&file)
        .expect_err("the import refuses it too")
        .to_string();
    assert!(refused.contains(&reason), "{refused} / {reason}");
}
