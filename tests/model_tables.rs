//! The evidence tables in the model match docs/evidence.md, the project's evidence base.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use prolopath::model::conditions::{Group, Unit, Verdict};
use prolopath::model::side_effects::Frequency;
use prolopath::model::*;

fn arms(c: Condition) -> Vec<(Group, u16, u16)> {
    c.data()
        .findings
        .iter()
        .flat_map(|f| f.arms.iter().map(|(g, s)| (*g, s.min, s.max)))
        .collect()
}

#[test]
fn trial_results_match_the_evidence() {
    use Group::*;
    // evidence.md sections 1 and 1d, rounded to whole numbers out of 100 (jaw pain in tenths).
    assert_eq!(
        arms(Condition::KneeOsteoarthritis),
        [
            (Prolotherapy, 15, 15),
            (SaltWater, 8, 8),
            (ExerciseOnly, 8, 8)
        ]
    );
    assert_eq!(
        arms(Condition::LowBackPain),
        [
            (Prolotherapy, 46, 46),
            (SaltWater, 36, 36),
            // The review's 2 trials with other care, 6 months after treatment ended.
            (Prolotherapy, 77, 77),
            (NumbingControl, 53, 53),
            (Prolotherapy, 88, 88),
            (SaltWater, 39, 39)
        ]
    );
    assert_eq!(
        arms(Condition::SacroiliacJoint),
        [
            (Prolotherapy, 59, 59),
            (Steroid, 10, 10),
            (Prolotherapy, 23, 23)
        ]
    );
    // Tennis elbow: no figure (the trials' change within the treated groups has no checked
    // comparison beside it).
    assert_eq!(arms(Condition::TennisElbow), []);
    assert_eq!(
        arms(Condition::Achilles),
        [
            (ProlotherapyWithExercise, 86, 86),
            (Prolotherapy, 79, 79),
            (ExerciseOnly, 73, 73)
        ]
    );
    assert_eq!(
        arms(Condition::RotatorCuff),
        [
            (Prolotherapy, 59, 59),
            (ControlInjection, 37, 37),
            (OtherControlInjection, 27, 27)
        ]
    );
    assert_eq!(
        arms(Condition::JawJoint),
        [
            (Prolotherapy, 43, 43),
            (NumbingOnly, 18, 18),
            (Prolotherapy, 70, 70)
        ]
    );
    assert!(arms(Condition::PlantarFasciitis).is_empty());
    assert!(Condition::Other.data().findings.is_empty());

    let verdict = |c: Condition, i: usize| c.data().findings[i].verdict;
    assert_eq!(
        verdict(Condition::LowBackPain, 0),
        Verdict::NotClear,
        "Yelland 2004"
    );
    assert_eq!(
        verdict(Condition::LowBackPain, 1),
        Verdict::NotClear,
        "Cochrane: alone, no better"
    );
    assert_eq!(
        verdict(Condition::RotatorCuff, 0),
        Verdict::Mixed,
        "59 vs 37: P=.088"
    );
    assert_eq!(
        verdict(Condition::SacroiliacJoint, 1),
        Verdict::NoComparison,
        "VA series"
    );
    assert_eq!(
        verdict(Condition::JawJoint, 1),
        Verdict::NoComparison,
        "both arms had dextrose"
    );
    assert_eq!(verdict(Condition::Achilles, 0), Verdict::NotTested);
    assert_eq!(Condition::JawJoint.data().findings[1].unit, Unit::Joints);
    // Sizes from section 1d.
    let people = |c: Condition, i: usize| c.data().findings[i].people;
    assert_eq!(people(Condition::KneeOsteoarthritis, 0), 90);
    assert_eq!(people(Condition::LowBackPain, 0), 110);
    assert_eq!(people(Condition::LowBackPain, 1), 366);
    assert_eq!(people(Condition::SacroiliacJoint, 0), 48);
    assert_eq!(people(Condition::SacroiliacJoint, 1), 103);
    assert_eq!(people(Condition::Achilles, 0), 43);
    assert_eq!(people(Condition::RotatorCuff, 0), 73);
    assert_eq!(people(Condition::PlantarFasciitis, 1), 60);
    assert_eq!(people(Condition::JawJoint, 0), 42);
    // Follow-up times: 52 weeks, 15 months, 16 weeks, 9 months, 7-15 weeks, 3 months.
    let at = |c: Condition| c.data().findings[0].at_weeks;
    assert_eq!(at(Condition::KneeOsteoarthritis), Span { min: 52, max: 52 });
    assert_eq!(at(Condition::SacroiliacJoint), Span { min: 65, max: 65 });
    assert_eq!(at(Condition::TennisElbow), Span { min: 16, max: 16 });
    assert_eq!(at(Condition::RotatorCuff), Span { min: 39, max: 39 });
    assert_eq!(at(Condition::PlantarFasciitis), Span { min: 7, max: 15 });
    assert_eq!(at(Condition::JawJoint), Span { min: 13, max: 13 });
}

