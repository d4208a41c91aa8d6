//! Prints the app's first HTML: the default estimate for a start date, in a language (English
//! unless a tag follows), as the page shows it before its wasm has loaded. `scripts/postbuild.mjs`
//! puts it in the built `index.html` (English) and `es.html` (Spanish).
//!
//!     cargo run --features prerender --bin prerender -- 2026-11-24 [es]
//!
//! With `--attributes` it prints instead, as a JSON array, the settings the `<prolo-path>`
//! element takes as attributes: `embed.js` gets its list from here (`settings::SETTINGS`).
//!
//! With `--islands <lang>` it prints the sections the answers never change, in that language,
//! each in its `data-island` box (the file the page fetches for that language); with
//! `--fixed-texts [lang]`, the words of those sections in a language (English unless a tag is
//! given) as a JSON array (tests check that none of them is in the wasm, nor in the fetched
//! Spanish table); with `--failure`, what `embed.js` says when a widget cannot
//! start at all, per language, as JSON; with `--date-words`, the month and weekday names of the
//! app's dates and their forms, per language, as JSON (the loader moves the first view's example
//! dates to today with them: assets/dates.js); with `--page-words`, the words of each language's
//! page around the app (title, notes), as JSON; with `--answers`, the keys of the answers in a
//! link and where they are remembered, as JSON (the loader decides the first view's start date
//! with them).

use std::process::ExitCode;

#[path = "../islands_file.rs"]
mod islands_file;

use prolopath::app::{App, AppProps};
use prolopath::model::conditions::{Caveat, Design, Verdict};
use prolopath::model::options::Choice;
use prolopath::model::side_effects::Window;
use prolopath::model::{Condition, Date};
use prolopath::settings::{Origin, SETTINGS};
use prolopath::text::{texts, Fixed, Lang};

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let arg = std::env::args().nth(1).unwrap_or_default();
    if arg == "--attributes" {
        let names: Vec<String> = SETTINGS
            .iter()
            .filter(|k| k.allowed(Origin::Attribute))
            .map(|k| format!("\"{}\"", k.name))
            .collect();
        print!("[{}]", names.join(","));
        return ExitCode::SUCCESS;
    }
    if arg == "--islands" {
        let tag = std::env::args().nth(2).unwrap_or_default();
        let Some(lang) = Lang::from_tag(&tag) else {
            eprintln!("prerender: --islands needs a language tag (en, es), got {tag:?}");
            return ExitCode::FAILURE;
        };
        print!("{}", islands_file::file(lang).await);
        return ExitCode::SUCCESS;
    }
    if arg == "--fixed-texts" {
        let tag = std::env::args().nth(2).unwrap_or_else(|| "en".into());
        let Some(lang) = Lang::from_tag(&tag) else {
            eprintln!("prerender: --fixed-texts takes a language tag (en, es), got {tag:?}");
            return ExitCode::FAILURE;
        };
        let t = texts(lang);
        let mut all: Vec<&str> = Fixed::ALL.iter().map(|k| t.fixed(*k)).collect();
        for w in Window::ALL {
            all.extend([t.window(w), t.window_advice(w)]);
        }
        for c in Condition::ALL {
            all.extend([t.condition_what(c), t.condition_course(c)]);
        }
        all.extend(Caveat::ALL.iter().map(|c| t.caveat(*c)));
        all.extend(Verdict::ALL.iter().map(|v| t.verdict(*v)));
        all.extend(Design::ALL.iter().map(|d| t.design(*d)));
        for c in Choice::ALL {
            all.extend([t.choice_involves(c), t.choice_downsides(c)]);
        }
        let quoted: Vec<String> = all.iter().map(|s| json(s)).collect();
        print!("[{}]", quoted.join(","));
        return ExitCode::SUCCESS;
    }
    if arg == "--answers" {
        use prolopath::model::query::{KEYS, STORED};
        let keys: Vec<String> = KEYS.iter().map(|k| json(k)).collect();
        print!(
            "{{\"keys\":[{}],\"stored\":{}}}",
            keys.join(","),
            json(STORED)
        );
        return ExitCode::SUCCESS;
    }
    if arg == "--date-words" {
        let words = by_lang(|lang| {
            let w = prolopath::text::date_words(lang)?;
            let list =
                |words: &[String]| words.iter().map(|w| json(w)).collect::<Vec<_>>().join(",");
            Some(format!(
                "\"months\":[{}],\"weekdays\":[{}],\"long\":{},\"short\":{}",
                list(&w.months),
                list(&w.weekdays),
                json(&w.long),
                json(&w.short)
            ))
        });
        let Some(words) = words else {
            eprintln!("prerender: no date words for a language");
            return ExitCode::FAILURE;
        };
        print!("{words}");
        return ExitCode::SUCCESS;
    }
    if arg == "--page-words" {
        print!("{}", page_words());
        return ExitCode::SUCCESS;
    }
    if arg == "--failure" {
        print!("{}", failure_texts());
        return ExitCode::SUCCESS;
    }
    let Some(today) = Date::parse_iso(&arg) else {
        eprintln!("prerender: expected the first session's date as YYYY-MM-DD, got {arg:?}");
        return ExitCode::FAILURE;
    };
    let tag = std::env::args().nth(2).unwrap_or_else(|| "en".to_owned());
    let Some(lang) = Lang::from_tag(&tag) else {
        eprintln!("prerender: the page's language must be one of the app's (en, es), got {tag:?}");
        return ExitCode::FAILURE;
    };
    print!("{}", render(today, lang).await);
    ExitCode::SUCCESS
}

