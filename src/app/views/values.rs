//! What matters to you: a short values exercise, kept with the answers. It changes nothing.

use yew::prelude::*;

use crate::model::{Tick, Value, Values};
use crate::text::{texts, Lang, Ui};

/// Boxes to tick for what matters most, to bring to the visit (link, print and summary carry
/// them). Nothing on the page depends on them.
pub fn values(lang: Lang, ticked: Values, on_toggle: &Callback<Value>) -> Html {
    let t = texts(lang);
    html! {
        <section class="pp-card pp-values" aria-labelledby="pp-values-heading">
            <h2 id="pp-values-heading">{ t.ui(Ui::ValuesHeading) }</h2>
            <p>{ t.ui(Ui::ValuesIntro) }</p>
            <ul class="pp-checklist">
                { for Value::ALL.into_iter().map(|v| {
                    let id = format!("pp-value-{}", v.code());
                    let onchange = on_toggle.reform(move |_: Event| v);
                    html! {
                        <li>
                            <input type="checkbox" id={id.clone()} checked={ticked.contains(v)} {onchange} />
                            <label for={id}>{ t.value(v) }</label>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
