//! Component tests in a real browser (wasm-bindgen-test in headless Chromium): mount a
//! component on a fresh node, act as a person would, let the reactive system settle, and
//! assert on the DOM.
#![cfg(target_arch = "wasm32")]

use buy_in_check::model::assessment::{Answer, Profile};
use buy_in_check::model::bank::bank;
use buy_in_check::model::edit::Edit;
use buy_in_check::store::local::Repository;
use buy_in_check::ui::pages::step::Step;
use buy_in_check::ui::state::{AppState, SaveStatus};
use buy_in_check::ui::widgets::likert::Likert;
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element attached to the body, for one test to mount into.
fn fresh_node() -> HtmlElement {
    let doc = document();
    let el = doc
        .create_element("div")
        .expect("div")
        .unchecked_into::<HtmlElement>();
    doc.body().expect("body").append_child(&el).expect("append");
    el
}

/// A new assessment named `name`, its step `n` mounted on a fresh node: the node, the
/// state, the assessment's id, and the handle that keeps the page mounted.
async fn mount_step(
    name: &str,
    n: usize,
) -> (
    HtmlElement,
    AppState,
    String,
    leptos::mount::UnmountHandle<impl leptos::tachys::view::Mountable>,
) {
    let root = fresh_node();
    let state = AppState::load(Repository::in_memory());
    let id = state.create(Profile {
        name: name.into(),
        ..Profile::default()
    });
    let step_id = id.clone();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(state);
        view! { <Step id=step_id.clone() n=n/> }
    });
    tick().await;
    (root, state, id, handle)
}

fn query(root: &HtmlElement, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .expect("valid selector")
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn choosing_an_answer_reports_it_and_marks_the_option() {
    let root = fresh_node();
    // A statement offering all seven answers: five levels, Don't know, Not applicable.
    let statement = bank()
        .statement("shared-decisions-1")
        .expect("in the bank")
        .2;
    let answer = RwSignal::new(None::<Answer>);
    let note = RwSignal::new(String::new());
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <Likert
                statement=statement
                number=1
                answer=answer
                note=note
                on_answer=Callback::new(move |a| answer.set(a))
                on_note=Callback::new(move |t| note.set(t))
            />
        }
    });

    let legend = query(&root, "legend");
    assert!(legend
        .text_content()
        .unwrap_or_default()
        .contains(statement.text));
    assert_eq!(
        root.query_selector_all("input[type=radio]")
            .expect("radios")
            .length(),
        7
    );

    query(&root, "input[value='4']").click();
    tick().await;
    assert_eq!(answer.get_untracked().map(|a| a.code()), Some("4"));
    let chosen = query(&root, ".opt.chosen input");
    assert_eq!(chosen.get_attribute("value").as_deref(), Some("4"));

    query(&root, "input[value='dont-know']").click();
    tick().await;
    assert_eq!(answer.get_untracked(), Some(Answer::DontKnow));
    assert_eq!(
        root.query_selector_all(".opt.chosen")
            .expect("chosen")
            .length(),
        1
    );

    // "Clear answer" appears once answered and makes the statement unanswered again.
    query(&root, ".link-button").click();
    tick().await;
    assert_eq!(answer.get_untracked(), None);
    assert!(root
        .query_selector(".link-button")
        .expect("selector")
        .is_none());
}

#[wasm_bindgen_test]
async fn answering_on_a_step_updates_progress_and_saves() {
    let (root, state, id, _handle) = mount_step("Web test", 1).await;

    let total = bank().statement_count();
    let count = || {
        query(&root, ".progress-count")
            .text_content()
            .unwrap_or_default()
    };
    assert_eq!(count(), format!("0 of {total} answered"));

    let radios = root.query_selector_all("input[value='5']").expect("radios");
    let first_dimension = bank().contexts[0].dimensions[0].statements.len() as u32;
    assert_eq!(
        radios.length(),
        first_dimension,
        "one scale per statement of the step"
    );
    radios
        .item(0)
        .expect("first")
        .unchecked_into::<HtmlElement>()
        .click();
    tick().await;

    assert_eq!(count(), format!("1 of {total} answered"));
    let first = bank().contexts[0].dimensions[0].statements[0].id;
    assert_eq!(
        state
            .get(&id)
            .and_then(|a| a.answer(first))
            .map(|a| a.code()),
        Some("5")
    );
    // The step list shows the count for the step being answered.
    assert!(query(&root, ".step-list li.current .step-count")
        .text_content()
        .unwrap_or_default()
        .starts_with("1/"));
    // The warning-signs step asks for nothing: marked optional, never "not done", and
    // once a sign is ticked it says how many.
    let signs = || query(&root, ".step-list li.optional");
    assert!(signs()
        .text_content()
        .unwrap_or_default()
        .contains("Warning signs"));
    assert_eq!(
        query(&root, ".step-list li.optional .step-count").text_content(),
        Some(String::new())
    );
    let sign = bank().warning_signs[0].id.to_owned();
    state.apply(&id, Edit::WarningSign { sign, seen: true });
    tick().await;
    assert_eq!(
        query(&root, ".step-list li.optional .step-count")
            .text_content()
            .as_deref(),
        Some("1 ticked")
    );
    assert!(!signs().class_list().contains("complete"));
}

