//! The notice for what a link or the clinic's settings held that could not be used (or, for
//! the settings, should be checked).

use yew::prelude::*;

use crate::model::query::Problem;
use crate::settings::SettingProblem;
use crate::text::{texts, Lang, Ui};

/// What in the link (for the patient) or the clinic's settings (for its web team) was not
/// used. Values are shown as text only.
pub fn link_notice(lang: Lang, problems: &[Problem], settings: &[SettingProblem]) -> Html {
    let t = texts(lang);
    html! {
        <>
            if !settings.is_empty() {
                <div class="pp-notice pp-debug" role="status" lang="en">
                    <ul>
                        { for settings.iter().map(|p| html! { <li>{ p.message() }</li> }) }
                    </ul>
                </div>
            }
            if !problems.is_empty() {
                <div class="pp-notice" role="status">
                    <p>{ t.ui(Ui::LinkProblems) }</p>
                    <ul>
                        { for problems.iter().map(|p| html! { <li><code>{ p.key }</code>{ " (\"" }{ &p.value }{ "\")" }</li> }) }
                    </ul>
                </div>
            }
        </>
    }
}
