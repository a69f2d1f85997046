//! Scores, bands and coverage — deliberately plain, so a person can check them by hand.
//!
//! Every threshold is a named constant, and [`how_scores_work`] writes its explanation
//! from those same constants, so the help text can never drift from the arithmetic.

use super::assessment::{Answer, Assessment};
use super::bank::{Bank, Context, ContextId, Dimension, ItemKind, Stage, Statement};

/// A dimension (or context) gets a number only when at least this share of its parts has
/// a 1–5 answer. Below it, a mean of one or two answers would look surer than it is.
pub const MIN_COVERAGE: f64 = 0.5;
/// From this score (after rounding to one decimal) a dimension is a strength.
pub const STRENGTH_FROM: f64 = 4.0;
/// From this score up to [`STRENGTH_FROM`] a dimension is worth discussing; below, a concern.
pub const DISCUSS_FROM: f64 = 3.0;
/// Where the two-context view splits "high" from "low": the strength threshold, so the
/// view never calls a context high that its band does not call a strength.
pub const VIEW_SPLIT: f64 = STRENGTH_FROM;
/// Dimensions named with their shown scores and what they are: "“Continuity” (1.3) and
/// “My mandate” (1.5) are concerns" (`one` after a single name, `more` after several);
/// `None` for none.
pub fn named_as(dims: &[&DimensionScore], one: &str, more: &str) -> Option<String> {
    let names: Vec<String> = dims
        .iter()
        .map(|d| {
            format!(
                "“{}” ({})",
                d.dimension.title,
                format_score(d.score.unwrap_or_default())
            )
        })
        .collect();
    (!names.is_empty()).then(|| {
        let list = super::workshop::and_list(&names.iter().map(String::as_str).collect::<Vec<_>>());
        format!("{list} {}", if names.len() == 1 { one } else { more })
    })
}

/// How far below [`STRENGTH_FROM`] a shown score is "just short of a strength" (3.8 and
/// 3.9): the two-context verdict then says so instead of reading the gap as a weakness.
pub const JUST_SHORT: f64 = 0.2;

/// True for a score shown within [`JUST_SHORT`] below a strength.
pub fn just_short(score: f64) -> bool {
    let shown = round1(score);
    shown < STRENGTH_FROM && shown >= round1(STRENGTH_FROM - JUST_SHORT)
}

/// This many Don't-know answers in one dimension make a finding (or a sentence in the
/// dimension's own finding, when its score already has one).
pub const DONT_KNOW_CLUSTER: usize = 2;

/// Rounds to one decimal, the precision scores are shown with. Bands are taken from the
/// rounded score so that what a person reads and the band they see always agree.
pub fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The mean of scores as a person works it out from the figures shown: each taken to one
/// decimal, added in whole tenths and rounded half up, so the result is itself a shown
/// value. Adding the decimals as floating-point numbers went wrong at the half: 2.3 + 2.3 +
/// 2.3 + 2.8 + 4.0 + 4.0 came to 17.6999…, whose mean showed 2.9 (a concern) where the
/// figures beside it give 2.95, so 3.0.
pub fn mean_as_shown(scores: &[f64]) -> Option<f64> {
    if scores.is_empty() {
        return None;
    }
    // Scores are 1–5: their tenths are small positive integers.
    let sum: i64 = scores.iter().map(|s| (s * 10.0).round() as i64).sum();
    let n = scores.len() as i64;
    let tenths = (2 * sum + n) / (2 * n);
    Some(tenths as f64 / 10.0)
}

/// Where a chart draws a mark for `score` whose half-width is `half` (in score points): at
/// the score as shown (one decimal), moved just far enough that the whole mark lies inside
/// the score's band. A 4.0 drawn on the strength line, or a 3.96 (shown as 4.0, a strength)
/// drawn left of it, would put the mark on the side its verdict does not name.
pub fn mark_position(score: f64, half: f64) -> f64 {
    let (lo, hi) = Band::of(score).span();
    let shown = round1(score);
    if hi - lo <= 2.0 * half {
        return (lo + hi) / 2.0;
    }
    shown.clamp(lo + half, hi - half)
}

/// How a score reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Band {
    Concern,
    WorthDiscussing,
    Strength,
}

