use std::rc::Rc;

use yew::prelude::*;

use crate::app::hooks::use_texts;
use crate::model::Estimate;
use crate::text::Ui;

#[derive(Properties, PartialEq)]
pub struct TakeAlongProps {
    pub estimate: Rc<Estimate>,
    pub on_calendar: Callback<Rc<Estimate>>,
}

/// Ways to take the plan along: for now, the example dates as a calendar file.
#[function_component(TakeAlong)]
pub fn take_along(props: &TakeAlongProps) -> Html {
    let t = use_texts();
    let onclick = {
        let (est, cb) = (props.estimate.clone(), props.on_calendar.clone());
        Callback::from(move |_: MouseEvent| cb.emit(est.clone()))
    };
    html! {
        <section class="pp-card pp-take-along" aria-labelledby="pp-take-heading">
            <h2 id="pp-take-heading">{ t.ui(Ui::TakeAlongHeading) }</h2>
            <button type="button" class="pp-button" {onclick} aria-describedby="pp-calendar-note">
                { t.ui(Ui::CalendarButton) }
            </button>
            <p class="pp-help" id="pp-calendar-note">{ t.ui(Ui::CalendarNote) }</p>
        </section>
    }
}
