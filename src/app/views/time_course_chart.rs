//! A trial's time course, both arms on the trial's own scale, as SVG with a table beside it.

use std::fmt::Write;

use yew::prelude::*;

use super::{basis_marks, scroll_region, Named};
use crate::model::{Basis, TimeCourse};
use crate::text::{texts, Fixed, Lang, Ui};

// Whole-number coordinates: precise enough at this size, and formatting integers keeps
// the float-printing code out of the wasm.
const W: i32 = 640;
const H: i32 = 260;
const LEFT: i32 = 44;
const RIGHT: i32 = 16;
const TOP: i32 = 12;
const BOTTOM: i32 = 44;
/// The chart's top, in points: the knee trial's largest average was 15.5.
const TOP_POINTS: i32 = 20;
const LAST_WEEK: i32 = 52;

fn x(week: u16) -> i32 {
    LEFT + i32::from(week) * (W - LEFT - RIGHT) / LAST_WEEK
}

/// `tenths` of a point, from the bottom.
fn y(tenths: i32) -> i32 {
    TOP + (TOP_POINTS * 10 - tenths) * (H - TOP - BOTTOM) / (TOP_POINTS * 10)
}

/// Both arms over the weeks: lines told apart by dash and marker shape as well as colour,
/// labelled in words, with the same numbers in a table.
pub fn time_course_chart(lang: Lang, course: &'static TimeCourse) -> Html {
    let t = texts(lang);
    let base = y(0);
    html! {
        <figure class="pp-chart">
            { scroll_region(Named::Label(t.fixed(Fixed::ChartTitle)), html! {
            <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-labelledby="pp-chart-title pp-chart-desc"
                 preserveAspectRatio="xMidYMid meet">
                <title id="pp-chart-title">{ t.fixed(Fixed::ChartTitle) }</title>
                <desc id="pp-chart-desc">{ t.fixed(Fixed::ChartDesc) }</desc>
                { for [0, 10, 20].iter().map(|p| html! {
                    <g class="pp-grid">
                        <line x1={LEFT.to_string()} x2={(W - RIGHT).to_string()} y1={y(p * 10).to_string()} y2={y(p * 10).to_string()} />
                        <text x={(LEFT - 6).to_string()} y={(y(p * 10) + 4).to_string()} text-anchor="end">{ p }</text>
                    </g>
                }) }
                { for course.weeks.iter().map(|w| html! {
                    <text x={x(*w).to_string()} y={(base + 18).to_string()} text-anchor="middle">{ w }</text>
                }) }
                <text class="pp-axis" x={LEFT.to_string()} y={(H - 6).to_string()}>
                    { t.fixed(Fixed::AxisWeeks) }
                </text>
                { for course.arms.iter().enumerate().map(|(i, (group, values))| {
                    let mut d = format!("M{},{}", x(0), base);
                    for (w, v) in course.weeks.iter().zip(values.iter()) {
                        let _ = write!(d, "L{},{}", x(*w), y(i32::from(*v)));
                    }
                    // The last point but one: week 24 of the knee trial's weeks.
                    let at = course.weeks.len().saturating_sub(2);
                    let (label_week, label_at) = (course.weeks.get(at).copied().unwrap_or(0), values.get(at).copied().unwrap_or(0));
                    html! {
                        <g class={if i == 0 { "pp-arm pp-arm-treated" } else { "pp-arm pp-arm-control" }}>
                            <path class="pp-line" d={d} />
                            { for course.weeks.iter().zip(values.iter()).map(|(w, v)| if i == 0 {
                                html! { <circle cx={x(*w).to_string()} cy={y(i32::from(*v)).to_string()} r="5" /> }
                            } else {
                                html! { <rect x={(x(*w) - 4).to_string()} y={(y(i32::from(*v)) - 4).to_string()} width="8" height="8" /> }
                            }) }
                            // Above its line, ending at the last point but one (week 24), not the
                            // last (52): on a phone the drawing scrolls in its box, and which line
                            // is which must show before it is scrolled (the lines are far apart
                            // there, and the labels cross neither).
                            <text class="pp-arm-label" x={x(label_week).to_string()}
                                  y={(y(i32::from(label_at)) - 10).to_string()} text-anchor="end">
                                { t.group(*group) }
                            </text>
                        </g>
                    }
                }) }
            </svg>
            }) }
            <figcaption class="pp-note">{ t.fixed(Fixed::AxisBenefit) }{ " " }{ basis_marks(lang, Basis::cited(std::slice::from_ref(&course.source))) }</figcaption>
            // Its own scroll region, as the drawing's: in Spanish on a phone it is wider than the
            // card, whose painting would cut its last column off (WCAG 1.4.10).
            { scroll_region(Named::By("pp-curve-caption"), html! {
            <table class="pp-table pp-curve-table">
                <caption id="pp-curve-caption">{ t.fixed(Fixed::CurveTableCaption) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t.ui(Ui::ColWeek) }</th>
                        { for course.arms.iter().map(|(g, _)| html! { <th scope="col">{ t.group(*g) }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for course.weeks.iter().enumerate().map(|(i, w)| html! {
                        <tr>
                            <th scope="row">{ t.week(*w) }</th>
                            { for course.arms.iter().map(|(_, v)| html! { <td>{ t.tenths(v[i]) }</td> }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            }) }
        </figure>
    }
}
