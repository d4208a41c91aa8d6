//! Components rendered to HTML with Yew's server renderer: what a patient would see.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use prolopath::app::{App, AppProps};
use prolopath::model::*;
use prolopath::text::{texts, Fixed, Lang, Ui};

async fn render(today: Date) -> String {
    render_props(AppProps::new(today)).await
}

async fn render_props(props: AppProps) -> String {
    yew::LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

/// The page in `lang` for these answers.
async fn render_answers(lang: Lang, inputs: Inputs) -> String {
    let mut props = AppProps::new(inputs.start);
    props.lang = lang;
    props.initial = Some(inputs);
    render_props(props).await
}

fn count(hay: &str, needle: &str) -> usize {
    hay.matches(needle).count()
}

#[tokio::test]
async fn the_default_page_shows_plan_help_and_sources() {
    let today = Date::from_ymd(2026, 11, 24).unwrap();
    let html = render(today).await;
    let t = texts(Lang::En);
    assert_eq!(count(&html, "<h1"), 1);
    assert!(html.contains(t.ui(Ui::AppTitle)));
    // The plan starts today, knee by default: 4 sessions, 4 weeks apart, then a check-up.
    let est = estimate(&Inputs::new(today));
    for s in &est.sessions {
        assert!(html.contains(&t.date(s.date)), "missing {}", t.date(s.date));
    }
    assert!(html.contains("Tue, Nov 24, 2026"));
    // All three care levels and every sign are on the page, not behind a click.
    // Before any script (no clinic file, no browser region) the number is "your local
    // emergency number", in its slot.
    let words = common::words(&html);
    for level in CareLevel::ALL {
        assert!(words.contains(t.care_level(level)), "{level:?}");
        for sign in level.signs() {
            assert!(html.contains(&yew_escape(t.care_sign(sign))), "{sign:?}");
        }
    }
    assert!(html.contains("<span class=\"pp-emergency-number\">your local emergency number</span>"));
    assert!(!html.contains("<details"), "nothing is collapsed away");
    // Every condition can be chosen.
    for c in Condition::ALL {
        assert!(html.contains(&format!("value=\"{}\"", c.code())), "{c:?}");
    }
    // The chart has a title and a description.
    assert!(html.contains("<title id=\"pp-chart-title\">"));
    assert!(html.contains("<desc id=\"pp-chart-desc\">"));
}

fn yew_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[tokio::test]
async fn every_input_has_a_label_and_every_citation_a_target() {
    let html = render(Date::from_ymd(2026, 11, 24).unwrap()).await;
    let ids = |prefix: &str| -> Vec<String> {
        html.split(prefix)
            .skip(1)
            .map(|rest| rest.split('"').next().unwrap().to_owned())
            .collect()
    };
    let inputs: Vec<String> = html
        .split("<input")
        .skip(1)
        .chain(html.split("<select").skip(1))
        .map(|tag| {
            let tag = &tag[..tag.find('>').unwrap()];
            let id = tag.split("id=\"").nth(1).expect("every input has an id");
            id.split('"').next().unwrap().to_owned()
        })
        .collect();
    assert!(inputs.len() >= 1 + 3 + 3 + 1 + Caution::ALL.len());
    let labels = ids("for=\"");
    for id in &inputs {
        assert!(labels.contains(id), "input {id} has no label");
    }
    let targets = ids(" id=\"");
    for href in ids("href=\"#") {
        assert!(targets.contains(&href), "link to #{href} goes nowhere");
    }
    // Each cited source is listed once.
    let listed = ids("<li id=\"src-");
    let mut unique = listed.clone();
    unique.dedup();
    assert_eq!(listed, unique);
    assert!(!listed.is_empty());
    // The radio help texts are tied to their inputs.
    for described in ids("aria-describedby=\"") {
        for id in described.split(' ') {
            assert!(
                targets.iter().any(|t| t == id),
                "aria-describedby names missing {id}"
            );
        }
    }
}

#[tokio::test]
async fn the_bad_date_message_is_not_shown_by_default() {
    let html = render(Date::from_ymd(2026, 11, 24).unwrap()).await;
    assert!(!html.contains(texts(Lang::En).ui(Ui::StartInvalid)));
    assert!(html.contains("aria-invalid=\"false\""));
}

#[tokio::test]
async fn a_link_with_bad_values_says_so_politely_and_as_text() {
    let today = Date::from_ymd(2026, 11, 24).unwrap();
    let (initial, problems) = prolopath::model::query::parse(
        "condition=achilles&severity=%3Cimg%20src=x%20onerror=alert(1)%3E",
        Inputs::new(today),
    );
    let mut props = AppProps::new(today);
    props.initial = Some(initial);
    props.problems = problems;
    let html = render_props(props).await;
    assert!(html.contains(texts(Lang::En).ui(Ui::LinkProblems)));
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "shown as text"
    );
    assert!(!html.contains("<img"), "never as markup");
    assert!(html.contains(texts(Lang::En).condition(Condition::Achilles)));
}

