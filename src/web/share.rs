//! Sharing through the Web Share API where the browser has it, else the clipboard.
//! Both are called through `Reflect`: web-sys marks them unstable.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::app::share::{ShareOutcome, ShareRequest, ShareWhat};

/// Carries out a request and reports the outcome.
pub fn share(request: ShareRequest) {
    wasm_bindgen_futures::spawn_local(async move {
        let outcome = match &request.what {
            ShareWhat::Link => share_link(request.title).await,
            ShareWhat::Summary(text) => copy(text).await,
        };
        request.done.emit(outcome);
    });
}

async fn share_link(title: &str) -> ShareOutcome {
    let Some(window) = web_sys::window() else {
        return ShareOutcome::Failed;
    };
    super::write_link_now();
    let url = window.location().href().unwrap_or_default();
    let data = Object::new();
    let _ = Reflect::set(&data, &"title".into(), &title.into());
    let _ = Reflect::set(&data, &"url".into(), &url.as_str().into());
    match call(&window.navigator().into(), "share", &data.into()).await {
        Some(Ok(_)) => ShareOutcome::Shared,
        Some(Err(e)) if error_name(&e) == "AbortError" => ShareOutcome::Cancelled,
        _ => copy(&url).await,
    }
}

async fn copy(text: &str) -> ShareOutcome {
    let Some(window) = web_sys::window() else {
        return ShareOutcome::Failed;
    };
    let clipboard =
        Reflect::get(&window.navigator(), &"clipboard".into()).unwrap_or(JsValue::UNDEFINED);
    match call(&clipboard, "writeText", &text.into()).await {
        Some(Ok(_)) => ShareOutcome::Copied,
        _ => ShareOutcome::Failed,
    }
}

/// Calls `target.method(arg)` and awaits its promise; `None` where there is no such method.
async fn call(target: &JsValue, method: &str, arg: &JsValue) -> Option<Result<JsValue, JsValue>> {
    let f: Function = Reflect::get(target, &method.into()).ok()?.dyn_into().ok()?;
    let promise: Promise = f.call1(target, arg).ok()?.dyn_into().ok()?;
    Some(JsFuture::from(promise).await)
}

fn error_name(e: &JsValue) -> String {
    Reflect::get(e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default()
}
