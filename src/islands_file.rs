//! The islands file of one language: every section the page shows from the build, each in the
//! `data-island` box the page shows it in, rendered by the app's own components with Yew's server renderer.
//!
//! Not part of the library (it needs Yew's `ssr`, which the library's native build has only
//! with the `prerender` feature): `src/bin/prerender.rs` writes it with this code, and
//! `tests/islands.rs` checks it with the same code (`#[path]` includes, as build.rs does with
//! src/text/key_hash.rs).

use prolopath::app::views::{condition_island_content, island_content};
use prolopath::model::Condition;
use prolopath::text::islands::{boxed, ConditionIsland, Island};
use prolopath::text::Lang;
use yew::prelude::*;

/// A section the page shows inside a `data-island` box.
#[derive(Clone, Copy, PartialEq)]
enum Section {
    Fixed(Island),
    Condition(ConditionIsland, Condition),
}

#[derive(Properties, PartialEq)]
struct OneProps {
    section: Section,
    lang: Lang,
}

#[function_component(One)]
fn one(p: &OneProps) -> Html {
    match p.section {
        Section::Fixed(island) => island_content(island, p.lang),
        Section::Condition(kind, condition) => condition_island_content(kind, condition, p.lang),
    }
}

async fn render(section: Section, lang: Lang) -> String {
    yew::LocalServerRenderer::<One>::with_props(OneProps { section, lang })
        .hydratable(false)
        .render()
        .await
}

/// The whole file for `lang`: the sections the answers never change, then each condition's.
pub async fn file(lang: Lang) -> String {
    let mut out = String::new();
    for island in Island::ALL {
        let html = render(Section::Fixed(island), lang).await;
        out += &boxed(island.code(), &html);
        out.push('\n');
    }
    for kind in ConditionIsland::ALL {
        for condition in Condition::ALL {
            let html = render(Section::Condition(kind, condition), lang).await;
            out += &boxed(&kind.code(condition), &html);
            out.push('\n');
        }
    }
    out
}
