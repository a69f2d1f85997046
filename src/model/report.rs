//! The report a representative hands round: one structure that the printed page and the
//! Markdown export both render, so paper and file always say the same, in the same order.
//!
//! Order, as a partnership broker reads it: who made it and when; the two contexts with
//! their bands, the two-context verdict and the findings that matter most; every dimension
//! in words; the findings with what helps; what to find out before the meeting (the
//! "Don't know" answers); the action plan; the person's own notes beside the statement
//! they belong to.

use super::advice::{
    action_title, finding_helps, findings, first_step, in_plan_note, key_actions, not_in_plan,
    recommended_actions, verdict_explanation, verdict_title, Finding, FindingKind, Severity,
};
use super::assessment::{Answer, Assessment};
use super::bank::{Bank, Dimension};
use super::bank_upgrade::{carried_note, earlier_text, replaced_by};
use super::order::sort_small_by;
use super::scoring::{
    format_optional, format_score, score, Band, ContextScore, DimensionScore, Scores, DISCUSS_FROM,
    STRENGTH_FROM,
};

/// The version of this app, from Cargo: written into exports and report footers.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// How many findings the first page names.
pub const TOP_FINDINGS: usize = 3;

/// One context's score as printed.
#[derive(Clone, Debug, PartialEq)]
pub struct ContextLine {
    pub title: &'static str,
    /// The score as shown ("3.4"), or "–" without one.
    pub score: String,
    /// The band in words, or "Not enough answers" / "Not applicable".
    pub band: &'static str,
    /// "6 of 7 dimensions scored".
    pub coverage: String,
}

/// The two-context verdict.
#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    pub title: String,
    pub explanation: String,
}

/// An action that matters most, as printed: its title, its first step here, and how it
/// stands in the plan (" (in your plan, done)", or nothing: see `advice::in_plan_note`).
#[derive(Clone, Debug, PartialEq)]
pub struct KeyActionLine {
    pub title: &'static str,
    pub first_step: &'static str,
    pub in_plan: &'static str,
}

/// One dimension's result as printed.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionLine {
    /// The context's full title, as in [`ContextLine::title`]: the table groups by it.
    pub context_title: &'static str,
    pub dimension: &'static str,
    pub score: String,
    pub band: &'static str,
    /// "5 of 6 rated · 1 don't know".
    pub coverage: String,
}

/// One finding with the titles of the actions that help.
#[derive(Clone, Debug, PartialEq)]
pub struct FindingLine {
    pub severity: Severity,
    pub title: String,
    pub detail: String,
    pub helps: Vec<&'static str>,
}

/// A recommended action that the plan does not hold yet, with its first step here.
#[derive(Clone, Debug, PartialEq)]
pub struct ActionLine {
    pub title: &'static str,
    pub first_step: &'static str,
}

/// One row of the action plan.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanLine {
    pub text: String,
    pub owner: String,
    pub due: String,
    pub status: &'static str,
}

/// A note with the statement it belongs to and the answer given.
#[derive(Clone, Debug, PartialEq)]
pub struct NoteLine {
    pub context: &'static str,
    pub dimension: &'static str,
    pub statement: &'static str,
    /// The answer in words, "No answer", or "Skipped" for a statement skipped after a No.
    pub answer: &'static str,
    pub note: String,
}

/// A statement answered "Don't know": something to find out before the partners meet.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenQuestion {
    /// The dimension it belongs to (its wording already says which context).
    pub dimension: &'static str,
    pub statement: &'static str,
}

/// The heading over the statements answered "Don't know", and the sentence under it.
pub const OPEN_QUESTIONS_HEADING: &str = "To find out before you meet";
pub const OPEN_QUESTIONS_LEAD: &str =
    "You answered “Don't know” to these statements, so they are left out of the scores. Before the meeting, find out enough to answer them.";

