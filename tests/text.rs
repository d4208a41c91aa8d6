//! Every text a patient reads exists, and the static page shell says the same as the app.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use prolopath::model::care::CareSign;
use prolopath::model::conditions::Group;
use prolopath::model::*;
use prolopath::text::{texts, Lang, Ui};

#[test]
fn every_text_is_written() {
    for lang in Lang::ALL {
        for text in common::fixed_texts(texts(lang)) {
            assert!(!text.trim().is_empty(), "{lang:?}: empty text");
            assert!(
                !text.contains("TODO") && !text.contains("{}"),
                "{lang:?}: unfinished {text:?}"
            );
        }
    }
}

/// The date field's error names the years the app takes (its `min` and `max`), so someone who
/// typed 2207 for 2027 sees why.
#[test]
fn the_date_error_names_the_years_allowed() {
    use prolopath::model::date::{MAX_YEAR, MIN_YEAR};
    for lang in Lang::ALL {
        let error = texts(lang).ui(Ui::StartInvalid);
        for year in [MIN_YEAR, MAX_YEAR] {
            assert!(
                error.contains(&year.to_string()),
                "{lang:?}: {error:?} lacks {year}"
            );
        }
    }
}

/// "Do not compare these numbers directly" follows a condition's usual course only where that
/// course has numbers: after "no reliable figure" it would warn against numbers that are not there.
#[test]
fn only_a_course_with_figures_warns_against_comparing_them() {
    for lang in Lang::ALL {
        for c in Condition::ALL {
            let course = texts(lang).condition_course(c);
            assert_eq!(
                c.course_has_figures(),
                course.chars().any(|ch| ch.is_ascii_digit()),
                "{lang:?} {c:?}: course_has_figures() disagrees with its words: {course}"
            );
        }
    }
}

#[test]
fn care_signs_cover_every_level_once() {
    let mut signs: Vec<CareSign> = CareLevel::ALL.iter().flat_map(|l| l.signs()).collect();
    let n = signs.len();
    signs.sort_unstable();
    signs.dedup();
    assert_eq!(signs.len(), n, "a sign sits in one level only");
    assert_eq!(n, CareSign::ALL.len(), "every sign sits in a level");
}

#[test]
fn dates_and_numbers_read_naturally() {
    let t = texts(Lang::En);
    let d = Date::from_ymd(2026, 12, 1).unwrap();
    assert_eq!(t.date(d), "Tue, Dec 1, 2026");
    assert_eq!(
        t.frequency(prolopath::model::side_effects::Frequency::OutOf100(70)),
        "Those who give the shots guess about 70 out of 100 people"
    );
    assert_eq!(
        t.finding_arm(
            prolopath::model::conditions::Unit::People,
            Group::Prolotherapy,
            Span { min: 59, max: 59 }
        ),
        "59 out of 100 people who had prolotherapy"
    );
    assert_eq!(
        t.finding_intro(
            prolopath::model::conditions::Measure::HalfPainGone,
            Span { min: 65, max: 65 }
        ),
        "After 15 months, more than half the pain was gone for:"
    );
    // The jaw trial reports "3 months", not 13 weeks (evidence.md 1d), in both languages.
    let jaw = prolopath::model::Condition::JawJoint.data().findings[0];
    assert_eq!(jaw.at_weeks, Span { min: 13, max: 13 });
    let en = t.finding_intro(jaw.measure, jaw.at_weeks);
    assert!(en.starts_with("After 3 months,"), "{en}");
    let es = texts(Lang::Es).finding_intro(jaw.measure, jaw.at_weeks);
    assert!(es.starts_with("A los 3 meses,"), "{es}");
    let elbow = t.finding_intro(
        prolopath::model::conditions::Measure::HalfPainGone,
        Span { min: 16, max: 16 },
    );
    assert!(elbow.starts_with("After 16 weeks,"), "{elbow}");
    // A result timed from the end of treatment says so, in both languages; the others never do.
    for c in prolopath::model::Condition::ALL {
        for f in c.data().findings {
            let en = t.finding_intro(f.measure, f.at_weeks);
            let es = texts(Lang::Es).finding_intro(f.measure, f.at_weeks);
            let last = f.measure.after_treatment_ended();
            assert_eq!(en.contains("after treatment ended"), last, "{en}");
            assert_eq!(
                es.contains("después de terminar el tratamiento"),
                last,
                "{es}"
            );
        }
    }
    // The number of sessions says where it comes from: trials, clinics, or both.
    use prolopath::model::SourceId;
    use prolopath::text::ScheduleFrom;
    assert_eq!(
        ScheduleFrom::of(&[SourceId::Rabago2013Knee, SourceId::Sit2020]),
        ScheduleFrom::Studies
    );
    assert_eq!(
        ScheduleFrom::of(&[SourceId::Yelland2004, SourceId::TypicalPractice]),
        ScheduleFrom::StudiesAndClinics
    );
    assert_eq!(
        ScheduleFrom::of(&[SourceId::TypicalPractice]),
        ScheduleFrom::Clinics
    );
    assert!(t
        .plan_note(Span { min: 3, max: 5 }, ScheduleFrom::Studies)
        .starts_with("Most people in the studies had 3 to 5 sessions."));
    let clinics = t.plan_note(Span { min: 3, max: 6 }, ScheduleFrom::Clinics);
    assert!(clinics.starts_with("Clinics usually give 3 to 6 sessions. No study has tested this."));
    assert!(!clinics.contains("studies had"), "{clinics}");
    assert_eq!(
        ScheduleFrom::of(prolopath::model::Condition::Other.data().schedule_sources),
        ScheduleFrom::Clinics,
        "another problem: no trial"
    );
    // The SI joint's trials give only the most sessions (at most 3; 3), never "most people had".
    use prolopath::model::Condition;
    for c in Condition::ALL {
        let from = ScheduleFrom::for_condition(c);
        let range = c.data().sessions;
        let (en, es) = (
            t.plan_note(range, from),
            texts(Lang::Es).plan_note(range, from),
        );
        let up_to = c.studies_give_only_the_most();
        assert_eq!(from == ScheduleFrom::StudiesUpTo, up_to, "{c:?}");
        assert_eq!(
            en.starts_with("In the studies, people had up to 3 sessions."),
            up_to,
            "{en}"
        );
        assert_eq!(
            es.starts_with("En los estudios, las personas tuvieron hasta 3 sesiones."),
            up_to,
            "{es}"
        );
        assert!(!up_to || !en.contains("Most people"), "{en}");
    }
    assert_eq!(
        t.plan_summary(4, 0),
        "This example has 4 sessions and a possible top-up."
    );
    assert_eq!(
        t.plan_summary(3, 1),
        "This example has 3 sessions, up to 1 more if needed, and a possible top-up."
    );
}

