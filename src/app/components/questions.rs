//! Questions to ask the clinician.

use yew::prelude::*;

use crate::text::{Texts, Ui};

/// Questions to take to the visit.
pub fn questions(t: &dyn Texts) -> Html {
    html! {
        <section class="pp-card pp-questions" aria-labelledby="pp-questions-heading">
            <h2 id="pp-questions-heading">{ t.ui(Ui::QuestionsHeading) }</h2>
            <ul>
                { for [Ui::Question1, Ui::Question2, Ui::Question3, Ui::Question4, Ui::Question5]
                    .into_iter().map(|q| html! { <li>{ t.ui(q) }</li> }) }
            </ul>
        </section>
    }
}
