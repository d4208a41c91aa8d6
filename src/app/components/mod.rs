//! One component per file; small props, callbacks up, data down.

mod basis_marks;
mod care_levels;
mod caution_list;
mod choice_group;
mod findings;
mod header;
mod improvement;
mod improvement_chart;
mod plan_form;
mod session_plan;
mod side_effects;
mod source_list;

pub use basis_marks::BasisMarks;
pub use care_levels::CareLevels;
pub use caution_list::CautionList;
pub use choice_group::{Choice, ChoiceGroup};
pub use findings::Findings;
pub use header::Header;
pub use improvement::Improvement;
pub use improvement_chart::ImprovementChart;
pub use plan_form::PlanForm;
pub use session_plan::SessionPlan;
pub use side_effects::SideEffects;
pub use source_list::SourceList;
