//! What happened in the studies: when change is first noticed, the knee trial's time course
//! (both arms) and each result beside its comparison. No curve of "share of the benefit".

use yew::prelude::*;

use super::{basis_marks, findings, time_course_chart};
use crate::model::Estimate;
use crate::text::{Texts, Ui};

/// When change is usually first noticed (weeks from the first session, with where that falls
/// in the example plan), the measured time course where there is one, and the results.
pub fn improvement(t: &dyn Texts, est: &Estimate) -> Html {
    let fc = est.first_change;
    html! {
        <section class="pp-card pp-improvement" aria-labelledby="pp-improvement-heading">
            <h2 id="pp-improvement-heading">{ t.ui(Ui::ImprovementHeading) }</h2>
            if est.findings.is_empty() {
                <p class="pp-emphasis">{ t.ui(Ui::NoTrialFinding) }</p>
            }
            <p>{ t.first_change(fc.weeks, fc.from, fc.to) }{ " " }{ basis_marks(t, fc.basis) }</p>
            if let Some(course) = est.time_course {
                { time_course_chart(t, course) }
            }
            { findings(t, est.findings) }
            <p class="pp-emphasis">{ t.ui(Ui::NotEveryone) }</p>
        </section>
    }
}
