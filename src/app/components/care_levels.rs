//! The three care levels as one component Yew can skip: only the language, the clinic's
//! settings and where the chosen condition's injections go change them.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::views::care_levels;
use crate::model::care::Site;
use crate::settings::Settings;
use crate::text::Lang;

#[derive(Properties, PartialEq)]
pub struct CareLevelsProps {
    pub lang: Lang,
    /// The emergency number, the clinic's name and phones.
    pub settings: Rc<Settings>,
    /// Where the chosen condition's injections go, for the order of the signs.
    #[prop_or_default]
    pub site: Option<Site>,
}

/// The care levels; an answer that does not change their props does not re-render them.
#[function_component(CareLevels)]
pub fn care_levels_part(props: &CareLevelsProps) -> Html {
    care_levels(props.lang, &props.settings, props.site)
}
