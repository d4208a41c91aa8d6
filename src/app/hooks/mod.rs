//! Small hooks shared by the components.

mod use_accent;

pub use use_accent::use_accent;
