//! A labelled group of radio buttons (severity, aftercare).

use yew::prelude::*;

/// One option of a [`choice_group`].
#[derive(Clone, Copy, PartialEq)]
pub struct Choice {
    pub value: &'static str,
    pub label: &'static str,
    pub help: &'static str,
}

/// A labelled group of radio buttons, each with a line of plain help.
pub fn choice_group(
    name: &'static str,
    legend: &'static str,
    choices: &[Choice],
    selected: usize,
    on_select: Callback<usize>,
) -> Html {
    html! {
        <fieldset class="pp-choices">
            <legend>{ legend }</legend>
            { for choices.iter().enumerate().map(|(i, c)| {
                let id = format!("pp-{}-{}", name, c.value);
                let help_id = format!("{id}-help");
                let onchange = on_select.reform(move |_: Event| i);
                html! {
                    <div class="pp-choice">
                        <input type="radio" id={id.clone()} name={name} value={c.value}
                               checked={i == selected} aria-describedby={help_id.clone()} {onchange} />
                        <label for={id}>{ c.label }</label>
                        <p class="pp-help" id={help_id}>{ c.help }</p>
                    </div>
                }
            }) }
        </fieldset>
    }
}
