//! A section built into the page's HTML: one the answers never change, or one only the chosen
//! condition changes. Natively (the prerender, the tests) its component renders it; the wasm
//! has no such components and shows the HTML the build made (`text::islands`).

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::model::Condition;
use crate::text::islands::{ConditionIsland, Island, Section};
use crate::text::Lang;

/// The built sections an app has shown: per place in the page, a box holding every copy it
/// has shown there, the one for the chosen condition shown and the others hidden but kept laid
/// out (`web::sections::show`), so switching back costs the browser little; each app has its own
/// (two widgets on one page never share a copy).
#[cfg(target_arch = "wasm32")]
pub type Shown = Rc<RefCell<Vec<Slot>>>;
/// Natively the components render the sections; there is nothing to keep.
#[cfg(not(target_arch = "wasm32"))]
pub type Shown = Rc<RefCell<Vec<()>>>;

/// One place in the page for a kind of section (`results`, or `about`), and its copies.
#[cfg(target_arch = "wasm32")]
pub struct Slot {
    kind: String,
    holder: web_sys::Element,
    copies: Vec<(Lang, String, web_sys::HtmlElement)>,
}

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
/// widget's or a language's fetch failed, say): the rest of the page still works, and says so
/// (in the app's status box).
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
            shown
                .iter()
                .flat_map(|slot| &slot.copies)
                .any(|(s, c, _)| *s == l && *c == code)
                || crate::web::sections::has(l, &code)
        }) && !crate::web::sections::pending()
    };
    if !missing {
        return Html::default();
    }
    html! {
        <p class="pp-notice pp-sections-missing">
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

/// In the browser: the place for this kind of section, showing its copy of the section in its
/// box as the build made it for `lang` (English while that language's did not load), made the
/// first time and kept after; every other copy there hidden (another language's are dropped).
/// Nothing is shown before any language's sections are here.
#[cfg(target_arch = "wasm32")]
fn built(code: &str, lang: Lang, shown: &Shown) -> Html {
    use crate::web::sections;
    use wasm_bindgen::JsCast;
    let mut slots = shown.borrow_mut();
    let kind = code.split('/').next().unwrap_or(code);
    let at = match slots.iter().position(|s| s.kind == kind) {
        Some(at) => at,
        None => {
            let Some(holder) = sections::holder() else {
                return Html::default();
            };
            slots.push(Slot {
                kind: kind.to_owned(),
                holder,
                copies: Vec::new(),
            });
            slots.len() - 1
        }
    };
    let slot = &mut slots[at];
    // A language whose sections are not here has no copies and gives none: English then.
    let mut wanted = None;
    for want in [lang, Lang::En] {
        if let Some(i) = slot
            .copies
            .iter()
            .position(|(l, c, _)| *l == want && c == code)
        {
            wanted = Some(i);
            break;
        }
        if let Some(node) = sections::copy(want, code) {
            let copy: web_sys::HtmlElement = node.unchecked_into();
            let _ = slot.holder.append_child(&copy);
            slot.copies.push((want, code.to_owned(), copy));
            wanted = Some(slot.copies.len() - 1);
            break;
        }
    }
    let showing = wanted.map(|i| slot.copies[i].0);
    let mut i = 0;
    slot.copies.retain(|(l, _, copy)| {
        let keep = showing.is_none_or(|s| s == *l);
        if keep {
            sections::show(copy, Some(i) == wanted);
        } else {
            copy.remove();
        }
        i += 1;
        keep
    });
    Html::VRef(slot.holder.clone().into())
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
        ConditionIsland::PlanNote => {
            let from = crate::text::ScheduleFrom::for_condition(condition);
            html! { <p>{ t.plan_note(est.series_range, from) }</p> }
        }
        ConditionIsland::Change => html! {
            <p>{ t.first_change(fc.weeks, fc.measured) }{ " " }{ basis_marks(lang, fc.basis) }</p>
        },
        ConditionIsland::Decision => decision(lang, condition, est.course_basis),
        ConditionIsland::Results => results(lang, &est),
        ConditionIsland::Choices => choices(lang, &est),
        ConditionIsland::Sources => source_list(lang, &est.citations, &est.assumptions),
    }
}
