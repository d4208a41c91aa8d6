//! The conditions, their schedules from the trials, and what the trials found.
//!
//! Every row cites docs/evidence.md section 1; `tests/model_tables.rs`
//! checks the rows against it.

use super::sources::SourceId::{self, *};

listed! {
    /// What the patient wants treated.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Condition {
        #[default]
        KneeOsteoarthritis,
        LowBackPain,
        SacroiliacJoint,
        TennisElbow,
        Achilles,
        RotatorCuff,
        PlantarFasciitis,
        JawJoint,
        Other,
    }
}

listed! {
    /// How bad it is, in the patient's own judgement.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Severity {
        Mild,
        #[default]
        Moderate,
        Severe,
    }
}

listed! {
    /// How closely the patient expects to follow the aftercare.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Adherence {
        Low,
        #[default]
        Typical,
        High,
    }
}

impl Condition {
    /// A stable short code, used in form values (and later in links).
    pub fn code(self) -> &'static str {
        match self {
            Condition::KneeOsteoarthritis => "knee",
            Condition::LowBackPain => "low-back",
            Condition::SacroiliacJoint => "si-joint",
            Condition::TennisElbow => "tennis-elbow",
            Condition::Achilles => "achilles",
            Condition::RotatorCuff => "rotator-cuff",
            Condition::PlantarFasciitis => "plantar",
            Condition::JawJoint => "jaw",
            Condition::Other => "other",
        }
    }

    /// The condition with this code.
    pub fn from_code(code: &str) -> Option<Condition> {
        Condition::ALL.into_iter().find(|c| c.code() == code)
    }

    /// Its evidence row.
    pub fn data(self) -> &'static ConditionData {
        &CONDITIONS[self as usize]
    }
}

impl Severity {
    /// A stable short code for form values.
    pub fn code(self) -> &'static str {
        match self {
            Severity::Mild => "mild",
            Severity::Moderate => "moderate",
            Severity::Severe => "severe",
        }
    }
}

impl Adherence {
    /// A stable short code for form values.
    pub fn code(self) -> &'static str {
        match self {
            Adherence::Low => "low",
            Adherence::Typical => "typical",
            Adherence::High => "high",
        }
    }
}

/// An inclusive range of whole numbers (sessions, weeks).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub min: u16,
    pub max: u16,
}

const fn span(min: u16, max: u16) -> Span {
    Span { min, max }
}

/// Who a trial counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// "X out of 100 people".
    People,
    /// "X out of 100 treated joints" (the jaw trial counted joints).
    Joints,
    /// Points better on a 0-100 symptom score, on average.
    ScorePoints,
    /// Percent better on a symptom score, on average.
    PercentBetter,
}

/// What a trial measured, for the sentence that reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// WOMAC knee score (0-100), average improvement.
    KneeScore,
    /// More than half the pain gone.
    HalfPainGone,
    /// Elbow symptom score, average improvement.
    ElbowScore,
    /// A change people called meaningful.
    MeaningfulChange,
    /// Pain still better at the last check.
    PainStillBetter,
    /// Pain and foot function better than the control treatment.
    BetterThanControl,
}

listed! {
    /// A group in a trial.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Group {
        Prolotherapy,
        ProlotherapyWithExercise,
        SaltWater,
        ExerciseOnly,
        Steroid,
        ControlInjection,
        OtherControlInjection,
    }
}

/// One result of one trial.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Finding {
    pub measure: Measure,
    pub unit: Unit,
    /// Each group with its figure, or a low-high pair when the trial reports a range.
    pub arms: &'static [(Group, Span)],
    /// When it was measured, in weeks after the first session (a range when reported so).
    pub at_weeks: Span,
    /// The trial did not show a real difference from the comparison.
    pub not_significant: bool,
    pub source: SourceId,
}

