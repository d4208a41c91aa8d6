//! Small hooks shared by the components.

mod use_accent;
mod use_update_ready;

pub use use_accent::use_accent;
pub use use_update_ready::{apply_update, use_update_ready};
