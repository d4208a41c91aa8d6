//! Ways to take the plan along: share the link, copy a summary, save the dates.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::share::{ShareOutcome, ShareRequest, ShareWhat};
use crate::export::summary::summary;
use crate::model::Estimate;
use crate::settings::Settings;
use crate::text::{texts, Lang, Ui};

#[derive(Properties)]
pub struct TakeAlongProps {
    /// The language to speak.
    pub lang: Lang,
    pub estimate: Rc<Estimate>,
    /// The clinic's settings: the summary's care levels say the number the page shows.
    pub settings: Rc<Settings>,
    pub on_calendar: Callback<Rc<Estimate>>,
    pub on_share: Callback<ShareRequest>,
}

impl PartialEq for TakeAlongProps {
    /// The estimate by identity: the app memoises it on the answers, so the same answers are
    /// the same `Rc` (a field-by-field comparison was 1.4 KB of wasm).
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && Rc::ptr_eq(&self.estimate, &other.estimate)
            && Rc::ptr_eq(&self.settings, &other.settings)
            && self.on_calendar == other.on_calendar
            && self.on_share == other.on_share
    }
}

/// Ways to take the plan along: a link, a summary, the example dates in a calendar.
#[function_component(TakeAlong)]
pub fn take_along(props: &TakeAlongProps) -> Html {
    let t = texts(props.lang);
    // What the last share, copy or calendar file did, for the confirmation line. The app mounts
    // this anew when the language changes (its `key`), so a confirmation is not said again.
    // With a flag turned at every press: pressed again, the same confirmation is written with a
    // no-break space after it (every other time), so the status box changes and a screen reader
    // says it again; the same text would change nothing, and say nothing (WCAG 4.1.3).
    let status = use_state(|| (None::<Ui>, false));
    let request = |what: Rc<dyn Fn(&Estimate) -> ShareWhat>| {
        let (est, cb, status) = (
            props.estimate.clone(),
            props.on_share.clone(),
            status.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let what = what(&est);
            let is_link = what == ShareWhat::Link;
            let status = status.clone();
            let done = Callback::from(move |outcome| {
                let said = match (outcome, is_link) {
                    (ShareOutcome::Shared, _) => Some(Ui::LinkShared),
                    (ShareOutcome::Copied, true) => Some(Ui::LinkCopied),
                    (ShareOutcome::Copied, false) => Some(Ui::SummaryCopied),
                    (ShareOutcome::Cancelled, _) => None,
                    // A summary is not in the address bar: printing keeps it instead.
                    (ShareOutcome::Failed, true) => Some(Ui::CopyFailed),
                    (ShareOutcome::Failed, false) => Some(Ui::SummaryCopyFailed),
                };
                status.set((said, !status.1));
            });
            cb.emit(ShareRequest {
                what,
                title: t.ui(Ui::AppTitle),
                done,
            });
        })
    };
    let share_link = request(Rc::new(|_| ShareWhat::Link));
    let settings = props.settings.clone();
    let copy_summary = request(Rc::new(move |est| {
        ShareWhat::Summary(summary(est, t, &settings))
    }));
    let calendar = {
        let (est, cb, status) = (
            props.estimate.clone(),
            props.on_calendar.clone(),
            status.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            cb.emit(est.clone());
            status.set((Some(Ui::CalendarSaved), !status.1));
        })
    };
    html! {
        <section class="pp-card pp-take-along" aria-labelledby="pp-take-heading">
            <h2 id="pp-take-heading">{ t.ui(Ui::TakeAlongHeading) }</h2>
            <div class="pp-actions">
                <button type="button" class="pp-button" onclick={share_link} aria-describedby="pp-share-note">{ t.ui(Ui::ShareButton) }</button>
                <button type="button" class="pp-button" onclick={copy_summary}>{ t.ui(Ui::SummaryButton) }</button>
                <button type="button" class="pp-button" onclick={calendar} aria-describedby="pp-calendar-note">
                    { t.ui(Ui::CalendarButton) }
                </button>
            </div>
            <p class="pp-status" role="status">
                { status.0.map(|k| format!("{}{}", t.ui(k), if status.1 { "" } else { "\u{a0}" })).unwrap_or_default() }
            </p>
            // Said before sharing: a link can tell whoever opens it a ticked caution (pregnancy,
            // cancer), as the page's own address does.
            <p class="pp-help" id="pp-share-note">{ t.ui(Ui::ShareNote) }</p>
            <p class="pp-help" id="pp-calendar-note">{ t.ui(Ui::CalendarNote) }</p>
        </section>
    }
}
