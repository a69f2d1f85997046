//! The printed report: what "Print or save as PDF" puts on paper. Hidden on screen; in
//! print it replaces the results page, so the page never has to be two things at once.
//! It renders [`Report`], like the Markdown export, so paper and file say the same.

use leptos::prelude::*;

use crate::model::bank::bank;
use crate::model::report::{
    answered_line, reading_key, strengths_text, OpenQuestion, Report, OPEN_QUESTIONS_HEADING,
    OPEN_QUESTIONS_LEAD,
};
use crate::ui::state::{today, AppState};

#[component]
pub fn PrintedReport(
    /// The assessment reported; the report follows its edits (the plan, say) as they happen.
    id: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let report = Memo::new(move |_| {
        let notes = state.report_notes.get();
        state.find_any(&id).map(|(a, _)| {
            let mut r = Report::new(bank(), &a);
            if !notes {
                r.leave_out_notes();
            }
            r
        })
    });
    // The page footer is drawn by the print style sheet in the page margins, which can
    // only read text from a custom property.
    Effect::new(move |_| {
        let footer = report.with(|r| r.as_ref().map(|r| r.footer("printed", &today())));
        set_page_footer(footer.as_deref());
    });
    on_cleanup(|| set_page_footer(None));
    move || report.get().map(render)
}

/// Sets (or with `None` clears) the text the print style sheet writes at the foot of
/// every page.
fn set_page_footer(text: Option<&str>) {
    let Some(root) = document().document_element() else {
        return;
    };
    let style = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(root).style();
    let _ = match text {
        Some(text) => style.set_property(
            "--report-footer",
            &format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\"")),
        ),
        None => style.remove_property("--report-footer").map(|_| ()),
    };
}