/// Spanish words a result counted in joints as "lados de la mandíbula" (jaw sides, plainer than
/// "articulaciones"): right only while the jaw is the one condition whose trial counts joints.
/// Another would need its own words in `es.rs` (`out_of_100`, `finding_arm`).
#[test]
fn only_the_jaw_counts_joints() {
    for c in Condition::ALL {
        let joints = c.data().findings.iter().any(|f| f.unit == Unit::Joints);
        assert_eq!(
            joints,
            c == Condition::JawJoint,
            "{c:?} counts joints: {joints}"
        );
    }
}

#[test]
fn schedules_match_the_trials() {
    let d = |c: Condition| c.data();
    // Knee: every 4 weeks, 3-5 sessions (Rabago 2013).
    assert_eq!(
        d(Condition::KneeOsteoarthritis).sessions,
        Span { min: 3, max: 5 }
    );
    assert_eq!(d(Condition::KneeOsteoarthritis).early_gap_weeks.max, 4);
    // Low back: about 6 sessions every 2 weeks (Yelland 2004).
    assert_eq!(d(Condition::LowBackPain).sessions.max, 6);
    assert_eq!(d(Condition::LowBackPain).early_gap_weeks.max, 2);
    // SI joint: every 2 weeks, at most 3 (Kim 2010); about monthly (VA 2018).
    assert_eq!(d(Condition::SacroiliacJoint).sessions.max, 3);
    assert_eq!(
        d(Condition::SacroiliacJoint).early_gap_weeks,
        Span { min: 2, max: 4 }
    );
    // Tennis elbow: weeks 0, 4, 8.
    assert_eq!(d(Condition::TennisElbow).sessions.min, 3);
    assert_eq!(d(Condition::TennisElbow).early_gap_weeks.max, 4);
    // Achilles: weekly within a 12-week programme.
    assert_eq!(
        d(Condition::Achilles).early_gap_weeks,
        Span { min: 1, max: 1 }
    );
    assert_eq!(d(Condition::Achilles).within_weeks, Some(12));
    // Rotator cuff and jaw: monthly, 3 sessions.
    assert_eq!(d(Condition::RotatorCuff).sessions.min, 3);
    assert_eq!(
        d(Condition::JawJoint).early_gap_weeks,
        Span { min: 4, max: 4 }
    );
    // Plantar fasciitis: 2-3 sessions, 3 weeks apart.
    assert_eq!(
        d(Condition::PlantarFasciitis).sessions,
        Span { min: 2, max: 3 }
    );
    assert_eq!(
        d(Condition::PlantarFasciitis).early_gap_weeks,
        Span { min: 3, max: 3 }
    );
    // Typical practice: 3-6 treatments, later every 4-6 weeks, maintenance every 3-4 months.
    assert_eq!(d(Condition::Other).sessions, Span { min: 3, max: 6 });
    for c in Condition::ALL {
        if let Some(later) = d(c).later_gap_weeks {
            assert_eq!(later, Span { min: 4, max: 6 }, "{c:?}");
        }
        assert_eq!(
            d(c).maintenance_gap_weeks,
            Span { min: 13, max: 17 },
            "{c:?}"
        );
        assert_eq!(d(c).condition, c, "table row order");
    }
}

