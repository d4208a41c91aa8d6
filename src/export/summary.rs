//! A plain-text summary of the plan, side effects and when to get help, to paste anywhere.

use crate::model::{CareLevel, Estimate, SIDE_EFFECTS};
use crate::settings::Settings;
use crate::text::{care_heading, clinic_phones, Texts, Ui};

/// The summary in the patient's language, one fact per line, with the care levels as the page
/// shows them (the same number to call, the clinic's name and phones).
pub fn summary(est: &Estimate, t: &dyn Texts, settings: &Settings) -> String {
    let i = est.inputs;
    let mut out = format!(
        "{}\n\n{}. {} {}. {} {}.\n\n{}\n",
        t.ui(Ui::AppTitle),
        t.condition(i.condition),
        t.ui(Ui::SeverityLegend),
        t.severity(i.severity),
        t.ui(Ui::AdherenceLegend),
        t.adherence(i.adherence),
        t.ui(Ui::PlanHeading),
    );
    for s in &est.sessions {
        let optional = if s.optional {
            format!(" ({})", t.ui(Ui::IfNeeded))
        } else {
            String::new()
        };
        out.push_str(&format!(
            "- {}: {}{optional}\n",
            t.date(s.date),
            t.phase(s.phase)
        ));
    }
    out.push_str(&format!("{}\n", t.ui(Ui::ExampleDates)));
    if !i.values.is_empty() {
        out.push_str(&format!("\n{}:\n", t.ui(Ui::PrintValues)));
        for v in i.values.iter() {
            out.push_str(&format!("- {}\n", t.value(v)));
        }
    }
    out.push_str(&format!("\n{}\n", t.ui(Ui::SideEffectsHeading)));
    for s in &SIDE_EFFECTS {
        out.push_str(&format!(
            "- {}: {}. {}.\n",
            t.side_effect(s.effect),
            t.frequency(s.frequency),
            t.duration(s.duration)
        ));
    }
    out.push_str(&format!("\n{}\n", t.ui(Ui::CareHeading)));
    let site = i.condition.site();
    for level in CareLevel::ALL {
        out.push_str(&format!("{}:\n", care_heading(t, level, settings)));
        if level == CareLevel::EmergencyNow {
            out.push_str(&format!("{}\n", t.ui(Ui::EmergencyGo)));
        }
        if level == CareLevel::CallClinicToday {
            for (label, phone) in clinic_phones(settings) {
                out.push_str(&format!("{}: {}\n", t.ui(label), phone.text()));
            }
        }
        for sign in level.signs_for(site) {
            out.push_str(&format!("- {}\n", t.care_sign(sign)));
        }
        if level == CareLevel::CallClinicToday {
            out.push_str(&format!("{}\n", t.ui(Ui::CareCantReach)));
        }
    }
    out.push_str(&format!("\n{}\n", t.ui(Ui::Disclaimer)));
    out
}
