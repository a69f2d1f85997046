//! Comparisons: one assessment against an earlier one (change over time), and several
//! partners' assessments side by side (where partners see buy-in differently).
//!
//! Assessments are compared on the statements of this app's bank. Answers to statements
//! this bank does not have (from a different bank version) cannot be compared; they are
//! counted so the view can say so.

use super::assessment::{ActionStatus, Assessment};
use super::bank::{Bank, ContextId, Dimension, Stage, Statement, WarningSign};
use super::bank_upgrade::added_since;
use super::scoring::{mean_as_shown, round1, score, score_where, shown_change, Band, Scores};

pub use super::scoring::CHANGE_THRESHOLD;
/// Partners whose scores for a dimension span at least this much see it differently
/// enough to talk about.
pub const DIVERGENCE_SPREAD: f64 = 1.5;

/// Direction of change for one dimension or context.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Trend {
    Improved,
    Declined,
    Unchanged,
    /// Up by less than the change threshold, but across a band line: too small to call
    /// an improvement, too visible to call unchanged when the band beside it moved.
    NudgedUp,
    /// Down by less than the change threshold, across a band line.
    NudgedDown,
    /// One side has no score (not enough answers).
    NotComparable,
}

impl Trend {
    pub fn of(before: Option<f64>, after: Option<f64>) -> Trend {
        match (before, after) {
            (Some(b), Some(a)) => {
                let delta = shown_change(b, a);
                if delta >= CHANGE_THRESHOLD {
                    Trend::Improved
                } else if delta <= -CHANGE_THRESHOLD {
                    Trend::Declined
                } else if Band::of(a) > Band::of(b) {
                    Trend::NudgedUp
                } else if Band::of(a) < Band::of(b) {
                    Trend::NudgedDown
                } else {
                    Trend::Unchanged
                }
            }
            _ => Trend::NotComparable,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Trend::Improved => "Improved",
            Trend::Declined => "Declined",
            // Not "Unchanged": beside "+0.4" that word contradicts the number.
            Trend::Unchanged => "Little change",
            Trend::NudgedUp => "Slightly up, new band",
            Trend::NudgedDown => "Slightly down, new band",
            Trend::NotComparable => "Cannot compare",
        }
    }
}

/// Change in one dimension between two assessments.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionChange {
    pub context: ContextId,
    pub dimension: &'static Dimension,
    pub before: Option<f64>,
    pub after: Option<f64>,
    pub trend: Trend,
    /// Statements rated (1–5 or Yes/No) and asked, then and now.
    pub rated: ((usize, usize), (usize, usize)),
    /// Across versions of the questions, where the dimension is compared on fewer
    /// statements than it has now: how many both versions ask, of how many.
    pub compared_on: Option<(usize, usize)>,
}

impl DimensionChange {
    /// "2 of 3 rated then, 3 of 3 now" where the two scores rest on different answers: a
    /// Don't know answered since moves a score without anything having changed.
    pub fn rests_on_change(&self) -> Option<String> {
        if let Some((shared, all)) = self.compared_on {
            // The scores here are not those on either results page: say what they rest on.
            let on = format!("compared on the {shared} of its {all} statements both versions ask");
            return Some(match self.rests_on_pair() {
                Some(pair) => format!("{on}; {pair}"),
                None => on,
            });
        }
        self.rests_on_pair()
    }

    fn rests_on_pair(&self) -> Option<String> {
        let ((rb, tb), (ra, ta)) = self.rated;
        (self.before.is_some() && self.after.is_some() && (rb, tb) != (ra, ta))
            .then(|| format!("{rb} of {tb} rated then, {ra} of {ta} now"))
    }
    /// The change as shown: the difference of the two rounded scores.
    pub fn delta(&self) -> Option<f64> {
        Some(shown_change(self.before?, self.after?))
    }
}

/// One action-plan item in a comparison: its status then and now (`None`: not in that
/// plan), as the status labels ("Planned", "Doing", "Done").
#[derive(Clone, Debug, PartialEq)]
pub struct PlanRow {
    pub text: String,
    /// Who owns it and by when, as the plan says now (as it said then, for an item the
    /// plan no longer has): a meeting going through the plan asks both.
    pub owner: String,
    pub due: String,
    pub then: Option<&'static str>,
    pub now: Option<&'static str>,
}

