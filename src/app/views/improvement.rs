//! What happened in the studies: when change is usually first noticed and who says so (built per
//! condition), where those weeks fall in the example plan (live: it moves with the dates), then
//! the condition's results as the build made them (no curve of "share of the benefit").

use yew::prelude::*;

use super::{condition_island, Shown};
use crate::model::Estimate;
use crate::text::islands::ConditionIsland;
use crate::text::{texts, Lang, Ui};

/// The heading, when change is usually first noticed, and the condition's results.
pub fn improvement(lang: Lang, est: &Estimate, shown: &Shown) -> Html {
    let t = texts(lang);
    let fc = est.first_change;
    html! {
        <section class="pp-card pp-improvement" aria-labelledby="pp-improvement-heading">
            <h2 id="pp-improvement-heading">{ t.ui(Ui::ImprovementHeading) }</h2>
            { condition_island(ConditionIsland::Change, est.inputs.condition, lang, shown) }
            <p>{ t.example_dates(fc.from, fc.to) }</p>
            { condition_island(ConditionIsland::Results, est.inputs.condition, lang, shown) }
        </section>
    }
}
