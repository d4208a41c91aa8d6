//! Questions to ask the clinician.

use yew::prelude::*;

use crate::text::{texts, Fixed, Lang};

/// Questions to take to the visit.
pub fn questions(lang: Lang) -> Html {
    let t = texts(lang);
    html! {
        <section class="pp-card pp-questions" aria-labelledby="pp-questions-heading">
            <h2 id="pp-questions-heading">{ t.fixed(Fixed::QuestionsHeading) }</h2>
            <ul>
                { for [Fixed::Question1, Fixed::Question2, Fixed::Question3, Fixed::Question4, Fixed::Question5]
                    .into_iter().map(|q| html! { <li>{ t.fixed(q) }</li> }) }
            </ul>
        </section>
    }
}
