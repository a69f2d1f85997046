//! The question bank as plain static data.
//!
//! Ids are part of the export format: an exported assessment refers to statements by id,
//! so an id must never change meaning. Reword a statement freely while its meaning stays;
//! give it a new id (and raise [`BANK_VERSION`]) when the meaning changes.

/// Version of the bank's content. Raised when a statement is added, removed or re-meant,
/// so that comparisons can tell which statements two assessments share. Answers given on
/// earlier versions are carried to this one by [`super::bank_upgrade`].
pub const BANK_VERSION: u32 = 4;

/// Where the partnership stands; the advice's first steps depend on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    /// Partners are getting to know each other and agreeing what to do.
    Forming,
    /// Commitments are made and the work is under way.
    Delivering,
    /// The partnership is being reviewed, renewed or extended.
    Renewing,
    /// The shared work is coming to an end.
    WindingDown,
}

impl Stage {
    pub const ALL: [Stage; 4] = [
        Stage::Forming,
        Stage::Delivering,
        Stage::Renewing,
        Stage::WindingDown,
    ];

    /// Stable id used in forms and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Forming => "forming",
            Stage::Delivering => "delivering",
            Stage::Renewing => "renewing",
            Stage::WindingDown => "winding-down",
        }
    }

    pub fn parse(s: &str) -> Option<Stage> {
        Self::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// The words a person sees.
    pub fn label(self) -> &'static str {
        match self {
            Stage::Forming => "Forming: getting started",
            Stage::Delivering => "Delivering: the work is under way",
            Stage::Renewing => "Renewing: reviewing or extending",
            Stage::WindingDown => "Winding down",
        }
    }
}

/// The two places where buy-in has to exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ContextId {
    /// Collective support of all partner organisations for the shared initiative.
    Between,
    /// Support inside the representative's own organisation.
    Within,
}

impl ContextId {
    pub const ALL: [ContextId; 2] = [ContextId::Between, ContextId::Within];

    /// Stable id used in exports, URLs and CSS classes.
    pub fn as_str(self) -> &'static str {
        match self {
            ContextId::Between => "between",
            ContextId::Within => "within",
        }
    }

    pub fn parse(s: &str) -> Option<ContextId> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// One context with its dimensions.
#[derive(Debug, PartialEq)]
pub struct Context {
    pub id: ContextId,
    /// Heading shown to the person, e.g. "Between the partner organisations".
    pub title: &'static str,
    /// A short label for tables and charts.
    pub short: &'static str,
    /// One sentence on what this context is about.
    pub intro: &'static str,
    /// How to answer where the honest answer is not plain (shown on each step).
    pub answer_hint: Option<AnswerHint>,
    pub dimensions: &'static [Dimension],
}

/// Advice on answering, shown on every step of a context: the question it settles, then
/// the advice.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AnswerHint {
    pub title: &'static str,
    pub text: &'static str,
}

/// A facet of buy-in, answered through a few statements.
#[derive(Debug, PartialEq)]
pub struct Dimension {
    /// Stable id, unique across the whole bank.
    pub id: &'static str,
    pub title: &'static str,
    /// Why this matters, in one line, shown above the statements.
    pub purpose: &'static str,
    pub statements: &'static [Statement],
    /// Ids of the [`Action`]s that strengthen this dimension, most useful first.
    pub actions: &'static [&'static str],
    /// Open questions for a partners' meeting where this dimension stands out.
    pub questions: &'static [&'static str],
    /// Who should be in the room for that conversation.
    pub in_the_room: &'static [Role],
}

/// The levels of a partner organisation that a conversation may need (the "every level"
/// of connecting partners: chief executives, senior managers, operational staff).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    Executives,
    SeniorManagers,
    OperationalStaff,
}

impl Role {
    pub fn label(self) -> &'static str {
        match self {
            Role::Executives => "chief executives or directors",
            Role::SeniorManagers => "senior managers",
            Role::OperationalStaff => "staff who do the work",
        }
    }
}

/// How a statement is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ItemKind {
    /// Agreement on the 1–5 scale; agreeing always means stronger buy-in.
    Scale,
    /// A yes/no fact (a signed agreement exists). "Yes" counts as the top of the scale and
    /// "No" as the bottom in its dimension's average (see `scoring`), and statements that
    /// presuppose the fact are skipped after a "No".
    Fact,
}

/// A claim the representative answers. Agreeing (or "Yes") always means stronger buy-in,
/// so no answer has to be reversed before scoring.
#[derive(Debug, PartialEq)]
pub struct Statement {
    /// Stable id, unique across the whole bank.
    pub id: &'static str,
    pub text: &'static str,
    pub kind: ItemKind,
    /// The fact this statement presupposes: it is skipped (not asked, not counted) while
    /// that fact is answered "No" or "Not applicable".
    pub requires: Option<&'static str>,
    /// For a key statement, a single "Don't know" is a finding of its own, with this title.
    pub unknown_finding: Option<&'static str>,
    /// The statement is about what the person sees for themself: their own knowledge,
    /// actions or views ("I know …", "I have …", "I trust …"). "Don't know" is not offered:
    /// not knowing is itself the answer. Offering it would let someone who does not know
    /// score higher than someone who honestly disagrees, because Don't know is never
    /// averaged.
    pub self_report: bool,
    /// The statement fits every partnership and every representative (knowing what the
    /// partners want, having presented the work), so "Not applicable" is not offered.
    pub always_applies: bool,
    /// The statement asks about the past year ("In the past year, …"): a copy made to
    /// assess again later leaves it unanswered, since the answer belongs to its date.
    pub past_year: bool,
    /// A yes/no fact with one true answer for the whole partnership (the partners have
    /// signed an agreement or not), so partners answering it Yes and No disagree on a fact.
    /// A fact answered from where one sits ("someone besides its representative works with
    /// us") can be Yes for one partner and No for another, both truly: that is a
    /// difference of view.
    pub same_for_every_partner: bool,
}

