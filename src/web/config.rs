//! The clinic's settings on this page: start-up (`crate::startup`) reads them; this says each
//! problem once in the console, in English, for the web team.

use crate::settings::SettingProblem;

/// Each problem, once, as a console warning.
pub fn report(problems: &[SettingProblem]) {
    for p in problems {
        web_sys::console::warn_1(&p.message().into());
    }
}
