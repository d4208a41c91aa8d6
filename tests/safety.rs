//! The number to call, surface by surface: the page (and so print), the copied summary and the
//! calendar file say the same first care level, in English and Spanish, for a clinic's number,
//! a clinic's region, the browser's region (a guess) and no region at all. The failure message
//! builds its heading with the same function (`text::care_heading`), checked here too.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use prolopath::app::{App, AppProps};
use prolopath::export::ics::{calendar, Stamp};
use prolopath::export::summary::summary;
use prolopath::model::*;
use prolopath::settings::{Origin, Settings};
use prolopath::startup::{page, widget, Given};
use prolopath::text::{care_heading, texts, Lang};

/// One case: the clinic's file, the browser's language tag, and the first care level's words.
struct Case {
    name: &'static str,
    settings_query: &'static str,
    browser: &'static str,
    en: &'static str,
    es: &'static str,
}

const CASES: [Case; 8] = [
    Case {
        name: "US browser",
        settings_query: "",
        browser: "en-US",
        en: "Call 911 or your local emergency number now",
        es: "Llame al 911 o al número de emergencias de su zona ahora",
    },
    Case {
        name: "GB browser",
        settings_query: "",
        browser: "en-GB",
        en: "Call 999 or your local emergency number now",
        es: "Llame al 999 o al número de emergencias de su zona ahora",
    },
    Case {
        name: "AU browser",
        settings_query: "",
        browser: "en-AU",
        en: "Call 000 or your local emergency number now",
        es: "Llame al 000 o al número de emergencias de su zona ahora",
    },
    Case {
        name: "EU browser (Germany)",
        settings_query: "",
        browser: "de-DE",
        en: "Call 112 or your local emergency number now",
        es: "Llame al 112 o al número de emergencias de su zona ahora",
    },
    Case {
        name: "Spanish-speaking browser (Mexico)",
        settings_query: "",
        browser: "es-MX",
        en: "Call 911 or your local emergency number now",
        es: "Llame al 911 o al número de emergencias de su zona ahora",
    },
    Case {
        name: "unknown region",
        settings_query: "",
        browser: "es",
        en: "Call your local emergency number now",
        es: "Llame al número de emergencias de su zona ahora",
    },
    Case {
        name: "the clinic's region",
        settings_query: "region=GB",
        browser: "en-US",
        en: "Call 999 now",
        es: "Llame al 999 ahora",
    },
    Case {
        name: "the clinic's number",
        settings_query: "emergency-number=112&region=US",
        browser: "en-US",
        en: "Call 112 now",
        es: "Llame al 112 ahora",
    },
];

fn today() -> Date {
    Date::from_ymd(2026, 11, 24).unwrap()
}

fn settings(case: &Case) -> Settings {
    page(&Given {
        link: "",
        fragment: "",
        stored: None,
        settings_query: case.settings_query,
        attributes: "",
        browser_lang: Some(case.browser),
        page_lang: None,
        today: today(),
    })
    .settings
}