#[test]
fn knee_trial_time_course_is_both_arms_as_published() {
    // Rabago 2013, evidence.md section 1: the dextrose arm and the saline arm, same weeks.
    let course = Condition::KneeOsteoarthritis.data().time_course.unwrap();
    assert_eq!(course.weeks, [5, 9, 12, 24, 52]);
    assert_eq!(
        course.arms[0],
        (Group::Prolotherapy, &[82u16, 140, 118, 155, 142][..])
    );
    assert_eq!(
        course.arms[1],
        (Group::SaltWater, &[33u16, 53, 58, 64, 74][..])
    );
    // "Scores were first checked at the second session, {4} weeks after the first. By then, the
    // prolotherapy and salt-water groups were both a little better on average, the prolotherapy
    // group by more. At the third session, {4} weeks later, both were better still.": the first
    // two checks (trial weeks 5 and 9, sessions at weeks 1, 5 and 9), and what it says of them.
    let first = Condition::KneeOsteoarthritis.data().first_change_weeks;
    assert_eq!(
        (first.min, first.max),
        (course.weeks[0] - 1, course.weeks[1] - 1)
    );
    let said = prolopath::text::texts(prolopath::text::Lang::En).first_change(first, true);
    assert!(said.contains("first checked at the second session, 4 weeks after the first"));
    assert!(
        said.contains("At the third session, 4 weeks later"),
        "{said}"
    );
    let (treated, salt) = (course.arms[0].1, course.arms[1].1);
    assert!(
        treated[0] > salt[0] && salt[0] > 0,
        "both better, prolotherapy more"
    );
    assert!(
        treated[1] > treated[0] && salt[1] > salt[0],
        "both better still"
    );
    // The chart's weeks are the trial's (its first session in week 1), and its axis and
    // description say so: it called them "weeks after the first session", a week too many.
    use prolopath::text::{texts, Fixed, Lang};
    for (lang, week_1, after) in [
        (Lang::En, "week 1", "after the first session"),
        (Lang::Es, "semana 1", "después de la primera sesión"),
    ] {
        let t = texts(lang);
        for said in [t.fixed(Fixed::AxisWeeks), t.fixed(Fixed::ChartDesc)] {
            assert!(said.contains(week_1), "{lang:?}: {said}");
            assert!(!said.contains(after), "{lang:?}: {said}");
        }
    }
    for c in Condition::ALL
        .into_iter()
        .filter(|c| *c != Condition::KneeOsteoarthritis)
    {
        assert!(
            c.data().time_course.is_none(),
            "{c:?}: no measured time course, no curve"
        );
    }
}

#[test]
fn side_effects_match_the_evidence() {
    let by = |e| SIDE_EFFECTS.iter().find(|s| s.effect == e).unwrap();
    use prolopath::model::side_effects::SideEffect::*;
    assert_eq!(by(Soreness).frequency, Frequency::OutOf100(70));
    assert_eq!(by(Stiffness).frequency, Frequency::OutOf100(25));
    assert_eq!(by(Bruising).frequency, Frequency::OutOf100(5));
    assert_eq!(by(Bruising).trial_count, Some((3, 30)));
    assert_eq!(by(Swelling).frequency, Frequency::Common);
    // The day-by-day strip says "likely" only of what most people get: never of an effect
    // fewer than half have (stiffness, about 25 out of 100, said "likely" on days 1-3).
    for s in SIDE_EFFECTS {
        if let Frequency::OutOf100(n) = s.frequency {
            assert!(
                n >= 50
                    || !s
                        .by_window
                        .contains(&prolopath::model::side_effects::Presence::Likely),
                "{:?}: {n} out of 100, said likely",
                s.effect
            );
        }
    }
}

