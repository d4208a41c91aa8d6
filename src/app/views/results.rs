//! The condition's results: the measured time course where there is one (both arms), each
//! result beside its comparison, and that not everyone gets better. Built into the page's
//! HTML per condition and language (an island).

use yew::prelude::*;

use super::{findings, time_course_chart};
use crate::model::Estimate;
use crate::text::{texts, Fixed, Lang};

/// "No trial has tested this" for a condition without one; else the results.
pub fn results(lang: Lang, est: &Estimate) -> Html {
    let t = texts(lang);
    html! {
        <div class="pp-results-of">
            if est.findings.is_empty() {
                <p class="pp-emphasis">{ t.fixed(Fixed::NoTrialFinding) }</p>
            }
            if let Some(course) = est.time_course {
                { time_course_chart(lang, course) }
            }
            { findings(lang, est.findings) }
            <p class="pp-emphasis">{ t.fixed(Fixed::NotEveryone) }</p>
        </div>
    }
}
