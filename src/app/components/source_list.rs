//! Where the numbers come from: the sources and the assumptions, numbered.

use yew::prelude::*;

use crate::model::sources::LAST_REVIEWED;
use crate::model::{Assumption, SourceId};
use crate::text::{source_label, Texts, Ui};

/// Every source behind the numbers on screen, our assumptions, and who made this.
pub fn source_list(t: &dyn Texts, citations: &[SourceId], assumptions: &[Assumption]) -> Html {
    html! {
        <section class="pp-card pp-sources" aria-labelledby="pp-sources-heading">
            <h2 id="pp-sources-heading">{ t.ui(Ui::SourcesHeading) }</h2>
            <p>{ t.ui(Ui::EvidenceQuality) }</p>
            <ol class="pp-source-list">
                { for citations.iter().map(|s| html! {
                    <li id={format!("src-{}", s.slug())}>
                        <strong>{ source_label(t, *s) }</strong>{ ". " }{ s.source().reference }
                    </li>
                }) }
            </ol>
            <h3 id="pp-assumptions">{ t.ui(Ui::AssumptionsHeading) }</h3>
            <ul>
                { for assumptions.iter().map(|a| html! { <li>{ t.assumption(*a) }</li> }) }
            </ul>
            <p>{ t.ui(Ui::LastReviewed) }{ ": " }<time datetime={LAST_REVIEWED}>{ LAST_REVIEWED }</time>{ "." }</p>
            <p>{ t.ui(Ui::MadeBy) }</p>
        </section>
    }
}