impl Band {
    pub fn of(score: f64) -> Band {
        let s = round1(score);
        if s >= STRENGTH_FROM {
            Band::Strength
        } else if s >= DISCUSS_FROM {
            Band::WorthDiscussing
        } else {
            Band::Concern
        }
    }

    /// The scores of this band on the 1–5 scale, from `lo` (included) up to `hi`.
    pub fn span(self) -> (f64, f64) {
        match self {
            Band::Concern => (1.0, DISCUSS_FROM),
            Band::WorthDiscussing => (DISCUSS_FROM, STRENGTH_FROM),
            Band::Strength => (STRENGTH_FROM, 5.0),
        }
    }

    /// Stable id for CSS classes and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Band::Concern => "concern",
            Band::WorthDiscussing => "discuss",
            Band::Strength => "strength",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Band::Concern => "Concern",
            Band::WorthDiscussing => "Worth discussing",
            Band::Strength => "Strength",
        }
    }

    /// The band inside a sentence: "buy-in here is {phrase}".
    pub fn phrase(self) -> &'static str {
        match self {
            Band::Concern => "a concern",
            Band::WorthDiscussing => "worth discussing",
            Band::Strength => "a strength",
        }
    }
}

/// The outcome for one dimension.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionScore {
    pub context: ContextId,
    pub dimension: &'static Dimension,
    /// Statements asked in the dimension (skipped ones are not counted).
    pub total: usize,
    /// Statements skipped because a fact they presuppose was answered No, N/A or Don't know.
    pub skipped: usize,
    /// Facts answered "No", in bank order.
    pub facts_no: Vec<&'static Statement>,
    /// Statements answered "Strongly disagree" (1), in bank order: like a No to a fact, a
    /// single one can sit unseen inside a strong average.
    pub strongly_disagreed: Vec<&'static Statement>,
    /// Answered on the 1–5 scale.
    pub rated: usize,
    pub dont_know: usize,
    pub not_applicable: usize,
    /// Mean of the 1–5 answers when coverage is enough, else `None` ("not enough answers").
    pub score: Option<f64>,
}

impl DimensionScore {
    pub fn unanswered(&self) -> usize {
        self.total - self.rated - self.dont_know - self.not_applicable
    }

    /// Every statement asked was answered Not applicable: the person said the dimension
    /// does not apply, so nothing is advised for it.
    pub fn none_apply(&self) -> bool {
        self.total > 0 && self.not_applicable == self.total
    }

    /// Answered in any way (including Don't know and Not applicable).
    pub fn answered(&self) -> usize {
        self.total - self.unanswered()
    }

    pub fn band(&self) -> Option<Band> {
        self.score.map(Band::of)
    }

    /// An answer says a part is missing that the score may not show: a fact answered No,
    /// or a statement answered Strongly disagree in a dimension that is not already a
    /// concern (a 1 inside a 3.7 vanished into "worth discussing", unnamed).
    pub fn has_gap(&self) -> bool {
        !self.facts_no.is_empty() || !self.disagreed_unseen().is_empty()
    }

    /// The Strongly disagrees an average can hide: those in a dimension above the concern
    /// band (in the concern band the score already says a part is weak).
    pub fn disagreed_unseen(&self) -> &[&'static Statement] {
        match self.band() {
            Some(Band::Strength | Band::WorthDiscussing) => &self.strongly_disagreed,
            _ => &[],
        }
    }

    /// How the score was reached, in words: "5 of 6 rated · 1 don't know", those not yet
    /// answered, and the statements skipped because a fact they presuppose was answered No.
    pub fn coverage(&self) -> String {
        let extra = match (self.dont_know, self.not_applicable) {
            (0, 0) => String::new(),
            (dk, 0) => format!(" · {dk} don't know"),
            (0, na) => format!(" · {na} not applicable"),
            (dk, na) => format!(" · {dk} don't know · {na} not applicable"),
        };
        let skipped = match self.skipped {
            0 => String::new(),
            n => format!(" · {n} skipped"),
        };
        // So the parts add up: "0 of 4 rated · 3 don't know" left one unaccounted for.
        let open = match self.unanswered() {
            0 => String::new(),
            n => format!(" · {n} not answered"),
        };
        format!(
            "{} of {} rated{extra}{open}{skipped}",
            self.rated, self.total
        )
    }
}

