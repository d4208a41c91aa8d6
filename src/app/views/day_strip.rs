//! What to expect day by day after a session.

use yew::prelude::*;

use crate::model::side_effects::{Presence, Window};
use crate::model::SIDE_EFFECTS;
use crate::text::{texts, Fixed, Lang};

/// What is normal on the day of a session, days 1-3 and days 4-7.
pub fn day_strip(lang: Lang) -> Html {
    let t = texts(lang);
    html! {
        <div class="pp-days">
            <h3>{ t.fixed(Fixed::DayStripHeading) }</h3>
            <ol class="pp-day-strip">
                { for Window::ALL.iter().enumerate().map(|(i, w)| html! {
                    <li class="pp-day">
                        <h4>{ t.window(*w) }</h4>
                        <ul>
                            { for SIDE_EFFECTS.iter().filter(|s| s.by_window[i] != Presence::No).map(|s| html! {
                                <li>
                                    { t.side_effect(s.effect) }
                                    { " " }<span class="pp-tag">{ t.presence(s.by_window[i]) }</span>
                                </li>
                            }) }
                        </ul>
                        <p>{ t.window_advice(*w) }</p>
                    </li>
                }) }
            </ol>
        </div>
    }
}
