//! A clinic's settings: every bad value falls back and is named; nothing unsafe gets through.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use proptest::prelude::*;

use prolopath::app::{App, AppProps};
use prolopath::model::query::pairs;
use prolopath::model::{Condition, Date};
use prolopath::settings::{Emergency, Origin, SettingProblem, Settings, EMERGENCY, SETTINGS};
use prolopath::text::Lang;

fn page(q: &[(&str, &str)]) -> (Settings, Vec<SettingProblem>) {
    Settings::parse(q.iter().map(|(k, v)| (Origin::Attribute, *k, *v)))
}

fn keys(problems: &[SettingProblem]) -> Vec<&str> {
    problems.iter().map(|p| p.key.as_str()).collect()
}

#[test]
fn nothing_set_is_the_app_without_a_clinic() {
    let (s, problems) = page(&[]);
    assert_eq!(s, Settings::default());
    assert!(problems.is_empty());
    assert_eq!(
        s.emergency(),
        Emergency::Unknown,
        "no clinic, no browser region: no number"
    );
    assert_eq!(s.conditions, Condition::ALL.to_vec());
    assert_eq!(s.first_condition(), Condition::KneeOsteoarthritis);
}

#[test]
fn good_values_are_taken() {
    let (s, problems) = page(&[
        ("clinic-name", "  Lakeside Clinic "),
        ("clinic-phone", "+1 (555) 010-2030"),
        ("emergency-number", "112"),
        ("region", "gb"),
        ("accent", "#0B6B66"),
        ("conditions", "low-back, knee"),
        ("condition", "low-back"),
        ("lang", "es-MX"),
        ("debug", ""),
    ]);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(s.clinic_name.as_deref(), Some("Lakeside Clinic"));
    let phone = s.clinic_phone.as_ref().unwrap();
    assert_eq!(phone.text(), "+1 (555) 010-2030");
    assert_eq!(phone.href(), "tel:+15550102030");
    assert_eq!(
        s.emergency(),
        Emergency::Clinic("112"),
        "the clinic's own number wins over the region's"
    );
    assert_eq!(s.region, Some("GB"));
    assert_eq!(s.accent.unwrap().css(), "#0b6b66");
    assert_eq!(
        s.conditions,
        [Condition::KneeOsteoarthritis, Condition::LowBackPain],
        "in the app's order"
    );
    assert_eq!(s.first_condition(), Condition::LowBackPain);
    assert_eq!(s.lang, Some(Lang::Es));
    assert!(s.debug);
}

#[test]
fn each_bad_value_keeps_its_default_and_is_named_once() {
    let bad = [
        ("clinic-name", "Lake\u{202e}side"),
        ("clinic-phone", "call us"),
        ("emergency-number", "nine-one-one"),
        ("region", "XX"),
        ("accent", "red"),
        ("conditions", "knee,hip"),
        ("condition", "hip"),
        ("lang", "fr"),
        ("debug", "maybe"),
    ];
    let (s, problems) = page(&bad);
    assert_eq!(s, Settings::default());
    assert_eq!(keys(&problems), bad.map(|(k, _)| k));
    for (p, (key, value)) in problems.iter().zip(bad) {
        let message = p.message();
        assert!(
            message.starts_with(&format!(
                "ProloPath setting \"{key}\": got \"{value}\"; expected "
            )),
            "{message}"
        );
        assert!(message.ends_with(". Ignored."));
    }
}

