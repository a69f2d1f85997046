//! One effect feeding many small signals, so that an answer re-runs only the parts of a
//! page that show it.
//!
//! A closure or memo that reads the assessment is woken by every change to it, wherever
//! the change is: on a step page, every option of every statement and every line of the
//! step list, well over a hundred wake-ups per click that each find nothing to do. With
//! [`parts`], one effect reads the assessment and sets each part's signal only when that
//! part's value changed; the rest of the page is not woken at all.

use leptos::prelude::*;

/// One read-only signal per value `compute` returns (it is called tracked, and must return
/// the same number of values every time). A part's signal notifies its readers only when
/// its own value changes.
pub fn parts<T>(compute: impl Fn() -> Vec<T> + 'static) -> Vec<ReadSignal<T>>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let signals: Vec<RwSignal<T>> = untrack(&compute).into_iter().map(RwSignal::new).collect();
    let readers = signals.iter().map(|s| s.read_only()).collect();
    Effect::new(move |_| {
        let values = compute();
        debug_assert_eq!(values.len(), signals.len(), "parts: the count changed");
        for (signal, value) in signals.iter().zip(values) {
            if signal.with_untracked(|old| *old != value) {
                signal.set(value);
            }
        }
    });
    readers
}