/// An answer kept from an earlier version of the questions.
#[derive(Clone, Debug, PartialEq)]
pub struct EarlierLine {
    /// The earlier statement's id.
    pub id: String,
    pub statement: String,
    /// The answer's code, as files write it.
    pub code: &'static str,
    pub answer: &'static str,
    /// How it was carried to the current questions, if it was.
    pub carried: Option<String>,
    /// The words of the statement now asked in its place, if it was replaced.
    pub replaced_by: Option<&'static str>,
    /// The note written on it, if any (kept with the answer).
    pub note: String,
}

impl EarlierLine {
    /// What is said after the answer, in brackets: how it was carried, or what is asked in
    /// its place.
    pub fn aside(&self) -> Option<String> {
        self.carried.clone().or_else(|| {
            self.replaced_by
                .map(|text| format!("now asked instead: “{text}”"))
        })
    }
}

/// Everything the report says, in the order it says it.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub title: String,
    /// Labelled profile fields, empty ones left out.
    pub made_by: Vec<(&'static str, String)>,
    /// Whose view the report is, and whom "you" means in it: read round a table of
    /// partners, "Ask your manager" and "inside your organisation" were taken by each
    /// reader for their own.
    pub whose_view: String,
    /// Statements answered (any answer) and asked.
    pub answered: (usize, usize),
    /// Of those answered, how many "Don't know" and how many "Not applicable".
    pub dont_know: usize,
    pub not_applicable: usize,
    /// Statements not asked because a fact they presuppose was answered No (or N/A).
    pub skipped: usize,
    /// Dimensions in the strength band, strongest first: (title, score as shown).
    pub strengths: Vec<(&'static str, String)>,
    /// Dimensions in the strength band with a finding of their own, strongest first:
    /// (title, score as shown, what the finding is, after the coverage where it rests on
    /// part of its statements).
    pub strong_with_findings: Vec<(&'static str, String, String)>,
    pub contexts: Vec<ContextLine>,
    pub verdict: Option<Verdict>,
    /// Where there is no verdict: why (see `Scores::no_view_reason`).
    pub no_verdict: Option<String>,
    /// "What matters most from here", after the verdict or the reason there is none: each
    /// key action with its first step here.
    pub key_actions: Vec<KeyActionLine>,
    pub findings: Vec<FindingLine>,
    pub dimensions: Vec<DimensionLine>,
    /// Recommended actions not already in the plan, less those the verdict names.
    pub further_actions: Vec<ActionLine>,
    /// True when the verdict names key actions, so `further_actions` are the others.
    pub verdict_names_actions: bool,
    /// How many recommended actions the plan already holds.
    pub actions_in_plan: usize,
    pub plan: Vec<PlanLine>,
    /// Statements answered "Don't know", in bank order.
    pub open_questions: Vec<OpenQuestion>,
    pub notes: Vec<NoteLine>,
    pub earlier: Vec<EarlierLine>,
    /// The bank version the answers were given against.
    pub bank_version: u32,
}

impl Report {
    /// The same report without the person's notes (on statements, and on answers from an
    /// earlier version): notes may name a partner ("answer for the partner where this is
    /// weakest, and name it in a note"), and a report handed round need not carry them.
    pub fn leave_out_notes(&mut self) {
        self.notes.clear();
        for line in &mut self.earlier {
            line.note.clear();
        }
    }

    pub fn new(bank: &Bank, assessment: &Assessment) -> Report {
        let scores = score(bank, assessment);
        let found = findings(bank, &scores, assessment);
        let all_recommended = recommended_actions(bank, &scores, &found);
        let recommended = all_recommended.len();
        let not_in_plan = not_in_plan(&all_recommended, &assessment.actions);
        let answered = assessment.progress(bank);
        // The verdict names its key actions with their first steps; the list of recommended
        // actions then holds the others, so no action is printed twice in a row.
        let keys = key_actions(bank, &scores, &found);
        Report {
            title: assessment.title().to_owned(),
            made_by: made_by(assessment),
            whose_view: whose_view(assessment),
            answered,
            skipped: bank.statement_count() - answered.1,
            strengths: strengths(&scores, &found),
            strong_with_findings: strong_with_findings(&scores, &found),
            dont_know: scores.dimensions().map(|d| d.dont_know).sum(),
            not_applicable: scores.dimensions().map(|d| d.not_applicable).sum(),
            contexts: context_lines(&scores),
            no_verdict: scores.no_view_reason(),
            verdict: verdict_title(&scores, assessment)
                .zip(verdict_explanation(&scores, assessment))
                .map(|(title, explanation)| Verdict { title, explanation }),
            key_actions: keys
                .iter()
                .map(|a| KeyActionLine {
                    title: action_title(a, assessment),
                    first_step: first_step(a, assessment),
                    in_plan: in_plan_note(a.id, &assessment.actions),
                })
                .collect(),
            findings: found
                .iter()
                .map(|f| FindingLine {
                    severity: f.severity,
                    title: f.title.clone(),
                    detail: f.detail.clone(),
                    helps: finding_helps(bank, f, assessment),
                })
                .collect(),
            dimensions: scores
                .dimensions()
                .map(|d| DimensionLine {
                    context_title: bank.context(d.context).map_or("", |c| c.title),
                    dimension: d.dimension.title,
                    score: format_optional(d.score),
                    band: dimension_band_beside(d, &found),
                    coverage: d.coverage(),
                })
                .collect(),
            actions_in_plan: recommended - not_in_plan.len(),
            verdict_names_actions: !keys.is_empty(),
            further_actions: not_in_plan
                .iter()
                .filter(|a| !keys.contains(a))
                .map(|a| ActionLine {
                    title: action_title(a, assessment),
                    first_step: first_step(a, assessment),
                })
                .collect(),
            plan: assessment
                .actions
                .iter()
                .map(|item| PlanLine {
                    text: item.text.clone(),
                    owner: item.owner.clone(),
                    due: item.due.clone(),
                    status: item.status.label(),
                })
                .collect(),
            open_questions: open_questions(bank, assessment, &found),
            notes: note_lines(bank, assessment),
            earlier: earlier_lines(bank, assessment),
            bank_version: bank.version,
        }
    }

    /// The findings the first page names: the most important few.
    pub fn top_findings(&self) -> &[FindingLine] {
        &self.findings[..self.findings.len().min(TOP_FINDINGS)]
    }

    /// The heading over the recommended actions: all of them, or those the plan lacks; the
    /// "other" ones when the verdict has named the key actions above.
    pub fn further_actions_heading(&self) -> &'static str {
        match (self.verdict_names_actions, self.actions_in_plan == 0) {
            (false, true) => "Recommended actions",
            (false, false) => "Recommended actions not yet in the plan",
            (true, true) => "Other recommended actions",
            (true, false) => "Other recommended actions not yet in the plan",
        }
    }

    /// The line at the foot of every page (or the end of the file): which tool, which
    /// version of the tool and of the questions, and when (`verb` "printed" or "exported").
    pub fn footer(&self, verb: &str, date: &str) -> String {
        format!(
            "Buy-in Check {APP_VERSION} · questions version {} · {verb} {date}",
            self.bank_version
        )
    }
}

/// How to read the numbers, in one paragraph written from the scoring constants, and
/// whose view they are: a report is handed round to partners it partly describes.
pub fn reading_key() -> String {
    format!(
        "Scores run from 1 (strongly disagree) to 5 (strongly agree); a Yes counts as 5 and a No as 1. \
         {} and above is a strength, {} to {} worth discussing, below {} a concern. \
         Don't know and Not applicable are left out of the average. \
         The scores are one representative's view. Statements about the other partners \
         were answered for the partner of whom each is least true.",
        format_score(STRENGTH_FROM),
        format_score(DISCUSS_FROM),
        format_score(STRENGTH_FROM - 0.1),
        format_score(DISCUSS_FROM),
    )
}

/// The "Answered" line: how many of the asked statements have an answer, how many of those
/// are Don't know or Not applicable, and how many were skipped, so the total never seems to
/// disagree with the size of the bank or to say more than the answers do.
pub fn answered_line(r: &Report) -> String {
    let (done, total) = r.answered;
    // "45 of 45" beside 28 Don't knows would say more than the answers do.
    let mut parts = Vec::new();
    if r.dont_know > 0 {
        parts.push(format!("{} Don't know", r.dont_know));
    }
    if r.not_applicable > 0 {
        parts.push(format!("{} Not applicable", r.not_applicable));
    }
    if r.skipped > 0 {
        parts.push(format!(
            "{} skipped, because a fact they depend on was not answered Yes",
            r.skipped
        ));
    }
    if parts.is_empty() {
        format!("{done} of {total} statements")
    } else {
        format!("{done} of {total} statements ({})", parts.join("; "))
    }
}

/// The strengths as one line: "Valued as core business 4.3; Support beyond me 4.0".
/// The "Strengths" line after its label, without the closing stop: the strengths, then
/// those in the strength band held back by a finding, each with what holds it back, so
/// a 4.6 in the table missing from the line never reads as an oversight. Empty when
/// there are neither.
pub fn strengths_text(r: &Report) -> String {
    let clear = r
        .strengths
        .iter()
        .map(|(title, score)| format!("{title} {score}"))
        .collect::<Vec<_>>()
        .join("; ");
    let held: Vec<String> = r
        .strong_with_findings
        .iter()
        .map(|(title, score, why)| format!("{title} {score} ({why})"))
        .collect();
    match (clear.is_empty(), held.is_empty()) {
        (_, true) => clear,
        (true, false) => format!(
            "none clear of findings. Strong, but see the findings: {}",
            held.join("; ")
        ),
        (false, false) => format!(
            "{clear}. Also strong, but see the findings: {}",
            held.join("; ")
        ),
    }
}

/// Dimensions in the strength band that [`strengths`] leaves out, strongest first, each
/// with what its finding is: (title, score as shown, "a warning sign").
fn strong_with_findings(
    scores: &Scores,
    found: &[super::advice::Finding],
) -> Vec<(&'static str, String, String)> {
    let mut held: Vec<(&DimensionScore, &'static str)> = scores
        .dimensions()
        .filter(|d| d.band() == Some(Band::Strength))
        .filter_map(|d| {
            let own = |kind: FindingKind| has_own_finding(d, found, kind);
            let unknown =
                own(FindingKind::Unknown) || d.dont_know >= super::scoring::DONT_KNOW_CLUSTER;
            // In the order the cards come: a sign is "Act first".
            let why = match (
                own(FindingKind::WarningSign),
                own(FindingKind::MissingFact),
                unknown,
            ) {
                (true, true, _) => "a warning sign and a gap",
                (true, false, true) => "a warning sign and something to find out",
                (true, false, false) => "a warning sign",
                (false, true, true) => "a gap and something to find out",
                (false, true, false) => "a gap",
                (false, false, true) => "something to find out",
                (false, false, false) => return None,
            };
            Some((d, why))
        })
        .collect();
    super::order::sort_small_by(&mut held, |(a, _), (b, _)| {
        b.score.unwrap_or(0.0).total_cmp(&a.score.unwrap_or(0.0))
    });
    held.into_iter()
        // With its coverage where it rests on part of its statements, as the strengths are.
        .map(|(d, why)| {
            let note = if d.rated < d.total {
                format!("{}; {why}", d.coverage())
            } else {
                why.to_owned()
            };
            (d.dimension.title, format_optional(d.score), note)
        })
        .collect()
}

/// Dimensions in the strength band, strongest first, less those with a finding: a 4.0
/// resting on half its statements with the rest not known, or beside a fact answered No,
/// is something to look into, not a strength to take to partners.
fn strengths(scores: &Scores, found: &[super::advice::Finding]) -> Vec<(&'static str, String)> {
    let mut strong: Vec<_> = scores
        .dimensions()
        .filter(|d| d.band() == Some(Band::Strength))
        .filter(|d| !found.iter().any(|f| f.subject == Some(d.dimension.id)))
        // Several Don't knows make a finding, alone or folded into one about many dimensions.
        .filter(|d| d.dont_know < super::scoring::DONT_KNOW_CLUSTER)
        .collect();
    super::order::sort_small_by(&mut strong, |a, b| {
        b.score.unwrap_or(0.0).total_cmp(&a.score.unwrap_or(0.0))
    });
    // A strength resting on part of its statements says so, and why: "4.0 (2 of 4 rated ·
    // 2 don't know)", beside a finding that asks to find those out.
    strong
        .into_iter()
        .map(|d| {
            let shown = format_optional(d.score);
            let shown = if d.rated < d.total {
                format!("{shown} ({})", d.coverage())
            } else {
                shown
            };
            (d.dimension.title, shown)
        })
        .collect()
}

/// The answers kept from statements an earlier version of the questions asked, in that
/// version's order, each with how it was carried over (shown on the review page too).
pub fn earlier_lines(bank: &Bank, assessment: &Assessment) -> Vec<EarlierLine> {
    assessment
        .earlier_answers(bank)
        .into_iter()
        .map(|(id, answer)| EarlierLine {
            id: id.to_owned(),
            statement: earlier_text(id).unwrap_or(id).to_owned(),
            code: answer.map_or("", Answer::code),
            answer: answer.map_or("No answer", Answer::label),
            carried: carried_note(assessment, id),
            replaced_by: replaced_by(id)
                .and_then(|new| bank.statement(new))
                .map(|(_, _, s)| s.text),
            note: assessment.note(id).trim().to_owned(),
        })
        .collect()
}

/// `d` has a finding of this kind about it.
fn has_own_finding(d: &DimensionScore, found: &[Finding], kind: FindingKind) -> bool {
    found
        .iter()
        .any(|f| f.subject == Some(d.dimension.id) && f.kind == kind)
}

/// A band in words; a score without a band has too few answers.
pub fn band_words(band: Option<Band>) -> &'static str {
    band.map_or("Not enough answers", Band::label)
}

/// A dimension's band in words: "Not applicable" where every statement asked was answered
/// so (`DimensionScore::none_apply`), which "Not enough answers" made read as unfinished.
pub fn dimension_band_words(d: &DimensionScore) -> &'static str {
    if d.none_apply() {
        "Not applicable"
    } else {
        band_words(d.band())
    }
}

