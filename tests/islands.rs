//! The sections built into the page's HTML: every one is made, in both languages, and the page
//! shows each exactly as its component renders it.
#![cfg(not(target_arch = "wasm32"))]

use prolopath::app::views::{condition_island_content, island_content};
use prolopath::app::{App, AppProps};
use prolopath::model::{Condition, Date, Inputs};
use prolopath::text::islands::{self, ConditionIsland, Island};
use prolopath::text::Lang;
use yew::prelude::*;

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
        Section::Condition(kind, c) => condition_island_content(kind, c, p.lang),
    }
}

async fn render(section: Section, lang: Lang) -> String {
    yew::LocalServerRenderer::<One>::with_props(OneProps { section, lang })
        .hydratable(false)
        .render()
        .await
}

/// The file `prerender --islands <lang>` writes (the same loop).
async fn file(lang: Lang) -> String {
    let mut out = String::new();
    for island in Island::ALL {
        out += &format!(
            "<!--island:{}-->{}\n",
            island.code(),
            render(Section::Fixed(island), lang).await
        );
    }
    for kind in ConditionIsland::ALL {
        for c in Condition::ALL {
            out += &format!(
                "<!--island:{}-->{}\n",
                kind.code(c),
                render(Section::Condition(kind, c), lang).await
            );
        }
    }
    out
}

#[tokio::test]
async fn every_section_is_built_once_in_each_language() {
    for lang in [Lang::En, Lang::Es] {
        let sections = islands::parse(&file(lang).await).expect("a whole islands file");
        assert_eq!(sections.len(), islands::COUNT);
        for (code, html) in &sections {
            assert!(
                html.starts_with('<') && html.len() > 40,
                "{lang:?} {code}: {html}"
            );
        }
        // A file with a section missing, or one twice, is not taken.
        let whole = file(lang).await;
        let cut = whole
            .split("<!--island:about-->")
            .next()
            .unwrap()
            .to_owned();
        assert!(islands::parse(&cut).is_none());
        assert!(islands::parse(&format!("{whole}<!--island:about--><p>again</p>")).is_none());
        assert!(!islands::load(lang, &cut));
    }
}

#[tokio::test]
async fn the_page_shows_each_condition_section_as_the_file_has_it() {
    let today = Date::from_ymd(2026, 11, 24).unwrap();
    for lang in [Lang::En, Lang::Es] {
        let sections = islands::parse(&file(lang).await).unwrap();
        for c in Condition::ALL {
            let mut props = AppProps::new(today);
            props.lang = lang;
            props.initial = Some(Inputs::new(today).with_condition(c));
            let page = yew::LocalServerRenderer::<App>::with_props(props)
                .hydratable(false)
                .render()
                .await;
            let codes = Island::ALL
                .iter()
                .map(|i| i.code().to_owned())
                .chain(ConditionIsland::ALL.iter().map(|k| k.code(c)));
            for code in codes {
                let (_, html) = sections.iter().find(|(k, _)| *k == code).unwrap();
                let boxed = format!("<div data-island=\"{code}\" class=\"pp-island\">{html}</div>");
                assert!(
                    page.contains(&boxed),
                    "{lang:?} {code}: the page's box differs from the file"
                );
            }
        }
    }
}
