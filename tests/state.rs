//! The reducer: one action, one predictable change.
#![cfg(not(target_arch = "wasm32"))]

use prolopath::app::state::{Action, State};
use prolopath::model::*;

#[test]
fn a_bad_date_keeps_the_last_good_one_and_says_so() {
    let today = Date::from_ymd(2026, 11, 24).unwrap();
    let s = State::new(today);
    let bad = s.apply(Action::SetStart("2026-02-31".into()));
    assert_eq!(bad.inputs.start, today);
    assert!(bad.start_invalid);
    let empty = bad.apply(Action::SetStart(String::new()));
    assert!(empty.start_invalid);
    let good = empty.apply(Action::SetStart("2027-01-04".into()));
    assert_eq!(good.inputs.start, Date::from_ymd(2027, 1, 4).unwrap());
    assert!(!good.start_invalid);
}

#[test]
fn actions_change_only_their_input() {
    let s = State::new(Date::from_ymd(2026, 11, 24).unwrap());
    let s2 = s
        .apply(Action::SetCondition(Condition::Achilles))
        .apply(Action::SetSeverity(Severity::Severe))
        .apply(Action::SetAdherence(Adherence::High))
        .apply(Action::ToggleCaution(Caution::Diabetes));
    assert_eq!(s2.inputs.condition, Condition::Achilles);
    assert_eq!(s2.inputs.severity, Severity::Severe);
    assert_eq!(s2.inputs.adherence, Adherence::High);
    assert!(s2.inputs.cautions.contains(Caution::Diabetes));
    assert_eq!(s2.inputs.start, s.inputs.start);
    let s3 = s2.apply(Action::ToggleCaution(Caution::Diabetes));
    assert!(s3.inputs.cautions.is_empty());
}
