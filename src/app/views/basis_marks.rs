//! The citation and "best guess" marks beside a number, linking to the sources list.

use yew::prelude::*;

use crate::model::Basis;
use crate::text::{source_label, texts, Lang, Ui};

/// The sources behind a number, linked to the sources list, and a "best guess" mark.
///
/// A plain view function, like the other parts without state of their own: a component
/// costs about 300 bytes of wasm each, and this one is on the page 16 times.
pub fn basis_marks(lang: Lang, basis: Basis) -> Html {
    let t = texts(lang);
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
