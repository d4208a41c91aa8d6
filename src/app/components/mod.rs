//! One component (or view function) per file; small props, callbacks up, data down.

mod basis_marks;
mod care_levels;
mod caution_list;
mod choice_group;
mod choices;
mod day_strip;
mod findings;
mod fixed_part;
mod header;
mod icon_array;
mod improvement;
mod improvement_chart;
mod lang_notice;
mod lang_switch;
mod link_notice;
mod plan_form;
mod print_summary;
mod questions;
mod remember;
mod session_plan;
mod session_timeline;
mod side_effects;
mod source_list;
mod take_along;
mod update_banner;

// Parts with state or effects of their own are components; the rest are plain view
// functions of the texts and their data (smaller in the wasm, and nothing to mount).
pub use basis_marks::basis_marks;
pub use care_levels::care_levels;
pub use caution_list::caution_list;
pub use choice_group::{choice_group, Choice};
pub use choices::choices;
pub use day_strip::day_strip;
pub use findings::findings;
pub use fixed_part::{FixedPart, Part};
pub use header::header;
pub use icon_array::icon_array;
pub use improvement::improvement;
pub use improvement_chart::improvement_chart;
pub use lang_notice::lang_notice;
pub use lang_switch::lang_switch;
pub use link_notice::link_notice;
pub use plan_form::PlanForm;
pub use print_summary::print_summary;
pub use questions::questions;
pub use remember::remember;
pub use session_plan::session_plan;
pub use session_timeline::session_timeline;
pub use side_effects::side_effects;
pub use source_list::source_list;
pub use take_along::TakeAlong;
pub use update_banner::UpdateBanner;
