//! The one decision made when the app starts: from what the page holds (its link, the
//! remembered answers, the clinic's settings, the element's attributes, the browser's
//! language) to what the app starts with and the problems to report. Pure: the browser edge
//! (`web`) only reads those inputs and applies the result.

use crate::model::query::{self, Problem};
use crate::model::{Date, Inputs};
use crate::settings::{Key, Origin, SettingProblem, Settings};
use crate::text::Lang;

/// What the browser holds at start-up, each as it was read (query strings unparsed).
#[derive(Clone, Copy, Debug)]
pub struct Given<'a> {
    /// The page's query string: the answers of a link made before they moved to the fragment,
    /// and whatever else a link brings (a tracking tag, a setting it may not make). A widget
    /// passes none: it never reads the host page's link.
    pub link: &'a str,
    /// The page's fragment (after `#`): the answers and the language, as the app writes them. A
    /// browser never sends it to a server. A widget passes none.
    pub fragment: &'a str,
    /// The answers remembered on this device (a query string), if the patient asked.
    pub stored: Option<&'a str>,
    /// The clinic's `settings.json`, as the loader turns it into a query string.
    pub settings_query: &'a str,
    /// The `<prolo-path>` element's attributes, as a query string (none on the page).
    pub attributes: &'a str,
    /// The browser's language tag (`navigator.language`), such as `en-GB`.
    pub browser_lang: Option<&'a str>,
    /// The language of the page the clinic sent the patient to, when it is a page built in a
    /// language of its own (`es.html`): a tag as the page gives it. None on the main page.
    pub page_lang: Option<&'a str>,
    /// Today, for the example dates.
    pub today: Date,
}

/// What the app starts with.
#[derive(Clone, Debug, PartialEq)]
pub struct Start {
    pub inputs: Inputs,
    pub lang: Lang,
    pub settings: Settings,
    /// What in the link could not be used, for the patient's notice.
    pub problems: Vec<Problem>,
    /// What in the clinic's settings could not be used or should be checked, for the web team
    /// (console, debug).
    pub setting_problems: Vec<SettingProblem>,
    /// Whether answers were remembered on this device (the "remember" box starts ticked).
    pub remembered: bool,
    /// The link's settings (`key=value` pairs joined by `&`, as written), kept in the query when
    /// the app rewrites the link.
    pub kept: String,
    /// Settings a link tried to make and may not (safety numbers, the clinic's name...):
    /// ignored, and said in the console only, for the web team.
    pub ignored: Vec<String>,
}

/// The whole page: the link's answers, else the remembered ones, else the defaults; the
/// link's language, else the remembered one, else the page's own (a page built in a language),
/// else the clinic's, else the browser's; the settings from the clinic's file, then those a link
/// may make.
pub fn page(given: &Given) -> Start {
    let kept = query::keep(given.link, |k| {
        Key::named(k).is_some_and(|k| k.allowed(Origin::Link))
    });
    let (settings, setting_problems) = settings(given, &kept, Origin::Link);
    // `condition` and `lang` in a link are the patient's answers, not the clinic's settings.
    let ignored = query::pairs(given.link)
        .into_iter()
        .map(|(k, _)| k)
        .filter(|k| {
            k != "condition"
                && k != "lang"
                && Key::named(k).is_some_and(|key| !key.allowed(Origin::Link))
        })
        .collect();
    let mut defaults = Inputs::new(given.today);
    defaults.condition = settings.first_condition();
    let mut problems = Vec::new();
    let answers = link_answers(given);
    let inputs = if query::has_inputs(answers) {
        let (inputs, link_problems) = query::parse(answers, defaults);
        problems = link_problems;
        inputs
    } else if let Some(stored) = given.stored {
        query::parse(stored, defaults).0
    } else {
        defaults
    };
    let link_lang = query::param(answers, "lang");
    if let Some(bad) = link_lang.filter(|tag| Lang::from_tag(tag).is_none()) {
        problems.push(Problem {
            key: "lang",
            value: bad.chars().take(40).collect(),
        });
    }
    let lang = link_lang
        .and_then(Lang::from_tag)
        .or_else(|| {
            given
                .stored
                .and_then(|s| query::param(s, "lang"))
                .and_then(Lang::from_tag)
        })
        .or_else(|| given.page_lang.and_then(Lang::from_tag))
        .or(settings.lang)
        .or_else(|| given.browser_lang.and_then(Lang::from_tag))
        .unwrap_or_default();
    Start {
        inputs: offered(inputs, &settings),
        lang,
        settings,
        problems,
        setting_problems,
        remembered: given.stored.is_some(),
        kept,
        ignored,
    }
}

/// Where the link holds the answers and the language: its fragment, where the app writes them,
/// else (a link made before they moved there, a bookmark say) its query. `assets/boot.js` moves
/// a query's answers into the fragment by the same rule before the app starts; this stays for
/// a page whose loader did not.
fn link_answers<'a>(given: &Given<'a>) -> &'a str {
    if query::holds_answers(given.fragment) {
        given.fragment
    } else {
        given.link
    }
}

/// A widget in a clinic's page: the clinic's file, then the element's attributes; never the
/// host page's link or storage. The language is the element's (or the file's), else the
/// browser's.
pub fn widget(given: &Given) -> Start {
    let (settings, setting_problems) = settings(given, given.attributes, Origin::Attribute);
    let mut inputs = Inputs::new(given.today);
    inputs.condition = settings.first_condition();
    let lang = settings
        .lang
        .or_else(|| given.browser_lang.and_then(Lang::from_tag))
        .unwrap_or_default();
    Start {
        inputs,
        lang,
        settings,
        problems: Vec::new(),
        setting_problems,
        remembered: false,
        kept: String::new(),
        ignored: Vec::new(),
    }
}

/// The clinic's file, then `given` settings from `origin` (which win); the browser's region
/// where none is set.
fn settings(given: &Given, other: &str, origin: Origin) -> (Settings, Vec<SettingProblem>) {
    let (file, other) = (query::pairs(given.settings_query), query::pairs(other));
    let all = file
        .iter()
        .map(|(k, v)| (Origin::File, k.as_str(), v.as_str()))
        .chain(other.iter().map(|(k, v)| (origin, k.as_str(), v.as_str())));
    let (mut settings, problems) = Settings::parse(all);
    if let Some(tag) = given.browser_lang {
        settings.use_locale(tag);
    }
    (settings, problems)
}

/// Answers on a condition the clinic offers: else its first one.
fn offered(mut inputs: Inputs, settings: &Settings) -> Inputs {
    if !settings.offers(inputs.condition) {
        inputs.condition = settings.first_condition();
    }
    inputs
}