fn render(r: Report) -> impl IntoView {
    let footer = r.footer("printed", &today());
    let made_by = r
        .made_by
        .iter()
        .map(|(label, value)| {
            view! { <dt>{*label}</dt><dd>{value.clone()}</dd> }
        })
        .collect_view();
    let contexts = r
        .contexts
        .iter()
        .map(|c| {
            view! {
                <tr>
                    <th scope="row">{c.title}</th>
                    <td class="num">{c.score.clone()}</td>
                    <td>{c.band}</td>
                    <td>{c.coverage.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    // The verdict, or why there is none, then what matters most from there.
    let said = r
        .verdict
        .as_ref()
        .map(|v| {
            view! { <p><strong>{format!("{}. ", v.title)}</strong>{v.explanation.clone()}</p> }
                .into_any()
        })
        .or_else(|| {
            r.no_verdict
                .clone()
                .map(|reason| view! { <p>{reason}</p> }.into_any())
        });
    let key = (!r.key_actions.is_empty()).then(|| {
        let items = r
            .key_actions
            .iter()
            .map(|k| view! { <li><strong>{k.title}</strong>": "{k.first_step}{k.in_plan}</li> })
            .collect_view();
        view! {
            <p class="report-label">"What matters most from here:"</p>
            <ul>{items}</ul>
        }
    });
    let verdict = view! { <div class="report-verdict">{said}{key}</div> };
    // On one line: the findings themselves follow in full.
    let top = (!r.findings.is_empty()).then(|| {
        let names: Vec<String> = r
            .top_findings()
            .iter()
            .enumerate()
            .map(|(i, f)| format!("{}. {} ({})", i + 1, f.title, f.severity.label()))
            .collect();
        view! {
            <p class="report-top"><strong>"Top findings: "</strong>{names.join("; ")}"."</p>
        }
    });
    let strengths = Some(strengths_text(&r))
        .filter(|text| !text.is_empty())
        .map(|text| view! { <p><strong>"Strengths: "</strong>{format!("{text}.")}</p> });
    // Grouped by context, as on screen, so each row fits on one line.
    let dimensions = r
        .contexts
        .iter()
        .map(|c| {
            let rows = r
                .dimensions
                .iter()
                .filter(|d| d.context_title == c.title)
                .map(|d| {
                    view! {
                        <tr>
                            <th scope="row">{d.dimension}</th>
                            <td class="num">{d.score.clone()}</td>
                            <td>{d.band}</td>
                            <td>{d.coverage.clone()}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <tbody>
                    <tr class="report-group"><th colspan="4" scope="colgroup">{c.title}</th></tr>
                    {rows}
                </tbody>
            }
        })
        .collect_view();
    let findings = r
        .findings
        .iter()
        .map(|f| {
            view! {
                <li>
                    <strong>{f.title.clone()}</strong>
                    {format!(" ({}). ", f.severity.label())}
                    {f.detail.clone()}
                    {(!f.helps.is_empty()).then(|| view! {
                        <br/>
                        <span class="report-helps">{format!("What helps: {}.", f.helps.join("; "))}</span>
                    })}
                </li>
            }
        })
        .collect_view();
    let further = (!r.further_actions.is_empty()).then(|| {
        let items = r
            .further_actions
            .iter()
            .map(|a| view! { <li><strong>{a.title}</strong>": "{a.first_step}</li> })
            .collect_view();
        view! {
            <h2>{r.further_actions_heading()}</h2>
            <ul class="report-actions">{items}</ul>
        }
    });
    let plan = if r.plan.is_empty() {
        view! { <p>"No actions planned yet."</p> }.into_any()
    } else {
        let rows = r
            .plan
            .iter()
            .map(|item| {
                view! {
                    <tr>
                        <td>{item.text.clone()}</td>
                        <td>{item.owner.clone()}</td>
                        <td class="nowrap">{item.due.clone()}</td>
                        <td>{item.status}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="report-table plan-table">
                <thead><tr><th scope="col">"Action"</th><th scope="col">"Owner"</th><th scope="col">"Due"</th><th scope="col">"Status"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    };
    let notes = (!r.notes.is_empty()).then(|| {
        let items = r
            .notes
            .iter()
            .map(|n| {
                view! {
                    <li>
                        <span class="report-statement">{n.statement}</span>
                        <span class="report-where">{format!(" ({}, {}; answered: {}): ", n.context, n.dimension, n.answer)}</span>
                        <span class="report-note-text">{n.note.clone()}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h2>"Notes"</h2>
            <ul class="report-notes">{items}</ul>
        }
    });
    let earlier = (!r.earlier.is_empty()).then(|| {
        let items = r
            .earlier
            .iter()
            .map(|e| {
                let aside = e.aside().map(|n| format!(" ({n})")).unwrap_or_default();
                let note = (!e.note.is_empty()).then(|| format!(". Note: {}", e.note));
                view! { <li>{format!("{} — {}{aside}", e.statement, e.answer)}{note}</li> }
            })
            .collect_view();
        view! {
            <h2>"From an earlier version of the questions"</h2>
            <p>"These answers are kept but not scored."</p>
            <ul>{items}</ul>
        }
    });
    view! {
        <article class="report">
            <header class="report-head">
                <p class="report-kicker">{footer.clone()}</p>
                <h1>{r.title.clone()}</h1>
                <dl class="report-made-by">
                    {made_by}
                    <dt>"Answered"</dt><dd>{answered_line(&r)}</dd>
                </dl>
                <p class="report-whose">{r.whose_view.clone()}</p>
            </header>
            <h2>"Buy-in in two contexts"</h2>
            <table class="report-table">
                <thead><tr><th scope="col">"Context"</th><th scope="col">"Score"</th><th scope="col">"Band"</th><th scope="col">"Coverage"</th></tr></thead>
                <tbody>{contexts}</tbody>
            </table>
            <p class="report-key">{reading_key()}</p>
            {verdict}
            {top}
            {strengths}
            <h2>"By dimension"</h2>
            <table class="report-table report-dimensions">
                <thead><tr><th scope="col">"Dimension"</th><th scope="col">"Score"</th><th scope="col">"Band"</th><th scope="col">"Answers"</th></tr></thead>
                {dimensions}
            </table>
            <h2>"Findings"</h2>
            {if r.findings.is_empty() {
                view! { <p>"No weak spots stand out."</p> }.into_any()
            } else {
                view! { <ol class="report-findings">{findings}</ol> }.into_any()
            }}
            <OpenQuestions questions=r.open_questions.clone()/>
            // The plan (what the person will do) before what else the results suggest.
            <h2>"Action plan"</h2>
            {plan}
            {further}
            {notes}
            {earlier}
        </article>
    }
}

/// The statements answered "Don't know", as something to find out before the partners
/// meet; nothing when there are none. On the results page and in the printed report.
#[component]
pub fn OpenQuestions(questions: Vec<OpenQuestion>) -> impl IntoView {
    (!questions.is_empty()).then(|| {
        let items = questions
            .into_iter()
            .map(|q| {
                view! {
                    <li>
                        // Quoted: statements the person could not judge, not claims.
                        <span class="report-statement">{format!("“{}”", q.statement)}</span>
                        <span class="report-where">{format!(" ({})", q.dimension)}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h2>{OPEN_QUESTIONS_HEADING}</h2>
            <p>{OPEN_QUESTIONS_LEAD}</p>
            <ul class="open-questions">{items}</ul>
        }
    })
}
