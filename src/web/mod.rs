//! Browser edges: mounting, the clock, and the failure message. Nothing clinical.

mod clock;
mod download;
mod failure;
mod share;
pub mod storage;
pub mod url;

pub use clock::today;
pub use failure::show_failure;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::Callback;

use crate::app::{App, AppProps};
use crate::model::query;

/// The element the app mounts into.
pub const ROOT_ID: &str = "pp-root";

/// Installs the panic message and mounts the app into `#pp-root` (or the body).
pub fn start() {
    // Yew installs its own hook on render unless given one this way.
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_failure();
    }));
    if let Some(root) = root() {
        yew::Renderer::<App>::with_root_and_props(root, props()).render();
    }
}

/// `#pp-root`, or the body when the page has none.
fn root() -> Option<web_sys::Element> {
    let doc = web_sys::window()?.document()?;
    doc.get_element_by_id(ROOT_ID)
        .or_else(|| doc.body().map(Into::into))
}

/// The app's props from the page: the link's answers, else remembered ones, else defaults;
/// and the callbacks that keep the link and (when asked) the device in step.
fn props() -> AppProps {
    let mut props = AppProps::new(today());
    let link = url::query();
    let stored = storage::load();
    let defaults = crate::model::Inputs::new(props.today);
    if query::has_inputs(&link) {
        let (inputs, problems) = query::parse(&link, defaults);
        props.initial = Some(inputs);
        props.problems = problems;
    } else if let Some(saved) = &stored {
        props.initial = Some(query::parse(saved, defaults).0);
    }
    props.storage_available = storage::available();
    props.remembered = stored.is_some();
    let remember = Rc::new(Cell::new(props.remembered));
    let last = Rc::new(RefCell::new(None));
    props.on_inputs = {
        let (remember, last) = (remember.clone(), last.clone());
        Callback::from(move |inputs| {
            let q = query::to_query(&inputs);
            url::replace_query(&q);
            if remember.get() {
                storage::save(&q);
            }
            *last.borrow_mut() = Some(q);
        })
    };
    props.on_share = Callback::from(|request| {
        share::share(
            request,
            crate::text::texts(Default::default()).ui(crate::text::Ui::AppTitle),
        )
    });
    props.on_calendar = Callback::from(|est: Rc<crate::model::Estimate>| {
        download::save_calendar(&est, Default::default())
    });
    props.on_remember = Callback::from(move |on: bool| {
        remember.set(on);
        match (on, last.borrow().as_deref()) {
            (true, Some(q)) => {
                storage::save(q);
            }
            (true, None) => {}
            (false, _) => storage::forget(),
        }
    });
    props
}
