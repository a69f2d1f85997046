//! The guided flow: which steps there are and in what order, and how far an assessment
//! has got in each. The routes number the steps from 1 in this order.

use super::assessment::Assessment;
use super::bank::{bank, Context, Dimension};

/// One step of the guided flow: a dimension, or the closing warning-signs step.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum StepKind {
    Dimension(&'static Context, &'static Dimension),
    WarningSigns,
}

/// The steps in order: every dimension of both contexts, then the warning signs.
pub fn steps() -> Vec<StepKind> {
    bank()
        .dimensions()
        .map(|(c, d)| StepKind::Dimension(c, d))
        .chain(std::iter::once(StepKind::WarningSigns))
        .collect()
}

impl StepKind {
    pub fn title(self) -> &'static str {
        match self {
            StepKind::Dimension(_, d) => d.title,
            StepKind::WarningSigns => "Warning signs",
        }
    }

    pub fn context_title(self) -> &'static str {
        match self {
            StepKind::Dimension(c, _) => c.title,
            StepKind::WarningSigns => "Across the partnership",
        }
    }

    /// (answered, total) statements in this step; the warning-signs step has none to count.
    pub fn answered(self, a: &Assessment) -> (usize, usize) {
        match self {
            StepKind::Dimension(_, d) => d
                .statements
                .iter()
                .filter(|s| a.is_asked(s))
                .fold((0, 0), |(done, total), s| {
                    (done + usize::from(a.answer_to(s).is_some()), total + 1)
                }),
            StepKind::WarningSigns => (0, 0),
        }
    }

    pub fn is_complete(self, a: &Assessment) -> bool {
        let (done, total) = self.answered(a);
        done == total && total > 0
    }

    /// What the step list shows for this step of `a`.
    pub fn mark(self, a: &Assessment) -> StepMark {
        let (done, total) = self.answered(a);
        let count = match self {
            StepKind::Dimension(..) => format!("{done}/{total}"),
            StepKind::WarningSigns if !a.warning_signs.is_empty() => {
                format!("{} ticked", a.warning_signs.len())
            }
            StepKind::WarningSigns => String::new(),
        };
        StepMark {
            complete: done == total && total > 0,
            count,
        }
    }
}

/// A step as the step list shows it: complete or not, and its count ("2/5" statements
/// answered, "3 ticked" warning signs, or nothing).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StepMark {
    pub complete: bool,
    pub count: String,
}

/// Every step's mark for `a`, in step order; blank marks when there is no assessment.
pub fn step_marks(a: Option<&Assessment>) -> Vec<StepMark> {
    steps()
        .into_iter()
        .map(|k| a.map(|a| k.mark(a)).unwrap_or_default())
        .collect()
}