/// The outcome for one context.
#[derive(Clone, Debug, PartialEq)]
pub struct ContextScore {
    pub context: &'static Context,
    pub dimensions: Vec<DimensionScore>,
    /// Mean of the dimension scores as shown (rounded to one decimal), when enough
    /// dimensions have one.
    pub score: Option<f64>,
}

impl ContextScore {
    /// Dimensions that have a score.
    pub fn scored(&self) -> usize {
        self.dimensions.iter().filter(|d| d.score.is_some()).count()
    }

    pub fn band(&self) -> Option<Band> {
        self.score.map(Band::of)
    }

    /// The score stands on part of the context: a dimension without a score (other than
    /// one that does not apply), or a quarter or more of its statements answered Don't
    /// know. A strength is then shown as a strength "so far".
    pub fn partial(&self) -> bool {
        let asked: usize = self.dimensions.iter().map(|d| d.total).sum();
        let unknown: usize = self.dimensions.iter().map(|d| d.dont_know).sum();
        self.dimensions
            .iter()
            .any(|d| d.score.is_none() && !d.none_apply())
            || (asked > 0 && unknown * 4 >= asked)
    }

    /// A strength that stands on part of the context (see [`ContextScore::partial`]).
    pub fn strength_so_far(&self) -> bool {
        self.band() == Some(Band::Strength) && self.partial()
    }
}

/// Where the two context scores place the partnership. Read from the two bands, so
/// its words never claim more than the bands beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum View {
    /// Both contexts a strength: commitment reaches across partners and into my organisation.
    OrganisationsPartnering,
    /// Between a strength, within not: the partnership rests on the people at the table.
    IndividualsPartnering,
    /// Within a strength, between not: my organisation is ready, the partners together are not.
    ReadyButPartnersNot,
    /// Both worth discussing: on the way, neither context yet a strength.
    PartWay,
    /// Neither a strength and at least one a concern.
    BuyInToBuild,
}

/// How the two middle verdicts end; [`crate::model::advice::verdict_explanation`] says
/// something else where every dimension scores the same, and none is weakest.
pub const WEAKEST_FIRST: &str = "start with the weakest dimensions below.";

/// How the names of positions winding down end (see [`View::title_for`]).
pub const AS_THE_WORK_ENDS: &str = " as the work ends";

/// The view's name where one context is a strength and the other just short of one.
pub const CLOSE_TO: &str = "Close to organisations partnering";

/// The close of "Organisations partnering" when nothing qualifies it. The verdict drops it
/// when it goes on to a weak part, a warning sign or something to find out: "Keep it that
/// way" before "First, find out whether you have a mandate" says two things at once.
pub const KEEP_IT_UP: &str = "Keep it that way as people and plans change.";

/// [`KEEP_IT_UP`] for a partnership winding down, where what is left to keep is the hand-over.
pub const KEEP_IT_UP_TO_THE_END: &str = "Keep it that way until the work is handed over.";

impl View {
    pub fn of(between: f64, within: f64) -> View {
        match (Band::of(between), Band::of(within)) {
            (Band::Strength, Band::Strength) => View::OrganisationsPartnering,
            (Band::Strength, _) => View::IndividualsPartnering,
            (_, Band::Strength) => View::ReadyButPartnersNot,
            (Band::WorthDiscussing, Band::WorthDiscussing) => View::PartWay,
            _ => View::BuyInToBuild,
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            View::OrganisationsPartnering => "Organisations partnering",
            View::IndividualsPartnering => "Individuals partnering",
            View::ReadyButPartnersNot => "Ready at home, not yet across partners",
            View::PartWay => "Part way to organisations partnering",
            View::BuyInToBuild => "Buy-in still to build",
        }
    }