impl PlanRow {
    /// "Owner: Priya · due 2027-01-15", what of it is known; empty when neither is.
    pub fn owner_and_due(&self) -> String {
        let (owner, due) = (self.owner.trim(), self.due.trim());
        match (owner.is_empty(), due.is_empty()) {
            (true, true) => String::new(),
            (false, true) => format!("Owner: {owner}"),
            (true, false) => format!("Due {due}"),
            (false, false) => format!("Owner: {owner} · due {due}"),
        }
    }
}

/// A yes/no fact answered differently in two assessments.
#[derive(Clone, Debug, PartialEq)]
pub struct FactChange {
    pub dimension: &'static str,
    pub statement: &'static str,
    /// The answers' labels ("Yes", "No", "Don't know", "Not applicable", "not answered").
    pub then: &'static str,
    pub now: &'static str,
}

impl FactChange {
    /// "“Written commitments”: “The partners have signed a written agreement…” was Yes,
    /// now No."
    pub fn sentence(&self) -> String {
        format!(
            "“{}”: “{}” was {}, now {}.",
            self.dimension,
            self.statement.trim_end_matches('.'),
            self.then,
            self.now
        )
    }
}

/// A warning sign ticked in either assessment of a comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct SignChange {
    pub sign: &'static WarningSign,
    pub then: bool,
    pub now: bool,
}

impl SignChange {
    /// "“Another partner keeps changing who it sends to meetings”: seen now, not then."
    pub fn sentence(&self) -> String {
        let when = match (self.then, self.now) {
            (true, true) => "seen then and now",
            (false, true) => "seen now, not then",
            _ => "seen then, not now",
        };
        format!("“{}”: {when}.", self.sign.text.trim_end_matches('.'))
    }
}

/// One assessment against its baseline.
#[derive(Clone, Debug, PartialEq)]
pub struct OverTime {
    pub dimensions: Vec<DimensionChange>,
    /// (context, before, after, trend) for both contexts.
    pub contexts: Vec<(ContextId, Option<f64>, Option<f64>, Trend)>,
    /// The two-context view's name then and now (see `View::title_at`).
    pub view_before: Option<&'static str>,
    pub view_after: Option<&'static str>,
    /// (between, within) context scores then and now, when both exist, for the map.
    pub points: Option<((f64, f64), (f64, f64))>,
    /// Action-plan items done now that were not done in the baseline.
    pub done_since: Vec<String>,
    /// Both plans side by side: this plan's items in order, each with its status then
    /// (when the earlier plan had it, by id or by the same words) and now; then the earlier
    /// plan's items this one no longer has. So an item moved from Planned to Doing, or
    /// still planned, is seen, not only what was marked done.
    pub plan: Vec<PlanRow>,
    /// Yes/no facts answered differently then and now: (dimension title, statement, then,
    /// now), since one changed fact can move a dimension by two points or more on its own.
    pub facts_changed: Vec<FactChange>,
    /// The warning signs ticked then, now or both, in the bank's order: a sign that came
    /// or went says as much about the partnership as a score.
    pub signs: Vec<SignChange>,
    /// Answers in either assessment to statements this bank does not have.
    pub not_compared: usize,
    /// When one side was answered on an earlier bank version: that version, and the
    /// statements added since, which both sides are scored without.
    pub earlier_bank: Option<(u32, usize)>,
}

/// The change between two scores as shown: "+0.6", "−0.4", "0.0", or "–" where either
/// side has no score. The difference of the two values as shown, so a row always adds up.
pub fn change_text(before: Option<f64>, after: Option<f64>) -> String {
    match (before, after) {
        (Some(b), Some(a)) => {
            let d = shown_change(b, a);
            let sign = if d > 0.0 {
                "+"
            } else if d < 0.0 {
                "−"
            } else {
                ""
            };
            format!("{sign}{}", super::scoring::format_score(d.abs()))
        }
        _ => "–".to_owned(),
    }
}

