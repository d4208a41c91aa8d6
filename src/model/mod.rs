//! The pure domain: inputs in, a plain estimate out. No yew, web-sys or gloo here.

pub mod care;
pub mod cautions;
pub mod conditions;
pub mod date;
pub mod options;
pub mod query;
pub mod schedule;
pub mod side_effects;
pub mod sources;
pub mod ticks;
pub mod values;

pub use care::{CareLevel, CareSign};
pub use cautions::{Caution, CautionItem, Cautions};
pub use conditions::{
    Adherence, Condition, ConditionData, Finding, Severity, Span, Strength, TimeCourse,
};
pub use date::Date;
pub use schedule::{Phase, Session};
pub use side_effects::{SideEffectInfo, SIDE_EFFECTS};
pub use sources::{Assumption, Basis, SourceId};
pub use ticks::{Tick, Ticks};
pub use values::{Value, Values};

/// What the patient chose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Inputs {
    pub condition: Condition,
    pub severity: Severity,
    pub adherence: Adherence,
    /// The date of the first session.
    pub start: Date,
    pub cautions: Cautions,
    /// What matters to the patient: shown back, never used in the estimate.
    pub values: Values,
}

impl Inputs {
    /// Defaults for a first visit, starting on `start`.
    pub fn new(start: Date) -> Inputs {
        Inputs {
            condition: Condition::default(),
            severity: Severity::default(),
            adherence: Adherence::default(),
            start,
            cautions: Cautions::default(),
            values: Values::default(),
        }
    }

    /// The same answers for another condition.
    pub fn with_condition(self, condition: Condition) -> Inputs {
        Inputs { condition, ..self }
    }
}

/// When change is usually first noticed: weeks after the first session (the same for every
/// severity and amount of aftercare), and where that falls in the example plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FirstChange {
    pub weeks: Span,
    pub from: Date,
    pub to: Date,
    /// Whether a trial measured it (the knee trial's time course); else it is what clinics say.
    pub measured: bool,
    pub basis: Basis,
}

/// Everything the views show. Views compute nothing clinical.
#[derive(Clone, Debug, PartialEq)]
pub struct Estimate {
    pub inputs: Inputs,
    pub sessions: Vec<Session>,
    /// Sessions in the main series (the range the trials used), maintenance aside.
    pub series_range: Span,
    pub first_change: FirstChange,
    /// What the studies found, each result with its comparison: the condition's alone.
    pub findings: &'static [Finding],
    /// Both arms of a trial measured over time, where one did (the knee).
    pub time_course: Option<&'static TimeCourse>,
    /// Where the condition's description and usual course come from.
    pub course_basis: Basis,
    pub side_effects: &'static [SideEffectInfo],
    pub care_levels: [CareLevel; 3],
    pub cautions: Vec<CautionItem>,
    /// Every source this estimate leans on, in a stable order.
    pub citations: Vec<SourceId>,
    /// Every assumption this estimate leans on.
    pub assumptions: Vec<Assumption>,
}

/// Sources behind the caution list and the evidence-quality statement.
pub const CAUTIONS_BASIS: Basis = Basis::cited(&[SourceId::CareLeaflets]);
/// The evidence is small and often at high risk of bias.
pub const EVIDENCE_QUALITY_BASIS: Basis = Basis::cited(&[SourceId::Review2023]);

/// The illustrative estimate for these inputs. Deterministic.
pub fn estimate(inputs: &Inputs) -> Estimate {
    let data = inputs.condition.data();
    let sessions = schedule::plan(data, inputs.severity, inputs.adherence, inputs.start);
    let first_change = FirstChange {
        weeks: data.first_change_weeks,
        from: inputs
            .start
            .add_days(i32::from(data.first_change_weeks.min) * 7),
        to: inputs
            .start
            .add_days(i32::from(data.first_change_weeks.max) * 7),
        measured: data.time_course.is_some(),
        basis: Basis::cited(data.first_change_sources),
    };
    let cautions = Caution::ALL
        .into_iter()
        .map(|caution| CautionItem {
            caution,
            ticked: inputs.cautions.contains(caution),
            verified: caution.verified(),
        })
        .collect();
    let mut est = Estimate {
        inputs: *inputs,
        sessions,
        series_range: data.sessions,
        first_change,
        findings: data.findings,
        time_course: data.time_course.as_ref(),
        course_basis: Basis::cited(data.course_sources),
        side_effects: &SIDE_EFFECTS,
        care_levels: CareLevel::ALL,
        cautions,
        citations: Vec::new(),
        assumptions: Vec::new(),
    };
    // Which sources and assumptions appear, listed in their enums' order. A presence table
    // instead of sort + dedup keeps two sort routines out of the wasm.
    let mut cited = [false; SourceId::ALL.len()];
    let mut assumed = [false; Assumption::ALL.len()];
    assumed[Assumption::IllustrativeDates as usize] = true;
    for basis in est.bases() {
        for s in basis.sources {
            cited[*s as usize] = true;
        }
        if let Some(a) = basis.assumption {
            assumed[a as usize] = true;
        }
    }
    est.citations = SourceId::ALL
        .into_iter()
        .filter(|s| cited[*s as usize])
        .collect();
    est.assumptions = Assumption::ALL
        .into_iter()
        .filter(|a| assumed[*a as usize])
        .collect();
    est
}

impl Estimate {
    /// The basis of every number this estimate shows, one per number group.
    pub fn bases(&self) -> Vec<Basis> {
        let mut out: Vec<Basis> = self.sessions.iter().map(|s| s.basis).collect();
        out.push(self.first_change.basis);
        if !self.course_basis.sources.is_empty() {
            out.push(self.course_basis);
        }
        out.extend(
            self.time_course
                .map(|c| Basis::cited(std::slice::from_ref(&c.source))),
        );
        out.extend(
            self.findings
                .iter()
                .map(|f| Basis::cited(std::slice::from_ref(&f.source))),
        );
        out.extend(self.side_effects.iter().map(|s| s.basis));
        out.push(side_effects::TRIAL_COUNT_BASIS);
        out.extend([
            side_effects::SERIOUS_EVENTS_BASIS,
            care::CARE_BASIS,
            CAUTIONS_BASIS,
            EVIDENCE_QUALITY_BASIS,
        ]);
        out
    }

    /// The main series, maintenance aside.
    pub fn series(&self) -> impl Iterator<Item = &Session> {
        self.sessions
            .iter()
            .filter(|s| s.phase != Phase::Maintenance)
    }

    /// The main series as the plan's sentence counts it: the sessions of the plan, and the
    /// ones after them marked "If needed".
    pub fn series_counts(&self) -> (u16, u16) {
        self.series().fold((0, 0), |(sure, if_needed), s| {
            if s.optional {
                (sure, if_needed + 1)
            } else {
                (sure + 1, if_needed)
            }
        })
    }
}
