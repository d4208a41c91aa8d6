//! What to tell the clinician first: the cautions to tick, each with why it matters.

use yew::prelude::*;

use crate::model::{Caution, CautionItem, Tick};
use crate::text::{texts, Lang, Ui};

/// A checklist of things to tell the clinician. Ticking one explains why it matters.
pub fn caution_list(lang: Lang, cautions: &[CautionItem], on_toggle: &Callback<Caution>) -> Html {
    let t = texts(lang);
    html! {
        <section class="pp-card pp-cautions" aria-labelledby="pp-cautions-heading">
            <h2 id="pp-cautions-heading">{ t.ui(Ui::CautionsHeading) }</h2>
            <p>{ t.ui(Ui::CautionsIntro) }</p>
            <ul class="pp-checklist">
                { for cautions.iter().map(|item| {
                    let id = format!("pp-caution-{}", item.caution.code());
                    let why_id = format!("{id}-why");
                    let caution = item.caution;
                    let onchange = on_toggle.reform(move |_: Event| caution);
                    html! {
                        <li>
                            <input type="checkbox" id={id.clone()} checked={item.ticked} {onchange}
                                   aria-describedby={item.ticked.then(|| AttrValue::from(why_id.clone()))} />
                            // The tag inside the label: a screen reader says it with the box's
                            // name, ticked or not (beside it, only reading the page found it).
                            <label for={id}>
                                { t.caution(item.caution) }
                                if !item.verified {
                                    { " " }<span class="pp-tag">{ t.ui(Ui::NotProven) }</span>
                                }
                            </label>
                            if item.ticked {
                                <p class="pp-why" id={why_id}>{ t.caution_why(item.caution) }</p>
                            }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
