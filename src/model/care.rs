//! When to seek care, in three levels (evidence.md section 3). All three always show.

use super::sources::{Basis, SourceId::*};

listed! {
    /// How urgent.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum CareLevel {
        EmergencyNow,
        CallClinicToday,
        MentionNextVisit,
    }
}

impl CareLevel {
    /// The signs that call for this level.
    pub fn signs(self) -> &'static [CareSign] {
        use CareSign::*;
        match self {
            CareLevel::EmergencyNow => &[AllergicReaction, ChestAfterChestInjection],
            CareLevel::CallClinicToday => &[
                Fever,
                HotRedSwollen,
                PusOrBleeding,
                NewNumbnessWeakness,
                HeadacheAfterSpine,
                WorseAfterThreeDays,
            ],
            CareLevel::MentionNextVisit => &[SorenessOverAWeek, NoChangeAfterSessions],
        }
    }
}

listed! {
    /// A sign to act on.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum CareSign {
        /// Trouble breathing, swelling of face, lips or throat, feeling faint.
        AllergicReaction,
        /// Chest pain or sudden breathlessness after an injection near the chest or upper back.
        ChestAfterChestInjection,
        /// 38 °C / 100.4 °F or higher.
        Fever,
        HotRedSwollen,
        PusOrBleeding,
        NewNumbnessWeakness,
        HeadacheAfterSpine,
        /// Pain that keeps getting worse after 3 days.
        WorseAfterThreeDays,
        /// Soreness lasting more than a week.
        SorenessOverAWeek,
        /// No change after 2-3 sessions.
        NoChangeAfterSessions,
    }
}

/// Numbers inside the signs: 30 minutes, 38 °C, 3 days, a week, 2-3 sessions.
pub const CARE_BASIS: Basis = Basis::cited(&[CareLeaflets, Dagenais2006]);
