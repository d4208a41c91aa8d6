//! Answers remembered on this device, only when the patient asks. Storage may be
//! blocked (sandboxed frames, privacy settings): then every call is a quiet no-op.

use crate::model::query::STORED as KEY;

fn local() -> Option<web_sys::Storage> {
    // Reading `localStorage` itself throws where it is blocked.
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether this page may store anything at all.
pub fn available() -> bool {
    local().is_some_and(|s| {
        let probe = "prolopath.probe";
        let ok = s.set_item(probe, "1").is_ok();
        let _ = s.remove_item(probe);
        ok
    })
}

/// The remembered answers (a query string), if any.
pub fn load() -> Option<String> {
    local()?.get_item(KEY).ok().flatten()
}

/// Remembers the answers. False when storage refused.
pub fn save(query: &str) -> bool {
    local().is_some_and(|s| s.set_item(KEY, query).is_ok())
}

/// Forgets the answers.
pub fn forget() {
    if let Some(s) = local() {
        let _ = s.remove_item(KEY);
    }
}
