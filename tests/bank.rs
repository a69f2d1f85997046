#![cfg(not(target_arch = "wasm32"))]
//! The question bank is valid data and passes the writing rules a survey methodologist
//! would apply (see docs/bank.md: one idea per statement, plain short words, no reversals).

use std::collections::HashSet;

use buy_in_check::model::assessment::Answer;
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
        // Signs are what one sees of the partners: each bears on a dimension between them.
        assert!(
            b.contexts
                .iter()
                .find(|c| c.id == ContextId::Between)
                .is_some_and(|c| c.dimensions.iter().any(|d| d.id == w.dimension)),
            "{} bears on {}, not a dimension between the partners",
            w.id,
            w.dimension
        );
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

/// Flesch reading ease of a set of texts; sentences end at . ? or !.
fn flesch(texts: &[String]) -> f64 {
    let sentences: usize = texts
        .iter()
        .map(|t| {
            t.split(['.', '?', '!'])
                .filter(|s| s.chars().any(char::is_alphabetic))
                .count()
                .max(1)
        })
        .sum();
    let all_words: Vec<&str> = texts.iter().flat_map(|t| words(t)).collect();
    let n_words = all_words.len() as f64;
    let n_syll = all_words.iter().map(|w| syllables(w)).sum::<usize>() as f64;
    206.835 - 1.015 * (n_words / sentences as f64) - 84.6 * (n_syll / n_words)
}

fn assert_plain(kind: &str, texts: Vec<String>) {
    let score = flesch(&texts);
    println!("Flesch reading ease of the {kind}: {score:.1}");
    assert!(
        score >= 60.0,
        "{kind}: Flesch reading ease {score:.1} is below 60"
    );
}

#[test]
fn the_bank_reads_easily() {
    let b = bank();
    assert_plain(
        "statements",
        b.statements().map(|(_, _, s)| s.text.to_owned()).collect(),
    );
    assert_plain(
        "warning signs",
        b.warning_signs
            .iter()
            .flat_map(|w| [w.text.to_owned(), w.meaning.to_owned()])
            .collect(),
    );
    assert_plain(
        "conversation-guide questions",
        b.dimensions()
            .flat_map(|(_, d)| d.questions.iter().map(|q| (*q).to_owned()))
            .collect(),
    );
    assert_plain(
        "purposes",
        b.dimensions().map(|(_, d)| d.purpose.to_owned()).collect(),
    );
    // Every context says how to answer where it is not plain, under a short question.
    for c in b.contexts {
        let hint = c.answer_hint.as_ref().expect("a hint on answering");
        assert!(hint.title.ends_with('?'), "{}", hint.title);
    }
    assert_plain(
        "hints on answering",
        b.contexts
            .iter()
            .filter_map(|c| c.answer_hint.as_ref())
            .map(|h| h.text.to_owned())
            .collect(),
    );
    assert_plain(
        "actions",
        b.actions
            .iter()
            .flat_map(|a| {
                [a.title, a.why, a.first_step]
                    .into_iter()
                    .chain(a.stage_steps.iter().map(|(_, s)| *s))
                    .chain(a.ending.iter().flat_map(|w| [w.title, w.why]))
                    .map(str::to_owned)
            })
            .collect(),
    );
}

/// Findings and verdicts are generated, so they are read for a spread of answers.
#[test]
fn findings_and_verdicts_read_easily() {
    use buy_in_check::model::advice::findings;
    use buy_in_check::model::assessment::{Answer, Assessment, Profile};
    use buy_in_check::model::scoring::{score, View};
    let mut texts = Vec::new();
    for pattern in [[1u8, 2, 3], [2, 3, 4], [3, 4, 5], [1, 5, 3]] {
        let mut a = Assessment::new("f", Profile::default(), 0);
        for (i, (_, _, s)) in bank().statements().enumerate() {
            let n = pattern[i % 3];
            let answer = match s.kind {
                buy_in_check::model::bank::ItemKind::Scale => Answer::from_code(&n.to_string()),
                buy_in_check::model::bank::ItemKind::Fact if n >= 3 => Some(Answer::Yes),
                buy_in_check::model::bank::ItemKind::Fact => Some(Answer::No),
            };
            a.set_answer(s.id, answer, 1);
        }
        a.set_answer("mandate-1", Some(Answer::DontKnow), 2);
        a.set_warning_sign("fence-sitting", true, 2);
        let s = score(bank(), &a);
        for f in findings(bank(), &s, &a) {
            texts.push(f.title);
            texts.push(f.detail);
        }
    }
    for (b, w) in [
        (4.5, 4.5),
        (4.5, 3.5),
        (4.5, 2.5),
        (3.5, 4.5),
        (3.5, 3.5),
        (2.5, 2.5),
    ] {
        texts.push(View::of(b, w).explanation(b, w));
    }
    assert_plain("findings and verdicts", texts);
}