#[test]
fn care_levels_and_cautions_are_complete() {
    use prolopath::model::care::{CareSign::*, Site};
    assert_eq!(CareLevel::ALL.len(), 3);
    // docs/evidence.md section 3, as revised after the safety review: every sign at its level.
    let at = |l: CareLevel| l.signs().collect::<Vec<_>>();
    assert_eq!(
        at(CareLevel::EmergencyNow),
        [
            AllergicReaction,
            CollapsedLung,
            ClotInLung,
            SpineNerves,
            HeadacheWithFever,
            Sepsis,
            BleedingWontStop
        ]
    );
    assert_eq!(
        at(CareLevel::CallClinicToday),
        [
            Fever,
            Infection,
            JointInfection,
            PusOrFluid,
            LastingNumbness,
            SpinalHeadache,
            LegClot,
            WorseAfterThreeDays
        ]
    );
    assert_eq!(
        at(CareLevel::MentionNextVisit),
        [SorenessOverAWeek, NoChangeAfterSessions]
    );
    // A spine condition shows the back's signs first, never instead of the others.
    for c in Condition::ALL {
        for level in CareLevel::ALL {
            let shown = level.signs_for(c.site());
            let mut sorted = shown.clone();
            sorted.sort();
            assert_eq!(sorted, at(level), "{c:?} {level:?}: every sign, once");
            if let Some(site) = c.site() {
                let first_other = shown.iter().position(|s| s.site() != Some(site));
                let last_here = shown.iter().rposition(|s| s.site() == Some(site));
                if let (Some(o), Some(h)) = (first_other, last_here) {
                    assert!(h < o, "{c:?} {level:?}: the site's signs first: {shown:?}");
                }
            }
        }
    }
    assert_eq!(Condition::LowBackPain.site(), Some(Site::Back));
    assert_eq!(Condition::SacroiliacJoint.site(), Some(Site::Back));
    assert_eq!(
        CareLevel::EmergencyNow.signs_for(Some(Site::Back))[0],
        SpineNerves
    );
    // The conditions whose shots go into a joint put the infected joint's sign first.
    for c in [Condition::KneeOsteoarthritis, Condition::JawJoint] {
        assert_eq!(c.site(), Some(Site::Joint), "{c:?}");
        assert_eq!(
            CareLevel::CallClinicToday.signs_for(c.site())[0],
            JointInfection
        );
    }
    let unverified: Vec<_> = Caution::ALL.iter().filter(|c| !c.verified()).collect();
    assert_eq!(unverified, [&Caution::Cancer, &Caution::Autoimmune]);
}

/// `docs/evidence.md`, the project's own evidence base (never the team's brief beside the checkout).
fn evidence() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/evidence.md");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// For each source a figure can cite: a string its reference in the model and its row in
/// the evidence tables both contain (a PMID where the model's reference has one).
fn source_key(source: SourceId) -> &'static str {
    match source {
        SourceId::Rabago2013Knee => "23690322",
        SourceId::ReevesHassanein2000 => "10710805",
        SourceId::Hung2016 => "27799816",
        SourceId::Yelland2004 => "29(1):9-16",
        SourceId::Klein1993 => "8439713",
        SourceId::Ongley1987 => "2439856",
        SourceId::Kim2010 => "16(12):1285-90",
        SourceId::Va2018 => "29609940",
        SourceId::Rabago2013Elbow => "18469566",
        SourceId::Yelland2019 => "31679521",
        SourceId::Yelland2011 => "45(5):421-8",
        SourceId::Bertrand2016 => "26301385",
        SourceId::Plantar2020 => "31738283",
        SourceId::Ersen2018 => "31453490",
        SourceId::Louw2019 => "30878157",
        SourceId::Review2023 => "PMC9989868",
        SourceId::Dagenais2006 => "Dagenais 2006",
        other => panic!("{other:?} has no key: add one when a figure cites it"),
    }
}

/// One figure the app shows: what it is, its value, and the source it cites.
struct Figure {
    what: String,
    value: String,
    /// The whole numbers that must stand in the source's row (rounded there).
    numbers: Vec<u16>,
    source: SourceId,
}

