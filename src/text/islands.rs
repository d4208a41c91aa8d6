//! The HTML of the sections the answers never change (what a session is like, side effects,
//! questions, about) and of those only the chosen condition changes (the decision and the
//! condition, what happened in the studies, the choices), per language, made at build time
//! by the app's own components (`prerender --islands <lang>`). In the browser the wasm holds
//! none of their words: the page carries the English file in a `<template>`, a language's file
//! is fetched when wanted (`<!--island:code-->` before each section's HTML), and the sections
//! are shown as they are. Our own build's HTML only: nothing from a link or a setting.

use std::cell::RefCell;

use yew::AttrValue;

use super::Lang;
use crate::model::Condition;

listed! {
    /// A section the answers never change.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Island {
        SideEffects,
        Session,
        Questions,
        About,
    }
}

listed! {
    /// A section only the chosen condition changes.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum ConditionIsland {
        /// How many sessions the studies had, and the top-up session only if advised.
        PlanNote,
        /// When a change is usually first noticed, and who says so.
        Change,
        /// The decision, what the condition is and how it usually goes.
        Decision,
        /// What happened in the studies (the time course where measured, each result).
        Results,
        /// The choices in equal detail.
        Choices,
        /// Where the numbers come from: the sources and assumptions the condition's estimate
        /// leans on (the same for every other answer).
        Sources,
    }
}

impl Island {
    /// Its name in the page (`data-island`) and in the file.
    pub fn code(self) -> &'static str {
        match self {
            Island::SideEffects => "side-effects",
            Island::Session => "session",
            Island::Questions => "questions",
            Island::About => "about",
        }
    }
}

impl ConditionIsland {
    /// Its name for one condition: `results/knee`.
    pub fn code(self, condition: Condition) -> String {
        let kind = match self {
            ConditionIsland::PlanNote => "plan-note",
            ConditionIsland::Change => "change",
            ConditionIsland::Decision => "decision",
            ConditionIsland::Results => "results",
            ConditionIsland::Choices => "choices",
            ConditionIsland::Sources => "sources",
        };
        format!("{kind}/{}", condition.code())
    }
}

/// How many sections a whole file has.
pub const COUNT: usize = Island::ALL.len() + ConditionIsland::ALL.len() * Condition::ALL.len();

/// One language's sections, each with its name.
type Sections = Vec<(String, AttrValue)>;

thread_local! {
    /// Each language's sections, once they are here.
    static HTML: RefCell<Vec<(Lang, Sections)>> = const { RefCell::new(Vec::new()) };
}

/// A file's sections by name, only when it has as many as a whole file, each named once and
/// none empty (the build writes every one; `tests/islands.rs` checks the names).
pub fn parse(file: &str) -> Option<Vec<(String, String)>> {
    let mut found: Vec<(String, String)> = Vec::with_capacity(COUNT);
    for chunk in file.split("<!--island:").skip(1) {
        let (code, html) = chunk.split_once("-->")?;
        let html = html.trim();
        if html.is_empty() || found.iter().any(|(c, _)| c == code) {
            return None;
        }
        found.push((code.to_owned(), html.to_owned()));
    }
    (found.len() == COUNT).then_some(found)
}

/// Takes a language's file as the page has it. False, and nothing changes, when it is not a
/// whole islands file.
pub fn load(lang: Lang, file: &str) -> bool {
    let Some(sections) = parse(file) else {
        return false;
    };
    let sections = sections
        .into_iter()
        .map(|(code, html)| (code, AttrValue::from(html)))
        .collect();
    HTML.with_borrow_mut(|all| {
        all.retain(|(l, _)| *l != lang);
        all.push((lang, sections));
    });
    true
}

/// Whether `lang`'s sections are here.
pub fn available(lang: Lang) -> bool {
    HTML.with_borrow(|all| all.iter().any(|(l, _)| *l == lang))
}

/// A section by name in `lang`, else in English (a language whose sections did not load),
/// else none.
pub fn get(lang: Lang, code: &str) -> Option<AttrValue> {
    HTML.with_borrow(|all| {
        [lang, Lang::En].into_iter().find_map(|want| {
            let (_, sections) = all.iter().find(|(l, _)| *l == want)?;
            sections
                .iter()
                .find(|(c, _)| c == code)
                .map(|(_, h)| h.clone())
        })
    })
}
