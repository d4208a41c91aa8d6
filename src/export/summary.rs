//! A plain-text summary of the plan, side effects and when to get help, to paste anywhere.

use crate::model::care::Site;
use crate::model::{CareLevel, Estimate, SIDE_EFFECTS};
use crate::settings::Settings;
use crate::text::{care_heading, phone_lines, session_tag, taken_along, Texts, Ui};

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
    // Numbered as the screen's table numbers them ("Session 1"): a clinic reading the pasted
    // text can say "your third session" and mean the same date.
    for s in &est.sessions {
        // Tagged as the plan's table tags it (the summary has no note).
        let optional = match session_tag(s.phase, s.optional) {
            Some(k) => format!(" ({})", t.ui(k)),
            None => String::new(),
        };
        out.push_str(&format!(
            "{}. {}: {}{optional}\n",
            s.number,
            t.date(s.date),
            t.phase(s.phase)
        ));
    }
    out.push_str(&format!("{}\n", t.ui(Ui::ExampleDates)));
    // What matters to the patient and what they ticked to tell the clinician, as the printed
    // page has them: a summary pasted to the clinic must not lose "I take a blood thinner".
    for (label, items) in taken_along(t, &i) {
        out.push_str(&format!("\n{}:\n", t.ui(label)));
        for item in items {
            out.push_str(&format!("- {item}\n"));
        }
    }
    out.push_str(&format!("\n{}\n", t.ui(Ui::SideEffectsHeading)));
    for s in &SIDE_EFFECTS {
        // The trial's own count beside the practitioners' guess, as the page gives both.
        let counted = s
            .trial_count
            .map(|(n, of)| format!(". {}", t.trial_count(n, of)))
            .unwrap_or_default();
        out.push_str(&format!(
            "- {}: {}{counted}. {}.\n",
            t.side_effect(s.effect),
            t.frequency(s.frequency),
            t.duration(s.duration)
        ));
    }
    out.push('\n');
    out.push_str(&care_levels(t, i.condition.site(), settings));
    // Not the screen's "Nothing you enter leaves this device": this text is about to leave it.
    out.push_str(&format!("\n{}\n", t.ui(Ui::Disclaimer)));
    out
}

/// "When to get help" as plain lines: each level's heading with the number to call, the
/// clinic's phones, and its signs for the injection site. The summary and every calendar event
/// carry the same words.
pub fn care_levels(t: &dyn Texts, site: Option<Site>, settings: &Settings) -> String {
    let mut out = format!("{}\n", t.ui(Ui::CareHeading));
    for level in CareLevel::ALL {
        out.push_str(&format!("{}:\n", care_heading(t, level, settings)));
        if level == CareLevel::CallClinicToday {
            for line in phone_lines(t, settings) {
                out.push_str(&line);
                out.push('\n');
            }
        }
        for sign in level.signs_for(site) {
            out.push_str(&format!("- {}\n", t.care_sign(sign)));
        }
        // After the signs in plain text ("Call 911 now:" then what to call for): its "Or have
        // someone take you" read as the answer to the heading's colon when it came first.
        let after = match level {
            CareLevel::EmergencyNow => Ui::EmergencyGo,
            CareLevel::CallClinicToday => Ui::CareCantReach,
            CareLevel::MentionNextVisit => continue,
        };
        out.push_str(&format!("{}\n", t.ui(after)));
    }
    out
}
