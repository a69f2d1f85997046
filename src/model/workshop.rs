//! What a facilitator takes from several partners' assessments: the differences worth a
//! conversation, ranked, and a guide for the partners' meeting.
//!
//! Two kinds of difference, because the two contexts describe different things:
//! - a *between-partners* dimension describes one shared partnership, so partners who score
//!   it far apart see the same thing differently: a **disagreement**;
//! - a *within-my-organisation* dimension describes each partner's own house, so a spread
//!   there is no disagreement: three organisations simply differ. What matters is the
//!   **weak link**, a partner whose own support is in the concern band.

use super::bank::{Bank, ContextId, Dimension, FactKnown, Role, Stage};
use super::compare::{DimensionRow, PartnerView, SignSeen, DIVERGENCE_SPREAD};
use super::order::sort_small_by;
use super::scoring::{format_score, mean_as_shown, round1, Band, DISCUSS_FROM, STRENGTH_FROM};

/// How many callouts are shown before the rest wait behind a disclosure.
pub const SHOWN_CALLOUTS: usize = 5;

/// The kind of difference a callout reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CalloutKind {
    /// Most partners score a dimension in the concern band: a problem they share.
    SharedConcern,
    /// Partners score a between-partners dimension far apart (or disagree on a fact).
    Disagreement,
    /// A partner's own organisation is in the concern band on within dimensions. For the
    /// facilitator to raise with that partner first, not for the group guide.
    WeakLink,
    /// Two files from one organisation answer a yes/no fact differently: for the
    /// facilitator to settle with that organisation, not a disagreement between partners.
    InsideOnePartner,
    /// Some partners say a key fact holds (a signed agreement) and others do not know: for
    /// the facilitator to share what the others know before the meeting.
    NotKnownToAll,
}

impl CalloutKind {
    /// The words shown above a callout.
    pub fn label(self) -> &'static str {
        match self {
            CalloutKind::SharedConcern => "Shared concern",
            CalloutKind::Disagreement => "Disagreement",
            // Said to the facilitator, about one partner: kind words, and whom it is for.
            CalloutKind::WeakLink => "Needs support at home (for the facilitator)",
            CalloutKind::InsideOnePartner => "To settle inside one partner (for the facilitator)",
            CalloutKind::NotKnownToAll => "To share before the meeting (for the facilitator)",
        }
    }

    /// Said to the facilitator about one partner: never in the group's guide.
    pub fn for_facilitator(self) -> bool {
        matches!(
            self,
            CalloutKind::WeakLink | CalloutKind::InsideOnePartner | CalloutKind::NotKnownToAll
        )
    }
}

/// One difference worth a conversation.
#[derive(Clone, Debug, PartialEq)]
pub struct Callout {
    pub kind: CalloutKind,
    /// The dimension the conversation is about (for a weak link, its weakest one).
    pub dimension: &'static Dimension,
    pub title: String,
    pub detail: String,
    /// How it was ranked, in words.
    pub ranked_by: String,
    /// The gap plus how far the lowest score sits below the strength band, scaled by the
    /// share of partners with a score. Higher first, after any fact answered differently
    /// (see [`callouts`]).
    pub weight: f64,
    /// The yes/no fact partners answered differently, when that is what the callout is
    /// about: the guide then helps settle it instead of offering the dimension's remedies.
    pub fact: Option<&'static str>,
    /// Every dimension of a card about one partner far below (or above) all others across
    /// the partnership ([`ONE_PARTNER_APART_FROM`] or more rows folded into one), weightiest
    /// first; empty for a card about one dimension.
    pub spans: Vec<&'static Dimension>,
}

/// From how many dimensions of the partnership one organisation alone far below (or
/// above) the others is one card, not a card per dimension: six near-identical "Partners see … differently"
/// cards each named the same partner at the bottom, and read as six disagreements.
pub const ONE_PARTNER_APART_FROM: usize = 3;

