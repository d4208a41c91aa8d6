//! Files and text a patient takes along: the calendar file follows RFC 5545 (an independent
//! parser reads it in tests/e2e/), and the summary carries the plan and when to get help.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use prolopath::export::ics::{calendar, Stamp};
use prolopath::export::summary::summary;
use prolopath::model::*;
use prolopath::settings::Settings;
use prolopath::text::{texts, Lang};

/// The example plan for `condition` from 2026-12-28, and the moment its file is made.
fn plan(condition: Condition) -> (Estimate, Stamp) {
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
    (est, stamp)
}

fn file(condition: Condition) -> (Estimate, String) {
    let (est, stamp) = plan(condition);
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
    assert!(
        lines
            .iter()
            .any(|l| l == "SUMMARY:Prolotherapy session 1 of 3 (example date)"),
        "counted among the 3 sessions the example is sure of, as the plan's summary says"
    );
    assert!(lines
        .iter()
        .any(|l| l == "SUMMARY:Prolotherapy top-up session\\, only if advised (example date)"));
    // A session only if needed says so too (the knee's 4th and 5th, say).
    let if_needed: Vec<_> = est
        .sessions
        .iter()
        .filter(|s| s.optional && s.phase != prolopath::model::Phase::Maintenance)
        .collect();
    assert!(
        !if_needed.is_empty(),
        "the knee's example has a session only if needed"
    );
    for s in if_needed {
        let title = format!(
            "SUMMARY:Prolotherapy session {}\\, if needed (example date)",
            s.number
        );
        assert!(lines.contains(&title), "{title}");
    }
}

#[test]
fn text_is_escaped() {
    let (_, ics) = file(Condition::Achilles);
    let lines = unfold(&ics);
    let description = lines
        .iter()
        .find(|l| l.starts_with("DESCRIPTION:"))
        .unwrap();
    assert!(description.contains("Trouble breathing\\, swelling of the face\\, lips or throat"));
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
    for (n, s) in est.sessions.iter().enumerate() {
        // Numbered as the screen's table: "1. Wed, ...".
        let line = format!("\n{}. {}: ", n + 1, t.date(s.date));
        assert!(text.contains(&line), "{line}\n{text}");
    }
    // The summary is about to leave the device: it does not say that nothing does.
    assert!(
        !text.contains(t.ui(prolopath::text::Ui::StaysHere)),
        "{text}"
    );
    // The top-up is never read as part of the plan: only if the clinician advises it.
    let top_up = est.sessions.last().unwrap();
    assert_eq!(top_up.phase, prolopath::model::Phase::Maintenance);
    assert!(
        text.contains(&format!(
            "{}. {}: Top-up session (Only if your clinician advises it)\n",
            est.sessions.len(),
            t.date(top_up.date)
        )),
        "{text}"
    );
    for level in CareLevel::ALL {
        assert!(text.contains(t.care_level(level)));
        for sign in level.signs() {
            assert!(text.contains(t.care_sign(sign)));
        }
    }
    for s in &SIDE_EFFECTS {
        assert!(text.contains(t.side_effect(s.effect)));
    }
    // In plain text the heading's colon leads to the signs; where to go comes after them.
    let emergency = prolopath::text::care_heading(t, CareLevel::EmergencyNow, &Settings::default());
    let go = t.ui(prolopath::text::Ui::EmergencyGo);
    assert!(text.contains(&format!("{emergency}:\n- ")), "{text}");
    assert!(
        text.find(go).unwrap() > text.find(t.care_sign(CareSign::SpineNerves)).unwrap(),
        "{text}"
    );
    assert!(text.contains(t.condition(Condition::SacroiliacJoint)));
    assert!(!text.contains('<'), "plain text, no markup");
}

#[test]
fn the_summary_keeps_what_the_patient_ticked_and_the_trial_count() {
    // A summary pasted to the clinic says what the printed page says: the ticked cautions
    // (a blood thinner, say) and what matters to the patient; and bruising with the knee
    // trial's own count beside the practitioners' guess.
    let start = Date::from_ymd(2026, 12, 28).unwrap();
    let inputs = Inputs {
        cautions: Cautions::default()
            .toggled(Caution::BloodThinners)
            .toggled(Caution::Pregnancy),
        ..Inputs::new(start)
    };
    for lang in Lang::ALL {
        let t = texts(lang);
        let text = summary(&estimate(&inputs), t, &Settings::default());
        let ticked = text
            .split_once(&format!("{}:\n", t.ui(prolopath::text::Ui::PrintTicked)))
            .map(|(_, rest)| rest)
            .unwrap_or_else(|| panic!("{lang:?}: no ticked list in\n{text}"));
        for c in [Caution::BloodThinners, Caution::Pregnancy] {
            assert!(
                ticked.contains(&format!("- {}\n", t.caution(c))),
                "{lang:?} {c:?}"
            );
        }
        assert!(
            !text.contains(t.caution(Caution::Diabetes)),
            "only what was ticked"
        );
        assert!(
            text.contains(&t.trial_count(3, 30)),
            "{lang:?}: bruising's 3 of 30"
        );
        let none = summary(&estimate(&Inputs::new(start)), t, &Settings::default());
        assert!(
            !none.contains(t.ui(prolopath::text::Ui::PrintTicked)),
            "no empty list"
        );
    }
}