/// The written-agreement step: "No" to the fact skips the three statements about the
/// agreement's contents, in the page and in the progress count; "Yes" brings them back.
#[wasm_bindgen_test]
async fn a_no_to_the_agreement_fact_skips_the_statements_that_presuppose_it() {
    use buy_in_check::model::bank::AGREEMENT_FACT;
    let root = fresh_node();
    let state = AppState::load(Repository::in_memory());
    let id = state.create(Profile {
        name: "Fact test".into(),
        ..Profile::default()
    });
    let n = bank()
        .dimensions()
        .position(|(_, d)| d.id == "written-commitments")
        .expect("step")
        + 1;
    let step_id = id.clone();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(state);
        view! { <Step id=step_id.clone() n=n/> }
    });
    tick().await;
    let total = bank().statement_count();
    let count = || {
        query(&root, ".progress-count")
            .text_content()
            .unwrap_or_default()
    };
    let fact = format!("#s-{AGREEMENT_FACT}");
    assert!(query(&root, &fact)
        .text_content()
        .unwrap_or_default()
        .contains("Yes"));
    assert!(
        root.query_selector(&format!("{fact} input[value='3']"))
            .expect("selector")
            .is_none(),
        "a fact has no 1–5 scale"
    );
    assert_eq!(
        root.query_selector_all(".likert").expect("list").length(),
        4
    );

    query(&root, &format!("{fact} input[value='no']")).click();
    tick().await;
    assert_eq!(
        root.query_selector_all(".likert").expect("list").length(),
        1
    );
    assert_eq!(
        root.query_selector_all(".skipped").expect("list").length(),
        3
    );
    assert!(query(&root, ".skipped")
        .text_content()
        .unwrap_or_default()
        .contains("Not asked: you answered No to statement 1"));
    assert_eq!(count(), format!("1 of {} answered", total - 3));
    assert_eq!(
        state.get(&id).and_then(|a| a.answer(AGREEMENT_FACT)),
        Some(Answer::No)
    );

    // From No to Don't know the statements stay skipped, and the reason follows.
    query(&root, &format!("{fact} input[value='dont-know']")).click();
    tick().await;
    assert_eq!(
        root.query_selector_all(".skipped").expect("list").length(),
        3
    );
    assert!(query(&root, ".skipped")
        .text_content()
        .unwrap_or_default()
        .contains("Skipped until you know: you answered Don't know to statement 1"));

    query(&root, &format!("{fact} input[value='yes']")).click();
    tick().await;
    assert_eq!(
        root.query_selector_all(".likert").expect("list").length(),
        4
    );
    assert_eq!(count(), format!("1 of {total} answered"));
}