impl Statement {
    /// A statement answered on the agreement scale.
    pub const fn scale(id: &'static str, text: &'static str) -> Statement {
        Statement {
            id,
            text,
            kind: ItemKind::Scale,
            requires: None,
            unknown_finding: None,
            self_report: false,
            always_applies: false,
            past_year: false,
            same_for_every_partner: false,
        }
    }

    /// A yes/no fact.
    pub const fn fact(id: &'static str, text: &'static str) -> Statement {
        Statement {
            kind: ItemKind::Fact,
            ..Statement::scale(id, text)
        }
    }

    /// Asked only while the fact `fact_id` is not ruled out.
    pub const fn requires(self, fact_id: &'static str) -> Statement {
        Statement {
            requires: Some(fact_id),
            ..self
        }
    }

    /// Not knowing the answer is a finding on its own, titled `title`.
    pub const fn key(self, title: &'static str) -> Statement {
        Statement {
            unknown_finding: Some(title),
            ..self
        }
    }

    /// About the person's own knowledge, actions or views: "Don't know" is not offered.
    pub const fn self_report(self) -> Statement {
        Statement {
            self_report: true,
            ..self
        }
    }

    /// Asks about the past year: a copy leaves it to be answered again (see
    /// [`Statement::past_year`]).
    pub const fn about_the_past_year(self) -> Statement {
        Statement {
            past_year: true,
            ..self
        }
    }

    /// One true answer for the whole partnership (see [`Statement::same_for_every_partner`]).
    pub const fn same_for_every_partner(self) -> Statement {
        Statement {
            same_for_every_partner: true,
            ..self
        }
    }

    /// Fits every partnership and every representative: "Not applicable" is not offered.
    pub const fn always_applies(self) -> Statement {
        Statement {
            always_applies: true,
            ..self
        }
    }
}

/// Something the representative may have seen happen; each one ticked becomes a finding.
#[derive(Debug, PartialEq)]
pub struct WarningSign {
    pub id: &'static str,
    pub text: &'static str,
    /// What the sign usually points to, for the finding's explanation.
    pub meaning: &'static str,
    /// The dimension between the partners the sign bears on: a strong score there beside
    /// the sign is not the whole story, and the results say so.
    pub dimension: &'static str,
    /// Ids of the actions that answer this sign.
    pub actions: &'static [&'static str],
}

/// A concrete thing to do to build buy-in.
#[derive(Debug, PartialEq)]
pub struct Action {
    pub id: &'static str,
    pub title: &'static str,
    /// What the action is and why it helps.
    pub why: &'static str,
    /// The first small step, something one person can do this week.
    pub first_step: &'static str,
    /// A better first step at a given stage of the partnership, where the default fits badly.
    pub stage_steps: &'static [(Stage, &'static str)],
    /// The yes/no fact that says whether what the action sets up exists, with the steps to
    /// offer instead when it does or when no one knows, so the advice never asks for
    /// something already in place, nor assumes it missing while that is in doubt.
    pub when_in_place: Option<FactSteps>,
    /// The action's name and purpose for a partnership winding down, where it takes its
    /// stage step: "Build a team behind you" above "Ask the colleagues who will pick up any
    /// follow-up work to join the last meetings" spoke of a future the work does not have.
    pub ending: Option<ActionWords>,
}

/// An action's first steps that depend on one yes/no fact (see [`Action::when_in_place`]).
#[derive(Debug, PartialEq)]
pub struct FactSteps {
    pub fact: &'static str,
    /// Where the fact is answered Yes (by every partner, in a partnership view).
    pub in_place: &'static str,
    /// Where it is not known (answered Don't know, or Yes by some partners and not others),
    /// at every stage: the usual and stage steps assume it is missing. `None` keeps them.
    pub unknown: Option<&'static str>,
    /// Where it was answered Not applicable (no business plan to be in, no money to set
    /// aside): a step that fits that. `None` takes the `unknown` step.
    pub not_applicable: Option<&'static str>,
    /// The action's name and purpose where the fact is answered Yes, when the usual ones
    /// would ask for what is there ("Put the commitments in writing" beside a signed
    /// agreement). `None` keeps them.
    pub in_place_words: Option<ActionWords>,
    /// Likewise where the fact is answered Not applicable ("Set money aside" where the
    /// work needs none).
    pub not_applicable_words: Option<ActionWords>,
    /// Likewise where the fact is not known and the step is `unknown` (find out first):
    /// "Put the commitments in writing" above "Ask whether a signed agreement exists"
    /// assumed the No the step does not.
    pub unknown_words: Option<ActionWords>,
}

/// An action's name and what it is for, in the words that fit what is in place.
#[derive(Debug, PartialEq)]
pub struct ActionWords {
    pub title: &'static str,
    pub why: &'static str,
}

/// Which of an action's wordings applies: see [`Action::first_step_given`].
enum Wording<'a> {
    /// The partnership is winding down and the action has a step for that.
    Ending(&'static str),
    /// The action's fact says this.
    Fact(&'a FactSteps, FactKnown),
    /// The usual wording for the stage.
    Usual,
}

/// What is known of an action's fact, for [`Action::first_step_given`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FactKnown {
    InPlace,
    Unknown,
    /// Answered Not applicable: there is nothing of the kind to have.
    NotApplicable,
    /// Answered No or not at all: the usual step.
    Otherwise,
}

