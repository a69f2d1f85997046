//! The Markdown report: the same content, in the same order, as the printed report, and
//! escaped so that nothing a person typed becomes markup.

use crate::model::assessment::Assessment;
use crate::model::bank::Bank;
use crate::model::compare::PartnerView;
use crate::model::report::{
    answered_line, reading_key, strengths_text, Report, OPEN_QUESTIONS_HEADING, OPEN_QUESTIONS_LEAD,
};
use crate::model::scoring::format_optional;

/// Escapes text for Markdown so it shows as typed and never becomes markup or HTML.
pub fn md_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            // Without an unescaped `[`, parentheses and `!` cannot form a link or an image,
            // so they stay as typed.
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '{' | '}' | '~' => {
                out.push('\\');
                out.push(ch);
            }
            _ => out.push(ch),
        }
    }
    out
}

/// The report as Markdown: the same content, in the same order, as the printed report.
/// `date` is the day of the export, written in the closing line.
pub fn to_markdown(bank: &Bank, assessment: &Assessment, date: &str) -> String {
    report_markdown(&Report::new(bank, assessment), date)
}

/// The report `r` as Markdown (see [`to_markdown`]); for a report changed before it is
/// written, such as one without the person's notes ([`Report::leave_out_notes`]).
pub fn report_markdown(r: &Report, date: &str) -> String {
    let mut md = format!("# Buy-in Check: {}\n\n", md_text(&r.title));
    for (label, value) in &r.made_by {
        md.push_str(&format!("- **{label}:** {}\n", md_text(value)));
    }
    md.push_str(&format!(
        "- **Answered:** {}\n\n*{}*\n\n",
        answered_line(r),
        md_text(&r.whose_view)
    ));

    md.push_str(
        "## Buy-in in two contexts\n\n| Context | Score | Band | Coverage |\n|---|---|---|---|\n",
    );
    for c in &r.contexts {
        md.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            c.title, c.score, c.band, c.coverage
        ));
    }
    md.push_str(&format!("\n{}\n", reading_key()));
    if let Some(v) = &r.verdict {
        md.push_str(&format!("\n**{}.** {}\n", v.title, v.explanation));
    }
    if let Some(reason) = &r.no_verdict {
        md.push_str(&format!("\n{reason}\n"));
    }
    if !r.key_actions.is_empty() {
        md.push_str("\nWhat matters most from here:\n\n");
        for k in &r.key_actions {
            md.push_str(&format!(
                "- **{}:** {}{}\n",
                k.title, k.first_step, k.in_plan
            ));
        }
    }
    let top: Vec<String> = r
        .top_findings()
        .iter()
        .enumerate()
        .map(|(i, f)| format!("{}. {} ({})", i + 1, f.title, f.severity.label()))
        .collect();
    if !top.is_empty() {
        md.push_str(&format!("\n**Top findings:** {}.\n", top.join("; ")));
    }
    let strengths = strengths_text(r);
    if !strengths.is_empty() {
        md.push_str(&format!("\n**Strengths:** {strengths}.\n"));
    }

    md.push_str("\n## By dimension\n\n| Dimension | Score | Band | Answers |\n|---|---|---|---|\n");
    for c in &r.contexts {
        md.push_str(&format!("| **{}** | | | |\n", c.title));
        for d in r.dimensions.iter().filter(|d| d.context_title == c.title) {
            md.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                d.dimension, d.score, d.band, d.coverage
            ));
        }
    }
    md.push_str("\n## Findings\n\n");
    if r.findings.is_empty() {
        md.push_str("No weak spots stand out.\n");
    }
    for (i, f) in r.findings.iter().enumerate() {
        let marker = format!("{}. ", i + 1);
        // A continuation line belongs to the list item only when indented as far as the
        // item's text: three spaces under "9. ", four under "10. ".
        md.push_str(&format!(
            "{marker}**{}** ({}). {}\n\n",
            f.title,
            f.severity.label(),
            f.detail
        ));
        if !f.helps.is_empty() {
            md.push_str(&format!(
                "{:indent$}What helps: {}.\n\n",
                "",
                f.helps.join("; "),
                indent = marker.chars().count()
            ));
        }
    }
    if !r.open_questions.is_empty() {
        md.push_str(&format!(
            "\n## {OPEN_QUESTIONS_HEADING}\n\n{OPEN_QUESTIONS_LEAD}\n\n"
        ));
        for q in &r.open_questions {
            // Quoted: statements you could not judge, not claims of the report.
            md.push_str(&format!("- “{}” ({})\n", q.statement, q.dimension));
        }
    }

    md.push_str("\n## Action plan\n\n");
    if r.plan.is_empty() {
        md.push_str("No actions planned yet.\n");
    } else {
        md.push_str("| Action | Owner | Due | Status |\n|---|---|---|---|\n");
        for item in &r.plan {
            md.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                md_text(&item.text),
                md_text(&item.owner),
                md_text(&item.due),
                item.status
            ));
        }
    }

    // What the person will do first; what else the results suggest after it.
    if !r.further_actions.is_empty() {
        md.push_str(&format!("\n## {}\n\n", r.further_actions_heading()));
        for a in &r.further_actions {
            md.push_str(&format!("- **{}:** {}\n", a.title, a.first_step));
        }
    }

    if !r.notes.is_empty() {
        md.push_str("\n## Notes\n\n");
        for n in &r.notes {
            md.push_str(&format!(
                "- **{}** ({}, {}; answered: {}): {}\n",
                n.statement,
                n.context,
                n.dimension,
                n.answer,
                md_text(&n.note)
            ));
        }
    }

    if !r.earlier.is_empty() {
        md.push_str(
            "\n## From an earlier version of the questions\n\nThese answers are kept but not scored; a clear answer to a statement that became a yes/no question was carried over to it, and where a new statement is asked instead it is named.\n\n",
        );
        for e in &r.earlier {
            let aside = e
                .aside()
                .map_or(String::new(), |n| format!(" ({})", md_text(&n)));
            let note = if e.note.is_empty() {
                String::new()
            } else {
                format!(". Note: {}", md_text(&e.note))
            };
            md.push_str(&format!(
                "- {} — {}{aside}{note}\n",
                md_text(&e.statement),
                e.answer
            ));
        }
    }
    md.push_str(&format!("\n---\n\n{}\n", r.footer("exported", date)));
    md
}