    /// The view's name for these two scores. A context a tenth or two short of a strength
    /// beside a strong one is "close to organisations partnering": the heading "Individuals
    /// partnering" above "just short of a strength (3.9)" named a fragility the text does
    /// not claim.
    pub fn title_at(self, between: f64, within: f64) -> &'static str {
        match self {
            View::IndividualsPartnering if just_short(within) => CLOSE_TO,
            View::ReadyButPartnersNot if just_short(between) => CLOSE_TO,
            _ => self.title(),
        }
    }

    /// The view's name for these scores at `stage`. A partnership winding down is not
    /// building anything: "Buy-in still to build" or "not yet across partners" spoke of a
    /// future the work does not have, so those positions are named for the close.
    pub fn title_for(self, between: f64, within: f64, stage: Option<Stage>) -> &'static str {
        match (self, stage) {
            (View::ReadyButPartnersNot, Some(Stage::WindingDown)) if !just_short(between) => {
                "Ready at home, not across partners"
            }
            (View::PartWay, Some(Stage::WindingDown)) => "Middling buy-in as the work ends",
            (View::BuyInToBuild, Some(Stage::WindingDown)) => "Thin buy-in as the work ends",
            _ => self.title_at(between, within),
        }
    }

    /// What the view means, with both scores and bands written in, so the sentence and
    /// the numbers beside it always agree.
    pub fn explanation(self, between: f64, within: f64) -> String {
        self.explanation_so_far(between, within, (false, false), None)
    }

    /// [`View::explanation`], with a context whose strength stands on part of it (see
    /// [`ContextScore::strength_so_far`]) marked so beside its score, as its card says
    /// "Strength so far": "a strength (4.2)" beside that card claimed more than is known.
    /// Winding down (`stage`), nothing is still to come, so no "yet" (see
    /// [`View::title_for`]).
    pub fn explanation_so_far(
        self,
        between: f64,
        within: f64,
        so_far: (bool, bool),
        stage: Option<Stage>,
    ) -> String {
        let neither = if stage == Some(Stage::WindingDown) {
            "Neither is a strength"
        } else {
            "Neither has reached the top band"
        };
        let yet = if stage == Some(Stage::WindingDown) {
            ""
        } else {
            " yet"
        };
        let mark = |score: f64, partial: bool| {
            if partial && Band::of(score) == Band::Strength {
                format!("{}, so far", format_score(score))
            } else {
                format_score(score)
            }
        };
        let (b, w) = (mark(between, so_far.0), mark(within, so_far.1));
        // Winding down, the risks the middle positions name are to what the work leaves
        // behind, not to a future the work does not have.
        let ending = stage == Some(Stage::WindingDown);
        let keep_it_up = if ending {
            KEEP_IT_UP_TO_THE_END
        } else {
            KEEP_IT_UP
        };
        let resting_on_few = if ending {
            "so what the work leaves behind does not rest on a few people"
        } else {
            "so the work does not come to rest on a few people"
        };
        let (bb, wb) = (Band::of(between).phrase(), Band::of(within).phrase());
        match self {
            View::OrganisationsPartnering => format!(
                "Buy-in is a strength between the partners ({b}) and inside your organisation ({w}). \
                 {keep_it_up}"
            ),
            // A tenth or two below a strength is said as such: "the work may rest on a few
            // people, you among them" beside a 3.9 read as an alarm the numbers do not sound.
            View::IndividualsPartnering if just_short(within) => format!(
                "Buy-in between the partners is a strength ({b}), and inside your organisation it is \
                 {wb} ({w}), just short of a strength. Find out what is holding it back there, {resting_on_few}."
            ),
            View::IndividualsPartnering if ending => format!(
                "Buy-in between the partners is a strength ({b}), but inside your organisation it is {wb} ({w}). \
                 Inside your organisation the work may rest on a few people, you among them: what it leaves \
                 behind could be lost when they move on."
            ),
            View::IndividualsPartnering => format!(
                "Buy-in between the partners is a strength ({b}), but inside your organisation it is {wb} ({w}). \
                 Inside your organisation the work may rest on a few people, you among them, and could stall if they leave."
            ),
            View::ReadyButPartnersNot if just_short(between) => format!(
                "Inside your organisation buy-in is a strength ({w}), and between the partners it is \
                 {bb} ({b}), just short of a strength. See with the partners what holds it back."
            ),
            View::ReadyButPartnersNot if ending => format!(
                "Inside your organisation buy-in is a strength ({w}), but between the partners it is {bb} ({b}). \
                 Support at home is in place; what the partners still owe each other is the thing to settle with them."
            ),
            View::ReadyButPartnersNot => format!(
                "Inside your organisation buy-in is a strength ({w}), but between the partners it is {bb} ({b}). \
                 Support at home is in place; what the partners put in together is the thing to work on with them."
            ),
            View::PartWay => format!(
                "Both contexts are worth discussing: between the partners {b}, inside your organisation {w}. \
                 {neither}{yet}; {WEAKEST_FIRST}"
            ),
            View::BuyInToBuild => {
                // Say which is a concern: "at least one" beside two concerns reads as a hedge.
                let which = match (Band::of(between), Band::of(within)) {
                    // Said once, not "a concern … a concern … both are concerns".
                    (Band::Concern, Band::Concern) => {
                        return format!(
                            "Buy-in is a concern both between the partners ({b}) and inside your \
                             organisation ({w}): {WEAKEST_FIRST}"
                        )
                    }
                    (Band::Concern, _) => "buy-in between the partners is the concern",
                    _ => "buy-in inside your organisation is the concern",
                };
                format!(
                    "Between the partners buy-in is {bb} ({b}); inside your organisation it is {wb} ({w}). \
                     {neither}, and {which}: {WEAKEST_FIRST}"
                )
            }
        }
    }

    /// The bank actions that matter most from this position when no weak dimension says
    /// more (`advice::key_actions` puts the weakest dimensions' actions first).
    pub fn key_actions(self) -> &'static [&'static str] {
        match self {
            View::OrganisationsPartnering => &["plan-succession", "scan-for-change"],
            View::IndividualsPartnering => &[
                "build-internal-team",
                "present-internally",
                "plan-succession",
            ],
            View::ReadyButPartnersNot => &["map-value", "share-decisions", "review-commitments"],
            View::PartWay => &["write-it-down", "zip-up", "build-internal-team"],
            View::BuyInToBuild => &["check-mandate", "map-value", "write-it-down"],
        }
    }
}

