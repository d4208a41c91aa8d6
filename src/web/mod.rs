//! Browser edges: mounting, the clock, and the failure message. Nothing clinical.

mod clock;
mod failure;

pub use clock::today;
pub use failure::show_failure;

use crate::app::{App, AppProps};

/// The element the app mounts into.
pub const ROOT_ID: &str = "pp-root";

/// Installs the panic message and mounts the app into `#pp-root` (or the body).
pub fn start() {
    // Yew installs its own hook on render unless given one this way.
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_failure();
    }));
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = doc
        .get_element_by_id(ROOT_ID)
        .or_else(|| doc.body().map(Into::into))
    else {
        return;
    };
    yew::Renderer::<App>::with_root_and_props(
        root,
        AppProps {
            today: today(),
            lang: Default::default(),
        },
    )
    .render();
}