impl Action {
    /// The first step that fits `stage` (the default when the stage is unknown).
    pub fn first_step_for(&self, stage: Option<Stage>) -> &'static str {
        stage
            .and_then(|st| self.stage_steps.iter().find(|(s, _)| *s == st))
            .map_or(self.first_step, |(_, step)| step)
    }

    /// The first step for `stage`, given what `known` says of the action's fact. A
    /// partnership winding down takes its stage step whatever the fact says: "ask when the
    /// next business plan is due" does not fit work that is ending.
    pub fn first_step_given(
        &self,
        stage: Option<Stage>,
        known: impl Fn(&str) -> FactKnown,
    ) -> &'static str {
        match self.wording(stage, known) {
            Wording::Ending(step) => step,
            Wording::Fact(f, FactKnown::InPlace) => f.in_place,
            Wording::Fact(f, FactKnown::Unknown) => {
                f.unknown.unwrap_or_else(|| self.first_step_for(stage))
            }
            Wording::Fact(f, FactKnown::NotApplicable) => f
                .not_applicable
                .or(f.unknown)
                .unwrap_or_else(|| self.first_step_for(stage)),
            Wording::Fact(_, FactKnown::Otherwise) | Wording::Usual => self.first_step_for(stage),
        }
    }

    /// The action's (title, why) for `stage`, given what `known` says of its fact: they
    /// follow the first step, so a title never asks for what its step says is in place.
    pub fn words_given(
        &self,
        stage: Option<Stage>,
        known: impl Fn(&str) -> FactKnown,
    ) -> (&'static str, &'static str) {
        // The same choice as the step's: a Not applicable without a step of its own
        // takes the find-out step, and so its words.
        let words = match self.wording(stage, known) {
            Wording::Ending(_) => self.ending.as_ref(),
            Wording::Fact(f, FactKnown::InPlace) => f.in_place_words.as_ref(),
            Wording::Fact(f, FactKnown::NotApplicable) if f.not_applicable.is_some() => {
                f.not_applicable_words.as_ref()
            }
            Wording::Fact(f, FactKnown::NotApplicable | FactKnown::Unknown)
                if f.unknown.is_some() =>
            {
                f.unknown_words.as_ref()
            }
            _ => None,
        };
        words.map_or((self.title, self.why), |w| (w.title, w.why))
    }

    /// Which wording applies. A partnership winding down takes its stage step whatever
    /// the fact says: "ask when the next business plan is due" does not fit work that is
    /// ending.
    fn wording(&self, stage: Option<Stage>, known: impl Fn(&str) -> FactKnown) -> Wording<'_> {
        let ending = self
            .stage_steps
            .iter()
            .find(|(s, _)| stage == Some(Stage::WindingDown) && *s == Stage::WindingDown);
        match (&self.when_in_place, ending) {
            (_, Some((_, step))) => Wording::Ending(step),
            (Some(f), None) => Wording::Fact(f, known(f.fact)),
            (None, None) => Wording::Usual,
        }
    }
}

/// The whole bank.
#[derive(Debug, PartialEq)]
pub struct Bank {
    pub version: u32,
    pub contexts: &'static [Context],
    pub warning_signs: &'static [WarningSign],
    pub actions: &'static [Action],
}

impl Bank {
    /// Every dimension in the order a person answers them, with its context.
    pub fn dimensions(&self) -> impl Iterator<Item = (&'static Context, &'static Dimension)> + '_ {
        self.contexts
            .iter()
            .flat_map(|c| c.dimensions.iter().map(move |d| (c, d)))
    }

    /// Every statement in answering order, with its context and dimension.
    pub fn statements(
        &self,
    ) -> impl Iterator<Item = (&'static Context, &'static Dimension, &'static Statement)> + '_ {
        self.dimensions()
            .flat_map(|(c, d)| d.statements.iter().map(move |s| (c, d, s)))
    }

    pub fn statement_count(&self) -> usize {
        self.statements().count()
    }

    pub fn context(&self, id: ContextId) -> Option<&'static Context> {
        self.contexts.iter().find(|c| c.id == id)
    }

    pub fn dimension(&self, id: &str) -> Option<(&'static Context, &'static Dimension)> {
        self.dimensions().find(|(_, d)| d.id == id)
    }

    pub fn statement(
        &self,
        id: &str,
    ) -> Option<(&'static Context, &'static Dimension, &'static Statement)> {
        self.statements().find(|(_, _, s)| s.id == id)
    }

    pub fn action(&self, id: &str) -> Option<&'static Action> {
        self.actions.iter().find(|a| a.id == id)
    }

    pub fn warning_sign(&self, id: &str) -> Option<&'static WarningSign> {
        self.warning_signs.iter().find(|w| w.id == id)
    }
}

/// The bank the app ships with (or, in benchmark builds only, a generated large one).
pub fn bank() -> &'static Bank {
    #[cfg(feature = "synthetic-bank")]
    {
        super::synthetic::bank()
    }
    #[cfg(not(feature = "synthetic-bank"))]
    {
        &BANK
    }
}

/// The hand-written bank, whatever the build.
#[cfg_attr(not(feature = "synthetic-bank"), allow(dead_code))]
pub(crate) fn real_bank() -> &'static Bank {
    &BANK
}

