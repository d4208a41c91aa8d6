//! What matters to the patient: a short values exercise to bring to the visit. It never
//! changes the estimate; it travels with the answers (link, print, summary).

use super::ticks::{Tick, Ticks};

listed! {
    /// Something that may matter to a patient weighing prolotherapy.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Value {
        AvoidNeedles,
        FewVisits,
        QuickChange,
        AvoidSideEffects,
        Cost,
        TriedOthers,
    }
}

impl Tick for Value {
    const EVERY: &'static [Value] = &Value::ALL;

    fn code(self) -> &'static str {
        match self {
            Value::AvoidNeedles => "needles",
            Value::FewVisits => "visits",
            Value::QuickChange => "soon",
            Value::AvoidSideEffects => "side-effects",
            Value::Cost => "cost",
            Value::TriedOthers => "tried-others",
        }
    }

    fn bit(self) -> u16 {
        self as u16
    }
}

/// The ones ticked.
pub type Values = Ticks<Value>;
