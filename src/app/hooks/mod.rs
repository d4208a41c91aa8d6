//! Small hooks shared by the components.

mod use_texts;

pub use use_texts::use_texts;
