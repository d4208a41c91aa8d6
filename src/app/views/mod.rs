//! Plain view functions: the language (`lang`, as components get it) and their data in, markup out. No state
//! of their own (smaller in the wasm, and nothing to mount). Those only the native build has
//! (`cfg(not(target_arch = "wasm32"))`) render the sections built into the page's HTML.

#[cfg(not(target_arch = "wasm32"))]
mod about;
mod basis_marks;
mod care_levels;
mod caution_list;
mod choice_group;
#[cfg(not(target_arch = "wasm32"))]
mod choices;
#[cfg(not(target_arch = "wasm32"))]
mod day_strip;
#[cfg(not(target_arch = "wasm32"))]
mod decision;
#[cfg(not(target_arch = "wasm32"))]
mod findings;
mod header;
#[cfg(not(target_arch = "wasm32"))]
mod icon_array;
mod improvement;
mod island;
mod lang_notice;
mod lang_switch;
mod link_notice;
mod print_summary;
#[cfg(not(target_arch = "wasm32"))]
mod questions;
mod remember;
#[cfg(not(target_arch = "wasm32"))]
mod results;
#[cfg(not(target_arch = "wasm32"))]
mod session_info;
mod session_plan;
mod session_timeline;
#[cfg(not(target_arch = "wasm32"))]
mod side_effects;
#[cfg(not(target_arch = "wasm32"))]
mod source_list;
#[cfg(not(target_arch = "wasm32"))]
mod time_course_chart;
mod values;
#[cfg(not(target_arch = "wasm32"))]
pub use about::about;
pub use basis_marks::basis_marks;
pub use care_levels::care_levels;
pub use caution_list::caution_list;
pub use choice_group::{choice_group, Choice};
#[cfg(not(target_arch = "wasm32"))]
pub use choices::choices;
#[cfg(not(target_arch = "wasm32"))]
pub use day_strip::day_strip;
#[cfg(not(target_arch = "wasm32"))]
pub use decision::decision;
#[cfg(not(target_arch = "wasm32"))]
pub use findings::findings;
pub use header::header;
#[cfg(not(target_arch = "wasm32"))]
pub use icon_array::icon_array;
pub use improvement::improvement;
#[cfg(not(target_arch = "wasm32"))]
pub use island::{condition_content as condition_island_content, content as island_content};
pub use island::{condition_island, island, Shown};
pub use lang_notice::lang_notice;
pub use lang_switch::lang_switch;
pub use link_notice::link_notice;
pub use print_summary::print_summary;
#[cfg(not(target_arch = "wasm32"))]
pub use questions::questions;
pub use remember::remember;
#[cfg(not(target_arch = "wasm32"))]
pub use results::results;
#[cfg(not(target_arch = "wasm32"))]
pub use session_info::session_info;
pub use session_plan::session_plan;
pub use session_timeline::session_timeline;
#[cfg(not(target_arch = "wasm32"))]
pub use side_effects::side_effects;
#[cfg(not(target_arch = "wasm32"))]
pub use source_list::source_list;
#[cfg(not(target_arch = "wasm32"))]
pub use time_course_chart::time_course_chart;
pub use values::values;
