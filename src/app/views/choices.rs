//! The choices in equal detail: what each involves, what happened in the studies here for
//! the chosen condition, and the main downsides. No claim without a source.

use yew::prelude::*;

use super::basis_marks;
use crate::model::conditions::Group;
use crate::model::options::{ArmResult, Choice};
use crate::model::{Basis, Estimate, SourceId};
use crate::text::{texts, Fixed, Lang};

/// One row a choice, the same three things for each; then what to do if it does not help.
pub fn choices(lang: Lang, est: &Estimate) -> Html {
    let t = texts(lang);
    // "Reassess after 2 or 3 sessions" is what clinics say (evidence.md section 1), no trial.
    const NO_HELP: Basis = Basis::cited(&[SourceId::TypicalPractice]);
    let happened = |c: Choice| -> Html {
        let results = c.results(est.findings);
        // Each result as the studies section says it: its lead-in, the group's figure (or the
        // group named), whether the gap was clear, the study's caveats, and the source.
        // Groups a study names without figures share one line (and its caveats say it once).
        let mut rows: Vec<(&ArmResult, Vec<Group>)> = Vec::new();
        for r in &results {
            match rows.last_mut() {
                Some((last, groups))
                    if r.value.is_none()
                        && last.value.is_none()
                        && std::ptr::eq(last.finding, r.finding) =>
                {
                    groups.push(r.group)
                }
                _ => rows.push((r, vec![r.group])),
            }
        }
        let list = html! {
            { for rows.iter().enumerate().map(|(i, (r, groups))| {
                // A result's caveats about its comparison groups after its last figure, as the
                // results say them (which comparison was clear, a figure not checked, small groups).
                let last_of_finding = rows.get(i + 1).is_none_or(|(next, _)| !std::ptr::eq(next.finding, r.finding));
                let charted = est.time_course.is_some_and(|c| c.arms.iter().any(|(g, _)| *g == r.group));
                let intro = t.finding_intro(r.finding.measure, r.finding.at_weeks);
                html! {
                    <p>
                        // A lead-in to a figure ("...got better by:") only where the figure follows.
                        if r.value.is_some() || !intro.ends_with(':') {
                            { intro }{ " " }
                        }
                        if let Some(value) = r.value {
                            { t.finding_arm(r.finding.unit, r.group, value) }{ ". " }
                            { t.verdict(r.finding.verdict) }
                            if last_of_finding {
                                { for r.finding.caveats.iter().filter(|k| k.beside_a_comparison(charted)).map(|k| html! { <>{ " " }{ t.caveat(*k) }</> }) }
                            }
                        } else {
                            { t.fixed(Fixed::ComparedWith) }{ ": " }
                            { groups.iter().map(|g| t.group(*g)).collect::<Vec<_>>().join("; ") }{ ". " }
                            { for r.finding.caveats.iter().map(|k| html! { <>{ t.caveat(*k) }{ " " }</> }) }
                        }
                        { " " }{ basis_marks(lang, Basis::cited(std::slice::from_ref(&r.finding.source))) }
                    </p>
                }
            }) }
        };
        match c {
            Choice::Prolotherapy if !est.findings.is_empty() => {
                html! { { t.fixed(Fixed::SeeResultsAbove) } }
            }
            Choice::Prolotherapy => html! { { t.fixed(Fixed::NoTrialFinding) } },
            Choice::NoProlotherapy => html! {
                <>
                    <p>
                        { t.condition_course(est.inputs.condition) }
                        if !est.course_basis.sources.is_empty() {
                            { " " }{ basis_marks(lang, est.course_basis) }{ " " }{ t.fixed(Fixed::CourseNotComparable) }
                        }
                    </p>
                    if !results.is_empty() {
                        // Whether they all had other shots, or some had no treatment at all.
                        <p>{ t.fixed(if results.iter().any(|r| r.group == Group::WaitAndSee) {
                            Fixed::ComparisonGroupWaited
                        } else {
                            Fixed::ComparisonGroupsHad
                        }) }</p>
                        { list }
                    }
                </>
            },
            _ if results.is_empty() => html! { { t.fixed(Fixed::NotTestedHere) } },
            _ => list,
        }
    };
    html! {
        <section class="pp-card pp-choices-section" aria-labelledby="pp-choices-heading">
            <h2 id="pp-choices-heading">{ t.fixed(Fixed::OptionsHeading) }</h2>
            <div class="pp-scroll" tabindex="0" role="region" aria-labelledby="pp-choices-heading">
            <table class="pp-table pp-options">
                <thead>
                    <tr>
                        <th scope="col">{ t.fixed(Fixed::ColChoice) }</th>
                        <th scope="col">{ t.fixed(Fixed::ColInvolves) }</th>
                        <th scope="col">{ t.fixed(Fixed::ColHappened) }</th>
                        <th scope="col">{ t.fixed(Fixed::ColDownsides) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for Choice::ALL.into_iter().map(|c| html! {
                        <tr>
                            <th scope="row">{ t.choice(c) }</th>
                            <td>{ t.choice_involves(c) }</td>
                            <td>{ happened(c) }</td>
                            <td>{ t.choice_downsides(c) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
            <h3>{ t.fixed(Fixed::OptionNoHelp) }</h3>
            <p>{ t.fixed(Fixed::IfNoHelp) }{ " " }{ basis_marks(lang, NO_HELP) }</p>
        </section>
    }
}
