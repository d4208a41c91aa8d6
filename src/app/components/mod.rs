//! Components: the parts with state or effects of their own, each with its `XxxProps` and
//! callbacks up (`Callback<T>`); they render with the views of `super::views`.

mod fixed_part;
mod plan_form;
mod take_along;
mod update_banner;
pub use fixed_part::{FixedPart, Part};
pub use plan_form::PlanForm;
pub use take_along::TakeAlong;
pub use update_banner::UpdateBanner;
