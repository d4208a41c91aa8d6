use yew::prelude::*;

use super::BasisMarks;
use crate::app::hooks::use_texts;
use crate::model::{Basis, SourceId};
use crate::text::Ui;

/// Options, including not having prolotherapy, and what to do if it does not help.
#[function_component(Choices)]
pub fn choices() -> Html {
    let t = use_texts();
    const NATURAL: Basis = Basis::cited(&[SourceId::Rabago2013Knee, SourceId::Dagenais2007]);
    const NO_HELP: Basis = Basis::cited(&[SourceId::Dagenais2007, SourceId::TypicalPractice]);
    html! {
        <section class="pp-card pp-choices-section" aria-labelledby="pp-choices-heading">
            <h2 id="pp-choices-heading">{ t.ui(Ui::OptionsHeading) }</h2>
            <h3>{ t.ui(Ui::OptionNone) }</h3>
            <p>{ t.ui(Ui::NaturalCourse) }{ " " }<BasisMarks basis={NATURAL} /></p>
            <h3>{ t.ui(Ui::OptionOthers) }</h3>
            <p>{ t.ui(Ui::OtherTreatments) }</p>
            <h3>{ t.ui(Ui::OptionNoHelp) }</h3>
            <p>{ t.ui(Ui::IfNoHelp) }{ " " }<BasisMarks basis={NO_HELP} /></p>
        </section>
    }
}
