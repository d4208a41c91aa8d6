//! Links that reopen the same view, and query strings that never break the app.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;

use prolopath::model::query::{has_inputs, parse, to_query, Problem};
use prolopath::model::*;

fn defaults() -> Inputs {
    Inputs::new(Date::from_ymd(2026, 11, 24).unwrap())
}

#[test]
fn a_link_reopens_the_same_inputs() {
    let i = Inputs {
        condition: Condition::RotatorCuff,
        severity: Severity::Severe,
        adherence: Adherence::High,
        start: Date::from_ymd(2027, 2, 1).unwrap(),
        cautions: Cautions::default()
            .toggled(Caution::Diabetes)
            .toggled(Caution::Pregnancy),
        values: Values::default()
            .toggled(Value::Cost)
            .toggled(Value::AvoidNeedles),
    };
    let q = to_query(&i);
    assert_eq!(
        q,
        "condition=rotator-cuff&severity=severe&adherence=high&start=2027-02-01&cautions=pregnancy,diabetes&values=needles,cost"
    );
    assert_eq!(parse(&q, defaults()), (i, vec![]));
    assert_eq!(parse(&format!("?{q}"), defaults()).0, i);
}

/// Every caution and every value goes through a link and back, alone and all together, and no
/// two share a code (a link names them by code; `immune` was added on 2026-12-03).
#[test]
fn every_caution_and_value_survives_a_link() {
    let mut all = defaults();
    for c in Caution::ALL {
        let alone = Inputs {
            cautions: Cautions::default().toggled(c),
            ..defaults()
        };
        assert_eq!(
            parse(&to_query(&alone), defaults()),
            (alone, vec![]),
            "{c:?}"
        );
        all.cautions = all.cautions.toggled(c);
    }
    for v in Value::ALL {
        all.values = all.values.toggled(v);
    }
    assert_eq!(parse(&to_query(&all), defaults()), (all, vec![]));
    let mut codes: Vec<_> = Caution::ALL.iter().map(|c| c.code()).collect();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), Caution::ALL.len(), "a code used twice");
}

#[test]
fn bad_values_fall_back_and_are_named() {
    let (i, problems) = parse(
        "condition=elbow&severity=extreme&start=2026-02-30&cautions=diabetes,flu&adherence=high&utm_source=x",
        defaults(),
    );
    assert_eq!(i.condition, Condition::KneeOsteoarthritis);
    assert_eq!(i.severity, Severity::Moderate);
    assert_eq!(i.start, defaults().start);
    assert_eq!(
        i.cautions.iter().collect::<Vec<_>>(),
        [Caution::Diabetes],
        "a list keeps its known codes"
    );
    assert_eq!(i.adherence, Adherence::High, "the good value is still used");
    let keys: Vec<_> = problems.iter().map(|p| p.key).collect();
    assert_eq!(
        keys,
        ["condition", "severity", "start", "cautions"],
        "unknown keys are not reported"
    );
    assert_eq!(
        problems[0],
        Problem {
            key: "condition",
            value: "elbow".into()
        }
    );
    assert_eq!(
        problems[3],
        Problem {
            key: "cautions",
            value: "flu".into()
        },
        "the notice names only the code it could not use"
    );
}

/// A caution the link carries is never dropped for another code it cannot read (a link from
/// another version, a typo): one unknown code used to untick them all, pregnancy too.
#[test]
fn a_list_with_an_unknown_code_keeps_the_known_ones() {
    let (i, problems) = parse(
        "cautions=pregnancy,bogus,blood-thinners,Pregnancy&values=cost,bogus",
        defaults(),
    );
    let codes = |q: &str| {
        let (i, _) = parse(q, defaults());
        (i.cautions.codes(), i.values.codes())
    };
    assert_eq!(
        (i.cautions.codes(), i.values.codes()),
        codes("cautions=pregnancy,blood-thinners&values=cost")
    );
    assert!(i.cautions.iter().any(|c| c == Caution::Pregnancy));
    assert_eq!(
        problems,
        [
            Problem {
                key: "cautions",
                value: "bogus,Pregnancy".into()
            },
            Problem {
                key: "values",
                value: "bogus".into()
            }
        ]
    );
    // Known codes only: nothing to name.
    assert!(parse("cautions=pregnancy,,diabetes", defaults())
        .1
        .is_empty());
}

#[test]
fn escapes_are_decoded_and_long_values_cut() {
    let (i, p) = parse("condition=tennis%2Delbow&severity=%3Cscript%3E", defaults());
    assert_eq!(i.condition, Condition::TennisElbow);
    assert_eq!(p[0].value, "<script>");
    let long = "x".repeat(500);
    let (_, p) = parse(&format!("severity={long}"), defaults());
    assert_eq!(p[0].value.len(), 40);
    assert!(has_inputs("a=1&start=2026-01-01"));
    assert!(!has_inputs("utm_source=clinic"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn any_query_gives_valid_inputs_and_never_panics(q in ".{0,200}") {
        let (i, problems) = parse(&q, defaults());
        let e = estimate(&i);
        prop_assert!(!e.sessions.is_empty());
        for p in problems {
            prop_assert!(p.value.chars().count() <= 40);
        }
    }

    #[test]
    fn query_like_strings_never_panic(
        pairs in prop::collection::vec(("(condition|severity|adherence|start|cautions|x)", "[%a-z0-9,+\\-]{0,12}"), 0..8)
    ) {
        let q: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let _ = parse(&q.join("&"), defaults());
    }
}
