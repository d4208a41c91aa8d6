//! docs/ipdas.md is true: each criterion's text keys appear in the component it names,
//! rendered with Yew's server renderer.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use prolopath::app::views as c;
use prolopath::model::conditions::{Caveat, Design, Group, Strength, Verdict};
use prolopath::model::options::Choice;
use prolopath::model::side_effects::{SideEffect, Window};
use prolopath::model::*;
use prolopath::text::{texts, Fixed, Lang, Texts, Ui};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct OneProps {
    component: String,
    condition: Condition,
}

/// One component (or view function) by the name docs/ipdas.md uses, for one condition.
#[function_component(One)]
fn one(p: &OneProps) -> Html {
    let lang = Lang::En;
    let inputs = Inputs::new(Date::from_ymd(2026, 11, 24).unwrap()).with_condition(p.condition);
    let est = estimate(&inputs);
    match p.component.as_str() {
        "decision" => c::decision(lang, p.condition, est.course_basis),
        "choices" => c::choices(lang, &est),
        "improvement" => c::improvement(lang, &est, &Default::default()),
        "results" => c::results(lang, &est),
        "findings" => c::findings(lang, est.findings),
        "time_course_chart" => est
            .time_course
            .map(|course| c::time_course_chart(lang, course))
            .unwrap_or_default(),
        "side_effects" => c::side_effects(lang),
        "session_info" => c::session_info(lang),
        "source_list" => c::source_list(lang, &est.citations, &est.assumptions),
        "about" => c::about(lang),
        "values" => c::values(lang, Values::default(), &Callback::noop()),
        "questions" => c::questions(lang),
        other => panic!("docs/ipdas.md names a component this test does not know: {other}"),
    }
}

async fn render(component: &str, condition: Condition) -> String {
    let html = yew::LocalServerRenderer::<One>::with_props(OneProps {
        component: component.to_owned(),
        condition,
    })
    .hydratable(false)
    .render()
    .await;
    common::words(&html)
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The English texts a key names: one, or every variant for `Kind::*`.
fn texts_of(key: &str) -> Vec<&'static str> {
    let t: &dyn Texts = texts(Lang::En);
    let (kind, variant) = key
        .split_once("::")
        .unwrap_or_else(|| panic!("{key}: not Kind::Variant"));
    macro_rules! pick {
        ($all:expr, $f:expr) => {{
            let all: Vec<_> = $all.into_iter().collect();
            let chosen: Vec<_> = all
                .into_iter()
                .filter(|v| variant == "*" || format!("{v:?}") == variant)
                .map($f)
                .collect();
            assert!(!chosen.is_empty(), "{key}: no such text");
            chosen
        }};
    }
    match kind {
        "Ui" => pick!(Ui::ALL, |k| t.ui(k)),
        "Fixed" => pick!(Fixed::ALL, |k| t.fixed(k)),
        "ConditionWhat" => pick!(Condition::ALL, |c| t.condition_what(c)),
        "ConditionCourse" => pick!(Condition::ALL, |c| t.condition_course(c)),
        "Choice" => pick!(Choice::ALL, |c| t.choice(c)),
        "ChoiceInvolves" => pick!(Choice::ALL, |c| t.choice_involves(c)),
        "ChoiceDownsides" => pick!(Choice::ALL, |c| t.choice_downsides(c)),
        "SideEffect" => pick!(SideEffect::ALL, |e| t.side_effect(e)),
        "Window" => pick!(Window::ALL, |w| t.window(w)),
        "Verdict" => pick!(Verdict::ALL, |v| t.verdict(v)),
        "Strength" => pick!(Strength::ALL, |s| t.strength(s)),
        "Design" => pick!(Design::ALL, |d| t.design(d)),
        "Caveat" => pick!(Caveat::ALL, |c| t.caveat(c)),
        "Group" => pick!(Group::ALL, |g| t.group(g)),
        "Value" => pick!(Value::ALL, |v| t.value(v)),
        "Assumption" => pick!(Assumption::ALL, |a| t.assumption(a)),
        other => panic!("{key}: this test does not know the kind {other}"),
    }
}

/// A `Kind::*` over every variant is met when each text shows for some condition; a single
/// key, when it shows for at least one.
#[tokio::test]
async fn every_criterion_met_shows_its_texts_in_its_component() {
    let doc =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/ipdas.md")).unwrap();
    let rows = common::table_rows(&doc, "| Id |");
    let mut checked = 0;
    for row in rows.iter().skip(1) {
        let [id, _criterion, met, component, keys] = row[..] else {
            panic!("docs/ipdas.md: a row needs 5 cells: {row:?}");
        };
        if component.is_empty() {
            assert!(
                met != "Yes" || keys.contains("tests/"),
                "{id}: met, but no component shows it and no test checks it"
            );
            continue;
        }
        let mut pages = Vec::new();
        for condition in Condition::ALL {
            pages.push(render(component, condition).await);
        }
        for key in keys.split(',').map(str::trim) {
            for text in texts_of(key) {
                assert!(
                    pages.iter().any(|p| p.contains(text)),
                    "{id}: {key} ({text:?}) is not in {component}'s output"
                );
                checked += 1;
            }
        }
    }
    assert!(
        checked > 100,
        "only {checked} texts checked: is the table there?"
    );
}
