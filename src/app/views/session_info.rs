//! What a session is like and the aftercare (evidence.md sections 1b and 2b).

use yew::prelude::*;

use super::basis_marks;
use crate::model::{Basis, SourceId};
use crate::text::{texts, Fixed, Lang};

/// The steps of a session, how long it takes, the aftercare in full and the cost question.
pub fn session_info(lang: Lang) -> Html {
    let t = texts(lang);
    const BASIS: Basis = Basis::cited(&[SourceId::TypicalPractice, SourceId::CareLeaflets]);
    let list = |keys: &[Fixed]| {
        html! { <ul>{ for keys.iter().map(|k| html! { <li>{ t.fixed(*k) }</li> }) }</ul> }
    };
    html! {
        <section class="pp-card pp-session" aria-labelledby="pp-session-heading">
            <h2 id="pp-session-heading">{ t.fixed(Fixed::SessionHeading) }</h2>
            { list(&[Fixed::SessionConsult, Fixed::SessionClean, Fixed::SessionNumb, Fixed::SessionNeedles,
                     Fixed::SessionGuided, Fixed::SessionTime]) }
            <h3>{ t.fixed(Fixed::AftercareHeading) }</h3>
            { list(&[Fixed::AftercareRest, Fixed::AftercareFluids, Fixed::AftercareRaise, Fixed::AftercareWatch,
                     Fixed::AftercareVisits]) }
            <p>{ t.fixed(Fixed::MedicineAdvice) }</p>
            <p>{ t.fixed(Fixed::SessionCost) }{ " " }{ basis_marks(lang, BASIS) }</p>
        </section>
    }
}