/// "A 5.0, B 4.0, C 1.0" for one row.
fn scores_line(view: &PartnerView, row: &DimensionRow) -> String {
    view.partners
        .iter()
        .zip(&row.scores)
        .map(|(p, s)| match s {
            Some(s) => format!("{} {}", p.label, format_score(*s)),
            None => format!("{} no score", p.label),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Names joined as "A", "A and B", "A, B and C".
pub(crate) fn and_list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn weight(gap: f64, lowest: f64, scored: usize, partners: usize) -> f64 {
    let below = (STRENGTH_FROM - round1(lowest)).max(0.0);
    (round1(gap) + below) * scored as f64 / partners.max(1) as f64
}

fn ranked_by(measure: String, lowest: f64, scored: &str) -> String {
    format!("{measure}, lowest score {}, {scored}", format_score(lowest))
}

/// Every callout of `view`, most important first: shared concerns and disagreements
/// (for the group), and one weak-link callout per partner (for the facilitator).
pub fn callouts(view: &PartnerView) -> Vec<Callout> {
    let partners = view.partners.len();
    let mut out = Vec::new();
    if partners < 2 {
        return out;
    }
    // Two files from one organisation are two views of one house, not two partners: a
    // card must not contrast a partner with its own colleague as if with another partner.
    let same_house = |i: usize, j: usize| {
        let (a, b) = (
            &view.partners[i].organisation,
            &view.partners[j].organisation,
        );
        i != j && !a.is_empty() && super::compare::same_name(a, b)
    };
    // Each file's organisation, as the first file from it: the cards count organisations.
    let house: Vec<usize> = (0..partners)
        .map(|i| (0..i).find(|&j| same_house(i, j)).unwrap_or(i))
        .collect();
    let houses = |files: &mut dyn Iterator<Item = usize>| -> usize {
        let mut seen: Vec<usize> = files.map(|i| house[i]).collect();
        seen.sort_unstable();
        seen.dedup();
        seen.len()
    };
    let all_houses = houses(&mut (0..partners));
    // "3 of 3 partners scored", counting organisations; "(4 files)" where one sent two.
    let scored_line = |files: &mut dyn Iterator<Item = usize>| -> String {
        let files: Vec<usize> = files.collect();
        let orgs = houses(&mut files.iter().copied());
        if orgs == files.len() && all_houses == partners {
            format!("{orgs} of {all_houses} partners scored")
        } else {
            format!(
                "{orgs} of {all_houses} partners scored ({} files)",
                files.len()
            )
        }
    };
    // Per partner: its within dimensions in the concern band, (row, score).
    let mut weak_by_partner: Vec<Vec<(&DimensionRow, f64)>> = vec![Vec::new(); partners];
    // Per partner: its within dimensions in the concern band that most partners share
    // (a shared concern), so its weak-link card can name every weak spot it has.
    let mut shared_by_partner: Vec<Vec<(&DimensionRow, f64)>> = vec![Vec::new(); partners];
    // Disagreement cards where one organisation alone is far below or above the others:
    // (index of the card, that organisation's first file, the row, which way).
    let mut apart: Vec<(usize, usize, &DimensionRow, Apart)> = Vec::new();
    for row in &view.rows {
        // The scores as shown in the table (one decimal): every figure a card gives, its
        // average or gap, is then what a facilitator gets from the table by hand.
        let present: Vec<(usize, f64)> = row
            .scores
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.map(|s| (i, round1(s))))
            .collect();
        let Some(&(_, lowest)) = present.iter().min_by(|a, b| a.1.total_cmp(&b.1)) else {
            continue;
        };
        let name = format!("“{}”", row.dimension.title);
        let low: Vec<(usize, f64)> = present
            .iter()
            .copied()
            .filter(|(_, s)| round1(*s) < DISCUSS_FROM)
            .collect();
        // Partners who answer a yes/no fact differently first need to settle the fact:
        // checked before a shared concern, since the No alone can pull a score into the
        // concern band and make the row look like a problem they share.
        if row.context == ContextId::Between {
            let names_where = |want: bool| -> Vec<&str> {
                row.facts_hold
                    .iter()
                    .enumerate()
                    .filter(|(_, f)| **f == Some(want))
                    .map(|(i, _)| view.partners[i].label.as_str())
                    .collect()
            };
            let (no, yes) = (names_where(false), names_where(true));
            // Every Yes and No from one organisation: its own people differ, not partners.
            let answering: Vec<usize> = (0..partners)
                .filter(|&i| row.facts_hold[i].is_some())
                .collect();
            // What each organisation's files say, worked out once: Yes, No, or both (its
            // own people differ). Partners disagree only where one organisation says Yes
            // and another No; a No from a colleague of a Yes is for the facilitator to
            // settle with that organisation.
            let mut teams: Vec<(usize, Vec<usize>)> = Vec::new();
            for &i in &answering {
                match teams.iter_mut().find(|(h, _)| *h == house[i]) {
                    Some((_, team)) => team.push(i),
                    None => teams.push((house[i], vec![i])),
                }
            }
            let says =
                |team: &[usize], want: bool| team.iter().any(|&j| row.facts_hold[j] == Some(want));
            let partners_disagree = teams.iter().any(|(_, t)| says(t, true) && !says(t, false))
                && teams.iter().any(|(_, t)| says(t, false) && !says(t, true));
            // Colleagues who answered it differently, said beside partners who did too.
            let split: Vec<String> = teams
                .iter()
                .filter(|(_, t)| says(t, true) && says(t, false))
                .map(|(_, t)| {
                    let names: Vec<&str> =
                        t.iter().map(|&j| view.partners[j].label.as_str()).collect();
                    and_list(&names)
                })
                .collect();
            // Who gave neither (Don't know, Not applicable, no answer) matters when settling it.
            let neither: Vec<&str> = row
                .facts_hold
                .iter()
                .enumerate()
                .filter(|(_, f)| f.is_none())
                .map(|(i, _)| view.partners[i].label.as_str())
                .collect();
            let neither = match neither.as_slice() {
                [] => String::new(),
                [one] => format!(" {one} answered neither Yes nor No."),
                _ => format!(" {} answered neither Yes nor No.", and_list(&neither)),
            };
            // Only a fact with one true answer for the whole partnership: "someone besides
            // its representative works with us" can be Yes for one partner and No for
            // another, both truly, and its card asked "which document" was meant.
            let shared_fact = row.shared_fact();
            if let (false, false, Some(fact)) = (no.is_empty(), yes.is_empty(), shared_fact) {
                // Partners disagree on a fact: settle the fact before any views.
                let fact = fact.text.trim_end_matches('.');
                let (kind, title) = if !partners_disagree {
                    (
                        CalloutKind::InsideOnePartner,
                        format!("Answers from one organisation differ on a fact in {name}"),
                    )
                } else {
                    (
                        CalloutKind::Disagreement,
                        format!("Partners disagree on a fact in {name}"),
                    )
                };
                let colleagues: String = split
                    .iter()
                    .map(|team| {
                        format!(
                            " {team} come from the same organisation: ask them what each knows \
                             before the meeting."
                        )
                    })
                    .collect();
                out.push(Callout {
                    kind,
                    dimension: row.dimension,
                    title,
                    detail: format!(
                        "{} answered No to “{fact}”; {} answered Yes.{neither}{colleagues} Check the facts together before discussing views: \
                         a No counts as 1 and a Yes as 5, so the scores ({}) cannot be compared until the fact is settled.",
                        and_list(&no),
                        and_list(&yes),
                        scores_line(view, row)
                    ),
                    // Its card says to check the fact before discussing views, so it comes
                    // first (see the sort below); the spread the No makes is not counted.
                    ranked_by: format!(
                        "ahead of the differences of view, since views on this dimension cannot be \
                         compared until the fact is settled (its spread of {} is not counted), lowest \
                         score {}, {}",
                        format_score(row.spread.unwrap_or_default()),
                        format_score(lowest),
                        scored_line(&mut present.iter().map(|(i, _)| *i))
                    ),
                    weight: weight(0.0, lowest, present.len(), partners),
                    fact: Some(fact),
                    spans: Vec::new(),
                });
                continue;
            }
            // A key fact some partners say holds while others answered neither Yes nor No
            // (a signed agreement three partners rely on and one has not seen): no
            // disagreement, so nothing stood out, yet the meeting should not start there.
            let key_fact = row
                .dimension
                .statements
                .iter()
                .find(|s| s.kind == super::bank::ItemKind::Fact && s.unknown_finding.is_some());
            let yes_houses: Vec<usize> = (0..partners)
                .filter(|&i| row.facts_hold[i] == Some(true))
                .map(|i| house[i])
                .collect();
            let unaware: Vec<&str> = (0..partners)
                .filter(|&i| row.facts_hold[i].is_none() && !yes_houses.contains(&house[i]))
                .map(|i| view.partners[i].label.as_str())
                .collect();
            if let (Some(fact), true, false, false) =
                (key_fact, no.is_empty(), yes.is_empty(), unaware.is_empty())
            {
                let have = if unaware.len() == 1 { "has" } else { "have" };
                out.push(Callout {
                    kind: CalloutKind::NotKnownToAll,
                    dimension: row.dimension,
                    title: format!("Not every partner knows a key fact in {name}"),
                    detail: format!(
                        "{} answered Yes to “{}”; {} answered neither Yes nor No. Before the \
                         meeting, make sure {} {have} seen what the others rely on (for a signed \
                         agreement, send a copy), so every partner works from the same facts.",
                        and_list(&yes),
                        fact.text.trim_end_matches('.'),
                        and_list(&unaware),
                        and_list(&unaware),
                    ),
                    ranked_by: ranked_by(
                        "a key fact not known to every partner".to_owned(),
                        lowest,
                        &scored_line(&mut present.iter().map(|(i, _)| *i)),
                    ),
                    weight: weight(0.0, lowest, present.len(), partners),
                    fact: None,
                    spans: Vec::new(),
                });
            }
        }
        // A problem most partners share is one conversation, whatever the context. Counted
        // by organisation: two files from one house low are still one partner's problem.
        let present_houses = houses(&mut present.iter().map(|(i, _)| *i));
        let low_houses = houses(&mut low.iter().map(|(i, _)| *i));
        if low_houses >= 2 && low_houses * 2 > present_houses {
            let shown: Vec<f64> = present.iter().map(|(_, s)| *s).collect();
            let mean = mean_as_shown(&shown).unwrap_or_default();
            let all = low_houses == present_houses;
            let place = match (row.context, all) {
                (ContextId::Between, _) => "between the partners",
                (ContextId::Within, true) => "inside each one's own organisation",
                // The count before it says which: "most" beside "2 of 4 partners" was not so.
                (ContextId::Within, false) => "inside their own organisations",
            };
            // Out of every partner: one without a score is named in the scores after it.
            // As the title says it ("a concern for all 3 partners"); the detail starts a
            // sentence with it.
            // Counted out of those with a score where some have none: it is "most" of them,
            // not of every partner ("2 of 4 partners" read as half).
            let for_whom = match (all, present_houses == all_houses, all_houses) {
                (true, true, 2) => "both partners".to_owned(),
                (true, true, n) => format!("all {n} partners"),
                // Every one with a score: the scores after it name who has none.
                (true, false, n) | (false, true, n) => format!("{low_houses} of {n} partners"),
                (false, false, _) => {
                    format!("{low_houses} of the {present_houses} partners with a score")
                }
            };
            let who = super::advice::upper_first(&for_whom);
            if row.context == ContextId::Within {
                for &(i, s) in &low {
                    shared_by_partner[i].push((row, s));
                }
            }
            out.push(Callout {
                kind: CalloutKind::SharedConcern,
                dimension: row.dimension,
                title: format!("{name} is a concern for {for_whom}"),
                detail: format!(
                    "{who} rate {name} in the concern band ({place}): {}. \
                     This is a problem you share, so it is one to solve together.",
                    scores_line(view, row)
                ),
                // The average is of every score, those outside the concern band too, so it
                // is said as such beside how many are in it.
                ranked_by: format!(
                    "{low_houses} partners in the concern band and the average of all the scores, {}; {}",
                    format_score(mean),
                    scored_line(&mut present.iter().map(|(i, _)| *i))
                ),
                weight: 2.0 * (STRENGTH_FROM - round1(mean)).max(0.0) * present.len() as f64
                    / partners.max(1) as f64,
                fact: None,
                spans: Vec::new(),
            });
            continue;
        }
        match row.context {
            ContextId::Between => {
                if !row.disagreement() {
                    continue;
                }
                let spread = row.spread.unwrap_or_default();
                // The widest gap inside one organisation: two of its people differ, which is
                // for them to hear first, not a view one partner holds of another.
                let lo = present.iter().min_by(|a, b| a.1.total_cmp(&b.1));
                let hi = present.iter().max_by(|a, b| a.1.total_cmp(&b.1));
                let colleagues = match (lo, hi) {
                    (Some(&(l, _)), Some(&(h, _))) if same_house(l, h) => format!(
                        " The lowest and the highest come from one organisation ({} and {}): \
                         ask them first what each has seen.",
                        view.partners[l].label, view.partners[h].label
                    ),
                    _ => String::new(),
                };
                // One organisation alone far below (or above) every other: its view, more
                // than a dimension, may be what differs (gathered into one card below).
                for (end, way) in [(lo, Apart::Below), (hi, Apart::Above)] {
                    if let Some(&(e, at)) = end {
                        let alone = present
                            .iter()
                            .filter(|(j, _)| house[*j] != house[e])
                            .all(|(_, s)| round1((s - at).abs()) >= DIVERGENCE_SPREAD);
                        if alone {
                            apart.push((out.len(), house[e], row, way));
                        }
                    }
                }
                out.push(Callout {
                    kind: CalloutKind::Disagreement,
                    dimension: row.dimension,
                    title: format!("Partners see {name} differently"),
                    detail: format!(
                        "This describes the one partnership you share, yet scores range over {} points: {}.{colleagues} {}",
                        format_score(spread),
                        scores_line(view, row),
                        if partners == 2 {
                            // Each answered for the partner where it is weakest: the other one.
                            "With two partners, each answered about the other: ask what each has \
                             seen, not who was meant."
                        } else {
                            "Each was asked to answer for the partner of whom it is least true, so low \
                             scores may point at one partner: ask who each had in mind, and what each \
                             has seen that the others have not."
                        }
                    ),
                    ranked_by: ranked_by(
                        format!("spread {}", format_score(spread)),
                        lowest,
                        &scored_line(&mut present.iter().map(|(i, _)| *i)),
                    ),
                    weight: weight(spread, lowest, present.len(), partners),
                    fact: None,
                    spans: Vec::new(),
                });
            }
            ContextId::Within => {
                for (i, s) in low {
                    weak_by_partner[i].push((row, s));
                }
            }
        }
    }
    // One weak-link callout per organisation, naming all its weak spots: two files from
    // one house, both weak there, are one card (two near-identical cards read as two
    // partners).
    for i in 0..partners {
        let team: Vec<usize> = (0..partners)
            .filter(|&j| house[j] == house[i] && !weak_by_partner[j].is_empty())
            .collect();
        if team.first() != Some(&i) {
            continue;
        }
        let weak: Vec<(&DimensionRow, f64)> = team
            .iter()
            .flat_map(|&j| weak_by_partner[j].iter().copied())
            .collect();
        let Some(&(worst, lowest)) = weak.iter().min_by(|a, b| a.1.total_cmp(&b.1)) else {
            continue;
        };
        let label = view.partners[i].label.as_str();
        let has_colleagues = (0..partners).any(|j| same_house(i, j));
        // "Inside City Council", not "Inside City Council — Ann": the house, not the file.
        let house_name = if has_colleagues {
            view.partners[i].organisation.as_str()
        } else {
            label
        };
        // The partners the card contrasts it with ("where most other partners do not"):
        // one that is in the concern band too would pull the gap down, even below zero.
        let others: Vec<f64> = worst
            .scores
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i && !same_house(i, *j))
            .filter_map(|(_, s)| s.map(round1))
            .filter(|s| *s >= DISCUSS_FROM)
            .collect();
        // "Most other partners" of one other partner, or of others that all score outside
        // the concern band, says less than it knows.
        let others_all_outside = weak.iter().all(|(row, _)| {
            let scored: Vec<f64> = row
                .scores
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i && !same_house(i, *j))
                .filter_map(|(_, s)| *s)
                .collect();
            !scored.is_empty() && scored.iter().all(|s| round1(*s) >= DISCUSS_FROM)
        });
        let other_partners = (0..partners)
            .filter(|&j| j != i && !same_house(i, j))
            .count();
        // The other organisations with a score there: one is named ("where City Council
        // does not"), since "the other partners" of one scored partner says less than it knows.
        let scored_others: Vec<&str> = (0..partners)
            .filter(|&j| j != i && !same_house(i, j) && house[j] == j)
            .filter(|&j| worst.scores[j].is_some())
            .map(|j| view.partners[j].label.as_str())
            .collect();
        let contrast = match (others_all_outside, other_partners, scored_others.as_slice()) {
            (_, 0, _) => String::new(),
            (true, 1, _) => ", where the other partner does not".to_owned(),
            (true, _, [one]) => format!(", where {one} does not"),
            (true, _, _) => ", where the other partners do not".to_owned(),
            (false, _, _) => ", where most other partners do not".to_owned(),
        };
        // A colleague's file on the same dimension: two views of one house to hear side by
        // side, not a partner that differs.
        let colleagues: Vec<String> = (0..partners)
            .filter(|&j| same_house(i, j) && !team.contains(&j))
            .map(|j| {
                let label = view.partners[j].label.as_str();
                worst.scores[j].map_or_else(
                    || format!("{label} has no score"),
                    |s| format!("{label} rates it {}", format_score(s)),
                )
            })
            .collect();
        let colleagues = match colleagues.as_slice() {
            [] => String::new(),
            list => format!(
                " From the same organisation, {} on “{}”: hear what each of them sees at home \
                 before reading either as the organisation's view.",
                and_list(&list.iter().map(String::as_str).collect::<Vec<_>>()),
                worst.dimension.title
            ),
        };
        let gap = if others.is_empty() {
            0.0
        } else {
            mean_as_shown(&others).unwrap_or_default() - lowest
        };
        let spots = |list: &[(&DimensionRow, f64)]| -> String {
            let named: Vec<String> = list
                .iter()
                .map(|(r, s)| format!("“{}” {}", r.dimension.title, format_score(*s)))
                .collect();
            and_list(&named.iter().map(String::as_str).collect::<Vec<_>>())
        };
        // Its share of the group's concerns too, so the card never reads as the whole story
        // when it is not.
        let mut shared: Vec<(&DimensionRow, f64)> = Vec::new();
        for &j in &team {
            for &(row, s) in &shared_by_partner[j] {
                if !shared
                    .iter()
                    .any(|(r, _)| r.dimension.id == row.dimension.id)
                {
                    shared.push((row, s));
                }
            }
        }
        let also = match shared.as_slice() {
            [] => String::new(),
            shared => format!(
                " It is also in the concern band on {}, which {} (see the shared concerns).",
                spots(shared),
                if all_houses == 2 {
                    "both partners share"
                } else {
                    "other partners share"
                }
            ),
        };
        let rates = match team.as_slice() {
            [_] => format!(
                "The representative of {label} rates their own organisation in the concern band on {}",
                spots(&weak)
            ),
            _ => {
                let each: Vec<String> = team
                    .iter()
                    .map(|&j| {
                        format!(
                            "{} on {}",
                            view.partners[j].label,
                            spots(&weak_by_partner[j])
                        )
                    })
                    .collect();
                format!(
                    "{} files from {house_name} rate their own organisation in the concern band: {}",
                    team.len(),
                    each.join("; ")
                )
            }
        };
        let scored = worst.scores.iter().flatten().count();
        out.push(Callout {
            kind: CalloutKind::WeakLink,
            dimension: worst.dimension,
            title: weak_link_title(house_name, &weak, &shared, view.partners[i].within),
            detail: format!(
                "{rates}{contrast}.{also}{colleagues} This is about their own house, not a different \
                 view of the partnership, but commitments that rely on them may be hard to deliver. \
                 Talk it through with them before the meeting."
            ),
            ranked_by: ranked_by(
                format!(
                    "{} below the average of the other partners outside the concern band",
                    format_score(gap)
                ),
                lowest,
                &scored_line(
                    &mut worst
                        .scores
                        .iter()
                        .enumerate()
                        .filter_map(|(j, s)| s.map(|_| j)),
                ),
            ),
            weight: weight(gap, lowest, scored, partners),
            fact: None,
            spans: Vec::new(),
        });
    }
    fold_one_partner_apart(view, &mut out, &apart, all_houses);
    // A fact answered differently first: until it is settled, the scores on its dimension
    // (and the advice drawn from them) cannot be read. Then by weight.
    sort_small_by(&mut out, |a, b| {
        b.fact
            .is_some()
            .cmp(&a.fact.is_some())
            .then(b.weight.total_cmp(&a.weight))
    });
    out
}