/// What the comparison page and its Markdown say in words, worked out once.
impl OverTime {
    /// "2 improved, 1 declined, 9 with little change, 1 moved slightly across a band line."
    pub fn summary(&self) -> String {
        let count = |t: Trend| self.dimensions.iter().filter(|d| d.trend == t).count();
        let nudged = count(Trend::NudgedUp) + count(Trend::NudgedDown);
        format!(
            "{} improved, {} declined, {} with little change{}{}.",
            count(Trend::Improved),
            count(Trend::Declined),
            count(Trend::Unchanged),
            match nudged {
                0 => String::new(),
                1 => ", 1 moved slightly across a band line".to_owned(),
                n => format!(", {n} moved slightly across a band line"),
            },
            match count(Trend::NotComparable) {
                0 => String::new(),
                n => format!(", {n} without enough answers to compare"),
            }
        )
    }

    /// How the two-context view moved: "From “…” to “…”." or "“…”, then and now.".
    pub fn movement(&self) -> String {
        match (self.view_before, self.view_after) {
            // "Still “Buy-in still to build”." read as a slip.
            (Some(b), Some(a)) if b == a => format!("“{a}”, then and now."),
            (Some(b), Some(a)) => format!("From “{b}” to “{a}”."),
            _ => "One of the two has too few answers to place on the two-context view.".to_owned(),
        }
    }

    /// What was done since, above the two plans side by side.
    pub fn plan_line(&self, then: &Assessment) -> String {
        let done = self.done_since.len();
        match done {
            // Without an earlier plan nothing was "marked done since": every item is new.
            _ if then.actions.is_empty() => format!(
                "The earlier assessment had no action plan. Of this one's {}, {} done.",
                match self.plan.len() {
                    1 => "1 item".to_owned(),
                    n => format!("{n} items"),
                },
                if done == 1 {
                    "1 is".to_owned()
                } else {
                    format!("{done} are")
                }
            ),
            0 => "No action-plan item was marked done since the earlier assessment.".to_owned(),
            1 => "1 item was marked done since the earlier assessment.".to_owned(),
            n => format!("{n} items were marked done since the earlier assessment."),
        }
    }

    /// What to know before reading the figures, in the order the page shows them: answers
    /// that could not be compared, questions of different versions, two different
    /// partnerships or organisations (warnings: `true`), and a "then" dated after "now".
    pub fn notes(&self, then: &Assessment, now: &Assessment) -> Vec<(bool, String)> {
        let mut notes = Vec::new();
        if self.not_compared > 0 {
            notes.push((
                false,
                format!(
                    "{} answer{} belong to statements this version does not have, so they could not be compared.",
                    self.not_compared,
                    if self.not_compared == 1 { "" } else { "s" }
                ),
            ));
        }
        if let Some((version, added)) = self.earlier_bank {
            let started = match (then.upgraded_from, now.upgraded_from) {
                (Some(a), Some(b)) if a != b => format!(
                    "These assessments were started on versions {} and {} of the questions",
                    a.min(b),
                    a.max(b)
                ),
                (Some(_), Some(_)) => {
                    format!("Both assessments were started on version {version} of the questions")
                }
                _ => format!(
                    "One of these assessments was started on version {version} of the questions"
                ),
            };
            notes.push((
                false,
                format!(
                    "{started}. Both are scored here on the statements version {version} shares \
                     with today's: the {added} added or reworked since are left out on both \
                     sides, and those no longer asked are not scored. So the scores here can \
                     differ from those on each assessment's own results page; a dimension \
                     compared on fewer statements says so."
                ),
            ));
        }
        if !same_partnership(then, now) {
            let name = |p: &str| {
                if p.trim().is_empty() {
                    "no partnership named".to_owned()
                } else {
                    format!("“{}”", p.trim())
                }
            };
            notes.push((
                true,
                format!(
                    "These two assessments are about different partnerships ({} then, {} now), so \
                     the changes below show how they differ, not how one partnership has moved.",
                    name(&then.profile.partnership),
                    name(&now.profile.partnership)
                ),
            ));
        }
        // Two organisations' assessments compare two houses inside "my own organisation",
        // not one over time: said as plainly as two partnerships are.
        let (o1, o2) = (
            then.profile.organisation.trim(),
            now.profile.organisation.trim(),
        );
        if !o1.is_empty() && !o2.is_empty() && !same_name(o1, o2) {
            notes.push((
                true,
                format!(
                    "These two assessments were made for different organisations (“{o1}” then, \
                     “{o2}” now), so the changes within an organisation compare two \
                     organisations, not one over time."
                ),
            ));
        }
        let (t, n) = (&then.profile.date, &now.profile.date);
        if !t.is_empty() && !n.is_empty() && t > n {
            notes.push((
                false,
                format!(
                    "The assessment compared against ({t}) is dated after this one ({n}), so an \
                     improvement here means things were better earlier. Open the comparison from \
                     the later assessment's results to read it forwards."
                ),
            ));
        }
        notes
    }
}

