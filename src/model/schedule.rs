//! The illustrative session plan: how many sessions, how far apart, on which dates.
//!
//! Severity and aftercare place the plan inside the trial's range. No trial
//! measured that placement, so every session carries an assumption mark.

use super::conditions::{Adherence, ConditionData, Severity, Span};
use super::date::Date;
use super::sources::{Assumption, Basis};

listed! {
    /// Which part of the series a session belongs to.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Phase {
        /// The first sessions, closer together.
        Early,
        /// Later sessions, spaced further apart.
        Later,
        /// An optional top-up visit months later.
        Maintenance,
    }
}

impl Phase {
    /// Its name in the page's markup, as styles/main.css selects it: the plan's rows'
    /// `data-phase` and the timeline's `pp-span-*`.
    pub fn code(self) -> &'static str {
        match self {
            Phase::Early => "early",
            Phase::Later => "later",
            Phase::Maintenance => "maintenance",
        }
    }
}

/// One illustrative session.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    /// 1-based.
    pub number: u16,
    /// Weeks after the first session.
    pub week: u16,
    pub date: Date,
    pub phase: Phase,
    /// The clinician decides whether this one is needed.
    pub optional: bool,
    pub basis: Basis,
}

/// 0 (least need for sessions) ..= 4 (most), from severity and aftercare.
fn need(severity: Severity, adherence: Adherence) -> u16 {
    let s = match severity {
        Severity::Mild => 0,
        Severity::Moderate => 1,
        Severity::Severe => 2,
    };
    let a = match adherence {
        Adherence::High => 0,
        Adherence::Typical => 1,
        Adherence::Low => 2,
    };
    s + a
}

/// A point in `span` by a step of 0..=steps, rounded to the nearest whole number.
fn within(span: Span, step: u16, steps: u16) -> u16 {
    span.min + ((span.max - span.min) * step + steps / 2) / steps
}

/// How many sessions in the main series.
pub fn session_count(data: &ConditionData, severity: Severity, adherence: Adherence) -> u16 {
    within(data.sessions, need(severity, adherence), 4)
}

/// Weeks between early sessions: the more severe, the closer.
pub fn early_gap(data: &ConditionData, severity: Severity) -> u16 {
    let closer = match severity {
        Severity::Mild => 0,
        Severity::Moderate => 1,
        Severity::Severe => 2,
    };
    within(data.early_gap_weeks, 2 - closer, 2)
}

/// Weeks between later sessions: good aftercare lets them spread out.
pub fn later_gap(data: &ConditionData, adherence: Adherence) -> Option<u16> {
    data.later_gap_weeks
        .map(|gap| within(gap, aftercare_step(adherence), 2))
}

/// Weeks from the last session to the optional maintenance visit.
pub fn maintenance_gap(data: &ConditionData, adherence: Adherence) -> u16 {
    within(data.maintenance_gap_weeks, aftercare_step(adherence), 2)
}

fn aftercare_step(adherence: Adherence) -> u16 {
    match adherence {
        Adherence::Low => 0,
        Adherence::Typical => 1,
        Adherence::High => 2,
    }
}

/// The whole plan, main series then one optional maintenance visit.
pub fn plan(
    data: &ConditionData,
    severity: Severity,
    adherence: Adherence,
    start: Date,
) -> Vec<Session> {
    let count = session_count(data, severity, adherence);
    let early = early_gap(data, severity);
    let later = later_gap(data, adherence).unwrap_or(early);
    let basis = Basis::assumed(data.schedule_sources, Assumption::SeverityEffect);
    let mut sessions = Vec::with_capacity(usize::from(count) + 1);
    let mut week = 0;
    for i in 0..count {
        let phase = if i < data.early_sessions {
            Phase::Early
        } else {
            Phase::Later
        };
        if i > 0 {
            week += if phase == Phase::Early { early } else { later };
        }
        sessions.push(Session {
            number: i + 1,
            week,
            date: start.add_days(i32::from(week) * 7),
            phase,
            optional: i >= data.sessions.min,
            basis,
        });
    }
    let week = week + maintenance_gap(data, adherence);
    sessions.push(Session {
        number: count + 1,
        week,
        date: start.add_days(i32::from(week) * 7),
        phase: Phase::Maintenance,
        optional: true,
        basis: Basis::assumed(data.maintenance_sources, Assumption::AdherenceEffect),
    });
    sessions
}
