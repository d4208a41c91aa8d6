//! The sections built into the page's HTML (`text::islands`), kept parsed: per language, an inert
//! fragment (a fetched file's, or a copy of those the page's first view shows), from which an
//! app takes a copy of a section the first time it shows it. Nothing is parsed twice, and each
//! app (two widgets on one page) has its own copies.

use std::cell::{Cell, RefCell};

use wasm_bindgen::JsCast;
use web_sys::{DocumentFragment, Element, HtmlElement, HtmlTemplateElement, Node};

use crate::text::islands;
use crate::text::Lang;

thread_local! {
    /// Each language's sections, parsed but never shown (a template's content is inert), and
    /// whether they are a whole file (every section) or only the page's first view's.
    static FILES: RefCell<Vec<(Lang, DocumentFragment, bool)>> = const { RefCell::new(Vec::new()) };
    /// How many fetches of sections are under way.
    static PENDING: Cell<u32> = const { Cell::new(0) };
}

/// Keeps `sections` for `lang`, in place of any it had.
fn keep(lang: Lang, sections: DocumentFragment, whole: bool) {
    FILES.with_borrow_mut(|files| {
        files.retain(|(l, _, _)| *l != lang);
        files.push((lang, sections, whole));
    });
}

/// Takes a copy of the sections the page's first view shows under `root` (those the answers never
/// change, and the first condition's), in the language it was built in (`built`: English, or
/// Spanish on es.html), so the app starts at once for that condition and fetches the others after
/// (`lang::completing`). Only a full set is kept: the four
/// fixed sections and the six of one condition, each once (a page cut short has fewer). A
/// widget's root has none.
pub fn keep_page(root: &Element, built: Lang) {
    let (Ok(boxes), Some(doc)) = (
        root.query_selector_all("[data-island]"),
        web_sys::window().and_then(|w| w.document()),
    ) else {
        return;
    };
    let sections = doc.create_document_fragment();
    let (mut codes, mut fixed) = (Vec::new(), 0);
    for node in (0..boxes.length()).filter_map(|i| boxes.item(i)) {
        let code = node
            .unchecked_ref::<Element>()
            .get_attribute("data-island")
            .unwrap_or_default();
        if codes.contains(&code) {
            return;
        }
        fixed += usize::from(islands::Island::ALL.iter().any(|i| i.code() == code));
        let _ = node
            .clone_node_with_deep(true)
            .map(|c| sections.append_child(&c));
        codes.push(code);
    }
    if fixed == islands::Island::ALL.len()
        && codes.len() == fixed + islands::ConditionIsland::ALL.len()
    {
        keep(built, sections, false);
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
    // As the browser parsed it: every section its own box at the top (a box left open would
    // swallow the ones after it).
    let sections = template.content();
    if sections.child_element_count() as usize != islands::COUNT {
        return false;
    }
    keep(lang, sections, true);
    true
}

/// Whether every section is here in `lang`.
pub fn available(lang: Lang) -> bool {
    FILES.with_borrow(|files| files.iter().any(|(l, _, whole)| *l == lang && *whole))
}

/// Whether `lang`'s sections include `code`.
pub fn has(lang: Lang, code: &str) -> bool {
    FILES.with_borrow(|files| {
        files.iter().any(|(l, f, _)| {
            *l == lang && f.query_selector(&selector(code)).ok().flatten().is_some()
        })
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
        let (_, sections, _) = files.iter().find(|(l, _, _)| *l == lang)?;
        let found = sections.query_selector(&selector(code)).ok()??;
        found.clone_node_with_deep(true).ok()
    })
}

/// Marks a copy kept hidden in the page.
const OFF: &str = "data-off";

/// A new place in the page for one kind of section: a box the layout ignores.
pub fn holder() -> Option<Element> {
    let holder = web_sys::window()?.document()?.create_element("div").ok()?;
    holder.set_class_name("pp-slot");
    Some(holder)
}

/// Shows a kept copy, or hides it: `hidden` (out of sight and of the accessibility tree with or
/// without a stylesheet) and `aria-hidden`. Where a section is a card of its own, the stylesheet
/// stacks its copies in one cell and makes a hidden one `content-visibility: hidden`, so the copy
/// keeps its layout for when it is shown again; elsewhere it is `display: none`. Its ids are put
/// aside, so a link to `#src-...` finds the copy shown.
pub fn show(copy: &HtmlElement, on: bool) {
    if copy.has_attribute(OFF) != on {
        return;
    }
    let (with, from, to) = if on {
        ("[data-pp-id]", "data-pp-id", "id")
    } else {
        ("[id]", "id", "data-pp-id")
    };
    if let Ok(list) = copy.query_selector_all(with) {
        for el in (0..list.length()).filter_map(|i| list.item(i)) {
            let el = el.unchecked_into::<Element>();
            let _ = el.set_attribute(to, &el.get_attribute(from).unwrap_or_default());
            let _ = el.remove_attribute(from);
        }
    }
    for name in [OFF, "hidden", "aria-hidden"] {
        let _ = if on {
            copy.remove_attribute(name)
        } else {
            copy.set_attribute(name, if name == "aria-hidden" { "true" } else { "" })
        };
    }
}