/// A profile field of a comparison, said once where both assessments give the same (or
/// one gives none), else both: "Harbour Works (then), River Care (now)".
pub fn then_and_now(then: &str, now: &str) -> String {
    let (then, now) = (then.trim(), now.trim());
    if then.is_empty() || same_name(then, now) {
        now.to_owned()
    } else if now.is_empty() {
        then.to_owned()
    } else {
        format!("{then} (then), {now} (now)")
    }
}

/// An assessment as a column of a comparison names it: "Spring review, 2026-03-02" (the
/// date left out where the name holds it already).
pub fn column_label(a: &Assessment) -> String {
    let date = a.profile.date.trim();
    if date.is_empty() || a.title().contains(date) {
        a.title().to_owned()
    } else {
        format!("{}, {date}", a.title())
    }
}

/// The caption of the comparison's table by dimension.
pub fn change_rule() -> String {
    format!(
        "A change smaller than {} points counts as little change, unless it crosses a band line \
         (then “Slightly up, new band” or “Slightly down, new band”).",
        super::scoring::format_score(CHANGE_THRESHOLD)
    )
}

/// Said above the yes/no answers that changed.
pub const FACTS_CHANGED_LEAD: &str = "Yes/no answers that changed. A Yes counts as 5 and a No as \
     1, so one of these can move its dimension a long way on its own:";

/// Said when no warning sign was ticked in either assessment.
pub const NO_SIGNS_EITHER: &str = "No warning signs were ticked, then or now.";

/// Said when neither assessment has an action plan.
pub const NO_PLANS: &str = "Neither assessment has an action plan yet.";

/// How many answers `a` holds for statements `bank` does not know, not counting those
/// carried over to a yes/no fact (those are compared, as the fact).
pub fn unknown_answers(bank: &Bank, a: &Assessment) -> usize {
    a.responses
        .iter()
        .filter(|(id, r)| {
            r.answer.is_some()
                && bank.statement(id).is_none()
                && super::bank_upgrade::carried_note(a, id).is_none()
        })
        .count()
}

/// An assessment offered as the "then" of a comparison with `current`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Baseline {
    pub id: String,
    /// Name, date and partnership, enough to tell it from the others in a list.
    pub label: String,
}

/// Every other assessment, most likely baseline first: the same partnership before the
/// rest; within each, those dated before `current` (the newest of them first), then
/// those dated after it or not dated. So the one offered first is the latest earlier
/// assessment of the same partnership, when there is one.
pub fn baselines(current: &Assessment, all: &[Assessment]) -> Vec<Baseline> {
    let same = |a: &Assessment| same_partnership(a, current);
    let earlier = |a: &Assessment| {
        !a.profile.date.is_empty()
            && !current.profile.date.is_empty()
            && a.profile.date < current.profile.date
    };
    let mut others: Vec<&Assessment> = all.iter().filter(|a| a.id != current.id).collect();
    super::order::sort_small_by(&mut others, |a, b| {
        same(b)
            .cmp(&same(a))
            .then(earlier(b).cmp(&earlier(a)))
            .then(b.profile.date.cmp(&a.profile.date))
    });
    others
        .into_iter()
        .map(|a| {
            let mut label = a.title().to_owned();
            if !a.profile.date.is_empty() && !label.contains(&a.profile.date) {
                label.push_str(&format!(", {}", a.profile.date));
            }
            let mut about: Vec<String> = Vec::new();
            if same(a) && !current.profile.partnership.trim().is_empty() {
                about.push("same partnership".to_owned());
            } else if !same(a) && !a.profile.partnership.trim().is_empty() {
                about.push(a.profile.partnership.trim().to_owned());
            }
            // Offered under "an earlier assessment", a later one must not pass for one.
            if !current.profile.date.is_empty() && a.profile.date > current.profile.date {
                about.push("dated after this one".to_owned());
            }
            if !about.is_empty() {
                label.push_str(&format!(" ({})", about.join("; ")));
            }
            Baseline {
                id: a.id.clone(),
                label,
            }
        })
        .collect()
}

