//! Charts as inline SVG (no chart library): dimension bars and the two-context view.
//! Both are images with a text alternative; the same numbers are in the table beside them.

use leptos::prelude::*;

use crate::ui::classes;

use crate::model::bank::Stage;
use crate::model::report::dimension_band_words;
use crate::model::scoring::{
    format_score, mark_position, round1, DimensionScore, Scores, View, CLOSE_TO, DISCUSS_FROM,
    JUST_SHORT, STRENGTH_FROM, VIEW_SPLIT,
};

// Each dimension's label sits above its bar, so the chart keeps readable text at phone
// width without scrolling sideways (SVG units below).
/// Left edge of the scale (score 1).
const LEFT: f64 = 8.0;
/// Width of the scale from 1 to 5; room for the value text remains on the right.
const BAR_W: f64 = 340.0;
const CHART_W: f64 = 400.0;
const ROW_H: f64 = 40.0;
/// Space above each context's heading.
const GROUP_GAP: f64 = 22.0;

/// The length of a score's bar from the scale's 1: at least a stub, so a 1.0 is never
/// mistaken for a dimension without a score (which has no bar, and says so).
pub fn bar_width(score: f64) -> f64 {
    // To the score as shown: a 3.96 reads "4.0" and is coloured a strength, so its bar
    // reaches the strength line.
    (x_of(round1(score)) - LEFT).max(MIN_BAR_W)
}

/// The shortest bar drawn (SVG units).
const MIN_BAR_W: f64 = 6.0;

/// x position of a 1–5 score.
fn x_of(score: f64) -> f64 {
    LEFT + (score - 1.0) / 4.0 * BAR_W
}

/// An SVG coordinate as text, at one decimal. Every number goes through this rather than
/// straight into an attribute, so that the module carries no float formatting of its own.
pub fn coord(v: f64) -> String {
    format_score(v)
}

