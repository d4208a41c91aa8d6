//! The clinic's accent colour on the widget, through the style object (strict CSP).

use yew::prelude::*;

use crate::settings::Accent;

/// Puts the clinic's accent on the widget as `--pp-brand`. Through the style object, not a
/// `style` attribute: a strict CSP (no inline styles) allows the one and blocks the other.
#[hook]
pub fn use_accent(accent: Option<Accent>) -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(accent, move |accent| {
            #[cfg(target_arch = "wasm32")]
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let style = el.style();
                let _ = match accent {
                    Some(a) => style.set_property("--pp-brand", &a.css()),
                    None => style.remove_property("--pp-brand").map(drop),
                };
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (node, accent);
        });
    }
    node
}