/// One condition's schedule and evidence.
#[derive(Debug, PartialEq)]
pub struct ConditionData {
    pub condition: Condition,
    /// How many sessions in the main series (maintenance not counted).
    pub sessions: Span,
    /// Sessions given at the early spacing; the rest use `later_gap_weeks`.
    pub early_sessions: u16,
    /// Weeks between early sessions: severe uses the shortest.
    pub early_gap_weeks: Span,
    /// Weeks between later sessions, when the series has a later phase.
    pub later_gap_weeks: Option<Span>,
    /// The whole series must fit in this many weeks (the Achilles trial's 12-week programme).
    pub within_weeks: Option<u16>,
    /// Weeks between maintenance visits (3-4 months).
    pub maintenance_gap_weeks: Span,
    /// When a change is usually first noticed, in weeks after the first session.
    pub first_change_weeks: Span,
    pub schedule_sources: &'static [SourceId],
    pub first_change_sources: &'static [SourceId],
    pub findings: &'static [Finding],
}

const MAINTENANCE: Span = span(13, 17);
const LATER: Option<Span> = Some(span(4, 6));

/// Indexed by `Condition as usize`.
static CONDITIONS: [ConditionData; 9] = [
    ConditionData {
        condition: Condition::KneeOsteoarthritis,
        sessions: span(3, 5),
        early_sessions: 3,
        early_gap_weeks: span(3, 4),
        later_gap_weeks: LATER,
        within_weeks: None,
        maintenance_gap_weeks: MAINTENANCE,
        first_change_weeks: span(4, 8),
        schedule_sources: &[Rabago2013Knee, Sit2020, Hung2016],
        first_change_sources: &[Rabago2013Knee],
        findings: &[Finding {
            measure: Measure::KneeScore,
            unit: Unit::ScorePoints,
            arms: &[
                (Group::Prolotherapy, span(15, 15)),
                (Group::SaltWater, span(8, 8)),
                (Group::ExerciseOnly, span(8, 8)),
            ],
            at_weeks: span(52, 52),
            not_significant: false,
            source: Rabago2013Knee,
        }],
    },
    ConditionData {
        condition: Condition::LowBackPain,
        sessions: span(4, 6),
        early_sessions: 6,
        early_gap_weeks: span(1, 2),
        later_gap_weeks: None,
        within_weeks: None,
        maintenance_gap_weeks: MAINTENANCE,
        first_change_weeks: span(4, 6),
        schedule_sources: &[Yelland2004, TypicalPractice],
        first_change_sources: &[TypicalPractice],
        findings: &[Finding {
            measure: Measure::HalfPainGone,
            unit: Unit::People,
            arms: &[
                (Group::Prolotherapy, span(46, 46)),
                (Group::SaltWater, span(36, 36)),
            ],
            at_weeks: span(52, 52),
            not_significant: true,
            source: Yelland2004,
        }],
    },
    ConditionData {
        condition: Condition::SacroiliacJoint,
        sessions: span(2, 3),
        early_sessions: 3,
        early_gap_weeks: span(2, 4),
        later_gap_weeks: None,
        within_weeks: None,
        maintenance_gap_weeks: MAINTENANCE,
        first_change_weeks: span(2, 4),
        schedule_sources: &[Kim2010, Va2018],
        first_change_sources: &[Va2018],
        findings: &[Finding {
            measure: Measure::HalfPainGone,
            unit: Unit::People,
            arms: &[
                (Group::Prolotherapy, span(59, 59)),
                (Group::Steroid, span(10, 10)),
            ],
            at_weeks: span(65, 65),
            not_significant: false,
            source: Kim2010,
        }],
    },
    ConditionData {
        condition: Condition::TennisElbow,
        sessions: span(3, 4),
        early_sessions: 3,
        early_gap_weeks: span(3, 4),
        later_gap_weeks: LATER,
        within_weeks: None,
        maintenance_gap_weeks: MAINTENANCE,
        first_change_weeks: span(4, 6),
        schedule_sources: &[Rabago2013Elbow, TypicalPractice],
        first_change_sources: &[TypicalPractice],
        findings: &[Finding {
            measure: Measure::ElbowScore,
            unit: Unit::PercentBetter,
            arms: &[(Group::Prolotherapy, span(41, 54))],
            at_weeks: span(16, 16),
            not_significant: false,
            source: Rabago2013Elbow,
        }],
    },
    ConditionData {
        condition: Condition::Achilles,
        sessions: span(4, 12),
        early_sessions: 12,
        early_gap_weeks: span(1, 1),
        later_gap_weeks: None,
        within_weeks: Some(12),
        maintenance_gap_weeks: MAINTENANCE,
        first_change_weeks: span(4, 6),
        schedule_sources: &[Yelland2011],
        first_change_sources: &[TypicalPractice],
        findings: &[Finding {
            measure: Measure::MeaningfulChange,
            unit: Unit::People,
            arms: &[
                (Group::ProlotherapyWithExercise, span(86, 86)),
                (Group::Prolotherapy, span(79, 79)),
                (Group::ExerciseOnly, span(73, 73)),
            ],
            at_weeks: span(52, 52),
            not_significant: false,
            source: Yelland2011,
        }],
    },
    ConditionData {
        condition: Condition::RotatorCuff,
        sessions: span(3, 4),
        early_sessions: 3,
        early_gap_weeks: span(3, 4),
        later_gap_weeks: LATER,
        within_weeks: None,
        maintenance_gap_weeks: MAINTENANCE,
        first_change_weeks: span(4, 6),
        schedule_sources: &[Bertrand2016, TypicalPractice],
        first_change_sources: &[TypicalPractice],
        findings: &[Finding {
            measure: Measure::PainStillBetter,
            unit: Unit::People,
            arms: &[
                (Group::Prolotherapy, span(59, 59)),
                (Group::ControlInjection, span(37, 37)),
                (Group::OtherControlInjection, span(27, 27)),
            ],
            at_weeks: span(39, 39),
            not_significant: false,
            source: Bertrand2016,
        }],
    },
    ConditionData {
        condition: Condition::PlantarFasciitis,
        sessions: span(2, 3),
        early_sessions: 3,
        early_gap_weeks: span(3, 3),
        later_gap_weeks: None,
        within_weeks: None,
        maintenance_gap_weeks: MAINTENANCE,
        first_change_weeks: span(4, 6),
        schedule_sources: &[Plantar2020],
        first_change_sources: &[TypicalPractice],
        findings: &[Finding {
            measure: Measure::BetterThanControl,
            unit: Unit::People,
            arms: &[],
            at_weeks: span(7, 15),
            not_significant: false,
            source: Plantar2020,
        }],
    },
    ConditionData {
        condition: Condition::JawJoint,
        sessions: span(3, 4),
        early_sessions: 3,
        early_gap_weeks: span(4, 4),
        later_gap_weeks: LATER,
        within_weeks: None,
        maintenance_gap_weeks: MAINTENANCE,
        first_change_weeks: span(4, 6),
        schedule_sources: &[Louw2019, TypicalPractice],
        first_change_sources: &[TypicalPractice],
        findings: &[Finding {
            measure: Measure::HalfPainGone,
            unit: Unit::Joints,
            arms: &[(Group::Prolotherapy, span(70, 70))],
            at_weeks: span(52, 52),
            not_significant: false,
            source: Louw2019,
        }],
    },
    ConditionData {
        condition: Condition::Other,
        sessions: span(3, 6),
        early_sessions: 3,
        early_gap_weeks: span(1, 2),
        later_gap_weeks: LATER,
        within_weeks: None,
        maintenance_gap_weeks: MAINTENANCE,
        first_change_weeks: span(4, 6),
        schedule_sources: &[TypicalPractice],
        first_change_sources: &[TypicalPractice],
        findings: &[],
    },
];