#[test]
fn no_unexplained_jargon_where_a_person_reads() {
    let b = bank();
    let mut texts: Vec<&str> = b.statements().map(|(_, _, s)| s.text).collect();
    texts.extend(b.warning_signs.iter().flat_map(|w| [w.text, w.meaning]));
    texts.extend(b.dimensions().flat_map(|(_, d)| [d.title, d.purpose]));
    texts.extend(
        b.dimensions()
            .flat_map(|(_, d)| d.questions.iter().copied()),
    );
    texts.extend(
        b.actions
            .iter()
            .flat_map(|a| [a.title, a.why, a.first_step]),
    );
    texts.extend(
        b.actions
            .iter()
            .flat_map(|a| a.stage_steps.iter().map(|(_, s)| *s)),
    );
    texts.extend(
        b.actions
            .iter()
            .flat_map(|a| a.ending.iter().flat_map(|w| [w.title, w.why])),
    );
    for t in texts {
        let lower = t.to_lowercase();
        for jargon in [
            "zip up",
            "zip-up",
            "green light",
            "budget line",
            "kpi",
            "mou",
            "stakeholder",
        ] {
            assert!(
                !lower
                    .split(|c: char| !c.is_alphanumeric() && c != '-' && c != ' ')
                    .any(|part| part.contains(jargon)),
                "jargon {jargon:?} in {t:?}"
            );
        }
    }
}

#[test]
fn facts_gate_only_statements_after_them_in_their_own_dimension() {
    use buy_in_check::model::bank::ItemKind;
    let mut facts = 0;
    for (_, d) in bank().dimensions() {
        for (i, s) in d.statements.iter().enumerate() {
            facts += usize::from(s.kind == ItemKind::Fact);
            if let Some(fact) = s.requires {
                let pos = d.statements.iter().position(|x| x.id == fact);
                assert!(
                    pos.is_some_and(|p| p < i),
                    "{} needs {fact} before it",
                    s.id
                );
                assert_eq!(d.statements[pos.unwrap_or(0)].kind, ItemKind::Fact);
            }
        }
        assert!(
            d.statements
                .iter()
                .any(|s| s.requires.is_none() && s.kind == ItemKind::Scale)
                || d.statements.iter().any(|s| s.kind == ItemKind::Fact),
            "{} can always be scored",
            d.id
        );
    }
    assert_eq!(facts, 7, "seven yes/no facts");
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
    // The end-to-end tests pick answers from what each statement offers.
    let offers: Vec<Vec<String>> = value["contexts"]
        .as_array()
        .expect("contexts")
        .iter()
        .flat_map(|c| c["dimensions"].as_array().expect("dimensions"))
        .flat_map(|d| d["statements"].as_array().expect("statements"))
        .map(|s| {
            s["offers"]
                .as_array()
                .expect("offers")
                .iter()
                .map(|a| a.as_str().expect("code").to_owned())
                .collect()
        })
        .collect();
    let bank_offers: Vec<Vec<String>> = bank()
        .statements()
        .map(|(_, _, s)| {
            Answer::offered(s)
                .iter()
                .map(|a| a.code().to_owned())
                .collect()
        })
        .collect();
    assert_eq!(offers, bank_offers);
}

#[test]
fn statements_about_oneself_offer_only_honest_answers() {
    // "I know …", "I have …", "I trust …": not knowing is the answer itself. Were Don't know
    // offered, someone who does not know would score higher than someone who honestly
    // disagrees, since Don't know is never averaged.
    let about_oneself = |text: &str| {
        ["I know ", "I have ", "I trust "]
            .iter()
            .any(|start| text.starts_with(start))
    };
    let mut self_reports = 0;
    for (_, _, s) in bank().statements() {
        if about_oneself(s.text) {
            assert!(s.self_report, "{} is about the person: {}", s.id, s.text);
        }
        // Knowing something, or trusting someone, fits every partnership.
        if s.text.starts_with("I know ") || s.text.starts_with("I trust ") {
            assert!(s.always_applies, "{} always applies: {}", s.id, s.text);
        }
        let offered = Answer::offered(s);
        assert_eq!(
            offered.contains(&Answer::DontKnow),
            !s.self_report,
            "{}",
            s.id
        );
        assert_eq!(
            offered.contains(&Answer::NotApplicable),
            !s.always_applies,
            "{}",
            s.id
        );
        if s.self_report {
            self_reports += 1;
            // A finding made by one Don't know cannot be about a statement without one.
            assert!(s.unknown_finding.is_none(), "{} is key", s.id);
            // Facts that gate other statements are about the partnership, not the person.
            assert!(
                bank()
                    .statements()
                    .all(|(_, _, t)| t.requires != Some(s.id)),
                "{} gates others",
                s.id
            );
        }
    }
    assert!(self_reports >= 5, "{self_reports} statements about oneself");
}

