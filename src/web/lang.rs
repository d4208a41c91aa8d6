//! Languages whose texts come on demand. The loader is a function of `boot.js` or `embed.js`
//! that fetches a language's table from beside the app; this hands it to the text layer.

use std::cell::RefCell;

use js_sys::{Function, Promise};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

use crate::text::{self, Lang};

thread_local! {
    static LOADER: RefCell<Option<Function>> = const { RefCell::new(None) };
}

/// The page's loader: `(lang) => Promise<string>`.
pub fn set_loader(loader: Function) {
    LOADER.set(Some(loader));
}

/// Makes `lang`'s texts available, then calls `then`. Should the fetch fail (offline on a
/// first visit, say), `then` still runs and the app shows English.
pub fn ensure(lang: Lang, then: impl FnOnce() + 'static) {
    let loader = LOADER.with_borrow(Clone::clone);
    let Some(loader) = loader.filter(|_| !text::available(lang)) else {
        return then();
    };
    wasm_bindgen_futures::spawn_local(async move {
        let promise = loader.call1(&JsValue::NULL, &lang.tag().into());
        if let Ok(promise) = promise.map(JsCast::unchecked_into::<Promise>) {
            match JsFuture::from(promise).await.map(|t| t.as_string()) {
                Ok(Some(table)) if text::load(lang, &table) => {}
                _ => web_sys::console::warn_1(
                    &"ProloPath: the texts for this language did not load; showing English.".into(),
                ),
            }
        }
        then();
    });
}

/// [`ensure`] as the app's `load_lang` callback.
pub fn loading() -> Callback<(Lang, Callback<()>)> {
    Callback::from(|(lang, done): (Lang, Callback<()>)| ensure(lang, move || done.emit(())))
}
