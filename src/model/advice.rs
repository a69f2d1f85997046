//! Findings (what the scores say) and the actions they call for.
//!
//! Findings are ordered by importance: severity first, the fragile two-context finding
//! ahead of its peers, then (beside two strong contexts, where the verdict says to start
//! there) a part the person says is missing, then the weaker score first, then bank order,
//! so the same answers always give the same list.

use std::cmp::Ordering;

use super::assessment::{ActionItem, ActionStatus, Answer, Assessment};
use super::bank::{Action, Bank, ContextId, FactKnown, ItemKind, Stage, Statement};
use super::order::sort_small_by;
use super::scoring::{
    format_optional, format_score, Band, DimensionScore, Scores, View, AS_THE_WORK_ENDS, CLOSE_TO,
    DONT_KNOW_CLUSTER, KEEP_IT_UP, KEEP_IT_UP_TO_THE_END, WEAKEST_FIRST,
};

/// How much a finding matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    High,
    Medium,
    Low,
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Severity::High => "Act first",
            Severity::Medium => "Look into",
            Severity::Low => "Worth a note",
        }
    }
}

/// What kind of observation a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FindingKind {
    /// The two-context view says the partnership rests on individuals.
    Fragile,
    /// A dimension scored in the concern band.
    Concern,
    /// A warning sign the person has seen.
    WarningSign,
    /// Several Don't-know answers in one dimension.
    Unknown,
    /// A dimension scored in the worth-discussing band.
    Discuss,
    /// A dimension without enough answers to score.
    NotEnoughAnswers,
    /// A fact answered "No" in a dimension that is not otherwise a finding.
    MissingFact,
}

/// One observation with the actions that answer it.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub kind: FindingKind,
    pub severity: Severity,
    /// The dimension the finding is about, when there is one (for a warning sign, the
    /// dimension it bears on).
    pub subject: Option<&'static str>,
    pub title: String,
    pub detail: String,
    /// Ids of bank actions, most useful first.
    pub actions: Vec<&'static str>,
    /// Used only for ordering: weaker first.
    score: Option<f64>,
    /// Used only for ordering: position in the bank.
    position: usize,
}

/// The first step to offer for `action` in this assessment: the one for its stage, unless
/// what the action would set up is already in place (its fact answered Yes) or the person
/// does not know whether it is (Don't know, or Not applicable: the report asks for a No
/// where the thing does not exist, so that answer leaves it open).
pub fn first_step(action: &Action, assessment: &Assessment) -> &'static str {
    action.first_step_given(assessment.profile.stage, |fact| {
        fact_known(assessment, fact)
    })
}

/// The (title, why) to show for `action` in this assessment: those that fit what its fact
/// says is in place ("Review the signed agreement" beside a signed one), as
/// [`first_step`] does for the step.
pub fn action_words(action: &Action, assessment: &Assessment) -> (&'static str, &'static str) {
    action.words_given(assessment.profile.stage, |fact| {
        fact_known(assessment, fact)
    })
}

/// The titles of what helps with `finding`, as its card lists them (see [`action_title`]).
/// A card that itself says to find something out leaves out an action named "Find out …":
/// "Find out whether a signed agreement exists" above "What helps: Find out whether there
/// is a signed agreement" said it twice.
pub fn finding_helps(bank: &Bank, finding: &Finding, assessment: &Assessment) -> Vec<&'static str> {
    finding
        .actions
        .iter()
        .filter_map(|id| bank.action(id))
        .map(|a| action_title(a, assessment))
        .filter(|title| finding.kind != FindingKind::Unknown || !title.starts_with("Find out"))
        .collect()
}

/// The title alone (see [`action_words`]).
pub fn action_title(action: &Action, assessment: &Assessment) -> &'static str {
    action_words(action, assessment).0
}

fn fact_known(assessment: &Assessment, fact: &str) -> FactKnown {
    match assessment.answer(fact) {
        Some(Answer::Yes) => FactKnown::InPlace,
        Some(Answer::DontKnow) => FactKnown::Unknown,
        Some(Answer::NotApplicable) => FactKnown::NotApplicable,
        _ => FactKnown::Otherwise,
    }
}

/// The one to three actions that matter most from where the two-context view places the
/// partnership (every context, without a view), shown under the verdict or the reason
/// there is none, and ticked first in the plan's checklist: the first action of each "Act
/// first" finding, in the findings' order (a concern, a warning sign, a key fact or one's
/// mandate not known), as the findings list starts with them; then the first action of
/// each of the weakest dimensions (below the strength band) in the context the view points
/// to, weakest first; then, beside two strong contexts, those dimensions' and findings'
/// other actions; last the view's own key actions (below "organisations partnering" only
/// those that serve a dimension below the strength band; beside two strong contexts, the
/// ways to keep things so, only when nothing is flagged). So the advice follows the real
/// gaps, not a fixed list per position.
pub fn key_actions(bank: &Bank, scores: &Scores, findings: &[Finding]) -> Vec<&'static Action> {
    // Without a view (a context with too few answers) the other context's concerns still
    // call for action: every context is in focus, and no position adds actions of its own.
    let view = scores.view();
    let in_focus = |c: ContextId| match view {
        Some(View::IndividualsPartnering) => c == ContextId::Within,
        Some(View::ReadyButPartnersNot) => c == ContextId::Between,
        Some(View::OrganisationsPartnering) => false,
        Some(View::PartWay | View::BuyInToBuild) | None => true,
    };
    // Beside two strong contexts, a dimension with a fact answered No is a known gap: its
    // remedy comes before the ways to keep things so.
    // Beside two strong contexts: the known gaps first, as the verdict says, then a
    // dimension merely worth discussing (its card follows theirs).
    let strong_view = view == Some(View::OrganisationsPartnering);
    let below_strength = |d: &DimensionScore| d.band().is_some_and(|b| b != Band::Strength);
    let unsure = if strong_view {
        // A key statement not known has an "Act first" card of its own, about its dimension.
        unsure_dimensions(scores, |d| {
            findings.iter().any(|f| {
                f.kind == FindingKind::Unknown
                    && f.severity == Severity::High
                    && f.subject == Some(d.dimension.id)
            })
        })
    } else {
        Vec::new()
    };
    let is_unsure = |d: &DimensionScore| unsure.iter().any(|u| u.dimension.id == d.dimension.id);
    let mut weak: Vec<&DimensionScore> = scores
        .dimensions()
        .filter(|d| {
            (in_focus(d.context) && below_strength(d))
                || (strong_view && (d.has_gap() || below_strength(d) || is_unsure(d)))
        })
        .collect();
    // Beside two strong contexts, in the cards' order: what to find out, the gaps, then
    // the rest by score.
    let rank = |d: &DimensionScore| match (strong_view, is_unsure(d), d.has_gap()) {
        (false, ..) => 0,
        (true, true, _) => 0,
        (true, false, true) => 1,
        (true, false, false) => 2,
    };
    sort_small_by(&mut weak, |a, b| {
        rank(a)
            .cmp(&rank(b))
            .then(weaker_first(a.score, b.score))
            .then(tie_rank(scores, a).cmp(&tie_rank(scores, b)))
    });
    // Something to act on, find out or discuss: a finding that says "Act first", or a
    // dimension below strength or with a gap.
    let flagged = !weak.is_empty() || findings.iter().any(|f| f.severity == Severity::High);
    let mut ids: Vec<&'static str> = Vec::new();
    // "Act first" findings head the findings list, so their actions head this one: a key
    // fact no one knows (is there a signed agreement?) comes before a weak dimension. The
    // fragile finding heads both: its actions serve the weak spots at home it names.
    let candidates = findings
        .iter()
        .filter(|f| f.severity == Severity::High)
        .filter_map(|f| f.actions.first().copied())
        .chain(
            weak.iter()
                .filter_map(|d| remedies(bank, d).first().copied()),
        )
        .chain(
            // Beside two strong contexts a flagged dimension's other remedies come before
            // upkeep: "Plan who takes over" beside a Continuity of 5.0 took the place of
            // "Build a team behind you", which the Capacity card at 3.7 offered.
            weak.iter()
                .filter(|_| strong_view)
                .flat_map(|d| remedies(bank, d).into_iter().skip(1))
                .filter(|id| !checks_a_strength(bank, scores, id)),
        )
        .chain(
            // Likewise an "Act first" finding's other actions (a warning sign's second
            // remedy), where the ways to keep things so no longer fill the list.
            findings
                .iter()
                .filter(|f| strong_view && f.severity == Severity::High)
                .flat_map(|f| f.actions.iter().skip(1).copied())
                .filter(|id| !checks_a_strength(bank, scores, id)),
        )
        .chain(
            // Below "organisations partnering" the view's own actions fill gaps, so only
            // where they serve a dimension not yet a strength: "Build a team behind you"
            // beside a "Support beyond me" of 5.0 would contradict the score. Beside two
            // strong contexts they are how to keep it so: listed only when nothing is
            // flagged, since "Plan who takes over" beside a Continuity of 4.8 read as a
            // priority next to the one real concern.
            view.map_or(&[][..], View::key_actions)
                .iter()
                .copied()
                .filter(|id| {
                    if view == Some(View::OrganisationsPartnering) {
                        return !flagged;
                    }
                    scores
                        .dimensions()
                        .filter(|d| d.dimension.actions.contains(id) && !d.none_apply())
                        .any(|d| d.band() != Some(Band::Strength))
                }),
        );
    for id in candidates {
        if ids.len() == KEY_ACTIONS {
            break;
        }
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids.into_iter().filter_map(|id| bank.action(id)).collect()
}

