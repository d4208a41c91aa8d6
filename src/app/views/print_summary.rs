//! The patient's choices in words, shown only on paper.

use std::fmt::Write;

use yew::prelude::*;

use super::escaped;
use crate::model::Inputs;
use crate::text::{taken_along, texts, Lang, Ui};

/// The patient's choices in words, shown only on paper (the form is not printed).
///
/// Written as one string, not an element tree (see `escaped`): no events, our own words only.
pub fn print_summary(lang: Lang, i: Inputs) -> Html {
    let t = texts(lang);
    let mut h = String::new();
    let _ = write!(
        h,
        "<section class=\"pp-print-only pp-print-summary\"><h2>{}</h2><p>{}. {} {}. {} {}. {}: {}.</p>",
        escaped(t.ui(Ui::PrintChoices)),
        escaped(t.condition(i.condition)),
        escaped(t.ui(Ui::SeverityLegend)),
        escaped(t.severity(i.severity)),
        escaped(t.ui(Ui::AdherenceLegend)),
        escaped(t.adherence(i.adherence)),
        escaped(t.ui(Ui::StartLabel)),
        escaped(&t.date(i.start)),
    );
    for (label, items) in taken_along(t, &i) {
        let _ = write!(
            h,
            "<p><strong>{}: </strong>{}</p>",
            escaped(t.ui(label)),
            escaped(&items.join("; "))
        );
    }
    h.push_str("</section>");
    Html::from_html_unchecked(h.into())
}
