use yew::prelude::*;

use crate::app::hooks::use_texts;
use crate::model::sources::LAST_REVIEWED;
use crate::model::{Assumption, SourceId};
use crate::text::{source_label, Ui};

#[derive(Properties, PartialEq)]
pub struct SourceListProps {
    pub citations: Vec<SourceId>,
    pub assumptions: Vec<Assumption>,
}

/// Every source behind the numbers on screen, our assumptions, and who made this.
#[function_component(SourceList)]
pub fn source_list(props: &SourceListProps) -> Html {
    let t = use_texts();
    html! {
        <section class="pp-card pp-sources" aria-labelledby="pp-sources-heading">
            <h2 id="pp-sources-heading">{ t.ui(Ui::SourcesHeading) }</h2>
            <p>{ t.ui(Ui::EvidenceQuality) }</p>
            <ol class="pp-source-list">
                { for props.citations.iter().map(|s| html! {
                    <li id={format!("src-{}", s.slug())}>
                        <strong>{ source_label(t, *s) }</strong>{ ". " }{ s.source().reference }
                    </li>
                }) }
            </ol>
            <h3 id="pp-assumptions">{ t.ui(Ui::AssumptionsHeading) }</h3>
            <ul>
                { for props.assumptions.iter().map(|a| html! { <li>{ t.assumption(*a) }</li> }) }
            </ul>
            <p>{ t.ui(Ui::LastReviewed) }{ ": " }<time datetime={LAST_REVIEWED}>{ LAST_REVIEWED }</time>{ ". " }{ t.ui(Ui::UpdatePolicy) }</p>
            <p>{ t.ui(Ui::MadeBy) }</p>
        </section>
    }
}
