//! About this guide: who wrote it and what they are, funding, conflicts of interest, version,
//! review date and update policy, and how the strength of evidence is rated.

use yew::prelude::*;

use crate::model::sources::{LAST_REVIEWED, PUBLISHED};
use crate::text::{texts, Fixed, Lang};

/// The guide's own credentials, stated plainly (nothing invented).
pub fn about(lang: Lang) -> Html {
    let t = texts(lang);
    html! {
        <section class="pp-card pp-about" aria-labelledby="pp-about-heading">
            <h2 id="pp-about-heading">{ t.fixed(Fixed::AboutHeading) }</h2>
            { for [Fixed::AboutWho, Fixed::AboutNotClinic, Fixed::AboutNotReviewed, Fixed::AboutFunding]
                .into_iter().map(|k| html! { <p>{ t.fixed(k) }</p> }) }
            <p>
                { t.version(env!("CARGO_PKG_VERSION"), PUBLISHED) }{ " " }
                { t.fixed(Fixed::LastReviewed) }{ ": " }<time datetime={LAST_REVIEWED}>{ LAST_REVIEWED }</time>{ ". " }
                { t.fixed(Fixed::UpdatePolicy) }
            </p>
            <p>{ t.fixed(Fixed::AboutStrength) }</p>
        </section>
    }
}
