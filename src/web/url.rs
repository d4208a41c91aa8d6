//! The page's link: its query string (the answers of a link made before they moved) and its
//! fragment (the answers and the language, which a browser never sends to a server), rewritten
//! without a new history entry.

use wasm_bindgen::JsValue;

/// The page's address.
fn href() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The page's query string and fragment, without their `?` and `#`.
pub fn parts() -> (String, String) {
    let href = href();
    let (rest, fragment) = href.split_once('#').unwrap_or((&href, ""));
    let query = rest.split_once('?').map_or("", |(_, q)| q);
    (query.to_owned(), fragment.to_owned())
}

/// Replaces the link (no new history entry): `settings` as its query (none when empty) and
/// `answers` as its fragment.
pub fn replace(settings: &str, answers: &str) {
    let href = href();
    let path = href.split(['?', '#']).next().unwrap_or_default();
    let query = if settings.is_empty() { "" } else { "?" };
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(
            &JsValue::NULL,
            "",
            Some(&format!("{path}{query}{settings}#{answers}")),
        );
    }
}