#[test]
fn emergency_numbers_follow_the_clinic_then_the_browser_else_none() {
    // The clinic's region: its number, said as the number to call.
    for (region, number) in [
        ("US", "911"),
        ("GB", "999"),
        ("ES", "112"),
        ("DE", "112"),
        ("MX", "911"),
        ("CO", "123"),
        ("AU", "000"),
        ("NZ", "111"),
    ] {
        assert_eq!(
            page(&[("region", region)]).0.emergency(),
            Emergency::Clinic(number),
            "{region}"
        );
    }
    // The browser's region: a guess ("or your local emergency number").
    let mut s = Settings::default();
    s.use_locale("en-GB");
    assert_eq!(s.emergency(), Emergency::Guessed("999"));
    // No region, or one the table does not know: no number at all, never 911 by default.
    for tag in ["es", "en", "es-AR", "fr-ZZ", ""] {
        let mut s = Settings::default();
        s.use_locale(tag);
        assert_eq!(s.emergency(), Emergency::Unknown, "{tag:?}");
    }
    let mut s = page(&[("region", "AU")]).0;
    s.use_locale("es-ES");
    assert_eq!(
        s.emergency(),
        Emergency::Clinic("000"),
        "a region the clinic set wins over the browser's"
    );
    let mut s = page(&[("emergency-number", "112"), ("region", "GB")]).0;
    s.use_locale("en-US");
    assert_eq!(
        s.emergency(),
        Emergency::Clinic("112"),
        "the clinic's number wins"
    );
}

/// docs/evidence.md section 3b lists every emergency number the app knows with its source;
/// the code's table must be exactly that list.
#[test]
fn the_emergency_table_is_the_evidence_files() {
    let mut documented: Vec<String> = common::table_rows(
        include_str!("../docs/evidence.md"),
        "## 3b. Emergency numbers",
    )
    .into_iter()
    .skip(1) // the header row
    .map(|cells| {
        assert!(
            cells.len() == 4 && !cells[3].is_empty(),
            "every row names a source: {cells:?}"
        );
        format!("{}{}", cells[1], cells[2])
    })
    .collect();
    let mut code: Vec<String> = EMERGENCY.split(' ').map(str::to_owned).collect();
    documented.sort();
    code.sort();
    assert_eq!(code, documented);
}

/// The file and the element name an unknown key (the element's loader passes one on only with
/// `debug`: assets/embed.js); a link, which carries tracking tags and the like, never does.
#[test]
fn the_file_and_the_element_name_unknown_keys_the_link_does_not() {
    let (s, problems) = Settings::parse([
        (Origin::File, "clinic_phone", "555 0100"),
        (Origin::File, "clinic-name", "File Clinic"),
        (Origin::File, "accent", "#8a1c4a"),
        (Origin::Link, "utm_source", "mail"),
        (Origin::Attribute, "after_hours_phone", "555 0199"),
        (Origin::Attribute, "accent", "#0b6b66"),
    ]);
    assert_eq!(keys(&problems), ["clinic_phone", "after_hours_phone"]);
    assert_eq!(s.clinic_name.as_deref(), Some("File Clinic"));
    assert_eq!(
        s.accent.unwrap().css(),
        "#0b6b66",
        "the page wins over the file"
    );
}

#[test]
fn the_chosen_condition_must_be_offered_whatever_the_order() {
    let (s, problems) = page(&[("condition", "jaw"), ("conditions", "knee,jaw")]);
    assert!(problems.is_empty());
    assert_eq!(s.first_condition(), Condition::JawJoint);
    let (s, problems) = page(&[("condition", "achilles"), ("conditions", "knee,jaw")]);
    assert_eq!(keys(&problems), ["condition"]);
    assert_eq!(s.first_condition(), Condition::KneeOsteoarthritis);
}

#[test]
fn accents_need_contrast_with_white_text_and_as_text() {
    for ok in ["#0b6b66", "#0a6640", "#000", "#8a1c4a", "#1d4f91"] {
        assert!(page(&[("accent", ok)]).1.is_empty(), "{ok}");
    }
    // The last three pass white text on them (4.5) but, as text, not the "call today" level's
    // background or their own tint (about 4.2 and 3.4-3.7).
    for low in [
        "#0a7", "#ffff00", "#fff", "#5fd0c7", "#777777", "#007bc4", "#767676", "#ee0000",
    ] {
        let problems = page(&[("accent", low)]).1;
        assert_eq!(problems.len(), 1, "{low}");
        assert!(problems[0].expected.contains("4.5 to 1"), "{low}");
    }
    for bad in [
        "0b6b66",
        "#0b6b6",
        "#gggggg",
        "rgb(0,0,0)",
        "#0b6b66;}",
        "url(x)",
        "#",
        "",
    ] {
        assert!(page(&[("accent", bad)]).0.accent.is_none(), "{bad}");
    }
}

