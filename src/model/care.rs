//! When to seek care, in three levels (docs/evidence.md section 3, as revised after the safety
//! review). All three always show, every sign at its level; signs of one injection site come
//! first for a condition treated there, never instead of the others.

use super::sources::{Basis, SourceId::*};
use super::Condition;

listed! {
    /// How urgent.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum CareLevel {
        EmergencyNow,
        CallClinicToday,
        MentionNextVisit,
    }
}

listed! {
    /// A sign to act on, in the order each level lists them.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum CareSign {
        /// Trouble breathing, swelling of face, lips or throat, feeling faint (within 30 minutes).
        AllergicReaction,
        /// After a session in the neck, shoulder, upper back, ribs or chest wall: chest pain, pain
        /// on breathing in, sudden breathlessness; can start hours later (collapsed lung).
        CollapsedLung,
        /// Chest pain or breathlessness with a swollen, painful leg (a clot in the lung).
        ClotInLung,
        /// After a session in the back: trouble passing or holding urine or stool, numbness
        /// between the legs, new leg weakness (cauda equina).
        SpineNerves,
        /// A severe headache with fever or a stiff neck (meningitis).
        HeadacheWithFever,
        /// Confused or slurred speech, very fast breathing, blue, pale or blotchy skin, lips or
        /// tongue, or a rash that does not fade under a glass (sepsis: NHS, "call 999").
        Sepsis,
        /// Bleeding that does not stop after 10 minutes of firm pressure.
        BleedingWontStop,
        /// 38 °C / 100.4 °F or higher, chills, or feeling suddenly unwell.
        Fever,
        /// Hot, red, swollen, more painful and not settling with rest, or red streaks.
        Infection,
        /// After a shot into a joint: sudden, severe pain in it, or it can hardly move or bear
        /// weight (an infected joint: NHS, "Septic arthritis", urgent GP or 111; Versus
        /// Arthritis: "difficult to move or put weight on the affected joint").
        JointInfection,
        /// Pus or fluid leaking.
        PusOrFluid,
        /// Numbness or weakness lasting longer than a few hours, or spreading.
        LastingNumbness,
        /// After a session in the back or neck: a severe headache worse sitting or standing,
        /// better lying down (spinal headache).
        SpinalHeadache,
        /// Throbbing or cramping pain, swelling, warm red or darkened skin in one calf or thigh.
        LegClot,
        /// Pain that keeps getting worse after 3 days.
        WorseAfterThreeDays,
        /// Soreness lasting more than a week.
        SorenessOverAWeek,
        /// No change after 2-3 sessions and 6 weeks or more (a change is first looked for at
        /// 4-6 weeks: weekly sessions reach 3 within 2 weeks).
        NoChangeAfterSessions,
    }
}

/// Where on the body a sign belongs: worded so a patient knows it without knowing anatomy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Site {
    /// The back, near the spine.
    Back,
    /// The neck, shoulder, upper back, ribs or chest wall (near the lung).
    NearTheLung,
    /// Into a joint (the knee's and the jaw's shots; the SI joint's signs are the back's).
    Joint,
}

impl CareSign {
    /// The site whose sessions this sign follows, if it belongs to one.
    pub fn site(self) -> Option<Site> {
        match self {
            CareSign::SpineNerves | CareSign::SpinalHeadache => Some(Site::Back),
            CareSign::CollapsedLung => Some(Site::NearTheLung),
            CareSign::JointInfection => Some(Site::Joint),
            _ => None,
        }
    }

    /// The level this sign calls for.
    pub fn level(self) -> CareLevel {
        use CareSign::*;
        match self {
            AllergicReaction | CollapsedLung | ClotInLung | SpineNerves | HeadacheWithFever
            | Sepsis | BleedingWontStop => CareLevel::EmergencyNow,
            SorenessOverAWeek | NoChangeAfterSessions => CareLevel::MentionNextVisit,
            _ => CareLevel::CallClinicToday,
        }
    }
}

impl Condition {
    /// Where its injections go, when that is one of the sites some signs belong to.
    pub fn site(self) -> Option<Site> {
        match self {
            Condition::LowBackPain | Condition::SacroiliacJoint => Some(Site::Back),
            Condition::RotatorCuff => Some(Site::NearTheLung),
            Condition::KneeOsteoarthritis | Condition::JawJoint => Some(Site::Joint),
            _ => None,
        }
    }
}

impl CareLevel {
    /// Every sign of this level, in its usual order.
    pub fn signs(self) -> impl Iterator<Item = CareSign> {
        CareSign::ALL.into_iter().filter(move |s| s.level() == self)
    }

    /// Every sign of this level for a patient treated at `site` (`Condition::site`): the
    /// signs of that site first, then all the others (never fewer).
    pub fn signs_for(self, site: Option<Site>) -> Vec<CareSign> {
        let (first, rest): (Vec<_>, Vec<_>) = self
            .signs()
            .partition(|s| site.is_some() && s.site() == site);
        first.into_iter().chain(rest).collect()
    }
}

/// The signs and their numbers (30 minutes, 10 minutes of pressure, 38 °C, a few hours,
/// 3 days, a week, 2-3 sessions and 6 weeks): joint-injection and prolotherapy leaflets, NHS
/// pages on blood clots, cauda equina, meningitis, sepsis and joint infection, and the
/// practitioners' survey.
pub const CARE_BASIS: Basis = Basis::cited(&[CareLeaflets, Dagenais2006]);