#[tokio::test]
async fn remembering_is_offered_only_where_storage_works() {
    let today = Date::from_ymd(2026, 11, 24).unwrap();
    let blocked = render(today).await;
    assert!(blocked.contains(texts(Lang::En).ui(Ui::StorageBlocked)));
    assert!(!blocked.contains("id=\"pp-remember\""));
    let mut props = AppProps::new(today);
    props.storage_available = true;
    let html = render_props(props).await;
    assert!(html.contains("id=\"pp-remember\""));
    assert!(
        !html.contains(texts(Lang::En).ui(Ui::Forget)),
        "nothing to forget yet"
    );
}

#[tokio::test]
async fn in_spanish_every_care_level_and_the_plan_read_in_spanish() {
    let today = Date::from_ymd(2026, 11, 24).unwrap();
    let mut props = AppProps::new(today);
    props.lang = Lang::Es;
    let html = render_props(props).await;
    let t = texts(Lang::Es);
    assert!(html.contains("lang=\"es\""));
    assert!(html.contains(&yew_escape(t.ui(Ui::AppTitle))));
    let words = common::words(&html);
    for level in CareLevel::ALL {
        assert!(
            words.contains(&yew_escape(t.care_level(level))),
            "{level:?}"
        );
        for sign in level.signs() {
            assert!(html.contains(&yew_escape(t.care_sign(sign))), "{sign:?}");
        }
    }
    assert!(html.contains(&yew_escape(t.ui(Ui::CareCantReach))));
    assert!(html.contains("martes 24 nov 2026"), "dates in Spanish");
    assert!(
        !html.contains(texts(Lang::En).ui(Ui::CareHeading)),
        "no English left"
    );
}

#[tokio::test]
async fn source_labels_are_in_the_page_language() {
    let mut props = AppProps::new(Date::from_ymd(2026, 11, 24).unwrap());
    props.lang = Lang::Es;
    props.initial = Some(Inputs {
        condition: Condition::SacroiliacJoint,
        ..Inputs::new(props.today)
    });
    let html = render_props(props).await;
    for (en, es) in [
        ("Typical practice", "Práctica habitual"),
        ("Care leaflets", "Folletos de cuidados"),
    ] {
        assert!(!html.contains(en), "{en}");
        assert!(html.contains(es), "{es}");
    }
    // The references stay as published, in English, and say so to a screen reader; the two
    // sources that are our description of what we read (no published title), and what the
    // typical-practice source is worth, are said in the page's language.
    let list = html.split("pp-source-list").nth(1).unwrap();
    let list = list.split("</ol>").next().unwrap();
    assert!(count(list, "<li ") > 2);
    assert_eq!(
        count(list, "<li ") - 2,
        count(list, "<span lang=\"en\">"),
        "every published reference marked as English"
    );
    let es = texts(Lang::Es);
    for k in [Fixed::FramingOnly, Fixed::LeafletsAre, Fixed::TypicalAre] {
        assert!(list.contains(&yew_escape(es.fixed(k))), "{k:?}");
    }
    for s in [SourceId::CareLeaflets, SourceId::TypicalPractice] {
        assert!(!list.contains(s.source().reference), "{s:?} in English");
    }
    assert!(!list.contains("Low-quality") && !list.contains("Weak evidence"));
}

