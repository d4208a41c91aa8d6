//! Languages whose texts come on demand. The loader is a function of `boot.js` or `embed.js`
//! that fetches a file from beside the app by name (`es`: the Spanish table; `islands-es`: the
//! sections built for Spanish); this hands them to the text layer.

use std::cell::RefCell;

use js_sys::{Function, Promise};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

use crate::text::islands;
use crate::text::{self, Lang};

thread_local! {
    static LOADER: RefCell<Option<Function>> = const { RefCell::new(None) };
}

/// The page's loader: `(lang) => Promise<string>`.
pub fn set_loader(loader: Function) {
    LOADER.set(Some(loader));
}

/// Makes `lang`'s texts and built sections available, then calls `then`. Should a fetch fail
/// (offline on a first visit, say), `then` still runs: the app shows English for what did not
/// load, and the care levels, which are the app's own, always.
pub fn ensure(lang: Lang, then: impl FnOnce() + 'static) {
    let Some(loader) = LOADER.with_borrow(Clone::clone) else {
        return then();
    };
    let texts = (!text::available(lang)).then(|| fetch(&loader, lang.tag().to_owned()));
    let islands =
        (!islands::available(lang)).then(|| fetch(&loader, format!("islands-{}", lang.tag())));
    if texts.is_none() && islands.is_none() {
        return then();
    }
    wasm_bindgen_futures::spawn_local(async move {
        // Both fetches are under way before either is awaited.
        if let Some(texts) = texts {
            if !matches!(texts.await, Some(table) if text::load(lang, &table)) {
                warn("the texts for this language did not load; showing English.");
            }
        }
        if let Some(file) = islands {
            if !matches!(file.await, Some(file) if islands::load(lang, &file)) {
                warn("the sections for this language did not load; showing what is here.");
            }
        }
        then();
    });
}

/// The file `name` as text, or `None` when it could not be fetched.
fn fetch(loader: &Function, name: String) -> impl std::future::Future<Output = Option<String>> {
    let promise = loader
        .call1(&JsValue::NULL, &name.into())
        .map(JsCast::unchecked_into::<Promise>);
    async move { JsFuture::from(promise.ok()?).await.ok()?.as_string() }
}

fn warn(what: &str) {
    web_sys::console::warn_1(&format!("ProloPath: {what}").into());
}

/// The English sections the page carries: those its first view shows (in their `data-island`
/// boxes) and the rest in `<template id="pp-islands">` (the build puts them there), so the page
/// need not fetch them. Read before the app replaces the first view.
pub fn keep_page_islands(root: &web_sys::Element) {
    let mut file = String::new();
    if let Ok(boxes) = root.query_selector_all("[data-island]") {
        for i in 0..boxes.length() {
            let Some(el) = boxes
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            let code = el.get_attribute("data-island").unwrap_or_default();
            file.push_str(&format!("<!--island:{code}-->{}", el.inner_html()));
        }
    }
    let template = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("pp-islands"));
    if let Some(template) = template {
        file.push_str(&template.inner_html());
    }
    islands::load(Lang::En, &file);
}

/// [`ensure`] as the app's `load_lang` callback.
pub fn loading() -> Callback<(Lang, Callback<()>)> {
    Callback::from(|(lang, done): (Lang, Callback<()>)| ensure(lang, move || done.emit(())))
}
