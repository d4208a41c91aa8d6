use yew::prelude::*;

use crate::app::hooks::use_texts;
use crate::text::Ui;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// The clinic that offers this page, when it says.
    #[prop_or_default]
    pub clinic: Option<String>,
}

/// Title, one-line intro and what this tool is (and is not).
#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let t = use_texts();
    html! {
        <header class="pp-header">
            if let Some(clinic) = &props.clinic {
                <p class="pp-clinic">{ clinic }</p>
            }
            <h1>{ t.ui(Ui::AppTitle) }</h1>
            <p class="pp-intro">{ t.ui(Ui::Intro) }</p>
            <p class="pp-disclaimer">{ t.ui(Ui::Disclaimer) }</p>
            <a class="pp-jump" href="#pp-care">{ t.ui(Ui::CareHeading) }</a>
        </header>
    }
}