#[component]
pub fn DimensionChart(
    /// The scores drawn, one bar per dimension, grouped by context.
    scores: Scores,
) -> impl IntoView {
    // Rows are laid top to bottom; `y` is the top of the next free line.
    let mut y = 24.0;
    let mut rows = Vec::new();
    for c in &scores.contexts {
        y += GROUP_GAP;
        rows.push(
            view! { <text class="chart-group" x=coord(LEFT) y=coord(y)>{c.context.short}</text> }
                .into_any(),
        );
        y += 8.0;
        for d in &c.dimensions {
            let band = classes::band(d.score);
            let label_line = y + 14.0;
            let bar_line = y + 33.0;
            let bar = d.score.map(|s| {
                view! {
                    <rect class=format!("chart-bar {band}") x=coord(LEFT) y=coord(y + 20.0)
                        width=coord(bar_width(s)) height="16" rx="3"></rect>
                    <text class="chart-value" x=coord(LEFT + bar_width(s) + 6.0) y=coord(bar_line)>{format_score(s)}</text>
                }
            });
            let missing = d.score.is_none().then(|| {
                view! { <text class="chart-missing" x=coord(LEFT + 4.0) y=coord(bar_line)>{no_score_words(d)}</text> }
            });
            rows.push(
                view! {
                    <text class="chart-label" x=coord(LEFT) y=coord(label_line)>{d.dimension.title}</text>
                    {bar}
                    {missing}
                }
                .into_any(),
            );
            y += ROW_H;
        }
    }
    let height = y + 4.0;
    let ticks = (1..=5)
        .map(|t| {
            let x = x_of(f64::from(t));
            view! {
                <line class="chart-grid" x1=coord(x) x2=coord(x) y1="20" y2=coord(height)></line>
                <text class="chart-tick" x=coord(x) y="14" text-anchor="middle">{t}</text>
            }
        })
        .collect_view();
    let threshold = |v: f64, class: &'static str| {
        let x = x_of(v);
        view! { <line class=class x1=coord(x) x2=coord(x) y1="20" y2=coord(height)></line> }
    };
    let summary = scores
        .dimensions()
        .map(|d| {
            format!(
                "{} {}",
                d.dimension.title,
                d.score.map_or_else(|| no_score_words(d), format_score)
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    view! {
        <figure class="chart-figure">
            <svg class="chart" viewBox=format!("0 0 {} {}", coord(CHART_W), coord(height)) role="img"
                aria-label=format!("Bar chart of dimension scores from 1 to 5: {summary}.")>
                {ticks}
                {threshold(DISCUSS_FROM, "chart-threshold discuss")}
                {threshold(STRENGTH_FROM, "chart-threshold strength")}
                {rows}
            </svg>
            <figcaption>
                "Scores from 1 to 5. Dashed lines mark where “worth discussing” ("
                {format_score(DISCUSS_FROM)}") and “strength” ("{format_score(STRENGTH_FROM)}") begin."
            </figcaption>
        </figure>
    }
}

/// Half the width of the map's dot (radius 7 and a 2-unit outline), in score points.
const DOT_HALF: f64 = 8.0 / 50.0;

#[component]
pub fn ContextMap(
    /// The between-partners context score.
    between: f64,
    /// The within-my-organisation context score.
    within: f64,
    /// An earlier pair of scores to draw an arrow from (for comparisons).
    #[prop(optional)]
    earlier: Option<(f64, f64)>,
    /// The partnership's stage now and at the earlier point, so the label names each
    /// position as the verdict and the comparison do (see `View::title_for`).
    #[prop(default = None)]
    stage: Option<Stage>,
    #[prop(default = None)] earlier_stage: Option<Stage>,
) -> impl IntoView {
    // 1..5 onto 40..240 (x) and 240..40 (y). The split sits where the strength band starts,
    // so the strength corner is small: the corner names sit outside the plot, where they
    // never cross a line or the dot. The square where both contexts are worth discussing
    // ("part way") is marked too.
    let px = |s: f64| 40.0 + (s - 1.0) / 4.0 * 200.0;
    let py = |s: f64| 240.0 - (s - 1.0) / 4.0 * 200.0;
    let split_x = px(VIEW_SPLIT);
    let split_y = py(VIEW_SPLIT);
    let (part_x, part_y) = (px(DISCUSS_FROM), py(VIEW_SPLIT));
    let part_size = px(VIEW_SPLIT) - px(DISCUSS_FROM);
    let view = View::of(between, within);
    // Winding down, the corners the verdict names for the close are named so here too
    // (see `View::title_for`): "Still to build" beside "Thin buy-in as the work ends".
    let (low_corner, middle) = if stage == Some(Stage::WindingDown) {
        ("↙ Thin buy-in", "middling")
    } else {
        ("↙ Still to build", "part way")
    };
    // Each dot lies wholly inside the region its verdict names (see `mark_position`): its
    // radius plus half its outline, in score points (50 SVG units a point). The earlier
    // dot is smaller but moved by the same rule, so the arrow between them never points
    // the wrong way (an earlier 4.1 and a current 4.0 are drawn in that order).
    let (dot_x, dot_y) = (
        px(mark_position(between, DOT_HALF)),
        py(mark_position(within, DOT_HALF)),
    );
    let earlier_at = earlier.map(|(b0, w0)| {
        (
            px(mark_position(b0, DOT_HALF)),
            py(mark_position(w0, DOT_HALF)),
        )
    });
    // Along each edge of the strong corner, a strip where the other context is just short
    // of a strength: the verdict's "Close to organisations partnering" (`View::title_at`).
    // Without it the dot of that verdict sat in the corner named "Individuals", below a
    // heading that said "close". It starts where a score is shown as the lowest "just
    // short" value (half a tenth below it).
    let close_from = VIEW_SPLIT - JUST_SHORT - 0.05;
    let close_depth = px(VIEW_SPLIT) - px(close_from);
    // The strips are named in the key under the axis, with the verdict's own words: a label
    // inside a strip this narrow sat under the dot or ran on into "part way".
    let close_strips = view! {
        <rect class="map-close" x=coord(split_x) y=coord(split_y) width=coord(240.0 - split_x) height=coord(close_depth)></rect>
        <rect class="map-close" x=coord(px(close_from)) y="40" width=coord(close_depth) height=coord(split_y - 40.0)></rect>
    };
    let trail = earlier_at.map(|(x0, y0)| {
        view! { <line class="map-trail" x1=coord(x0) y1=coord(y0) x2=coord(dot_x) y2=coord(dot_y)></line> }
    });
    // Drawn over the current dot, so where the two nearly meet the earlier one still
    // shows: there as a ring around the current dot (hollow, wider than it), the legend's
    // ring at another size.
    let earlier_mark = earlier_at.map(|(x0, y0)| {
        let overlaps = (x0 - dot_x).hypot(y0 - dot_y) < 12.0;
        let r = if overlaps { "11" } else { "5" };
        view! { <circle class="map-earlier" class:map-earlier-over=overlaps cx=coord(x0) cy=coord(y0) r=r></circle> }
    });
    let now = format!(
        "between partners {}, within my organisation {}: {}",
        format_score(between),
        format_score(within),
        view.title_for(between, within, stage)
    );
    let label = match earlier {
        Some((b0, w0)) => format!(
            "Two-context view. Then: between partners {}, within my organisation {}: {}. Now: {now}.",
            format_score(b0),
            format_score(w0),
            View::of(b0, w0).title_for(b0, w0, earlier_stage)
        ),
        None => format!("Two-context view: {now}."),
    };
    // A key under the axis names the "close" strips and, with an earlier point, says which
    // dot is which.
    let key = match earlier {
        Some(_) => view! {
            <g class="map-legend">
            <circle class="map-earlier map-key" cx="62" cy="301" r="5"></circle>
            <text class="map-axis" x="72" y="305">"Then"</text>
            <circle class="map-dot map-key" cx="122" cy="301" r="7"></circle>
            <text class="map-axis" x="134" y="305">"Now"</text>
            <rect class="map-close map-key" x="174" y="295" width="12" height="12"></rect>
            <text class="map-axis" x="190" y="305">"close"</text>
            </g>
        }
        .into_any(),
        None => view! {
            <g class="map-legend">
                <rect class="map-close map-key" x="22" y="295" width="12" height="12"></rect>
                <text class="map-axis" x="38" y="305">{CLOSE_TO.to_lowercase()}</text>
            </g>
        }
        .into_any(),
    };
    // The label sits in the box's top corner unless a dot would cover it there (any
    // answers near 3 between and 4 within): then in its bottom corner.
    let covers = |x: f64, y: f64| {
        x < part_x + 60.0 && x > part_x - 7.0 && y < part_y + 20.0 && y > part_y - 7.0
    };
    let partway_label_y = if covers(dot_x, dot_y) || earlier_at.is_some_and(|(x, y)| covers(x, y)) {
        part_y + part_size - 4.0
    } else {
        part_y + 11.0
    };
    view! {
        <svg class="context-map" viewBox="0 0 260 314" role="img" aria-label=label>
            <rect class="map-area" x="40" y="40" width="200" height="200"></rect>
            <rect class="map-good" x=coord(split_x) y="40" width=coord(240.0 - split_x) height=coord(split_y - 40.0)></rect>
            {close_strips}
            <rect class="map-partway" x=coord(part_x) y=coord(part_y) width=coord(part_size) height=coord(part_size)></rect>
            <line class="map-split" x1=coord(split_x) x2=coord(split_x) y1="40" y2="240"></line>
            <line class="map-split" x1="40" x2="240" y1=coord(split_y) y2=coord(split_y)></line>
            <text class="map-corner" x="240" y="32" text-anchor="end">"Organisations ↗"</text>
            <text class="map-corner" x="40" y="32">"↖ Ready at home"</text>
            <text class="map-corner" x="40" y="256">{low_corner}</text>
            <text class="map-corner" x="240" y="256" text-anchor="end">"Individuals ↘"</text>
            <text class="map-corner map-partway-label" x=coord(part_x + 3.0) y=coord(partway_label_y)>{middle}</text>
            <text class="map-axis" x="140" y="282" text-anchor="middle">"Between partners →"</text>
            <text class="map-axis" x="14" y="140" text-anchor="middle" transform="rotate(-90 14 140)">"Within my organisation →"</text>
            {trail}
            <circle class="map-dot" cx=coord(dot_x) cy=coord(dot_y) r="7"></circle>
            {earlier_mark}
            {key}
        </svg>
    }
}

/// Where a bar would be, why there is none ("not enough answers", "not applicable"): the
/// table's words for it, as the chart writes them.
fn no_score_words(d: &DimensionScore) -> String {
    dimension_band_words(d).to_lowercase()
}
