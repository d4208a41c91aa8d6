//! The other choices people make, beside prolotherapy.

use yew::prelude::*;

use super::basis_marks;
use crate::model::{Basis, SourceId};
use crate::text::{Texts, Ui};

/// Options, including not having prolotherapy, and what to do if it does not help.
pub fn choices(t: &dyn Texts) -> Html {
    const NATURAL: Basis = Basis::cited(&[SourceId::Rabago2013Knee, SourceId::Dagenais2007]);
    const NO_HELP: Basis = Basis::cited(&[SourceId::Dagenais2007, SourceId::TypicalPractice]);
    html! {
        <section class="pp-card pp-choices-section" aria-labelledby="pp-choices-heading">
            <h2 id="pp-choices-heading">{ t.ui(Ui::OptionsHeading) }</h2>
            <h3>{ t.ui(Ui::OptionNone) }</h3>
            <p>{ t.ui(Ui::NaturalCourse) }{ " " }{ basis_marks(t, NATURAL) }</p>
            <h3>{ t.ui(Ui::OptionOthers) }</h3>
            <p>{ t.ui(Ui::OtherTreatments) }</p>
            <h3>{ t.ui(Ui::OptionNoHelp) }</h3>
            <p>{ t.ui(Ui::IfNoHelp) }{ " " }{ basis_marks(t, NO_HELP) }</p>
        </section>
    }
}
