//! What is common after a session, how often and for how long (evidence.md section 2).

use super::sources::{Basis, SourceId::*};

listed! {
    /// A side effect after a session.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum SideEffect {
        Soreness,
        Stiffness,
        Bruising,
        Swelling,
        Numbness,
        Flare,
    }
}

/// How often it happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frequency {
    /// Practitioners estimate about this many out of 100 people (a survey, not a count).
    OutOf100(u8),
    /// Common, no figure published.
    Common,
    /// Now and then, no figure published.
    Occasional,
}

listed! {
    /// How long it usually lasts.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Duration {
        /// Usually 1-3 days, up to a week.
        OneToThreeDays,
        /// A few days.
        FewDays,
        /// A few hours.
        Hours,
    }
}

listed! {
    /// A stretch of days after a session, for the day-by-day strip.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Window {
        /// The day of the session.
        SameDay,
        /// Days 1 to 3 after it.
        Days1To3,
        /// Days 4 to 7 after it.
        Days4To7,
    }
}

listed! {
    /// Whether an effect is to be expected in a window.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Presence {
        Likely,
        Sometimes,
        No,
    }
}

/// One row of the side-effect table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SideEffectInfo {
    pub effect: SideEffect,
    pub frequency: Frequency,
    pub duration: Duration,
    /// For bruising: how many in the knee trial (3 of 30), cited apart ([`TRIAL_COUNT_BASIS`]).
    pub trial_count: Option<(u8, u8)>,
    /// Expected on the day itself, days 1-3 and days 4-7: follows from how long it lasts.
    pub by_window: [Presence; 3],
    pub basis: Basis,
}

use Presence::{Likely, No, Sometimes};

/// The table, most common first.
pub static SIDE_EFFECTS: [SideEffectInfo; 6] = [
    SideEffectInfo {
        effect: SideEffect::Soreness,
        frequency: Frequency::OutOf100(70),
        duration: Duration::OneToThreeDays,
        trial_count: None,
        by_window: [Likely, Likely, Sometimes],
        basis: Basis::cited(&[Dagenais2006]),
    },
    SideEffectInfo {
        effect: SideEffect::Flare,
        frequency: Frequency::Common,
        duration: Duration::FewDays,
        trial_count: None,
        by_window: [Sometimes, Likely, Sometimes],
        basis: Basis::cited(&[Dagenais2007, TypicalPractice]),
    },
    SideEffectInfo {
        effect: SideEffect::Swelling,
        frequency: Frequency::Common,
        duration: Duration::FewDays,
        trial_count: None,
        by_window: [Likely, Likely, No],
        basis: Basis::cited(&[TypicalPractice]),
    },
    SideEffectInfo {
        effect: SideEffect::Stiffness,
        frequency: Frequency::OutOf100(25),
        duration: Duration::FewDays,
        trial_count: None,
        // About 25 out of 100: "sometimes", never "likely" (tests/model_tables.rs).
        by_window: [Sometimes, Sometimes, No],
        basis: Basis::cited(&[Dagenais2006]),
    },
    SideEffectInfo {
        effect: SideEffect::Bruising,
        frequency: Frequency::OutOf100(5),
        duration: Duration::FewDays,
        trial_count: Some((3, 30)),
        by_window: [Sometimes, Sometimes, Sometimes],
        basis: Basis::cited(&[Dagenais2006]),
    },
    SideEffectInfo {
        effect: SideEffect::Numbness,
        frequency: Frequency::Occasional,
        duration: Duration::Hours,
        trial_count: None,
        by_window: [Sometimes, No, No],
        basis: Basis::cited(&[CareLeaflets]),
    },
];

/// Rare serious events and the survey that counted them (Dagenais 2006).
pub const SERIOUS_EVENTS_BASIS: Basis = Basis::cited(&[Dagenais2006]);

/// The knee trial that counted bruises (3 of 30): its own source, never the survey's.
pub const TRIAL_COUNT_BASIS: Basis = Basis::cited(&[Rabago2013Knee]);

/// How the side-effect figures were gathered: a survey of 171 practitioners' impressions
/// (Dagenais 2006), not a count of patients.
pub const SURVEY: (super::conditions::Design, u16) =
    (super::conditions::Design::PractitionerSurvey, 171);
