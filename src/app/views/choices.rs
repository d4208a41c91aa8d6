//! The choices in equal detail: what each involves, what happened in the studies here for
//! the chosen condition, and the main downsides. No claim without a source.

use yew::prelude::*;

use super::{basis_marks, scroll_region, usual_course, Named};
use crate::model::conditions::{Caveat, Group, Verdict};
use crate::model::options::{ArmResult, Choice};
use crate::model::{Basis, Estimate, SourceId};
use crate::text::{caveat_in_row, texts, Fixed, Lang};

/// One row a choice, the same three things for each; then what to do if it does not help.
pub fn choices(lang: Lang, est: &Estimate) -> Html {
    let t = texts(lang);
    // "Reassess after 2 or 3 sessions" is what clinics say (evidence.md section 1), no trial.
    const NO_HELP: Basis = Basis::cited(&[SourceId::TypicalPractice]);
    let happened = |c: Choice| -> Html {
        let results = c.results(est.findings);
        // Each study's results in this choice as one paragraph, as the studies section says
        // them: its lead-in, prolotherapy's figure first and then this choice's groups' (same
        // unit, time and denominator), whether the gap was clear, every caveat, and the source.
        // Groups a study names without figures share one line, with its caveats.
        let mut studies: Vec<Vec<&ArmResult>> = Vec::new();
        for r in &results {
            match studies.last_mut() {
                Some(same) if std::ptr::eq(same[0].finding, r.finding) => same.push(r),
                _ => studies.push(vec![r]),
            }
        }
        let list = html! {
            { for studies.iter().map(|rs| {
                let f = rs[0].finding;
                let source = basis_marks(lang, Basis::cited(std::slice::from_ref(&f.source)));
                let figures: Vec<String> = f
                    .arms
                    .iter()
                    .filter(|(g, _)| g.treated())
                    .map(|(g, v)| (*g, *v))
                    .chain(rs.iter().filter_map(|r| Some((r.group, r.value?))))
                    .map(|(g, v)| t.finding_arm(f.unit, g, v))
                    .collect();
                // A row that names one group says the study's caveats as they bear on it.
                let about = |k: Caveat| match rs.as_slice() {
                    [one] => caveat_in_row(t, k, one.group),
                    _ => t.caveat(k),
                };
                let caveats = html! { { for f.caveats.iter().map(|k| html! { <>{ " " }{ about(*k) }</> }) } };
                // How strong, as the studies section rates it (against a group with no shot, low
                // at most): a row read on its own keeps its uncertainty. The weakest of the row's
                // groups.
                let rated = rs
                    .iter()
                    .map(|r| f.strength_against(r.group))
                    .min()
                    .unwrap_or_else(|| f.strength());
                let strength = html! {
                    <>{ " " }{ t.fixed(Fixed::StrengthLabel) }{ ": " }{ t.strength(rated) }{ "." }</>
                };
                if rs.iter().any(|r| r.value.is_some()) {
                    html! {
                        <p>
                            { t.finding_intro(f.measure, f.at_weeks) }{ " " }{ figures.join("; ") }{ ". " }
                            { t.verdict(f.verdict) }{ caveats }{ strength }{ " " }{ source }
                        </p>
                    }
                } else {
                    let named: Vec<&str> = rs.iter().map(|r| t.group(r.group)).collect();
                    let intro = t.finding_intro(f.measure, f.at_weeks);
                    html! {
                        <p>
                            // A lead-in to a figure ("...got better by:") only where a figure follows.
                            if !intro.ends_with(':') {
                                { intro }{ " " }
                            }
                            { t.fixed(Fixed::ComparedWith) }{ ": " }{ named.join("; ") }{ "." }
                            // Whether the gap was clear; a mixed result says it group by group,
                            // in its caveat.
                            if f.verdict != Verdict::Mixed {
                                { " " }{ t.verdict(f.verdict) }
                            }
                            { caveats }{ strength }{ " " }{ source }
                        </p>
                    }
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
                        { usual_course(lang, est.inputs.condition, est.course_basis) }
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
    let col = |name: Fixed| html! { <span class="pp-col">{ t.fixed(name) }</span> };
    html! {
        <section class="pp-card pp-choices-section" aria-labelledby="pp-choices-heading">
            <h2 id="pp-choices-heading">{ t.fixed(Fixed::OptionsHeading) }</h2>
            { scroll_region(Named::InSection("pp-choices-heading"), html! {
            <table class="pp-table pp-options" aria-labelledby="pp-choices-heading">
                <thead>
                    <tr>
                        <th scope="col">{ t.fixed(Fixed::ColChoice) }</th>
                        <th scope="col">{ t.fixed(Fixed::ColInvolves) }</th>
                        <th scope="col">{ t.fixed(Fixed::ColHappened) }</th>
                        <th scope="col">{ t.fixed(Fixed::ColDownsides) }</th>
                    </tr>
                </thead>
                <tbody>
                    // Each cell also names its column, shown where the table is too narrow for
                    // its columns and each choice is a card (styles/main.css `.pp-col`): on a
                    // phone the downsides were a swipe away, past the end of a long table.
                    { for Choice::ALL.into_iter().map(|c| html! {
                        <tr>
                            <th scope="row">{ t.choice(c) }</th>
                            <td>{ col(Fixed::ColInvolves) }{ t.choice_involves(c) }</td>
                            <td>{ col(Fixed::ColHappened) }{ happened(c) }</td>
                            <td>{ col(Fixed::ColDownsides) }{ t.choice_downsides(c) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            }) }
            <h3>{ t.fixed(Fixed::OptionNoHelp) }</h3>
            <p>{ t.fixed(Fixed::IfNoHelp) }{ " " }{ basis_marks(lang, NO_HELP) }</p>
        </section>
    }
}