/// Whether two assessments are about the same partnership (see [`same_name`]).
pub fn same_partnership(a: &Assessment, b: &Assessment) -> bool {
    same_name(&a.profile.partnership, &b.profile.partnership)
}

/// The partnership names `assessments` give, each once (the first spelling of names that
/// are one, see [`same_name`]), in their order; none given, none listed.
pub fn partnership_names(assessments: &[Assessment]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for a in assessments {
        let name = a.profile.partnership.trim();
        if !name.is_empty() && !names.iter().any(|p| same_name(p, name)) {
            names.push(name.to_owned());
        }
    }
    names
}

/// Whether two partnership names are one, as people type them: without case, and with any
/// run of spaces as one ("River Care  alliance " is "River Care Alliance").
pub fn same_name(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        s.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    words(a) == words(b)
}

/// Compares `current` with `baseline`.
///
/// When either was answered on an earlier version of the bank, both are scored on the
/// statements that version also had, so a score never moves only because statements
/// were added.
pub fn over_time(bank: &Bank, baseline: &Assessment, current: &Assessment) -> OverTime {
    let earlier = baseline
        .upgraded_from
        .into_iter()
        .chain(current.upgraded_from)
        .min();
    let (then, now, earlier_bank) = match earlier {
        Some(version) => {
            let shared = |s: &super::bank::Statement| !added_since(version, s.id);
            let added = bank.statements().filter(|(_, _, s)| !shared(s)).count();
            (
                score_where(bank, baseline, &shared),
                score_where(bank, current, &shared),
                Some((version, added)),
            )
        }
        None => (score(bank, baseline), score(bank, current), None),
    };
    let compared_on = |d: &Dimension| {
        let version = earlier?;
        let all = d.statements.len();
        let shared = d
            .statements
            .iter()
            .filter(|s| !added_since(version, s.id))
            .count();
        (shared < all).then_some((shared, all))
    };
    let dimensions = then
        .dimensions()
        .zip(now.dimensions())
        .map(|(b, a)| DimensionChange {
            context: a.context,
            dimension: a.dimension,
            before: b.score,
            after: a.score,
            trend: Trend::of(b.score, a.score),
            rated: ((b.rated, b.total), (a.rated, a.total)),
            compared_on: compared_on(a.dimension),
        })
        .collect();
    let contexts = ContextId::ALL
        .iter()
        .map(|&id| {
            let b = then.context(id).and_then(|c| c.score);
            let a = now.context(id).and_then(|c| c.score);
            (id, b, a, Trend::of(b, a))
        })
        .collect();
    let label = |a: Option<super::assessment::Answer>| a.map_or("not answered", |a| a.label());
    let facts_changed = bank
        .statements()
        .filter(|(_, _, s)| s.kind == super::bank::ItemKind::Fact)
        .filter(|(_, _, s)| baseline.answer_to(s) != current.answer_to(s))
        .map(|(_, d, s)| FactChange {
            dimension: d.title,
            statement: s.text,
            then: label(baseline.answer_to(s)),
            now: label(current.answer_to(s)),
        })
        .collect();
    // Each item of this plan matched with one of the earlier plan: by id first, then by
    // the same words (trimmed, never empty) among those not matched yet, so no earlier item
    // is the "then" of two rows, nor lost.
    let mut matched: Vec<Option<usize>> = vec![None; current.actions.len()];
    let mut taken = vec![false; baseline.actions.len()];
    let mut pair =
        |found: &dyn Fn(&super::assessment::ActionItem, &super::assessment::ActionItem) -> bool,
         matched: &mut Vec<Option<usize>>| {
            for (n, item) in current.actions.iter().enumerate() {
                if matched[n].is_some() {
                    continue;
                }
                if let Some(b) = (0..baseline.actions.len())
                    .find(|&b| !taken[b] && found(&baseline.actions[b], item))
                {
                    taken[b] = true;
                    matched[n] = Some(b);
                }
            }
        };
    pair(&|b, i| b.id == i.id, &mut matched);
    pair(
        &|b, i| !i.text.trim().is_empty() && b.text.trim() == i.text.trim(),
        &mut matched,
    );
    let mut plan: Vec<PlanRow> = current
        .actions
        .iter()
        .zip(&matched)
        .map(|(i, b)| PlanRow {
            text: i.text.clone(),
            owner: i.owner.clone(),
            due: i.due.clone(),
            then: b.map(|b| baseline.actions[b].status.label()),
            now: Some(i.status.label()),
        })
        .collect();
    plan.extend(
        baseline
            .actions
            .iter()
            .zip(&taken)
            .filter(|(_, taken)| !**taken)
            .map(|(b, _)| PlanRow {
                text: b.text.clone(),
                owner: b.owner.clone(),
                due: b.due.clone(),
                then: Some(b.status.label()),
                now: None,
            }),
    );
    // Read off the same rows, so the count above the table always agrees with it.
    let done = ActionStatus::Done.label();
    let done_since = plan
        .iter()
        .filter(|r| r.now == Some(done) && r.then != Some(done))
        .map(|r| r.text.clone())
        .collect();
    OverTime {
        dimensions,
        contexts,
        view_before: then.view_title_for(baseline.profile.stage),
        view_after: now.view_title_for(current.profile.stage),
        points: then.pair().zip(now.pair()),
        done_since,
        plan,
        facts_changed,
        signs: bank
            .warning_signs
            .iter()
            .map(|sign| SignChange {
                sign,
                then: baseline.warning_signs.contains(sign.id),
                now: current.warning_signs.contains(sign.id),
            })
            .filter(|c| c.then || c.now)
            .collect(),
        not_compared: unknown_answers(bank, baseline) + unknown_answers(bank, current),
        earlier_bank,
    }
}

