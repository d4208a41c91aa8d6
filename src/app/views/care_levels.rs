//! The three when-to-get-help levels: always shown in full, never collapsed.

use yew::prelude::*;

use super::basis_marks;
use crate::model::care::{Site, CARE_BASIS};
use crate::model::CareLevel;
use crate::settings::Settings;
use crate::text::{care_heading, clinic_phones, texts, Lang, Ui};

/// The three levels, every sign at its level, the signs of the patient's injection site first.
/// The number to call sits in its own slot (`pp-emergency-number`): without a clinic's setting
/// or the browser's region (the first view, before any script) it says "your local emergency
/// number", and the live app fills the number in.
pub fn care_levels(lang: Lang, s: &Settings, site: Option<Site>) -> Html {
    let t = texts(lang);
    html! {
        <section class="pp-card pp-care" aria-labelledby="pp-care-heading" id="pp-care">
            <h2 id="pp-care-heading">{ t.ui(Ui::CareHeading) }</h2>
            <p>{ t.ui(Ui::CareIntro) }</p>
            { for CareLevel::ALL.iter().map(|level| {
                // Its colours (styles/main.css), by a data attribute: see session_plan.rs.
                let level_code = match level {
                    CareLevel::EmergencyNow => "emergency",
                    CareLevel::CallClinicToday => "today",
                    CareLevel::MentionNextVisit => "next",
                };
                // The number to call in its own slot; the other headings as every surface says them.
                let heading = if *level == CareLevel::EmergencyNow {
                    let (before, slot, after) = t.emergency_now(s.emergency());
                    html! { <h3>{ before }<span class="pp-emergency-number">{ slot }</span>{ after }</h3> }
                } else {
                    html! { <h3>{ care_heading(t, *level, s) }</h3> }
                };
                html! {
                    <div class="pp-level" data-level={level_code}>
                        { heading }
                        if *level == CareLevel::EmergencyNow {
                            <p class="pp-emergency-go">{ t.ui(Ui::EmergencyGo) }</p>
                        }
                        if *level == CareLevel::CallClinicToday {
                            { for clinic_phones(s).map(|(label, p)| html! {
                                <p>{ t.ui(label) }{ ": " }<a href={p.href()}>{ p.text() }</a></p>
                            }) }
                        }
                        <ul>
                            { for level.signs_for(site).into_iter().map(|sign| html! { <li>{ t.care_sign(sign) }</li> }) }
                        </ul>
                        if *level == CareLevel::CallClinicToday {
                            <p class="pp-cant-reach">{ t.ui(Ui::CareCantReach) }</p>
                        }
                    </div>
                }
            }) }
            <p class="pp-note">{ t.ui(Ui::SourceMark) }{ ": " }{ basis_marks(lang, CARE_BASIS) }</p>
        </section>
    }
}