/// The action sets up something whose own dimension is a strength with no gap (a signed
/// agreement where "Written commitments" scores 5.0): as a second remedy for another
/// dimension it would ask to fix what the answers say works, so "What matters most" leaves
/// it to the list of recommended actions.
fn checks_a_strength(bank: &Bank, scores: &Scores, action_id: &str) -> bool {
    bank.action(action_id)
        .and_then(|a| a.when_in_place.as_ref())
        .and_then(|steps| {
            scores
                .dimensions()
                .find(|d| d.dimension.statements.iter().any(|s| s.id == steps.fact))
        })
        .is_some_and(|d| d.band() == Some(Band::Strength) && !d.has_gap())
}

/// A dimension's actions, those that set up something a fact of it says is missing (a "No"
/// to money set aside) first: beside a Yes to the business plan and a No to the budget, the
/// first remedy was the plan's check-up, and the budget's came fourth in "What matters most".
fn remedies(bank: &Bank, d: &DimensionScore) -> Vec<&'static str> {
    let missing = |id: &&'static str| {
        bank.action(id)
            .and_then(|a| a.when_in_place.as_ref())
            .is_some_and(|steps| d.facts_no.iter().any(|s| s.id == steps.fact))
    };
    let (first, rest): (Vec<&'static str>, Vec<&'static str>) =
        d.dimension.actions.iter().copied().partition(missing);
    first.into_iter().chain(rest).collect()
}

/// Where a dimension stands among equal scores: the contexts take turns (the first of
/// each, then the second of each, …), so answers alike everywhere never put only one
/// context's advice first.
fn tie_rank(scores: &Scores, d: &DimensionScore) -> usize {
    scores
        .contexts
        .iter()
        .enumerate()
        .find_map(|(c, context)| {
            context
                .dimensions
                .iter()
                .position(|x| x.dimension.id == d.dimension.id)
                .map(|i| i * scores.contexts.len() + c)
        })
        .unwrap_or_default()
}

/// The verdict's heading: the view's name for the scores (see [`View::title_at`]). Where
/// that name speaks of organisations partnering, the concerns its averages hold and the
/// warning signs seen are counted in it: "Organisations partnering" above a Written
/// commitments of 1.0, or above two "Act first" signs, read as all clear to anyone who
/// stopped at the heading. Where buy-in is still to build (or thin, winding down), the
/// heading says where the concern is: "Buy-in still to build between the partners" and
/// "… in both contexts" are not the same meeting.
pub fn verdict_title(scores: &Scores, assessment: &Assessment) -> Option<String> {
    let (between, within) = scores.pair()?;
    let view = View::of(between, within);
    let title = view.title_for(between, within, assessment.profile.stage);
    if view == View::BuyInToBuild {
        let place = match (Band::of(between), Band::of(within)) {
            (Band::Concern, Band::Concern) => "in both contexts",
            (Band::Concern, _) => "between the partners",
            _ => "inside your organisation",
        };
        return Some(match title.strip_suffix(AS_THE_WORK_ENDS) {
            Some(head) => format!("{head} {place}{AS_THE_WORK_ENDS}"),
            None => format!("{title} {place}"),
        });
    }
    if view != View::OrganisationsPartnering && title != CLOSE_TO {
        return Some(title.to_owned());
    }
    let counted = |n: usize, one: &str, many: &str| match n {
        0 => None,
        1 => Some(format!("a {one}")),
        n => Some(format!("{} {many}", count_word(n))),
    };
    let concerns = scores
        .dimensions()
        .filter(|d| d.band() == Some(Band::Concern))
        .count();
    let qualifiers: Vec<String> = [
        counted(concerns, "concern", "concerns"),
        counted(
            assessment.warning_signs.len(),
            "warning sign",
            "warning signs",
        ),
    ]
    .into_iter()
    .flatten()
    .collect();
    Some(if qualifiers.is_empty() {
        title.to_owned()
    } else {
        format!("{title}, with {}", qualifiers.join(" and "))
    })
}