/// One partner's column in the partnership view.
#[derive(Clone, Debug, PartialEq)]
pub struct PartnerColumn {
    /// The representative's organisation, or the assessment's name when none is given.
    pub label: String,
    pub between: Option<f64>,
    pub within: Option<f64>,
    /// Answers to statements this bank does not have.
    pub not_compared: usize,
    /// Statements added since the earlier version this partner's file was started on,
    /// still unanswered in it: its scores rest on fewer statements than the others'.
    pub new_unanswered: usize,
    /// The partnership's stage as this partner gave it.
    pub stage: Option<Stage>,
    /// The partnership's name as this partner gave it (trimmed; may be empty).
    pub partnership: String,
    /// Statements asked that this partner answered "Don't know": a score resting on few
    /// answers looks as certain as any other unless this is shown beside it.
    pub dont_know: usize,
    /// Statements asked.
    pub asked: usize,
    /// The organisation as given (trimmed; may be empty): two representatives of one
    /// organisation are two columns, and the view says so (see
    /// `PartnerView::shared_organisation_note`).
    pub organisation: String,
}

/// One dimension across partners.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionRow {
    pub context: ContextId,
    pub dimension: &'static Dimension,
    /// Per partner, in the order of [`PartnerView::partners`].
    pub scores: Vec<Option<f64>>,
    /// Mean of the partners' scores that exist.
    pub mean: Option<f64>,
    /// Highest minus lowest score, when at least two partners have one.
    pub spread: Option<f64>,
    /// Per partner, for a dimension with yes/no facts: `Some(false)` when a fact was
    /// answered No, `Some(true)` when every fact asked was answered Yes, else `None`.
    pub facts_hold: Vec<Option<bool>>,
}

impl DimensionRow {
    /// True when the partners' scores span at least [`DIVERGENCE_SPREAD`].
    pub fn divergent(&self) -> bool {
        self.spread.is_some_and(|s| round1(s) >= DIVERGENCE_SPREAD)
    }

