//! The notice shown when the patient's language could not be loaded and the page is in English.

use yew::prelude::*;

use crate::text::{texts_unavailable, Lang};

/// Says, in English and in the language that was wanted, that the page fell back to English
/// (in the app's status box).
pub fn lang_notice(wanted: Lang) -> Html {
    html! {
        <div class="pp-notice pp-lang-notice">
            { for texts_unavailable(wanted).into_iter().map(|(lang, text)| html! {
                <p lang={lang.tag()}>{ text }</p>
            }) }
        </div>
    }
}
