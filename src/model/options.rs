//! The choices beside prolotherapy, in equal detail: for each, what the studies here say
//! happened to the people who had it, taken from the chosen condition's findings.

use super::conditions::{Finding, Group, Span};

listed! {
    /// A choice a patient may weigh.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Choice {
        Prolotherapy,
        /// Waiting, or keeping on with what helps now.
        NoProlotherapy,
        Exercise,
        SteroidShots,
        /// Named only: the studies here say nothing about them.
        OtherTreatments,
    }
}

/// One group's figure in one finding: what happened to the people who had this choice.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ArmResult {
    pub finding: &'static Finding,
    pub group: Group,
    pub value: Span,
}

impl Choice {
    /// The trial groups that stand for this choice.
    fn groups(self) -> &'static [Group] {
        match self {
            Choice::Prolotherapy => &[Group::Prolotherapy, Group::ProlotherapyWithExercise],
            // The comparison groups that had no active treatment: what happened without it.
            Choice::NoProlotherapy => &[
                Group::WaitAndSee,
                Group::SaltWater,
                Group::ControlInjection,
                Group::OtherControlInjection,
                Group::NumbingControl,
                Group::NumbingOnly,
            ],
            Choice::Exercise => &[Group::ExerciseOnly, Group::Stretching],
            Choice::SteroidShots => &[Group::Steroid],
            Choice::OtherTreatments => &[],
        }
    }

    /// What the condition's studies say happened with this choice: its groups' figures.
    pub fn results(self, findings: &'static [Finding]) -> Vec<ArmResult> {
        findings
            .iter()
            .flat_map(|finding| {
                finding
                    .arms
                    .iter()
                    .filter(|(g, _)| self.groups().contains(g))
                    .map(move |(group, value)| ArmResult {
                        finding,
                        group: *group,
                        value: *value,
                    })
            })
            .collect()
    }
}
