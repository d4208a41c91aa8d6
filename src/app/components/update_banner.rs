//! The "a new version is ready" banner of the offline app.

use yew::prelude::*;

use crate::app::hooks::{apply_update, use_update_ready};
use crate::text::{texts, Lang, Ui};

/// "A new version is ready" with a reload button, once the service worker has one waiting.
/// The link holds the answers, so the reload loses nothing.
#[derive(Properties, PartialEq)]
pub struct UpdateBannerProps {
    /// The language to speak.
    pub lang: Lang,
}

#[function_component(UpdateBanner)]
pub fn update_banner(props: &UpdateBannerProps) -> Html {
    let t = texts(props.lang);
    let ready = use_update_ready();
    html! {
        <div class="pp-update" role="status">
            if ready {
                <p>
                    { t.ui(Ui::UpdateReady) }{ " " }
                    <button type="button" class="pp-button" onclick={Callback::from(|_: MouseEvent| apply_update())}>
                        { t.ui(Ui::UpdateReload) }
                    </button>
                </p>
            }
        </div>
    }
}
