//! What the studies found for the chosen condition, each group beside the others.

use yew::prelude::*;

use super::{basis_marks, icon_array};
use crate::model::conditions::Unit;
use crate::model::{Basis, Finding};
use crate::text::{Texts, Ui};

/// What the trials found for this condition, as "X out of 100" where they counted people.
pub fn findings(t: &dyn Texts, findings: &'static [Finding]) -> Html {
    html! {
        <div class="pp-findings">
            <h3>{ t.ui(Ui::FindingsHeading) }</h3>
            if findings.is_empty() {
                <p>{ t.ui(Ui::NoTrialFinding) }</p>
            }
            { for findings.iter().map(|f| html! {
                <div class="pp-finding">
                    <p>{ t.finding_intro(f.measure, f.at_weeks) }</p>
                    if !f.arms.is_empty() {
                        <ul class="pp-arms">
                            { for f.arms.iter().map(|(g, v)| {
                                let counted = matches!(f.unit, Unit::People | Unit::Joints) && v.min == v.max;
                                html! {
                                    <li>
                                        if counted {
                                            { icon_array(v.min, t.out_of_100(f.unit, v.min)) }
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
                    <p class="pp-note">{ basis_marks(t, Basis::cited(std::slice::from_ref(&f.source))) }</p>
                </div>
            }) }
        </div>
    }
}
