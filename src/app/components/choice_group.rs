use yew::prelude::*;

/// One option of a [`ChoiceGroup`].
#[derive(Clone, PartialEq)]
pub struct Choice {
    pub value: &'static str,
    pub label: &'static str,
    pub help: &'static str,
}

#[derive(Properties, PartialEq)]
pub struct ChoiceGroupProps {
    /// The radio group's name, also the prefix of its ids.
    pub name: &'static str,
    pub legend: &'static str,
    pub choices: Vec<Choice>,
    pub selected: usize,
    pub on_select: Callback<usize>,
}

/// A labelled group of radio buttons, each with a line of plain help.
#[function_component(ChoiceGroup)]
pub fn choice_group(props: &ChoiceGroupProps) -> Html {
    html! {
        <fieldset class="pp-choices">
            <legend>{ props.legend }</legend>
            { for props.choices.iter().enumerate().map(|(i, c)| {
                let id = format!("pp-{}-{}", props.name, c.value);
                let help_id = format!("{id}-help");
                let onchange = props.on_select.reform(move |_: Event| i);
                html! {
                    <div class="pp-choice">
                        <input type="radio" id={id.clone()} name={props.name} value={c.value}
                               checked={i == props.selected} aria-describedby={help_id.clone()} {onchange} />
                        <label for={id}>{ c.label }</label>
                        <p class="pp-help" id={help_id}>{ c.help }</p>
                    </div>
                }
            }) }
        </fieldset>
    }
}
