//! The whole page's entry point, which its loader (`boot.js`) calls. A widget has its own wasm,
//! without it (`src/bin/widget.rs`).

fn main() {}

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

    /// The app's code stopped (it trapped: every panic ends in one, and the release build has no
    /// panic hook): its loader asks for the failure message in its place.
    #[wasm_bindgen]
    pub fn stopped() {
        prolopath::web::show_failure();
    }
}
