use yew::prelude::*;

use crate::app::hooks::use_texts;
use crate::text::Ui;

/// Title, one-line intro and what this tool is (and is not).
#[function_component(Header)]
pub fn header() -> Html {
    let t = use_texts();
    html! {
        <header class="pp-header">
            <h1>{ t.ui(Ui::AppTitle) }</h1>
            <p class="pp-intro">{ t.ui(Ui::Intro) }</p>
            <p class="pp-disclaimer">{ t.ui(Ui::Disclaimer) }</p>
            <a class="pp-jump" href="#pp-care">{ t.ui(Ui::CareHeading) }</a>
        </header>
    }
}