/// A weak link's title, as wide as what it rests on: one dimension is named ("Inside
/// Riverside Schools Trust, “Continuity” is a concern"); "support for the work is thin" is
/// said only where the partner's whole context is in the concern band. The same title
/// stood above one weak dimension in a context of 3.1 and above six in one of 1.3.
/// Its weak spots that other partners share count too (`shared`): the card names them.
fn weak_link_title(
    house: &str,
    weak: &[(&DimensionRow, f64)],
    shared: &[(&DimensionRow, f64)],
    within: Option<f64>,
) -> String {
    let mut ids: Vec<&str> = weak
        .iter()
        .chain(shared)
        .map(|(r, _)| r.dimension.id)
        .collect();
    ids.sort_unstable();
    ids.dedup();
    match (ids.len(), within.map(Band::of)) {
        (1, _) => format!(
            "Inside {house}, “{}” is a concern",
            weak[0].0.dimension.title
        ),
        (_, Some(Band::Concern)) => format!("Inside {house}, support for the work is thin"),
        (n, _) => format!(
            "Inside {house}, {} dimensions are concerns",
            super::advice::count_word(n)
        ),
    }
}

/// Which way one organisation stands apart from all the others on a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Apart {
    Below,
    Above,
}

/// Where one organisation alone sits far below (or far above) every other on
/// [`ONE_PARTNER_APART_FROM`] or more dimensions of the partnership, their disagreement
/// cards become one card about that partner's view: one conversation, ranked as its
/// weightiest dimension was and placed where that one's card was. `apart` holds (card
/// index, organisation, row, which way), in the order of the rows. With two organisations
/// one far above is the other far below, so only "below" is folded then.
fn fold_one_partner_apart(
    view: &PartnerView,
    out: &mut Vec<Callout>,
    apart: &[(usize, usize, &DimensionRow, Apart)],
    all_houses: usize,
) {
    let rows_between = view
        .rows
        .iter()
        .filter(|r| r.context == ContextId::Between)
        .count();
    let mut folded: Vec<usize> = Vec::new();
    let mut merged: Vec<(usize, Callout)> = Vec::new();
    for way in [Apart::Below, Apart::Above] {
        if way == Apart::Above && all_houses <= 2 {
            continue;
        }
        let mut houses: Vec<usize> = apart
            .iter()
            .filter(|(_, _, _, w)| *w == way)
            .map(|(_, h, _, _)| *h)
            .collect();
        houses.sort_unstable();
        houses.dedup();
        for h in houses {
            // A card already folded (below) is not folded again (above).
            let mut cards: Vec<(usize, &DimensionRow)> = apart
                .iter()
                .filter(|(i, house, _, w)| *house == h && *w == way && !folded.contains(i))
                .filter(|(i, ..)| !merged.iter().any(|(first, _)| first == i))
                .map(|(i, _, row, _)| (*i, *row))
                .collect();
            if cards.len() < ONE_PARTNER_APART_FROM {
                continue;
            }
            sort_small_by(&mut cards, |a, b| {
                out[b.0].weight.total_cmp(&out[a.0].weight)
            });
            let card = one_partner_card(view, &out[cards[0].0], h, way, &cards, rows_between);
            let first = cards.iter().map(|(i, _)| *i).min().unwrap_or_default();
            merged.push((first, card));
            folded.extend(cards.iter().map(|(i, _)| *i).filter(|i| *i != first));
        }
    }
    // Each merged card takes the place of its first row's card, so a tie in weight keeps
    // the rows' order; the rest of its cards go.
    for (first, card) in merged {
        out[first] = card;
    }
    folded.sort_unstable();
    for i in folded.into_iter().rev() {
        out.remove(i);
    }
}

