//! The start-up decision as a table: which answers, language and settings win, and what is
//! reported, for every source the page has (link, device, clinic file, element, browser).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use prolopath::model::{Condition, Date, Inputs, Severity};
use prolopath::settings::{Emergency, Origin, SETTINGS};
use prolopath::startup::{page, widget, Given, Start};
use prolopath::text::Lang;

fn today() -> Date {
    Date::from_ymd(2026, 11, 24).unwrap()
}

fn given() -> Given<'static> {
    Given {
        link: "",
        fragment: "",
        stored: None,
        settings_query: "",
        attributes: "",
        browser_lang: None,
        page_lang: None,
        today: today(),
    }
}

/// One row: a name, what the browser holds, and what must be true of the start.
type Row = (&'static str, Given<'static>, fn(&Start) -> bool);

#[test]
fn the_page_decides_answers_language_and_settings_in_order() {
    let rows: Vec<Row> = vec![
        // Answers: the link, else the device, else the defaults (on the clinic's first condition).
        ("nothing given: the defaults", given(), |s| {
            s.inputs == Inputs::new(today())
                && s.lang == Lang::En
                && !s.remembered
                && s.problems.is_empty()
        }),
        (
            "the link's answers",
            Given {
                link: "condition=jaw&severity=severe",
                ..given()
            },
            |s| s.inputs.condition == Condition::JawJoint && s.inputs.severity == Severity::Severe,
        ),
        (
            "the link's answers win over the device's",
            Given {
                link: "condition=jaw",
                stored: Some("condition=achilles&severity=mild"),
                ..given()
            },
            |s| {
                s.inputs.condition == Condition::JawJoint
                    && s.inputs.severity == Severity::Moderate
                    && s.remembered
            },
        ),
        (
            "the fragment's answers: where the app writes them",
            Given {
                fragment: "condition=jaw&severity=severe",
                ..given()
            },
            |s| s.inputs.condition == Condition::JawJoint && s.inputs.severity == Severity::Severe,
        ),
        (
            "the fragment's answers and language win over a query's (a link made before)",
            Given {
                link: "condition=achilles&severity=mild&lang=en",
                fragment: "condition=jaw&lang=es",
                ..given()
            },
            |s| {
                s.inputs.condition == Condition::JawJoint
                    && s.inputs.severity == Severity::Moderate
                    && s.lang == Lang::Es
            },
        ),
        (
            "an in-page link's fragment holds no answers: the query's",
            Given {
                link: "condition=jaw&lang=es",
                fragment: "pp-sources",
                ..given()
            },
            |s| s.inputs.condition == Condition::JawJoint && s.lang == Lang::Es,
        ),
        (
            "a bad answer in the fragment: reported, the default kept",
            Given {
                fragment: "severity=awful&lang=xx",
                ..given()
            },
            |s| {
                s.inputs.severity == Severity::Moderate
                    && s.lang == Lang::En
                    && s.problems.len() == 2
            },
        ),
        (
            "settings in the fragment: no setting, nothing kept",
            Given {
                fragment: "condition=jaw&clinic-name=Fake&emergency-number=555&region=GB",
                ..given()
            },
            |s| {
                s.inputs.condition == Condition::JawJoint
                    && s.settings.clinic_name.is_none()
                    && s.settings.emergency_number.is_none()
                    && s.settings.region.is_none()
                    && s.kept.is_empty()
            },
        ),
        (
            "the device's answers when the link has none",
            Given {
                link: "utm_source=mail",
                stored: Some("condition=achilles&severity=mild"),
                ..given()
            },
            |s| {
                s.inputs.condition == Condition::Achilles
                    && s.inputs.severity == Severity::Mild
                    && s.remembered
            },
        ),
        (
            "no answers: the clinic's first condition",
            Given {
                settings_query: "condition=plantar",
                ..given()
            },
            |s| s.inputs.condition == Condition::PlantarFasciitis,
        ),
        (
            "a linked condition the clinic does not offer: its first one",
            Given {
                link: "condition=jaw",
                settings_query: "conditions=knee,achilles",
                ..given()
            },
            |s| s.inputs.condition == Condition::KneeOsteoarthritis,
        ),
        (
            "a bad answer in the link: reported, the default kept",
            Given {
                link: "severity=awful",
                ..given()
            },
            |s| {
                s.inputs.severity == Severity::Moderate
                    && s.problems
                        .iter()
                        .any(|p| p.key == "severity" && p.value == "awful")
            },
        ),
        // Language: the link, else the device, else the page's own, else the clinic, else the
        // browser, else English.
        (
            "the link's language wins over all",
            Given {
                link: "lang=es",
                stored: Some("condition=knee&lang=en"),
                settings_query: "lang=en",
                browser_lang: Some("en-US"),
                page_lang: None,
                ..given()
            },
            |s| s.lang == Lang::Es,
        ),
        (
            "the device's language when the link has none",
            Given {
                stored: Some("condition=knee&lang=es"),
                settings_query: "lang=en",
                browser_lang: Some("en-US"),
                page_lang: None,
                ..given()
            },
            |s| s.lang == Lang::Es,
        ),
        (
            "the page's own language (es.html) over the clinic's and the browser's",
            Given {
                page_lang: Some("es"),
                settings_query: "lang=en",
                browser_lang: Some("en-US"),
                ..given()
            },
            |s| s.lang == Lang::Es,
        ),
        (
            "the link's language over the device's and the page's own",
            Given {
                link: "lang=en",
                stored: Some("condition=knee&lang=es"),
                page_lang: Some("es"),
                ..given()
            },
            |s| s.lang == Lang::En,
        ),
        (
            "the device's language over the page's own",
            Given {
                stored: Some("condition=knee&lang=en"),
                page_lang: Some("es"),
                browser_lang: Some("es-MX"),
                ..given()
            },
            |s| s.lang == Lang::En,
        ),
        (
            "the clinic's language over the browser's",
            Given {
                settings_query: "lang=es",
                browser_lang: Some("en-US"),
                page_lang: None,
                ..given()
            },
            |s| s.lang == Lang::Es,
        ),
        (
            "the browser's language",
            Given {
                browser_lang: Some("es-MX"),
                page_lang: None,
                ..given()
            },
            |s| s.lang == Lang::Es,
        ),
        (
            "a browser language the app does not speak: English",
            Given {
                browser_lang: Some("fr-FR"),
                page_lang: None,
                ..given()
            },
            |s| s.lang == Lang::En,
        ),
        (
            "a bad language in the link: reported, the next source used",
            Given {
                link: "lang=xx",
                browser_lang: Some("es-ES"),
                page_lang: None,
                ..given()
            },
            |s| {
                s.lang == Lang::Es
                    && s.problems
                        .iter()
                        .any(|p| p.key == "lang" && p.value == "xx")
            },
        ),
        // Settings: the clinic's file, then the link; unknown keys are a typo only in the file.
        (
            "a link never sets a setting: the file's stays, the link's is named for the console",
            Given {
                link: "clinic-name=Link%20Clinic&emergency-number=555&condition=jaw",
                settings_query: "clinic-name=File%20Clinic",
                ..given()
            },
            |s| {
                s.settings.clinic_name.as_deref() == Some("File Clinic")
                    && s.settings.emergency_number.is_none()
                    && s.ignored == ["clinic-name", "emergency-number"]
                    && s.inputs.condition == Condition::JawJoint
                    && s.kept.is_empty()
            },
        ),
        (
            "an unknown key in the file is reported",
            Given {
                settings_query: "clinic_phone=555",
                ..given()
            },
            |s| s.setting_problems.iter().any(|p| p.key == "clinic_phone"),
        ),
        (
            "an unknown key in the link is ignored",
            Given {
                link: "utm_source=mail&fbclid=1",
                ..given()
            },
            |s| s.setting_problems.is_empty() && s.problems.is_empty(),
        ),
        (
            "the browser's region when no region is set",
            Given {
                browser_lang: Some("en-GB"),
                page_lang: None,
                ..given()
            },
            |s| s.settings.emergency() == Emergency::Guessed("999"),
        ),
        (
            "the clinic's region over the browser's",
            Given {
                settings_query: "region=AU",
                browser_lang: Some("en-GB"),
                page_lang: None,
                ..given()
            },
            |s| s.settings.emergency() == Emergency::Clinic("000"),
        ),
    ];
    for (name, given, check) in rows {
        let start = page(&given);
        assert!(check(&start), "{name}: {start:#?}");
    }
}

