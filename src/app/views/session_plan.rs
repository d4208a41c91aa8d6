//! The example plan: the sessions and their dates as a table, with the timeline.

use yew::prelude::*;

use super::{basis_marks, condition_island, session_timeline, Shown};
use crate::model::{Estimate, Phase};
use crate::text::islands::ConditionIsland;
use crate::text::{texts, Lang, Ui};

/// The example sessions with their dates and stages.
pub fn session_plan(lang: Lang, est: &Estimate, shown: &Shown) -> Html {
    let t = texts(lang);
    let sessions = est.series().count() as u16;
    html! {
        <section class="pp-card pp-plan" aria-labelledby="pp-plan-heading">
            <h2 id="pp-plan-heading">{ t.ui(Ui::PlanHeading) }</h2>
            <p class="pp-summary" aria-live="polite">{ t.plan_summary(sessions) }</p>
            { condition_island(ConditionIsland::PlanNote, est.inputs.condition, lang, shown) }
            { session_timeline(lang, est) }
            <table class="pp-table">
                <caption>{ t.ui(Ui::PlanCaption) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t.ui(Ui::ColSession) }</th>
                        <th scope="col">{ t.ui(Ui::ColDate) }</th>
                        <th scope="col">{ t.ui(Ui::ColWeek) }</th>
                        <th scope="col">{ t.ui(Ui::ColStage) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for est.sessions.iter().map(|s| {
                        // A data attribute, not a class: a class from an expression costs the
                        // wasm Yew's class-list code (1.3 KB brotli), a plain attribute nothing.
                        let phase = match s.phase {
                            Phase::Early => "early",
                            Phase::Later => "later",
                            Phase::Maintenance => "maintenance",
                        };
                        html! {
                            <tr data-phase={phase}>
                                <th scope="row">{ s.number }</th>
                                <td class="pp-date">{ t.date(s.date) }</td>
                                <td>{ t.week(s.week) }</td>
                                <td>
                                    { t.phase(s.phase) }
                                    if s.optional {
                                        <span class="pp-tag">{ t.ui(Ui::IfNeeded) }</span>
                                    }
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            <p class="pp-note">
                { t.ui(Ui::SourceMark) }{ ": " }
                { basis_marks(lang, est.sessions[0].basis) }
                { basis_marks(lang, est.sessions[est.sessions.len() - 1].basis) }
            </p>
        </section>
    }
}
