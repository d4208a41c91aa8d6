//! The clinic's settings on this page: start-up (`crate::startup`) reads them; this says each
//! problem once in the console, in English, for the web team.

use crate::settings::SettingProblem;

/// Each problem, once, as a console warning.
pub fn report(problems: &[SettingProblem]) {
    for p in problems {
        web_sys::console::warn_1(&p.message().into());
    }
}

/// Each setting a link tried to make, once, as a console warning: a link carries answers only.
pub fn report_ignored(keys: &[String]) {
    for key in keys {
        let message = format!(
            "ProloPath: a link cannot set \"{key}\"; it was ignored. Settings come from settings.json beside the app or the <prolo-path> element's attributes."
        );
        web_sys::console::warn_1(&message.into());
    }
}