static BANK: Bank = Bank {
    version: BANK_VERSION,
    contexts: &[
        Context {
            id: ContextId::Between,
            title: "Between the partner organisations",
            short: "Between partners",
            intro: "How firmly the other partner organisations stand behind the shared work.",
            answer_hint: Some(AnswerHint {
                title: "Which partners?",
                text: "Unless a statement says “ours” or is about all of you together, think of the other partners, not your own organisation: “each partner” means each of the others. Where they differ, answer for the partner where this is weakest. Where you cannot judge one of them, answer for those you can and name the one you left out in a note; for a Yes or No, choose Don't know unless those you can judge already make it No.",
            }),
            dimensions: BETWEEN,
        },
        Context {
            id: ContextId::Within,
            title: "Within my own organisation",
            short: "Within my organisation",
            intro: "How far support for the partnership reaches inside your own organisation, beyond you.",
            answer_hint: Some(AnswerHint {
                title: "A large organisation?",
                text: "Answer for the part of it that takes part in this work, such as your directorate or service, and give that part's name as your organisation in the profile. Leaders above that part, such as your chief executive, count among its senior leaders.",
            }),
            dimensions: WITHIN,
        },
    ],
    warning_signs: WARNING_SIGNS,
    actions: ACTIONS,
};

/// The fact the written-agreement statements presuppose.
pub const AGREEMENT_FACT: &str = "written-commitments-signed";

const BETWEEN: &[Dimension] = &[
    Dimension {
        id: "shared-value",
        title: "Shared value",
        purpose: "A partner commits to work that serves its own goals. Where the gain is vague, commitment stays thin.",
        statements: &[
            Statement::scale("shared-value-1", "Each partner has said how this partnership serves its own main goals.").always_applies(),
            Statement::scale("shared-value-2", "I know what each partner wants to gain from this work.").self_report().always_applies(),
            Statement::scale("shared-value-6", "I know what the other partners' representatives gain from this work in their own jobs.").self_report().always_applies(),
            Statement::scale("shared-value-7", "Each partner has said that what it gets from this work is worth what it puts in.").always_applies(),
        ],
        actions: &["map-value", "zip-up"],
        questions: &[
            "What does each of us need this partnership to deliver for our own organisation?",
            "Does taking part cost any of us more than it gives back?",
        ],
        in_the_room: &[Role::Executives, Role::SeniorManagers],
    },
    Dimension {
        id: "shared-decisions",
        title: "A say for every partner",
        purpose: "Partners back what they helped to shape. A partner left out of decisions has little reason to see them through.",
        statements: &[
            Statement::scale("shared-decisions-1", "Each of our partners helped shape the aims we share."),
            Statement::scale("shared-decisions-2", "Each of our partners has a say in the decisions we make together."),
            Statement::scale("shared-decisions-4", "At our meetings, the other partners' representatives settle routine decisions without checking back first."),
        ],
        actions: &["share-decisions", "check-partner-mandates"],
        questions: &[
            "Has every one of us had a real say in the decisions so far?",
            "How do we want to make decisions together from now on?",
        ],
        in_the_room: &[Role::Executives, Role::SeniorManagers],
    },
    Dimension {
        id: "core-business",
        title: "Part of core business",
        purpose: "Work on the side of a partner's business is the first to go when time or money runs short.",
        statements: &[
            Statement::scale("core-business-5", "Each partner has shown where this work sits in its own plans."),
            Statement::scale("core-business-2", "Each partner has set aside staff time for this work."),
            Statement::scale("core-business-6", "Each partner has said what resources it is putting into this work."),
        ],
        actions: &["partners-core-business", "write-it-down"],
        questions: &[
            "Where does this work sit in each partner's own plans and budgets?",
            "What would make it part of everyday work for each of us?",
        ],
        in_the_room: &[Role::SeniorManagers, Role::Executives],
    },
    Dimension {
        id: "accountability",
        title: "Accountability",
        purpose: "Saying the right things is easy. Buy-in shows in who turns up and who delivers.",
        statements: &[
            Statement::scale("accountability-1", "Our partners send someone to nearly every meeting."),
            Statement::scale("accountability-2", "Our partners deliver what they promise."),
            Statement::scale("accountability-4", "When a promise is missed, partners raise it openly with each other."),
        ],
        actions: &["review-commitments", "write-it-down"],
        questions: &[
            "Have any promises slipped, and if so, what got in the way?",
            "How do we want to check on promises from now on?",
        ],
        in_the_room: &[Role::SeniorManagers, Role::OperationalStaff],
    },
    Dimension {
        id: "watching-change",
        title: "Watching for change",
        purpose: "A new plan, leader or budget cut in one partner can quietly drain its commitment.",
        statements: &[
            Statement::scale("watching-change-1", "At our meetings, partners tell each other about changes in their own organisations."),
            // Not applicable: no partner's plans have changed yet.
            Statement::scale("watching-change-4", "Partners warn each other before a change in their own plans affects this work."),
            Statement::scale("watching-change-3", "When a key person leaves a partner, the rest of us find out quickly."),
        ],
        actions: &["scan-for-change", "zip-up"],
        questions: &[
            "What has changed in each of our organisations since we started?",
            "How will each of us hear about the next change early?",
        ],
        in_the_room: &[Role::SeniorManagers],
    },
    Dimension {
        id: "written-commitments",
        title: "Written commitments",
        purpose: "Roles and promises on paper outlast the people who made them.",
        statements: &[
            // Signed or not: there is no third case, and "Not applicable" made the missing
            // agreement vanish from the scores and the verdict.
            Statement::fact(AGREEMENT_FACT, "The partners have signed a written agreement, such as a memorandum of understanding.")
                .key("Find out whether a signed agreement exists")
                .always_applies()
                .same_for_every_partner(),
            Statement::scale("written-commitments-2", "Our written agreement sets out what each partner will give.").requires(AGREEMENT_FACT),
            Statement::scale("written-commitments-3", "Our written agreement names who is responsible for each task.").requires(AGREEMENT_FACT),
            Statement::scale("written-commitments-4", "The partners update the written agreement when things change.").requires(AGREEMENT_FACT),
        ],
        actions: &["write-it-down"],
        questions: &[
            "What have we agreed that is not written down anywhere?",
            "What should a short written agreement between us cover?",
        ],
        in_the_room: &[Role::Executives, Role::SeniorManagers],
    },
    Dimension {
        id: "zip-up",
        title: "Connected at every level",
        purpose: "When only the people at the table know each other, the partnership rests on a handful of people.",
        statements: &[
            // Version 4: what one person can have seen, not whether others "know each other".
            Statement::scale("zip-up-4", "Senior leaders of every partner, ours included, are in touch with each other about this work.").always_applies(),
            Statement::scale("zip-up-5", "Our staff who do the work deal directly with their counterparts in each of the other partners."),
            // A fact: how many people are in touch is a count, not a matter of degree.
            Statement::fact("zip-up-contacts", "In each of the other partners, someone besides its representative works with us on this work.").always_applies(),
        ],
        // Its own remedy alone: "Check for change at every meeting" beside a weak web of
        // contacts read as a new task next to a "Watching for change" of 5.0.
        actions: &["zip-up"],
        questions: &[
            "Who beyond the people in this room needs to know each other?",
            "When could our senior leaders meet?",
        ],
        in_the_room: &[Role::Executives, Role::SeniorManagers, Role::OperationalStaff],
    },
];