async fn page_html(settings: &Settings, lang: Lang) -> String {
    let mut props = AppProps::new(today());
    props.lang = lang;
    props.settings = Rc::new(settings.clone());
    yew::LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

/// The default plan, and a moment to stamp its calendar file with.
fn plan() -> (Estimate, Stamp) {
    let stamp = Stamp {
        date: today(),
        hour: 9,
        minute: 0,
        second: 0,
    };
    (estimate(&Inputs::new(today())), stamp)
}

#[tokio::test]
async fn every_surface_says_the_same_number_in_both_languages() {
    let (est, stamp) = plan();
    for case in &CASES {
        let s = settings(case);
        for (lang, want) in [(Lang::En, case.en), (Lang::Es, case.es)] {
            let t = texts(lang);
            let what = format!("{} ({lang:?})", case.name);
            assert_eq!(
                care_heading(t, CareLevel::EmergencyNow, &s),
                want,
                "{what}: the heading (and the failure message)"
            );
            let html = common::words(&page_html(&s, lang).await);
            assert!(html.contains(want), "{what}: the page and print");
            assert!(
                summary(&est, t, &s).contains(&format!("{want}:")),
                "{what}: the copied summary"
            );
            // Unfolded, and the text's escapes undone.
            let ics = common::ics_unescape(&calendar(&est, t, &s, stamp).replace("\r\n ", ""));
            assert!(
                ics.contains(&format!("{want}:\n")),
                "{what}: the calendar file"
            );
            // Never a number the case did not give.
            for other in ["911", "999", "000", "112"] {
                if !want.contains(other) {
                    assert!(
                        !html.contains(&format!("al {other}"))
                            && !html.contains(&format!("Call {other}")),
                        "{what}: no {other}"
                    );
                }
            }
        }
    }
}

/// Settings a link tries to make (in its query or its fragment) never reach any surface; the
/// same values as element attributes reach every one.
#[tokio::test]
async fn a_link_cannot_fake_a_safety_number_an_element_can_set_it() {
    let values = "emergency-number=555&region=GB&clinic-phone=%2B1%20555%20010%209999&after-hours-phone=%2B1%20555%20010%208888&clinic-name=Fake%20Clinic&debug=1";
    let (est, stamp) = plan();
    // Where each origin puts the values: a link's query, its fragment, an element's attributes.
    let given = |link, fragment, attributes| Given {
        link,
        fragment,
        stored: None,
        settings_query: "",
        attributes,
        browser_lang: Some("en-US"),
        page_lang: None,
        today: today(),
    };
    let from_link = page(&given(values, "", ""));
    // With answers, so the fragment is read (one without them is not read at all).
    let fragment: &str = Box::leak(format!("condition=jaw&lang=en&{values}").into_boxed_str());
    let from_fragment = page(&given("", fragment, ""));
    assert_eq!(from_fragment.inputs.condition, Condition::JawJoint);
    let from_element = widget(&given("", "", values));
    for lang in Lang::ALL {
        let t = texts(lang);
        for (start, present) in [
            (&from_link, false),
            (&from_fragment, false),
            (&from_element, true),
        ] {
            let s = &start.settings;
            let surfaces = [
                common::words(&page_html(s, lang).await),
                summary(&est, t, s),
                calendar(&est, t, s, stamp).replace("\r\n ", ""),
            ];
            for (i, text) in surfaces.iter().enumerate() {
                for needle in ["555", "Fake Clinic", "010 9999", "010 8888"] {
                    // The calendar carries the care levels as the summary does.
                    assert_eq!(
                        text.contains(needle),
                        present,
                        "{lang:?}, surface {i}, {needle:?}, set by an element: {present}"
                    );
                }
            }
        }
    }
    assert_eq!(
        from_link.ignored,
        [
            "emergency-number",
            "region",
            "clinic-phone",
            "after-hours-phone",
            "clinic-name",
            "debug"
        ]
    );
    assert!(!from_link.settings.debug && from_element.settings.debug);
    assert!(prolopath::settings::SETTINGS
        .iter()
        .all(|k| !k.allowed(Origin::Link)));
}

/// A ticked caution decides nothing here: the clinician decides if and when treatment is safe;
/// some cautions can delay or stop it; never stop a blood thinner on your own.
#[test]
fn the_cautions_decide_nothing() {
    use prolopath::text::Ui;
    let en = texts(Lang::En);
    let intro = en.ui(Ui::CautionsIntro);
    assert!(intro.contains("decides nothing here"), "{intro}");
    assert!(
        intro.contains("your clinician decides if and when"),
        "{intro}"
    );
    assert!(intro.contains("delay or stop treatment"), "{intro}");
    assert!(
        !intro.contains("never means you cannot be treated"),
        "{intro}"
    );
    assert!(en
        .caution_why(Caution::BloodThinners)
        .contains("Do not stop a blood thinner on your own"));
    assert!(en
        .caution_why(Caution::BleedingDisorder)
        .contains("prevent heavy bleeding"));
    let es = texts(Lang::Es);
    assert!(es.ui(Ui::CautionsIntro).contains("no decide nada"));
    assert!(es
        .caution_why(Caution::BloodThinners)
        .contains("No deje de tomar este medicamento por su cuenta"));
}
