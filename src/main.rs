//! The entry points the loaders call: the whole page (`boot.js`) or a widget (`embed.js`).

fn main() {}

// The wasm's allocator: talc is smaller than the default and as quick.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
mod entry {
    use js_sys::Function;
    use wasm_bindgen::prelude::*;

    /// Starts the whole-page app. `settings` is the clinic's `settings.json` as a query
    /// string; `load_texts(lang)` fetches a language's texts.
    #[wasm_bindgen]
    pub fn start(settings: &str, load_texts: Function) {
        prolopath::web::start(settings, load_texts);
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
