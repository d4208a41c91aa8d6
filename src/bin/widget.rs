//! A `<prolo-path>` widget's entry point, which its loader (`embed.js`) calls: a wasm of its
//! own, without the whole page's entry (`src/main.rs`), and each without the other's code.
//! scripts/postbuild.mjs builds it beside Trunk's.

fn main() {}

#[cfg(target_arch = "wasm32")]
mod entry {
    use js_sys::Function;
    use wasm_bindgen::prelude::*;

    /// The widgets' code stopped (it trapped: every panic ends in one, and the release build has
    /// no panic hook): their loader asks for the failure message in every widget's place, never
    /// anywhere else on the host page. False when no widget was there.
    #[wasm_bindgen]
    pub fn stopped() -> bool {
        prolopath::web::show_widget_failures()
    }

    /// One `<prolo-path>` element's app.
    #[wasm_bindgen]
    pub struct Widget(prolopath::web::embed::Widget);

    #[wasm_bindgen]
    impl Widget {
        /// Mounts into `root` with the settings file and the attributes, each as a query string.
        #[wasm_bindgen(constructor)]
        pub fn new(
            root: web_sys::Element,
            settings: String,
            attributes: &str,
            load_texts: Function,
        ) -> Widget {
            let widget =
                prolopath::web::embed::Widget::mount(root, settings, attributes, load_texts);
            Widget(widget)
        }

        /// The element's attributes changed.
        pub fn update(&self, attributes: &str) {
            self.0.update(attributes);
        }

        /// The element left the page: unmount and free.
        pub fn destroy(self) {
            self.0.destroy();
        }
    }
}
