//! The sections the answers do not change, as one component Yew can skip.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::views::{care_levels, island};
use crate::model::care::Site;
use crate::settings::Settings;
use crate::text::islands::Island;
use crate::text::Lang;

/// A part of the page that the answers do not change.
#[derive(Clone, Copy, PartialEq)]
pub enum Part {
    CareLevels,
    SideEffects,
    Session,
    Questions,
    About,
}

#[derive(Properties, PartialEq)]
pub struct FixedPartProps {
    pub part: Part,
    pub lang: Lang,
    /// The emergency number, the clinic's name and phone (for the care levels).
    pub settings: Rc<Settings>,
    /// Where the chosen condition's injections go, for the care levels' order.
    #[prop_or_default]
    pub site: Option<Site>,
}

/// The parts that only the language and the clinic's settings change, as one component: Yew
/// skips it when an answer changes, so a change re-renders only what depends on the answers.
/// Measured at 4x CPU: script per condition change 16 ms -> 6 ms, worst time to the frame
/// 33-52 ms -> 20-25 ms, for 774 bytes of wasm.
#[function_component(FixedPart)]
pub fn fixed_part(props: &FixedPartProps) -> Html {
    match props.part {
        Part::CareLevels => care_levels(props.lang, &props.settings, props.site),
        Part::SideEffects => island(Island::SideEffects, props.lang),
        Part::Session => island(Island::Session, props.lang),
        Part::Questions => island(Island::Questions, props.lang),
        Part::About => island(Island::About, props.lang),
    }
}