    /// True when the spread is a disagreement: a wide spread on a between-partners
    /// dimension (one shared partnership). A spread within organisations is not one.
    pub fn disagreement(&self) -> bool {
        self.context == ContextId::Between && self.divergent()
    }

    /// This dimension's yes/no fact with one true answer for the whole partnership, if it
    /// has one (see [`Statement::same_for_every_partner`]).
    pub fn shared_fact(&self) -> Option<&'static Statement> {
        self.dimension
            .statements
            .iter()
            .find(|s| s.kind == super::bank::ItemKind::Fact && s.same_for_every_partner)
    }

    /// True when some partners answered this dimension's shared fact Yes and others No: a
    /// question of fact to settle, whose scores cannot be compared as views. A fact
    /// answered from where each sits differing is a difference of view, as any score is.
    pub fn fact_differs(&self) -> bool {
        self.shared_fact().is_some()
            && self.facts_hold.contains(&Some(true))
            && self.facts_hold.contains(&Some(false))
    }

    /// What the table writes after the spread: " (a fact differs)", " (differ)" or nothing.
    pub fn spread_mark(&self) -> &'static str {
        if self.context == ContextId::Between && self.fact_differs() {
            " (a fact differs)"
        } else if self.disagreement() {
            " (differ)"
        } else {
            ""
        }
    }
}

/// A warning sign and the partners who have seen it.
#[derive(Clone, Debug, PartialEq)]
pub struct SignSeen {
    pub sign: &'static WarningSign,
    /// Indexes into [`PartnerView::partners`], in their order.
    pub seen_by: Vec<usize>,
}

/// Several partners' assessments side by side.
#[derive(Clone, Debug, PartialEq)]
pub struct PartnerView {
    pub partners: Vec<PartnerColumn>,
    pub rows: Vec<DimensionRow>,
    /// The between-partners context, averaged over the partners who have a score.
    pub between: Option<f64>,
    /// The partnership's name as the partners gave it: each different spelling once, in
    /// the partners' order (none when no one gave one).
    pub partnership: Vec<String>,
    /// The warning signs at least one partner has seen: those seen by most partners
    /// first, then in the bank's order.
    pub signs: Vec<SignSeen>,
}

impl PartnerView {
    /// The between-partners context of all partners together, as the view and its
    /// Markdown write it: "3.7", and how many it rests on where a partner has no score
    /// there ("3.7 (3 of 4 partners with a score)"), since the mean silently left it out.
    pub fn between_together(&self) -> String {
        let scored = self.partners.iter().filter(|p| p.between.is_some()).count();
        let all = self.partners.len();
        if scored < all && self.between.is_some() {
            format!(
                "{} ({scored} of {all} partners with a score)",
                super::scoring::format_optional(self.between)
            )
        } else {
            super::scoring::format_optional(self.between)
        }
    }
}

fn spread(xs: &[f64]) -> Option<f64> {
    if xs.len() < 2 {
        return None;
    }
    let max = xs.iter().copied().fold(f64::MIN, f64::max);
    let min = xs.iter().copied().fold(f64::MAX, f64::min);
    Some(max - min)
}

