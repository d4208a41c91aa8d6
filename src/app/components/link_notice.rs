use std::rc::Rc;

use yew::prelude::*;

use crate::app::hooks::use_texts;
use crate::model::query::Problem;
use crate::settings::SettingProblem;
use crate::text::Ui;

#[derive(Properties, PartialEq)]
pub struct LinkNoticeProps {
    pub problems: Vec<Problem>,
    /// Settings that were not used: shown only with the clinic's `debug` setting on.
    #[prop_or_default]
    pub settings: Rc<Vec<SettingProblem>>,
}

/// What in the link (for the patient) or the clinic's settings (for its web team) was not
/// used. Values are shown as text only.
#[function_component(LinkNotice)]
pub fn link_notice(props: &LinkNoticeProps) -> Html {
    let t = use_texts();
    html! {
        <>
            if !props.settings.is_empty() {
                <div class="pp-notice pp-debug" role="status" lang="en">
                    <ul>
                        { for props.settings.iter().map(|p| html! { <li>{ p.message() }</li> }) }
                    </ul>
                </div>
            }
            if !props.problems.is_empty() {
                <div class="pp-notice" role="status">
                    <p>{ t.ui(Ui::LinkProblems) }</p>
                    <ul>
                        { for props.problems.iter().map(|p| html! { <li><code>{ p.key }</code>{ " (\"" }{ &p.value }{ "\")" }</li> }) }
                    </ul>
                </div>
            }
        </>
    }
}