/// Every trial figure and side-effect frequency in the model, in table order.
fn model_figures() -> Vec<Figure> {
    let mut out = Vec::new();
    for c in Condition::ALL {
        for f in c.data().findings {
            for (group, s) in f.arms {
                // Pain on a 0-10 scale is held in tenths: "4.3", checked as 4.
                let tenths = f.unit == Unit::PainPoints;
                let value = match (s.min == s.max, tenths) {
                    (true, true) => format!("{}.{}", s.min / 10, s.min % 10),
                    (true, false) => s.min.to_string(),
                    _ => format!("{}-{}", s.min, s.max),
                };
                let whole = |n: u16| if tenths { (n + 5) / 10 } else { n };
                out.push(Figure {
                    what: format!(
                        "{} / {:?} / {:?} / {:?}",
                        c.code(),
                        f.measure,
                        group,
                        f.unit
                    ),
                    value,
                    numbers: vec![whole(s.min), whole(s.max)],
                    source: f.source,
                });
            }
        }
        if let Some(course) = c.data().time_course {
            for (group, values) in course.arms {
                for (week, v) in course.weeks.iter().zip(values.iter()) {
                    out.push(Figure {
                        what: format!("{} / time course / {:?} / week {week}", c.code(), group),
                        value: format!("{}.{}", v / 10, v % 10),
                        numbers: vec![(v + 5) / 10],
                        source: course.source,
                    });
                }
            }
        }
    }
    for s in SIDE_EFFECTS.iter() {
        if let Frequency::OutOf100(n) = s.frequency {
            out.push(Figure {
                what: format!("side effect / {:?} / out of 100", s.effect),
                value: n.to_string(),
                numbers: vec![n.into()],
                source: s.basis.sources[0],
            });
        }
        if let Some((k, n)) = s.trial_count {
            out.push(Figure {
                what: format!("side effect / {:?} / in the knee trial", s.effect),
                value: format!("{k} of {n}"),
                numbers: vec![k.into(), n.into()],
                source: SourceId::Rabago2013Knee,
            });
        }
    }
    out
}

/// Every number in a cell, rounded to a whole number ("15.3" is 15, "58.7%" is 59).
fn whole_numbers(cell: &str) -> Vec<u16> {
    let mut out = Vec::new();
    let mut current = String::new();
    for ch in cell.chars().chain([' ']) {
        if ch.is_ascii_digit() || (ch == '.' && !current.is_empty()) {
            current.push(ch);
        } else if !current.is_empty() {
            let n: f64 = current.trim_end_matches('.').parse().unwrap();
            out.push(n.round() as u16);
            current.clear();
        }
    }
    out
}

#[test]
fn the_figures_table_in_the_evidence_file_is_the_models() {
    let evidence = evidence();
    let generated: Vec<String> = model_figures()
        .iter()
        .map(|f| {
            let (short, key) = (f.source.short(), source_key(f.source));
            let source = if short == key {
                short.to_string()
            } else {
                format!("{short} ({key})")
            };
            format!("| {} | {} | {source} |", f.what, f.value)
        })
        .collect();
    let heading = "## 7. Figures the app shows";
    let written: Vec<String> = common::table_rows(&evidence, heading)
        .into_iter()
        .skip(1) // the header row
        .map(|cells| format!("| {} |", cells.join(" | ")))
        .collect();
    assert!(
        written == generated,
        "docs/evidence.md section 7 does not match the model. A figure changed in one and not the \
         other: change both, with the source. The model's table:\n\n| What | Figure | Source |\n|---|---|---|\n{}\n",
        generated.join("\n")
    );
}

#[test]
fn every_figure_stands_in_its_sources_row_of_the_evidence() {
    let evidence = evidence();
    let mut rows = common::table_rows(&evidence, "## 1. Schedules and results by condition");
    // Section 1d names the study in its first cell: moved last, like the other tables' source.
    rows.extend(
        common::table_rows(&evidence, "## 1d. Study size, design and caveats")
            .into_iter()
            .map(|mut cells| {
                let study = cells.remove(0);
                cells.push(study);
                cells
            }),
    );
    rows.extend(common::table_rows(
        &evidence,
        "## 2. Side effects after a session",
    ));
    for figure in model_figures() {
        let key = source_key(figure.source);
        assert!(
            figure.source.source().reference.contains(key) || figure.source.short().contains(key),
            "{:?}: the model's reference does not name {key}",
            figure.source
        );
        // The row's source cell names the figure's source, and the row holds the figure.
        let found = rows.iter().any(|cells| {
            let Some((source, rest)) = cells.split_last() else {
                return false;
            };
            let numbers = whole_numbers(&rest.join(" "));
            (source.contains(key) || source.contains(figure.source.short()))
                && figure.numbers.iter().all(|n| numbers.contains(n))
        });
        assert!(
            found,
            "{} = {}: no row of docs/evidence.md sections 1-2 citing {key} has it",
            figure.what, figure.value
        );
    }
}

