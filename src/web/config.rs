//! The clinic's settings on this page: its `settings.json` beside the app, then the link
//! or the element's attributes. Each problem is said once in the console.

use js_sys::{Array, Object, JSON};
use wasm_bindgen::{JsCast, JsValue};

use crate::model::query;
use crate::settings::{Origin, SettingProblem, Settings};

/// The settings a link carries besides the answers (whose `condition` and `lang` it has anyway).
pub const LINK_SETTINGS: [&str; 7] = [
    "clinic-name",
    "clinic-phone",
    "emergency-number",
    "region",
    "accent",
    "conditions",
    "debug",
];

/// Settings from the file's text (if any) and a query string of settings, which wins.
pub fn read(file: Option<&str>, given: &str) -> (Settings, Vec<SettingProblem>) {
    let mut problems = Vec::new();
    let file_pairs = match file.map(json_pairs) {
        Some(None) => {
            problems.push(SettingProblem::new(
                "settings.json",
                file.unwrap_or_default(),
                "a JSON object of settings, such as {\"clinic-name\": \"Lakeside Clinic\"}",
            ));
            Vec::new()
        }
        Some(Some(pairs)) => pairs,
        None => Vec::new(),
    };
    let given = query::pairs(given);
    let all = file_pairs
        .iter()
        .map(|(k, v)| (Origin::File, k.as_str(), v.as_str()))
        .chain(
            given
                .iter()
                .map(|(k, v)| (Origin::Page, k.as_str(), v.as_str())),
        );
    let (mut settings, more) = Settings::parse(all);
    problems.extend(more);
    if let Some(tag) = web_sys::window().and_then(|w| w.navigator().language()) {
        settings.use_locale(&tag);
    }
    for p in &problems {
        web_sys::console::warn_1(&p.message().into());
    }
    (settings, problems)
}

/// The entries of a JSON object as text: lists joined with commas, other values as JSON.
fn json_pairs(text: &str) -> Option<Vec<(String, String)>> {
    let value = JSON::parse(text).ok()?;
    if !value.is_object() || Array::is_array(&value) {
        return None;
    }
    let entries = Object::entries(value.unchecked_ref());
    Some(
        entries
            .iter()
            .map(|entry| {
                let entry: Array = entry.unchecked_into();
                (
                    entry.get(0).as_string().unwrap_or_default(),
                    text_of(&entry.get(1)),
                )
            })
            .collect(),
    )
}

fn text_of(v: &JsValue) -> String {
    if let Some(s) = v.as_string() {
        return s;
    }
    if Array::is_array(v) {
        let items: Vec<String> = Array::from(v).iter().map(|x| text_of(&x)).collect();
        return items.join(",");
    }
    JSON::stringify(v)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}