/// The card about organisation `h` (its first file) standing apart `way` on `cards` (card
/// index and row, weightiest first; `top` is the weightiest's card).
fn one_partner_card(
    view: &PartnerView,
    top: &Callout,
    h: usize,
    way: Apart,
    cards: &[(usize, &DimensionRow)],
    rows_between: usize,
) -> Callout {
    let files: Vec<usize> = (0..view.partners.len())
        .filter(|&j| {
            let (a, b) = (
                &view.partners[j].organisation,
                &view.partners[h].organisation,
            );
            j == h || (!a.is_empty() && super::compare::same_name(a, b))
        })
        .collect();
    // The organisation's name where two of its files are in the view, else the file's
    // label (a partner's name, or "Partner B" when anonymised).
    let who = if files.len() > 1 {
        view.partners[h].organisation.as_str()
    } else {
        view.partners[h].label.as_str()
    };
    let (others, hear) = if view.partners.len() - files.len() == 1 {
        ("the other partner", "the other partner")
    } else {
        ("every other partner", "the others")
    };
    let span = |xs: &[f64]| {
        let lo = xs.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = xs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        if format_score(lo) == format_score(hi) {
            format_score(lo)
        } else {
            format!("{}–{}", format_score(lo), format_score(hi))
        }
    };
    let lines: Vec<String> = cards
        .iter()
        .map(|(_, row)| {
            let shown = |mine: bool| -> Vec<f64> {
                row.scores
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| files.contains(j) == mine)
                    .filter_map(|(_, s)| s.map(round1))
                    .collect()
            };
            // A partner without a score there is said: "every other partner" would
            // otherwise count it.
            let unscored: Vec<&str> = row
                .scores
                .iter()
                .enumerate()
                .filter(|(j, s)| s.is_none() && !files.contains(j))
                .map(|(j, _)| view.partners[j].label.as_str())
                .collect();
            let unscored = match unscored.as_slice() {
                [] => String::new(),
                list => format!(" (no score from {})", and_list(list)),
            };
            format!(
                "“{}” {} against {}{unscored}",
                row.dimension.title,
                span(&shown(true)),
                span(&shown(false))
            )
        })
        .collect();
    let n = cards.len();
    let (lower, below) = match way {
        Apart::Below => ("lower", "below"),
        Apart::Above => ("higher", "above"),
    };
    // Each representative answered for the partner of whom a statement is least true.
    let ask = match way {
        Apart::Below if view.partners.len() == 2 => format!(
            "With two partners, each answered about the other: before the meeting, ask {who} \
             what it has seen, and then hear {hear} on the same points."
        ),
        Apart::Below => format!(
            "Each representative was asked to answer for the partner of whom a statement is \
             least true, so its low scores may point at one partner: before the meeting, ask \
             {who} what it has seen, and then hear {hear} on the same points."
        ),
        Apart::Above => format!(
            "Each representative was asked to answer for the partner of whom a statement is \
             least true, so the others' lower scores may point at one partner {who} did not \
             have in mind: before the meeting, ask {hear} what they have seen, and then hear \
             {who} on the same points."
        ),
    };
    Callout {
        kind: CalloutKind::Disagreement,
        dimension: cards[0].1.dimension,
        title: format!("{who} scores the partnership {lower} on {n} dimensions"),
        detail: format!(
            "On {n} of the {rows_between} dimensions that describe the partnership you share, \
             {who} scores at least {} points {below} {others}: {}. One partner apart on so much \
             is one conversation about its experience of the partnership, not {n} separate \
             disagreements. {ask}",
            format_score(DIVERGENCE_SPREAD),
            lines.join("; ")
        ),
        ranked_by: format!(
            "its weightiest dimension, “{}” ({})",
            cards[0].1.dimension.title, top.ranked_by
        ),
        weight: top.weight,
        fact: None,
        spans: cards.iter().map(|(_, row)| row.dimension).collect(),
    }
}