#[test]
fn every_calendar_event_says_when_to_get_help_as_the_summary_does() {
    // A patient who opens the event on the day of a session finds the three levels there, with
    // the signs for where the shots go first (the back's nerve signs for low back pain) and the
    // clinic's phones when the clinic gave them; in both languages.
    let (est, stamp) = plan(Condition::LowBackPain);
    let (settings, problems) = Settings::parse([(
        prolopath::settings::Origin::File,
        "clinic-phone",
        "+1 555 010 9999",
    )]);
    assert!(problems.is_empty());
    for lang in Lang::ALL {
        let t = texts(lang);
        let ics = calendar(&est, t, &settings, stamp);
        let descriptions: Vec<String> = unfold(&ics)
            .iter()
            .filter_map(|l| l.strip_prefix("DESCRIPTION:"))
            .map(common::ics_unescape)
            .collect();
        assert_eq!(descriptions.len(), est.sessions.len(), "{lang:?}");
        let text = summary(&est, t, &settings);
        let levels = &text[text
            .find(&format!("{}\n", t.ui(prolopath::text::Ui::CareHeading)))
            .unwrap()
            ..text
                .find(&format!("\n{}", t.ui(prolopath::text::Ui::Disclaimer)))
                .unwrap()];
        for d in &descriptions {
            assert!(
                d.starts_with(t.ui(prolopath::text::Ui::CalendarEventNote)),
                "{lang:?}: {d}"
            );
            assert!(d.contains(levels), "{lang:?}: the summary's levels in\n{d}");
            assert!(
                d.contains("+1 555 010 9999"),
                "{lang:?}: the clinic's phone"
            );
            for level in CareLevel::ALL {
                for sign in level.signs() {
                    assert!(d.contains(t.care_sign(sign)), "{lang:?}: {sign:?}");
                }
            }
            // The back's signs come first under the emergency level.
            let nerves = d.find(t.care_sign(CareSign::SpineNerves)).unwrap();
            let allergy = d.find(t.care_sign(CareSign::AllergicReaction)).unwrap();
            assert!(nerves < allergy, "{lang:?}: the back's signs first");
        }
    }
}

/// Every plan's calendar counts its sessions as the plan's summary does: "session N of {sure}"
/// for the sessions the example is sure of, none of the others counted against a total (the
/// Achilles' severe plan said "1 of 10" beside "4 sessions, up to 6 more if needed"); the
/// timeline's description for screen readers says the same numbers.
#[test]
fn the_calendar_and_the_timeline_count_sessions_as_the_plan_summary_does() {
    let t = texts(Lang::En);
    for condition in Condition::ALL {
        for severity in Severity::ALL {
            for adherence in Adherence::ALL {
                let est = estimate(&Inputs {
                    condition,
                    severity,
                    adherence,
                    ..Inputs::new(Date::from_ymd(2027, 1, 4).unwrap())
                });
                let (sure, if_needed) = est.series_counts();
                let summary = t.plan_summary(sure, if_needed);
                let ics = calendar(&est, t, &Settings::default(), plan(condition).1);
                let titles: Vec<String> = unfold(&ics)
                    .into_iter()
                    .filter_map(|l| l.strip_prefix("SUMMARY:").map(str::to_owned))
                    .collect();
                let counted: Vec<&String> = titles.iter().filter(|l| l.contains(" of ")).collect();
                let expected: Vec<String> = (1..=sure)
                    .map(|n| format!("Prolotherapy session {n} of {sure} (example date)"))
                    .collect();
                assert_eq!(counted, expected.iter().collect::<Vec<_>>(), "{summary}");
                assert_eq!(
                    titles.iter().filter(|l| l.contains("if needed")).count(),
                    usize::from(if_needed),
                    "{summary}"
                );
                // The sure sessions' span ends at the last of them, not at the last "if needed"
                // one (it read "4 sessions, up to 6 more if needed, from Jan 4 to Mar 8").
                let svg = prolopath::app::views::session_timeline(Lang::En, &est);
                let series: Vec<_> = est.series().collect();
                let span = format!(
                    "<desc id=\"pp-timeline-desc\">{sure} sessions from {} to {}.",
                    t.date(series[0].date),
                    t.date(series[usize::from(sure) - 1].date)
                );
                assert!(svg.contains(&span), "{summary}: {svg}");
                let more = format!(
                    "If needed, up to {if_needed} more, until {}.",
                    t.date(series[series.len() - 1].date)
                );
                assert_eq!(svg.contains(&more), if_needed > 0, "{summary}: {svg}");
            }
        }
    }
}