/// All scores of one assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct Scores {
    pub contexts: Vec<ContextScore>,
}

impl Scores {
    pub fn context(&self, id: ContextId) -> Option<&ContextScore> {
        self.contexts.iter().find(|c| c.context.id == id)
    }

    pub fn dimensions(&self) -> impl Iterator<Item = &DimensionScore> {
        self.contexts.iter().flat_map(|c| c.dimensions.iter())
    }

    pub fn dimension(&self, id: &str) -> Option<&DimensionScore> {
        self.dimensions().find(|d| d.dimension.id == id)
    }

    /// The (between, within) context scores, when both have one.
    pub fn pair(&self) -> Option<(f64, f64)> {
        Some((
            self.context(ContextId::Between)?.score?,
            self.context(ContextId::Within)?.score?,
        ))
    }

    /// The two-context view, when both contexts have a score.
    pub fn view(&self) -> Option<View> {
        self.pair().map(|(b, w)| View::of(b, w))
    }

    /// The view's name for these scores at `stage` (see [`View::title_for`]), when both
    /// contexts have one.
    pub fn view_title_for(&self, stage: Option<Stage>) -> Option<&'static str> {
        self.pair()
            .map(|(b, w)| View::of(b, w).title_for(b, w, stage))
    }

    /// The view's explanation for these scores at `stage`, when both contexts have one.
    pub fn view_explanation(&self, stage: Option<Stage>) -> Option<String> {
        let so_far = |id: ContextId| self.context(id).is_some_and(ContextScore::strength_so_far);
        self.pair().map(|(b, w)| {
            View::of(b, w).explanation_so_far(
                b,
                w,
                (so_far(ContextId::Between), so_far(ContextId::Within)),
                stage,
            )
        })
    }

    /// Why there is no two-context view, where the verdict would be: which context has
    /// too few answers. `None` when there is a view.
    pub fn no_view_reason(&self) -> Option<String> {
        if self.pair().is_some() {
            return None;
        }
        let missing = |id: ContextId| self.context(id).is_none_or(|c| c.score.is_none());
        // Too many Don't knows (or Not applicables) for a score even once every statement
        // left is answered: more answers is not the advice. "Answer more" beside 43 of 44
        // answered sent the person back for the one that could not help.
        let all_answered = |id: ContextId| {
            self.context(id).is_some_and(|c| {
                let could_score = c
                    .dimensions
                    .iter()
                    .filter(|d| covered(d.rated + d.unanswered(), d.total))
                    .count();
                !covered(could_score, c.dimensions.len())
            })
        };
        let (which, answered) = match (missing(ContextId::Between), missing(ContextId::Within)) {
            (true, true) => (
                "Neither context has enough answers for a score yet",
                all_answered(ContextId::Between) && all_answered(ContextId::Within),
            ),
            (true, false) => (
                "Between the partners there are too few answers for a score yet",
                all_answered(ContextId::Between),
            ),
            _ => (
                "Inside your organisation there are too few answers for a score yet",
                all_answered(ContextId::Within),
            ),
        };
        // Some of its dimensions may score: say how many, so "too few answers" never reads
        // as "no answers" beside a 4.3 in the table.
        let scored: Vec<(usize, usize)> = ContextId::ALL
            .iter()
            .filter(|id| missing(**id))
            .filter_map(|id| self.context(*id))
            .map(|c| (c.scored(), c.dimensions.len()))
            .collect();
        let counts = match scored.as_slice() {
            [(0, _)] | [(0, _), (0, _)] => String::new(),
            // The number it needs, not "at least half": one figure to set beside the other.
            [(k, n)] => format!(
                " (only {k} of its {n} dimensions {} a score; it needs {})",
                if *k == 1 { "has" } else { "have" },
                (1..=*n).find(|m| covered(*m, *n)).unwrap_or(*n)
            ),
            _ => " (fewer than half of each one's dimensions have a score)".to_owned(),
        };
        // A concern among the few dimensions that do score there is named: "too few
        // answers" left a Continuity of 1.3 unsaid above the table that shows it.
        let unseen: Vec<&DimensionScore> = ContextId::ALL
            .iter()
            .filter(|id| missing(**id))
            .filter_map(|id| self.context(*id))
            .flat_map(|c| c.dimensions.iter())
            .filter(|d| d.band() == Some(Band::Concern))
            .collect();
        let lone = scored.iter().map(|(k, _)| k).sum::<usize>() == 1;
        let unseen =
            named_as(&unseen, "is a concern", "are concerns").map_or_else(String::new, |named| {
                if let (true, [d]) = (lone, unseen.as_slice()) {
                    format!(
                        " The one dimension there with a score, “{}” ({}), is a concern.",
                        d.dimension.title,
                        format_optional(d.score)
                    )
                } else {
                    format!(" Of the dimensions there that do score, {named}.")
                }
            });
        // The context that does score is still said: a report stopping at "cannot be read
        // together" left out a concern at home of 2.2.
        let other = ContextId::ALL
            .iter()
            .filter(|id| !missing(**id))
            .filter_map(|id| self.context(*id))
            .find_map(|c| {
                c.score
                    .map(|score| (c.context.id, score, c.strength_so_far()))
            })
            .map_or_else(String::new, |(id, score, so_far)| {
                let place = match id {
                    ContextId::Between => "Between the partners",
                    ContextId::Within => "Inside your organisation",
                };
                // A concern inside a context that is not one is named: "worth discussing
                // (3.8)" hid an Accountability of 2.0.
                let hidden: Vec<&DimensionScore> = self
                    .context(id)
                    .into_iter()
                    .flat_map(|c| c.dimensions.iter())
                    .filter(|d| Band::of(score) != Band::Concern && d.band() == Some(Band::Concern))
                    .collect();
                let but = named_as(&hidden, "is a concern", "are concerns")
                    .map_or_else(String::new, |named| format!(", but {named}"));
                // As its card says: "Strength so far" where it stands on part of the context.
                format!(
                    " {place}, buy-in is {}{} ({}){but}.",
                    Band::of(score).phrase(),
                    if so_far { " so far" } else { "" },
                    format_score(score)
                )
            });
        Some(if answered {
            format!(
                "{which}{counts}: too many of the answers there are Don't know or Not applicable, \
                 which are not scored, so the two contexts cannot be read together. Find out \
                 what you can about the statements listed under “To find out before you \
                 meet”.{unseen}{other}"
            )
        } else {
            format!(
                "{which}{counts}, so the two cannot be read together. Answer more of the \
                 statements there (Don't know and Not applicable do not count) to see where the \
                 partnership stands.{unseen}{other}"
            )
        })
    }
}

