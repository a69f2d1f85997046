//! The question bank as plain static data.
//!
//! Ids are part of the export format: an exported assessment refers to statements by id,
//! so an id must never change meaning. Reword a statement freely while its meaning stays;
//! give it a new id (and raise [`BANK_VERSION`]) when the meaning changes.

/// Version of the bank's content. Raised when a statement is added, removed or re-meant,
/// so that comparisons can tell which statements two assessments share.
pub const BANK_VERSION: u32 = 1;

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
    pub dimensions: &'static [Dimension],
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
}

/// A claim the representative agrees or disagrees with. Agreeing always means stronger
/// buy-in, so no answer has to be reversed before scoring.
#[derive(Debug, PartialEq)]
pub struct Statement {
    /// Stable id, unique across the whole bank.
    pub id: &'static str,
    pub text: &'static str,
}

/// Something the representative may have seen happen; each one ticked becomes a finding.
#[derive(Debug, PartialEq)]
pub struct WarningSign {
    pub id: &'static str,
    pub text: &'static str,
    /// What the sign usually points to, for the finding's explanation.
    pub meaning: &'static str,
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
            intro: "How firmly the partner organisations, taken together, stand behind the shared work.",
            dimensions: BETWEEN,
        },
        Context {
            id: ContextId::Within,
            title: "Within my own organisation",
            short: "Within my organisation",
            intro: "How far support for the partnership reaches inside your own organisation, beyond you.",
            dimensions: WITHIN,
        },
    ],
    warning_signs: WARNING_SIGNS,
    actions: ACTIONS,
};

const BETWEEN: &[Dimension] = &[
    Dimension {
        id: "shared-value",
        title: "Shared value",
        purpose: "A partner commits to work that serves its own goals; where the value is vague, commitment stays thin.",
        statements: &[
            Statement { id: "shared-value-1", text: "Each partner has said how this partnership serves its own main goals." },
            Statement { id: "shared-value-2", text: "I know what each partner wants to gain from this work." },
            Statement { id: "shared-value-3", text: "This work helps staff in each partner reach their own targets." },
            Statement { id: "shared-value-4", text: "I know what drives the other people at the table." },
        ],
        actions: &["map-value", "zip-up"],
    },
    Dimension {
        id: "core-business",
        title: "Part of core business",
        purpose: "Work that sits on the side of a partner's business is the first to go when time or money gets short.",
        statements: &[
            Statement { id: "core-business-1", text: "Our partners treat this work as part of their core job." },
            Statement { id: "core-business-2", text: "Our partners have set aside staff time for this work." },
            Statement { id: "core-business-3", text: "Our partners have put their own money into this work." },
        ],
        actions: &["make-core-business", "write-it-down"],
    },
    Dimension {
        id: "accountability",
        title: "Accountability",
        purpose: "Saying the right things is easy; buy-in shows in who turns up and who delivers.",
        statements: &[
            Statement { id: "accountability-1", text: "Our partners send someone to nearly every meeting." },
            Statement { id: "accountability-2", text: "Our partners deliver what they promise." },
            Statement { id: "accountability-3", text: "Our partners keep to the dates they agreed." },
            Statement { id: "accountability-4", text: "We can raise a missed commitment with a partner openly." },
        ],
        actions: &["review-commitments", "write-it-down"],
    },
    Dimension {
        id: "watching-change",
        title: "Watching for change",
        purpose: "A new strategy, leader or budget cut in one partner can quietly drain its commitment.",
        statements: &[
            Statement { id: "watching-change-1", text: "We often talk about changes inside each partner." },
            Statement { id: "watching-change-2", text: "I would hear early if a partner's plans shifted." },
            Statement { id: "watching-change-3", text: "When a key person leaves a partner, the rest of us find out quickly." },
        ],
        actions: &["scan-for-change", "zip-up"],
    },
    Dimension {
        id: "written-commitments",
        title: "Written commitments",
        purpose: "Roles and promises on paper outlast the people who made them.",
        statements: &[
            Statement { id: "written-commitments-1", text: "We have a signed agreement, such as a memorandum of understanding." },
            Statement { id: "written-commitments-2", text: "Our written agreement sets out what each partner will give." },
            Statement { id: "written-commitments-3", text: "Our written agreement names who is responsible for each task." },
            Statement { id: "written-commitments-4", text: "We update our written agreement when things change." },
        ],
        actions: &["write-it-down"],
    },
    Dimension {
        id: "zip-up",
        title: "Connected at every level",
        purpose: "When only the representatives know each other, the partnership rests on a handful of people.",
        statements: &[
            Statement { id: "zip-up-1", text: "Our senior leaders know the leaders of each partner." },
            Statement { id: "zip-up-2", text: "Staff who do the work know their peers in each partner." },
            Statement { id: "zip-up-3", text: "Contact between partners goes well beyond the people at the table." },
        ],
        actions: &["zip-up", "present-internally"],
    },
];