/// The dimensions a verdict that says "start with the weakest" names, weakest first (in
/// the context it calls the concern, where it calls one so): the
/// concerns (at most [`KEY_ACTIONS`], with how many more there are), or where there are
/// none the dimensions at the lowest score below a strength, if no more than that many
/// share it. None where a dimension has no score of its own to compare.
fn weakest_dimensions(scores: &Scores) -> (Vec<&DimensionScore>, usize) {
    // Where the verdict says one context is the concern, its weakest are named: "buy-in
    // between the partners is the concern: start with … “Continuity” (2.3)" named one
    // inside the organisation.
    let concern_contexts: Vec<ContextId> = scores
        .contexts
        .iter()
        .filter(|c| c.band() == Some(Band::Concern))
        .map(|c| c.context.id)
        .collect();
    let in_focus = |id: ContextId| concern_contexts.len() != 1 || concern_contexts[0] == id;
    let mut below: Vec<&DimensionScore> = scores
        .dimensions()
        .filter(|d| in_focus(d.context))
        .filter(|d| d.band().is_some_and(|b| b != Band::Strength))
        .collect();
    sort_small_by(&mut below, |a, b| {
        weaker_first(a.score, b.score).then(tie_rank(scores, a).cmp(&tie_rank(scores, b)))
    });
    let concerns = below
        .iter()
        .take_while(|d| d.band() == Some(Band::Concern))
        .count();
    if concerns > 0 {
        let named = concerns.min(KEY_ACTIONS);
        below.truncate(named);
        return (below, concerns - named);
    }
    let lowest = below.first().map(|d| format_optional(d.score));
    below.retain(|d| Some(format_optional(d.score)) == lowest);
    if below.len() > KEY_ACTIONS {
        below.clear();
    }
    (below, 0)
}

/// A small count in words ("two"), larger ones in figures.
pub(crate) fn count_word(n: usize) -> String {
    const WORDS: [&str; 9] = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    n.checked_sub(2)
        .and_then(|i| WORDS.get(i))
        .map_or_else(|| n.to_string(), |w| (*w).to_owned())
}