/// The caption of the partnership view's table by dimension (and the line above it in
/// Markdown): what the spread is and what its marks say.
pub const SPREAD_KEY: &str =
    "The spread is the highest score minus the lowest. “differ”: partners see a \
     dimension of the partnership differently (its name is underlined with dots). “a fact differs”: partners gave different yes/no \
     answers, to settle first. A spread inside organisations is not marked: each partner \
     describes its own house there.";

/// [`SPREAD_KEY`] for text without the screen's dotted underline (Markdown).
pub fn spread_key_in_text() -> String {
    SPREAD_KEY.replacen(" (its name is underlined with dots)", "", 1)
}

/// What a dash in the partnership view's tables means, with the coverage rule written in.
pub fn no_score_key() -> String {
    format!(
        "A dash (–) means too few answers for a score: fewer than {}% of the statements asked \
         were answered on the scale or with Yes or No. Don't know answers are left out of every score.",
        (super::scoring::MIN_COVERAGE * 100.0).round()
    )
}

/// Above the cards on the partnership page (and its print) when some are about one
/// partner's own house.
pub const FACILITATOR_PAGE: &str = "This page is for the facilitator: the cards marked “for the \
     facilitator” are about one partner's own organisation, to raise with them privately.";

/// Said instead of any callout while the view holds one partner: there is nothing to
/// compare yet, and a card about "the others" would describe no one.
pub const ONE_PARTNER: &str =
    "With one partner there is nothing to compare yet. Add the files of the other partners to see where you agree and where you differ.";

/// What "nothing stands out" means, with the threshold written in (screen and Markdown);
/// with fewer than two partners, [`ONE_PARTNER`].
pub fn nothing_stands_out(partners: usize) -> String {
    if partners < 2 {
        return ONE_PARTNER.to_owned();
    }
    format!(
        "No between-partner dimension differs by {} points or more, and no partner's own organisation is in the concern band.",
        super::scoring::format_score(DIVERGENCE_SPREAD)
    )
}

/// The heading and lead over the warning signs the partners have seen (screen, Markdown).
pub const SIGNS_HEADING: &str = "Warning signs the partners have seen";
pub const SIGNS_LEAD: &str = "Each partner ticked the early signs of weak buy-in they had seen in the last six months. A sign that several partners have seen is worth raising together.";
/// Said instead of the list when no partner ticked a sign.
pub const NO_SIGNS: &str = "No partner has ticked a warning sign.";

/// Who has seen a warning sign: "seen by A and B (2 of 3 partners)".
pub fn seen_by_line(view: &PartnerView, seen: &SignSeen) -> String {
    let names: Vec<&str> = seen
        .seen_by
        .iter()
        .filter_map(|&i| view.partners.get(i).map(|p| p.label.as_str()))
        .collect();
    let total = view.partners.len();
    let share = if seen.seen_by.len() == total && total == 2 {
        "both partners".to_owned()
    } else if seen.seen_by.len() == total && total > 2 {
        format!("all {total} partners")
    } else {
        format!(
            "{} of {total} partner{}",
            seen.seen_by.len(),
            if total == 1 { "" } else { "s" }
        )
    };
    format!("seen by {} ({share})", and_list(&names))
}

/// The order of the callouts in one sentence, shown above them; [`ranking_rule`] has the
/// whole rule, with its thresholds and arithmetic.
pub fn ranking_summary(cards: &[Callout]) -> &'static str {
    // The fact rule is said only where such a card is in the list.
    if cards.iter().any(|c| c.fact.is_some()) {
        "A yes/no fact the partners answered differently comes first. The rest are weighed by \
         how low the scores are, how far apart the partners are and how many partners gave a \
         score."
    } else {
        "The cards are weighed by how low the scores are, how far apart the partners are and \
         how many partners gave a score."
    }
}

/// How the callouts are ranked, for the page and the exports.
pub fn ranking_rule() -> String {
    format!(
        "Shared concerns are dimensions more than half of the partners with a score score below {1}. Disagreements are \
         between-partner dimensions whose scores span {0} points or more, or where partners \
         answer a yes/no fact differently. A partner whose own organisation scores a dimension \
         below {1} where most of the others do not gets a card “Needs support at home”, for you to \
         raise with that partner first, so it stays out of the group's guide; where more than \
         half score it so, it is a shared concern for the group. Each is ranked by its gap (the spread, or the \
         distance to the partners outside the concern band) plus how far its lowest score \
         sits below {2}, scaled by the share of partners with a score; a shared concern by \
         twice its distance below {2}. \
         A fact answered differently comes first, since the views on its dimension cannot be \
         compared until it is settled; several such facts are ranked by their lowest score.",
        format_score(DIVERGENCE_SPREAD),
        format_score(DISCUSS_FROM),
        format_score(STRENGTH_FROM)
    )
}

/// One topic of the conversation guide.
#[derive(Clone, Debug, PartialEq)]
pub struct GuideTopic {
    pub title: String,
    pub questions: &'static [&'static str],
    pub in_the_room: &'static [Role],
    /// (action title, first step) from the bank, less those an earlier topic offers.
    pub actions: Vec<(&'static str, &'static str)>,
    /// When every action that fits was offered under an earlier topic: its number (from 1).
    pub actions_as_under: Option<usize>,
}

/// Said under "Actions that fit" when every action was offered under topic `n` already.
pub fn as_under(n: usize) -> String {
    format!("The same as under {n} above.")
}

/// The guide's questions where partners answered a fact differently.
const FACT_QUESTIONS: &[&str] = &[
    "When each of us answered, what did we have in mind: which document, or the lack of one?",
    "Who can share it, so that everyone has read the same text before we discuss it?",
];

/// The guide's questions where one partner scores the partnership far below the others
/// on several dimensions: about what it has seen, not about one dimension.
const ONE_PARTNER_QUESTIONS: &[&str] = &[
    "Where do our experiences of this partnership differ most, and what happened there?",
    "When we answered, which partner did each of us have in mind?",
    "What would each of us need to see to score the partnership higher?",
];

