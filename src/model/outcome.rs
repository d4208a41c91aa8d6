//! How improvement usually builds up, week by week, with a low-high band.
//!
//! Shape: each session adds a share of the full benefit that grows over the
//! weeks after it. The shares come from the meta-analysis (effect sizes 0.65,
//! 0.84, 0.85, 0.87 after the 1st to 4th injection: gains level off after about
//! three sessions, Hung 2016). The build-up speed is fitted to the knee trial's
//! time course (about half the week-24 benefit by week 5, Rabago 2013).

use super::conditions::Adherence;
use super::schedule::Session;
use super::sources::{Assumption, Basis, SourceId};

/// Weeks the chart covers.
pub const WEEKS: u16 = 52;

/// Effect size after the 1st, 2nd, 3rd and 4th-or-later injection (Hung 2016).
pub const EFFECT_BY_INJECTION: [f64; 4] = [0.65, 0.84, 0.85, 0.87];

/// Weeks for a session's benefit to reach about 63% of its share, fitted to
/// Rabago 2013: 0.75 x (1 - e^(-4/T)) = 0.53 of the week-24 benefit at week 5.
pub const BUILD_UP_WEEKS: f64 = 3.2;

/// The low edge of the band, as a share of the typical curve (an assumption).
pub const BAND_LOW: f64 = 0.5;
/// The high edge of the band, as a share of the typical curve (an assumption).
pub const BAND_HIGH: f64 = 1.3;

/// Improvement at one week, in percent of the usual full benefit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Point {
    pub week: u16,
    pub low: u8,
    pub typical: u8,
    pub high: u8,
}

/// The whole curve and what it rests on.
#[derive(Clone, Debug, PartialEq)]
pub struct Curve {
    pub points: Vec<Point>,
    pub basis: Basis,
    pub band_basis: Basis,
}

static CURVE_SOURCES: [SourceId; 2] = [SourceId::Rabago2013Knee, SourceId::Hung2016];

/// Slower build-up with less aftercare (an assumption: no trial measured it).
fn build_up_weeks(adherence: Adherence) -> f64 {
    BUILD_UP_WEEKS
        * match adherence {
            Adherence::Low => 1.4,
            Adherence::Typical => 1.0,
            Adherence::High => 0.85,
        }
}

/// Share of the full benefit each successive session adds (sums to 1).
fn increments() -> [f64; 4] {
    let full = EFFECT_BY_INJECTION[3];
    let mut out = [0.0; 4];
    let mut before = 0.0;
    for (slot, effect) in out.iter_mut().zip(EFFECT_BY_INJECTION) {
        *slot = (effect - before) / full;
        before = effect;
    }
    out
}

fn percent(x: f64) -> u8 {
    (x * 100.0).round().clamp(0.0, 100.0) as u8
}

/// The curve for a plan. Sessions must be in week order.
pub fn curve(sessions: &[Session], adherence: Adherence) -> Curve {
    let tau = build_up_weeks(adherence);
    let shares = increments();
    let points = (0..=WEEKS)
        .map(|week| {
            let typical: f64 = sessions
                .iter()
                .zip(shares)
                .filter(|(s, _)| s.week < week)
                .map(|(s, share)| share * (1.0 - (-f64::from(week - s.week) / tau).exp()))
                .sum();
            Point {
                week,
                low: percent(typical * BAND_LOW),
                typical: percent(typical),
                high: percent(typical * BAND_HIGH),
            }
        })
        .collect();
    Curve {
        points,
        basis: Basis::assumed(&CURVE_SOURCES, Assumption::AdherenceEffect),
        band_basis: Basis::assumed(&[], Assumption::ImprovementBand),
    }
}
