//! The example plan: the sessions and their dates as a table, with the timeline.

use std::fmt::Write;

use yew::prelude::*;

use super::{basis_marks, condition_island, escaped, session_timeline, Shown};
use crate::model::Estimate;
use crate::text::islands::ConditionIsland;
use crate::text::{session_tag, texts, Lang, Ui};

/// The example sessions with their dates and stages.
pub fn session_plan(lang: Lang, est: &Estimate, shown: &Shown) -> Html {
    let t = texts(lang);
    let (sure, if_needed) = est.series_counts();
    let (first, last) = (&est.sessions[0], &est.sessions[est.sessions.len() - 1]);
    html! {
        <section class="pp-card pp-plan" aria-labelledby="pp-plan-heading">
            <h2 id="pp-plan-heading">{ t.ui(Ui::PlanHeading) }</h2>
            <p class="pp-summary" aria-live="polite">{ t.plan_summary(sure, if_needed) }</p>
            { condition_island(ConditionIsland::PlanNote, est.inputs.condition, lang, shown) }
            <figure class="pp-timeline">
                // On a narrow screen the picture keeps a readable size and scrolls sideways: the
                // region stays when the drawing changes (its scroll position and focus with it).
                // Written here, not with `scroll_region` (the built sections' one): the helper's
                // optional attributes were 60 B more wasm (brotli) than this one element.
                <div class="pp-scroll" tabindex="0" role="region" aria-label={t.ui(Ui::TimelineTitle)}>
                    { Html::from_html_unchecked(session_timeline(lang, est).into()) }
                </div>
            </figure>
            { Html::from_html_unchecked(table(lang, est).into()) }
            // The sessions' sources, then the top-up's under its own name: which backs which.
            <p class="pp-note">
                { t.ui(Ui::SourceMark) }{ ": " }
                { basis_marks(lang, first.basis) }
                if last.basis != first.basis {
                    <br />{ t.phase(last.phase) }{ ": " }{ basis_marks(lang, last.basis) }
                }
            </p>
        </section>
    }
}

/// The table: a row a session, with its date, week and stage. Written as one string, like the
/// timeline before it (see `escaped`): no events, our own words, numbers and dates only. It fits
/// a phone's card, but not at 320 px with a reader's wider letter and word spacing (WCAG 1.4.12):
/// then it scrolls in a region of its own, named by its caption and a tab stop as the other
/// scroll regions are (Safari does not make a scrolling box focusable by itself).
fn table(lang: Lang, est: &Estimate) -> String {
    let t = texts(lang);
    let mut h = String::new();
    let _ = write!(
        h,
        "<div class=\"pp-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"pp-plan-caption\"><table class=\"pp-table\"><caption id=\"pp-plan-caption\">{}</caption><thead><tr>",
        escaped(t.ui(Ui::PlanCaption))
    );
    for c in [Ui::ColSession, Ui::ColDate, Ui::ColWeek, Ui::ColStage] {
        let _ = write!(h, "<th scope=\"col\">{}</th>", escaped(t.ui(c)));
    }
    h.push_str("</tr></thead><tbody>");
    for s in &est.sessions {
        // A data attribute, not a class: CSS selects the stage's line by it.
        let phase = s.phase.code();
        let _ = write!(h, "<tr data-phase=\"{phase}\"><th scope=\"row\">{}</th><td class=\"pp-date\">{}</td><td>{}</td><td>{}", s.number, escaped(&t.date(s.date)), escaped(&t.week(s.week)), escaped(t.phase(s.phase)));
        if let Some(tag) = session_tag(s.phase, s.optional) {
            let _ = write!(h, " <span class=\"pp-tag\">{}</span>", escaped(t.ui(tag)));
        }
        h.push_str("</td></tr>");
    }
    h.push_str("</tbody></table></div>");
    h
}