/// A dimension's band as the tables people read show it, beside the findings: a strength
/// that is not the whole story says so — "Strength, with a warning sign" where a sign the
/// person has seen bears on it, "Strength, with a gap" beside a fact answered No
/// or a Strongly disagree (its card says which), "Strength so far" where a key fact or
/// several answers are not known, or statements are still unanswered — so a table never
/// calls a strength what a card below asks to act on first, nor what the answers still to
/// give could change. Files for spreadsheets keep the band alone ([`dimension_band_words`]).
pub fn dimension_band_beside(d: &DimensionScore, found: &[Finding]) -> &'static str {
    if d.band() == Some(Band::Strength) {
        let own = |kind: FindingKind| has_own_finding(d, found, kind);
        let so_far = own(FindingKind::Unknown) || d.unanswered() > 0 || d.dont_know > 0;
        if own(FindingKind::WarningSign) {
            return if so_far {
                "Strength so far, with a warning sign"
            } else {
                "Strength, with a warning sign"
            };
        }
        if own(FindingKind::MissingFact) {
            return "Strength, with a gap";
        }
        if so_far {
            return "Strength so far";
        }
    }
    dimension_band_words(d)
}

/// A context's band as the cards and tables people read show it: "Strength so far" where
/// a strong average stands on part of the context (a dimension without a score, or a
/// quarter or more of its statements answered Don't know): "4.1 Strength" beside three
/// dimensions with too few answers claimed more than is known. Files for spreadsheets keep
/// the band alone.
pub fn context_band_beside(c: &ContextScore) -> &'static str {
    match c.band() {
        Some(Band::Strength) if c.partial() => "Strength so far",
        band => band_words(band),
    }
}

