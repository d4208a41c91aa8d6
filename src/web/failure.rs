//! The failure message: if the app ever stops, it is replaced by a plain message that still
//! says when to get emergency help, in the language and with the number the app showed.
//!
//! A stop is a trap (the release build is built with `panic=immediate-abort`, so every panic is
//! one, with no hook and no message; a debug build logs Yew's panic message first). The loaders
//! (`boot.js`, `embed.js`) see the trap (`assets/shared.js` `onStop`) and call the wasm's
//! `stopped` export: the page's calls [`show_failure`], the widgets' [`show_widget_failures`].
//! This module keeps what they need.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::{Document, Element};

use crate::model::CareLevel;
use crate::settings::Settings;
use crate::text::{care_heading, phone_lines, texts, Lang, Ui};

/// What a failure message needs to say what the app said: its language and the clinic's
/// settings (the number to call).
type Context = (Lang, Rc<Settings>);

thread_local! {
    /// The widgets' own roots; empty for the whole-page app, whose root is the page's.
    static WIDGETS: RefCell<Vec<(Element, Context)>> = const { RefCell::new(Vec::new()) };
    /// The whole-page app's language and settings.
    static PAGE: RefCell<Option<Context>> = const { RefCell::new(None) };
}

/// A widget's root, to get the failure message if the app stops.
pub fn watch_root(root: &Element) {
    WIDGETS.with_borrow_mut(|w| w.push((root.clone(), (Lang::default(), Rc::default()))));
}

/// What the app at `root` (a widget's root, or `None` for the page) now shows.
pub fn shown(root: Option<&Element>, lang: Lang, settings: Rc<Settings>) {
    match root {
        Some(root) => WIDGETS.with_borrow_mut(|w| {
            if let Some((_, context)) = w.iter_mut().find(|(r, _)| r == root) {
                *context = (lang, settings);
            }
        }),
        None => PAGE.set(Some((lang, settings))),
    }
}

/// A widget that is gone.
pub fn unwatch_root(root: &Element) {
    WIDGETS.with_borrow_mut(|w| w.retain(|(r, _)| r != root));
}

/// Shows the page's own note, as built (its language's "something went wrong", with the link to
/// the other language's page), over the first view, which stays.
pub fn show_page_note() {
    let note = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".pp-load-failed").ok().flatten());
    if let Some(note) = note {
        let _ = note.remove_attribute("hidden");
    }
}

/// Replaces the whole-page app (`#pp-root`) with a plain "something went wrong" message that
/// still says when to get help, in the language and with the number it showed.
pub fn show_failure() {
    let context = PAGE.with_borrow(Clone::clone).unwrap_or_default();
    super::root()
        .into_iter()
        .for_each(|r| show_in(&r, &context));
}

/// The same message in every widget's place, each in its language with its number; nothing of
/// the host page is touched. False when no widget is there.
pub fn show_widget_failures() -> bool {
    let widgets = WIDGETS.with_borrow(Clone::clone);
    widgets.iter().for_each(|(r, context)| show_in(r, context));
    !widgets.is_empty()
}

/// Built with text nodes only: nothing here is parsed as HTML. Under "When to get help" (as in
/// the app), a line that says these signs, not the page's failure, are the emergency; the
/// heading with the number to call and every emergency sign; then the other levels in short,
/// with the clinic's phones.
fn show_in(root: &Element, (lang, settings): &Context) {
    let Some(doc) = root.owner_document() else {
        return;
    };
    let lang = crate::text::shown(*lang);
    let t = texts(lang);
    let heading = care_heading(t, CareLevel::EmergencyNow, settings);
    root.set_text_content(None);
    let Some(box_) = element(&doc, "div", None) else {
        return;
    };
    let _ = box_.set_attribute("role", "alert");
    let _ = box_.set_attribute("class", "pp-failure");
    let _ = box_.set_attribute("lang", lang.tag());
    let add = |tag, text: &str| {
        if let Some(el) = element(&doc, tag, Some(text)) {
            let _ = box_.append_child(&el);
        }
    };
    for (tag, text) in [
        ("h2", t.ui(Ui::FailureTitle)),
        ("p", t.ui(Ui::FailureBody)),
        ("h3", t.ui(Ui::CareHeading)),
        ("p", t.ui(Ui::FailureSignsLead)),
        ("h4", heading.as_str()),
        ("p", t.ui(Ui::EmergencyGo)),
    ] {
        add(tag, text);
    }
    for sign in CareLevel::EmergencyNow.signs() {
        add("p", t.care_sign(sign));
    }
    // The levels it leaves out, in short, the clinic's phones (as its "call today" level has
    // them), and where to go when the clinic cannot be reached.
    add("p", t.ui(Ui::FailureOthers));
    for line in phone_lines(t, settings) {
        add("p", &line);
    }
    add("p", t.ui(Ui::CareCantReach));
    let _ = root.append_child(&box_);
}

fn element(doc: &Document, tag: &str, text: Option<&str>) -> Option<web_sys::Element> {
    let el = doc.create_element(tag).ok()?;
    el.set_text_content(text);
    Some(el)
}
