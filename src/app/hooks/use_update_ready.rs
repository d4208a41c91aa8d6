//! The page's service-worker loader (boot.js) announces a waiting new version with a
//! window event; these are the app's two small touch points with it.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

const READY: &str = "prolopath:update-ready";
const APPLY: &str = "prolopath:apply-update";

/// True once a new version is waiting (also when it was announced before the app mounted).
#[hook]
pub fn use_update_ready() -> bool {
    let ready = use_state(|| false);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let window = web_sys::window();
            let early = window
                .as_ref()
                .and_then(|w| js_sys::Reflect::get(w, &"__ppUpdateReady".into()).ok())
                .is_some_and(|v| v.is_truthy());
            if early {
                ready.set(true);
            }
            let listener = Closure::<dyn Fn()>::new(move || ready.set(true));
            if let Some(w) = &window {
                let _ =
                    w.add_event_listener_with_callback(READY, listener.as_ref().unchecked_ref());
            }
            move || {
                if let Some(w) = &window {
                    let _ = w.remove_event_listener_with_callback(
                        READY,
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    *ready
}

/// Asks the loader to switch to the waiting version and reload.
pub fn apply_update() {
    if let (Some(w), Ok(event)) = (web_sys::window(), web_sys::Event::new(APPLY)) {
        let _ = w.dispatch_event(&event);
    }
}
