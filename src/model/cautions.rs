//! What to tell the clinician before treatment (evidence.md section 4).
//!
//! Ticking one never means "cannot be treated": it means "tell your clinician".

use super::ticks::{Tick, Ticks};

listed! {
    /// Something the clinician needs to know.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Caution {
        BloodThinners,
        BleedingDisorder,
        InfectionOrFever,
        JointInfection,
        RecentFracture,
        Pregnancy,
        Allergies,
        Diabetes,
        ImplantNearSite,
        WeakImmuneSystem,
        Cancer,
        Autoimmune,
    }
}

impl Caution {
    /// False where no primary source was found: shown only as "tell your clinician".
    pub fn verified(self) -> bool {
        !matches!(self, Caution::Cancer | Caution::Autoimmune)
    }
}

impl Tick for Caution {
    const EVERY: &'static [Caution] = &Caution::ALL;

    fn code(self) -> &'static str {
        match self {
            Caution::BloodThinners => "blood-thinners",
            Caution::BleedingDisorder => "bleeding",
            Caution::InfectionOrFever => "infection",
            Caution::JointInfection => "joint-infection",
            Caution::RecentFracture => "fracture",
            Caution::Pregnancy => "pregnancy",
            Caution::Allergies => "allergies",
            Caution::Diabetes => "diabetes",
            Caution::ImplantNearSite => "implant",
            Caution::WeakImmuneSystem => "immune",
            Caution::Cancer => "cancer",
            Caution::Autoimmune => "autoimmune",
        }
    }

    fn bit(self) -> u16 {
        self as u16
    }
}

/// A set of ticked cautions.
pub type Cautions = Ticks<Caution>;

/// A caution as the estimate lists it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CautionItem {
    pub caution: Caution,
    pub ticked: bool,
    pub verified: bool,
}
