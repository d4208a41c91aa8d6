//! Each result beside its comparison: same unit, same time, same denominator; how the study
//! was done, how big it was, how strong the evidence is, and its caveats.

use yew::prelude::*;

use super::{basis_marks, icon_array};
use crate::model::conditions::{Group, Unit};
use crate::model::{Basis, Finding};
use crate::text::{texts, Fixed, Lang};

/// The results of the condition's studies. Where the study counted people (or joints), each
/// group gets an icon array of 100 side by side; where it gives no figure, what it was
/// compared with is named.
pub fn findings(lang: Lang, findings: &'static [Finding]) -> Html {
    let t = texts(lang);
    html! {
        <div class="pp-findings">
            { for findings.iter().map(|f| {
                // Groups "Your choices" rates lower than the study (`Finding::strength_against`).
                let lower: Vec<Group> = f.comparisons().filter(|g| f.strength_against(*g) < f.strength()).collect();
                let names: Vec<&str> = lower.iter().map(|g| t.group(*g)).collect();
                html! {
                <div class="pp-finding">
                    <p><strong>{ t.finding_intro(f.measure, f.at_weeks) }</strong></p>
                    if !f.arms.is_empty() {
                        <ul class="pp-arms">
                            { for f.arms.iter().map(|(g, v)| html! {
                                <li>
                                    if f.unit.counts() && v.min == v.max {
                                        { icon_array(v.min, t.out_of_100(f.unit, v.min)) }
                                    }
                                    <span>{ t.finding_arm(f.unit, *g, *v) }</span>
                                </li>
                            }) }
                        </ul>
                        if f.unit.counts() {
                            <p class="pp-note">{ t.fixed(if f.unit == Unit::Joints { Fixed::IconArrayNoteJoints } else { Fixed::IconArrayNote }) }</p>
                        }
                    }
                    if f.arms.iter().all(|(g, _)| g.treated()) && !f.compared_with.is_empty() {
                        <p>{ t.fixed(Fixed::ComparedWith) }{ ": " }{ f.compared_with.iter().map(|g| t.group(*g)).collect::<Vec<_>>().join("; ") }{ "." }</p>
                    }
                    <p>{ t.verdict(f.verdict) }</p>
                    { for f.caveats.iter().map(|c| html! { <p>{ t.caveat(*c) }</p> }) }
                    <p class="pp-note">
                        { t.study_size(f.design, f.trials, f.people) }{ " " }<span class="pp-design">{ t.design(f.design) }{ " " }</span>
                        { t.fixed(Fixed::StrengthLabel) }{ ": " }<strong>{ t.strength(f.strength()) }</strong>{ ". " }
                        // As "Your choices" rates each row: against a group with no shot, low at
                        // most (`Finding::strength_against`), said here too, so the two agree.
                        if let Some(g) = lower.first() {
                            { t.fixed(Fixed::AgainstNoShot) }{ " (" }{ names.join("; ") }{ "): " }
                            <strong>{ t.strength(f.strength_against(*g)) }</strong>{ ". " }
                        }
                        { basis_marks(lang, Basis::cited(std::slice::from_ref(&f.source))) }
                    </p>
                </div>
            }}) }
        </div>
    }
}
