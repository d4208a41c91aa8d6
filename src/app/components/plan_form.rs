//! The form: condition, severity, aftercare and the start date.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::app::state::Action;
use crate::app::views::{choice_group, Choice};
use crate::model::date::{MAX_YEAR, MIN_YEAR};
use crate::model::{Adherence, Condition, Date, Inputs, Severity};
use crate::text::{texts, Lang, Ui};

#[derive(Properties, PartialEq)]
pub struct PlanFormProps {
    /// The language to speak.
    pub lang: Lang,
    pub inputs: Inputs,
    pub start_invalid: bool,
    /// The conditions the clinic offers.
    pub conditions: Vec<Condition>,
    pub on_action: Callback<Action>,
}

/// The three choices and the start date. Every change goes up as one action.
#[function_component(PlanForm)]
pub fn plan_form(props: &PlanFormProps) -> Html {
    let t = texts(props.lang);
    let inputs = props.inputs;
    let on_condition = props.on_action.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        Action::SetCondition(Condition::from_code(&value).unwrap_or_default())
    });
    // The field owns its text: only the person changes it after the start (a link or remembered
    // answers are read once, before the app mounts; nothing else sets the date). Yew treats an
    // input with `value` as controlled and writes it back on every render, which resets the
    // date segment being typed; so the field gets the date as its `value` attribute (its
    // default: shown from the first frame and in the server render, never over what someone
    // types), and the state follows the field. No effect writes into it: Yew yields to the
    // browser between a render and its effects (every ~16 ms), so an effect could put back a
    // date the person had just cleared or changed (CI caught that). Should something outside the
    // field ever change the date, give the input a `key` that changes with it.
    // While typing, take the date as soon as it is whole; on leaving the field, say if it is not.
    // Not on `change`: Chromium fires it at every typed digit, so "0" of a month or the "0002"
    // on the way to 2027 raised the alert while someone was typing a good date.
    // A date is whole on the way to another (02/2 of 02/29/2027) and taken: leaving the field
    // with a date that is not real goes back to the date from before this edit, never to one
    // met while typing.
    let before = use_mut_ref(|| None::<Date>);
    let on_start_input = {
        let (on_action, before, was) = (props.on_action.clone(), before.clone(), inputs.start);
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            before.borrow_mut().get_or_insert(was);
            if Date::parse_iso(&value).is_some() {
                on_action.emit(Action::SetStart(value));
            }
        })
    };
    let on_start = {
        let (on_action, before) = (props.on_action.clone(), before.clone());
        Callback::from(move |e: FocusEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            if let Some(was) = before.borrow_mut().take() {
                if Date::parse_iso(&value).is_none() {
                    on_action.emit(Action::SetStart(was.to_iso()));
                }
            }
            on_action.emit(Action::SetStart(value));
        })
    };
    let severities: Vec<Choice> = Severity::ALL
        .iter()
        .zip(["mild", "moderate", "severe"])
        .map(|(s, value)| Choice {
            value,
            label: t.severity(*s),
            help: t.severity_help(*s),
        })
        .collect();
    let adherences: Vec<Choice> = Adherence::ALL
        .iter()
        .zip(["low", "typical", "high"])
        .map(|(a, value)| Choice {
            value,
            label: t.adherence(*a),
            help: t.adherence_help(*a),
        })
        .collect();
    let describedby = if props.start_invalid {
        "pp-start-help pp-start-error"
    } else {
        "pp-start-help"
    };
    html! {
        // `method="dialog"` outside a dialog sends nothing: Enter in the date field of the first
        // view (before the app, or with JavaScript off) would otherwise send the answers to the
        // server in a query.
        <form class="pp-form" method="dialog" aria-labelledby="pp-form-heading" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <h2 id="pp-form-heading">{ t.ui(Ui::FormHeading) }</h2>
            <div class="pp-field">
                <label for="pp-condition">{ t.ui(Ui::ConditionLabel) }</label>
                <select id="pp-condition" name="condition" onchange={on_condition}>
                    { for props.conditions.iter().map(|c| html! {
                        <option value={c.code()} selected={*c == inputs.condition}>{ t.condition(*c) }</option>
                    }) }
                </select>
            </div>
            { choice_group("severity", t.ui(Ui::SeverityLegend), &severities, inputs.severity as usize,
                props.on_action.reform(|i: usize| Action::SetSeverity(Severity::ALL[i]))) }
            { choice_group("adherence", t.ui(Ui::AdherenceLegend), &adherences, inputs.adherence as usize,
                props.on_action.reform(|i: usize| Action::SetAdherence(Adherence::ALL[i]))) }
            <div class="pp-field">
                <label for="pp-start">{ t.ui(Ui::StartLabel) }</label>
                // `VALUE`: the attribute, which HTML names without case (Yew's `value` is the
                // controlled property, see above).
                <input type="date" id="pp-start" name="start"
                       VALUE={inputs.start.to_iso()}
                       min={format!("{MIN_YEAR}-01-01")} max={format!("{MAX_YEAR}-12-31")}
                       aria-invalid={props.start_invalid.to_string()} aria-describedby={describedby}
                       oninput={on_start_input} onblur={on_start} />
                <p class="pp-help" id="pp-start-help">{ t.ui(Ui::StartHelp) }</p>
                if props.start_invalid {
                    <p class="pp-error" id="pp-start-error" role="alert">{ t.ui(Ui::StartInvalid) }</p>
                }
            </div>
        </form>
    }
}