/// The two-context verdict's explanation for `assessment`. Where it calls a context a
/// strength, a dimension of that context in the concern band gets a sentence (a strong
/// average can hide one weak part), and beside two strong contexts ticked warning signs
/// get one too: so the verdict never reads as all clear above an "Act first" finding.
pub fn verdict_explanation(scores: &Scores, assessment: &Assessment) -> Option<String> {
    let (view, mut text) = scores
        .view()
        .zip(scores.view_explanation(assessment.profile.stage))?;
    let plain = text.clone();
    let strong = |id: ContextId| {
        scores
            .context(id)
            .and_then(|c| c.score)
            .is_some_and(|s| Band::of(s) == Band::Strength)
    };
    // A context just short of a strength is read as nearly there, so a concern inside it
    // is named as one inside a strength is ("just short" beside a Capacity of 2.7).
    let nearly = |id: ContextId| {
        scores
            .context(id)
            .and_then(|c| c.score)
            .is_some_and(super::scoring::just_short)
    };
    let mut hidden: Vec<&DimensionScore> = scores
        .dimensions()
        .filter(|d| strong(d.context) || nearly(d.context))
        .filter(|d| d.score.is_some_and(|s| Band::of(s) == Band::Concern))
        .collect();
    // "A strong average can hide a weak part" is said only where the average is strong.
    let in_a_strength = hidden.iter().any(|d| strong(d.context));
    sort_small_by(&mut hidden, |a, b| {
        a.score
            .unwrap_or_default()
            .total_cmp(&b.score.unwrap_or_default())
    });
    // "Start with the weakest" where every dimension scores the same points at nothing.
    let shown: Vec<String> = scores
        .dimensions()
        .filter_map(|d| d.score.map(format_score))
        .collect();
    if shown.len() > 1 && shown.iter().all(|s| *s == shown[0]) {
        let unsure = if shown[0] == "3.0" {
            " Where a 3 meant you were not sure, Don't know says so more plainly."
        } else {
            ""
        };
        let which = if shown.len() == scores.dimensions().count() {
            "every one scores"
        } else {
            "every one with a score is at"
        };
        text = text.replacen(
            WEAKEST_FIRST,
            &format!(
                "no dimension is weaker than another ({which} {}), so read the findings below.{unsure}",
                shown[0]
            ),
            1,
        );
    }
    // Where the view says to start with the weakest dimensions, it names them: "start with
    // the weakest dimensions below" left the reader to find two concerns in a table of
    // thirteen. Named here, they are not named again as concerns inside a context.
    let (weakest, more_concerns) = if text.contains(WEAKEST_FIRST) {
        weakest_dimensions(scores)
    } else {
        (Vec::new(), 0)
    };
    let start_weakest = match (weakest.as_slice(), more_concerns) {
        ([], _) => WEAKEST_FIRST.trim_end_matches('.').to_owned(),
        (named, more) => {
            let list: Vec<String> = named
                .iter()
                .map(|d| format!("“{}” ({})", d.dimension.title, format_optional(d.score)))
                .collect();
            let list =
                super::workshop::and_list(&list.iter().map(String::as_str).collect::<Vec<_>>());
            let which = if named.len() == 1 {
                "dimension"
            } else {
                "dimensions"
            };
            let then = match more {
                0 => String::new(),
                1 => ", then the other concern below".to_owned(),
                n => format!(", then the {} other concerns below", count_word(n)),
            };
            format!("start with the weakest {which}, {list}{then}")
        }
    };
    hidden.retain(|d| !weakest.iter().any(|w| w.dimension.id == d.dimension.id));
    // What to do first is said once. A Don't know on a key statement (a mandate, who has
    // the final say, a signed agreement) is an "Act first" finding that heads the list:
    // it is said here, first, in the cards' order, under every verdict. Then a weak
    // part, warning signs and a known gap (a fact answered No), each told to come first
    // only while nothing before it has: "act on it first. First, find out …" said two
    // things at once.
    let mut first_said = false;
    {
        let mut unknown: Vec<(&DimensionScore, &'static str)> = scores
            .dimensions()
            .filter_map(|d| find_out_title(d, assessment).map(|t| (d, t)))
            .collect();
        // As the cards are ordered (`compare_findings`): weaker score first, no score last.
        sort_small_by(&mut unknown, |(a, _), (b, _)| {
            weaker_first(a.score, b.score).then(tie_rank(scores, a).cmp(&tie_rank(scores, b)))
        });
        let titles: Vec<String> = unknown.iter().map(|(_, t)| lower_first(t)).collect();
        // "find out whether you have a mandate and whether a signed agreement exists".
        let list = match titles
            .iter()
            .map(|t| t.strip_prefix("find out "))
            .collect::<Option<Vec<_>>>()
        {
            Some(rest) if rest.len() > 1 => {
                format!("find out {}", super::workshop::and_list(&rest))
            }
            _ => super::workshop::and_list(&titles.iter().map(String::as_str).collect::<Vec<_>>()),
        };
        if !titles.is_empty() {
            // Beside two strong contexts this is the first thing to do; beside a verdict
            // that already says where to start ("start with the weakest dimensions"), it
            // comes before that. Leaving it out under "Support at home is in place" hid an
            // "Act first" card about home.
            // "Before you do" follows a verdict that says what to do ("start with the
            // weakest dimensions", "see what holds it back"); after "could stall if they
            // leave" there is nothing for it to refer to.
            let alarm = view == View::IndividualsPartnering
                && !scores
                    .pair()
                    .is_some_and(|(_, w)| super::scoring::just_short(w));
            let lead = match view {
                View::OrganisationsPartnering => "First",
                _ if alarm => "Before anything else",
                _ => "Before you do",
            };
            text = if text.contains(WEAKEST_FIRST) {
                // One ordered instruction: "start with the weakest dimensions below. Before
                // you do, find out …" gave two places to start.
                text.replacen(
                    WEAKEST_FIRST,
                    &format!(
                        "{list} first (listed under the findings), then {start_weakest}. The \
                         scores leave out what is not known."
                    ),
                    1,
                )
            } else {
                format!(
                    "{text} {lead}, {list} (listed under the findings): the scores leave out what is not known."
                )
            };
            first_said = true;
        }
    }
    text = text.replacen(WEAKEST_FIRST, &format!("{start_weakest}."), 1);
    if !hidden.is_empty() {
        let named: Vec<String> = hidden
            .iter()
            .map(|d| {
                let (title, shown) = (d.dimension.title, format_score(d.score.unwrap_or_default()));
                if in_a_strength {
                    format!("“{title}” is a concern ({shown})")
                } else {
                    // After "find out what is holding it back there": what holds it back most.
                    format!("“{title}” ({shown}, a concern)")
                }
            })
            .collect();
        let list = super::workshop::and_list(&named.iter().map(String::as_str).collect::<Vec<_>>());
        text = match (first_said, in_a_strength) {
            (true, true) => format!("{text} And {list}: a strong average can hide a weak part."),
            (false, true) => {
                format!("{text} But {list}: a strong average can hide a weak part, so start there.")
            }
            (true, false) => format!("{text} Then {list}."),
            (false, false) => format!("{text} Start with {list}."),
        };
        first_said = true;
    }
    // A fact answered No in a strong context's dimension that is not a concern already: a
    // known gap ("Keep it that way" beside a No to money set aside).
    // A Strongly disagree there is the same kind of gap ("Keep it that way" beside a 1 to
    // "I can agree to a decision … without checking back").
    let signs = assessment.warning_signs.len();
    if signs > 0 {
        let seen = if signs == 1 {
            "a warning sign".to_owned()
        } else {
            // In words, as the heading counts them: "two warning signs".
            format!("{} warning signs", count_word(signs))
        };
        let them = if signs == 1 { "it" } else { "them" };
        // Below two strong contexts the view already says where to start; a sign is an
        // "Act first" card all the same, and went unmentioned beside middling scores.
        text = if first_said || view != View::OrganisationsPartnering {
            format!("{text} You have seen {seen} too (listed under the findings): act on {them}.")
        } else {
            format!(
                "{text} But you have seen {seen} (listed under the findings): scores can run \
                 ahead of what happens at the table, so act on {them} first."
            )
        };
        first_said = true;
    }
    // After the warning signs, as the cards go: a sign is "Act first"; then, among the
    // "Look into" cards, what to find out, the gaps, the middling dimensions.
    if view == View::OrganisationsPartnering {
        // "Keep it that way" beside a dimension answered Don't know throughout claimed
        // what no one knows.
        let unsure = unsure_dimensions(scores, |d| find_out_title(d, assessment).is_some());
        if !unsure.is_empty() {
            let said = match unsure.as_slice() {
                [d] => format!(
                    "Don't know to {} of the {} statements in “{}”",
                    d.dont_know, d.total, d.dimension.title
                ),
                many => {
                    let named: Vec<String> = many
                        .iter()
                        .map(|d| {
                            format!("“{}” ({} of {})", d.dimension.title, d.dont_know, d.total)
                        })
                        .collect();
                    format!(
                        "Don't know to two or more statements in each of {}",
                        super::workshop::and_list(
                            &named.iter().map(String::as_str).collect::<Vec<_>>()
                        )
                    )
                }
            };
            text = if first_said {
                format!(
                    "{text} You also answered {said} (listed under the findings): find out more."
                )
            } else {
                format!(
                    "{text} But you answered {said} (listed under the findings): find out more \
                     before you rely on the scores."
                )
            };
            first_said = true;
        }
        if let Some(said) = gaps_said(scores, &hidden) {
            text = if first_said {
                format!("{text} You also answered {said}.")
            } else {
                format!("{text} But you answered {said}: start there.")
            };
            first_said = true;
        }
        // Then a dimension merely worth discussing, as its card and its action follow:
        // "Keep it that way" above a "Look into" card on a 3.3 left it unexplained.
        let middling: Vec<String> = middling_in_strength(scores)
            .iter()
            .map(|d| format!("“{}” ({})", d.dimension.title, format_optional(d.score)))
            .collect();
        if !middling.is_empty() {
            let list =
                super::workshop::and_list(&middling.iter().map(String::as_str).collect::<Vec<_>>());
            let is = if middling.len() == 1 { "is" } else { "are" };
            text = if first_said {
                format!("{text} {} {is} worth discussing too.", upper_first(&list))
            } else {
                format!("{text} But {list} {is} worth discussing: start there.")
            };
        }
    }
    // Many Don't knows: the verdict stands on the rest, and says so where it is read.
    let asked: usize = scores.dimensions().map(|d| d.total).sum();
    let unknown: usize = scores.dimensions().map(|d| d.dont_know).sum();
    if asked > 0 && unknown * 4 >= asked {
        text = format!(
            "{text} You answered Don't know to {unknown} of the {asked} statements asked, so this \
             rests on the other answers: they are listed under “{}”.",
            super::report::OPEN_QUESTIONS_HEADING
        );
    }
    if text != plain {
        for keep in [KEEP_IT_UP, KEEP_IT_UP_TO_THE_END] {
            text = text.replacen(&format!(" {keep}"), "", 1);
        }
    }
    Some(text)
}

/// How many key actions the verdict names at most.
pub const KEY_ACTIONS: usize = 3;

/// What the verdict says of the known gaps beside two strong contexts, or nothing: per
/// dimension that is not a concern already (a concern is said before), weakest first as
/// the cards and "What matters most" go, its facts answered No and, above the concern band
/// (where the average hides them), its Strongly disagrees — "No to “A” and “B” (in
/// “Written commitments”, 4.0) and Strongly disagree to “C” (in “My mandate”, 4.3)".
/// One bracket per dimension: a bracket after each statement repeated it.
fn gaps_said(scores: &Scores, concerns: &[&DimensionScore]) -> Option<String> {
    let mut gapped: Vec<&DimensionScore> = scores
        .dimensions()
        .filter(|d| !concerns.iter().any(|c| c.dimension.id == d.dimension.id))
        .filter(|d| d.has_gap())
        .collect();
    sort_small_by(&mut gapped, |a, b| {
        weaker_first(a.score, b.score).then(tie_rank(scores, a).cmp(&tie_rank(scores, b)))
    });
    let quoted = |statements: &[&'static Statement]| {
        let texts: Vec<String> = statements
            .iter()
            .map(|s| format!("“{}”", s.text.trim_end_matches('.')))
            .collect();
        super::workshop::and_list(&texts.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let groups: Vec<String> = gapped
        .iter()
        .map(|d| {
            let mut answers = Vec::new();
            if !d.facts_no.is_empty() {
                answers.push(format!("No to {}", quoted(&d.facts_no)));
            }
            let disagreed = d.disagreed_unseen();
            if !disagreed.is_empty() {
                answers.push(format!("Strongly disagree to {}", quoted(disagreed)));
            }
            format!(
                "{} (in “{}”, {})",
                answers.join(", and "),
                d.dimension.title,
                format_optional(d.score)
            )
        })
        .collect();
    (!groups.is_empty())
        .then(|| super::workshop::and_list(&groups.iter().map(String::as_str).collect::<Vec<_>>()))
}

/// The dimensions whose several Don't knows make a "Find out more" card of their own (not
/// a key statement's card, `key_unknown`, nor a sentence in a card from a score below the
/// strength band), as those cards are ordered: weaker score first, no score last.
fn unsure_dimensions(
    scores: &Scores,
    key_unknown: impl Fn(&DimensionScore) -> bool,
) -> Vec<&DimensionScore> {
    let mut unsure: Vec<&DimensionScore> = scores
        .dimensions()
        .filter(|d| {
            d.dont_know >= DONT_KNOW_CLUSTER
                && !key_unknown(d)
                && !matches!(d.band(), Some(Band::Concern | Band::WorthDiscussing))
        })
        .collect();
    // Most unknown first (3 of 3 before 2 of 4), so what is least known leads the sentence
    // and takes the card's actions.
    sort_small_by(&mut unsure, |a, b| {
        (b.dont_know * a.total)
            .cmp(&(a.dont_know * b.total))
            .then(tie_rank(scores, a).cmp(&tie_rank(scores, b)))
    });
    unsure
}

/// Beside two strong contexts, the dimensions worth discussing that no gap names already
/// (a No or a Strongly disagree is said with its dimension), weakest first.
fn middling_in_strength(scores: &Scores) -> Vec<&DimensionScore> {
    let mut middling: Vec<&DimensionScore> = scores
        .dimensions()
        .filter(|d| d.band() == Some(Band::WorthDiscussing) && !d.has_gap())
        .collect();
    sort_small_by(&mut middling, |a, b| {
        weaker_first(a.score, b.score).then(tie_rank(scores, a).cmp(&tie_rank(scores, b)))
    });
    middling
}

/// "You answered No to: …" for the facts a dimension lacks, or nothing.
fn facts_no_sentence(d: &DimensionScore) -> String {
    answered_sentence("No", &d.facts_no)
}

/// " You answered Strongly disagree to “…”." for a card above the concern band, where the
/// average can hide it (see [`DimensionScore::disagreed_unseen`]).
fn strongly_disagreed_sentence(d: &DimensionScore) -> String {
    answered_sentence("Strongly disagree", d.disagreed_unseen())
}

fn answered_sentence(answer: &str, statements: &[&'static Statement]) -> String {
    if statements.is_empty() {
        return String::new();
    }
    let quoted: Vec<String> = statements
        .iter()
        .map(|s| format!("“{}”", s.text.trim_end_matches('.')))
        .collect();
    format!(" You answered {answer} to {}.", quoted.join(" and to "))
}

/// " The 3 statements about it were skipped until you know." when statements presuppose
/// a key fact answered "Don't know" (they are not asked then: see `Assessment::is_asked`).
fn skipped_until_known(d: &DimensionScore, unknown: &[&'static Statement]) -> String {
    let waiting = d
        .dimension
        .statements
        .iter()
        .filter(|s| {
            s.requires
                .is_some_and(|fact| unknown.iter().any(|u| u.id == fact))
        })
        .count();
    match waiting {
        0 => String::new(),
        1 => " The statement about it was skipped until you know.".to_owned(),
        n => format!(" The {n} statements about it were skipped until you know."),
    }
}

/// A title as the middle of a sentence: "Find out …" → "find out …".
fn lower_first(title: &str) -> String {
    let mut chars = title.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_lowercase().chain(chars).collect::<String>()
    })
}

/// A phrase as the start of a sentence: "both partners" → "Both partners".
pub(crate) fn upper_first(phrase: &str) -> String {
    let mut chars = phrase.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}

/// "You answered “Don't know” to 2 of 4 statements in “…”. Not knowing is a finding in
/// itself: …", for a dimension with several Don't knows.
fn not_knowing(d: &DimensionScore, name: &str) -> String {
    format!(
        "You answered “Don't know” to {} of {} statements in {name}. Not knowing is a finding in itself: find out before the next partnership meeting.",
        d.dont_know, d.total,
    )
}

/// The key statements of a dimension not known: answered "Don't know", or "Not
/// applicable" kept from before the statement stopped offering it (see
/// [`kept_not_applicable`]).
fn unknown_keys(d: &DimensionScore, assessment: &Assessment) -> Vec<&'static Statement> {
    d.dimension
        .statements
        .iter()
        .filter(|s| {
            s.unknown_finding.is_some()
                && assessment.is_asked(s)
                && (assessment.answer_to(s) == Some(Answer::DontKnow)
                    || kept_not_applicable(s, assessment))
        })
        .collect()
}

/// A "Not applicable" kept from before `s` stopped offering it. On a key statement it
/// counts as not known: every partnership has signed an agreement or has not, every
/// representative has a mandate or has not, and the kept answer hid the finding a Don't
/// know makes (`My mandate` scored on its other statements without a word).
fn kept_not_applicable(s: &Statement, assessment: &Assessment) -> bool {
    assessment.answer_to(s) == Some(Answer::NotApplicable)
        && !Answer::offered(s).contains(&Answer::NotApplicable)
}

/// What a dimension's "find out" card is titled, if it has one: after its first key
/// statement answered Don't know. (Every statement of one's own mandate that offers Don't
/// know is a key statement since bank version 4, so several Don't knows there no longer
/// need a rule of their own.)
fn find_out_title(d: &DimensionScore, assessment: &Assessment) -> Option<&'static str> {
    unknown_keys(d, assessment)
        .first()
        .and_then(|first| first.unknown_finding)
}

/// The fewest findings a page shows before the rest wait behind a disclosure.
pub const SHOWN_FINDINGS: usize = 4;

/// How many of `found` a page shows open: every finding up to the last that is not merely
/// worth discussing, and at least [`SHOWN_FINDINGS`], and every card scoring the same as
/// the last one open (the verdict says to start with the weakest: four of seven at 3.0
/// open read as an arbitrary four). Middling answers gave a dozen "worth discussing" cards
/// one under another, and the few that matter were lost among them. Fewer than two left
/// over are shown too: a disclosure holding one card saves nothing.
pub fn findings_shown_first(found: &[Finding]) -> usize {
    let last_pressing = found
        .iter()
        .rposition(|f| f.kind != FindingKind::Discuss)
        .map_or(0, |i| i + 1);
    let mut shown = last_pressing.max(SHOWN_FINDINGS).min(found.len());
    while shown > 0
        && shown < found.len()
        && found[shown].score.map(format_score) == found[shown - 1].score.map(format_score)
    {
        shown += 1;
    }
    if found.len() >= shown + 2 {
        shown
    } else {
        found.len()
    }
}

/// What the disclosure holding `rest` (worth-discussing findings, see
/// [`findings_shown_first`]) says while closed, so it is read without opening: "5 more
/// worth discussing" and the cards it holds by context, "Between the partners:
/// “Written commitments” 3.5. Within your organisation: “Continuity” 3.5, …" ("Continuity"
/// alone does not say whose).
pub fn more_findings_summary(rest: &[Finding], scores: &Scores) -> (String, String) {
    let in_context = |context: ContextId| {
        let named: Vec<String> = rest
            .iter()
            .filter_map(|f| scores.dimension(f.subject?))
            .filter(|d| d.context == context)
            .map(|d| match d.score {
                Some(score) => format!("“{}” {}", d.dimension.title, format_score(score)),
                None => format!("“{}”", d.dimension.title),
            })
            .collect();
        let label = match context {
            ContextId::Between => "Between the partners",
            ContextId::Within => "Within your organisation",
        };
        (!named.is_empty()).then(|| format!("{label}: {}.", named.join(", ")))
    };
    let names: Vec<String> = [ContextId::Between, ContextId::Within]
        .into_iter()
        .filter_map(in_context)
        .collect();
    (
        format!("{} more worth discussing", rest.len()),
        names.join(" "),
    )
}

/// Derives the findings from `scores` and the warning signs in `assessment`.
pub fn findings(bank: &Bank, scores: &Scores, assessment: &Assessment) -> Vec<Finding> {
    let mut out = Vec::new();

    // Not when support at home is just short of a strength (3.8, 3.9): the verdict says so,
    // and each weak spot has a card of its own, so this one only said it all again.
    if let (Some(View::IndividualsPartnering), Some((between, within))) = (
        scores.view(),
        scores
            .pair()
            .filter(|(_, w)| !super::scoring::just_short(*w)),
    ) {
        // Where support at home falls short, weakest first: the card names it, and offers
        // only the remedies that serve it (not "Build a team behind you" beside a "Support
        // beyond me" of 4.3).
        let mut short: Vec<&DimensionScore> = scores
            .dimensions()
            .filter(|d| d.context == ContextId::Within)
            .filter(|d| d.band().is_some_and(|b| b != Band::Strength))
            .collect();
        sort_small_by(&mut short, |a, b| {
            a.score
                .unwrap_or_default()
                .total_cmp(&b.score.unwrap_or_default())
        });
        // Named by band, as the table beside the card shows them: "“Continuity” (1.3) and
        // “My mandate” (1.5) are concerns, and “Capacity to deliver” (3.3) is worth discussing".
        let in_band = |band: Band, one: &str, more: &str| -> Option<String> {
            let dims: Vec<&DimensionScore> = short
                .iter()
                .copied()
                .filter(|d| d.band() == Some(band))
                .collect();
            super::scoring::named_as(&dims, one, more)
        };
        let named: Vec<String> = [
            in_band(Band::Concern, "is a concern", "are concerns"),
            in_band(
                Band::WorthDiscussing,
                "is worth discussing",
                "are worth discussing",
            ),
        ]
        .into_iter()
        .flatten()
        .collect();
        // The weakest spots' own first actions, then the view's that serve one of them:
        // so the card's first remedy is the one "What matters most" starts with.
        let mut actions: Vec<&'static str> = Vec::new();
        let serving = View::IndividualsPartnering
            .key_actions()
            .iter()
            .copied()
            .filter(|id| short.iter().any(|d| d.dimension.actions.contains(id)));
        for id in short
            .iter()
            .filter_map(|d| remedies(bank, d).first().copied())
            .chain(serving)
        {
            if actions.len() < KEY_ACTIONS && !actions.contains(&id) {
                actions.push(id);
            }
        }
        out.push(Finding {
            kind: FindingKind::Fragile,
            severity: Severity::High,
            subject: None,
            title: "The partnership rests on individuals".to_owned(),
            detail: format!(
                "Support inside your organisation ({}) lags behind the support between the partners ({}): \
                 at home, {}. {}",
                format_score(within),
                format_score(between),
                named.join(", and "),
                // Winding down there is no catching up to wait for: what is at risk is the
                // finish.
                if assessment.profile.stage == Some(Stage::WindingDown) {
                    "Your organisation may not finish what you agreed at the table, nor take on \
                     what follows."
                } else {
                    "Until support at home catches up, your organisation may not deliver what \
                     you agree at the table."
                }
            ),
            actions,
            score: None,
            position: 0,
        });
    }

    // The "Find out more" cards (several Don't knows in a dimension), by index in `out`.
    let mut find_out_more: Vec<usize> = Vec::new();
    for d in scores.dimensions() {
        let position = tie_rank(scores, d);
        let dim = d.dimension;
        let context = match d.context {
            ContextId::Between => "between the partners",
            ContextId::Within => "within your organisation",
        };
        // Titles are labels ("My mandate"), quoted so "my" and "your" never clash in a sentence.
        let name = format!("“{}”", dim.title);
        let actions: Vec<&'static str> = remedies(bank, d);
        // Where this dimension's finding from its score (concern or worth discussing) lands.
        let own_finding = out.len();
        let keys = unknown_keys(d, assessment);
        match d.band() {
            Some(band @ (Band::Concern | Band::WorthDiscussing)) => {
                // The two bands below strength differ only in words and weight.
                let (kind, severity, verdict, where_) = if band == Band::Concern {
                    (
                        FindingKind::Concern,
                        Severity::High,
                        "a concern",
                        ", in the concern band",
                    )
                } else {
                    (
                        FindingKind::Discuss,
                        Severity::Medium,
                        "worth discussing",
                        // The title says so already; "the middle band" was a term used
                        // nowhere else.
                        "",
                    )
                };
                out.push(Finding {
                    kind,
                    severity,
                    subject: Some(dim.id),
                    title: format!("{name} is {verdict}"),
                    detail: format!(
                        "{name} scored {}{} {context}{where_}.{}{} {}",
                        format_score(d.score.unwrap_or_default()),
                        // A score resting on part of the dimension says so.
                        if d.rated < d.total {
                            format!(" ({} of its {} statements rated)", d.rated, d.total)
                        } else {
                            String::new()
                        },
                        facts_no_sentence(d),
                        strongly_disagreed_sentence(d),
                        dim.purpose
                    ),
                    actions: actions.clone(),
                    score: d.score,
                    position,
                })
            }
            // A strength with a part missing (a No, a Strongly disagree), or no score beside
            // a No: the average would hide it.
            Some(Band::Strength) | None if d.has_gap() => out.push(Finding {
                kind: FindingKind::MissingFact,
                severity: Severity::Medium,
                subject: Some(dim.id),
                title: format!("{name}: something is missing"),
                detail: format!(
                    "{}{}{} {}",
                    d.score.map_or_else(
                        || format!("{name} has too few answers for a score."),
                        |s| format!(
                            "{name} scored {} {context}, but one part is missing.",
                            format_score(s)
                        ),
                    ),
                    facts_no_sentence(d),
                    strongly_disagreed_sentence(d),
                    dim.purpose
                ),
                actions: actions.clone(),
                score: d.score,
                position,
            }),
            Some(Band::Strength) => {}
            None => {
                // A key statement not known says why there is no score (its card names the
                // statements skipped until you know): a "no score" card would repeat it.
                // Every statement asked said not to apply: no advice to act on what the
                // person said does not apply ("Give every partner a say" was offered).
                if d.none_apply() && keys.is_empty() {
                    out.push(Finding {
                        kind: FindingKind::NotEnoughAnswers,
                        severity: Severity::Low,
                        subject: Some(dim.id),
                        title: format!("{name}: not applicable"),
                        detail: format!(
                            "You answered Not applicable to {}, so it has no score and no advice here. \
                             If part of it does apply, answer that statement.",
                            if d.answered() == 1 {
                                "its one statement".to_owned()
                            } else {
                                format!("all {} of its statements", d.answered())
                            }
                        ),
                        actions: Vec::new(),
                        score: None,
                        position,
                    });
                } else if d.answered() > 0 && d.dont_know < DONT_KNOW_CLUSTER && keys.is_empty() {
                    out.push(Finding {
                        kind: FindingKind::NotEnoughAnswers,
                        severity: Severity::Low,
                        subject: Some(dim.id),
                        // Everything asked was answered, just not in a way that scores: "not
                        // enough answers" would blame the person for what they did answer.
                        title: if d.unanswered() == 0 {
                            format!("{name}: no score")
                        } else {
                            format!("{name}: not enough answers")
                        },
                        detail: format!(
                            "{name} has too few answers for a score ({}). A score needs at least \
                             {}% of the statements asked rated on the scale or answered Yes or No.",
                            d.coverage(),
                            (super::scoring::MIN_COVERAGE * 100.0).round(),
                        ),
                        actions: actions.clone(),
                        score: None,
                        position,
                    });
                }
            }
        }
        let has_score_finding = out.get(own_finding).is_some_and(|f| {
            f.subject == Some(dim.id)
                && matches!(f.kind, FindingKind::Concern | FindingKind::Discuss)
        });
        // What to find out first: a key statement answered Don't know. Said once per
        // dimension: beside a finding from the score it becomes that card's headline (two
        // "Act first" cards about one dimension read as two problems), with the score after it.
        let find_out = find_out_title(d, assessment).map(|title| {
            // The key statements first, then the dimension's other Don't knows: the card
            // is the one place this dimension's unknowns are said.
            let others = d.dimension.statements.iter().filter(|s| {
                s.unknown_finding.is_none()
                    && assessment.is_asked(s)
                    && assessment.answer_to(s) == Some(Answer::DontKnow)
            });
            let quoted = |s: &&Statement| format!("“{}”", s.text.trim_end_matches('.'));
            let listed = |texts: Vec<String>| {
                super::workshop::and_list(&texts.iter().map(String::as_str).collect::<Vec<_>>())
            };
            let (kept, dont_know): (Vec<_>, Vec<_>) = keys
                .iter()
                .partition(|s| kept_not_applicable(s, assessment));
            let dont_know: Vec<String> = dont_know.into_iter().chain(others).map(|s| quoted(&s)).collect();
            let mut answered = Vec::new();
            if !dont_know.is_empty() {
                answered.push(format!("You answered “Don't know” to {}.", listed(dont_know)));
            }
            if !kept.is_empty() {
                let one = kept.len() == 1;
                answered.push(format!(
                    "You answered “Not applicable” to {}, an answer no longer offered there, since {} to everyone.{}",
                    listed(kept.iter().map(quoted).collect()),
                    if one { "it applies" } else { "they apply" },
                    if kept.iter().any(|s| s.kind == ItemKind::Fact) {
                        " If there is none, answer No."
                    } else {
                        ""
                    }
                ));
            }
            (
                title.to_owned(),
                format!(
                    "{} {}: find out before the next meeting.{}",
                    answered.join(" "),
                    // Why knowing it matters: one's own mandate bounds what one may promise;
                    // what the partners have signed bounds what they may be held to.
                    match d.context {
                        ContextId::Within =>
                            "This is worth knowing before you promise anything to partners",
                        ContextId::Between =>
                            "This is worth knowing before you count on what partners have promised",
                    },
                    skipped_until_known(d, &keys)
                ),
            )
        });
        // Other Don't knows in a dimension that has a finding from its score are said there:
        // the score rests on fewer answers.
        let said_in_score_finding =
            d.dont_know >= DONT_KNOW_CLUSTER && has_score_finding && find_out.is_none();
        if said_in_score_finding {
            out[own_finding].detail.push_str(&format!(
                " You answered “Don't know” to {} of its statements, which the score leaves out: find out what you can before the next partnership meeting.",
                d.dont_know,
            ));
        }
        if let Some((title, detail)) = find_out {
            if has_score_finding {
                let scored = &mut out[own_finding];
                scored.kind = FindingKind::Unknown;
                scored.severity = Severity::High;
                // "“My mandate” is a concern: find out who has the final say". The score
                // comes from what is known, so the title keeps it.
                scored.title = format!("{}: {}", scored.title, lower_first(&title));
                scored.detail = format!("{detail} {}", scored.detail);
            } else {
                out.push(Finding {
                    kind: FindingKind::Unknown,
                    severity: Severity::High,
                    subject: Some(dim.id),
                    title,
                    detail,
                    actions: actions.clone(),
                    score: None,
                    position,
                });
            }
        } else if d.dont_know >= DONT_KNOW_CLUSTER && !said_in_score_finding {
            find_out_more.push(out.len());
            out.push(Finding {
                kind: FindingKind::Unknown,
                severity: Severity::Medium,
                subject: Some(dim.id),
                title: format!("Find out more: {name}"),
                detail: not_knowing(d, &name),
                actions,
                score: None,
                position,
            });
        }
    }

    fold_find_out_more(bank, scores, &mut out, &find_out_more);

    for (i, sign) in bank.warning_signs.iter().enumerate() {
        if assessment.warning_signs.contains(sign.id) {
            // A strong score where the sign bears says so, in the card about the sign:
            // "Accountability 4.3, a strength" beside "A partner agrees to tasks, then does
            // not do them" read as two answers that disagree, and no word said which counts.
            let beside = scores
                .dimension(sign.dimension)
                .filter(|d| d.band() == Some(Band::Strength))
                .map_or_else(String::new, |d| {
                    // On part of its statements it is a strength so far, and says so.
                    let (rated, so_far) = if d.rated < d.total {
                        (format!(" ({} of {} rated)", d.rated, d.total), " so far")
                    } else {
                        (String::new(), "")
                    };
                    format!(
                        " Your answers put “{}” at {}{rated}, a strength{so_far}: what you have \
                         seen at the table counts for more than the score.",
                        d.dimension.title,
                        format_optional(d.score)
                    )
                });
            out.push(Finding {
                kind: FindingKind::WarningSign,
                severity: Severity::High,
                subject: Some(sign.dimension),
                title: format!("Warning sign: {}", sign.text.trim_end_matches('.')),
                detail: format!("{}{beside}", sign.meaning),
                actions: sign.actions.to_vec(),
                score: None,
                position: 1_000 + i,
            });
        }
    }

    // Beside two strong contexts the verdict says to start at a known gap (a No, a Strongly
    // disagree inside a strength), and "What matters most" does: so its card comes before
    // a dimension worth discussing, even a weaker one, not after it.
    let gaps_first = scores.view() == Some(View::OrganisationsPartnering);
    let known_gap = |f: &Finding| {
        gaps_first
            && matches!(f.kind, FindingKind::MissingFact | FindingKind::Discuss)
            && f.subject
                .and_then(|id| scores.dimension(id))
                .is_some_and(DimensionScore::has_gap)
    };
    sort_small_by(&mut out, |a, b| compare_findings(a, b, known_gap));
    out
}

/// From how many "Find out more" cards they become one: with many Don't knows, ten cards
/// each saying "You answered Don't know to 2 of 3 statements in …" buried the rest, and the
/// statements are all listed under "To find out before you meet" anyway.
pub const FOLD_FIND_OUT_FROM: usize = 3;

/// Replaces the "Find out more" cards at `indices` of `out` by one, naming each dimension
/// with how many of its statements were answered Don't know, when there are at least
/// [`FOLD_FIND_OUT_FROM`]. It offers the first remedy of each of the first three, by where
/// they stand (weaker score first), rather than every dimension's list.
fn fold_find_out_more(bank: &Bank, scores: &Scores, out: &mut Vec<Finding>, indices: &[usize]) {
    if indices.len() < FOLD_FIND_OUT_FROM {
        return;
    }
    let mut dims: Vec<&DimensionScore> = indices
        .iter()
        .filter_map(|&i| out[i].subject.and_then(|id| scores.dimension(id)))
        .collect();
    // As the verdict names them: most unknown first.
    sort_small_by(&mut dims, |a, b| {
        (b.dont_know * a.total)
            .cmp(&(a.dont_know * b.total))
            .then(tie_rank(scores, a).cmp(&tie_rank(scores, b)))
    });
    let named: Vec<String> = dims
        .iter()
        .map(|d| format!("“{}” ({} of {})", d.dimension.title, d.dont_know, d.total))
        .collect();
    let mut actions: Vec<&'static str> = Vec::new();
    for first in dims
        .iter()
        .filter_map(|d| remedies(bank, d).first().copied())
    {
        if actions.len() < KEY_ACTIONS && !actions.contains(&first) {
            actions.push(first);
        }
    }
    let position = indices
        .iter()
        .map(|&i| out[i].position)
        .min()
        .unwrap_or_default();
    let folded = Finding {
        kind: FindingKind::Unknown,
        severity: Severity::Medium,
        subject: None,
        title: format!("Find out more in {} dimensions", dims.len()),
        detail: format!(
            "You answered “Don't know” to two or more statements in each of {}. Not knowing is \
             a finding in itself. Don't know answers are not scored, and a dimension with too few \
             other answers gets no score: the statements are listed under “{}”. Find out what you can before the next partnership meeting.",
            super::workshop::and_list(&named.iter().map(String::as_str).collect::<Vec<_>>()),
            super::report::OPEN_QUESTIONS_HEADING
        ),
        actions,
        score: None,
        position,
    };
    for &i in indices.iter().rev() {
        out.remove(i);
    }
    out.push(folded);
}

fn compare_findings(a: &Finding, b: &Finding, known_gap: impl Fn(&Finding) -> bool) -> Ordering {
    // The fragile two-context finding is the headline: it explains many of the others.
    let headline = |f: &Finding| f.kind != FindingKind::Fragile;
    // Then what to find out before promising anything (a key statement not known): a
    // score resting on what is known comes after it, however low (it was 13th of 13).
    let find_out_first = |f: &Finding| f.kind != FindingKind::Unknown;
    a.severity
        .cmp(&b.severity)
        .then_with(|| headline(a).cmp(&headline(b)))
        .then_with(|| find_out_first(a).cmp(&find_out_first(b)))
        .then_with(|| known_gap(b).cmp(&known_gap(a)))
        .then_with(|| weaker_first(a.score, b.score))
        .then_with(|| a.position.cmp(&b.position))
}

/// The weaker score first; a missing score after every score.
fn weaker_first(a: Option<f64>, b: Option<f64>) -> Ordering {
    match (a, b) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// The recommended actions, each once: first the [`key_actions`] that the results call
/// "what matters most" beside the two-context view, then the rest of those `findings`
/// call for, in the order first needed. So the plan's checklist opens with, and ticks,
/// the actions the verdict names, not three others.
pub fn recommended_actions(
    bank: &Bank,
    scores: &Scores,
    findings: &[Finding],
) -> Vec<&'static Action> {
    let mut seen: Vec<&'static str> = key_actions(bank, scores, findings)
        .iter()
        .map(|a| a.id)
        .collect();
    for f in findings {
        for id in &f.actions {
            if !seen.contains(id) {
                seen.push(id);
            }
        }
    }
    seen.into_iter().filter_map(|id| bank.action(id)).collect()
}

/// How many recommended actions the plan's checklist ticks for the person: the first
/// few by priority, which are the key actions where there are three; the rest wait for
/// their choice.
pub const PRE_TICKED: usize = KEY_ACTIONS;

/// How an action stands in the plan, to say after it where it is recommended, so "What
/// matters most" never reads as news beside a plan that has it done: nothing when the plan
/// lacks it.
pub fn in_plan_note(action_id: &str, plan: &[ActionItem]) -> &'static str {
    match plan
        .iter()
        .find(|i| i.source.as_deref() == Some(action_id))
        .map(|i| i.status)
    {
        None => "",
        Some(ActionStatus::Planned) => " (in your plan)",
        Some(ActionStatus::Doing) => " (in your plan, under way)",
        Some(ActionStatus::Done) => " (in your plan, done)",
    }
}

/// The `recommended` actions the plan does not hold yet, in the same order.
pub fn not_in_plan(recommended: &[&'static Action], plan: &[ActionItem]) -> Vec<&'static Action> {
    recommended
        .iter()
        .copied()
        .filter(|a| !plan.iter().any(|i| i.source.as_deref() == Some(a.id)))
        .collect()
}

/// Adds `chosen` actions to the plan as planned items, each with the title and first step
/// `words_of` gives (see [`action_title`], [`first_step`]). An action the plan already
/// holds (edited or not) is left untouched, so adding twice changes nothing. Returns how
/// many were added.
pub fn seed_plan(
    chosen: &[&'static Action],
    words_of: impl Fn(&Action) -> (&'static str, &'static str),
    plan: &mut Vec<ActionItem>,
) -> usize {
    let mut added = 0;
    for action in chosen {
        if plan.iter().any(|i| i.source.as_deref() == Some(action.id)) {
            continue;
        }
        plan.push(ActionItem {
            id: format!("seed-{}", action.id),
            source: Some(action.id.to_owned()),
            text: {
                let (title, step) = words_of(action);
                format!("{title} — {step}")
            },
            ..ActionItem::default()
        });
        added += 1;
    }
    added
}