/// Whether `part` of `whole` reaches [`MIN_COVERAGE`]. An empty whole never does.
fn covered(part: usize, whole: usize) -> bool {
    whole > 0 && part as f64 >= MIN_COVERAGE * whole as f64
}

/// Scores one dimension from the answers in `assessment`.
pub fn score_dimension(
    context: ContextId,
    dimension: &'static Dimension,
    assessment: &Assessment,
) -> DimensionScore {
    score_dimension_where(context, dimension, assessment, &|_| true)
}

/// Scores one dimension on the statements `include` accepts (a comparison across bank
/// versions scores both sides on the statements they share).
pub fn score_dimension_where(
    context: ContextId,
    dimension: &'static Dimension,
    assessment: &Assessment,
    include: &dyn Fn(&Statement) -> bool,
) -> DimensionScore {
    let mut out = DimensionScore {
        context,
        dimension,
        total: 0,
        skipped: 0,
        facts_no: Vec::new(),
        strongly_disagreed: Vec::new(),
        rated: 0,
        dont_know: 0,
        not_applicable: 0,
        score: None,
    };
    let mut sum = 0u32;
    for s in dimension.statements.iter().filter(|s| include(s)) {
        if !assessment.is_asked(s) {
            out.skipped += 1;
            continue;
        }
        out.total += 1;
        let answer = assessment.answer_to(s);
        if s.kind == ItemKind::Fact && answer == Some(Answer::No) {
            out.facts_no.push(s);
        }
        if answer.and_then(Answer::value) == Some(1) && s.kind == ItemKind::Scale {
            out.strongly_disagreed.push(s);
        }
        match answer {
            Some(Answer::DontKnow) => out.dont_know += 1,
            Some(Answer::NotApplicable) => out.not_applicable += 1,
            Some(a) => {
                if let Some(v) = a.value() {
                    out.rated += 1;
                    sum += u32::from(v);
                }
            }
            None => {}
        }
    }
    if covered(out.rated, out.total) {
        out.score = Some(f64::from(sum) / out.rated as f64);
    }
    out
}