/// Said above the callouts when one names a partner's weak spots at home: the file as a
/// whole is the facilitator's, and the guide is what goes round the group.
pub const FOR_THE_FACILITATOR: &str =
    "*This file is for the facilitator:* the cards marked “for the facilitator” are about \
     one partner's own organisation, to raise with them privately.";

/// After [`FOR_THE_FACILITATOR`] when the view has a conversation guide.
pub const HAND_ROUND_THE_GUIDE: &str =
    "Hand the group the conversation guide (“Print the guide”), not this file.";

/// Markdown report of the partnership view: what stands out (ranked), the conversation
/// guide, then the figures.
pub fn partnership_markdown(view: &PartnerView) -> String {
    use crate::model::workshop::{
        callouts, guide, ranking_rule, ranking_summary, room_line, seen_by_line, NO_SIGNS,
        SHOWN_CALLOUTS, SIGNS_HEADING, SIGNS_LEAD,
    };
    let mut md = String::from("# Buy-in Check: partnership view\n\n");
    if !view.partnership.is_empty() {
        let names: Vec<String> = view.partnership.iter().map(|p| md_text(p)).collect();
        md.push_str(&format!("- **Partnership:** {}\n", names.join(" / ")));
    }
    md.push_str(&format!(
        "- **Partners:** {}\n- **Between partners, all partners together:** {}\n\n",
        view.partners
            .iter()
            .map(|p| md_text(&p.label))
            .collect::<Vec<_>>()
            // Names may hold commas ("City Council — Priya, autumn").
            .join("; "),
        view.between_together()
    ));
    let found = callouts(view);
    let has_guide = found.iter().any(|c| !c.kind.for_facilitator());
    md.push_str("## What stands out\n\n");
    for note in [
        view.partnership_note(),
        view.shared_organisation_note(),
        view.unscored_note(),
        view.unknowns_note(),
        view.earlier_questions_note(),
        view.stage_note(has_guide),
    ]
    .into_iter()
    .flatten()
    {
        md.push_str(&format!("**{}**\n\n", md_text(&note)));
    }
    if found.is_empty() {
        md.push_str(&format!(
            "{}\n\n",
            crate::model::workshop::nothing_stands_out(view.partners.len())
        ));
    } else {
        md.push_str(&format!(
            "{}\n\n*How the order is worked out:* {}\n\n",
            ranking_summary(&found),
            ranking_rule()
        ));
    }
    let weak_link = |c: &crate::model::workshop::Callout| c.kind.for_facilitator();
    if found.iter().any(weak_link) {
        md.push_str(FOR_THE_FACILITATOR);
        // The guide holds every other callout: with none, there is no guide to hand round.
        if found.iter().any(|c| !weak_link(c)) {
            md.push(' ');
            md.push_str(HAND_ROUND_THE_GUIDE);
        }
        md.push_str("\n\n");
    }
    for (i, c) in found.iter().enumerate() {
        if i == SHOWN_CALLOUTS {
            md.push_str("\nAlso worth a look:\n\n");
        }
        md.push_str(&format!(
            "{}. {}: **{}.** {} (Ranked by: {}.)\n",
            i + 1,
            c.kind.label(),
            md_text(&c.title),
            md_text(&c.detail),
            c.ranked_by
        ));
    }
    let topics = guide(
        crate::model::bank::bank(),
        &found,
        view.shared_stage(),
        &view.facts_known(),
    );
    if !topics.is_empty() {
        md.push_str("\n## Conversation guide\n\n");
        for (i, t) in topics.iter().enumerate() {
            md.push_str(&format!("### {}. {}\n\n", i + 1, md_text(&t.title)));
            for q in t.questions {
                md.push_str(&format!("- {q}\n"));
            }
            md.push_str(&format!(
                "\n**Who should be in the room:** {}.\n\n**Actions that fit:**\n\n",
                room_line(t.in_the_room)
            ));
            for (title, step) in &t.actions {
                md.push_str(&format!("- {title}: {step}\n"));
            }
            if let Some(n) = t.actions_as_under {
                md.push_str(&format!("{}\n", crate::model::workshop::as_under(n)));
            }
            md.push('\n');
        }
    }
    md.push_str(&format!("## {SIGNS_HEADING}\n\n"));
    if view.signs.is_empty() {
        md.push_str(&format!("{NO_SIGNS}\n\n"));
    } else {
        md.push_str(&format!("{SIGNS_LEAD}\n\n"));
        for s in &view.signs {
            md.push_str(&format!(
                "- **{}** — {}.\n",
                s.sign.text.trim_end_matches('.'),
                md_text(&seen_by_line(view, s))
            ));
        }
        md.push('\n');
    }
    md.push_str("## Each partner's two contexts\n\n| Partner | Between partners | Within own organisation | Don't know |\n|---|---|---|---|\n");
    for p in &view.partners {
        md.push_str(&format!(
            "| {} | {} | {} | {} of {} |\n",
            md_text(&p.label),
            format_optional(p.between),
            format_optional(p.within),
            p.dont_know,
            p.asked
        ));
    }
    md.push_str(&format!("\n{}\n", crate::model::workshop::no_score_key()));
    md.push_str(&format!(
        "\n## By dimension\n\n{}\n\n| Dimension | ",
        crate::model::workshop::spread_key_in_text()
    ));
    md.push_str(
        &view
            .partners
            .iter()
            .map(|p| md_text(&p.label))
            .collect::<Vec<_>>()
            .join(" | "),
    );
    md.push_str(" | Mean | Spread |\n|---|");
    md.push_str(&"---|".repeat(view.partners.len() + 2));
    md.push('\n');
    // Grouped by context as on screen, and each spread marked as there (a difference of
    // view, or a fact answered differently): a spread within organisations is neither, and
    // the bare numbers cannot tell them apart.
    let mut context = None;
    for r in &view.rows {
        if context != Some(r.context) {
            context = Some(r.context);
            let title = crate::model::bank::bank()
                .context(r.context)
                .map_or("", |c| c.title);
            md.push_str(&format!(
                "| **{title}** |{}\n",
                " |".repeat(view.partners.len() + 2)
            ));
        }
        let cells: Vec<String> = r.scores.iter().map(|s| format_optional(*s)).collect();
        md.push_str(&format!(
            "| {} | {} | {} | {}{} |\n",
            r.dimension.title,
            cells.join(" | "),
            format_optional(r.mean),
            format_optional(r.spread),
            r.spread_mark()
        ));
    }
    md
}

