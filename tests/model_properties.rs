//! Invariants of `estimate()` over every input.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;

use prolopath::model::schedule::{early_gap, later_gap};
use prolopath::model::*;

fn inputs() -> impl Strategy<Value = Inputs> {
    (
        prop::sample::select(Condition::ALL.to_vec()),
        prop::sample::select(Severity::ALL.to_vec()),
        prop::sample::select(Adherence::ALL.to_vec()),
        // Every day from 1900 to 2199.
        0i32..109_500,
        prop::collection::vec(prop::sample::select(Caution::ALL.to_vec()), 0..5),
        prop::collection::vec(prop::sample::select(Value::ALL.to_vec()), 0..4),
    )
        .prop_map(
            |(condition, severity, adherence, day, ticked, valued)| Inputs {
                condition,
                severity,
                adherence,
                start: Date::from_ymd(1900, 1, 1).unwrap().add_days(day),
                cautions: ticked
                    .into_iter()
                    .fold(Cautions::default(), |set, c| set.toggled(c)),
                values: valued
                    .into_iter()
                    .fold(Values::default(), |set, v| set.toggled(v)),
            },
        )
}

fn series_len(e: &Estimate) -> usize {
    e.series().count()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn sessions_follow_the_phase_spacing(i in inputs()) {
        let e = estimate(&i);
        let data = i.condition.data();
        prop_assert_eq!(e.sessions[0].date, i.start);
        prop_assert_eq!(e.sessions[0].week, 0);
        for pair in e.sessions.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            prop_assert!(a.date < b.date, "dates in order");
            prop_assert_eq!(b.number, a.number + 1);
            prop_assert_eq!(b.date.days_since(a.date), i32::from(b.week - a.week) * 7);
            let gap = b.week - a.week;
            match b.phase {
                Phase::Early => prop_assert_eq!(gap, early_gap(data, i.severity)),
                Phase::Later => prop_assert_eq!(Some(gap), later_gap(data, i.adherence)),
                Phase::Maintenance => prop_assert!((13..=17).contains(&gap), "3-4 months: {}", gap),
            }
            prop_assert!(a.phase <= b.phase, "phases in order");
        }
        let last = e.sessions.last().unwrap();
        prop_assert_eq!(last.phase, Phase::Maintenance);
        prop_assert!(last.optional);
        prop_assert!(last.week <= 52, "everything fits the one-year chart");
        if let Some(limit) = data.within_weeks {
            prop_assert!(e.series().all(|s| s.week < limit));
        }
    }

    #[test]
    fn count_stays_in_the_trial_range(i in inputs()) {
        let e = estimate(&i);
        let n = series_len(&e) as u16;
        let range = i.condition.data().sessions;
        prop_assert!(range.min <= n && n <= range.max, "{} not in {:?}", n, range);
        prop_assert_eq!(e.series_range, range);
        // Sessions past the range's minimum are the clinician's call.
        for s in e.series() {
            prop_assert_eq!(s.optional, s.number > range.min);
        }
    }

    #[test]
    fn severity_and_aftercare_move_the_plan_the_right_way(i in inputs()) {
        let with = |severity, adherence| series_len(&estimate(&Inputs { severity, adherence, ..i }));
        prop_assert!(with(Severity::Severe, i.adherence) >= with(Severity::Mild, i.adherence));
        prop_assert!(with(i.severity, Adherence::High) <= with(i.severity, Adherence::Low));
        let data = i.condition.data();
        prop_assert!(early_gap(data, Severity::Severe) <= early_gap(data, Severity::Mild));
        prop_assert!(later_gap(data, Adherence::High) >= later_gap(data, Adherence::Low));
    }

    #[test]
    fn every_number_is_accounted_for(i in inputs()) {
        let e = estimate(&i);
        prop_assert_eq!(e.care_levels, CareLevel::ALL);
        for basis in e.bases() {
            prop_assert!(basis.is_accounted_for(), "{:?}", basis);
            for s in basis.sources {
                prop_assert!(e.citations.contains(s), "{:?} missing from citations", s);
            }
            if let Some(a) = basis.assumption {
                prop_assert!(e.assumptions.contains(&a));
            }
        }
        prop_assert!(e.assumptions.contains(&Assumption::AdherenceEffect));
        prop_assert!(e.assumptions.contains(&Assumption::SeverityEffect));
        prop_assert!(e.citations.contains(&SourceId::Review2023));
        for f in e.findings {
            prop_assert!(e.citations.contains(&f.source));
        }
    }

    #[test]
    fn no_benefit_figure_depends_on_severity_aftercare_or_values(i in inputs()) {
        // Severity and aftercare may move the example dates; what the studies found, when
        // change is first noticed (in weeks) and the usual course are the condition's alone.
        let e = estimate(&i);
        let plain = estimate(&Inputs::new(i.start).with_condition(i.condition));
        prop_assert_eq!(e.findings, plain.findings);
        prop_assert_eq!(e.time_course, plain.time_course);
        prop_assert_eq!(e.first_change.weeks, plain.first_change.weeks);
        prop_assert_eq!(e.course_basis, plain.course_basis);
        // The sources list is built per condition into the page's HTML: it must not move either.
        prop_assert_eq!(&e.citations, &plain.citations);
        prop_assert_eq!(&e.assumptions, &plain.assumptions);
        prop_assert!(std::ptr::eq(e.findings, i.condition.data().findings));
    }

    #[test]
    fn values_change_nothing_but_themselves(i in inputs()) {
        let without = Inputs { values: Values::default(), ..i };
        let (mut a, b) = (estimate(&i), estimate(&without));
        a.inputs.values = Values::default();
        prop_assert_eq!(a, b);
    }

    #[test]
    fn cautions_are_listed_and_ticks_kept(i in inputs()) {
        let e = estimate(&i);
        prop_assert_eq!(e.cautions.len(), Caution::ALL.len());
        for item in &e.cautions {
            prop_assert_eq!(item.ticked, i.cautions.contains(item.caution));
        }
    }

    #[test]
    fn same_inputs_same_estimate(i in inputs()) {
        prop_assert_eq!(estimate(&i), estimate(&i));
    }

    #[test]
    fn dates_round_trip_through_text(day in 0i32..109_500) {
        let d = Date::from_ymd(1900, 1, 1).unwrap().add_days(day);
        prop_assert_eq!(Date::parse_iso(&d.to_iso()), Some(d));
    }

    #[test]
    fn date_parsing_never_panics(text in ".{0,24}") {
        let _ = Date::parse_iso(&text);
    }
}

