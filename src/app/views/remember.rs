//! The opt-in to remember the answers on this device, with a way to forget them.

use wasm_bindgen::JsCast;
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
    // The button goes once the answers are forgotten: the focus moves to the box first, not
    // back to the top of the page.
    let forget = on_change.reform(|e: MouseEvent| {
        let input = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|button| button.parent_element())
            .and_then(|box_| box_.query_selector("input").ok().flatten())
            .and_then(|input| input.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(input) = input {
            let _ = input.focus();
        }
        false
    });
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
