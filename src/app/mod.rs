//! The Yew side: state, hooks and one component per file. Views compute nothing clinical.

pub mod components;
pub mod hooks;
pub mod state;

use yew::prelude::*;

use crate::model::{estimate, Date};
use crate::text::Lang;
use components::{
    CareLevels, CautionList, Choices, Header, Improvement, PlanForm, PrintSummary, Questions,
    SessionPlan, SideEffects, SourceList,
};
use state::{Action, State};

/// What the page gives the app.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Today's date on this device: the default first session.
    pub today: Date,
    #[prop_or_default]
    pub lang: Lang,
}

/// The whole ProloPath widget.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let today = props.today;
    let state = use_reducer_eq(move || State::new(today));
    let est = use_memo(state.inputs, estimate);
    let on_action = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let on_toggle = on_action.reform(Action::ToggleCaution);
    let inputs = state.inputs;
    // What is on screen, for tests and embedding hosts to wait on.
    let rendered = format!(
        "{} {} {} {}",
        inputs.condition.code(),
        inputs.severity.code(),
        inputs.adherence.code(),
        inputs.start.to_iso()
    );
    html! {
        <ContextProvider<Lang> context={props.lang}>
            <div class="pp-app" lang={props.lang.tag()} data-state={rendered}>
                <Header />
                <div class="pp-layout">
                    <PlanForm inputs={state.inputs} start_invalid={state.start_invalid} {on_action} />
                    <div class="pp-results">
                        <PrintSummary {inputs} />
                        <SessionPlan estimate={est.clone()} />
                        <CareLevels />
                        <Improvement estimate={est.clone()} />
                        <SideEffects />
                        <Choices />
                        <CautionList cautions={est.cautions.clone()} {on_toggle} />
                        <Questions />
                        <SourceList citations={est.citations.clone()} assumptions={est.assumptions.clone()} />
                    </div>
                </div>
            </div>
        </ContextProvider<Lang>>
    }
}