#[wasm_bindgen_test]
fn the_repository_round_trips_through_real_local_storage() {
    let storage = window().local_storage().expect("storage").expect("present");
    storage.clear().expect("clear");
    let repo = Repository::local();
    let mut a = buy_in_check::model::assessment::Assessment::new(
        "rt-1",
        Profile {
            name: "Round trip".into(),
            ..Profile::default()
        },
        1,
    );
    a.set_answer("mandate-1", Answer::from_code("3"), 2);
    repo.save(&a).expect("saved");
    // Written through gloo-storage, the stored text is exactly the record format that
    // earlier versions wrote and read (see docs/storage.md), and so is the index.
    assert_eq!(
        storage.get_item("buy-in-check/a/rt-1").expect("read"),
        Some(buy_in_check::model::record::encode(&a))
    );
    assert_eq!(
        storage
            .get_item("buy-in-check/index")
            .expect("read")
            .as_deref(),
        Some(r#"["rt-1"]"#)
    );
    let loaded = Repository::local().load();
    assert_eq!(loaded.assessments, vec![a.clone()]);
    assert!(loaded.quarantined.is_empty());
    // A delete leaves a dated mark: a plain number, as before.
    repo.delete("rt-1").expect("deleted");
    let mark = storage
        .get_item("buy-in-check/deleted/rt-1")
        .expect("read")
        .expect("a mark");
    assert!(mark.parse::<u64>().is_ok(), "{mark}");
    repo.keep_deleted(&a).expect("kept");

    // A corrupt record is set aside, the good one still loads.
    storage
        .set_item("buy-in-check/a/bad-1", "{not json")
        .expect("write");
    let loaded = Repository::local().load();
    assert_eq!(loaded.assessments.len(), 1);
    assert_eq!(loaded.quarantined.len(), 1);
    assert_eq!(
        storage
            .get_item("buy-in-check/quarantine/bad-1")
            .expect("read")
            .as_deref(),
        Some("{not json")
    );
    assert_eq!(
        storage.get_item("buy-in-check/a/bad-1").expect("read"),
        None
    );
    storage.clear().expect("clear");
}

/// Saved partnership views live beside the assessments: saved, listed, a damaged one set
/// aside (kept, with its reason), one from a newer version listed and never overwritten.
#[wasm_bindgen_test]
fn saved_workshops_are_kept_set_aside_when_damaged_and_never_overwritten_when_newer() {
    use buy_in_check::model::workshop::Workshop;
    let storage = window().local_storage().expect("storage").expect("present");
    storage.clear().expect("clear");
    let repo = Repository::local();
    let w = Workshop {
        id: "w-1".into(),
        name: "Spring workshop".into(),
        anonymous: true,
        assessments: vec![sample("p-1")],
        created_at: 1,
        updated_at: 2,
    };
    repo.save_workshop(&w).expect("saved");
    let loaded = Repository::local().load();
    assert_eq!(loaded.workshops, vec![w.clone()]);
    assert!(
        loaded.assessments.is_empty(),
        "a workshop's partners are not the person's own assessments"
    );

    storage
        .set_item("buy-in-check/w/w-bad", "{\"schema\":1,")
        .expect("write");
    storage
        .set_item(
            "buy-in-check/w/w-new",
            r#"{"schema":7,"workshop":{"id":"w-new","name":"From the future"}}"#,
        )
        .expect("write");
    let loaded = Repository::local().load();
    assert_eq!(loaded.workshops.len(), 1);
    assert_eq!(loaded.newer_workshops, vec!["From the future".to_owned()]);
    assert_eq!(loaded.quarantined.len(), 1);
    assert!(loaded.quarantined[0]
        .reason
        .starts_with("a saved partnership view"));
    assert_eq!(
        storage
            .get_item("buy-in-check/quarantine/w-w-bad")
            .expect("read")
            .as_deref(),
        Some("{\"schema\":1,")
    );
    let newer = Workshop {
        id: "w-new".into(),
        ..w
    };
    assert!(
        repo.save_workshop(&newer).is_err(),
        "a newer record is never overwritten"
    );
    storage.clear().expect("clear");
}

/// An id listed twice in the index is one assessment, and a delete leaves no ghost.
#[wasm_bindgen_test]
fn an_index_that_lists_an_id_twice_loads_it_once_and_deletes_it_whole() {
    let storage = window().local_storage().expect("storage").expect("present");
    storage.clear().expect("clear");
    let repo = Repository::local();
    repo.save(&sample("twice")).expect("saved");
    storage
        .set_item("buy-in-check/index", r#"["twice","twice"]"#)
        .expect("write");
    let loaded = Repository::local().load();
    assert_eq!(loaded.assessments.len(), 1);
    repo.delete("twice").expect("deleted");
    assert!(Repository::local().load().assessments.is_empty());
    storage.clear().expect("clear");
}

/// A profile or plan edit moves "last changed" like an answer does.
#[wasm_bindgen_test]
fn every_edit_stamps_its_time() {
    let state = AppState::load(Repository::in_memory());
    let id = state.create(Profile {
        name: "Stamps".into(),
        ..Profile::default()
    });
    let mut before = state.get(&id).expect("made");
    before.updated_at = 1;
    state.assessments.update(|all| all[0] = before.clone());
    state.apply(&id, Edit::Rename("Renamed".into()));
    let after = state.get(&id).expect("kept");
    assert!(after.updated_at > 1, "the profile edit stamped its time");
    state.assessments.update(|all| all[0].updated_at = 1);
    state.apply(
        &id,
        Edit::AddItem {
            id: "new-item".into(),
        },
    );
    assert!(
        state.get(&id).expect("kept").updated_at > 1,
        "the plan edit too"
    );
}

/// An import stamped in 2030 (or at u64::MAX): a new answer must be what is stored, not
/// only what is shown.
#[wasm_bindgen_test]
fn a_record_from_the_future_never_outranks_a_new_answer() {
    let storage = window().local_storage().expect("storage").expect("present");
    storage.clear().expect("clear");
    let state = AppState::load(Repository::local());
    let mut future = sample("future-1");
    future.set_answer("mandate-1", Answer::from_code("2"), u64::MAX);
    future.updated_at = u64::MAX;
    let (added, _, clamped) = state.import(vec![future]).expect("imported");
    assert_eq!((added, clamped), (1, 1));
    state.apply(
        "future-1",
        Edit::Answer {
            statement: "mandate-1".into(),
            answer: Answer::from_code("5"),
        },
    );
    state.save_now();
    let stored = Repository::local().load();
    assert_eq!(
        stored.assessments[0].answer("mandate-1"),
        Answer::from_code("5"),
        "storage keeps the new answer"
    );
    assert_eq!(
        state.get("future-1").and_then(|a| a.answer("mandate-1")),
        Answer::from_code("5")
    );
    storage.clear().expect("clear");
}

/// Every damaged record is kept: a taken set-aside key gets a numbered sibling, and a
/// save never writes over a record that cannot be read.
#[wasm_bindgen_test]
fn damaged_records_are_all_kept_and_never_overwritten() {
    let storage = window().local_storage().expect("storage").expect("present");
    storage.clear().expect("clear");
    storage
        .set_item("buy-in-check/quarantine/dmg", "first damage")
        .expect("write");
    storage
        .set_item("buy-in-check/a/dmg", "second damage")
        .expect("write");
    let loaded = Repository::local().load();
    assert_eq!(loaded.quarantined.len(), 2, "both damaged copies listed");
    assert_eq!(
        storage
            .get_item("buy-in-check/quarantine/dmg")
            .expect("read")
            .as_deref(),
        Some("first damage")
    );
    assert_eq!(
        storage
            .get_item("buy-in-check/quarantine/dmg-2")
            .expect("read")
            .as_deref(),
        Some("second damage")
    );

    // An import (or any save) with the id of a record that cannot be read sets it aside.
    storage
        .set_item("buy-in-check/a/clash", "{broken")
        .expect("write");
    Repository::local().save(&sample("clash")).expect("saved");
    assert_eq!(
        storage
            .get_item("buy-in-check/quarantine/clash")
            .expect("read")
            .as_deref(),
        Some("{broken")
    );
    storage.clear().expect("clear");
}

/// A change saved after another tab deleted the assessment is refused, not a silent
/// resurrection; keeping the copy on purpose stores it again.
#[wasm_bindgen_test]
fn an_edit_after_a_delete_elsewhere_is_refused_until_the_copy_is_kept() {
    use buy_in_check::store::local::StoreError;
    let storage = window().local_storage().expect("storage").expect("present");
    storage.clear().expect("clear");
    let tab_a = Repository::local();
    let tab_b = Repository::local();
    let a = sample("gone-1");
    tab_a.save(&a).expect("saved");
    tab_a.delete("gone-1").expect("deleted");
    assert_eq!(
        tab_b.save_edit(&a),
        Err(StoreError::Deleted("gone-1".into()))
    );
    assert!(
        Repository::local().load().assessments.is_empty(),
        "not brought back"
    );
    tab_b.keep_deleted(&a).expect("kept on purpose");
    assert_eq!(Repository::local().load().assessments.len(), 1);
    storage.clear().expect("clear");
}

/// Waits `ms` milliseconds (a real timer, so scheduled work in the app runs).
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Two tabs saving in the same moment: the second write lacks the first tab's answer.
/// A moment later the first tab reads the record again and puts its answer back.
#[wasm_bindgen_test]
async fn an_answer_lost_to_a_simultaneous_save_in_another_tab_is_put_back() {
    let storage = window().local_storage().expect("storage").expect("present");
    storage.clear().expect("clear");
    let state = AppState::load(Repository::local());
    let id = state.create(Profile {
        name: "Race".into(),
        ..Profile::default()
    });
    state.apply(
        &id,
        Edit::Answer {
            statement: "mandate-1".into(),
            answer: Answer::from_code("5"),
        },
    );
    state.save_now();
    // The other tab read the record before this save and now writes its own change.
    let repo = Repository::local();
    let mut theirs = repo.get(&id).expect("stored");
    theirs.responses.remove("mandate-1");
    theirs.set_answer("mandate-5", Answer::from_code("2"), theirs.updated_at + 1);
    storage
        .set_item(
            &format!("buy-in-check/a/{id}"),
            &buy_in_check::model::record::encode(&theirs),
        )
        .expect("racing write");
    assert_eq!(
        repo.get(&id).and_then(|a| a.answer("mandate-1")),
        None,
        "lost for now"
    );
    sleep(200).await;
    let stored = repo.get(&id).expect("stored");
    assert_eq!(
        stored.answer("mandate-1"),
        Answer::from_code("5"),
        "put back"
    );
    assert_eq!(
        stored.answer("mandate-5"),
        Answer::from_code("2"),
        "the other tab's answer kept"
    );
    storage.clear().expect("clear");
}

/// A record already stored with times from the future is brought back to now in storage
/// too, so a new answer is what a reload shows.
#[wasm_bindgen_test]
fn a_stored_record_with_future_times_is_written_back_and_a_new_answer_sticks() {
    let storage = window().local_storage().expect("storage").expect("present");
    storage.clear().expect("clear");
    let mut future = sample("future-stored");
    future.set_answer("mandate-1", Answer::from_code("1"), 1_893_456_000_000);
    future.updated_at = 1_893_456_000_000;
    storage
        .set_item(
            "buy-in-check/a/future-stored",
            &buy_in_check::model::record::encode(&future),
        )
        .expect("write");
    let state = AppState::load(Repository::local());
    state.apply(
        "future-stored",
        Edit::Answer {
            statement: "mandate-1".into(),
            answer: Answer::from_code("4"),
        },
    );
    state.save_now();
    let reloaded = Repository::local().load();
    assert_eq!(
        reloaded.assessments[0].answer("mandate-1"),
        Answer::from_code("4")
    );
    assert!(reloaded.assessments[0].updated_at < 1_893_456_000_000);
    storage.clear().expect("clear");
}

/// An answer shows at once and is saved once the frame that shows it has been drawn, so
/// the person never waits for storage to see it. Reading storage again for another tab's
/// change writes it first (the read would otherwise undo it), and a delete leaves nothing
/// to save and nothing refused.
#[wasm_bindgen_test]
async fn an_answer_is_saved_after_the_frame_that_shows_it() {
    let (storage, state, id, _mounted) = local_state_with("Paint first");
    let answer = |code| Edit::Answer {
        statement: "mandate-1".into(),
        answer: Answer::from_code(code),
    };
    let shown = || state.get(&id).and_then(|a| a.answer("mandate-1"));
    let stored = || {
        Repository::local()
            .get(&id)
            .and_then(|a| a.answer("mandate-1"))
    };

    state.apply(&id, answer("5"));
    assert_eq!(shown(), Answer::from_code("5"), "shown at once");
    assert_eq!(stored(), None, "not saved before the frame");
    after_a_frame().await;
    assert_eq!(stored(), Answer::from_code("5"), "saved after it");

    state.apply(&id, answer("2"));
    state.reload();
    assert_eq!(
        shown(),
        Answer::from_code("2"),
        "a reload keeps the waiting answer"
    );
    assert_eq!(stored(), Answer::from_code("2"));

    state.apply(&id, answer("3"));
    state.delete(&id);
    after_a_frame().await;
    assert_eq!(state.save_status.get_untracked(), SaveStatus::Saved);
    assert!(Repository::local().get(&id).is_none(), "deleted");
    storage.clear().expect("clear");
}

/// Another tab deletes in three writes: the dated mark, the index, the record. A save of
/// this tab's waiting answer that lands between them (its storage event comes after the
/// first write) is refused rather than bringing the record back, and the answer stays on
/// screen, so "Keep my copy" keeps it.
#[wasm_bindgen_test]
async fn a_save_between_another_tabs_delete_writes_is_refused_and_the_answer_kept() {
    let (storage, state, id, _mounted) = local_state_with("Mid-delete");
    state.apply(
        &id,
        Edit::Answer {
            statement: "mandate-1".into(),
            answer: Answer::from_code("5"),
        },
    );
    let given = |a: Option<buy_in_check::model::assessment::Assessment>| {
        a.and_then(|a| a.answer("mandate-1"))
    };
    // The other tab's first write, and its storage event here.
    storage
        .set_item(
            &format!("buy-in-check/deleted/{id}"),
            &(js_sys::Date::now() as u64 + 1).to_string(),
        )
        .expect("mark");
    state.reload();
    assert_eq!(
        given(Repository::local().get(&id)),
        None,
        "not written back"
    );
    assert!(matches!(
        state.save_status.get_untracked(),
        SaveStatus::Failed(_)
    ));
    assert_eq!(given(state.get(&id)), Answer::from_code("5"), "still shown");
    // Its other two writes: this tab offers its copy, with the answer.
    storage.set_item("buy-in-check/index", "[]").expect("index");
    storage
        .remove_item(&format!("buy-in-check/a/{id}"))
        .expect("record");
    state.reload();
    let kept = state
        .deleted_elsewhere
        .get_untracked()
        .into_iter()
        .find(|a| a.id == id);
    assert_eq!(given(kept), Answer::from_code("5"));
    after_a_frame().await;
    assert!(Repository::local().get(&id).is_none(), "stays deleted");
    storage.clear().expect("clear");
}

/// A change storage has no room for stays on screen (to export) when another tab's save
/// makes this one read storage again: it is not replaced by the older stored record.
#[wasm_bindgen_test]
async fn a_change_that_did_not_fit_stays_on_screen_through_a_reload() {
    let (storage, state, id, _mounted) = local_state_with("Too big");
    // Storage filled to within a few characters, so the note cannot be written.
    fill_storage(&storage);
    let huge = "x".repeat(1000);
    state.apply(
        &id,
        Edit::Note {
            statement: "mandate-1".into(),
            text: huge.clone(),
        },
    );
    state.save_now();
    assert!(matches!(
        state.save_status.get_untracked(),
        SaveStatus::Failed(_)
    ));
    let note = || state.read(&id, |a| a.note("mandate-1").len());
    assert_eq!(note(), Some(huge.len()));
    state.reload();
    assert_eq!(note(), Some(huge.len()), "still on screen after a reload");
    storage.clear().expect("clear");
}

/// A partnership view whose latest change did not fit in storage keeps that change on
/// screen when another tab saves the same workshop (it was replaced, and the "not saved"
/// message went with it).
#[wasm_bindgen_test]
async fn a_workshop_change_that_did_not_fit_stays_on_screen_when_another_tab_saves_it() {
    let (storage, state, id, _mounted) = local_state_with("Partner one");
    let first = state.get(&id).expect("created");
    state.partnership.set(vec![first.clone()]);
    assert!(state.save_workshop(Some("Meeting".into())));
    let (workshop_id, _) = state.open_workshop.get_untracked().expect("open");
    fill_storage(&storage);
    // This tab adds a partner; storage has no room for it.
    let mut second = sample("partner-two");
    second.set_note("mandate-1", &"x".repeat(2000), 2);
    state.partnership.update(|l| l.push(second.clone()));
    assert!(!state.save_workshop(None), "storage is full");
    // The other tab saves the same workshop, anonymised (a shorter record, so it fits).
    let mut theirs = state
        .workshops
        .get_untracked()
        .into_iter()
        .find(|w| w.id == workshop_id)
        .expect("saved");
    theirs.anonymous = true;
    theirs.updated_at += 1;
    Repository::local()
        .save_workshop(&theirs)
        .expect("the other tab's save fits");
    state.reload();
    assert_eq!(
        state.partnership.get_untracked(),
        vec![first, second],
        "this tab's change is still on screen"
    );
    let notice = state.workshop_notice.get_untracked().unwrap_or_default();
    assert!(notice.contains("could not be saved"), "{notice}");
    storage.clear().expect("clear");
}

/// Fills local storage to within a few characters.
fn fill_storage(storage: &web_sys::Storage) {
    let mut size = 8 * 1024 * 1024;
    let mut n = 0;
    while size >= 16 {
        if storage
            .set_item(&format!("filler-{n}"), &"x".repeat(size))
            .is_ok()
        {
            n += 1;
        } else {
            size /= 2;
        }
    }
}

/// Local storage emptied and read by a new state, with one new assessment named `name`:
/// the storage, the state, the assessment's id, and an empty mounted view. Mounting sets
/// up what runs spawned tasks (asking the browser to keep storage spawns one), which a
/// test run alone must not leave to the tests before it.
fn local_state_with(
    name: &str,
) -> (
    web_sys::Storage,
    AppState,
    String,
    leptos::mount::UnmountHandle<impl leptos::tachys::view::Mountable>,
) {
    let mounted = leptos::mount::mount_to(fresh_node(), || ());
    let storage = window().local_storage().expect("storage").expect("present");
    storage.clear().expect("clear");
    let state = AppState::load(Repository::local());
    let id = state.create(Profile {
        name: name.into(),
        ..Profile::default()
    });
    (storage, state, id, mounted)
}

/// Until the next frame has been drawn, and a moment more.
async fn after_a_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().request_animation_frame(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    sleep(20).await;
}

fn sample(id: &str) -> buy_in_check::model::assessment::Assessment {
    buy_in_check::model::assessment::Assessment::new(
        id,
        Profile {
            name: id.into(),
            ..Profile::default()
        },
        1,
    )
}

#[wasm_bindgen_test]
fn a_write_over_quota_fails_cleanly_and_keeps_the_last_save() {
    let storage = window().local_storage().expect("storage").expect("present");
    storage.clear().expect("clear");
    let repo = Repository::local();
    let mut a = sample("quota-1");
    a.set_answer("mandate-1", Answer::from_code("2"), 2);
    repo.save(&a).expect("first save fits");

    // A real QuotaExceededError from the browser: a note far beyond any storage quota.
    let mut huge = a.clone();
    huge.responses.get_mut("mandate-1").expect("present").note = "x".repeat(12 * 1024 * 1024);
    huge.updated_at = 3;
    assert_eq!(
        repo.save(&huge),
        Err(buy_in_check::store::local::StoreError::Full)
    );

    let loaded = Repository::local().load();
    assert_eq!(loaded.assessments, vec![a], "the last good save is intact");
    storage.clear().expect("clear");
}

#[wasm_bindgen_test]
fn a_throwing_local_storage_falls_back_to_memory() {
    // Make `window.localStorage` throw on access, as blocked storage does. On the global
    // object the accessor is its own property, so keep the original to put it back.
    let original = js_sys::Object::get_own_property_descriptor(&window(), &"localStorage".into());
    let thrower =
        js_sys::Function::new_no_args("throw new DOMException('blocked', 'SecurityError')");
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"get".into(), &thrower).expect("descriptor");
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).expect("descriptor");
    js_sys::Object::define_property(&window(), &"localStorage".into(), &descriptor);

    let repo = Repository::open();
    assert!(!repo.is_persistent());
    let a = sample("mem-1");
    repo.save(&a).expect("memory accepts writes");
    assert_eq!(repo.load().assessments, vec![a]);

    js_sys::Object::define_property(&window(), &"localStorage".into(), original.unchecked_ref());
    assert!(Repository::open().is_persistent(), "real storage is back");
}