const WITHIN: &[Dimension] = &[
    Dimension {
        id: "mandate",
        title: "My mandate",
        purpose: "A representative who cannot make offers or decisions slows everyone down, and may promise what cannot be delivered.",
        statements: &[
            Statement { id: "mandate-1", text: "I can make offers to partners on behalf of my organisation." },
            Statement { id: "mandate-2", text: "I can agree to a decision in a meeting without checking back first." },
            Statement { id: "mandate-3", text: "I know how new ideas get a green light in my organisation." },
            Statement { id: "mandate-4", text: "I know who has the final say on this work in my organisation." },
        ],
        actions: &["check-mandate"],
    },
    Dimension {
        id: "support-beyond-me",
        title: "Support beyond me",
        purpose: "If the partnership lives only with the person at the table, it ends when that person leaves.",
        statements: &[
            Statement { id: "support-beyond-me-1", text: "Other people in my organisation feel they own this work too." },
            Statement { id: "support-beyond-me-2", text: "My line manager backs my work with the partners." },
            Statement { id: "support-beyond-me-3", text: "At least one of our senior leaders speaks up for this work." },
            Statement { id: "support-beyond-me-4", text: "People outside my team help deliver what we promised partners." },
        ],
        actions: &["build-internal-team", "present-internally"],
    },
    Dimension {
        id: "visibility",
        title: "Visible inside my organisation",
        purpose: "People support what they know about; visible work draws senior interest and a higher priority.",
        statements: &[
            Statement { id: "visibility-1", text: "Most of my colleagues know this partnership exists." },
            Statement { id: "visibility-2", text: "I have talked about this work at a staff meeting this year." },
            Statement { id: "visibility-3", text: "Senior leaders ask me how the work is going." },
            Statement { id: "visibility-4", text: "Our own reports show the progress of this work." },
        ],
        actions: &["present-internally"],
    },
    Dimension {
        id: "continuity",
        title: "Continuity",
        purpose: "Partnerships often stall when one person moves on; continuity has to be planned before it is needed.",
        statements: &[
            Statement { id: "continuity-1", text: "Someone else could take over my role here next month." },
            Statement { id: "continuity-2", text: "We have a plan for who takes over my role." },
            Statement { id: "continuity-3", text: "What I know about this work is written down where others can find it." },
            Statement { id: "continuity-4", text: "Our funding for this work would go on if I left." },
        ],
        actions: &["plan-succession", "record-knowledge"],
    },
    Dimension {
        id: "valued-core",
        title: "Valued as core business",
        purpose: "What appears in plans, budgets and targets gets time and money; what is missing gets squeezed.",
        statements: &[
            Statement { id: "valued-core-1", text: "This work is part of our business plan." },
            Statement { id: "valued-core-2", text: "We have a budget line for our part in this work." },
            Statement { id: "valued-core-3", text: "My work with the partners counts toward my own goals." },
            Statement { id: "valued-core-4", text: "We track the results we get from this work." },
        ],
        actions: &["make-core-business"],
    },
    Dimension {
        id: "capacity",
        title: "Capacity to deliver",
        purpose: "Delivery takes many more people than the early talks did; commitments fail when too few are involved.",
        statements: &[
            Statement { id: "capacity-1", text: "Enough of our staff are involved to deliver what we promised." },
            Statement { id: "capacity-2", text: "The people who will do the work know what we have promised." },
            Statement { id: "capacity-3", text: "Managers free up staff time for this work when it is needed." },
        ],
        actions: &["plan-capacity", "build-internal-team"],
    },
];