#[test]
fn the_contrast_shortcut_stays_within_one_percent_of_wcag() {
    let luminance = |rgb: [u8; 3]| {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(rgb[0]) + 0.7152 * lin(rgb[1]) + 0.0722 * lin(rgb[2])
    };
    // The lowest ratio with white, the page, the "call today" level and the colour's own tint
    // (16 % on white, as styles/main.css mixes it).
    let exact = |rgb: [u8; 3]| {
        let tint = rgb.map(|c| (f64::from(c) * 0.16 + 255.0 * 0.84).round() as u8);
        let l = luminance(rgb);
        [
            [255, 255, 255],
            [0xf6, 0xf8, 0xf8],
            [0xff, 0xf4, 0xe0],
            tint,
        ]
        .into_iter()
        .map(|other| {
            let m = luminance(other);
            (l.max(m) + 0.05) / (l.min(m) + 0.05)
        })
        .fold(f64::INFINITY, f64::min)
    };
    for r in (0..=255).step_by(15) {
        for g in (0..=255).step_by(15) {
            for b in (0..=255).step_by(15) {
                let hex = format!("#{r:02x}{g:02x}{b:02x}");
                let want = exact([r as u8, g as u8, b as u8]);
                let (s, _) = page(&[("accent", &hex)]);
                // Accepted exactly when the true ratio is at least 4.5, give or take 1%.
                if want >= 4.5 * 1.01 {
                    assert!(s.accent.is_some(), "{hex}: {want}");
                } else if want < 4.5 * 0.99 {
                    assert!(s.accent.is_none(), "{hex}: {want}");
                }
            }
        }
    }
}

#[test]
fn phone_numbers_are_digits_and_punctuation_only() {
    for bad in [
        "javascript:alert(1)",
        "555<script>",
        "+1 555 0100 ext. 2",
        "1",
        "++1 555 0100",
        "1234567890123456",
    ] {
        assert!(
            page(&[("clinic-phone", bad)]).0.clinic_phone.is_none(),
            "{bad}"
        );
    }
    assert!(page(&[("emergency-number", "1234567")])
        .0
        .emergency_number
        .is_none());
}

/// A clinic's emergency number is any 2 to 6 digits and wins over its region's, so a typo would
/// be the number a patient is told to call: one that is no known country's is kept (a place the
/// table does not list has its own) but named, with a message that says it was kept.
#[test]
fn an_emergency_number_no_country_uses_is_kept_and_named() {
    for typo in ["991", "9 1 1 1", "1112", "99"] {
        let (s, problems) = page(&[("emergency-number", typo), ("region", "US")]);
        assert_eq!(s.emergency(), Emergency::Clinic(typo), "kept: {typo}");
        assert_eq!(keys(&problems), ["emergency-number"], "{typo}");
        assert_eq!(
            problems[0].message(),
            format!("ProloPath setting \"emergency-number\": got \"{typo}\"; expected one of the emergency numbers in docs/evidence.md section 3b. Kept: check it.")
        );
    }
    // Every number of the table, however it is written, and whatever the region: no message.
    for known in [
        "911", "112", "999", "000", "111", "123", " 9-1-1 ", "(112)", "+911",
    ] {
        let (s, problems) = page(&[("emergency-number", known), ("region", "GB")]);
        assert!(s.emergency_number.is_some(), "{known}");
        assert!(problems.is_empty(), "{known}: {problems:?}");
    }
    // The last value counts: a file's typo put right by the element's attribute says nothing.
    let (s, problems) = Settings::parse([
        (Origin::File, "emergency-number", "991"),
        (Origin::Attribute, "emergency-number", "911"),
    ]);
    assert_eq!(s.emergency(), Emergency::Clinic("911"));
    assert!(problems.is_empty(), "{problems:?}");
    // A file's typo under an attribute that cannot be used: the typo stays, and both are named.
    let (s, problems) = Settings::parse([
        (Origin::File, "emergency-number", "991"),
        (Origin::Attribute, "emergency-number", "nine"),
    ]);
    assert_eq!(s.emergency(), Emergency::Clinic("991"));
    let messages: Vec<String> = problems.iter().map(|p| p.message()).collect();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(messages[0].contains("got \"nine\"") && messages[0].ends_with(". Ignored."));
    assert!(messages[1].contains("got \"991\"") && messages[1].ends_with(". Kept: check it."));
}