/// A string as JSON (our own texts: no control characters).
fn json(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The words of a page's own frame, per language, as JSON: its title and description, its install
/// manifest, the note
/// shown when the app cannot start, what is said with JavaScript off, and the link to the page
/// built in this language (shown on the others'). `scripts/postbuild.mjs` writes each
/// language's page with them.
fn page_words() -> String {
    use prolopath::text::Ui;
    by_lang(|lang| {
        let t = texts(lang);
        Some(format!(
            "\"title\":{},\"description\":{},\"manifest\":{},\"noteTitle\":{},\"noteBody\":{},\"noscript\":{},\"otherPage\":{},\"updateReady\":{},\"updateReload\":{}",
            json(t.ui(Ui::AppTitle)),
            json(t.ui(Ui::Intro)),
            json(lang.manifest()),
            json(t.ui(Ui::FailureTitle)),
            json(t.ui(Ui::FailureBody)),
            json(t.fixed(Fixed::NoScript)),
            json(t.fixed(Fixed::OtherPage)),
            json(t.fixed(Fixed::UpdateReady)),
            json(t.fixed(Fixed::UpdateReload))
        ))
    })
    .unwrap_or_default()
}

/// `{"en":{...},"es":{...}}`: one JSON object a language, `fields` writing what is inside it;
/// none when `fields` has nothing for a language.
fn by_lang(fields: impl Fn(Lang) -> Option<String>) -> Option<String> {
    let langs = Lang::ALL
        .iter()
        .map(|lang| Some(format!("{}:{{{}}}", json(lang.tag()), fields(*lang)?)))
        .collect::<Option<Vec<_>>>()?;
    Some(format!("{{{}}}", langs.join(",")))
}

/// What `embed.js` shows when a widget cannot start at all (its wasm did not load), per
/// language, as JSON: the same words as the app's own failure message (`web::failure`), with
/// the emergency heading for a clinic's number (`{n}`), a guessed one, and none, and the labels
/// of the clinic's two phones; and the table
/// of emergency numbers by region. The loader picks the number as `Settings::emergency` does.
fn failure_texts() -> String {
    use prolopath::model::CareLevel;
    use prolopath::settings::{Emergency, EMERGENCY};
    use prolopath::text::Ui;
    let langs = by_lang(|lang| {
        let t = texts(lang);
        let heading = |e| {
            let (before, slot, after) = t.emergency_now(e);
            json(&format!("{before}{slot}{after}"))
        };
        let signs: Vec<String> = CareLevel::EmergencyNow
            .signs()
            .map(|sign| json(t.care_sign(sign)))
            .collect();
        Some(format!(
            "\"title\":{},\"body\":{},\"care\":{},\"lead\":{},\"clinic\":{},\"guessed\":{},\"unknown\":{},\"go\":{},\"signs\":[{}],\"others\":{},\"phones\":[{},{}],\"reach\":{}",
            json(t.ui(Ui::FailureTitle)),
            json(t.ui(Ui::FailureBody)),
            json(t.ui(Ui::CareHeading)),
            json(t.ui(Ui::FailureSignsLead)),
            heading(Emergency::Clinic("{n}")),
            heading(Emergency::Guessed("{n}")),
            heading(Emergency::Unknown),
            json(t.ui(Ui::EmergencyGo)),
            signs.join(","),
            json(t.ui(Ui::FailureOthers)),
            json(t.ui(Ui::ClinicPhone)),
            json(t.ui(Ui::AfterHoursPhone)),
            json(t.ui(Ui::CareCantReach))
        ))
    });
    format!(
        "{{\"langs\":{},\"emergency\":{}}}",
        langs.unwrap_or_default(),
        json(EMERGENCY)
    )
}

/// The page's first view. Storage is assumed to work (it does for nearly everyone); the live
/// app hides "remember" where it does not.
async fn render(today: Date, lang: Lang) -> String {
    let mut props = AppProps::new(today);
    props.storage_available = true;
    props.lang = lang;
    yew::LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await
}