/// One assessment against an earlier one as Markdown: what the comparison page shows, in
/// its order and words (`OverTime`'s summary, notes and lines are shared with the page), so
/// the change can be sent to partners as text as well as printed. `date` is the day of the
/// export.
pub fn comparison_markdown(bank: &Bank, then: &Assessment, now: &Assessment, date: &str) -> String {
    use crate::model::bank::ContextId;
    use crate::model::compare::{
        change_rule, change_text, column_label, over_time, then_and_now, FACTS_CHANGED_LEAD,
        NO_PLANS, NO_SIGNS_EITHER,
    };
    let change = over_time(bank, then, now);
    let mut md = format!(
        "# Buy-in Check: {} compared with {}\n\n",
        md_text(now.title()),
        md_text(then.title())
    );
    for (label, value) in [
        (
            "Partnership",
            then_and_now(&then.profile.partnership, &now.profile.partnership),
        ),
        (
            "Organisation",
            then_and_now(&then.profile.organisation, &now.profile.organisation),
        ),
    ] {
        if !value.is_empty() {
            md.push_str(&format!("- **{label}:** {}\n", md_text(&value)));
        }
    }
    md.push_str(&format!(
        "- **Then:** {}\n- **Now:** {}\n\n{}\n\n",
        md_text(&column_label(then)),
        md_text(&column_label(now)),
        change.summary()
    ));
    for (warn, note) in change.notes(then, now) {
        let lead = if warn { "**Note:** " } else { "" };
        md.push_str(&format!("> {lead}{}\n\n", md_text(&note)));
    }
    let row = |name: String, before: Option<f64>, after: Option<f64>, label: &str| {
        format!(
            "| {name} | {} | {} | {} {label} |\n",
            format_optional(before),
            format_optional(after),
            change_text(before, after)
        )
    };
    md.push_str(&format!(
        "## The two contexts\n\n{}\n\n| Context | Then | Now | Change |\n|---|---|---|---|\n",
        change.movement()
    ));
    for (c, before, after, trend) in &change.contexts {
        let title = bank.context(*c).map_or("", |x| x.title);
        md.push_str(&row(title.to_owned(), *before, *after, trend.label()));
    }
    md.push_str(&format!(
        "\n## By dimension\n\n{}\n\n| Dimension | Then | Now | Change |\n|---|---|---|---|\n",
        change_rule()
    ));
    for c in ContextId::ALL {
        let title = bank.context(c).map_or("", |x| x.title);
        md.push_str(&format!("| **{title}** | | | |\n"));
        for d in change.dimensions.iter().filter(|d| d.context == c) {
            let name = match d.rests_on_change() {
                Some(rests) => format!("{} ({rests})", d.dimension.title),
                None => d.dimension.title.to_owned(),
            };
            md.push_str(&row(name, d.before, d.after, d.trend.label()));
        }
    }
    if !change.facts_changed.is_empty() {
        md.push_str(&format!("\n{FACTS_CHANGED_LEAD}\n\n"));
        for f in &change.facts_changed {
            md.push_str(&format!("- {}\n", md_text(&f.sentence())));
        }
    }
    md.push_str("\n## Warning signs, then and now\n\n");
    if change.signs.is_empty() {
        md.push_str(&format!("{NO_SIGNS_EITHER}\n"));
    }
    for s in &change.signs {
        md.push_str(&format!("- {}\n", md_text(&s.sentence())));
    }
    md.push_str("\n## The action plan, then and now\n\n");
    if change.plan.is_empty() {
        md.push_str(&format!("{NO_PLANS}\n"));
    } else {
        md.push_str(&format!(
            "{}\n\n| Action | Owner and due | Then | Now |\n|---|---|---|---|\n",
            change.plan_line(then)
        ));
        for p in &change.plan {
            let text = if p.text.trim().is_empty() {
                "(no wording yet)".to_owned()
            } else {
                md_text(&p.text)
            };
            md.push_str(&format!(
                "| {text} | {} | {} | {} |\n",
                md_text(&p.owner_and_due()),
                p.then.unwrap_or("not in that plan"),
                p.now.unwrap_or("not in this plan")
            ));
        }
    }
    md.push_str(&format!(
        "\n---\n\nBuy-in Check {} · questions version {} · exported {date}\n",
        crate::model::report::APP_VERSION,
        now.bank_version
    ));
    md
}
