use yew::prelude::*;

use super::{BasisMarks, IconArray};
use crate::app::hooks::use_texts;
use crate::model::conditions::Unit;
use crate::model::{Basis, Finding};
use crate::text::Ui;

#[derive(Properties, PartialEq)]
pub struct FindingsProps {
    pub findings: &'static [Finding],
}

/// What the trials found for this condition, as "X out of 100" where they counted people.
#[function_component(Findings)]
pub fn findings(props: &FindingsProps) -> Html {
    let t = use_texts();
    html! {
        <div class="pp-findings">
            <h3>{ t.ui(Ui::FindingsHeading) }</h3>
            if props.findings.is_empty() {
                <p>{ t.ui(Ui::NoTrialFinding) }</p>
            }
            { for props.findings.iter().map(|f| html! {
                <div class="pp-finding">
                    <p>{ t.finding_intro(f.measure, f.at_weeks) }</p>
                    if !f.arms.is_empty() {
                        <ul class="pp-arms">
                            { for f.arms.iter().map(|(g, v)| {
                                let counted = matches!(f.unit, Unit::People | Unit::Joints) && v.min == v.max;
                                html! {
                                    <li>
                                        if counted {
                                            <IconArray filled={v.min} label={t.out_of_100(f.unit, v.min)} />
                                        }
                                        <span>{ t.finding_arm(f.unit, *g, *v) }</span>
                                    </li>
                                }
                            }) }
                        </ul>
                        if f.arms.iter().any(|_| matches!(f.unit, Unit::People | Unit::Joints)) {
                            <p class="pp-note">{ t.ui(Ui::IconArrayNote) }</p>
                        }
                    }
                    if f.not_significant {
                        <p>{ t.ui(Ui::NotSignificant) }</p>
                    }
                    <p class="pp-note"><BasisMarks basis={Basis::cited(std::slice::from_ref(&f.source))} /></p>
                </div>
            }) }
        </div>
    }
}
