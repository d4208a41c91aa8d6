//! An icon array: "X out of 100" drawn as dots, with the same words for screen readers.

use std::fmt::Write;
use std::ops::Range;

use yew::prelude::*;

/// 100 small people in a 10 x 10 grid, `filled` of them coloured; `label` says it in words
/// ("59 out of 100 people"). Two paths, not 100 elements: one for each colour.
pub fn icon_array(filled: u16, label: String) -> Html {
    let filled = filled.min(100);
    html! {
        <svg class="pp-icons" viewBox="0 0 200 200" role="img" aria-label={label}>
            <path class="pp-person" d={people(filled..100)} />
            <path class="pp-person pp-person-on" d={people(0..filled)} />
        </svg>
    }
}

/// The outline of people number `range` (row by row): a head and a body each. A 200-unit
/// grid keeps every coordinate whole (no float printing).
fn people(range: Range<u16>) -> String {
    let mut d = String::new();
    for i in range {
        let (cx, cy) = ((i % 10) * 20 + 10, (i / 10) * 20);
        let _ = write!(
            d,
            "M{cx} {}a4 4 0 1 0 .1 0zM{} {}h10v7h-10z",
            cy + 2,
            cx - 5,
            cy + 11
        );
    }
    d
}
