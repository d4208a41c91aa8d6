//! Fixed texts kept as a table, one a line (Spanish: `es.txt`). Natively the file is built
//! in; in the browser the page fetches it only for someone who wants Spanish and hands it
//! to [`load`], so English readers never download it.

use std::sync::OnceLock;

use super::{slot, Lang};

static ES: OnceLock<Vec<&'static str>> = OnceLock::new();

#[cfg(not(target_arch = "wasm32"))]
fn table() -> Option<&'static [&'static str]> {
    let lines = ES.get_or_init(|| split(include_str!("es.txt")).unwrap_or_default());
    Some(lines)
}

#[cfg(target_arch = "wasm32")]
fn table() -> Option<&'static [&'static str]> {
    ES.get().map(Vec::as_slice)
}

/// Line `i` of the table ("" before it is loaded; [`super::texts`] never asks then).
pub(crate) fn line(i: usize) -> &'static str {
    table().and_then(|t| t.get(i).copied()).unwrap_or("")
}

/// The lines of a whole table: one non-empty text for every slot, else nothing.
fn split(text: &str) -> Option<Vec<&str>> {
    let lines: Vec<&str> = text.lines().collect();
    (lines.len() == slot::END && lines.iter().all(|l| !l.trim().is_empty())).then_some(lines)
}

/// Takes `lang`'s table as the page fetched it. False, and nothing changes, when the text
/// is not a whole table (a server's error page, say).
pub fn load(lang: Lang, text: &str) -> bool {
    if available(lang) {
        return true;
    }
    if split(text).is_none() {
        return false;
    }
    // Kept for the life of the page, like the built-in English texts.
    let text: &'static str = Box::leak(text.to_owned().into_boxed_str());
    ES.set(split(text).unwrap_or_default()).is_ok()
}

/// Whether `lang`'s texts are here. English always is.
pub fn available(lang: Lang) -> bool {
    lang == Lang::En || table().is_some_and(|t| !t.is_empty())
}
