//! What the app asks the page to share or copy, and how it went.

use yew::Callback;

/// What to share.
#[derive(Clone, Debug, PartialEq)]
pub enum ShareWhat {
    /// The page's link (it holds the answers).
    Link,
    /// A plain-text summary to copy.
    Summary(String),
}

/// How it went, for the confirmation line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareOutcome {
    /// The device's share sheet took it.
    Shared,
    /// It is on the clipboard.
    Copied,
    /// The person closed the share sheet: say nothing.
    Cancelled,
    /// Neither sharing nor copying is allowed here.
    Failed,
}

/// A request from the app to the page, with the callback that reports back.
#[derive(Clone, PartialEq)]
pub struct ShareRequest {
    pub what: ShareWhat,
    /// The title for a share sheet, in the app's language.
    pub title: &'static str,
    pub done: Callback<ShareOutcome>,
}
