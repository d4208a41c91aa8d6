//! Downloads made on the device: the calendar file of the example dates.

use wasm_bindgen::JsCast;

use crate::export::ics::{calendar, Stamp};
use crate::model::{Date, Estimate};
use crate::settings::Settings;
use crate::text::{texts, Lang};

/// Saves the example dates as `prolopath-plan.ics`.
pub fn save_calendar(est: &Estimate, lang: Lang, settings: &Settings) {
    let body = calendar(est, texts(lang), settings, now_utc());
    save("prolopath-plan.ics", "text/calendar;charset=utf-8", &body);
}

/// The device clock in UTC.
fn now_utc() -> Stamp {
    let now = js_sys::Date::new_0();
    Stamp {
        date: Date::from_ymd(
            now.get_utc_full_year() as i32,
            now.get_utc_month() + 1,
            now.get_utc_date(),
        )
        .unwrap_or_else(super::today),
        hour: now.get_utc_hours() as u8,
        minute: now.get_utc_minutes() as u8,
        second: now.get_utc_seconds() as u8,
    }
}

/// Offers `body` as a file download, made on the device (a blob URL, nothing is sent).
fn save(name: &str, mime: &str, body: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&body.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(a) = doc
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    // Not revoked: a browser may fetch the file after `click` returns, and a URL revoked at once
    // then gives no download (Mozilla bug 1282407, since fixed: Firefox ESR 153 and WebKitGTK's
    // MiniBrowser save it either way; reported of Safari, unchecked). A few KB, freed with the page.
}
