//! Browser edges: mounting (the page, or a widget in another site's page), the clock, and
//! the failure message. Nothing clinical.

mod clock;
mod config;
mod download;
pub mod embed;
mod failure;
mod lang;
pub mod sections;
mod share;
pub mod storage;
pub mod url;

pub use clock::today;
pub use failure::{show_failure, show_widget_failures, shown as failure_context};

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::Callback;

use crate::app::{App, AppProps};
use crate::model::{query, Estimate};
use crate::settings::Settings;
use crate::startup::{self, Given, Start};
use crate::text::{texts, Lang, Ui};

/// The element the app mounts into.
pub const ROOT_ID: &str = "pp-root";

/// Mounts the whole-page app into `#pp-root` (or the body). `settings_query` is the clinic's
/// `settings.json` as the loader passes it on (a query string); `loader` fetches a
/// language's texts and built sections.
pub fn start(settings_query: &str, loader: js_sys::Function) {
    lang::set_loader(loader);
    let Some(root) = root() else {
        return;
    };
    // A page built in a language of its own (es.html) says so on its root; else its first view
    // is English.
    let page_lang = root.get_attribute("data-page-lang");
    let built = page_lang
        .as_deref()
        .and_then(Lang::from_tag)
        .unwrap_or_default();
    sections::keep_page(&root, built);
    let mut props = props(settings_query, page_lang.as_deref());
    props.complete = lang::completing();
    let lang = props.lang;
    let mount = move || {
        // es.html whose Spanish texts did not come: its first view, every care level in Spanish,
        // stays, with its note, rather than the app in English.
        if lang == built && !crate::text::available(lang) {
            return failure::show_page_note();
        }
        set_page_lang(lang);
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    };
    // In the first view's language, the app starts once its texts are here (at once for English;
    // es.html's Spanish, once fetched): the first view's own sections are here for its
    // condition, and the app fetches the rest (another condition's, from a link, show when they
    // come). In another language, its texts and sections first, then start.
    if lang == built {
        lang::ensure_texts(lang, mount);
    } else {
        lang::ensure(lang, mount);
    }
}

/// `#pp-root`, or the body when the page has none.
fn root() -> Option<web_sys::Element> {
    let doc = web_sys::window()?.document()?;
    doc.get_element_by_id(ROOT_ID)
        .or_else(|| doc.body().map(Into::into))
}

/// The app's props from the page: what the browser holds, decided by [`startup::page`], and the
/// callbacks that keep the link and (when asked) the device in step.
fn props(settings_query: &str, page_lang: Option<&str>) -> AppProps {
    let (link, fragment) = url::parts();
    let stored = storage::load();
    let browser = browser_tag();
    let start = startup::page(&Given {
        link: &link,
        fragment: &fragment,
        stored: stored.as_deref(),
        settings_query,
        attributes: "",
        browser_lang: browser.as_deref(),
        page_lang,
        today: today(),
    });
    config::report(&start.setting_problems);
    config::report_ignored(&start.ignored);
    let kept = start.kept.clone();
    let mut props = app_props(start);
    props.storage_available = storage::available();
    failure::shown(None, props.lang, props.settings.clone());

    let remember = Rc::new(Cell::new(props.remembered));
    let lang = Rc::new(Cell::new(props.lang));
    let last = Rc::new(RefCell::new(None::<crate::model::Inputs>));
    // The link's fragment (and the device, when asked) always holds the answers and the
    // language: a browser sends no fragment to a server. The query keeps only the settings a
    // link may make (none in `SETTINGS` today): a link made before the answers moved loses them
    // from its query here.
    let sync = {
        let (remember, lang, last) = (remember.clone(), lang.clone(), last.clone());
        move || {
            let Some(inputs) = *last.borrow() else {
                return;
            };
            let q = format!("{}&lang={}", query::to_query(&inputs), lang.get().tag());
            url::replace(&kept, &q);
            if remember.get() {
                storage::save(&q);
            }
        }
    };
    // After the frame that shows the new estimate, not before it: writing the link can take
    // milliseconds on a phone, and a burst of changes needs only the last one written.
    let sync = Rc::new(sync);
    LINK.with_borrow_mut(|link| *link = Some(sync.clone()));
    // A page left before that frame (a hidden tab has none) still keeps the last answer.
    if let Some(window) = web_sys::window() {
        let flush = Closure::<dyn Fn()>::new(write_link_now);
        let _ = window.add_event_listener_with_callback("pagehide", flush.as_ref().unchecked_ref());
        flush.forget();
    }
    props.on_inputs = Callback::from(move |inputs| {
        *last.borrow_mut() = Some(inputs);
        write_link_soon();
    });
    props.on_lang = {
        let (lang, sync) = (lang.clone(), sync.clone());
        let settings = props.settings.clone();
        Callback::from(move |next: Lang| {
            lang.set(next);
            set_page_lang(next);
            failure::shown(None, next, settings.clone());
            sync();
        })
    };
    shared_callbacks(&mut props);
    props.on_remember = Callback::from(move |on: bool| {
        remember.set(on);
        if on {
            sync();
        } else {
            storage::forget();
        }
    });
    props
}

thread_local! {
    /// Writes the answers into the link (and the device, when asked).
    static LINK: RefCell<Option<Rc<dyn Fn()>>> = const { RefCell::new(None) };
    /// Whether a write is waiting for the next frame.
    static LINK_DUE: Cell<bool> = const { Cell::new(false) };
}

/// Writes the link after the next frame, once for any number of changes before it.
fn write_link_soon() {
    if LINK_DUE.replace(true) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return write_link_now();
    };
    let after_frame = Closure::once_into_js(move || {
        let write = Closure::once_into_js(write_link_now);
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(write.unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(after_frame.unchecked_ref());
}

/// Writes a waiting link now (before it is shared, say).
pub(crate) fn write_link_now() {
    if LINK_DUE.replace(false) {
        if let Some(write) = LINK.with_borrow(Clone::clone) {
            write();
        }
    }
}

/// What the page and a widget do alike: share, save the calendar, fetch a language's texts
/// and built sections.
fn shared_callbacks(props: &mut AppProps) {
    props.on_share = Callback::from(share::share);
    props.on_calendar = Callback::from(
        |(est, lang, settings): (Rc<Estimate>, Lang, Rc<Settings>)| {
            download::save_calendar(&est, lang, &settings)
        },
    );
    props.load_lang = lang::loading();
}

/// The browser's language tag (`navigator.language`), such as `en-GB`.
pub(crate) fn browser_tag() -> Option<String> {
    web_sys::window().and_then(|w| w.navigator().language())
}

/// The app's props for what start-up decided (the callbacks are the caller's).
pub(crate) fn app_props(start: Start) -> AppProps {
    let mut props = AppProps::new(today());
    props.initial = Some(start.inputs);
    props.lang = start.lang;
    props.problems = start.problems;
    props.settings = Rc::new(start.settings);
    props.setting_problems = Rc::new(start.setting_problems);
    props.remembered = start.remembered;
    props
}

/// The page's `lang`, `dir`, title and install manifest follow the app's language.
fn set_page_lang(lang: Lang) {
    let lang = crate::text::shown(lang);
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute("lang", lang.tag());
        let _ = html.set_attribute("dir", lang.dir());
    }
    doc.set_title(texts(lang).ui(Ui::AppTitle));
    if let Ok(Some(link)) = doc.query_selector("link[rel=manifest]") {
        let _ = link.set_attribute("href", lang.manifest());
    }
}
