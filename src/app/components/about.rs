//! About this guide: who wrote it and what they are, funding, conflicts of interest, version,
//! review date and update policy, and how the strength of evidence is rated.

use yew::prelude::*;

use crate::model::sources::{LAST_REVIEWED, PUBLISHED};
use crate::text::{Texts, Ui};

/// The guide's own credentials, stated plainly (nothing invented).
pub fn about(t: &dyn Texts) -> Html {
    html! {
        <section class="pp-card pp-about" aria-labelledby="pp-about-heading">
            <h2 id="pp-about-heading">{ t.ui(Ui::AboutHeading) }</h2>
            { for [Ui::AboutWho, Ui::AboutNotClinic, Ui::AboutNotReviewed, Ui::AboutFunding]
                .into_iter().map(|k| html! { <p>{ t.ui(k) }</p> }) }
            <p>
                { t.version(env!("CARGO_PKG_VERSION"), PUBLISHED) }{ " " }
                { t.ui(Ui::LastReviewed) }{ ": " }<time datetime={LAST_REVIEWED}>{ LAST_REVIEWED }</time>{ ". " }
                { t.ui(Ui::UpdatePolicy) }
            </p>
            <p>{ t.ui(Ui::AboutStrength) }</p>
        </section>
    }
}
