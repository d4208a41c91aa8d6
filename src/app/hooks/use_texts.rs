use yew::prelude::*;

use crate::text::{texts, Lang, Texts};

/// The words for the language the app was given.
#[hook]
pub fn use_texts() -> &'static dyn Texts {
    texts(use_context::<Lang>().unwrap_or_default())
}
