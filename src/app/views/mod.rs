//! Plain view functions: the language (`lang`, as components get it) and their data in, markup out. No state
//! of their own (smaller in the wasm, and nothing to mount). Those only the native build has
//! (`native!`) render the sections built into the page's HTML.

mod basis_marks;
mod care_levels;
mod caution_list;
mod choice_group;
mod header;
mod improvement;
mod island;
mod lang_notice;
mod lang_switch;
mod link_notice;
mod print_summary;
mod remember;
mod session_plan;
mod session_timeline;
mod values;

pub use basis_marks::basis_marks;
pub use care_levels::care_levels;
pub use caution_list::caution_list;
pub use choice_group::{choice_group, Choice};
pub use header::header;
pub use improvement::improvement;
pub use island::{condition_island, island, sections_missing, Shown};
pub use lang_notice::lang_notice;
pub use lang_switch::lang_switch;
pub use link_notice::link_notice;
pub use print_summary::print_summary;
pub use remember::remember;
pub use session_plan::session_plan;
pub use session_timeline::session_timeline;
pub use values::values;

/// `text` with the characters HTML gives meaning to written as entities, for the parts written
/// as one string rather than an element tree (the plan's table and timeline, the printed
/// choices): parts without events, where a string is far less wasm than the tree's code. Only
/// our own words, numbers and dates go in, never a setting; quotes too, so a word is safe
/// inside an attribute as well.
pub(crate) fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

// The views of the sections built into the page's HTML: native only.
native! {
    mod about;
    mod choices;
    mod day_strip;
    mod decision;
    mod findings;
    mod icon_array;
    mod questions;
    mod results;
    mod scroll_region;
    mod session_info;
    mod side_effects;
    mod source_list;
    mod time_course_chart;
    mod usual_course;

    pub use about::about;
    pub use choices::choices;
    pub use day_strip::day_strip;
    pub use decision::decision;
    pub use findings::findings;
    pub use icon_array::icon_array;
    pub use island::content as island_content;
    pub use questions::questions;
    pub use results::results;
    pub use scroll_region::{scroll_region, Named};
    pub use session_info::session_info;
    pub use side_effects::side_effects;
    pub use source_list::source_list;
    pub use time_course_chart::time_course_chart;
    pub use usual_course::usual_course;
}
