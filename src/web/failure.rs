use web_sys::Document;

use crate::model::care::CareSign;
use crate::model::CareLevel;
use crate::text::{texts, Lang, Ui};

/// Replaces the app with a plain "something went wrong" message that still says
/// when to get help. Built with text nodes only: nothing here is parsed as HTML.
pub fn show_failure() {
    let (Some(doc), Some(root)) = (web_sys::window().and_then(|w| w.document()), super::root())
    else {
        return;
    };
    let t = texts(Lang::default());
    root.set_text_content(None);
    let Some(box_) = element(&doc, "div", None) else {
        return;
    };
    let _ = box_.set_attribute("role", "alert");
    let _ = box_.set_attribute("class", "pp-failure");
    let parts = [
        ("h2", t.ui(Ui::FailureTitle)),
        ("p", t.ui(Ui::FailureBody)),
        ("h3", t.care_level(CareLevel::EmergencyNow)),
        ("p", t.care_sign(CareSign::AllergicReaction)),
        ("p", t.care_sign(CareSign::ChestAfterChestInjection)),
    ];
    for (tag, text) in parts {
        if let Some(el) = element(&doc, tag, Some(text)) {
            let _ = box_.append_child(&el);
        }
    }
    let _ = root.append_child(&box_);
}

fn element(doc: &Document, tag: &str, text: Option<&str>) -> Option<web_sys::Element> {
    let el = doc.create_element(tag).ok()?;
    el.set_text_content(text);
    Some(el)
}