/// A guide topic's title: the card's, except for a card about one partner far below or
/// above the others, which the hand-out names by its dimensions, not by the partner (the
/// facilitator's page names it): the group reads what the conversation is about.
///
/// A fact the partners answered differently is quoted: the hand-out said "Partners disagree
/// on a fact in “Written commitments”" and never which fact.
fn guide_title(c: &Callout) -> String {
    if let Some(fact) = c.fact {
        return format!("{}: “{fact}”", c.title);
    }
    if c.spans.is_empty() {
        return c.title.clone();
    }
    let names: Vec<String> = c.spans.iter().map(|d| format!("“{}”", d.title)).collect();
    format!(
        "Where one partner's scores stand apart: {}",
        and_list(&names.iter().map(String::as_str).collect::<Vec<_>>())
    )
}

/// The actions a guide topic offers: a dimension's own; for a card across several
/// dimensions, the first of each of its weightiest three, so the topic neither offers one
/// dimension's list for all nor six actions for one conversation.
fn remedies_for(c: &Callout) -> Vec<&'static str> {
    if c.spans.is_empty() {
        return c.dimension.actions.to_vec();
    }
    let mut ids: Vec<&'static str> = Vec::new();
    for id in c.spans.iter().filter_map(|d| d.actions.first().copied()) {
        if ids.len() < super::advice::KEY_ACTIONS && !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

/// The guide's action where partners answered a fact differently.
const SETTLE_THE_FACT: (&str, &str) = (
    "Settle the fact first",
    "Ask the partners who answered Yes to share what they have in mind, before views are \
     discussed. If no one can, agree together whether to put one in writing.",
);

/// What the partners in a view together know of the yes/no facts (see
/// [`PartnerView::facts_known`]), for the first steps of the guide's actions.
#[derive(Debug, Default, PartialEq)]
pub struct FactsKnown {
    pub held_by_all: Vec<&'static str>,
    pub unsettled: Vec<&'static str>,
}

impl FactsKnown {
    pub fn known(&self, fact: &str) -> FactKnown {
        if self.held_by_all.contains(&fact) {
            FactKnown::InPlace
        } else if self.unsettled.contains(&fact) {
            FactKnown::Unknown
        } else {
            FactKnown::Otherwise
        }
    }
}

/// The conversation guide for the group: the top shared concerns and disagreements
/// (weak links are for the facilitator to raise privately, so never in the guide), with
/// each action's first step for `stage` (see [`PartnerView::shared_stage`]).
pub fn guide(
    bank: &Bank,
    callouts: &[Callout],
    stage: Option<Stage>,
    facts: &FactsKnown,
) -> Vec<GuideTopic> {
    let shown: Vec<&Callout> = callouts
        .iter()
        .filter(|c| !c.kind.for_facilitator())
        .take(SHOWN_CALLOUTS)
        .collect();
    // The facts a topic of the guide already settles ("Settle the fact first"):
    // another topic asking again whether the agreement exists would say it twice.
    let settled_elsewhere: Vec<&str> = shown
        .iter()
        .filter(|c| c.fact.is_some())
        .flat_map(|c| c.dimension.statements.iter())
        .filter(|s| s.kind == super::bank::ItemKind::Fact)
        .map(|s| s.id)
        .collect();
    // An action already offered under an earlier topic is not offered again ("Connect the
    // partners at every level" twice on one hand-out); a topic left with none points back.
    let mut offered: Vec<(&'static str, usize)> = Vec::new();
    shown
        .into_iter()
        .map(|c| GuideTopic {
            title: guide_title(c),
            questions: match c.fact {
                Some(_) => FACT_QUESTIONS,
                None if !c.spans.is_empty() => ONE_PARTNER_QUESTIONS,
                None => c.dimension.questions,
            },
            in_the_room: c.dimension.in_the_room,
            actions_as_under: None,
            actions: match c.fact {
                // Its remedies assume the fact one way (say, "draft an agreement" where some
                // partners say one is signed): first find out which way it is.
                Some(_) => vec![SETTLE_THE_FACT],
                None => remedies_for(c)
                    .into_iter()
                    .filter_map(|id| bank.action(id))
                    .filter(|a| {
                        a.when_in_place
                            .as_ref()
                            .is_none_or(|f| !settled_elsewhere.contains(&f.fact))
                    })
                    // "Draft an agreement and ask each partner to sign it" where every
                    // partner says one is signed would ask for what is there; where only
                    // some do, it would take the others' No for the answer.
                    .map(|a| {
                        (
                            a.words_given(stage, |f| facts.known(f)).0,
                            a.first_step_given(stage, |f| facts.known(f)),
                        )
                    })
                    .collect::<Vec<_>>(),
            },
        })
        .enumerate()
        .map(|(n, mut topic)| {
            let earlier = |title: &str| offered.iter().find(|(t, _)| *t == title).map(|(_, n)| *n);
            let fresh: Vec<_> = topic
                .actions
                .iter()
                .copied()
                .filter(|(title, _)| earlier(title).is_none())
                .collect();
            if fresh.is_empty() {
                topic.actions_as_under = topic.actions.first().and_then(|(t, _)| earlier(t));
            }
            topic.actions = fresh;
            offered.extend(topic.actions.iter().map(|(title, _)| (*title, n + 1)));
            topic
        })
        .collect()
}

/// "chief executives or directors, senior managers and staff who do the work".
pub fn room_line(roles: &[Role]) -> String {
    let labels: Vec<&str> = roles.iter().map(|r| r.label()).collect();
    and_list(&labels)
}

/// "Partner A", "Partner B", … "Partner Z", then "Partner 27" onwards.
pub fn anonymous_label(index: usize) -> String {
    match u8::try_from(index).ok().filter(|i| *i < 26) {
        Some(i) => format!("Partner {}", char::from(b'A' + i)),
        None => format!("Partner {}", index + 1),
    }
}

impl PartnerView {
    /// The stage more partners gave than any other (none on a tie, or when no one gave
    /// one): the guide's first steps are those for it.
    pub fn shared_stage(&self) -> Option<Stage> {
        let count = |st: Stage| self.partners.iter().filter(|p| p.stage == Some(st)).count();
        let most = Stage::ALL.into_iter().map(count).max().unwrap_or(0);
        let mut leaders = Stage::ALL
            .into_iter()
            .filter(|&st| most > 0 && count(st) == most);
        match (leaders.next(), leaders.next()) {
            (Some(st), None) => Some(st),
            _ => None,
        }
    }

    /// Partners with no score in either context (too many Don't knows, or too few
    /// answers): the view's figures and cards come from the others, which no card shows.
    pub fn unscored_note(&self) -> Option<String> {
        let missing: Vec<String> = self
            .partners
            .iter()
            .filter(|p| p.between.is_none() && p.within.is_none())
            .map(|p| {
                format!(
                    "{} (Don't know to {} of {} statements)",
                    p.label, p.dont_know, p.asked
                )
            })
            .collect();
        if missing.is_empty() {
            return None;
        }
        let (has, them) = if missing.len() == 1 {
            ("has", "them")
        } else {
            ("have", "each of them")
        };
        Some(format!(
            "{} {has} no score in either context, so every figure and card here comes from the \
             other {} files. Before the meeting, ask {them} what they need to be able to answer.",
            missing.join("; "),
            self.partners.len() - missing.len()
        ))
    }

    /// Partners with a score who answered Don't know to a quarter or more of the
    /// statements asked (the share at which a verdict says it rests on the other answers):
    /// their scores look as firm as anyone's in every card, and no card said so.
    pub fn unknowns_note(&self) -> Option<String> {
        let many: Vec<String> = self
            .partners
            .iter()
            .filter(|p| p.between.is_some() || p.within.is_some())
            .filter(|p| p.asked > 0 && p.dont_know * 4 >= p.asked)
            .map(|p| format!("{} ({} of {})", p.label, p.dont_know, p.asked))
            .collect();
        let (who, them, rest) = match many.as_slice() {
            [] => return None,
            [one] => (one.clone(), "them", "Its scores rest"),
            list => (
                and_list(&list.iter().map(String::as_str).collect::<Vec<_>>()),
                "each of them",
                "Their scores rest",
            ),
        };
        Some(format!(
            "Answered Don't know to a quarter or more of the statements asked: {who}. {rest} \
             on the other answers, though they look as firm as anyone's in the cards and the \
             table. Before the meeting, ask {them} what they would need to know, and who at home \
             knows it."
        ))
    }

    /// Files answered on an earlier version of the questions: which partners have
    /// statements added since left unanswered (their scores rest on fewer statements), and
    /// how many answers belong to statements no longer asked (left out of the view).
    pub fn earlier_questions_note(&self) -> Option<String> {
        let behind: Vec<String> = self
            .partners
            .iter()
            .filter(|p| p.new_unanswered > 0)
            .map(|p| {
                let n = p.new_unanswered;
                format!(
                    "{} ({n} statement{})",
                    p.label,
                    if n == 1 { "" } else { "s" }
                )
            })
            .collect();
        let not_compared: usize = self.partners.iter().map(|p| p.not_compared).sum();
        let left_out = match not_compared {
            0 => String::new(),
            1 => "1 answer belongs to a statement these questions no longer ask; it is left out."
                .to_owned(),
            n => format!(
                "{n} answers belong to statements these questions no longer ask; they are left out."
            ),
        };
        if behind.is_empty() {
            return (!left_out.is_empty()).then_some(left_out);
        }
        let (files, has) = if behind.len() == 1 {
            ("A file", "has")
        } else {
            ("Files", "have")
        };
        Some(
            format!(
                "{files} started on an earlier version of the questions {has} new statements \
                 still to answer: {}. Those scores rest on fewer statements than the others'; \
                 ask for an updated file before the meeting. {left_out}",
                behind.join("; ")
            )
            .trim_end()
            .to_owned(),
        )
    }

    /// When partners place the partnership at different stages, a sentence saying who
    /// gave which and which stage the guide's first steps assume: advice for a partnership
    /// that is forming is wrong for one winding down, so this is agreed first.
    /// `guide_below`: whether a conversation guide follows, whose first steps it names.
    pub fn stage_note(&self, guide_below: bool) -> Option<String> {
        let groups: Vec<String> = Stage::ALL
            .into_iter()
            .filter_map(|st| {
                let names: Vec<&str> = self
                    .partners
                    .iter()
                    .filter(|p| p.stage == Some(st))
                    .map(|p| p.label.as_str())
                    .collect();
                let verb = if names.len() == 1 { "says" } else { "say" };
                (!names.is_empty()).then(|| format!("{} {verb} “{}”", and_list(&names), st.label()))
            })
            .collect();
        if groups.len() < 2 {
            return None;
        }
        let assumed = match self.shared_stage() {
            _ if !guide_below => String::new(),
            Some(st) => format!(
                "the first steps below are those for “{}”, which most partners gave.",
                st.label()
            ),
            None => "the first steps below are the general ones.".to_owned(),
        };
        let agree = if assumed.is_empty() {
            "Agree where it stands first.".to_owned()
        } else {
            format!("Agree where it stands first; {assumed}")
        };
        Some(format!(
            "Partners place the partnership at different stages: {}. {agree}",
            groups.join(", ")
        ))
    }

    /// When the partners name different partnerships: which partner named which, and what
    /// to do. Partners of different partnerships do not describe one shared thing, so their
    /// disagreements would mean nothing. Partners who gave no name are not counted.
    pub fn partnership_note(&self) -> Option<String> {
        if self.partnership.len() < 2 {
            return None;
        }
        let groups: Vec<String> = self
            .partnership
            .iter()
            .map(|name| {
                let who: Vec<&str> = self
                    .partners
                    .iter()
                    .filter(|p| super::compare::same_name(&p.partnership, name))
                    .map(|p| p.label.as_str())
                    .collect();
                format!("“{name}” ({})", and_list(&who))
            })
            .collect();
        Some(format!(
            "These files name {} different partnerships: {}. Partners of different partnerships \
             do not describe one shared thing: remove the files that do not belong here.",
            self.partnership.len(),
            groups.join(", ")
        ))
    }

    /// What the partners together know of each yes/no fact, by its dimension: held where
    /// every partner answered Yes; unsettled where some answered Yes and others did not, or
    /// where no one answered Yes or No; otherwise (a No, and no Yes) neither.
    pub fn facts_known(&self) -> FactsKnown {
        let mut known = FactsKnown::default();
        for r in self.rows.iter().filter(|r| !r.facts_hold.is_empty()) {
            let yes = r.facts_hold.contains(&Some(true));
            let no = r.facts_hold.contains(&Some(false));
            let list = if r.facts_hold.iter().all(|f| *f == Some(true)) {
                &mut known.held_by_all
            } else if yes || !no {
                &mut known.unsettled
            } else {
                continue;
            };
            list.extend(
                r.dimension
                    .statements
                    .iter()
                    .filter(|s| s.kind == super::bank::ItemKind::Fact)
                    .map(|s| s.id),
            );
        }
        known
    }

    /// The same view with every partner shown as "Partner A", "Partner B", … in order.
    pub fn anonymised(&self) -> PartnerView {
        let mut view = self.clone();
        // Organisations become neutral tokens that still group the same ones together.
        let names: Vec<String> = view
            .partners
            .iter()
            .map(|p| p.organisation.clone())
            .collect();
        for (i, p) in view.partners.iter_mut().enumerate() {
            p.label = anonymous_label(i);
            if !p.organisation.is_empty() {
                let first = names
                    .iter()
                    .position(|n| super::compare::same_name(n, &p.organisation))
                    .unwrap_or(i);
                p.organisation = format!("organisation {}", first + 1);
            }
        }
        view
    }

    /// Said when two or more files in the view come from one organisation: each is a
    /// column of its own, so that organisation counts more than once in every mean and
    /// count ("3 of 4 partners"). None when every organisation is there once.
    pub fn shared_organisation_note(&self) -> Option<String> {
        let mut groups: Vec<Vec<&str>> = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        for p in self.partners.iter().filter(|p| !p.organisation.is_empty()) {
            if seen
                .iter()
                .any(|o| super::compare::same_name(o, &p.organisation))
            {
                continue;
            }
            seen.push(&p.organisation);
            let same: Vec<&str> = self
                .partners
                .iter()
                .filter(|q| super::compare::same_name(&q.organisation, &p.organisation))
                .map(|q| q.label.as_str())
                .collect();
            if same.len() > 1 {
                groups.push(same);
            }
        }
        if groups.is_empty() {
            return None;
        }
        let listed: Vec<String> = groups.iter().map(|g| and_list(g)).collect();
        Some(format!(
            "More than one file comes from the same organisation: {}. Each file is a column of \
             its own and counts in the table's means, so that organisation weighs more there; \
             the cards count organisations. Read its columns together, or keep one file per \
             organisation for the means.",
            listed.join("; ")
        ))
    }
}

/// A copy of `a` that names nobody: the profile reduced to `label` (and the partnership's
/// name, which all partners share), a neutral id, no times, and no free text (notes, roles,
/// partner lists, the action plan), for exports from an anonymous workshop.
pub fn anonymise_assessment(
    a: &super::assessment::Assessment,
    label: &str,
) -> super::assessment::Assessment {
    let mut copy = a.clone();
    copy.id = label.to_lowercase().replace(' ', "-");
    copy.created_at = 0;
    copy.updated_at = 0;
    copy.exported_at = None;
    copy.actions.clear();
    copy.profile_changed.clear();
    copy.profile = super::assessment::Profile {
        name: label.to_owned(),
        organisation: label.to_owned(),
        partnership: a.profile.partnership.clone(),
        date: a.profile.date.clone(),
        stage: a.profile.stage,
        ..super::assessment::Profile::default()
    };
    for r in copy.responses.values_mut() {
        r.note.clear();
        r.note_changed_at = 0;
        r.changed_at = 0;
    }
    copy
}

/// What adding assessments to a partnership view did, by title.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Added {
    /// Assessments new to the view.
    pub added: usize,
    /// Already in the view exactly as they are: not added again.
    pub already: Vec<String>,
    /// In the view in an earlier state: replaced, in place, by this newer copy.
    pub replaced: Vec<String>,
    /// Older copies of assessments the view holds a newer state of: not added.
    pub older: Vec<String>,
}

impl Added {
    /// What happened, for the person who added the files. An anonymous view names nobody.
    pub fn sentence(&self, anonymous: bool) -> String {
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let mut text = String::new();
        if self.added > 0
            || (self.already.is_empty() && self.replaced.is_empty() && self.older.is_empty())
        {
            text = format!("Added {} assessment{}.", self.added, plural(self.added));
        }
        let groups = [
            (&self.replaced, "Replaced by the newer copy you added"),
            (&self.already, "Already in this view, so not added again"),
            (
                &self.older,
                "Not added, because this view has a newer copy (changed later)",
            ),
        ];
        for (titles, what) in groups {
            if titles.is_empty() {
                continue;
            }
            if !text.is_empty() {
                text.push(' ');
            }
            if anonymous {
                let n = titles.len();
                text.push_str(&format!("{what}: {n} assessment{}.", plural(n)));
            } else {
                text.push_str(&format!("{what}: {}.", titles.join(", ")));
            }
        }
        text
    }

    /// Counts what `more` did too (files added one after another).
    pub fn extend(&mut self, more: Added) {
        self.added += more.added;
        self.already.extend(more.already);
        self.replaced.extend(more.replaced);
        self.older.extend(more.older);
    }
}

/// How a message names a partner's file: its name and whose it is ("Spring review (City
/// Council)"). Four partners' files may all be called "Spring review".
fn file_name(a: &super::assessment::Assessment) -> String {
    let org = a.profile.organisation.trim();
    let title = a.title();
    if org.is_empty() || title.to_lowercase().contains(&org.to_lowercase()) {
        title.to_owned()
    } else {
        format!("{title} ({org})")
    }
}

/// Adds `incoming` to the assessments of a partnership view, one by one. An assessment the
/// view already holds (the same id) is compared by content and by when it last changed:
/// the same is not added again, a newer copy replaces the older in its place (a partner
/// sent an updated export), an older copy is not added. The same id with different
/// content changed at the same moment is a different assessment (anonymised exports all
/// have the ids "partner-a", "partner-b" …): it joins under a fresh id.
pub fn add_to_view(
    view: &mut Vec<super::assessment::Assessment>,
    incoming: Vec<super::assessment::Assessment>,
    mut fresh_id: impl FnMut() -> String,
) -> Added {
    let mut out = Added::default();
    for mut a in incoming {
        if let Some(held) = view.iter_mut().find(|held| held.id == a.id) {
            if *held == a {
                out.already.push(file_name(&a));
                continue;
            }
            match a.updated_at.cmp(&held.updated_at) {
                std::cmp::Ordering::Greater => {
                    out.replaced.push(file_name(&a));
                    *held = a;
                    continue;
                }
                std::cmp::Ordering::Less => {
                    out.older.push(file_name(&a));
                    continue;
                }
                std::cmp::Ordering::Equal => {}
            }
        }
        let taken: Vec<String> = view.iter().map(|held| held.id.clone()).collect();
        super::exchange::make_ids_unique(std::slice::from_mut(&mut a), &taken, &mut fresh_id);
        view.push(a);
        out.added += 1;
    }
    out
}

/// A facilitator's saved partnership view: the partners' assessments and how they are
/// shown. Kept in this browser like an assessment (its own key, a schema version,
/// set aside when damaged, never overwritten by an older version).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Workshop {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub anonymous: bool,
    #[serde(default)]
    pub assessments: Vec<super::assessment::Assessment>,
    pub created_at: u64,
    pub updated_at: u64,
}

