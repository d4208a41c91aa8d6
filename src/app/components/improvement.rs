use std::rc::Rc;

use yew::prelude::*;

use super::{BasisMarks, Findings, ImprovementChart};
use crate::app::hooks::use_texts;
use crate::model::Estimate;
use crate::text::Ui;

#[derive(Properties, PartialEq)]
pub struct ImprovementProps {
    pub estimate: Rc<Estimate>,
}

/// Weeks at which the text table reports the curve.
const TABLE_WEEKS: [u16; 5] = [4, 8, 12, 26, 52];

/// When change usually comes, the curve with its band, and what the trials found.
#[function_component(Improvement)]
pub fn improvement(props: &ImprovementProps) -> Html {
    let t = use_texts();
    let est = &props.estimate;
    let fc = est.first_change;
    html! {
        <section class="pp-card pp-improvement" aria-labelledby="pp-improvement-heading">
            <h2 id="pp-improvement-heading">{ t.ui(Ui::ImprovementHeading) }</h2>
            <p>{ t.first_change(fc.weeks, fc.from, fc.to) }{ " " }<BasisMarks basis={fc.basis} /></p>
            <ImprovementChart estimate={est.clone()} />
            <p class="pp-note">
                <BasisMarks basis={est.curve.basis} />{ " " }<BasisMarks basis={est.curve.band_basis} />
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
            <Findings findings={est.findings} />
        </section>
    }
}
