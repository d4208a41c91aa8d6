//! What happened in the studies: when change is usually first noticed, counted from the first
//! session and placed in the example plan (live: it moves with the dates), then the condition's
//! results as the build made them (an island: no curve of "share of the benefit").

use yew::prelude::*;

use super::{basis_marks, condition_island};
use crate::model::Estimate;
use crate::text::islands::ConditionIsland;
use crate::text::{Lang, Texts, Ui};

/// The heading, when change is usually first noticed, and the condition's results.
pub fn improvement(t: &dyn Texts, est: &Estimate, lang: Lang) -> Html {
    let fc = est.first_change;
    html! {
        <section class="pp-card pp-improvement" aria-labelledby="pp-improvement-heading">
            <h2 id="pp-improvement-heading">{ t.ui(Ui::ImprovementHeading) }</h2>
            <p>{ t.first_change(fc.weeks, fc.from, fc.to) }{ " " }{ basis_marks(t, fc.basis) }</p>
            { condition_island(ConditionIsland::Results, est.inputs.condition, lang) }
        </section>
    }
}
