//! Components: the parts with state or effects of their own, each with its `XxxProps` and
//! callbacks up (`Callback<T>`); they render with the views of `super::views`. `CareLevels` has
//! no state: it is a component so that Yew skips it when only an answer changes.

mod care_levels;
mod plan_form;
mod take_along;
pub use care_levels::CareLevels;
pub use plan_form::PlanForm;
pub use take_along::TakeAlong;