/// Wherever "Your choices" shows a study's figure for a group, the study's caveats about its
/// comparison groups follow it as the results say them: which comparison was clear (a mixed
/// result), a figure the authors reported that we have not checked, groups of 14 people. Before,
/// only figures without a number had their caveats there. A caveat that speaks of each group
/// apart (Hung 2016's review) says only the row's group's part; one that points to the studies
/// section's chart says it without the chart (`caveat_in_row`). Each says how strong the evidence
/// is, and a group named without a figure whether the gap was clear, as the studies section does.
#[tokio::test]
async fn a_figure_in_the_choices_keeps_its_caveats() {
    use prolopath::model::conditions::Verdict;
    use prolopath::model::options::Choice;
    let today = Date::from_ymd(2026, 11, 24).unwrap();
    use prolopath::model::conditions::Caveat;
    use prolopath::model::conditions::Group;
    use prolopath::text::caveat_in_row;
    let (mut checked, mut knee_adjusted, mut parts) = (0, 0, 0);
    for lang in [Lang::En, Lang::Es] {
        let t = texts(lang);
        // Against a group with no shot, low at most (evidence.md section 1f).
        let strength = |f: &Finding, g| {
            format!(
                "{}: {}.",
                t.fixed(Fixed::StrengthLabel),
                t.strength(f.strength_against(g))
            )
        };
        for condition in Condition::ALL {
            let data = condition.data();
            let html = render_answers(lang, Inputs::new(today).with_condition(condition)).await;
            let section = html.split("pp-choices-section").nth(1).unwrap();
            let section = section.split("</section>").next().unwrap();
            // Each paragraph of the section, as words.
            let paragraphs: Vec<String> = section
                .split("<p")
                .skip(1)
                .map(|p| {
                    let p = p.split("</p>").next().unwrap();
                    common::words(&p.replace("&quot;", "\"").replace("&#39;", "'"))
                })
                .collect();
            for c in Choice::ALL
                .into_iter()
                .filter(|c| *c != Choice::Prolotherapy)
            {
                let results = c.results(data.findings);
                // A group named without a figure: every caveat of its study on its line.
                for r in results.iter().filter(|r| r.value.is_none()) {
                    let named = format!("{}: ", t.fixed(Fixed::ComparedWith));
                    let p = paragraphs
                        .iter()
                        .find(|p| p.contains(&named) && p.contains(t.group(r.group)))
                        .unwrap_or_else(|| panic!("{condition:?} {c:?}: {:?}", r.group));
                    // Whether the gap was clear (a mixed result says it group by group, in
                    // its caveat) and how strong the evidence is, as the studies section says.
                    if r.finding.verdict != Verdict::Mixed {
                        assert!(
                            p.contains(t.verdict(r.finding.verdict)),
                            "{condition:?} {c:?}"
                        );
                    }
                    assert!(
                        p.contains(&strength(r.finding, r.group)),
                        "{lang:?} {condition:?} {c:?}"
                    );
                    for k in r.finding.caveats {
                        let about = caveat_in_row(t, *k, r.group);
                        assert!(p.contains(about), "{condition:?} {c:?}: {k:?}");
                        checked += 1;
                        // A caveat that speaks of each group apart says only this row's part:
                        // the others' results do not stand in its row.
                        for other in Group::ALL.into_iter().filter(|g| *g != r.group) {
                            let theirs = caveat_in_row(t, *k, other);
                            if theirs != t.caveat(*k) && theirs != about {
                                assert!(
                                    !p.contains(theirs),
                                    "{lang:?} {condition:?} {c:?}: {theirs}"
                                );
                                parts += 1;
                            }
                        }
                    }
                }
                for r in results.iter().filter(|r| r.value.is_some()) {
                    // A comparison group's figure stands beside prolotherapy's from the same
                    // study (same unit, time and denominator), in one paragraph with whether
                    // the gap was clear and every caveat of the study, once.
                    let figure = t.finding_arm(r.finding.unit, r.group, r.value.unwrap());
                    let p = paragraphs
                        .iter()
                        .find(|p| p.contains(&figure))
                        .unwrap_or_else(|| panic!("{condition:?} {c:?}: {figure}"));
                    let treated: Vec<_> =
                        r.finding.arms.iter().filter(|(g, _)| g.treated()).collect();
                    assert!(
                        !treated.is_empty(),
                        "{condition:?} {c:?}: a figure to compare with"
                    );
                    for (g, v) in treated {
                        let theirs = t.finding_arm(r.finding.unit, *g, *v);
                        let (at, mine) = (p.find(&theirs), p.find(&figure));
                        assert!(
                            at.is_some() && at < mine,
                            "{lang:?} {condition:?} {c:?}: {theirs}, then {figure}: {p}"
                        );
                    }
                    assert!(p.contains(t.verdict(r.finding.verdict)));
                    assert!(
                        p.contains(&strength(r.finding, r.group)),
                        "{lang:?} {condition:?} {c:?}"
                    );
                    for k in r.finding.caveats {
                        assert_eq!(
                            p.matches(caveat_in_row(t, *k, r.group)).count(),
                            1,
                            "{lang:?} {condition:?} {c:?} {:?}: {k:?}",
                            r.group
                        );
                        checked += 1;
                    }
                    if r.finding.verdict == Verdict::Mixed {
                        let verdict = p.find(t.verdict(Verdict::Mixed)).unwrap();
                        assert!(p[verdict..].contains(caveat_in_row(
                            t,
                            r.finding.caveats[0],
                            r.group
                        )));
                    }
                    if condition == Condition::KneeOsteoarthritis
                        && r.finding.caveats.contains(&Caveat::Adjusted)
                    {
                        knee_adjusted += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 10, "{checked} caveats checked");
    // The knee review's rows (control shots, exercise, steroid), each without the other two's
    // parts, in both languages.
    assert_eq!(parts, 12, "{parts} parts checked");
    assert_eq!(
        knee_adjusted, 4,
        "the knee's salt-water and exercise figures, beside prolotherapy's, in both languages"
    );
}

#[tokio::test]
async fn each_result_stands_beside_its_comparison_or_says_there_is_none() {
    use prolopath::model::conditions::Verdict;
    let today = Date::from_ymd(2026, 11, 24).unwrap();
    for lang in [Lang::En, Lang::Es] {
        let t = texts(lang);
        for condition in Condition::ALL {
            let html = render_answers(lang, Inputs::new(today).with_condition(condition)).await;
            let words = common::words(&html.replace("&quot;", "\"").replace("&#39;", "'"));
            let results: Vec<&str> = words.split(t.ui(Ui::ImprovementHeading)).collect();
            let data = condition.data();
            if condition == Condition::Other {
                assert!(
                    html.contains(t.fixed(Fixed::NoTrialFinding)),
                    "{lang:?}: other says no trial"
                );
                assert_eq!(
                    count(&html, "class=\"pp-finding\""),
                    0,
                    "{lang:?}: other has no result"
                );
                assert_eq!(
                    count(&html, "pp-icons"),
                    0,
                    "{lang:?}: other has no icon array"
                );
                continue;
            }
            assert_eq!(
                count(&html, "class=\"pp-finding\""),
                data.findings.len(),
                "{lang:?} {condition:?}: every result"
            );
            let blocks: Vec<&str> = html.split("class=\"pp-finding\"").skip(1).collect();
            for (f, raw) in data.findings.iter().zip(&blocks) {
                let block = common::words(&raw.replace("&quot;", "\"").replace("&#39;", "'"));
                let compared: Vec<_> = f.comparisons().collect();
                if compared.is_empty() {
                    assert_eq!(f.verdict, Verdict::NoComparison);
                    assert!(
                        block.contains(t.verdict(Verdict::NoComparison)),
                        "{lang:?} {condition:?}: no comparison, and it says so"
                    );
                } else {
                    for g in compared {
                        assert!(
                            block.contains(t.group(g)),
                            "{lang:?} {condition:?}: {g:?} beside the result"
                        );
                    }
                }
                // Design, size and strength beside every result.
                assert!(
                    block.contains(t.design(f.design)),
                    "{lang:?} {condition:?}: design"
                );
                assert!(
                    block.contains(t.strength(f.strength())),
                    "{lang:?} {condition:?}: strength"
                );
                // Where it counts people, every group is drawn out of 100, side by side.
                if f.unit.counts() {
                    let arms = raw.split("</ul>").next().unwrap();
                    assert_eq!(
                        count(arms, "pp-icons"),
                        f.arms.len(),
                        "{lang:?} {condition:?}"
                    );
                }
            }
            assert!(results.len() > 1, "{lang:?}: the results heading");
        }
    }
}

#[tokio::test]
async fn no_curve_promises_a_share_of_the_benefit() {
    // The old chart plotted "share of the full benefit", reaching 100% by construction.
    let html = render(Date::from_ymd(2026, 11, 24).unwrap()).await;
    assert!(!html.contains("full benefit"));
    assert!(!html.contains("For you, that is about"));
    assert!(html.contains("In this example plan, those weeks would be around"));
    // The knee trial's time course: both arms, in points, with its table.
    let t = texts(Lang::En);
    assert!(html.contains(t.fixed(Fixed::CurveTableCaption)));
    for v in ["8.2", "14.0", "15.5", "3.3", "7.4"] {
        assert!(html.contains(&format!("<td>{v}</td>")), "{v}");
    }
}

/// "Not having prolotherapy" says what the comparison groups had: other shots, or, where one
/// waited to see (tennis elbow), no treatment. A group that had none is never said to have had
/// other shots.
#[tokio::test]
async fn the_comparison_groups_are_said_as_they_were() {
    let today = Date::from_ymd(2026, 11, 24).unwrap();
    let t = texts(Lang::En);
    for (condition, waited) in [
        (Condition::TennisElbow, true),
        (Condition::KneeOsteoarthritis, false),
    ] {
        let mut inputs = Inputs::new(today);
        inputs.condition = condition;
        let mut props = AppProps::new(today);
        props.initial = Some(inputs);
        let html = render_props(props).await;
        let says = |f: Fixed| html.contains(&yew_escape(t.fixed(f)));
        assert_eq!(says(Fixed::ComparisonGroupWaited), waited, "{condition:?}");
        assert_eq!(says(Fixed::ComparisonGroupsHad), !waited, "{condition:?}");
    }
}

/// The plan's sentence counts what the table shows: the sessions without "If needed", the ones
/// with it, and the top-up. It said "4 sessions" over a table whose fourth was "If needed". The
/// top-up's tag was "If needed" too, where the note, summary and calendar say "only if advised".
#[tokio::test]
async fn the_plan_sentence_counts_the_rows_of_the_table() {
    let today = Date::from_ymd(2026, 11, 24).unwrap();
    let t = texts(Lang::En);
    for c in Condition::ALL {
        for severity in Severity::ALL {
            let inputs = Inputs {
                severity,
                ..Inputs::new(today).with_condition(c)
            };
            let html = render_answers(Lang::En, inputs).await;
            let body = html.split("<tbody>").nth(1).unwrap();
            let body = body.split("</tbody>").next().unwrap();
            let rows = count(body, "<tr ");
            let if_needed = count(body, t.ui(Ui::IfNeeded));
            let top_up = count(body, "data-phase=\"maintenance\"");
            assert_eq!(top_up, 1, "{c:?} {severity:?}");
            // The top-up row carries its own tag, in the words of the plan's note and the summary.
            let last = body.rsplit("<tr ").next().unwrap();
            assert!(last.starts_with("data-phase=\"maintenance\""), "{last}");
            assert!(last.contains(t.ui(Ui::OnlyIfAdvised)), "{last}");
            assert_eq!(
                count(body, t.ui(Ui::OnlyIfAdvised)),
                1,
                "{c:?} {severity:?}"
            );
            let sure = rows - if_needed - top_up;
            let said = html.split("class=\"pp-summary\"").nth(1).unwrap();
            let said = &said[said.find('>').unwrap() + 1..said.find("</p>").unwrap()];
            assert_eq!(
                said,
                t.plan_summary(sure as u16, if_needed as u16),
                "{c:?} {severity:?}"
            );
            assert!(
                said.starts_with(&format!("This example has {sure} sessions")),
                "{said}"
            );
        }
    }
}

/// The plan's sources line says which source backs which part: the sessions' sources, then the
/// top-up's under its name ("Top-up session: Reeves 2003 ..."), each part's once. It was one run
/// of marks, each source once, so a reader could not tell what backed the top-up.
#[tokio::test]
async fn the_plan_says_which_sources_back_the_sessions_and_which_the_top_up() {
    let today = Date::from_ymd(2026, 11, 24).unwrap();
    let mut two_parts = 0;
    for lang in Lang::ALL {
        let t = texts(lang);
        for c in Condition::ALL {
            for severity in Severity::ALL {
                let inputs = Inputs {
                    severity,
                    ..Inputs::new(today).with_condition(c)
                };
                let html = render_answers(lang, inputs).await;
                let plan = html.split("class=\"pp-card pp-plan\"").nth(1).unwrap();
                let plan = plan.split("</section>").next().unwrap();
                let note = plan.rsplit("class=\"pp-note\"").next().unwrap();
                let note = &note[..note.find("</p>").unwrap()];
                let est = estimate(&inputs);
                let parts: Vec<&str> = note.split("<br>").collect();
                // Every session's basis, each once in the plan's order: the first unlabelled (the
                // sessions), each other under the stage of its first session. A plan whose later
                // sessions had sources of their own would need a part more, and fail here.
                let mut expected: Vec<(Basis, Option<&str>)> = Vec::new();
                for s in &est.sessions {
                    if !expected.iter().any(|(b, _)| *b == s.basis) {
                        let label = (!expected.is_empty()).then(|| t.phase(s.phase));
                        expected.push((s.basis, label));
                    }
                }
                if est.sessions.iter().any(|s| s.phase == Phase::Maintenance) {
                    assert_eq!(expected.len(), 2, "the top-up has its own part");
                    two_parts += 1;
                }
                let case = format!("{lang:?} {c:?} {severity:?}");
                assert_eq!(parts.len(), expected.len(), "{case}: {note}");
                for (part, (basis, label)) in parts.iter().zip(expected) {
                    match label {
                        Some(label) => {
                            assert!(part.starts_with(&format!("{label}: ")), "{case}: {part}")
                        }
                        None => assert!(
                            part.starts_with(&format!(">{}: ", t.ui(Ui::SourceMark))),
                            "{case}: {part}"
                        ),
                    }
                    for s in basis.sources {
                        let href = format!("href=\"#src-{}\"", s.slug());
                        assert_eq!(count(part, &href), 1, "{case} {s:?}");
                    }
                    assert_eq!(
                        count(part, "class=\"pp-cite\""),
                        basis.sources.len(),
                        "{case}"
                    );
                    assert_eq!(
                        count(part, "class=\"pp-assumed\""),
                        usize::from(basis.assumption.is_some()),
                        "{case}: a best-guess mark ({}) where the part leans on one",
                        t.ui(Ui::AssumptionMark)
                    );
                }
            }
        }
    }
    assert!(
        two_parts > 0,
        "some plan has a top-up (else this test shows little)"
    );
}

/// Every source in the list is marked beside something it backs: a reader can go from each
/// entry to what it is for ("Review 2023" was listed with nothing pointing to it).
#[tokio::test]
async fn every_listed_source_is_marked_where_it_is_used() {
    let today = Date::from_ymd(2026, 11, 24).unwrap();
    for lang in Lang::ALL {
        for c in Condition::ALL {
            let html = render_answers(lang, Inputs::new(today).with_condition(c)).await;
            let listed: Vec<&str> = html
                .split("<li id=\"src-")
                .skip(1)
                .map(|s| &s[..s.find('"').unwrap()])
                .collect();
            assert!(listed.len() >= 3, "{lang:?} {c:?}: {listed:?}");
            for slug in listed {
                assert!(
                    html.contains(&format!("href=\"#src-{slug}\"")),
                    "{lang:?} {c:?}: {slug} is listed but nothing on the page points to it"
                );
            }
        }
    }
}

/// The rating a row of "Your choices" gives a group (low at most against one with no shot,
/// `Finding::strength_against`) is said in the studies section too: a clinician reading both
/// sees one rating for one comparison (the knee trial read "Moderate" there, "Low" against
/// exercise in the choices).
#[tokio::test]
async fn the_studies_section_rates_each_comparison_as_the_choices_do() {
    let today = Date::from_ymd(2026, 11, 24).unwrap();
    let mut checked = 0;
    for lang in [Lang::En, Lang::Es] {
        let t = texts(lang);
        for condition in Condition::ALL {
            let html = render_answers(lang, Inputs::new(today).with_condition(condition)).await;
            let studies = html.split("pp-findings").nth(1).unwrap();
            let studies = common::words(studies.split("</section>").next().unwrap());
            for f in condition.data().findings {
                let lower: Vec<_> = f
                    .comparisons()
                    .filter(|g| f.strength_against(*g) != f.strength())
                    .collect();
                let Some(first) = lower.first() else {
                    continue;
                };
                let names: Vec<&str> = lower.iter().map(|g| t.group(*g)).collect();
                let said = format!(
                    "{} ({}): {}.",
                    t.fixed(Fixed::AgainstNoShot),
                    names.join("; "),
                    t.strength(f.strength_against(*first))
                );
                assert!(studies.contains(&said), "{lang:?} {condition:?}: {said}");
                checked += 1;
            }
        }
    }
    assert!(
        checked >= 2,
        "the knee trial in both languages at least: {checked}"
    );
}