/// "One representative's view: “you” and “your organisation” in this report mean the
/// Partnership lead of Health Trust who answered it."
fn whose_view(assessment: &Assessment) -> String {
    let p = &assessment.profile;
    let (role, organisation) = (p.role.trim(), p.organisation.trim());
    let who = match (role.is_empty(), organisation.is_empty()) {
        (false, false) => format!("the {role} of {organisation}"),
        (true, false) => format!("the representative of {organisation}"),
        (false, true) => format!("the {role}"),
        (true, true) => "the person".to_owned(),
    };
    format!(
        "One representative's view: “you” and “your organisation” in this report mean {who} \
         who answered it."
    )
}

fn made_by(assessment: &Assessment) -> Vec<(&'static str, String)> {
    let p = &assessment.profile;
    [
        ("Partnership", p.partnership.clone()),
        ("My organisation", p.organisation.clone()),
        ("My role", p.role.clone()),
        // Names may hold commas ("City Council, Parks Department"): then a semicolon
        // tells one partner from the next.
        (
            "Partner organisations",
            p.partners
                .join(if p.partners.iter().any(|n| n.contains(',')) {
                    "; "
                } else {
                    ", "
                }),
        ),
        (
            "Stage",
            p.stage.map_or(String::new(), |s| s.label().to_owned()),
        ),
        ("Date", p.date.clone()),
    ]
    .into_iter()
    .filter(|(_, value)| !value.trim().is_empty())
    .collect()
}