/// A phone as clinics write them: "+44 (0)20 ..." links without the (0), which is dialled only
/// from within the country (tel:+44020... fails on many networks); a space pasted from a web
/// page (no-break, thin) is a space, where it made the whole number unusable.
#[test]
fn phones_as_clinics_write_them_link_to_the_number_to_dial() {
    for (written, shown, href) in [
        (
            "+44 (0)20 7946 0000",
            "+44 (0)20 7946 0000",
            "tel:+442079460000",
        ),
        ("(020) 7946 0000", "(020) 7946 0000", "tel:02079460000"),
        ("(0) 20 7946 0000", "(0) 20 7946 0000", "tel:02079460000"),
        (
            "+33\u{a0}1\u{a0}23\u{a0}45\u{a0}67\u{a0}89",
            "+33 1 23 45 67 89",
            "tel:+33123456789",
        ),
        (
            "+1\u{2009}555\u{202f}010\u{3000}2030",
            "+1 555 010 2030",
            "tel:+15550102030",
        ),
    ] {
        let (s, problems) = page(&[("clinic-phone", written)]);
        assert!(problems.is_empty(), "{written:?}: {problems:?}");
        let phone = s.clinic_phone.expect(written);
        assert_eq!(
            (phone.text(), phone.href().as_str()),
            (shown, href),
            "{written:?}"
        );
    }
    // Still not a phone: a letter, or a mark inside that is not a space.
    for bad in ["+33\u{200b}1 23 45 67 89", "+44 (0)20 7946 000O"] {
        assert!(
            page(&[("clinic-phone", bad)]).0.clinic_phone.is_none(),
            "{bad:?}"
        );
    }
}

#[test]
fn an_empty_value_sets_nothing_and_says_nothing() {
    let (s, problems) = page(&[("accent", " "), ("clinic-name", ""), ("region", "")]);
    assert_eq!(s, Settings::default());
    assert!(problems.is_empty());
}

#[test]
fn long_names_are_refused_and_messages_stay_short() {
    let long = "a".repeat(100_000);
    let (s, problems) = page(&[("clinic-name", &long)]);
    assert!(s.clinic_name.is_none());
    assert!(problems[0].message().len() < 300);
    assert!(page(&[("clinic-name", &"é".repeat(80))])
        .0
        .clinic_name
        .is_some());
}

/// A key the parser knows, or anything at all.
fn any_key() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(SETTINGS.map(|k| k.name).to_vec()).prop_map(str::to_owned),
        any::<String>(),
    ]
}

fn valid(s: &Settings) -> Result<(), TestCaseError> {
    prop_assert!(!s.conditions.is_empty());
    prop_assert!(s.offers(s.first_condition()));
    if let Some(name) = &s.clinic_name {
        prop_assert!(name.chars().count() <= 80 && !name.chars().any(char::is_control));
    }
    for phone in [&s.clinic_phone, &s.emergency_number].into_iter().flatten() {
        prop_assert!(phone
            .text()
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c)));
        let href = phone.href();
        let digits = href.trim_start_matches("tel:").trim_start_matches('+');
        prop_assert!(
            !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()),
            "{href}"
        );
    }
    if let Some(a) = s.accent {
        prop_assert!(a.lowest_contrast_x100() >= 450);
        prop_assert!(a.css().len() == 7 && a.css().starts_with('#'));
    }
    if let Emergency::Clinic(n) | Emergency::Guessed(n) = s.emergency() {
        prop_assert!(n
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c)));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn any_pairs_give_valid_settings_and_named_problems(
        given in proptest::collection::vec((any::<bool>(), any_key(), any::<String>()), 0..12)
    ) {
        let triples = given.iter().map(|(file, k, v)| {
            (if *file { Origin::File } else { Origin::Attribute }, k.as_str(), v.as_str())
        });
        let (s, problems) = Settings::parse(triples);
        valid(&s)?;
        prop_assert!(problems.len() <= given.len());
        for p in &problems {
            prop_assert!(p.value.chars().count() <= 60 && !p.expected.is_empty());
        }
    }

    #[test]
    fn any_query_string_gives_valid_settings(q in any::<String>()) {
        let pairs = pairs(&q);
        let (s, _) = Settings::parse(pairs.iter().map(|(k, v)| (Origin::Attribute, k.as_str(), v.as_str())));
        valid(&s)?;
    }

    #[test]
    fn any_colour_text_is_refused_or_a_safe_colour(v in "#?[0-9a-fA-F]{0,8}|.{0,12}") {
        let (s, problems) = page(&[("accent", &v)]);
        valid(&s)?;
        prop_assert_eq!(s.accent.is_none() && !v.trim().is_empty(), problems.len() == 1);
    }
}

