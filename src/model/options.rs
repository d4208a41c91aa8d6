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

/// One group in one finding: what happened to the people who had this choice, with its
/// figure where the study gives one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ArmResult {
    pub finding: &'static Finding,
    pub group: Group,
    pub value: Option<Span>,
}

impl Choice {
    /// The trial groups that stand for this choice.
    fn groups(self) -> &'static [Group] {
        match self {
            Choice::Prolotherapy => &[
                Group::Prolotherapy,
                Group::ProlotherapyWithExercise,
                Group::ProlotherapyWithPhysio,
            ],
            // The comparison groups that had no active treatment: what happened without it.
            Choice::NoProlotherapy => &[
                Group::WaitAndSee,
                Group::SaltWater,
                Group::ControlInjection,
                Group::OtherControlInjection,
                Group::NumbingControl,
                Group::NumbingOnly,
                Group::ControlShots,
            ],
            Choice::Exercise => &[Group::ExerciseOnly, Group::Stretching, Group::Physiotherapy],
            Choice::SteroidShots => &[Group::Steroid],
            Choice::OtherTreatments => &[],
        }
    }

    /// What the condition's studies say happened with this choice: its groups' figures, and
    /// the groups a study compared with but gives no figure for.
    pub fn results(self, findings: &'static [Finding]) -> Vec<ArmResult> {
        let mut out = Vec::new();
        for finding in findings {
            for (group, value) in finding.arms {
                if self.groups().contains(group) {
                    out.push(ArmResult {
                        finding,
                        group: *group,
                        value: Some(*value),
                    });
                }
            }
            for group in finding.compared_with {
                if self.groups().contains(group) {
                    out.push(ArmResult {
                        finding,
                        group: *group,
                        value: None,
                    });
                }
            }
        }
        out
    }
}
