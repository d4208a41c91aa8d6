//! The app state and its one reducer. Side effects stay out of here.

use std::rc::Rc;

use yew::Reducible;

use crate::model::{Adherence, Caution, Condition, Date, Inputs, Severity, Value};
use crate::text::Lang;

/// What the patient has entered, plus whether the last date typed was unusable, the language
/// they read and whether they asked to be remembered on this device.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub inputs: Inputs,
    pub start_invalid: bool,
    /// The language asked for (shown in English while its texts are not here).
    pub lang: Lang,
    pub remember: bool,
}

/// Every change a patient can make.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetCondition(Condition),
    SetSeverity(Severity),
    SetAdherence(Adherence),
    /// The raw text of the date input; a bad date keeps the last good one.
    SetStart(String),
    ToggleCaution(Caution),
    /// Tick or untick something that matters to the patient (changes no estimate).
    ToggleValue(Value),
    /// A language whose texts are here (or were tried: English shows if they did not load).
    SetLang(Lang),
    /// Remember the answers on this device, or forget them.
    SetRemember(bool),
}

impl State {
    pub fn new(today: Date) -> State {
        State::from_inputs(Inputs::new(today))
    }

    /// Starting from answers already known (a link, the device), in English, not remembered.
    pub fn from_inputs(inputs: Inputs) -> State {
        State {
            inputs,
            start_invalid: false,
            lang: Lang::default(),
            remember: false,
        }
    }

    /// The state after `action`.
    pub fn apply(&self, action: Action) -> State {
        let mut next = self.clone();
        let inputs = &mut next.inputs;
        match action {
            Action::SetCondition(c) => inputs.condition = c,
            Action::SetSeverity(s) => inputs.severity = s,
            Action::SetAdherence(a) => inputs.adherence = a,
            Action::SetStart(text) => match Date::parse_iso(&text) {
                Some(d) => {
                    inputs.start = d;
                    next.start_invalid = false;
                }
                None => next.start_invalid = true,
            },
            Action::ToggleCaution(c) => inputs.cautions = inputs.cautions.toggled(c),
            Action::ToggleValue(v) => inputs.values = inputs.values.toggled(v),
            Action::SetLang(lang) => next.lang = lang,
            Action::SetRemember(on) => next.remember = on,
        }
        next
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}
