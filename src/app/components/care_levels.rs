use yew::prelude::*;

use super::basis_marks;
use crate::model::care::CARE_BASIS;
use crate::model::CareLevel;
use crate::settings::Settings;
use crate::text::{Texts, Ui};

/// The three when-to-get-help levels. Always shown in full; never collapsed.
pub fn care_levels(t: &dyn Texts, s: &Settings) -> Html {
    let heading = |level: CareLevel| match (level, &s.clinic_name) {
        (CareLevel::EmergencyNow, _) => t.emergency_now(s.emergency()),
        (CareLevel::CallClinicToday, Some(name)) => t.call_clinic_today(name),
        _ => t.care_level(level).to_owned(),
    };
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
                        <h3>{ heading(*level) }</h3>
                        if let (CareLevel::CallClinicToday, Some(phone)) = (level, &s.clinic_phone) {
                            <p>{ t.ui(Ui::ClinicPhone) }{ ": " }<a href={phone.href()}>{ phone.text() }</a></p>
                        }
                        <ul>
                            { for level.signs().iter().map(|s| html! { <li>{ t.care_sign(*s) }</li> }) }
                        </ul>
                    </div>
                }
            }) }
            <p class="pp-note">{ t.ui(Ui::SourceMark) }{ ": " }{ basis_marks(t, CARE_BASIS) }</p>
        </section>
    }
}
