use yew::prelude::*;

use crate::text::Lang;

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    pub current: Lang,
    pub on_change: Callback<Lang>,
}

/// The language switch: each language named in itself, the current one marked.
#[function_component(LangSwitch)]
pub fn lang_switch(props: &LangSwitchProps) -> Html {
    html! {
        <nav class="pp-langs" aria-label="Language / Idioma">
            { for Lang::ALL.into_iter().map(|lang| {
                let onclick = props.on_change.reform(move |_: MouseEvent| lang);
                html! {
                    <button type="button" class="pp-lang" lang={lang.tag()} {onclick}
                            aria-pressed={(lang == props.current).to_string()}>
                        { lang.name() }
                    </button>
                }
            }) }
        </nav>
    }
}
