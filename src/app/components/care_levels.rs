use yew::prelude::*;

use super::BasisMarks;
use crate::app::hooks::use_texts;
use crate::model::care::CARE_BASIS;
use crate::model::CareLevel;
use crate::text::Ui;

/// The three when-to-get-help levels. Always shown in full; never collapsed.
#[function_component(CareLevels)]
pub fn care_levels() -> Html {
    let t = use_texts();
    html! {
        <section class="pp-card pp-care" aria-labelledby="pp-care-heading" id="pp-care">
            <h2 id="pp-care-heading">{ t.ui(Ui::CareHeading) }</h2>
            <p>{ t.ui(Ui::CareIntro) }</p>
            { for CareLevel::ALL.iter().map(|level| {
                let class = match level {
                    CareLevel::EmergencyNow => "pp-level pp-level-emergency",
                    CareLevel::CallClinicToday => "pp-level pp-level-today",
                    CareLevel::MentionNextVisit => "pp-level pp-level-next",
                };
                html! {
                    <div class={class}>
                        <h3>{ t.care_level(*level) }</h3>
                        <ul>
                            { for level.signs().iter().map(|s| html! { <li>{ t.care_sign(*s) }</li> }) }
                        </ul>
                    </div>
                }
            }) }
            <p class="pp-note">{ t.ui(Ui::SourceMark) }{ ": " }<BasisMarks basis={CARE_BASIS} /></p>
        </section>
    }
}
