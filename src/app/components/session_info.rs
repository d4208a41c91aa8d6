//! What a session is like and the aftercare (evidence.md sections 1b and 2b).

use yew::prelude::*;

use super::basis_marks;
use crate::model::{Basis, SourceId};
use crate::text::{Texts, Ui};

/// The steps of a session, how long it takes, the aftercare in full and the cost question.
pub fn session_info(t: &dyn Texts) -> Html {
    const BASIS: Basis = Basis::cited(&[SourceId::TypicalPractice, SourceId::CareLeaflets]);
    let list = |keys: &[Ui]| {
        html! { <ul>{ for keys.iter().map(|k| html! { <li>{ t.ui(*k) }</li> }) }</ul> }
    };
    html! {
        <section class="pp-card pp-session" aria-labelledby="pp-session-heading">
            <h2 id="pp-session-heading">{ t.ui(Ui::SessionHeading) }</h2>
            { list(&[Ui::SessionConsult, Ui::SessionClean, Ui::SessionNumb, Ui::SessionNeedles,
                     Ui::SessionGuided, Ui::SessionTime]) }
            <h3>{ t.ui(Ui::AftercareHeading) }</h3>
            { list(&[Ui::AftercareRest, Ui::AftercareFluids, Ui::AftercareRaise, Ui::AftercareWatch,
                     Ui::AftercareVisits]) }
            <p>{ t.ui(Ui::MedicineAdvice) }</p>
            <p>{ t.ui(Ui::SessionCost) }{ " " }{ basis_marks(t, BASIS) }</p>
        </section>
    }
}
