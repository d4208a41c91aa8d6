//! A plain-text summary of the plan, side effects and when to get help, to paste anywhere.

use crate::model::{CareLevel, Estimate, SIDE_EFFECTS};
use crate::text::{Texts, Ui};

/// The summary in the patient's language, one fact per line.
pub fn summary(est: &Estimate, t: &dyn Texts) -> String {
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
    out.push_str(&format!(
        "{}\n\n{}\n",
        t.assumption(crate::model::Assumption::IllustrativeDates),
        t.ui(Ui::SideEffectsHeading)
    ));
    for s in &SIDE_EFFECTS {
        out.push_str(&format!(
            "- {}: {}. {}.\n",
            t.side_effect(s.effect),
            t.frequency(s.frequency),
            t.duration(s.duration)
        ));
    }
    out.push_str(&format!("\n{}\n", t.ui(Ui::CareHeading)));
    for level in CareLevel::ALL {
        out.push_str(&format!("{}:\n", t.care_level(level)));
        for sign in level.signs() {
            out.push_str(&format!("- {}\n", t.care_sign(*sign)));
        }
    }
    out.push_str(&format!("\n{}\n", t.ui(Ui::Disclaimer)));
    out
}
