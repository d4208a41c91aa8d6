//! A section built into the page's HTML: one the answers never change, or one only the chosen
//! condition changes. Natively (the prerender, the tests) its component renders it; the wasm
//! has no such components and shows the HTML the build made (`text::islands`).

use yew::prelude::*;

use crate::model::Condition;
use crate::text::islands::{ConditionIsland, Island};
use crate::text::Lang;

/// A section the answers never change, in a `data-island` box the layout ignores.
pub fn island(island: Island, lang: Lang) -> Html {
    let code = island.code();
    #[cfg(not(target_arch = "wasm32"))]
    let inner = content(island, lang);
    #[cfg(target_arch = "wasm32")]
    let inner = built(code, lang);
    html! {
        <div class="pp-island" data-island={code}>{ inner }</div>
    }
}

/// A section for the chosen condition, the same way.
pub fn condition_island(kind: ConditionIsland, condition: Condition, lang: Lang) -> Html {
    let code = kind.code(condition);
    #[cfg(not(target_arch = "wasm32"))]
    let inner = condition_content(kind, condition, lang);
    #[cfg(target_arch = "wasm32")]
    let inner = built(&code, lang);
    html! {
        <div class="pp-island" data-island={code}>{ inner }</div>
    }
}

/// In the browser: the section as the build made it for `lang` (English while that language's
/// did not load), or nothing before any has.
#[cfg(target_arch = "wasm32")]
fn built(code: &str, lang: Lang) -> Html {
    crate::text::islands::get(lang, code)
        .map(Html::from_html_unchecked)
        .unwrap_or_default()
}

/// A section the answers never change, rendered by its component (native builds only).
#[cfg(not(target_arch = "wasm32"))]
pub fn content(island: Island, lang: Lang) -> Html {
    use super::{about, questions, session_info, side_effects};
    match island {
        Island::SideEffects => side_effects(lang),
        Island::Session => session_info(lang),
        Island::Questions => questions(lang),
        Island::About => about(lang),
    }
}

/// A condition's section, rendered by its component (native builds only). What the studies
/// found and the choices depend on the condition alone, never on the other answers (a tested
/// property of the model), so any start date gives the same section.
#[cfg(not(target_arch = "wasm32"))]
pub fn condition_content(kind: ConditionIsland, condition: Condition, lang: Lang) -> Html {
    use super::{basis_marks, choices, decision, results, source_list};
    use crate::model::{estimate, Date, Inputs};
    let t = crate::text::texts(lang);
    let day = Date::from_ymd(2026, 1, 5).expect("a real date");
    let est = estimate(&Inputs::new(day).with_condition(condition));
    let fc = est.first_change;
    match kind {
        ConditionIsland::PlanNote => html! { <p>{ t.plan_note(est.series_range) }</p> },
        ConditionIsland::Change => html! {
            <p>{ t.first_change(fc.weeks, fc.measured) }{ " " }{ basis_marks(lang, fc.basis) }</p>
        },
        ConditionIsland::Decision => decision(lang, condition, est.course_basis),
        ConditionIsland::Results => results(lang, &est),
        ConditionIsland::Choices => choices(lang, &est),
        ConditionIsland::Sources => source_list(lang, &est.citations, &est.assumptions),
    }
}
