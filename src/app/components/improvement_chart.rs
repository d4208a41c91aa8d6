//! The improvement chart as SVG, with a title and description for screen readers.

use std::fmt::Write;

use yew::prelude::*;

use crate::model::outcome::WEEKS;
use crate::model::Estimate;
use crate::text::{Texts, Ui};

// Whole-number coordinates: precise enough at this size, and formatting integers keeps
// the float-printing code out of the wasm.
const W: i32 = 640;
const H: i32 = 300;
const LEFT: i32 = 52;
const RIGHT: i32 = 16;
const TOP: i32 = 16;
const BOTTOM: i32 = 52;

fn x(week: u16) -> i32 {
    LEFT + i32::from(week) * (W - LEFT - RIGHT) / i32::from(WEEKS)
}

fn y(percent: u8) -> i32 {
    TOP + (100 - i32::from(percent)) * (H - TOP - BOTTOM) / 100
}

/// The typical curve, its band and the session weeks, as an SVG with a title and description.
pub fn improvement_chart(t: &dyn Texts, est: &Estimate) -> Html {
    let points = &est.curve.points;
    let mut line = String::new();
    let mut band = String::new();
    for (i, p) in points.iter().enumerate() {
        let _ = write!(
            line,
            "{}{},{}",
            if i == 0 { "M" } else { "L" },
            x(p.week),
            y(p.typical)
        );
        let _ = write!(
            band,
            "{}{},{}",
            if i == 0 { "M" } else { "L" },
            x(p.week),
            y(p.high)
        );
    }
    for p in points.iter().rev() {
        let _ = write!(band, "L{},{}", x(p.week), y(p.low));
    }
    band.push('Z');
    let base = y(0);
    let fc = est.first_change.weeks;
    html! {
        <figure class="pp-chart">
            <div class="pp-scroll" tabindex="0" role="region" aria-label={t.ui(Ui::ChartTitle)}>
            <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-labelledby="pp-chart-title pp-chart-desc"
                 preserveAspectRatio="xMidYMid meet">
                <title id="pp-chart-title">{ t.ui(Ui::ChartTitle) }</title>
                <desc id="pp-chart-desc">{ t.ui(Ui::ChartDesc) }</desc>
                { for [0u8, 50, 100].iter().map(|p| html! {
                    <g class="pp-grid">
                        <line x1={LEFT.to_string()} x2={(W - RIGHT).to_string()} y1={y(*p).to_string()} y2={y(*p).to_string()} />
                        <text x={(LEFT - 6).to_string()} y={(y(*p) + 4).to_string()} text-anchor="end">{ t.percent(*p) }</text>
                    </g>
                }) }
                { for (0..=WEEKS).step_by(12).map(|w| html! {
                    <text class="pp-tick" x={x(w).to_string()} y={(base + 18).to_string()} text-anchor="middle">{ w }</text>
                }) }
                <text class="pp-axis" x={((LEFT + W - RIGHT) / 2).to_string()} y={(H - 8).to_string()} text-anchor="middle">
                    { t.ui(Ui::AxisWeeks) }
                </text>
                <rect class="pp-first-change" x={x(fc.min).to_string()} y={TOP.to_string()}
                      width={(x(fc.max) - x(fc.min)).to_string()} height={(base - TOP).to_string()} />
                <text class="pp-first-change-label" x={(x(fc.max) + 6).to_string()} y={(y(12)).to_string()}>
                    { t.ui(Ui::ChangeOften) }
                </text>
                <path class="pp-band" d={band} />
                <path class="pp-line" d={line} />
                { for est.sessions.iter().filter(|s| s.week <= WEEKS).map(|s| html! {
                    <circle class={if s.optional { "pp-dot pp-dot-optional" } else { "pp-dot" }}
                            cx={x(s.week).to_string()} cy={base.to_string()} r="5" />
                }) }
            </svg>
            </div>
            <figcaption class="pp-legend">
                <span class="pp-key pp-key-line">{ t.ui(Ui::LegendTypical) }</span>
                <span class="pp-key pp-key-band">{ t.ui(Ui::LegendBand) }</span>
                <span class="pp-key pp-key-dot">{ t.ui(Ui::LegendSession) }</span>
                <span class="pp-key-axis">{ t.ui(Ui::AxisBenefit) }</span>
            </figcaption>
        </figure>
    }
}