/// Builds the partnership view from one assessment per partner representative.
pub fn across_partners(bank: &Bank, assessments: &[Assessment]) -> PartnerView {
    let scores: Vec<Scores> = assessments.iter().map(|a| score(bank, a)).collect();
    let mut partners: Vec<PartnerColumn> = assessments
        .iter()
        .zip(&scores)
        .map(|(a, s)| PartnerColumn {
            label: if a.profile.organisation.trim().is_empty() {
                a.title().to_owned()
            } else {
                a.profile.organisation.trim().to_owned()
            },
            between: s.context(ContextId::Between).and_then(|c| c.score),
            within: s.context(ContextId::Within).and_then(|c| c.score),
            not_compared: unknown_answers(bank, a),
            new_unanswered: super::bank_upgrade::new_to_answer(a),
            stage: a.profile.stage,
            partnership: a.profile.partnership.trim().to_owned(),
            dont_know: s.dimensions().map(|d| d.dont_know).sum(),
            asked: s.dimensions().map(|d| d.total).sum(),
            organisation: a.profile.organisation.trim().to_owned(),
        })
        .collect();
    // Two representatives of one organisation would be two columns of the same name: each
    // gets its assessment's name as well ("Harbour Trust — Ann's view").
    // One organisation typed two ways ("City Council", "city council") is labelled with its
    // first spelling throughout.
    for i in 0..partners.len() {
        let org = partners[i].organisation.clone();
        if let Some(first) =
            (0..i).find(|&j| !org.is_empty() && same_name(&partners[j].organisation, &org))
        {
            partners[i].label = partners[first].label.clone();
        }
    }
    // Still alike (both named "Buy-in review"): their roles, then a number, so no two
    // columns, cards or list entries can be mistaken for one another.
    let extras: [&dyn Fn(&Assessment) -> String; 2] = [&|a| a.title().to_owned(), &|a| {
        a.profile.role.trim().to_owned()
    }];
    for extra in extras {
        let labels: Vec<String> = partners.iter().map(|p| p.label.clone()).collect();
        let extras: Vec<String> = assessments.iter().map(extra).collect();
        for (i, p) in partners.iter_mut().enumerate() {
            // "City Council" and "city council" are one organisation (see `same_name`).
            let alike: Vec<usize> = (0..labels.len())
                .filter(|&j| same_name(&labels[j], &labels[i]))
                .collect();
            // Only what tells this one from the others alike helps.
            let telling = alike.iter().filter(|&&j| extras[j] == extras[i]).count() == 1;
            if alike.len() > 1 && telling && !extras[i].is_empty() && extras[i] != labels[i] {
                p.label = format!("{} — {}", labels[i], extras[i]);
            }
        }
    }
    let labels: Vec<String> = partners.iter().map(|p| p.label.clone()).collect();
    for (i, p) in partners.iter_mut().enumerate() {
        if labels.iter().filter(|l| same_name(l, &labels[i])).count() > 1 {
            let place = labels[..i]
                .iter()
                .filter(|l| same_name(l, &labels[i]))
                .count()
                + 1;
            p.label = format!("{} ({place})", p.label);
        }
    }
    let rows = bank
        .dimensions()
        .map(|(c, d)| {
            let per: Vec<Option<f64>> = scores
                .iter()
                .map(|s| s.dimension(d.id).and_then(|x| x.score))
                .collect();
            // The mean and the spread are worked out from the scores as shown (to one
            // decimal), so a facilitator checking them by hand gets the same figures.
            let present: Vec<f64> = per.iter().flatten().map(|s| round1(*s)).collect();
            let facts_hold = assessments
                .iter()
                .map(|a| {
                    let facts: Vec<_> = d
                        .statements
                        .iter()
                        .filter(|s| s.kind == super::bank::ItemKind::Fact && a.is_asked(s))
                        .map(|s| a.answer_to(s))
                        .collect();
                    if facts.contains(&Some(super::assessment::Answer::No)) {
                        Some(false)
                    } else if !facts.is_empty()
                        && facts
                            .iter()
                            .all(|f| *f == Some(super::assessment::Answer::Yes))
                    {
                        Some(true)
                    } else {
                        None
                    }
                })
                .collect();
            DimensionRow {
                context: c.id,
                dimension: d,
                mean: mean_as_shown(&present),
                spread: spread(&present),
                scores: per,
                facts_hold,
            }
        })
        .collect();
    let betweens: Vec<f64> = partners
        .iter()
        .filter_map(|p| p.between)
        .map(round1)
        .collect();
    let partnership = partnership_names(assessments);
    let mut signs: Vec<SignSeen> = bank
        .warning_signs
        .iter()
        .map(|sign| SignSeen {
            sign,
            seen_by: (0..assessments.len())
                .filter(|&i| assessments[i].warning_signs.contains(sign.id))
                .collect(),
        })
        .filter(|s| !s.seen_by.is_empty())
        .collect();
    // Stable: signs seen by as many partners keep the bank's order.
    super::order::sort_small_by(&mut signs, |a, b| b.seen_by.len().cmp(&a.seen_by.len()));
    PartnerView {
        between: mean_as_shown(&betweens),
        partners,
        rows,
        partnership,
        signs,
    }
}
