//! The device's clock: today's date for the example plan.

use crate::model::Date;

/// Today on this device's clock. A clock outside the planner's years gives 2026-01-01.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::from_ymd(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .or_else(|| Date::from_ymd(2026, 1, 1))
    .expect("2026-01-01 is a valid date")
}
