//! Files a patient takes along, built from an estimate. Pure: no browser here.

pub mod ics;
pub mod summary;