#[test]
fn other_has_no_benefit_figure() {
    let e = estimate(
        &Inputs::new(Date::from_ymd(2026, 3, 2).unwrap()).with_condition(Condition::Other),
    );
    assert!(e.findings.is_empty(), "no trial has tested \"other\"");
    assert!(e.time_course.is_none());
    // Every other condition has at least one result, and each beside a comparison or a
    // verdict that says none exists.
    for c in Condition::ALL
        .into_iter()
        .filter(|c| *c != Condition::Other)
    {
        let data = c.data();
        assert!(!data.findings.is_empty(), "{c:?}");
        for f in data.findings {
            let compared = f.comparisons().next().is_some();
            assert!(
                compared || f.verdict == conditions::Verdict::NoComparison,
                "{c:?}: a result with no comparison must say so"
            );
        }
    }
}

#[test]
fn strength_follows_the_rule() {
    use conditions::{strength, Design, Strength, Verdict};
    use Design::*;
    for (design, trials, people, verdict, rated) in [
        (RandomisedTrial, 1, 90, Verdict::Clear, Strength::Moderate),
        (RandomisedTrial, 1, 49, Verdict::Clear, Strength::Low),
        (RandomisedTrial, 2, 50, Verdict::Clear, Strength::Low),
        (RandomisedTrial, 1, 0, Verdict::Clear, Strength::Low),
        (RandomisedTrial, 1, 110, Verdict::NotClear, Strength::Low),
        (Review, 5, 366, Verdict::Clear, Strength::Moderate),
        (
            RecordReview,
            1,
            103,
            Verdict::NoComparison,
            Strength::VeryLow,
        ),
        (
            RandomisedTrial,
            1,
            90,
            Verdict::NoComparison,
            Strength::VeryLow,
        ),
    ] {
        assert_eq!(
            strength(design, trials, people, verdict),
            rated,
            "{design:?}, {trials} trials, {people} people, {verdict:?}"
        );
    }
}

