use std::cell::RefCell;

use web_sys::{Document, Element};

use crate::model::care::CareSign;
use crate::model::CareLevel;
use crate::text::{texts, Lang, Ui};

thread_local! {
    /// The widgets' own roots; empty for the whole-page app, whose root is the page's.
    static WIDGETS: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
}

/// A widget's root, to get the failure message if the app stops.
pub fn watch_root(root: &Element) {
    WIDGETS.with_borrow_mut(|w| w.push(root.clone()));
}

/// A widget that is gone.
pub fn unwatch_root(root: &Element) {
    WIDGETS.with_borrow_mut(|w| w.retain(|r| r != root));
}

/// Shows the failure message wherever the app is, should it ever stop.
pub fn watch_failures() {
    // Yew installs its own hook on render unless given one this way.
    yew::set_custom_panic_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_failure();
    }));
}

/// Replaces the app (the page's, or every widget's, never the host page) with a plain
/// "something went wrong" message that still says when to get help.
pub fn show_failure() {
    let widgets = WIDGETS.with_borrow(Clone::clone);
    if widgets.is_empty() {
        super::root().into_iter().for_each(|r| show_in(&r));
    }
    widgets.iter().for_each(show_in);
}

/// Built with text nodes only: nothing here is parsed as HTML.
fn show_in(root: &Element) {
    let Some(doc) = root.owner_document() else {
        return;
    };
    let t = texts(Lang::default());
    root.set_text_content(None);
    let Some(box_) = element(&doc, "div", None) else {
        return;
    };
    let _ = box_.set_attribute("role", "alert");
    let _ = box_.set_attribute("class", "pp-failure");
    let parts = [
        ("h2", t.ui(Ui::FailureTitle)),
        ("p", t.ui(Ui::FailureBody)),
        ("h3", t.care_level(CareLevel::EmergencyNow)),
        ("p", t.care_sign(CareSign::AllergicReaction)),
        ("p", t.care_sign(CareSign::ChestAfterChestInjection)),
    ];
    for (tag, text) in parts {
        if let Some(el) = element(&doc, tag, Some(text)) {
            let _ = box_.append_child(&el);
        }
    }
    let _ = root.append_child(&box_);
}

fn element(doc: &Document, tag: &str, text: Option<&str>) -> Option<web_sys::Element> {
    let el = doc.create_element(tag).ok()?;
    el.set_text_content(text);
    Some(el)
}
