use yew::prelude::*;

use crate::app::hooks::use_texts;
use crate::model::query::Problem;
use crate::text::Ui;

#[derive(Properties, PartialEq)]
pub struct LinkNoticeProps {
    pub problems: Vec<Problem>,
}

/// A short, polite note of what in the link was ignored. Values are shown as text only.
#[function_component(LinkNotice)]
pub fn link_notice(props: &LinkNoticeProps) -> Html {
    let t = use_texts();
    html! {
        <div class="pp-notice" role="status">
            <p>{ t.ui(Ui::LinkProblems) }</p>
            <ul>
                { for props.problems.iter().map(|p| html! { <li><code>{ p.key }</code>{ " (\"" }{ &p.value }{ "\")" }</li> }) }
            </ul>
        </div>
    }
}
