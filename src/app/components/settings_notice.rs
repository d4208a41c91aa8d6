use std::rc::Rc;

use yew::prelude::*;

use crate::settings::SettingProblem;

#[derive(Properties, PartialEq)]
pub struct SettingsNoticeProps {
    pub problems: Rc<Vec<SettingProblem>>,
}

/// For the clinic's web team, only with the `debug` setting on: each setting that was not
/// used, what came and what was expected. Values are shown as text only.
#[function_component(SettingsNotice)]
pub fn settings_notice(props: &SettingsNoticeProps) -> Html {
    html! {
        <div class="pp-notice pp-debug" role="status" lang="en">
            <ul>
                { for props.problems.iter().map(|p| html! { <li>{ p.message() }</li> }) }
            </ul>
        </div>
    }
}
