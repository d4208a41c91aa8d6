//! Helpers shared by the native test files.
#![allow(dead_code)]

use prolopath::model::conditions::{Group, Unit};
use prolopath::model::side_effects::{Duration, Frequency, SideEffect};
use prolopath::model::*;
use prolopath::text::{Texts, Ui};

/// Every fixed text of a language.
pub fn fixed_texts(t: &dyn Texts) -> Vec<&'static str> {
    use prolopath::model::side_effects::{Presence, Window};
    let mut v: Vec<&'static str> = Ui::ALL.iter().map(|k| t.ui(*k)).collect();
    v.extend(Condition::ALL.iter().map(|c| t.condition(*c)));
    v.extend(
        Severity::ALL
            .iter()
            .flat_map(|s| [t.severity(*s), t.severity_help(*s)]),
    );
    v.extend(
        Adherence::ALL
            .iter()
            .flat_map(|a| [t.adherence(*a), t.adherence_help(*a)]),
    );
    v.extend(Phase::ALL.map(|p| t.phase(p)));
    v.extend(SideEffect::ALL.map(|e| t.side_effect(e)));
    v.extend(Duration::ALL.map(|d| t.duration(d)));
    v.extend(CareLevel::ALL.iter().map(|l| t.care_level(*l)));
    v.extend(
        CareLevel::ALL
            .iter()
            .flat_map(|l| l.signs())
            .map(|s| t.care_sign(*s)),
    );
    v.extend(
        Caution::ALL
            .iter()
            .flat_map(|c| [t.caution(*c), t.caution_why(*c)]),
    );
    v.extend(Assumption::ALL.iter().map(|a| t.assumption(*a)));
    v.extend(
        Window::ALL
            .iter()
            .flat_map(|w| [t.window(*w), t.window_advice(*w)]),
    );
    v.extend(Presence::ALL.map(|p| t.presence(p)));
    v.extend(Group::ALL.map(|g| t.group(g)));
    v
}

/// Texts built from numbers, with the values every condition produces.
pub fn built_texts(t: &dyn Texts) -> Vec<String> {
    let start = Date::from_ymd(2026, 11, 24).unwrap();
    let mut v = vec![
        t.frequency(Frequency::OutOf100(70)),
        t.trial_count(3, 30),
        t.date(start),
        t.week(4),
        t.percent(54),
        t.short_date(start),
        t.timeline_desc(4, start, start.add_days(56), start.add_days(140)),
        t.out_of_100(Unit::People, 59),
    ];
    for c in Condition::ALL {
        let est = estimate(&Inputs {
            condition: c,
            ..Inputs::new(start)
        });
        v.push(t.plan_summary(est.series().count() as u16, est.series_range));
        let fc = est.first_change;
        v.push(t.first_change(fc.weeks, fc.from, fc.to));
        for f in est.findings {
            v.push(t.finding_intro(f.measure, f.at_weeks));
            for (g, value) in f.arms {
                v.push(t.finding_arm(f.unit, *g, *value));
            }
        }
    }
    v
}