#[wasm_bindgen_test]
fn saves_from_two_tabs_merge_answer_by_answer() {
    let storage = window().local_storage().expect("storage").expect("present");
    storage.clear().expect("clear");
    let tab_a = Repository::local();
    let tab_b = Repository::local();
    let start = sample("tabs-1");
    tab_a.save(&start).expect("saved");

    let mut in_a = start.clone();
    in_a.set_answer("mandate-1", Answer::from_code("5"), 10);
    tab_a.save(&in_a).expect("saved");

    // Tab B never saw tab A's answer and saves its own.
    let mut in_b = start.clone();
    in_b.set_answer("mandate-5", Answer::from_code("1"), 20);
    let merged = tab_b.save(&in_b).expect("saved");
    assert_eq!(
        merged.answer("mandate-1"),
        Answer::from_code("5"),
        "tab A's answer kept"
    );
    assert_eq!(merged.answer("mandate-5"), Answer::from_code("1"));
    assert_eq!(Repository::local().load().assessments, vec![merged.clone()]);

    // Tab A saves again: the record has changed since its own last save (tab B's answer),
    // and that answer must survive this save too.
    in_a.set_answer("mandate-3", Answer::from_code("4"), 30);
    let merged = tab_a.save(&in_a).expect("saved");
    assert_eq!(
        merged.answer("mandate-5"),
        Answer::from_code("1"),
        "tab B's answer kept"
    );
    assert_eq!(merged.answer("mandate-3"), Answer::from_code("4"));
    assert_eq!(Repository::local().get("tabs-1"), Some(merged));
    storage.clear().expect("clear");
}

