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
            <path class="pp-person" d={people_path(filled..100)} />
            <path class="pp-person pp-person-on" d={people_path(0..filled)} />
        </svg>
    }
}

/// The outline of people number `range` (row by row): a head and a body each. A 200-unit
/// grid keeps every coordinate whole; each figure after the first moves relative to the one
/// before, so the path repeats the same few characters (it compresses to almost nothing).
fn people_path(range: Range<u16>) -> String {
    let mut d = String::new();
    // Where the pen is after the previous figure (its body's corner).
    let mut pen: Option<(i32, i32)> = None;
    for i in range {
        let (cx, cy) = (i32::from(i % 10) * 20 + 10, i32::from(i / 10) * 20);
        let (x, y) = (cx, cy + 2);
        let _ = match pen {
            None => write!(d, "M{x} {y}"),
            Some((px, py)) => write!(d, "m{} {}", x - px, y - py),
        };
        d.push_str("a4 4 0 1 0 .1 0zm-5 9h10v7h-10z");
        pen = Some((cx - 5, cy + 11));
    }
    d
}
