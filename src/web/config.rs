//! The clinic's settings on this page: its `settings.json` beside the app (which the loader
//! turns into a query string), then the link or the element's attributes. Each problem is
//! said once in the console.

use crate::model::query;
use crate::settings::{Origin, SettingProblem, Settings, KEYS};

/// Whether a link's key is a setting besides the answers (whose `condition` and `lang` the
/// link has anyway).
pub fn link_setting(key: &str) -> bool {
    KEYS.contains(&key) && key != "condition" && key != "lang"
}

/// Settings from the file's query string and a query string of settings, which wins.
pub fn read(file: &str, given: &str) -> (Settings, Vec<SettingProblem>) {
    let (file, given) = (query::pairs(file), query::pairs(given));
    let all = file
        .iter()
        .map(|(k, v)| (Origin::File, k.as_str(), v.as_str()))
        .chain(
            given
                .iter()
                .map(|(k, v)| (Origin::Page, k.as_str(), v.as_str())),
        );
    let (mut settings, problems) = Settings::parse(all);
    if let Some(tag) = web_sys::window().and_then(|w| w.navigator().language()) {
        settings.use_locale(&tag);
    }
    for p in &problems {
        web_sys::console::warn_1(&p.message().into());
    }
    (settings, problems)
}