#[test]
fn answers_no_longer_offered_are_found_so_they_can_be_listed() {
    use buy_in_check::model::assessment::{Assessment, Profile};
    let mut a = Assessment::new("kept", Profile::default(), 0);
    a.set_answer("shared-value-2", Some(Answer::DontKnow), 1);
    a.set_answer("shared-value-6", Some(Answer::NotApplicable), 1);
    // Offered there: not listed.
    a.set_answer("mandate-1", Some(Answer::DontKnow), 1);
    a.set_answer("shared-decisions-1", Some(Answer::NotApplicable), 1);
    let ids: Vec<&str> = a
        .answers_no_longer_offered(bank())
        .iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(ids, ["shared-value-2", "shared-value-6"]);
    // Only the Don't know still offered is something to find out before the meeting.
    let open: Vec<String> = buy_in_check::model::report::open_questions(bank(), &a, &[])
        .iter()
        .map(|q| q.statement.to_owned())
        .collect();
    assert_eq!(
        open,
        ["I can make offers to partners on behalf of my organisation."]
    );
    a.set_answer(
        "shared-value-2",
        Some(Answer::Scale(
            buy_in_check::model::assessment::Level::new(2).expect("2"),
        )),
        2,
    );
    assert_eq!(a.answers_no_longer_offered(bank()).len(), 1);
}

#[test]
fn every_action_has_a_first_step_for_a_partnership_winding_down() {
    // "Set money aside for your part: work out what your part costs for a year" was the
    // advice to a partnership coming to an end: the profile promises first steps that
    // follow the stage.
    use buy_in_check::model::bank::Stage;
    for a in bank().actions {
        let step = a
            .stage_steps
            .iter()
            .find(|(stage, _)| *stage == Stage::WindingDown)
            .map(|(_, step)| *step);
        assert!(
            step.is_some_and(|s| s != a.first_step),
            "{} has no first step of its own for winding down",
            a.id
        );
    }
}

/// A dimension's purpose is shown on its step and its cards at every stage, winding down
/// included: it speaks of no stage ("Delivery takes many more people than the early talks
/// did" and "it ends when that person leaves" were read to a partnership that was ending).
#[test]
fn purposes_fit_every_stage() {
    const STAGE_WORDS: [&str; 7] = ["early", "yet", "ends", "start", "starts", "grow", "future"];
    for c in bank().contexts {
        for d in c.dimensions {
            let lower = d.purpose.to_lowercase();
            let words: Vec<&str> = lower.split(|ch: char| !ch.is_alphanumeric()).collect();
            for w in STAGE_WORDS {
                assert!(!words.contains(&w), "{}: “{w}” in {}", d.id, d.purpose);
            }
        }
    }
}

/// A partnership winding down reads every action in words for the close: its name and
/// purpose as well as its first step. "Build a team behind you" and "Connect the partners
/// at every level" stood above steps about the last meetings.
#[test]
fn winding_down_every_action_is_named_for_the_close() {
    use buy_in_check::model::bank::{FactKnown, Stage};
    let b = bank();
    for a in b.actions {
        let ending = a
            .stage_steps
            .iter()
            .find(|(s, _)| *s == Stage::WindingDown)
            .map(|(_, step)| *step);
        let Some(step) = ending else {
            assert!(
                a.ending.is_none(),
                "{}: words for a close it has no step for",
                a.id
            );
            continue;
        };
        let words = a
            .ending
            .as_ref()
            .unwrap_or_else(|| panic!("{}: no words for the close", a.id));
        // Whatever its fact says: the stage step is taken then too.
        for known in [
            FactKnown::InPlace,
            FactKnown::Unknown,
            FactKnown::NotApplicable,
            FactKnown::Otherwise,
        ] {
            assert_eq!(
                a.words_given(Some(Stage::WindingDown), |_| known),
                (words.title, words.why),
                "{}",
                a.id
            );
            assert_eq!(
                a.first_step_given(Some(Stage::WindingDown), |_| known),
                step,
                "{}",
                a.id
            );
        }
        // At any other stage, the usual words (or the fact's).
        assert_eq!(
            a.words_given(Some(Stage::Delivering), |_| FactKnown::Otherwise),
            (a.title, a.why),
            "{}",
            a.id
        );
        for text in [words.title, words.why] {
            let lower = text.to_lowercase();
            for building in [
                "build",
                "early",
                "every meeting",
                "next phase",
                "priority",
                "grow",
                "yet",
            ] {
                assert!(
                    !lower.contains(building),
                    "{}: “{building}” in “{text}”",
                    a.id
                );
            }
        }
    }
    assert!(b.actions.iter().all(|a| a.ending.is_some()));
}