/// What a link may set is decided by the one list of settings: each key a link may carry
/// takes effect from a link and is kept when the app rewrites it; a key a link may not carry
/// as a setting (`condition`, `lang`: a link's own answers) never becomes one.
#[test]
fn a_link_sets_exactly_the_settings_the_list_allows_it() {
    let value = |key: &str| match key {
        "clinic-name" => "Link%20Clinic",
        "clinic-phone" => "555%200100",
        "after-hours-phone" => "555%200199",
        "emergency-number" => "112",
        "region" => "GB",
        "accent" => "%23063",
        "conditions" => "jaw",
        "condition" => "jaw",
        "lang" => "es",
        "debug" => "true",
        other => panic!("no test value for the setting {other}: add one"),
    };
    for key in SETTINGS {
        let link = format!("{}={}", key.name, value(key.name));
        let link: &'static str = Box::leak(link.into_boxed_str());
        let start = page(&Given { link, ..given() });
        let plain = page(&given());
        let took = start.settings != plain.settings;
        assert_eq!(
            took,
            key.allowed(Origin::Link),
            "{}: taken from a link?",
            key.name
        );
        assert_eq!(
            start.kept.is_empty(),
            !key.allowed(Origin::Link),
            "{}: kept in the link?",
            key.name
        );
    }
}