/// The schema of a stored workshop record.
///
/// Schema 2 came with bank version 3 (the shape is the same): a build of an earlier bank
/// would score the partners' files without the statements it does not know, and save the
/// view so; with the raised number it leaves the view alone.
pub const WORKSHOP_SCHEMA: u32 = 2;

/// What reading a stored workshop gave.
#[derive(Clone, Debug, PartialEq)]
pub enum DecodedWorkshop {
    Current(Workshop),
    /// Written by a newer version: listed, never opened for editing or overwritten.
    Newer {
        schema: u32,
        name: Option<String>,
    },
}

/// A workshop record as this build writes it: the current schema and the workshop.
#[derive(serde::Serialize)]
pub struct WorkshopRecordRef<'a> {
    schema: u32,
    workshop: &'a Workshop,
}

/// The current record for `w`.
pub fn workshop_record(w: &Workshop) -> WorkshopRecordRef<'_> {
    WorkshopRecordRef {
        schema: WORKSHOP_SCHEMA,
        workshop: w,
    }
}

/// Serialises a workshop as a current record.
pub fn encode_workshop(w: &Workshop) -> String {
    serde_json::to_string(&workshop_record(w)).unwrap_or_default()
}

/// Reads a stored workshop record; its assessments are carried to the current bank.
pub fn decode_workshop(text: &str) -> Result<DecodedWorkshop, super::record::RecordError> {
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| super::record::RecordError::NotJson(e.to_string()))?;
    decode_workshop_value(value)
}

