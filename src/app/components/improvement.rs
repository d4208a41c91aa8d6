//! How improvement usually builds up: the chart, its table and when change is first noticed.

use yew::prelude::*;

use super::{basis_marks, findings, improvement_chart};
use crate::model::Estimate;
use crate::text::{Texts, Ui};

/// Weeks at which the text table reports the curve.
const TABLE_WEEKS: [u16; 5] = [4, 8, 12, 26, 52];

/// When change usually comes, the curve with its band, and what the trials found.
pub fn improvement(t: &dyn Texts, est: &Estimate) -> Html {
    let fc = est.first_change;
    html! {
        <section class="pp-card pp-improvement" aria-labelledby="pp-improvement-heading">
            <h2 id="pp-improvement-heading">{ t.ui(Ui::ImprovementHeading) }</h2>
            <p>{ t.first_change(fc.weeks, fc.from, fc.to) }{ " " }{ basis_marks(t, fc.basis) }</p>
            { improvement_chart(t, est) }
            <p class="pp-note">
                { basis_marks(t, est.curve.basis) }{ " " }{ basis_marks(t, est.curve.band_basis) }
            </p>
            <p class="pp-emphasis">{ t.ui(Ui::NotEveryone) }</p>
            <table class="pp-table pp-curve-table">
                <caption>{ t.ui(Ui::CurveTableCaption) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t.ui(Ui::ColWeek) }</th>
                        <th scope="col">{ t.ui(Ui::ColLow) }</th>
                        <th scope="col">{ t.ui(Ui::ColTypical) }</th>
                        <th scope="col">{ t.ui(Ui::ColHigh) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for TABLE_WEEKS.iter().filter_map(|w| est.curve.points.get(usize::from(*w))).map(|p| html! {
                        <tr>
                            <th scope="row">{ t.week(p.week) }</th>
                            <td>{ t.percent(p.low) }</td>
                            <td>{ t.percent(p.typical) }</td>
                            <td>{ t.percent(p.high) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            { findings(t, est.findings) }
        </section>
    }
}