const WITHIN: &[Dimension] = &[
    Dimension {
        id: "mandate",
        title: "My mandate",
        purpose: "Without a clear mandate you slow decisions down, or promise what your organisation will not back.",
        statements: &[
            // Key statements offer no Not applicable: it would let a person unsure of their
            // mandate step round the finding and the score alike.
            Statement::scale("mandate-1", "I can make offers to partners on behalf of my organisation.")
                .key("Find out whether you have a mandate")
                .always_applies(),
            // Routine decisions: checking back on a large commitment is good governance,
            // not weak buy-in, so "any decision" read backwards for some. Not knowing what
            // one may agree to is a finding, as for the other two key statements.
            Statement::scale("mandate-5", "I can agree to routine decisions at partners' meetings without checking back first.")
                .key("Find out what you can agree to alone")
                .always_applies(),
            Statement::scale("mandate-3", "I know how new ideas get approved in my organisation.").self_report().always_applies(),
            Statement::scale("mandate-4", "My organisation has named who has the final say on this work.")
                .key("Find out who has the final say")
                .always_applies(),
        ],
        actions: &["check-mandate"],
        questions: &[
            "What can each of us agree to here without going back first?",
            "Whose approval do we need for the next step, and when can we get it?",
        ],
        in_the_room: &[Role::SeniorManagers],
    },
    Dimension {
        id: "support-beyond-me",
        title: "Support beyond me",
        purpose: "If the work lives only with the person at the table, it stalls, and what it built is lost, when that person leaves.",
        statements: &[
            Statement::scale("support-beyond-me-1", "Colleagues besides me take responsibility for parts of this work."),
            Statement::scale("support-beyond-me-2", "My line manager backs my work with the partners.").self_report(),
            // A fact: "at least one" left the middle of an agreement scale without a meaning.
            // No Not applicable: an organisation with no other senior leader is the very
            // weakness this asks about.
            Statement::fact("support-beyond-me-senior", "In the past year, a senior leader in my organisation, other than me, has spoken up for this work.").always_applies().about_the_past_year(),
        ],
        actions: &["build-internal-team", "present-internally"],
        questions: &[
            "Who else in each organisation backs this work?",
            "What would help more colleagues take part?",
        ],
        in_the_room: &[Role::SeniorManagers, Role::OperationalStaff],
    },
    Dimension {
        id: "visibility",
        title: "Visible inside my organisation",
        purpose: "People support what they know about. Work that is seen draws senior attention and a higher priority.",
        statements: &[
            Statement::scale("visibility-5", "Colleagues outside my own team ask me about this partnership.").self_report(),
            Statement::fact("visibility-staff-meeting", "I have presented this work inside my organisation in the past year.").self_report().always_applies().about_the_past_year(),
            Statement::scale("visibility-3", "Senior leaders ask me how the work is going.").self_report(),
        ],
        actions: &["present-internally"],
        questions: &[
            "Who in each organisation knows this work exists?",
            "Where could each of us present it in the next few months?",
        ],
        in_the_room: &[Role::SeniorManagers],
    },
    Dimension {
        id: "continuity",
        title: "Continuity",
        purpose: "Partnerships often stall when one person moves on, unless someone is ready to take over.",
        statements: &[
            Statement::scale("continuity-1", "If I left, a colleague could take over my part in this partnership within a month."),
            Statement::fact("continuity-plan", "I have agreed with my organisation who would take over my part in this partnership if I left.").self_report().always_applies(),
            Statement::scale("continuity-3", "What I know about this work is written down where others can find it.").self_report().always_applies(),
            // Version 4: all that the organisation puts in (time, people, money), where
            // version 3 asked about money, which not every partner gives. Every organisation
            // puts in at least the representative's time, so it always applies.
            Statement::scale("continuity-5", "If I left, my organisation would still give this work the resources it gives now.").always_applies(),
        ],
        actions: &["plan-succession", "record-knowledge"],
        questions: &[
            "What would happen to this work if one of us left tomorrow?",
            "Who could step in for each of us?",
        ],
        in_the_room: &[Role::SeniorManagers, Role::OperationalStaff],
    },
    Dimension {
        id: "valued-core",
        title: "Valued as core business",
        purpose: "What appears in plans, budgets and targets gets time and money. What is missing gets squeezed.",
        statements: &[
            Statement::fact("valued-core-plan", "This work is written into my organisation's business plan."),
            Statement::fact("valued-core-budget", "My organisation has set aside money for its part in this work."),
            Statement::scale("valued-core-3", "My work with the partners is part of my formal objectives.").self_report(),
            Statement::scale("valued-core-4", "My organisation tracks what it gains from this work."),
        ],
        actions: &["make-core-business", "fund-your-part"],
        questions: &[
            "Does this work appear in each organisation's plans and budgets?",
            "What would it take to get it there?",
        ],
        in_the_room: &[Role::Executives, Role::SeniorManagers],
    },
    Dimension {
        id: "capacity",
        title: "Capacity to deliver",
        purpose: "Doing the work takes far more people than agreeing it did. Promises fail when too few are involved.",
        statements: &[
            Statement::scale("capacity-1", "My organisation has enough staff involved to deliver its promises to partners."),
            Statement::scale("capacity-2", "The colleagues who will do the work know what my organisation has promised."),
            Statement::scale("capacity-3", "Managers in my organisation free up staff time for this work when it is needed."),
        ],
        actions: &["plan-capacity", "build-internal-team"],
        questions: &[
            "Do we have enough people to deliver what we promised?",
            "Where are we short, and who could help?",
        ],
        in_the_room: &[Role::SeniorManagers, Role::OperationalStaff],
    },
];

