use yew::prelude::*;

use super::{BasisMarks, DayStrip};
use crate::app::hooks::use_texts;
use crate::model::side_effects::SERIOUS_EVENTS_BASIS;
use crate::model::SIDE_EFFECTS;
use crate::text::Ui;

/// Common side effects after each session, how often and how long, and the medicine advice.
#[function_component(SideEffects)]
pub fn side_effects() -> Html {
    let t = use_texts();
    html! {
        <section class="pp-card pp-side-effects" aria-labelledby="pp-side-heading">
            <h2 id="pp-side-heading">{ t.ui(Ui::SideEffectsHeading) }</h2>
            <table class="pp-table">
                <thead>
                    <tr>
                        <th scope="col">{ t.ui(Ui::ColEffect) }</th>
                        <th scope="col">{ t.ui(Ui::ColHowOften) }</th>
                        <th scope="col">{ t.ui(Ui::ColHowLong) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for SIDE_EFFECTS.iter().map(|s| html! {
                        <tr>
                            <th scope="row">{ t.side_effect(s.effect) }</th>
                            <td>
                                { t.frequency(s.frequency) }
                                if let Some((n, of)) = s.trial_count {
                                    { " (" }{ t.trial_count(n, of) }{ ")" }
                                }
                                { " " }<BasisMarks basis={s.basis} />
                            </td>
                            <td>{ t.duration(s.duration) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <DayStrip />
            <p>{ t.ui(Ui::SeriousRare) }{ " " }<BasisMarks basis={SERIOUS_EVENTS_BASIS} /></p>
            <p>{ t.ui(Ui::MedicineAdvice) }</p>
        </section>
    }
}
