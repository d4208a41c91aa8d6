//! The sections built into the page's HTML: every one is made, in both languages, and the page
//! shows each exactly as its component renders it.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../src/islands_file.rs"]
mod islands_file;

use islands_file::file;
use prolopath::app::{App, AppProps};
use prolopath::model::{Condition, Date, Inputs};
use prolopath::text::islands::{self, ConditionIsland, Island};
use prolopath::text::Lang;

#[tokio::test]
async fn every_section_is_built_once_in_each_language() {
    for lang in [Lang::En, Lang::Es] {
        let whole = file(lang).await;
        let sections = islands::parse(&whole).expect("a whole islands file");
        assert_eq!(sections.len(), islands::COUNT);
        for (code, html) in &sections {
            assert!(
                html.starts_with('<') && html.len() > 40,
                "{lang:?} {code}: {html}"
            );
        }
        // A file with a section missing, one twice, or one cut short is not taken.
        let about = islands::boxed("about", "<p>again</p>");
        let cut = whole
            .split("<div data-island=\"about\"")
            .next()
            .unwrap()
            .to_owned();
        assert!(islands::parse(&cut).is_none());
        assert!(islands::parse(&format!("{whole}{about}")).is_none());
        assert!(islands::parse(&whole[..whole.trim_end().len() - "</div>".len()]).is_none());
    }
}

#[tokio::test]
async fn the_page_shows_each_condition_section_as_the_file_has_it() {
    let today = Date::from_ymd(2026, 11, 24).unwrap();
    for lang in [Lang::En, Lang::Es] {
        let whole = file(lang).await;
        let sections = islands::parse(&whole).unwrap();
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
                let boxed = islands::boxed(&code, html);
                assert!(
                    page.contains(&boxed),
                    "{lang:?} {code}: the page's box differs from the file"
                );
            }
        }
    }
}
