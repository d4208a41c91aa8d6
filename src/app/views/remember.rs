//! The opt-in to remember the answers on this device, with a way to forget them.

use yew::prelude::*;

use crate::text::{texts, Lang, Ui};

/// The "remember" box (ticked when `on`) and, while on, "Forget my answers"; or, where the
/// page may store nothing, a line that says so. Ticking, unticking and forgetting go up as
/// the new value.
pub fn remember(lang: Lang, available: bool, on: bool, on_change: &Callback<bool>) -> Html {
    let t = texts(lang);
    if !available {
        return html! { <p class="pp-help pp-remember">{ t.ui(Ui::StorageBlocked) }</p> };
    }
    let toggle = on_change.reform(move |_: Event| !on);
    let forget = on_change.reform(|_: MouseEvent| false);
    html! {
        <div class="pp-remember">
            <input type="checkbox" id="pp-remember" checked={on} onchange={toggle}
                   aria-describedby="pp-remember-help" />
            <label for="pp-remember">{ t.ui(Ui::RememberLabel) }</label>
            <p class="pp-help" id="pp-remember-help">{ t.ui(Ui::RememberHelp) }</p>
            if on {
                <button type="button" class="pp-button" onclick={forget}>{ t.ui(Ui::Forget) }</button>
            }
        </div>
    }
}
