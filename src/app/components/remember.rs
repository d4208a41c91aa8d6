use yew::prelude::*;

use crate::text::{texts, Lang, Ui};

#[derive(Properties, PartialEq)]
pub struct RememberProps {
    /// The language to speak.
    pub lang: Lang,
    /// Whether this page may store anything.
    pub available: bool,
    pub initially_on: bool,
    pub on_change: Callback<bool>,
}

/// Opt-in: remember the answers on this device, with a way to forget them.
#[function_component(Remember)]
pub fn remember(props: &RememberProps) -> Html {
    let t = texts(props.lang);
    let on = use_state(|| props.initially_on);
    if !props.available {
        return html! { <p class="pp-help pp-remember">{ t.ui(Ui::StorageBlocked) }</p> };
    }
    let toggle = {
        let (on, cb) = (on.clone(), props.on_change.clone());
        Callback::from(move |_: Event| {
            // Read once: the handle shows the new value as soon as it is set.
            let next = !*on;
            on.set(next);
            cb.emit(next);
        })
    };
    let forget = {
        let (on, cb) = (on.clone(), props.on_change.clone());
        Callback::from(move |_: MouseEvent| {
            on.set(false);
            cb.emit(false);
        })
    };
    html! {
        <div class="pp-remember">
            <input type="checkbox" id="pp-remember" checked={*on} onchange={toggle}
                   aria-describedby="pp-remember-help" />
            <label for="pp-remember">{ t.ui(Ui::RememberLabel) }</label>
            <p class="pp-help" id="pp-remember-help">{ t.ui(Ui::RememberHelp) }</p>
            if *on {
                <button type="button" class="pp-button" onclick={forget}>{ t.ui(Ui::Forget) }</button>
            }
        </div>
    }
}