#[test]
fn a_widget_reads_its_file_and_attributes_never_a_link() {
    let start = widget(&Given {
        link: "condition=jaw&clinic-name=Link",
        fragment: "condition=jaw&lang=en",
        stored: Some("condition=achilles"),
        settings_query: "clinic-name=File%20Clinic&lang=en",
        attributes: "clinic-name=Element%20Clinic&lang=es&condition=plantar",
        browser_lang: Some("en-US"),
        page_lang: None,
        today: today(),
    });
    assert_eq!(
        start.settings.clinic_name.as_deref(),
        Some("Element Clinic")
    );
    assert_eq!(start.lang, Lang::Es, "the element's language");
    assert_eq!(start.inputs.condition, Condition::PlantarFasciitis);
    assert!(!start.remembered && start.kept.is_empty() && start.problems.is_empty());
    let plain = widget(&Given {
        browser_lang: Some("es-AR"),
        page_lang: None,
        ..given()
    });
    assert_eq!(plain.lang, Lang::Es, "else the browser's");
}

/// The widget's failure message (assets/failure.js, for when the wasm does not load) picks its
/// language and number by the same rules as the app: both are held to one table.
#[test]
fn the_failure_message_rules_are_the_apps() {
    let table = include_str!("fixtures/widget-failure.tsv");
    let rows = common::tsv_rows(table, |l| !l.starts_with('#'));
    for [file, attributes, browser, lang, number, phones] in rows.iter().copied() {
        let start = widget(&Given {
            settings_query: file,
            attributes,
            browser_lang: (browser != "-").then_some(browser),
            page_lang: None,
            ..given()
        });
        let said = match start.settings.emergency() {
            Emergency::Clinic(n) => format!("clinic {n}"),
            Emergency::Guessed(n) => format!("guessed {n}"),
            Emergency::Unknown => "unknown".to_owned(),
        };
        let s = &start.settings;
        let phone = |p: &Option<prolopath::settings::Phone>| {
            p.as_ref().map_or("-".to_owned(), |p| p.text().to_owned())
        };
        let said_phones = match (&s.clinic_phone, &s.after_hours_phone) {
            (None, None) => "-".to_owned(),
            (clinic, after) => format!("{}|{}", phone(clinic), phone(after)),
        };
        assert_eq!(
            (start.lang.tag(), said.as_str(), said_phones.as_str()),
            (lang, number, phones),
            "{file:?} {attributes:?} {browser:?}"
        );
    }
    assert!(rows.len() >= 30, "the table has its rows ({})", rows.len());
}
