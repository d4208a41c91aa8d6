//! The sections built into the page's HTML (`text::islands`), kept parsed: one inert
//! `<template>` per language (the page's own for English, a fetched file for the others), from
//! which an app takes a copy of a section the first time it shows it. Nothing is parsed twice,
//! and each app (two widgets on one page) has its own copies.

use std::cell::{Cell, RefCell};

use wasm_bindgen::JsCast;
use web_sys::{DocumentFragment, HtmlTemplateElement, Node};

use crate::text::islands;
use crate::text::Lang;

/// Where the page keeps the English sections (`scripts/postbuild.mjs` writes it).
const PAGE_TEMPLATE: &str = "pp-islands";

thread_local! {
    /// Each language's sections, parsed but never shown (a template's content is inert).
    static FILES: RefCell<Vec<(Lang, DocumentFragment)>> = const { RefCell::new(Vec::new()) };
    /// How many fetches of sections are under way.
    static PENDING: Cell<u32> = const { Cell::new(0) };
}

/// Keeps `sections` for `lang` when they are a whole file as the browser parsed it: every section
/// its own box at the top (a box left open would swallow the ones after it). False otherwise.
fn keep(lang: Lang, sections: DocumentFragment) -> bool {
    if sections.child_element_count() as usize != islands::COUNT {
        return false;
    }
    FILES.with_borrow_mut(|files| {
        files.retain(|(l, _)| *l != lang);
        files.push((lang, sections));
    });
    true
}

/// Takes the English sections the page carries, when it does (a widget's host page does not)
/// and they are whole; otherwise the app fetches them (`lang::ensure`).
pub fn keep_page() {
    let template = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(PAGE_TEMPLATE))
        .and_then(|t| t.dyn_into::<HtmlTemplateElement>().ok());
    if let Some(template) = template {
        let _ = keep(Lang::En, template.content());
    }
}

/// Takes a language's file as fetched. False, and nothing changes, when it is not a whole
/// islands file.
pub fn load(lang: Lang, file: &str) -> bool {
    if islands::parse(file).is_none() {
        return false;
    }
    let template = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("template").ok())
        .map(JsCast::unchecked_into::<HtmlTemplateElement>);
    let Some(template) = template else {
        return false;
    };
    template.set_inner_html(file);
    keep(lang, template.content())
}

/// Whether `lang`'s sections are here.
pub fn available(lang: Lang) -> bool {
    FILES.with_borrow(|files| files.iter().any(|(l, _)| *l == lang))
}

/// Whether `lang`'s sections include `code`.
pub fn has(lang: Lang, code: &str) -> bool {
    FILES.with_borrow(|files| {
        files
            .iter()
            .any(|(l, f)| *l == lang && f.query_selector(&selector(code)).ok().flatten().is_some())
    })
}

/// Whether a fetch of sections is under way (nothing is missing yet).
pub fn pending() -> bool {
    PENDING.get() > 0
}

/// A fetch of sections starts (`true`) or ends.
pub fn fetching(starts: bool) {
    PENDING.set(if starts {
        PENDING.get() + 1
    } else {
        PENDING.get().saturating_sub(1)
    });
}

fn selector(code: &str) -> String {
    format!("[data-island=\"{code}\"]")
}

/// A new copy of the section `code` in its box, from `lang`'s sections.
pub fn copy(lang: Lang, code: &str) -> Option<Node> {
    FILES.with_borrow(|files| {
        let (_, sections) = files.iter().find(|(l, _)| *l == lang)?;
        let found = sections.query_selector(&selector(code)).ok()??;
        found.clone_node_with_deep(true).ok()
    })
}
