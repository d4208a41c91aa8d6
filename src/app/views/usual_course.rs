//! How a condition usually goes without prolotherapy (evidence.md section 1e), as the decision
//! and the choices both say it.

use yew::prelude::*;

use super::basis_marks;
use crate::model::{Basis, Condition};
use crate::text::{texts, Fixed, Lang};

/// The usual course's words, where they come from, and, where it has figures, not to compare
/// them directly with the studies' (after "no reliable figure" there is nothing to compare).
pub fn usual_course(lang: Lang, condition: Condition, course: Basis) -> Html {
    let t = texts(lang);
    html! {
        <>
            { t.condition_course(condition) }
            if !course.sources.is_empty() {
                { " " }{ basis_marks(lang, course) }
            }
            if condition.course_has_figures() {
                { " " }{ t.fixed(Fixed::CourseNotComparable) }
            }
        </>
    }
}
