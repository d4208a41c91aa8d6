//! What to tell the clinician before treatment (evidence.md section 4).
//!
//! Ticking one never means "cannot be treated": it means "tell your clinician".

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
        Cancer,
        Autoimmune,
    }
}

impl Caution {
    /// False where no primary source was found: shown only as "tell your clinician".
    pub fn verified(self) -> bool {
        !matches!(self, Caution::Cancer | Caution::Autoimmune)
    }

    /// A stable short code for form values.
    pub fn code(self) -> &'static str {
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
            Caution::Cancer => "cancer",
            Caution::Autoimmune => "autoimmune",
        }
    }
}

/// A set of ticked cautions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Cautions(u16);

impl Cautions {
    pub fn contains(self, c: Caution) -> bool {
        self.0 & (1 << c as u16) != 0
    }

    /// The set with `c` flipped.
    pub fn toggled(self, c: Caution) -> Cautions {
        Cautions(self.0 ^ (1 << c as u16))
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// A caution as the estimate lists it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CautionItem {
    pub caution: Caution,
    pub ticked: bool,
    pub verified: bool,
}
