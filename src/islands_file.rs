//! The islands file of one language: every section the page shows from the build, each in the
//! `data-island` box the page shows it in, rendered by the app's own components with Yew's server renderer.
//!
//! Not part of the library (it needs Yew's `ssr`, which the library's native build has only
//! with the `prerender` feature): `src/bin/prerender.rs` writes it with this code, and
//! `tests/islands.rs` checks it with the same code (`#[path]` includes, as build.rs does with
//! src/text/key_hash.rs).

use prolopath::app::views::island_content;
use prolopath::text::islands::{boxed, Section};
use prolopath::text::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct OneProps {
    section: Section,
    lang: Lang,
}

#[function_component(One)]
fn one(p: &OneProps) -> Html {
    island_content(p.section, p.lang)
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
    for section in Section::all() {
        let html = render(section, lang).await;
        out += &boxed(&section.code(), &html);
        out.push('\n');
    }
    out
}