async fn render(settings: Settings, problems: Vec<SettingProblem>) -> String {
    let mut props = AppProps::new(Date::from_ymd(2026, 11, 24).unwrap());
    props.settings = Rc::new(settings);
    props.setting_problems = Rc::new(problems);
    yew::LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

#[tokio::test]
async fn a_clinic_name_is_text_and_the_phone_a_tel_link() {
    let evil = "<script>__xss()</script>";
    let (s, problems) = page(&[
        ("clinic-name", evil),
        ("clinic-phone", "+44 20 7946 0000"),
        ("region", "GB"),
        ("conditions", "knee,jaw"),
        ("condition", "jaw"),
    ]);
    assert!(problems.is_empty());
    let html = render(s, vec![]).await;
    assert!(!html.contains("<script"), "markup is escaped");
    assert!(html.contains("&lt;script&gt;__xss()&lt;/script&gt;"));
    assert!(html.contains("Call &lt;script&gt;__xss()&lt;/script&gt; today"));
    assert!(html.contains(r#"<a href="tel:+442079460000">+44 20 7946 0000</a>"#));
    assert!(
        html.contains(r#"Call <span class="pp-emergency-number">999</span> now"#),
        "the clinic's region: its number, said as known"
    );
    assert_eq!(
        html.matches("<option").count(),
        2,
        "only the offered conditions"
    );
    assert!(
        html.contains(r#"data-state="jaw "#),
        "starts on the chosen condition"
    );
    assert!(!html.contains("pp-debug"));
}

#[tokio::test]
async fn debug_shows_each_problem_as_text() {
    let (mut s, problems) = page(&[("accent", "<b>red</b>"), ("lang", "fr")]);
    s.debug = true;
    let html = render(s, problems).await;
    assert_eq!(html.matches("ProloPath setting").count(), 2);
    assert!(html.contains("got \"&lt;b&gt;red&lt;/b&gt;\""));
    assert!(!html.contains("<b>"));
}

/// The clinics' settings table (docs/clinics.md) is the code's one list: the same keys in the same order, each
/// with the places it may be set.
#[test]
fn the_readme_table_is_the_list_of_settings() {
    let rows: Vec<(String, String)> =
        common::table_rows(include_str!("../docs/clinics.md"), "### Settings")
            .into_iter()
            .skip(1) // the header row
            .map(|cells| (cells[0].trim_matches('`').to_owned(), cells[3].to_owned()))
            .collect();
    let expected: Vec<(String, String)> = SETTINGS
        .iter()
        .map(|k| {
            let places: Vec<&str> = [
                (Origin::File, "file"),
                (Origin::Attribute, "attribute"),
                (Origin::Link, "link"),
            ]
            .into_iter()
            .filter(|(o, _)| k.allowed(*o))
            .map(|(_, name)| name)
            .collect();
            (k.name.to_owned(), places.join(", "))
        })
        .collect();
    assert_eq!(rows, expected);
}

/// The nginx block docs/clinics.md gives clinics is the recipe the end-to-end tests serve with.
#[test]
fn the_clinics_nginx_recipe_is_the_tested_one() {
    let doc = include_str!("../docs/clinics.md");
    let start = doc
        .find("```nginx\n")
        .expect("docs/clinics.md has an nginx block")
        + 9;
    let block = &doc[start..];
    let block = &block[..block.find("```").expect("the block ends")];
    assert_eq!(block, include_str!("../scripts/hosting/nginx.conf"));
}
