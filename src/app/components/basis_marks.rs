use yew::prelude::*;

use crate::app::hooks::use_texts;
use crate::model::Basis;
use crate::text::{source_label, Ui};

#[derive(Properties, PartialEq)]
pub struct BasisMarksProps {
    pub basis: Basis,
}

/// The sources behind a number, linked to the sources list, and a "best guess" mark.
#[function_component(BasisMarks)]
pub fn basis_marks(props: &BasisMarksProps) -> Html {
    let t = use_texts();
    let basis = props.basis;
    html! {
        <span class="pp-basis">
            { for basis.sources.iter().map(|s| html! {
                <a class="pp-cite" href={format!("#src-{}", s.slug())}
                   aria-label={format!("{}: {}", t.ui(Ui::SourceMark), source_label(t, *s))}>
                    { source_label(t, *s) }
                </a>
            }) }
            if basis.assumption.is_some() {
                <a class="pp-assumed" href="#pp-assumptions">{ t.ui(Ui::AssumptionMark) }</a>
            }
        </span>
    }
}
