//! A section built into the page's HTML: one the answers never change, or one only the chosen
//! condition changes. Natively (the prerender, the tests) its component renders it; the wasm
//! has no such components and shows the HTML the build made (`text::islands`).

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::model::Condition;
use crate::text::islands::{ConditionIsland, Island, Section};
use crate::text::Lang;

/// The built sections an app has shown, each its own copy: shown again as they are, so a
/// section is parsed once per language and Yew moves it rather than rebuilding it (the app
/// keeps one list for its life; two widgets on one page never share a section).
#[cfg(target_arch = "wasm32")]
pub type Shown = Rc<RefCell<Vec<(Lang, String, web_sys::Node)>>>;
/// Natively the components render the sections; there is nothing to keep.
#[cfg(not(target_arch = "wasm32"))]
pub type Shown = Rc<RefCell<Vec<()>>>;

/// A section the answers never change, in a `data-island` box the layout ignores.
pub fn island(island: Island, lang: Lang, shown: &Shown) -> Html {
    section(Section::Fixed(island), lang, shown)
}

/// A section for the chosen condition, the same way.
pub fn condition_island(
    kind: ConditionIsland,
    condition: Condition,
    lang: Lang,
    shown: &Shown,
) -> Html {
    section(Section::Condition(kind, condition), lang, shown)
}

/// A notice in place of the chosen condition's built sections when they did not load (a
/// widget's or a language's fetch failed, say): the rest of the page still works, and says so.
pub fn sections_missing(condition: Condition, lang: Lang, shown: &Shown) -> Html {
    #[cfg(not(target_arch = "wasm32"))]
    let missing = {
        let _ = (condition, shown);
        false
    };
    #[cfg(target_arch = "wasm32")]
    let missing = {
        let code = ConditionIsland::Results.code(condition);
        let shown = shown.borrow();
        ![lang, Lang::En].into_iter().any(|l| {
            shown.iter().any(|(s, c, _)| *s == l && *c == code)
                || crate::web::sections::has(l, &code)
        }) && !crate::web::sections::pending()
    };
    if !missing {
        return Html::default();
    }
    html! {
        <p class="pp-notice pp-sections-missing" role="status">
            { crate::text::texts(lang).ui(crate::text::Ui::SectionsMissing) }
        </p>
    }
}

/// Natively rendered by its component, in the browser the copy of the build's box.
fn section(section: Section, lang: Lang, shown: &Shown) -> Html {
    #[cfg(not(target_arch = "wasm32"))]
    let _ = shown;
    #[cfg(not(target_arch = "wasm32"))]
    return boxed(&section.code(), content(section, lang));
    #[cfg(target_arch = "wasm32")]
    built(&section.code(), lang, shown)
}

/// The box the page shows a section in (`text::islands::boxed` makes the same for the file).
#[cfg(not(target_arch = "wasm32"))]
fn boxed(code: &str, inner: Html) -> Html {
    html! {
        <div class="pp-island" data-island={code.to_owned()}>{ inner }</div>
    }
}

/// In the browser: the section in its box as the build made it for `lang` (English while that
/// language's did not load), the copy this app showed before if it has one; nothing before
/// any language's sections are here.
#[cfg(target_arch = "wasm32")]
fn built(code: &str, lang: Lang, shown: &Shown) -> Html {
    use crate::web::sections;
    let mut shown = shown.borrow_mut();
    // A language whose sections are not here has no copies and gives none: English then.
    for want in [lang, Lang::En] {
        if let Some((_, _, node)) = shown.iter().find(|(l, c, _)| *l == want && c == code) {
            return Html::VRef(node.clone());
        }
        if let Some(node) = sections::copy(want, code) {
            shown.push((want, code.to_owned(), node.clone()));
            return Html::VRef(node);
        }
    }
    Html::default()
}

/// A section, rendered by its component (native builds only). What the studies found and the
/// choices depend on the condition alone, never on the other answers (a tested property of the
/// model), so any start date gives the same section.
#[cfg(not(target_arch = "wasm32"))]
pub fn content(section: Section, lang: Lang) -> Html {
    use super::{
        about, basis_marks, choices, decision, questions, results, session_info, side_effects,
        source_list,
    };
    use crate::model::{estimate, Date, Inputs};
    let (kind, condition) = match section {
        Section::Fixed(Island::SideEffects) => return side_effects(lang),
        Section::Fixed(Island::Session) => return session_info(lang),
        Section::Fixed(Island::Questions) => return questions(lang),
        Section::Fixed(Island::About) => return about(lang),
        Section::Condition(kind, condition) => (kind, condition),
    };
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
