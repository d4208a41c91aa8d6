//! The example plan as a timeline drawing (SVG), phases and dates.

use yew::prelude::*;

use crate::model::{Estimate, Phase};
use crate::text::{Texts, Ui};

// Whole-number coordinates, as in the improvement chart.
const W: i32 = 640;
const H: i32 = 150;
const LEFT: i32 = 56;
const RIGHT: i32 = 28;
const AXIS: i32 = 62;

/// The plan as a picture: phases shaded, a marker per session (hollow when
/// optional), the start marked. The table beside it is the text equivalent.
pub fn session_timeline(t: &dyn Texts, est: &Estimate) -> Html {
    let sessions = &est.sessions;
    let last_week = sessions.last().map_or(1, |s| s.week.max(1));
    let x = |week: u16| LEFT + i32::from(week) * (W - LEFT - RIGHT) / i32::from(last_week);
    let phase_span = |phase: Phase| {
        let weeks: Vec<u16> = sessions
            .iter()
            .filter(|s| s.phase == phase)
            .map(|s| s.week)
            .collect();
        Some((*weeks.first()?, *weeks.last()?))
    };
    let series: Vec<_> = est.series().collect();
    let desc = match (series.first(), series.last(), sessions.last()) {
        (Some(first), Some(last), Some(checkup)) => {
            t.timeline_desc(series.len() as u16, first.date, last.date, checkup.date)
        }
        _ => String::new(),
    };
    html! {
        <figure class="pp-timeline">
            // On a narrow screen the picture keeps a readable size and scrolls sideways.
            <div class="pp-scroll" tabindex="0" role="region" aria-label={t.ui(Ui::TimelineTitle)}>
            <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-labelledby="pp-timeline-title pp-timeline-desc">
                <title id="pp-timeline-title">{ t.ui(Ui::TimelineTitle) }</title>
                <desc id="pp-timeline-desc">{ desc }</desc>
                { for Phase::ALL.into_iter().filter_map(|p| {
                    let (from, to) = phase_span(p)?;
                    let class = match p {
                        Phase::Early => "pp-span pp-span-early",
                        Phase::Later => "pp-span pp-span-later",
                        Phase::Maintenance => "pp-span pp-span-maintenance",
                    };
                    let x0 = x(from) - 12;
                    let x1 = x(to) + 12;
                    // The last phase ends at the right edge: its label runs leftwards.
                    let (label_x, anchor) = if p == Phase::Maintenance { (x1, "end") } else { (x0 + 4, "start") };
                    Some(html! {
                        <g>
                            <rect class={class} x={x0.to_string()} y="34" rx="8"
                                  width={(x1 - x0).to_string()} height="56" />
                            <text class="pp-span-label" x={label_x.to_string()} y="28" text-anchor={anchor}>{ t.phase(p) }</text>
                        </g>
                    })
                }) }
                <line class="pp-axis-line" x1={LEFT.to_string()} x2={(W - RIGHT + 20).to_string()}
                      y1={AXIS.to_string()} y2={AXIS.to_string()} />
                <line class="pp-start" x1={LEFT.to_string()} x2={LEFT.to_string()} y1="34" y2={(AXIS + 40).to_string()} />
                { for sessions.iter().map(|s| html! {
                    <g>
                        <circle class={if s.optional { "pp-mark pp-mark-optional" } else { "pp-mark" }}
                                cx={x(s.week).to_string()} cy={AXIS.to_string()} r="9" />
                        <text class="pp-mark-num" x={x(s.week).to_string()} y={(AXIS + 4).to_string()}
                              text-anchor="middle">{ s.number }</text>
                        <text class="pp-mark-date" text-anchor="end"
                              transform={format!("translate({} {}) rotate(-40)", x(s.week) + 4, AXIS + 22)}>
                            { t.short_date(s.date) }
                        </text>
                    </g>
                }) }
                <text class="pp-start-label" x={(LEFT + 4).to_string()} y={(H - 4).to_string()}>
                    { t.ui(Ui::TimelineStart) }{ ": " }{ t.date(est.inputs.start) }
                </text>
            </svg>
            </div>
        </figure>
    }
}
