//! A box that scrolls sideways: a table or drawing wider than its card on a narrow screen.

use yew::prelude::*;

/// What names a scroll region for a screen reader.
pub enum Named {
    /// Its own words (`aria-label`).
    Label(&'static str),
    /// The id of the caption that names it (`aria-labelledby`).
    By(&'static str),
    /// The id of the heading of the section it is the table of: a group, not a region, since a
    /// region of the section's name beside the section's own is two landmarks of one name (axe
    /// `landmark-unique`: "Your choices" and "After each session" were each listed twice).
    InSection(&'static str),
}

/// `content` in a box that scrolls sideways when it is wider than its card: without the box a wide
/// table made the whole page scroll sideways, or lost its last column while cards painted only
/// inside themselves (`content-visibility`, until 2026-12-03) (WCAG 1.4.10). A named region (or
/// group) and a tab stop, so a keyboard can scroll it.
/// The built sections' regions; the plan's timeline and table (the wasm's) are written in
/// `session_plan`, where this function cost more bytes than the element it writes.
pub fn scroll_region(name: Named, content: Html) -> Html {
    let (label, by, role) = match name {
        Named::Label(words) => (Some(words), None, "region"),
        Named::By(id) => (None, Some(id), "region"),
        Named::InSection(id) => (None, Some(id), "group"),
    };
    html! {
        <div class="pp-scroll" tabindex="0" {role} aria-label={label} aria-labelledby={by}>
            { content }
        </div>
    }
}
