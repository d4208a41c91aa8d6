//! A box that scrolls sideways: a table or drawing wider than its card on a narrow screen.

use yew::prelude::*;

/// What names a scroll region for a screen reader.
pub enum Named {
    /// Its own words (`aria-label`).
    Label(&'static str),
    /// The id of the heading or caption that names it (`aria-labelledby`).
    By(&'static str),
}

/// `content` in a box that scrolls sideways when it is wider than its card: without the box a wide
/// table made the whole page scroll sideways, or lost its last column while cards painted only
/// inside themselves (`content-visibility`, until 2026-12-03) (WCAG 1.4.10). A named region and a tab stop, so a keyboard can scroll it.
/// The built sections' regions; the plan's timeline and table (the wasm's) are written in
/// `session_plan`, where this function cost more bytes than the element it writes.
pub fn scroll_region(name: Named, content: Html) -> Html {
    let (label, by) = match name {
        Named::Label(words) => (Some(words), None),
        Named::By(id) => (None, Some(id)),
    };
    html! {
        <div class="pp-scroll" tabindex="0" role="region" aria-label={label} aria-labelledby={by}>
            { content }
        </div>
    }
}