/// index.html is the template of every page (scripts/postbuild.mjs writes index.html in English
/// and es.html in Spanish from it): each of its words is a slot postbuild fills from the app's
/// texts (`prerender --page-words`), none written in it, so no page says something else than the
/// app. The pages as built are checked end to end (tests/e2e/spanish-page.test.mjs).
#[test]
fn the_page_around_the_app_is_filled_from_the_app_text() {
    let html = include_str!("../index.html");
    for slot in [
        "lang",
        "title",
        "description",
        "manifest",
        "noteTitle",
        "noteBody",
        "otherPages",
        "noscript",
        "pageLang",
    ] {
        let slot = format!("{{{{{slot}}}}}");
        assert_eq!(html.matches(&slot).count(), 1, "index.html has {slot} once");
    }
    for lang in Lang::ALL {
        let t = texts(lang);
        for key in [Ui::AppTitle, Ui::Intro, Ui::FailureTitle, Ui::FailureBody] {
            assert!(!html.contains(t.ui(key)), "{key:?} written in index.html");
        }
    }
    // The build renders the app's first view into this slot (scripts/postbuild.mjs); the
    // prerendered page itself is checked end to end (tests/e2e/first-view.test.mjs).
    assert_eq!(
        html.matches(r#"<div class="pp-prerender"></div>"#).count(),
        1
    );
}

#[test]
fn each_install_manifest_matches_its_language() {
    for (lang, manifest) in [
        (Lang::En, include_str!("../assets/manifest.webmanifest")),
        (Lang::Es, include_str!("../assets/manifest.es.webmanifest")),
    ] {
        let t = texts(lang);
        assert!(
            manifest.contains(&format!("\"name\": \"{}\"", t.ui(Ui::AppTitle))),
            "{lang:?}"
        );
        assert!(
            manifest.contains(&format!("\"description\": \"{}\"", t.ui(Ui::Intro))),
            "{lang:?}"
        );
        assert!(
            manifest.contains(&format!("\"lang\": \"{}\"", lang.tag())),
            "{lang:?}"
        );
    }
}

#[test]
fn every_spanish_text_is_there_and_translated() {
    // build.rs makes a missing or extra key a compile error; here every text is Spanish.
    let es = prolopath::text::fixed_texts(texts(Lang::Es));
    let en = prolopath::text::fixed_texts(texts(Lang::En));
    assert_eq!(es.len(), en.len());
    for (s, e) in es.iter().zip(&en) {
        assert!(
            !s.trim().is_empty() && s != e || s.len() < 12,
            "not translated: {e}"
        );
    }
}

/// The page's loader writes the first view's example dates before the app starts
/// (assets/dates.js, with the words and forms of `prerender --date-words`): one table a language
/// holds both to the app's dates (tests/scripts/dates.test.mjs runs them against the loader).
#[test]
fn the_loaders_dates_are_the_apps() {
    for (lang, table) in [
        (Lang::En, include_str!("fixtures/dates.tsv")),
        (Lang::Es, include_str!("fixtures/dates-es.tsv")),
    ] {
        let line = |name: &str| -> String {
            let line = table.lines().find(|l| l.starts_with(&format!("{name}\t")));
            let line = line.unwrap_or_else(|| panic!("the {lang:?} table has its {name}"));
            line[name.len() + 1..].to_owned()
        };
        let words = |name: &str| line(name).split(' ').map(str::to_owned).collect();
        assert_eq!(
            prolopath::text::date_words(lang),
            Some(prolopath::text::DateWords {
                months: words("months"),
                weekdays: words("weekdays"),
                long: line("long"),
                short: line("short"),
            })
        );
        let t = texts(lang);
        let rows = common::tsv_rows(table, |l| l.starts_with(|c: char| c.is_ascii_digit()));
        for [iso, long, short] in &rows {
            let d = Date::parse_iso(iso).unwrap_or_else(|| panic!("a date: {iso}"));
            assert_eq!(
                (t.date(d).as_str(), t.short_date(d).as_str()),
                (*long, *short)
            );
        }
        assert!(rows.len() >= 20, "the table has its dates ({})", rows.len());
    }
}