const WARNING_SIGNS: &[WarningSign] = &[
    WarningSign {
        id: "fence-sitting",
        text: "Another partner puts off decisions the others are ready to make.",
        meaning: "A partner on the fence often cannot yet see enough gain for itself, or the person it sends cannot commit it.",
        dimension: "shared-value",
        actions: &["map-value", "check-partner-mandates"],
    },
    WarningSign {
        id: "says-not-delivers",
        text: "Another partner agrees to tasks, then does not do them.",
        meaning: "Saying yes at the table and then not delivering often points to weak support back in that partner's own house.",
        dimension: "accountability",
        actions: &["review-commitments", "write-it-down"],
    },
    WarningSign {
        id: "hangs-on-one-person",
        text: "In another partner, the work rests on one person.",
        meaning: "Work that rests on one person is people partnering, not whole organisations. It is at risk the day that person moves on.",
        dimension: "zip-up",
        actions: &["zip-up", "record-knowledge"],
    },
    WarningSign {
        id: "stalled-after-departure",
        text: "Work stalled after someone in another partner moved on.",
        meaning: "A stall after someone leaves shows that what they knew, and the support they had, did not reach beyond them.",
        dimension: "zip-up",
        actions: &["record-knowledge", "scan-for-change", "zip-up"],
    },
    WarningSign {
        id: "changing-faces",
        text: "Another partner keeps changing who it sends to meetings.",
        meaning: "When the face at the table keeps changing, the work may be nobody's job in that partner.",
        dimension: "core-business",
        actions: &["check-partner-mandates", "partners-core-business"],
    },
];