#[wasm_bindgen_test]
fn a_newer_record_is_read_only_and_never_overwritten() {
    let storage = window().local_storage().expect("storage").expect("present");
    storage.clear().expect("clear");
    let raw = r#"{"schema":99,"assessment":{"id":"new-1","bank_version":1,"profile":{"name":"Future"},"created_at":1,"updated_at":1}}"#;
    storage
        .set_item("buy-in-check/a/new-1", raw)
        .expect("write");
    let repo = Repository::local();
    let loaded = repo.load();
    assert_eq!(loaded.read_only.len(), 1);
    assert!(loaded.assessments.is_empty());
    assert_eq!(
        repo.save(&sample("new-1")),
        Err(buy_in_check::store::local::StoreError::ReadOnly)
    );
    assert_eq!(
        storage
            .get_item("buy-in-check/a/new-1")
            .expect("read")
            .as_deref(),
        Some(raw)
    );
    storage.clear().expect("clear");
}

/// An on-demand page whose chunk fails to arrive says so and offers "Try again"; the
/// next attempt shows the page. (Network failure is simulated by the loader itself.)
#[wasm_bindgen_test]
async fn a_page_that_cannot_be_fetched_offers_try_again() {
    use buy_in_check::ui::on_demand::{loaded_on_demand, NotLoaded};
    use std::sync::atomic::{AtomicU32, Ordering};
    use std::sync::Arc;

    let root = fresh_node();
    let attempts = Arc::new(AtomicU32::new(0));
    let counter = attempts.clone();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(AppState::unread(Repository::in_memory()));
        let counter = counter.clone();
        loaded_on_demand(move || {
            let first = counter.fetch_add(1, Ordering::SeqCst) == 0;
            async move {
                if first {
                    Err(NotLoaded)
                } else {
                    Ok(view! { <h1>"Loaded page"</h1> }.into_any())
                }
            }
        })
    });
    tick().await;
    tick().await;
    assert_eq!(
        query(&root, "h1").text_content().as_deref(),
        Some("This page could not be loaded")
    );
    assert!(query(&root, "[role=alert]")
        .text_content()
        .unwrap_or_default()
        .contains("nothing is lost"));

    query(&root, "button").click();
    tick().await;
    tick().await;
    assert_eq!(
        query(&root, "h1").text_content().as_deref(),
        Some("Loaded page")
    );
    assert_eq!(attempts.load(Ordering::SeqCst), 2);
}

