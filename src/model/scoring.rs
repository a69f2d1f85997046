//! Scores, bands and coverage — deliberately plain, so a person can check them by hand.
//!
//! Every threshold is a named constant, and [`how_scores_work`] writes its explanation
//! from those same constants, so the help text can never drift from the arithmetic.

use super::assessment::{Answer, Assessment};
use super::bank::{Bank, Context, ContextId, Dimension};

/// A dimension (or context) gets a number only when at least this share of its parts has
/// a 1–5 answer. Below it, a mean of one or two answers would look surer than it is.
pub const MIN_COVERAGE: f64 = 0.5;
/// From this score (after rounding to one decimal) a dimension is a strength.
pub const STRENGTH_FROM: f64 = 4.0;
/// From this score up to [`STRENGTH_FROM`] a dimension is worth discussing; below, a concern.
pub const DISCUSS_FROM: f64 = 3.0;
/// Where the two-context view splits "high" from "low": halfway between concern and strength.
pub const VIEW_SPLIT: f64 = 3.5;
/// This many Don't-know answers in one dimension make a finding of their own.
pub const DONT_KNOW_CLUSTER: usize = 2;

/// Rounds to one decimal, the precision scores are shown with. Bands are taken from the
/// rounded score so that what a person reads and the band they see always agree.
pub fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
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

    /// The CSS class suffix for the band of a score that may be missing ("none").
    pub fn class_of(score: Option<f64>) -> &'static str {
        score.map_or("none", |s| Band::of(s).as_str())
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
}

/// The outcome for one dimension.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionScore {
    pub context: ContextId,
    pub dimension: &'static Dimension,
    /// Statements in the dimension.
    pub total: usize,
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

    /// Answered in any way (including Don't know and Not applicable).
    pub fn answered(&self) -> usize {
        self.total - self.unanswered()
    }

    pub fn band(&self) -> Option<Band> {
        self.score.map(Band::of)
    }
}

/// The outcome for one context.
#[derive(Clone, Debug, PartialEq)]
pub struct ContextScore {
    pub context: &'static Context,
    pub dimensions: Vec<DimensionScore>,
    /// Mean of the dimension scores, when enough dimensions have one.
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
}

/// Where the two context scores place the partnership.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum View {
    /// Both contexts high: commitment reaches across partners and into each organisation.
    OrganisationsPartnering,
    /// Between high, within low: the partnership rests on the people at the table.
    IndividualsPartnering,
    /// Between low, within high: my organisation is ready, the partners collectively are not.
    ReadyButPartnersNot,
    /// Both low.
    BuyInToBuild,
}

impl View {
    pub fn of(between: f64, within: f64) -> View {
        match (round1(between) >= VIEW_SPLIT, round1(within) >= VIEW_SPLIT) {
            (true, true) => View::OrganisationsPartnering,
            (true, false) => View::IndividualsPartnering,
            (false, true) => View::ReadyButPartnersNot,
            (false, false) => View::BuyInToBuild,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            View::OrganisationsPartnering => "organisations",
            View::IndividualsPartnering => "individuals",
            View::ReadyButPartnersNot => "ready-alone",
            View::BuyInToBuild => "to-build",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            View::OrganisationsPartnering => "Organisations partnering",
            View::IndividualsPartnering => "Individuals partnering",
            View::ReadyButPartnersNot => "Ready at home, not yet across partners",
            View::BuyInToBuild => "Buy-in still to build",
        }
    }

    pub fn explanation(self) -> &'static str {
        match self {
            View::OrganisationsPartnering => "Support is strong between the partners and inside your organisation. This is the most durable position: keep it up as people change.",
            View::IndividualsPartnering => "The partners back the work together, but inside your organisation it rests on too few people. This is fragile: it can fall over when someone leaves.",
            View::ReadyButPartnersNot => "Your organisation stands behind the partnership, but the partners' shared commitment is weaker. Work on the value each partner gets and on accountability.",
            View::BuyInToBuild => "Buy-in is not yet strong, either between the partners or inside your organisation. Start with the few actions that matter most rather than everything at once.",
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

    /// The two-context view, when both contexts have a score.
    pub fn view(&self) -> Option<View> {
        let between = self.context(ContextId::Between)?.score?;
        let within = self.context(ContextId::Within)?.score?;
        Some(View::of(between, within))
    }
}

/// Whether `part` of `whole` reaches [`MIN_COVERAGE`]. An empty whole never does.
fn covered(part: usize, whole: usize) -> bool {
    whole > 0 && part as f64 >= MIN_COVERAGE * whole as f64
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / n as f64)
}

/// Scores one dimension from the answers in `assessment`.
pub fn score_dimension(
    context: ContextId,
    dimension: &'static Dimension,
    assessment: &Assessment,
) -> DimensionScore {
    let mut out = DimensionScore {
        context,
        dimension,
        total: dimension.statements.len(),
        rated: 0,
        dont_know: 0,
        not_applicable: 0,
        score: None,
    };
    let mut sum = 0u32;
    for s in dimension.statements {
        match assessment.answer(s.id) {
            Some(Answer::Scale(l)) => {
                out.rated += 1;
                sum += u32::from(l.value());
            }
            Some(Answer::DontKnow) => out.dont_know += 1,
            Some(Answer::NotApplicable) => out.not_applicable += 1,
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
    let contexts = bank
        .contexts
        .iter()
        .map(|context| {
            let dimensions: Vec<DimensionScore> = context
                .dimensions
                .iter()
                .map(|d| score_dimension(context.id, d, assessment))
                .collect();
            let scored: Vec<f64> = dimensions.iter().filter_map(|d| d.score).collect();
            let score = if covered(scored.len(), dimensions.len()) {
                mean(scored.into_iter())
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

/// The "How scores work" text, as paragraphs, written from the constants above.
pub fn how_scores_work() -> Vec<String> {
    let pct = (MIN_COVERAGE * 100.0).round() as u32;
    vec![
        "Each statement is answered on a scale from 1 (strongly disagree) to 5 (strongly agree). \
         Every statement is worded so that agreeing means stronger buy-in."
            .to_owned(),
        "A dimension's score is the plain average of its 1–5 answers. \"Don't know\" and \
         \"Not applicable\" answers are left out of the average, so they never pull a score up or down."
            .to_owned(),
        format!(
            "Coverage shows how many statements were answered on the scale. A dimension needs at \
             least {pct}% of its statements answered 1–5 to get a score; below that it shows \
             \"not enough answers\" instead of a number that would look surer than it is."
        ),
        format!(
            "Scores are shown with one decimal, and bands are read from that shown value: \
             {} and above is a strength; {} to {} is worth discussing; below {} is a concern.",
            format_score(STRENGTH_FROM),
            format_score(DISCUSS_FROM),
            format_score(STRENGTH_FROM - 0.1),
            format_score(DISCUSS_FROM),
        ),
        format!(
            "A context's score (between partners, or within your organisation) is the average of \
             its dimension scores, given when at least {pct}% of its dimensions have a score. \
             The two contexts are always shown side by side and never merged into one number: \
             a strong score in one must not hide a weak score in the other."
        ),
        format!(
            "The two-context view places both context scores on two axes, split at {}. Both high \
             is \"organisations partnering\"; between partners high but within your organisation \
             low is \"individuals partnering\", which is fragile because it rests on a few people.",
            format_score(VIEW_SPLIT)
        ),
        format!(
            "{DONT_KNOW_CLUSTER} or more \"Don't know\" answers in one dimension are a finding of \
             their own: not knowing is something to find out."
        ),
    ]
}