const ACTIONS: &[Action] = &[
    Action {
        id: "check-mandate",
        title: "Check your own mandate",
        why: "Find out what you can offer or agree to without going back. Where you cannot, learn how ideas get approved, and by whom.",
        first_step: "Ask your manager what you may agree to alone, and who has the final say on this work.",
        stage_steps: &[(Stage::WindingDown, "Ask your manager what you may agree to alone about closing the work: records, money and tasks left.")],
        ending: Some(ActionWords {
            title: "Check your own mandate for the close",
            why: "The last decisions, about records, money and loose ends, come fast. Knowing which you may settle alone keeps them from waiting on you.",
        }),
        when_in_place: None,
    },
    Action {
        id: "check-partner-mandates",
        title: "Check what each representative can agree to",
        why: "When the person a partner sends cannot commit to anything, every decision waits. Knowing this early saves time and effort.",
        first_step: "At the next meeting, invite each partner, starting with yourself, to say what they can agree to without checking back.",
        stage_steps: &[(Stage::WindingDown, "Ask each partner's representative what they can agree to about closing the work, so the last decisions do not wait.")],
        ending: Some(ActionWords {
            title: "Ask what each representative may settle",
            why: "If the people at the table cannot settle the last decisions, the close drags on and loose ends stay open.",
        }),
        when_in_place: None,
    },
    Action {
        id: "write-it-down",
        title: "Put the commitments in writing",
        why: "A short written agreement, such as a memorandum of understanding, turns goodwill into roles and promises that all can see and check.",
        first_step: "Draft one page with each partner's role and promises, send it round for comment, then ask each partner to sign it.",
        stage_steps: &[
            (Stage::Forming, "Write one page on what each partner hopes to give and gain, and share it before the next meeting."),
            (Stage::Renewing, "Use the review to turn what you have learned into a signed agreement for the next phase."),
            (Stage::WindingDown, "Write down who keeps which records, funds and tasks once the shared work ends."),
        ],
        ending: Some(ActionWords {
            title: "Agree who keeps what after the end",
            why: "Once the shared work ends, no meeting is left to settle who holds the records, the money and the tasks still open. Written down, it is settled before people move on.",
        }),
        when_in_place: Some(FactSteps {
            fact: AGREEMENT_FACT,
            in_place: "Check the signed agreement against who now does what and what each partner gives, and propose changes where it falls short.",
            unknown: Some("Ask the partners whether a signed agreement already exists and who holds it, and share it round. If none does, agree together what to put in writing."),
            not_applicable: None,
            in_place_words: Some(ActionWords {
                title: "Review the signed agreement",
                why: "A signed agreement helps only while it says what each partner gives and who does what. Where it does not, partners count on promises no one wrote down.",
            }),
            not_applicable_words: None,
            unknown_words: Some(ActionWords {
                title: "Find out whether there is a signed agreement",
                why: "Partners cannot hold each other to promises no one can find. Whether an agreement exists, and who holds it, comes first.",
            }),
        }),
    },
    Action {
        id: "present-internally",
        title: "Present the work inside your organisation",
        why: "A slot at a staff meeting or lunch talk gives the work credit, draws interest from senior people and lifts its priority.",
        first_step: "Ask your manager for ten minutes at the next staff meeting.",
        stage_steps: &[(Stage::WindingDown, "Share what the partnership achieved at a staff meeting and with your senior team, so the lessons stay.")],
        ending: Some(ActionWords {
            title: "Pass on the lessons inside your organisation",
            why: "Results shown to colleagues and senior people outlast the partnership, and make the next one easier to start.",
        }),
        when_in_place: Some(FactSteps {
            fact: "visibility-staff-meeting",
            in_place: "Give a short update at your next staff meeting on what has changed since you last presented.",
            unknown: None,
            not_applicable: None,
            in_place_words: None,
            not_applicable_words: None,
            unknown_words: None,
        }),
    },
    Action {
        id: "plan-succession",
        title: "Plan who takes over",
        why: "Decide how what you know, your contacts, support and funding carry on when people change jobs.",
        first_step: "Name a deputy for your part in the partnership, and brief them this month.",
        stage_steps: &[(Stage::WindingDown, "Name who will answer questions about this work once it ends.")],
        ending: Some(ActionWords {
            title: "Leave a contact for after the end",
            why: "Questions about finished work keep coming: about money, records and promises to the people it served. Someone has to be there to answer them.",
        }),
        when_in_place: Some(FactSteps {
            fact: "continuity-plan",
            in_place: "Brief the person who would take over your role on where things stand this month.",
            unknown: Some("Ask your manager whether anyone is lined up to take over your part in the partnership, and if not, propose a deputy."),
            not_applicable: None,
            in_place_words: Some(ActionWords {
                title: "Prepare whoever takes over",
                why: "A successor named is a start. They also need what you know, your contacts and the history, or the work stalls when you move on.",
            }),
            not_applicable_words: None,
            unknown_words: Some(ActionWords {
                title: "Find out who would take over",
                why: "If no one knows who would take over your part, the work stalls when you move on.",
            }),
        }),
    },
    Action {
        id: "make-core-business",
        title: "Build the work into your own plans",
        why: "Work that shows up in plans, budgets and targets gets time and money. Keep checking how much your organisation values it.",
        first_step: "Find out when your next business plan is written, and who writes it.",
        stage_steps: &[(Stage::WindingDown, "Decide with your manager what your organisation keeps from this work, and whose plans it goes into.")],
        ending: Some(ActionWords {
            title: "Decide what your organisation carries on",
            why: "Whatever your organisation keeps from the work needs a place in someone's plans, with time and money, or it fades once the partnership ends.",
        }),
        when_in_place: Some(FactSteps {
            fact: "valued-core-plan",
            in_place: "Check that the plan gives this work the staff time it needs, and raise any gap.",
            unknown: Some("Ask whoever writes your organisation's business plan whether this work is in it, and when the next one is due."),
            not_applicable: Some("Ask your manager where your organisation writes down what staff will spend time on, and ask for this work to be in it."),
            in_place_words: Some(ActionWords {
                title: "Keep the work in your own plans",
                why: "Being in the business plan is a start. The plan must also give the work staff time, and be checked each time it is rewritten.",
            }),
            not_applicable_words: None,
            unknown_words: Some(ActionWords {
                title: "Find out whether the work is in your plans",
                why: "Work left out of the business plan is the first to lose time and money. Knowing where it stands tells you what to ask for.",
            }),
        }),
    },
    Action {
        id: "fund-your-part",
        title: "Set money aside for your part",
        why: "Work with no money of its own runs on goodwill and spare time. A set sum, however small, shows it is meant to last.",
        first_step: "Work out what your part costs for a year, and ask whoever holds your team's money where it can come from.",
        stage_steps: &[(Stage::WindingDown, "Work out what your part still costs until the work ends, closing tasks included, and confirm who pays.")],
        ending: Some(ActionWords {
            title: "Cover the cost of finishing your part",
            why: "Closing tasks cost time and money too. A part that runs out of money before the end leaves partners with promises unkept.",
        }),
        when_in_place: Some(FactSteps {
            fact: "valued-core-budget",
            in_place: "Check that the money set aside covers what you have promised partners, and raise any gap.",
            unknown: Some("Ask your finance lead whether money is set aside for this work, and how much."),
            not_applicable: Some("Agree with your manager how much staff time your part needs, and get it written down."),
            in_place_words: Some(ActionWords {
                title: "Check the money covers your part",
                why: "Money set aside shows the work is meant to last, but only if it covers what you have promised the partners.",
            }),
            not_applicable_words: Some(ActionWords {
                title: "Agree the staff time your part needs",
                why: "Work that needs no money still needs people's time. Time agreed and written down is harder to squeeze than goodwill.",
            }),
            unknown_words: Some(ActionWords {
                title: "Find out what money is set aside",
                why: "Whether your part has money of its own says how long your organisation means the work to last.",
            }),
        }),
    },
    Action {
        id: "partners-core-business",
        title: "Help partners build the work into their plans",
        why: "Partners keep up work that sits in their own plans and budgets. Work on the side is the first to go.",
        first_step: "Ask each partner when its next plan is drawn up, and offer a short summary it can use.",
        stage_steps: &[(Stage::WindingDown, "Ask each partner what, if anything, it will carry on from this work, and in which of its plans.")],
        ending: Some(ActionWords {
            title: "Ask what each partner will carry on",
            why: "When the shared work ends, whatever each partner keeps from it lasts only in that partner's own plans and budgets.",
        }),
        when_in_place: None,
    },
    Action {
        id: "zip-up",
        title: "Connect the partners at every level",
        why: "Link people across the partners at each level: chief executives, senior managers and front-line staff. Then support does not rest on a few people.",
        first_step: "Propose one meeting between the partners' senior leaders this quarter.",
        stage_steps: &[
            (Stage::Forming, "Invite one senior leader from each partner to the first joint meeting."),
            (Stage::WindingDown, "Introduce the people who will handle any follow-up work to each other."),
        ],
        ending: Some(ActionWords {
            title: "Link the partners' follow-up contacts",
            why: "After the end, questions go to whoever people know. Follow-up that rests on one contact in each partner stops when that person moves on.",
        }),
        when_in_place: None,
    },
    Action {
        id: "map-value",
        title: "Map what each partner gains",
        why: "Partners commit to work that serves their goals and helps their people meet their targets. Make each partner's reasons plain to all.",
        first_step: "Ask each partner to name two goals this work should help them reach.",
        stage_steps: &[
            (Stage::Renewing, "Ask each partner what it gained so far, and what would make the next phase worth it."),
            (Stage::WindingDown, "Ask each partner what it gained, and what it wants to keep once the work ends."),
        ],
        ending: Some(ActionWords {
            title: "Take stock of what each partner gained",
            why: "What each partner got out of the work shows what is worth keeping, and what to say when the next partnership is proposed.",
        }),
        when_in_place: None,
    },
    Action {
        id: "share-decisions",
        title: "Give every partner a say",
        why: "Partners back what they helped to shape. Agree how you decide things together, and check that no partner is left out.",
        first_step: "At the next meeting, agree how you make decisions together, and write it in the notes.",
        stage_steps: &[(Stage::WindingDown, "Agree together how you will make the last decisions, and who will sign off the end of the work.")],
        ending: Some(ActionWords {
            title: "Agree how the last decisions are made",
            why: "The decisions at the close, about money, records and what carries on, need every partner's say as much as the first ones did.",
        }),
        when_in_place: None,
    },
    Action {
        id: "review-commitments",
        title: "Review promises at every meeting",
        why: "Partners hold each other to account when checking on promises is a normal part of each meeting.",
        first_step: "Add a fixed item to the agenda: what did each of us promise, and where does it stand?",
        stage_steps: &[(Stage::WindingDown, "List what each partner still owes before the end, and agree a date for each.")],
        ending: Some(ActionWords {
            title: "Settle what each partner still owes",
            why: "Promises still open at the end are the easiest to drop. A list with a date for each lets partners close them together.",
        }),
        when_in_place: None,
    },
    Action {
        id: "scan-for-change",
        title: "Check for change at every meeting",
        why: "A shift in a partner's plans, priorities or people, caught early, can be talked through before support fades.",
        first_step: "Start each meeting with a quick round in which each partner says what has changed in its own organisation.",
        stage_steps: &[(Stage::WindingDown, "Ask at each remaining meeting whether any change could stop a partner finishing its part.")],
        ending: Some(ActionWords {
            title: "Watch for change until the end",
            why: "A new leader or a cut budget in the last months can leave a partner's part unfinished. Caught in time, the gap can be covered.",
        }),
        when_in_place: None,
    },
    Action {
        id: "build-internal-team",
        title: "Build a team behind you",
        why: "When others in your organisation share the work, your own commitment becomes your organisation's.",
        first_step: "Ask two colleagues who will deliver the work to join your next meeting about it.",
        stage_steps: &[(Stage::WindingDown, "Ask the colleagues who will pick up any follow-up work to join the last meetings.")],
        ending: Some(ActionWords {
            title: "Bring in the colleagues who will handle follow-up",
            why: "Whoever handles what comes after needs to hear the last decisions at first hand, not only from the notes.",
        }),
        when_in_place: None,
    },
    Action {
        id: "plan-capacity",
        title: "Plan the people you need to deliver",
        why: "Early talks need few people. Delivery needs many more. Match each promise with the people and time it takes.",
        first_step: "List each promise with the people it needs, and check they are free.",
        stage_steps: &[(Stage::Forming, "Before you promise anything, list who in your organisation would do the work."), (Stage::WindingDown, "List the tasks left before the end with the people they need, and check they are free.")],
        ending: Some(ActionWords {
            title: "Plan the people to finish the work",
            why: "Closing takes people too: final reports, handing over, tidying up. Match each task left with someone who has the time.",
        }),
        when_in_place: None,
    },
    Action {
        id: "record-knowledge",
        title: "Keep a shared partnership file",
        why: "Agreements, contacts and decisions kept where colleagues can find them outlast a change of people.",
        first_step: "Put the partnership's papers, contact list and decisions in a folder your colleagues can open.",
        stage_steps: &[(Stage::WindingDown, "Put the final papers, results and contacts in a shared folder that colleagues can still open after the work ends.")],
        ending: Some(ActionWords {
            title: "Keep the partnership file for after the end",
            why: "Papers, results and contacts kept where colleagues can find them answer questions long after the people involved have moved on.",
        }),
        when_in_place: None,
    },
];
