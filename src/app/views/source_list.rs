//! Where the numbers come from: the sources and the assumptions, numbered.

use yew::prelude::*;

use super::basis_marks;
use crate::model::sources::LAST_REVIEWED;
use crate::model::{Assumption, SourceId, EVIDENCE_QUALITY_BASIS};
use crate::text::{source_label, texts, Fixed, Lang};

/// Every source behind the numbers on screen, our assumptions, and who made this.
pub fn source_list(lang: Lang, citations: &[SourceId], assumptions: &[Assumption]) -> Html {
    let t = texts(lang);
    html! {
        <section class="pp-card pp-sources" aria-labelledby="pp-sources-heading">
            <h2 id="pp-sources-heading">{ t.fixed(Fixed::SourcesHeading) }</h2>
            <p>{ t.fixed(Fixed::EvidenceQuality) }{ " " }{ basis_marks(lang, EVIDENCE_QUALITY_BASIS) }</p>
            <ol class="pp-source-list">
                { for citations.iter().map(|s| html! {
                    <li id={format!("src-{}", s.slug())}>
                        <strong>{ source_label(t, *s) }</strong>{ ". " }
                        // The references are in English, as published: said so to a screen
                        // reader on a page in another language. The two that describe what we
                        // read, with no published title, are in the page's language.
                        if let Some(k) = described(*s) {
                            { t.fixed(k) }
                        } else if lang == Lang::En {
                            { s.source().reference }
                        } else {
                            <span lang="en">{ s.source().reference }</span>
                        }
                        if *s == SourceId::TypicalPractice {
                            { " " }{ t.fixed(Fixed::FramingOnly) }
                        }
                    </li>
                }) }
            </ol>
            <h3 id="pp-assumptions">{ t.fixed(Fixed::AssumptionsHeading) }</h3>
            <ul>
                { for assumptions.iter().map(|a| html! { <li>{ t.assumption(*a) }</li> }) }
            </ul>
            <p>{ t.fixed(Fixed::LastReviewed) }{ ": " }<time datetime={LAST_REVIEWED}>{ LAST_REVIEWED }</time>{ "." }</p>
            <p>{ t.fixed(Fixed::MadeBy) }</p>
        </section>
    }
}

/// The sources that are a description in our words rather than a published reference.
fn described(s: SourceId) -> Option<Fixed> {
    match s {
        SourceId::CareLeaflets => Some(Fixed::LeafletsAre),
        SourceId::TypicalPractice => Some(Fixed::TypicalAre),
        _ => None,
    }
}