fn context_lines(scores: &Scores) -> Vec<ContextLine> {
    scores
        .contexts
        .iter()
        .map(|c| ContextLine {
            title: c.context.title,
            score: format_optional(c.score),
            band: context_band_beside(c),
            coverage: format!("{} of {} dimensions scored", c.scored(), c.dimensions.len()),
        })
        .collect()
}

/// The asked statements answered "Don't know" (the results page lists them too): the key
/// statements first, which the verdict and the findings say to find out before anything
/// else, in the order of their dimensions' cards in `findings` (the verdict's order); then
/// the rest in bank order.
pub fn open_questions(
    bank: &Bank,
    assessment: &Assessment,
    findings: &[Finding],
) -> Vec<OpenQuestion> {
    let (mut key, rest): (Vec<_>, Vec<_>) = bank
        .statements()
        // A Don't know kept from before a statement about oneself stopped offering it is
        // not something to find out: the step asks for the nearest answer instead, and
        // the review lists it (`Assessment::answers_no_longer_offered`).
        .filter(|(_, _, s)| {
            assessment.is_asked(s)
                && assessment.answer_to(s) == Some(Answer::DontKnow)
                && Answer::offered(s).contains(&Answer::DontKnow)
        })
        .partition(|(_, _, s)| s.unknown_finding.is_some());
    let card = |d: &Dimension| {
        findings
            .iter()
            .position(|f| f.subject == Some(d.id))
            .unwrap_or(usize::MAX)
    };
    sort_small_by(&mut key, |a, b| card(a.1).cmp(&card(b.1)));
    key.into_iter()
        .chain(rest)
        .map(|(_, d, s)| OpenQuestion {
            dimension: d.title,
            statement: s.text,
        })
        .collect()
}

fn note_lines(bank: &Bank, assessment: &Assessment) -> Vec<NoteLine> {
    bank.statements()
        .filter(|(_, _, s)| !assessment.note(s.id).trim().is_empty())
        .map(|(c, d, s)| NoteLine {
            context: c.short,
            dimension: d.title,
            statement: s.text,
            answer: if !assessment.is_asked(s) {
                "Skipped"
            } else {
                assessment.answer_to(s).map_or("No answer", Answer::label)
            },
            note: assessment.note(s.id).trim().to_owned(),
        })
        .collect()
}