/// Scores every dimension and context of `bank` for `assessment`.
pub fn score(bank: &Bank, assessment: &Assessment) -> Scores {
    score_where(bank, assessment, &|_| true)
}

/// Scores on the statements `include` accepts only.
pub fn score_where(
    bank: &Bank,
    assessment: &Assessment,
    include: &dyn Fn(&Statement) -> bool,
) -> Scores {
    let contexts = bank
        .contexts
        .iter()
        .map(|context| {
            let dimensions: Vec<DimensionScore> = context
                .dimensions
                .iter()
                .map(|d| score_dimension_where(context.id, d, assessment, include))
                .collect();
            // From the dimension scores as shown (one decimal), so that a reader averaging
            // the figures printed beside the context gets the context's own: exact means gave
            // 3.4 beside 2.7, 4.0 and 3.7.
            let scored: Vec<f64> = dimensions.iter().filter_map(|d| d.score).collect();
            let score = if covered(scored.len(), dimensions.len()) {
                mean_as_shown(&scored)
            } else {
                None
            };
            ContextScore {
                context,
                dimensions,
                score,
            }
        })
        .collect();
    Scores { contexts }
}

/// Formats a score the way it is shown everywhere: one decimal, rounded as [`round1`].
///
/// Written on whole tenths instead of `format!("{:.1}")`: Rust's float formatting costs
/// about 11 KB of the WebAssembly module, and one decimal is all the app ever shows
/// (chart coordinates use it too). A value that rounds to zero never shows as "-0.0".
pub fn format_score(score: f64) -> String {
    if !score.is_finite() {
        return "–".to_owned();
    }
    // Scores are 1–5 and coordinates a few hundred: far inside i64.
    let tenths = (score * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let tenths = tenths.unsigned_abs();
    format!("{sign}{}.{}", tenths / 10, tenths % 10)
}

/// Formats a score that may be missing ("not enough answers"): a dash then.
pub fn format_optional(score: Option<f64>) -> String {
    score.map_or_else(|| "–".to_owned(), format_score)
}

/// A change over time counts from this many points, taken between the two scores as shown
/// (rounded to one decimal). A smaller move is within the noise of a 1–5 self-assessment:
/// one answer moving one point in a dimension of four moves its score by only 0.25.
pub const CHANGE_THRESHOLD: f64 = 0.5;

/// The change between two scores as a person reads them: the difference of the two shown
/// (rounded) values, so "4.0 → 3.3" is always "−0.7".
pub fn shown_change(before: f64, after: f64) -> f64 {
    round1(round1(after) - round1(before))
}

/// The "How scores work" text, as paragraphs, written from the constants above.
pub fn how_scores_work() -> Vec<String> {
    let pct = (MIN_COVERAGE * 100.0).round() as u32;
    vec![
        "Most statements are answered on a scale from 1 (strongly disagree) to 5 (strongly agree). \
         Every statement is worded so that agreeing means stronger buy-in."
            .to_owned(),
        "A few statements are facts, answered Yes or No (a signed agreement exists, say). In the \
         average, Yes counts as 5 and No as 1. Statements that only make sense when a fact holds \
         (what the agreement says) are asked only after a Yes. After a No they are not asked and \
         not counted, so a missing agreement shows as a low score (the No counts as 1), not as \
         missing answers; after Don't know or Not applicable they are not asked either, and \
         the dimension may then have too few answers for a score."
            .to_owned(),
        "A dimension's score is the plain average of its 1–5 answers and facts. “Don't know” and \
         “Not applicable” answers are left out of the average, so the score rests on the other \
         answers, and can read higher or lower than the whole picture would. The coverage beside \
         each score says how many answers it rests on, and a dimension with a finding (several \
         Don't knows, say) is not listed among the strengths: the table calls it \
         \"strength, with a gap\" beside a fact answered No or a Strongly disagree, and \
         \"strength so far\" where what is not known or not yet answered could change it."
            .to_owned(),
        format!(
            "Coverage shows how many of the statements asked were answered. A dimension needs at \
             least {pct}% of them answered 1–5 (or Yes/No) to get a score; below that it shows \
             \"not enough answers\" instead of a number that would look surer than it is."
        ),
        format!(
            "Scores are shown with one decimal, and bands are read from that shown value: \
             {} and above is a strength; {} to {} is worth discussing; below {} is a concern. \
             Nothing is called strong unless its score is in the strength band.",
            format_score(STRENGTH_FROM),
            format_score(DISCUSS_FROM),
            format_score(STRENGTH_FROM - 0.1),
            format_score(DISCUSS_FROM),
        ),
        format!(
            "A context's score (between partners, or within your organisation) is the average of \
             its dimension scores as shown, given when at least {pct}% of its dimensions have a score. \
             The two contexts are always shown side by side and never merged into one number: \
             a high score in one must not hide a low score in the other."
        ),
        format!(
            "The two-context view reads the two bands together, split at {}, where the strength \
             band starts. Both contexts a strength is \"organisations partnering\"; a strength \
             between partners but not inside your organisation is \"individuals partnering\", \
             which is fragile because it rests on a few people. Where the other context is only \
             just short of a strength ({} or {}), the view is \"close to organisations partnering\". \
             Both worth discussing is \"part way\". For a partnership winding down, the positions \
             below a strength are named for the close (\"thin buy-in as the work ends\").",
            format_score(VIEW_SPLIT),
            format_score(round1(STRENGTH_FROM - JUST_SHORT)),
            format_score(round1(STRENGTH_FROM - 0.1)),
        ),
        format!(
            "{DONT_KNOW_CLUSTER} or more “Don't know” answers in one dimension are a finding: \
             not knowing is something to find out. Where the dimension already has a finding \
             from its score, they are said there, since the score then rests on fewer answers. \
             For a few key statements (your mandate, who has the final say, whether a signed \
             agreement exists) one “Don't know” is enough for a finding of its own."
        ),
        format!(
            "When you compare with an earlier assessment, a change counts from {} points, taken \
             between the two scores as shown: 4.0 then and 3.3 now is a change of −0.7. Smaller \
             moves show as little change, since one answer moving by one point can shift a score by 0.3, \
             except a small move across a band line (2.7 to 3.0, say), which shows as \
             \"slightly up, new band\" so the trend never contradicts the bands beside it.",
            format_score(CHANGE_THRESHOLD)
        ),
    ]
}
