//! The decision at the top, and what the chosen condition is and how it usually goes.

use yew::prelude::*;

use super::usual_course;
use crate::model::{Basis, Condition};
use crate::text::{texts, Fixed, Lang};

/// The choice being weighed, the condition in plain words and its usual course without
/// prolotherapy (evidence.md section 1e), with where that comes from.
pub fn decision(lang: Lang, condition: Condition, course: Basis) -> Html {
    let t = texts(lang);
    html! {
        <section class="pp-card pp-decision" aria-labelledby="pp-decision-heading">
            <h2 id="pp-decision-heading">{ t.fixed(Fixed::DecisionHeading) }</h2>
            <p>{ t.fixed(Fixed::Decision) }</p>
            <h3>{ t.condition(condition) }</h3>
            <p><strong>{ t.fixed(Fixed::ConditionWhatLabel) }{ ": " }</strong>{ t.condition_what(condition) }</p>
            <p>
                <strong>{ t.fixed(Fixed::ConditionCourseLabel) }{ ": " }</strong>
                { usual_course(lang, condition, course) }
            </p>
        </section>
    }
}
