//! The page's heading, introduction and disclaimer.

use yew::prelude::*;

use crate::text::{texts, Lang, Ui};

/// Title, one-line intro and what this tool is (and is not); the clinic that shares it, when
/// it says, without making it the author.
pub fn header(lang: Lang, clinic: Option<&str>) -> Html {
    let t = texts(lang);
    html! {
        <header class="pp-header">
            if let Some(clinic) = clinic {
                <p class="pp-clinic">{ t.shared_by(clinic) }</p>
            }
            <h1>{ t.ui(Ui::AppTitle) }</h1>
            <p class="pp-intro">{ t.ui(Ui::Intro) }</p>
            <p class="pp-disclaimer">{ t.ui(Ui::Disclaimer) }{ " " }{ t.ui(Ui::StaysHere) }</p>
            <a class="pp-jump" href="#pp-care">{ t.ui(Ui::CareHeading) }</a>
        </header>
    }
}
