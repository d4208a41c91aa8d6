//! Side effects after each session: how often and how long, and the day-by-day strip.

use yew::prelude::*;

use super::{basis_marks, day_strip, scroll_region, Named};
use crate::model::side_effects::{SERIOUS_EVENTS_BASIS, SURVEY, TRIAL_COUNT_BASIS};
use crate::model::SIDE_EFFECTS;
use crate::text::{texts, Fixed, Lang, Ui};

/// Common side effects after each session, how often and how long, and the medicine advice.
pub fn side_effects(lang: Lang) -> Html {
    let t = texts(lang);
    html! {
        <section class="pp-card pp-side-effects" aria-labelledby="pp-side-heading">
            <h2 id="pp-side-heading">{ t.ui(Ui::SideEffectsHeading) }</h2>
            // On a narrow screen (a phone, in Spanish) the table is wider than the card: it scrolls
            // sideways in a box of its own, not the page (WCAG 1.4.10).
            { scroll_region(Named::InSection("pp-side-heading"), html! {
            // Named by the section's heading, as a caption would (WCAG 1.3.1).
            <table class="pp-table" aria-labelledby="pp-side-heading">
                <thead>
                    <tr>
                        <th scope="col">{ t.fixed(Fixed::ColEffect) }</th>
                        <th scope="col">{ t.fixed(Fixed::ColHowOften) }</th>
                        <th scope="col">{ t.fixed(Fixed::ColHowLong) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for SIDE_EFFECTS.iter().map(|s| html! {
                        <tr>
                            <th scope="row">{ t.side_effect(s.effect) }</th>
                            <td>
                                { t.frequency(s.frequency) }
                                // Two figures, each a sentence with its source after it, as elsewhere.
                                if s.trial_count.is_some() { { "." } }
                                { " " }{ basis_marks(lang, s.basis) }
                                if let Some((n, of)) = s.trial_count {
                                    { " " }{ t.trial_count(n, of) }{ " " }{ basis_marks(lang, TRIAL_COUNT_BASIS) }
                                }
                            </td>
                            <td>{ t.duration(s.duration) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            }) }
            <p class="pp-note">{ t.study_size(SURVEY.0, 1, SURVEY.1) }{ " " }{ t.design(SURVEY.0) }</p>
            { day_strip(lang) }
            <p>{ t.fixed(Fixed::SeriousRare) }{ " " }{ basis_marks(lang, SERIOUS_EVENTS_BASIS) }</p>
        </section>
    }
}
