//! The language switch (English / Español).

use yew::prelude::*;

use crate::text::Lang;

/// The language switch: each language named in itself, the current one marked.
pub fn lang_switch(current: Lang, on_change: &Callback<Lang>) -> Html {
    html! {
        <nav class="pp-langs" aria-label="Language / Idioma">
            { for Lang::ALL.into_iter().map(|lang| {
                let onclick = on_change.reform(move |_: MouseEvent| lang);
                html! {
                    <button type="button" class="pp-lang" lang={lang.tag()} {onclick}
                            aria-pressed={(lang == current).to_string()}>
                        { lang.name() }
                    </button>
                }
            }) }
        </nav>
    }
}
