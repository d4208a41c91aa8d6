//! The HTML of the sections the answers never change (what a session is like, side effects,
//! questions, about) and of those only the chosen condition changes (the decision and the
//! condition, what happened in the studies, the choices), per language, made at build time
//! by the app's own components (`prerender --islands <lang>`). In the browser the wasm holds
//! none of their words: the page's first view carries its own (the fixed sections and the first
//! condition's), a language's whole file is fetched when wanted (each section in its
//! `data-island` box; English once the app has started), and the sections are shown as they
//! are (`web::sections`). Our own build's HTML only: nothing from a link or a setting.

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

/// Any section built into the page's HTML.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Fixed(Island),
    Condition(ConditionIsland, Condition),
}

impl Section {
    /// Its name in the page and the file: `about`, `results/knee`.
    pub fn code(self) -> String {
        match self {
            Section::Fixed(island) => island.code().to_owned(),
            Section::Condition(kind, condition) => kind.code(condition),
        }
    }

    /// Every section, in the file's order: those the answers never change, then each kind of
    /// condition section for every condition.
    pub fn all() -> impl Iterator<Item = Section> {
        let fixed = Island::ALL.into_iter().map(Section::Fixed);
        let per_condition = ConditionIsland::ALL.into_iter().flat_map(|kind| {
            Condition::ALL
                .into_iter()
                .map(move |c| Section::Condition(kind, c))
        });
        fixed.chain(per_condition)
    }
}

/// How many sections a whole file has.
pub const COUNT: usize = Island::ALL.len() + ConditionIsland::ALL.len() * Condition::ALL.len();

/// How a section's box opens in a file and in the page, before its name.
const OPEN: &str = "<div data-island=\"";
/// Between a box's name and its HTML.
const NAMED: &str = "\" class=\"pp-island\">";

/// A section in its box, as the page shows it (`<div data-island="results/knee" class="pp-island">`),
/// which is also how a file has it.
pub fn boxed(code: &str, html: &str) -> String {
    format!("{OPEN}{code}{NAMED}{html}</div>")
}

/// A file's sections by name, only when it has as many as a whole file, each named once and
/// none empty (the build writes every one; `tests/islands.rs` checks the names).
pub fn parse(file: &str) -> Option<Vec<(&str, &str)>> {
    let mut found: Vec<(&str, &str)> = Vec::with_capacity(COUNT);
    for chunk in split(file, OPEN).skip(1) {
        let at = find(chunk, NAMED)?;
        let (code, rest) = (chunk.get(..at)?, chunk.get(at + NAMED.len()..)?);
        let html = rest.trim_end().strip_suffix("</div>")?.trim();
        if html.is_empty() || found.iter().any(|(c, _)| *c == code) {
            return None;
        }
        found.push((code, html));
    }
    (found.len() == COUNT).then_some(found)
}

/// Where `pat` first is in `s`: a plain byte search (the standard one for a text pattern adds
/// about 2 KB to the wasm, and these files are small).
fn find(s: &str, pat: &str) -> Option<usize> {
    s.as_bytes()
        .windows(pat.len())
        .position(|w| w == pat.as_bytes())
}

/// `s` split at every `pat`, as `str::split` does.
fn split<'a>(mut s: &'a str, pat: &'a str) -> impl Iterator<Item = &'a str> {
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        match find(s, pat) {
            Some(at) => {
                let part = s.get(..at);
                s = s.get(at + pat.len()..).unwrap_or("");
                part
            }
            None => {
                done = true;
                Some(s)
            }
        }
    })
}
