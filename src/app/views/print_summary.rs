//! The patient's choices in words, shown only on paper.

use yew::prelude::*;

use crate::model::{Caution, Inputs};
use crate::text::{texts, Lang, Ui};

/// The patient's choices in words, shown only on paper (the form is not printed).
pub fn print_summary(lang: Lang, i: Inputs) -> Html {
    let t = texts(lang);
    let ticked: Vec<Caution> = Caution::ALL
        .into_iter()
        .filter(|c| i.cautions.contains(*c))
        .collect();
    html! {
        <section class="pp-print-only pp-print-summary">
            <h2>{ t.ui(Ui::PrintChoices) }</h2>
            <p>
                { t.condition(i.condition) }{ ". " }
                { t.ui(Ui::SeverityLegend) }{ " " }{ t.severity(i.severity) }{ ". " }
                { t.ui(Ui::AdherenceLegend) }{ " " }{ t.adherence(i.adherence) }{ ". " }
                { t.ui(Ui::StartLabel) }{ ": " }{ t.date(i.start) }{ "." }
            </p>
            if !i.values.is_empty() {
                <p>
                    <strong>{ t.ui(Ui::PrintValues) }{ ": " }</strong>
                    { i.values.iter().map(|v| t.value(v)).collect::<Vec<_>>().join("; ") }
                </p>
            }
            if !ticked.is_empty() {
                <p>
                    <strong>{ t.ui(Ui::PrintTicked) }{ ": " }</strong>
                    { ticked.iter().map(|c| t.caution(*c)).collect::<Vec<_>>().join("; ") }
                </p>
            }
        </section>
    }
}
