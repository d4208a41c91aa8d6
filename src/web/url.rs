use wasm_bindgen::JsValue;

/// The page's query string, without the `?`.
pub fn query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .map(|s| s.trim_start_matches('?').to_owned())
        .unwrap_or_default()
}

/// One parameter of a query string, undecoded (the app's own codes need no decoding).
pub fn param<'a>(query: &'a str, key: &str) -> Option<&'a str> {
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix(key)?.strip_prefix('='))
}

/// The `key=value&` pairs of `query` whose key `wanted` takes, as they were written.
pub fn keep(query: &str, wanted: impl Fn(&str) -> bool) -> String {
    query
        .split('&')
        .filter(|pair| wanted(pair.split('=').next().unwrap_or("")))
        .fold(String::new(), |out, pair| out + pair + "&")
}

/// Replaces the query string (no new history entry), keeping the path and any hash.
pub fn replace_query(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &JsValue::NULL,
            "",
            Some(&format!("{path}?{query}{hash}")),
        );
    }
}