/// Reeves 2003 followed knees (a case series of ACL laxity): it backs the knee's top-up interval
/// and no other condition's, whose top-up rests on typical practice alone (evidence.md).
#[test]
fn only_the_knees_top_up_cites_the_knee_case_series() {
    let start = Date::from_ymd(2027, 3, 1).unwrap();
    for c in Condition::ALL {
        for severity in Severity::ALL {
            for adherence in Adherence::ALL {
                let plan = schedule::plan(c.data(), severity, adherence, start);
                let top_up = plan.last().unwrap();
                assert_eq!(top_up.phase, Phase::Maintenance, "{c:?}");
                let sources = top_up.basis.sources;
                assert!(sources.contains(&SourceId::TypicalPractice), "{c:?}");
                assert_eq!(
                    sources.contains(&SourceId::ReevesHassanein2003),
                    c == Condition::KneeOsteoarthritis,
                    "{c:?}: {sources:?}"
                );
            }
        }
    }
}

#[test]
fn every_cited_source_is_in_the_evidence_file() {
    let evidence = evidence();
    for source in SourceId::ALL {
        if matches!(
            source,
            SourceId::CareLeaflets | SourceId::TypicalPractice | SourceId::ReevesHassanein2003
        ) {
            continue;
        }
        let key = source_key_or_short(source);
        assert!(
            evidence.contains(key),
            "{source:?}: {key} is not in docs/evidence.md"
        );
    }
}

fn source_key_or_short(source: SourceId) -> &'static str {
    match source {
        SourceId::Sit2020 => "Sit 2020",
        SourceId::Dagenais2007 => "CD004059",
        SourceId::NiceKnee => "25305072",
        SourceId::NhsBack => "22586331",
        SourceId::StatPearlsSi => "StatPearls",
        SourceId::Smidt2002 => "11879861",
        SourceId::NiceAchilles => "Lagas 2022",
        SourceId::ShoulderCohort => "PMC1239746",
        SourceId::NhsPlantar => "NHS (plantar fasciitis page)",
        SourceId::NhsJaw => "12756926",
        other => source_key(other),
    }
}

#[test]
fn each_conditions_usual_course_is_its_row_of_the_evidence() {
    // Section 1e, one row a condition in the enum's order ("Other" has none). Every number
    // in the description (English and Spanish alike) stands in the row, whose source cell
    // names the condition's course sources.
    use prolopath::text::{texts, Lang};
    let evidence = evidence();
    let rows = common::table_rows(&evidence, "## 1e. What each condition is");
    let conditions: Vec<_> = Condition::ALL
        .into_iter()
        .filter(|c| *c != Condition::Other)
        .collect();
    assert_eq!(rows.len() - 1, conditions.len(), "one row a condition");
    let numbers = |text: &str| {
        let mut n = whole_numbers(text);
        n.retain(|x| *x != 100); // "out of 100" is how the app writes a percentage
        n.sort_unstable();
        n.dedup();
        n
    };
    for (c, row) in conditions.iter().zip(&rows[1..]) {
        let in_row = whole_numbers(&row.join(" "));
        let en = texts(Lang::En).condition_course(*c);
        for n in numbers(en) {
            assert!(
                in_row.contains(&n),
                "{c:?}: {n} is not in its section 1e row: {en}"
            );
        }
        assert!(prolopath::text::available(Lang::Es));
        assert_eq!(
            numbers(texts(Lang::Es).condition_course(*c)),
            numbers(en),
            "{c:?}: the Spanish says other numbers"
        );
        for s in c.data().course_sources {
            let key = source_key_or_short(*s);
            assert!(
                row.last().unwrap().contains(key) || s.source().reference.contains(key),
                "{c:?}: {key}"
            );
        }
    }
    assert!(Condition::Other.data().course_sources.is_empty());
}