/// Reads a stored workshop record already parsed as JSON (see [`decode_workshop`]).
pub fn decode_workshop_value(
    value: serde_json::Value,
) -> Result<DecodedWorkshop, super::record::RecordError> {
    use super::record::RecordError;
    let schema = value
        .get("schema")
        .and_then(serde_json::Value::as_u64)
        .and_then(|s| u32::try_from(s).ok())
        .ok_or(RecordError::NoSchema)?;
    // Written by a newer build, or holding a file of newer questions (a record of this
    // schema edited by hand, or written by a later build that kept the schema): kept as it
    // is, never written back.
    let newer_questions = value
        .pointer("/workshop/assessments")
        .and_then(serde_json::Value::as_array)
        .is_some_and(|list| {
            list.iter().any(|a| {
                a.get("bank_version")
                    .and_then(serde_json::Value::as_u64)
                    .is_some_and(|v| v > u64::from(super::bank::BANK_VERSION))
            })
        });
    if schema > WORKSHOP_SCHEMA || newer_questions {
        let name = value
            .pointer("/workshop/name")
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned);
        return Ok(DecodedWorkshop::Newer { schema, name });
    }
    if schema == 0 {
        return Err(RecordError::Shape {
            schema,
            reason: "no release wrote this schema".to_owned(),
        });
    }
    let mut w: Workshop = serde_json::from_value(
        value.get("workshop").cloned().unwrap_or_default(),
    )
    .map_err(|e| RecordError::Shape {
        schema,
        reason: e.to_string(),
    })?;
    if !super::assessment::is_valid_id(&w.id) {
        return Err(RecordError::Shape {
            schema,
            reason: "the workshop id is not valid".to_owned(),
        });
    }
    // The rules every assessment meets on import (see `admit`), so a hand-edited file in a
    // saved view is set aside rather than laid beside the others.
    for (i, a) in w.assessments.iter_mut().enumerate() {
        super::admit::admit(a)
            .map_err(|e| RecordError::Invalid(format!("file {} in the view: {e}", i + 1)))?;
    }
    Ok(DecodedWorkshop::Current(w))
}