#[wasm_bindgen_test]
async fn a_lowest_score_shows_a_stub_and_no_score_shows_no_bar() {
    use buy_in_check::model::assessment::Assessment;
    use buy_in_check::model::scoring::score;
    use buy_in_check::ui::widgets::score_view::DimensionTable;

    // The first dimension answered all 1 (or No), the second all 5 (or Yes); the rest
    // unanswered, so without a score.
    let mut a = Assessment::new("bars", Profile::default(), 1);
    let dims = &bank().contexts[0].dimensions;
    for (d, low) in [(&dims[0], true), (&dims[1], false)] {
        for s in d.statements {
            let code = match (s.kind, low) {
                (buy_in_check::model::bank::ItemKind::Fact, true) => "no",
                (buy_in_check::model::bank::ItemKind::Fact, false) => "yes",
                (_, true) => "1",
                (_, false) => "5",
            };
            a.set_answer(s.id, Answer::from_code(code), 1);
        }
    }
    let scores = score(bank(), &a);
    let root = fresh_node();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <DimensionTable scores=scores.clone() found=Vec::new()/> }
    });
    tick().await;
    let rows = root
        .query_selector_all("tbody tr:not(.group-row)")
        .expect("rows");
    let fill = |i: u32| {
        rows.get(i)
            .expect("a row")
            .unchecked_into::<web_sys::Element>()
            .query_selector(".bar-fill")
            .expect("valid selector")
            .and_then(|r| r.get_attribute("width"))
    };
    assert_eq!(
        fill(0).as_deref(),
        Some("4"),
        "1.0: a stub, not an empty track"
    );
    assert_eq!(fill(1).as_deref(), Some("100"), "5.0: the whole bar");
    assert_eq!(fill(2), None, "no score: no bar at all");

    // The chart above the table draws the same: a stub for 1.0, no bar without a score.
    let for_chart = score(bank(), &a);
    let scored = for_chart.dimensions().filter(|d| d.score.is_some()).count();
    let chart = fresh_node();
    let _chart = leptos::mount::mount_to(chart.clone(), move || {
        view! { <buy_in_check::ui::widgets::chart::DimensionChart scores=for_chart.clone()/> }
    });
    tick().await;
    let bars = chart.query_selector_all("rect.chart-bar").expect("bars");
    let width = |i: u32| {
        bars.get(i)
            .expect("a bar")
            .unchecked_into::<web_sys::Element>()
            .get_attribute("width")
            .and_then(|w| w.parse::<f64>().ok())
    };
    assert_eq!(width(0), Some(6.0), "1.0: a stub");
    assert!(width(1).is_some_and(|w| w > 100.0), "5.0: a long bar");
    assert_eq!(
        bars.length() as usize,
        scored,
        "one bar per scored dimension, none for others"
    );
}

