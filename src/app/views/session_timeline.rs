//! The example plan as a timeline drawing (SVG), phases and dates.

use std::fmt::Write;

use super::escaped;
use crate::model::{Estimate, Phase};
use crate::text::{texts, Lang, Ui};

// Whole-number coordinates, as in the improvement chart.
const W: i32 = 640;
const H: i32 = 150;
const LEFT: i32 = 56;
const RIGHT: i32 = 28;
const AXIS: i32 = 62;

/// The plan as a picture: phases shaded, a marker per session (hollow when
/// optional), the start marked. The table beside it is the text equivalent.
///
/// Written as one SVG string (see `escaped`); the figure and its scroll region around it stay
/// elements (session_plan.rs), so a new drawing keeps their focus and scroll position.
pub fn session_timeline(lang: Lang, est: &Estimate) -> String {
    let t = texts(lang);
    let sessions = &est.sessions;
    let last_week = sessions.last().map_or(1, |s| s.week.max(1));
    let x = |week: u16| LEFT + i32::from(week) * (W - LEFT - RIGHT) / i32::from(last_week);
    let phase_span = |phase: Phase| {
        let mut weeks = sessions.iter().filter(|s| s.phase == phase).map(|s| s.week);
        let first = weeks.next()?;
        Some((first, weeks.next_back().unwrap_or(first)))
    };
    let series: Vec<_> = est.series().collect();
    let counts = est.series_counts();
    // The sure sessions come first in the series, the ones "if needed" after them.
    let last_sure = series.get(usize::from(counts.0).saturating_sub(1));
    let desc = match (series.first(), last_sure, series.last(), sessions.last()) {
        (Some(first), Some(last_sure), Some(last), Some(checkup)) => {
            t.timeline_desc(counts, first.date, last_sure.date, last.date, checkup.date)
        }
        _ => String::new(),
    };
    let mut svg = format!(
        "<svg viewBox=\"0 0 {W} {H}\" role=\"img\" aria-labelledby=\"pp-timeline-title pp-timeline-desc\">\
         <title id=\"pp-timeline-title\">{}</title><desc id=\"pp-timeline-desc\">{}</desc>",
        escaped(t.ui(Ui::TimelineTitle)),
        escaped(&desc)
    );
    for p in Phase::ALL {
        let Some((from, to)) = phase_span(p) else {
            continue;
        };
        let class = p.code();
        let (x0, x1) = (x(from) - 12, x(to) + 12);
        // The last phase ends at the right edge: its label runs leftwards.
        let (label_x, anchor) = if p == Phase::Maintenance {
            (x1, "end")
        } else {
            (x0 + 4, "start")
        };
        let _ = write!(
            svg,
            "<g><rect class=\"pp-span-{class}\" x=\"{x0}\" y=\"34\" rx=\"8\" width=\"{}\" height=\"56\"></rect>\
             <text class=\"pp-span-label\" x=\"{label_x}\" y=\"28\" text-anchor=\"{anchor}\">{}</text></g>",
            x1 - x0,
            escaped(t.phase(p))
        );
    }
    // The start line ends just below the first marker: the dates under the first sessions run
    // down to the left, across where a longer line would be.
    let _ = write!(
        svg,
        "<line class=\"pp-axis-line\" x1=\"{LEFT}\" x2=\"{}\" y1=\"{AXIS}\" y2=\"{AXIS}\"></line>\
         <line class=\"pp-start\" x1=\"{LEFT}\" x2=\"{LEFT}\" y1=\"34\" y2=\"{}\"></line>",
        W - RIGHT + 20,
        AXIS + 14
    );
    for s in sessions {
        let cx = x(s.week);
        let _ = write!(
            svg,
            "<g><circle class=\"pp-mark{}\" cx=\"{cx}\" cy=\"{AXIS}\" r=\"9\"></circle>\
             <text class=\"pp-mark-num\" x=\"{cx}\" y=\"{}\" text-anchor=\"middle\">{}</text>\
             <text class=\"pp-mark-date\" text-anchor=\"end\" transform=\"translate({} {}) rotate(-40)\">{}</text></g>",
            if s.optional { " pp-mark-optional" } else { "" },
            AXIS + 4,
            s.number,
            cx + 4,
            AXIS + 22,
            escaped(&t.short_date(s.date))
        );
    }
    let _ = write!(
        svg,
        "<text class=\"pp-start-label\" x=\"{}\" y=\"{}\">{}: {}</text></svg>",
        LEFT + 4,
        H - 4,
        escaped(t.ui(Ui::TimelineStart)),
        escaped(&t.date(est.inputs.start))
    );
    svg
}
