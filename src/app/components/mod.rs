//! One component per file; small props, callbacks up, data down.

mod basis_marks;
mod care_levels;
mod caution_list;
mod choice_group;
mod choices;
mod day_strip;
mod findings;
mod header;
mod icon_array;
mod improvement;
mod improvement_chart;
mod plan_form;
mod print_summary;
mod questions;
mod session_plan;
mod session_timeline;
mod side_effects;
mod source_list;

pub use basis_marks::BasisMarks;
pub use care_levels::CareLevels;
pub use caution_list::CautionList;
pub use choice_group::{Choice, ChoiceGroup};
pub use choices::Choices;
pub use day_strip::DayStrip;
pub use findings::Findings;
pub use header::Header;
pub use icon_array::IconArray;
pub use improvement::Improvement;
pub use improvement_chart::ImprovementChart;
pub use plan_form::PlanForm;
pub use print_summary::PrintSummary;
pub use questions::Questions;
pub use session_plan::SessionPlan;
pub use session_timeline::SessionTimeline;
pub use side_effects::SideEffects;
pub use source_list::SourceList;