const WARNING_SIGNS: &[WarningSign] = &[
    WarningSign {
        id: "fence-sitting",
        text: "A partner stays noncommittal when decisions are needed.",
        meaning: "Sitting on the fence usually means the partner cannot yet see enough value for itself, or its representative lacks a mandate.",
        actions: &["map-value", "check-mandate"],
    },
    WarningSign {
        id: "says-not-delivers",
        text: "A partner agrees to tasks but does not deliver them.",
        meaning: "Agreement at the table without delivery afterwards points to missing support back in that partner's organisation.",
        actions: &["review-commitments", "write-it-down"],
    },
    WarningSign {
        id: "hangs-on-one-person",
        text: "The partnership depends on one person in some organisation.",
        meaning: "Work that hangs on one person is individuals partnering, not organisations; it is at risk the day that person moves on.",
        actions: &["plan-succession", "zip-up"],
    },
    WarningSign {
        id: "stalled-after-departure",
        text: "Work stalled after someone left a partner organisation.",
        meaning: "A stall after a departure shows that knowledge and support had not reached beyond the person who left.",
        actions: &["plan-succession", "record-knowledge", "scan-for-change"],
    },
    WarningSign {
        id: "changing-faces",
        text: "A partner keeps sending a different person to meetings.",
        meaning: "A changing cast can mean the partnership is nobody's job in that organisation.",
        actions: &["check-mandate", "make-core-business"],
    },
];

const ACTIONS: &[Action] = &[
    Action {
        id: "check-mandate",
        title: "Check each representative's mandate",
        why: "Find out whether the people at the table, you included, can make offers and decisions. Where they cannot, learn which process gives ideas a green light and who runs it.",
        first_step: "At the next meeting, ask each representative what they can agree to without checking back.",
    },
    Action {
        id: "write-it-down",
        title: "Write the commitments down",
        why: "A memorandum of understanding or partnering agreement turns spoken goodwill into roles and promises everyone can see and revisit.",
        first_step: "Draft one page listing each partner's role and commitments, and send it round for comment.",
    },
    Action {
        id: "present-internally",
        title: "Present the partnership inside your organisation",
        why: "A slot at a staff meeting or lunchtime talk credits the work, draws senior interest and lifts the partnership's priority.",
        first_step: "Ask your manager for ten minutes at the next staff meeting.",
    },
    Action {
        id: "plan-succession",
        title: "Make a succession plan",
        why: "Decide how understanding, contacts, support and funding carry on when people change roles.",
        first_step: "Name a deputy for your partnership role and brief them this month.",
    },
    Action {
        id: "make-core-business",
        title: "Build the partnership into core business",
        why: "Keep checking how much the partnership is valued by the organisation, and get it into plans, budgets and performance measures.",
        first_step: "Find out when the next business plan is drafted, and who drafts it.",
    },
    Action {
        id: "zip-up",
        title: "Zip up the partners at every level",
        why: "Connect chief executives, senior managers and operational staff across the partners, so support does not rest on the representatives alone.",
        first_step: "Propose one meeting between the partners' senior leaders this quarter.",
    },
    Action {
        id: "map-value",
        title: "Map what each partner gains",
        why: "Partners buy in to work that serves their goals and helps their people meet their targets. Make each partner's drivers explicit.",
        first_step: "Ask each partner to name two goals the partnership should help them reach.",
    },
    Action {
        id: "review-commitments",
        title: "Review commitments at every meeting",
        why: "Partners keep each other accountable when progress on promises is a normal, expected part of every meeting.",
        first_step: "Add a standing agenda item: what did each of us commit to, and where does it stand?",
    },
    Action {
        id: "scan-for-change",
        title: "Check for change regularly",
        why: "A shift in one partner's direction, priorities or people caught early can be talked through before commitment fades.",
        first_step: "Open each meeting with a short round: what has changed in your organisation?",
    },
    Action {
        id: "build-internal-team",
        title: "Build a team behind you",
        why: "Shared ownership inside your organisation turns your personal commitment into your organisation's.",
        first_step: "Invite two colleagues who will deliver the work to your next internal update.",
    },
    Action {
        id: "plan-capacity",
        title: "Plan the people needed to deliver",
        why: "Early talks need few people; delivery needs many. Match each commitment with the people and time it takes.",
        first_step: "List each commitment with the people it needs, and check they are available.",
    },
    Action {
        id: "record-knowledge",
        title: "Keep a shared partnership file",
        why: "Agreements, contacts and decisions kept where colleagues can find them survive a change of people.",
        first_step: "Put the agreement, contact list and decision log in a folder your colleagues can open.",
    },
];
