#![cfg(not(target_arch = "wasm32"))]
//! The question bank is valid data and passes the writing rules a survey methodologist
//! would apply (see DESIGN.md: one idea per statement, plain short words, no reversals).

use std::collections::HashSet;

use buy_in_check::model::bank::{bank, ContextId};

#[test]
fn ids_are_unique_across_the_whole_bank() {
    let b = bank();
    let mut seen = HashSet::new();
    let ids = b
        .contexts
        .iter()
        .map(|c| c.id.as_str())
        .chain(b.dimensions().map(|(_, d)| d.id))
        .chain(b.statements().map(|(_, _, s)| s.id))
        .chain(b.warning_signs.iter().map(|w| w.id))
        .chain(
            b.actions
                .iter()
                .map(|a| format!("action:{}", a.id).leak() as &str),
        );
    for id in ids {
        assert!(seen.insert(id), "duplicate id {id}");
        assert!(
            id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == ':'),
            "id {id} must be lower-case kebab"
        );
    }
}

#[test]
fn statement_ids_are_prefixed_by_their_dimension() {
    // Keeps ids readable in exports and makes an accidental move between dimensions visible.
    for (_, d, s) in bank().statements() {
        assert!(
            s.id.starts_with(&format!("{}-", d.id)),
            "{} not under {}",
            s.id,
            d.id
        );
    }
}

#[test]
fn both_contexts_have_five_to_seven_dimensions_of_three_to_five_statements() {
    let b = bank();
    assert_eq!(b.contexts.len(), 2);
    for id in ContextId::ALL {
        let c = b.context(id).expect("context present");
        assert!(
            (5..=7).contains(&c.dimensions.len()),
            "{} has {}",
            c.title,
            c.dimensions.len()
        );
        for d in c.dimensions {
            assert!(
                (3..=5).contains(&d.statements.len()),
                "{} has {}",
                d.id,
                d.statements.len()
            );
            assert!(
                !d.purpose.is_empty() && d.purpose.len() < 140,
                "{} purpose",
                d.id
            );
        }
    }
    let n = b.statement_count();
    assert!((30..=45).contains(&n), "{n} statements");
    assert!((3..=7).contains(&b.warning_signs.len()));
}

#[test]
fn every_dimension_and_warning_sign_has_existing_actions_and_every_action_is_used() {
    let b = bank();
    let mut used = HashSet::new();
    for (_, d) in b.dimensions() {
        assert!(!d.actions.is_empty(), "{} has no advice", d.id);
        for a in d.actions {
            assert!(b.action(a).is_some(), "{} names unknown action {a}", d.id);
            used.insert(*a);
        }
    }
    for w in b.warning_signs {
        assert!(!w.actions.is_empty(), "{} has no advice", w.id);
        for a in w.actions {
            assert!(b.action(a).is_some(), "{} names unknown action {a}", w.id);
            used.insert(*a);
        }
    }
    for a in b.actions {
        assert!(used.contains(a.id), "action {} is never recommended", a.id);
        assert!(!a.why.is_empty() && !a.first_step.is_empty());
    }
}

fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

#[test]
fn statements_are_short_single_ideas_without_leading_words() {
    let mut lengths = Vec::new();
    for (_, _, s) in bank().statements() {
        let w = words(s.text);
        assert!(w.len() <= 20, "{} has {} words", s.id, w.len());
        lengths.push(w.len());
        let lower = format!(" {} ", s.text.to_lowercase());
        for joiner in [" and ", " or ", " and/or ", " as well as "] {
            assert!(
                !lower.contains(joiner),
                "{} joins two ideas with {joiner:?}",
                s.id
            );
        }
        for leading in ["clearly", "obviously", "of course", "surely", "certainly"] {
            assert!(!lower.contains(leading), "{} leads with {leading:?}", s.id);
        }
        let negations = [" not ", " no ", " never ", "n't "]
            .iter()
            .map(|n| lower.matches(n).count())
            .sum::<usize>();
        assert_eq!(
            negations, 0,
            "{} is negated (reversed item or double negative)",
            s.id
        );
        assert!(s.text.ends_with('.'), "{} ends without a full stop", s.id);
    }
    lengths.sort_unstable();
    let median = lengths[lengths.len() / 2];
    assert!(median <= 14, "median length {median}");
}

/// Syllables by vowel groups, with a silent final "e": the usual estimate behind Flesch.
fn syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let is_vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut prev = false;
    for &c in &w {
        let v = is_vowel(c);
        if v && !prev {
            count += 1;
        }
        prev = v;
    }
    if w.len() > 2 && w.ends_with(&['e']) && !w.ends_with(&['l', 'e']) && count > 1 {
        count -= 1;
    }
    count.max(1)
}

#[test]
fn syllable_estimate_is_sane() {
    assert_eq!(syllables("partner"), 2);
    assert_eq!(syllables("organisation"), 5);
    assert_eq!(syllables("make"), 1);
    assert_eq!(syllables("people"), 2);
}

#[test]
fn the_bank_reads_easily() {
    let statements: Vec<&str> = bank().statements().map(|(_, _, s)| s.text).collect();
    let sentences = statements.len() as f64;
    let all_words: Vec<&str> = statements.iter().flat_map(|t| words(t)).collect();
    let n_words = all_words.len() as f64;
    let n_syll = all_words.iter().map(|w| syllables(w)).sum::<usize>() as f64;
    let flesch = 206.835 - 1.015 * (n_words / sentences) - 84.6 * (n_syll / n_words);
    println!("Flesch reading ease of the bank: {flesch:.1}");
    assert!(
        flesch >= 60.0,
        "Flesch reading ease {flesch:.1} is below 60"
    );
}

#[test]
fn lookups_find_what_iteration_finds() {
    let b = bank();
    for (c, d, s) in b.statements() {
        let (c2, d2, s2) = b.statement(s.id).expect("statement found");
        assert_eq!((c2.id, d2.id, s2.id), (c.id, d.id, s.id));
        assert_eq!(b.dimension(d.id).map(|(c, _)| c.id), Some(c.id));
    }
    assert!(b.statement("no-such-statement").is_none());
    assert_eq!(ContextId::parse("within"), Some(ContextId::Within));
    assert_eq!(ContextId::parse("elsewhere"), None);
}

#[test]
fn the_e2e_fixture_bank_matches_the_bank() {
    // tests/e2e/fixtures/bank.json is `cargo run --example bank_json`; regenerate it when
    // the bank changes.
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/e2e/fixtures/bank.json"
    ))
    .expect("fixture present");
    let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let ids: Vec<&str> = value["contexts"]
        .as_array()
        .expect("contexts")
        .iter()
        .flat_map(|c| c["dimensions"].as_array().expect("dimensions"))
        .flat_map(|d| d["statements"].as_array().expect("statements"))
        .map(|s| s["id"].as_str().expect("id"))
        .collect();
    let bank_ids: Vec<&str> = bank().statements().map(|(_, _, s)| s.id).collect();
    assert_eq!(ids, bank_ids);
}