/// The app starts with storage unread (its code comes in a chunk); a page from a chunk
/// never shows before the stored assessments are read, so it can neither miss nor
/// overwrite one.
#[wasm_bindgen_test]
async fn a_page_from_a_chunk_waits_until_storage_is_read() {
    use buy_in_check::ui::on_demand::loaded_on_demand;

    let repo = Repository::in_memory();
    repo.save(&sample("stored-before")).expect("saved");
    let state = AppState::unread(repo);
    assert!(
        state.assessments.with_untracked(Vec::is_empty),
        "nothing read yet"
    );

    let root = fresh_node();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(state);
        loaded_on_demand(move || async move {
            let seen = state.assessments.with_untracked(Vec::len);
            Ok(view! { <h1>{format!("{seen} stored")}</h1> }.into_any())
        })
    });
    tick().await;
    tick().await;
    assert_eq!(
        query(&root, "h1").text_content().as_deref(),
        Some("1 stored")
    );
    assert!(state.storage_read.get_untracked());

    // Reading again (a second page) keeps what this tab has, rather than reading twice.
    state.assessments.update(|all| all.clear());
    state.read_storage();
    assert!(state.assessments.with_untracked(Vec::is_empty));
}

/// The two-context map draws its dot inside the quarter its verdict names: scores shown
/// as 4.0 (one of them 3.96) are "Organisations partnering", so the dot lies wholly right
/// of and above the split lines, not astride them or left of one. A bar shown as 4.0
/// reaches the strength line.
#[wasm_bindgen_test]
async fn the_map_dot_and_the_bars_agree_with_the_scores_as_shown() {
    use buy_in_check::ui::widgets::chart::{bar_width, ContextMap};
    let root = fresh_node();
    let _map = leptos::mount::mount_to(root.clone(), move || {
        view! { <ContextMap between=3.96 within=4.0 earlier=(4.0, 2.96)/> }
    });
    tick().await;
    let attr = |selector: &str, name: &str| -> f64 {
        root.query_selector(selector)
            .expect("valid selector")
            .unwrap_or_else(|| panic!("{selector}"))
            .get_attribute(name)
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("{selector} {name}"))
    };
    let label = root
        .query_selector("svg.context-map")
        .expect("valid selector")
        .and_then(|s| s.get_attribute("aria-label"))
        .unwrap_or_default();
    assert!(label.contains("Organisations partnering"), "{label}");
    // The split lines sit at 4.0: x 190, y 90 (SVG units).
    let (cx, cy, r) = (
        attr(".map-dot", "cx"),
        attr(".map-dot", "cy"),
        attr(".map-dot", "r"),
    );
    assert!(
        cx - r - 1.0 >= 190.0,
        "dot at x {cx}: astride or left of the split"
    );
    assert!(
        cy + r + 1.0 <= 90.0,
        "dot at y {cy}: astride or below the split"
    );
    // The earlier dot: between 4.0 (strength), within 2.96 (shown 3.0, worth discussing).
    let (ex, ey, er) = (
        attr(".map-earlier", "cx"),
        attr(".map-earlier", "cy"),
        attr(".map-earlier", "r"),
    );
    assert!(ex - er >= 190.0, "earlier dot at x {ex}");
    // 3.0 is at y 140: the earlier dot lies above it, inside "worth discussing".
    assert!(ey + er <= 140.0 && ey - er >= 90.0, "earlier dot at y {ey}");
    assert_eq!(bar_width(3.96), bar_width(4.0));
}

