//! Languages whose texts come on demand. The loader is a function of `boot.js` or `embed.js`
//! that fetches a file from beside the app by name (`es`: the Spanish table; `islands-es`: the
//! sections built for Spanish), again when asked (a copy the app refused); this hands them to
//! the text layer and the sections.

use std::cell::RefCell;

use js_sys::{Function, Promise};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

use super::sections;
use crate::text::{self, Lang};

thread_local! {
    static LOADER: RefCell<Option<Function>> = const { RefCell::new(None) };
    /// Files the app refused (cut short on the way, say): the loader fetches them again.
    static REFUSED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// The page's loader: `(name, again) => Promise<string>`.
pub fn set_loader(loader: Function) {
    LOADER.set(Some(loader));
}

/// Makes `lang`'s texts and built sections available, then calls `then`. Should a fetch fail
/// (offline on a first visit, say), `then` still runs: the app shows English for what did not
/// load (fetching the English sections if it has none), and the care levels, which are the
/// app's own, always.
pub fn ensure(lang: Lang, then: impl FnOnce() + 'static) {
    // One copy of the work below, not one per caller's closure (about 1.5 KB of wasm).
    ensure_boxed(lang, Box::new(then), true);
}

/// Makes `lang`'s texts available, then calls `then`: for the page's own language, whose first
/// view brought its sections (es.html's Spanish); the app fetches the rest once it has started.
pub fn ensure_texts(lang: Lang, then: impl FnOnce() + 'static) {
    ensure_boxed(lang, Box::new(then), false);
}

fn ensure_boxed(lang: Lang, then: Box<dyn FnOnce()>, with_sections: bool) {
    let Some(loader) = LOADER.with_borrow(Clone::clone) else {
        return then();
    };
    let texts = (!text::available(lang)).then(|| fetch(&loader, lang.tag().to_owned()));
    let islands = (with_sections && !sections::available(lang))
        .then(|| fetch(&loader, format!("islands-{}", lang.tag())));
    if texts.is_none() && islands.is_none() {
        return then();
    }
    if islands.is_some() {
        sections::fetching(true);
    }
    wasm_bindgen_futures::spawn_local(async move {
        // Both fetches are under way before either is awaited.
        if let Some(texts) = texts {
            if !matches!(texts.await, Some(table) if text::load(lang, &table)) {
                refused(lang.tag().to_owned());
                warn("the texts for this language did not load; showing English (on its own page, es.html, the page as built).");
            }
        }
        if let Some(file) = islands {
            if !matches!(file.await, Some(file) if sections::load(lang, &file)) {
                refused(format!("islands-{}", lang.tag()));
                warn("the sections for this language did not load; showing them in English.");
                // Show the English ones instead, fetched if they are not all here.
                if lang != Lang::En && !sections::available(Lang::En) {
                    match fetch(&loader, "islands-en".to_owned()).await {
                        Some(file) if sections::load(Lang::En, &file) => {}
                        _ => refused("islands-en".to_owned()),
                    }
                }
            }
            sections::fetching(false);
        }
        then();
    });
}

/// Remembers that the copy of `name` the loader gave was not used.
fn refused(name: String) {
    REFUSED.with_borrow_mut(|r| r.push(name));
}

/// The file `name` as text, or `None` when it could not be fetched; fetched again when the
/// copy the loader gave before was refused.
fn fetch(loader: &Function, name: String) -> impl std::future::Future<Output = Option<String>> {
    let again = REFUSED.with_borrow_mut(|r| {
        let had = r.contains(&name);
        r.retain(|n| *n != name);
        had
    });
    let promise = loader
        .call2(&JsValue::NULL, &name.into(), &again.into())
        .map(JsCast::unchecked_into::<Promise>);
    async move { JsFuture::from(promise.ok()?).await.ok()?.as_string() }
}

fn warn(what: &str) {
    web_sys::console::warn_1(&format!("ProloPath: {what}").into());
}

/// Asked by the app once it has started, and whenever the language or condition changes: fetches
/// the built sections still missing in the language on screen (after the page's first view, the
/// other conditions' English ones; after a failed fetch, another try), then calls back. Nothing
/// when all are here or a fetch is under way.
pub fn completing() -> Callback<(Lang, Callback<()>)> {
    Callback::from(|(lang, done): (Lang, Callback<()>)| {
        // The language on screen: English when the wanted one's texts did not load (a notice
        // says so, and to reload; its texts are not asked for again on every change).
        let lang = text::shown(lang);
        if !sections::available(lang) && !sections::pending() {
            ensure(lang, move || done.emit(()));
        }
    })
}

/// [`ensure`] as the app's `load_lang` callback.
pub fn loading() -> Callback<(Lang, Callback<()>)> {
    Callback::from(|(lang, done): (Lang, Callback<()>)| ensure(lang, move || done.emit(())))
}
