//! Files and text a patient takes along: the calendar file follows RFC 5545 (an independent
//! parser reads it in tests/e2e/), and the summary carries the plan and when to get help.
#![cfg(not(target_arch = "wasm32"))]

use prolopath::export::ics::{calendar, Stamp};
use prolopath::export::summary::summary;
use prolopath::model::*;
use prolopath::settings::Settings;
use prolopath::text::{texts, Lang};

fn file(condition: Condition) -> (Estimate, String) {
    let start = Date::from_ymd(2026, 12, 28).unwrap();
    let est = estimate(&Inputs {
        condition,
        ..Inputs::new(start)
    });
    let stamp = Stamp {
        date: Date::from_ymd(2026, 11, 24).unwrap(),
        hour: 9,
        minute: 5,
        second: 7,
    };
    let ics = calendar(&est, texts(Lang::En), &Settings::default(), stamp);
    (est, ics)
}

/// Content lines with folding undone (3.1).
fn unfold(ics: &str) -> Vec<String> {
    ics.replace("\r\n ", "")
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn lines_end_in_crlf_and_fold_at_75_octets() {
    for c in Condition::ALL {
        let (_, ics) = file(c);
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(
            !ics.replace("\r\n", "").contains('\n'),
            "no bare line feeds"
        );
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        }
        assert!(ics.contains("\r\n "), "the long description is folded");
    }
}

#[test]
fn one_all_day_event_per_session_with_uid_and_stamp() {
    let (est, ics) = file(Condition::KneeOsteoarthritis);
    let lines = unfold(&ics);
    let count = |prefix: &str| lines.iter().filter(|l| l.starts_with(prefix)).count();
    let n = est.sessions.len();
    assert_eq!(count("BEGIN:VEVENT"), n);
    assert_eq!(count("DTSTAMP:20261124T090507Z"), n);
    let mut uids: Vec<_> = lines.iter().filter(|l| l.starts_with("UID:")).collect();
    uids.dedup();
    assert_eq!(uids.len(), n, "every UID differs");
    let starts: Vec<_> = lines
        .iter()
        .filter_map(|l| l.strip_prefix("DTSTART;VALUE=DATE:"))
        .collect();
    assert_eq!(starts[0], "20261228");
    assert_eq!(starts[1], "20270125", "4 weeks later, across the new year");
    assert_eq!(count("DTEND;VALUE=DATE:"), n, "all-day events throughout");
    assert!(lines
        .iter()
        .any(|l| l == "SUMMARY:Prolotherapy session 1 of 4 (example date)"));
    assert!(lines
        .iter()
        .any(|l| l == "SUMMARY:Prolotherapy top-up session (example date)"));
}

#[test]
fn text_is_escaped() {
    let (_, ics) = file(Condition::Achilles);
    let lines = unfold(&ics);
    let description = lines
        .iter()
        .find(|l| l.starts_with("DESCRIPTION:"))
        .unwrap();
    assert!(description.contains("Your clinic sets the real dates\\, so call them"));
    let b = description.as_bytes();
    for (i, c) in b.iter().enumerate() {
        if *c == b',' || *c == b';' {
            assert_eq!(b[i - 1], b'\\', "unescaped {} at {i}", *c as char);
        }
    }
}

#[test]
fn the_summary_carries_the_plan_side_effects_and_every_care_sign() {
    let (est, _) = file(Condition::SacroiliacJoint);
    let t = texts(Lang::En);
    let text = summary(&est, t, &Settings::default());
    for s in &est.sessions {
        assert!(text.contains(&t.date(s.date)), "{}", t.date(s.date));
    }
    for level in CareLevel::ALL {
        assert!(text.contains(t.care_level(level)));
        for sign in level.signs() {
            assert!(text.contains(t.care_sign(sign)));
        }
    }
    for s in &SIDE_EFFECTS {
        assert!(text.contains(t.side_effect(s.effect)));
    }
    assert!(text.contains(t.condition(Condition::SacroiliacJoint)));
    assert!(!text.contains('<'), "plain text, no markup");
}