#[test]
fn caveats_that_cap_the_strength_cap_it() {
    use conditions::{Caveat, Strength};
    // evidence.md section 1f: these rate low at most, whatever the size and verdict.
    let capping: Vec<Caveat> = Caveat::ALL
        .into_iter()
        .filter(|c| c.caps_strength())
        .collect();
    assert_eq!(
        capping,
        [
            Caveat::KnewTheirGroup,
            Caveat::Morrhuate,
            Caveat::OtherIrritantsAndCare,
            Caveat::MoreThanTheShot,
            Caveat::NoControlShots,
        ]
    );
    let mut capped = 0;
    for condition in Condition::ALL {
        for f in condition.data().findings {
            let rule = conditions::strength(f.design, f.trials, f.people, f.verdict);
            if f.caveats.iter().any(|c| c.caps_strength()) {
                capped += 1;
                assert!(
                    f.strength() <= Strength::Low,
                    "{condition:?} {:?}",
                    f.measure
                );
                assert_eq!(f.strength(), rule.min(Strength::Low));
            } else {
                assert_eq!(f.strength(), rule, "{condition:?} {:?}", f.measure);
            }
        }
    }
    assert!(capped >= 4, "the caps are used: {capped}");
    // Large clear trials a cap brings down: the low back's with glycerine and phenol.
    let back = Condition::LowBackPain.data().findings;
    let by = |s: prolopath::model::SourceId| back.iter().find(|f| f.source == s).unwrap();
    assert_eq!(
        by(prolopath::model::SourceId::Klein1993).strength(),
        Strength::Low
    );
    assert_eq!(
        by(prolopath::model::SourceId::Ongley1987).strength(),
        Strength::Low
    );
    // And one it leaves alone: the knee trial (90 people, clear, salt-water shots).
    assert_eq!(
        Condition::KneeOsteoarthritis.data().findings[0].strength(),
        Strength::Moderate
    );
}

#[test]
fn every_condition_plan_changes_with_severity_and_aftercare() {
    // The end-to-end journey relies on this: each change is visible in the dates.
    let start = Date::from_ymd(2026, 3, 2).unwrap();
    for condition in Condition::ALL {
        let dates = |severity, adherence| {
            let i = Inputs {
                condition,
                severity,
                adherence,
                ..Inputs::new(start)
            };
            estimate(&i)
                .sessions
                .iter()
                .map(|s| s.date)
                .collect::<Vec<_>>()
        };
        assert_ne!(
            dates(Severity::Mild, Adherence::Typical),
            dates(Severity::Severe, Adherence::Typical),
            "{condition:?} severity"
        );
        assert_ne!(
            dates(Severity::Moderate, Adherence::Low),
            dates(Severity::Moderate, Adherence::High),
            "{condition:?} aftercare"
        );
    }
}

#[test]
fn a_result_against_a_group_with_no_shot_rates_low_at_most() {
    use conditions::{Group, Strength};
    // evidence.md section 1f: where the comparison group had no shot, people knew their group.
    let mut capped = 0;
    for condition in Condition::ALL {
        for f in condition.data().findings {
            for g in f.comparisons() {
                let rated = f.strength_against(g);
                assert!(rated <= f.strength(), "{condition:?} {g:?}");
                if g.had_shot() {
                    assert_eq!(rated, f.strength(), "{condition:?} {g:?}");
                } else {
                    assert!(rated <= Strength::Low, "{condition:?} {g:?}");
                    capped += usize::from(f.strength() > Strength::Low);
                }
            }
        }
    }
    // The knee trial: moderate against salt-water shots, low against exercise only.
    let knee = Condition::KneeOsteoarthritis.data().findings;
    assert!(knee.iter().any(|f| f.strength() == Strength::Moderate
        && f.strength_against(Group::ExerciseOnly) == Strength::Low));
    assert!(capped >= 1, "{capped}");
    for g in [
        Group::ExerciseOnly,
        Group::Stretching,
        Group::WaitAndSee,
        Group::Physiotherapy,
    ] {
        assert!(!g.had_shot(), "{g:?}");
    }
}