/// A verdict of "Close to organisations partnering" (one context a strength, the other a
/// tenth or two short) puts the dot in a strip beside the strong corner that the key names
/// "close", not loose in the corner named "Individuals" or "Ready at home".
#[wasm_bindgen_test]
async fn the_map_marks_where_close_to_organisations_partnering_lies() {
    use buy_in_check::ui::widgets::chart::ContextMap;
    // The last is "Individuals partnering": 3.6 is not close, and its dot is in no strip.
    for (between, within, close) in [
        (5.0, 3.9, true),
        (3.8, 5.0, true),
        (4.1, 3.8, true),
        (5.0, 3.6, false),
    ] {
        let root = fresh_node();
        let _map = leptos::mount::mount_to(root.clone(), move || {
            view! { <ContextMap between=between within=within/> }
        });
        tick().await;
        let number = |e: &web_sys::Element, name: &str| -> f64 {
            e.get_attribute(name)
                .and_then(|v| v.parse().ok())
                .unwrap_or_else(|| panic!("{name}"))
        };
        let dot = query(&root, ".map-dot");
        let (cx, cy) = (number(&dot, "cx"), number(&dot, "cy"));
        let strips = root
            .query_selector_all("rect.map-close:not(.map-key)")
            .expect("valid selector");
        let holding = (0..strips.length())
            .filter_map(|i| strips.item(i)?.dyn_into::<web_sys::Element>().ok())
            .filter(|r| {
                let (x, y) = (number(r, "x"), number(r, "y"));
                let (w, h) = (number(r, "width"), number(r, "height"));
                (x..=x + w).contains(&cx) && (y..=y + h).contains(&cy)
            })
            .count();
        assert_eq!(
            holding,
            usize::from(close),
            "{between}/{within}: the dot at ({cx}, {cy}) lies in one close strip, if close"
        );
        let text = root.text_content().unwrap_or_default();
        assert!(text.contains("close to organisations partnering"), "{text}");
        let label = query(&root, "svg.context-map")
            .get_attribute("aria-label")
            .unwrap_or_default();
        assert_eq!(
            label.contains("Close to organisations partnering"),
            close,
            "{label}"
        );
    }
}

/// A change that does not come from a click on this page (another tab's answer merged in,
/// an undo) still reaches the statement it is about, and only that one: its option, its
/// note, the step list's count and the progress line.
#[wasm_bindgen_test]
async fn a_change_from_elsewhere_reaches_only_the_statement_it_is_about() {
    let (root, state, id, _handle) = mount_step("Elsewhere", 1).await;
    let statements = bank().contexts[0].dimensions[0].statements;
    let (first, second) = (statements[0].id, statements[1].id);
    query(&root, &format!("#s-{first} input[value='2']")).click();
    tick().await;
    state.apply(
        &id,
        Edit::Answer {
            statement: second.to_owned(),
            answer: Answer::from_code("4"),
        },
    );
    state.apply(
        &id,
        Edit::Note {
            statement: second.to_owned(),
            text: "seen at the board".into(),
        },
    );
    tick().await;
    tick().await;
    let checked = |statement: &str| -> Vec<String> {
        let list = root
            .query_selector_all(&format!("#s-{statement} input"))
            .expect("inputs");
        (0..list.length())
            .filter_map(|i| list.item(i))
            .map(|n| n.unchecked_into::<web_sys::HtmlInputElement>())
            .filter(|i| i.checked())
            .map(|i| i.value())
            .collect()
    };
    assert_eq!(checked(first), ["2"], "the clicked answer stays");
    assert_eq!(checked(second), ["4"], "the answer from elsewhere shows");
    assert_eq!(
        query(&root, &format!("#s-{second} label.chosen input")).get_attribute("value"),
        Some("4".into())
    );
    assert_eq!(
        query(&root, &format!("#s-{second} textarea"))
            .unchecked_into::<web_sys::HtmlTextAreaElement>()
            .value(),
        "seen at the board"
    );
    assert_eq!(
        root.query_selector_all(".chosen").expect("list").length(),
        2,
        "no other option is marked"
    );
    assert!(query(&root, ".step-list li.current .step-count")
        .text_content()
        .unwrap_or_default()
        .starts_with("2/"));
    assert!(query(&root, ".progress-count")
        .text_content()
        .unwrap_or_default()
        .starts_with("2 of "));
    // Gone (deleted, in another tab or this one): nothing is left to skip.
    let skip = || {
        let links = root.query_selector_all(".step-nav a").expect("links");
        (0..links.length())
            .filter_map(|i| links.item(i))
            .any(|a| a.text_content().as_deref() == Some("Skip for now"))
    };
    assert!(skip(), "an incomplete step offers to skip it");
    state.delete(&id);
    tick().await;
    tick().await;
    assert!(!skip(), "a deleted assessment offers nothing to skip");
}

/// Every save leaves one `buyin-save` measure (the benchmark reads them), and timing it
/// leaves the page's other marks alone: it used to clear every mark at each save.
#[wasm_bindgen_test]
fn a_save_is_measured_and_other_marks_stay() {
    let perf = window().performance().expect("performance");
    perf.mark("someone-elses-mark").expect("mark");
    let before = perf.get_entries_by_name("buyin-save").length();
    let state = AppState::load(Repository::in_memory());
    let id = state.create(Profile {
        name: "Timed".into(),
        ..Profile::default()
    });
    let first = bank().contexts[0].dimensions[0].statements[0].id;
    state.apply(
        &id,
        Edit::Answer {
            statement: first.to_owned(),
            answer: Answer::from_code("3"),
        },
    );
    state.save_now();
    let saves = perf.get_entries_by_name("buyin-save");
    assert_eq!(saves.length(), before + 2, "one measure per save");
    let last: web_sys::PerformanceEntry = saves.get(saves.length() - 1).unchecked_into();
    assert!(last.duration() >= 0.0 && last.start_time() > 0.0);
    assert_eq!(
        perf.get_entries_by_name("someone-elses-mark").length(),
        1,
        "the page's own marks are kept"
    );
}

/// A new version found before the app had started (public/sw-register.js marks the page,
/// since its event came before anyone listened) is offered once the banner is built.
#[wasm_bindgen_test]
async fn an_update_found_before_the_app_started_is_offered() {
    use buy_in_check::ui::widgets::banners::UpdateBanner;
    let html = document().document_element().expect("html");
    html.set_attribute("data-update-ready", "").expect("mark");
    let root = fresh_node();
    let _handle = leptos::mount::mount_to(root.clone(), || view! { <UpdateBanner/> });
    tick().await;
    html.remove_attribute("data-update-ready").expect("unmark");
    let text = root.text_content().unwrap_or_default();
    assert!(
        text.contains("A new version of Buy-in Check is ready."),
        "the banner shows: {text:?}"
    );
}
