//! English. Plain words, short sentences, grade 6-8.

use super::{SpanWords, Texts, Ui};
use crate::model::care::{CareLevel, CareSign};
use crate::model::conditions::{Group, Measure, Unit};
use crate::model::date::Weekday;
use crate::model::side_effects::{Duration, Frequency, Presence, SideEffect, Window};
use crate::model::{Adherence, Assumption, Caution, Condition, Date, Phase, Severity, Span};
use crate::settings::Emergency;

pub struct En;

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

const WORDS: SpanWords = SpanWords {
    to: "to",
    weeks: "weeks",
    months: "months",
};

fn time_after(weeks: Span) -> String {
    super::time_after(weeks, &WORDS)
}

fn span_text(s: Span) -> String {
    super::span_text(s, &WORDS)
}

impl Texts for En {
    fn ui(&self, key: Ui) -> &'static str {
        match key {
            Ui::AppTitle => "ProloPath: what to expect from prolotherapy",
            Ui::Intro => "See an example plan, how people usually improve, and when to get help.",
            Ui::Disclaimer => "This is general information, not medical advice. Your clinician decides your real plan. Nothing you enter leaves this device.",
            Ui::FormHeading => "Tell us a little about you",
            Ui::ConditionLabel => "What do you want treated?",
            Ui::SeverityLegend => "How bad is it?",
            Ui::AdherenceLegend => "How much of the aftercare will you do?",
            Ui::StartLabel => "Date of your first session",
            Ui::StartHelp => "We use it to show example dates.",
            Ui::StartInvalid => "Please pick a real date. We kept the last good one.",
            Ui::PlanHeading => "Your example plan",
            Ui::PlanCaption => "Example sessions and dates",
            Ui::ColSession => "Session",
            Ui::ColDate => "Date",
            Ui::ColWeek => "Week",
            Ui::ColStage => "Stage",
            Ui::IfNeeded => "If needed",
            Ui::ImprovementHeading => "How people get better over time",
            Ui::ChartTitle => "How people get better over a year",
            Ui::ChartDesc => "A line shows the typical share of the full benefit, week by week. A shaded band shows the range for most people. Dots mark your sessions.",
            Ui::AxisWeeks => "Weeks after the first session",
            Ui::AxisBenefit => "Share of the full benefit",
            Ui::LegendTypical => "Typical",
            Ui::LegendBand => "Range for most people",
            Ui::LegendSession => "Session",
            Ui::NotEveryone => "Not everyone gets better. Some people feel no change at all.",
            Ui::CurveTableCaption => "Share of the full benefit at some weeks",
            Ui::ColLow => "Lower",
            Ui::ColTypical => "Typical",
            Ui::ColHigh => "Higher",
            Ui::FindingsHeading => "What the studies found",
            Ui::NoTrialFinding => "No trial has tested this yet. The plan follows usual practice.",
            Ui::NotSignificant => "The gap between the groups was small. It may be chance.",
            Ui::SideEffectsHeading => "After each session",
            Ui::ColEffect => "What you may feel",
            Ui::ColHowOften => "How often",
            Ui::ColHowLong => "How long",
            Ui::SeriousRare => "Serious problems are rare. Most come from needles near the spine or chest. They include a bad headache, a collapsed lung, nerve injury, infection and allergic reaction. Infection and allergic reaction can happen after a shot anywhere: know the signs below.",
            Ui::MedicineAdvice => "Follow your clinic's advice on ice and on pain pills like ibuprofen or naproxen. Some clinics ask you to skip them for a while. The shots work by causing a small healing swelling, and these may calm it. Other clinics allow them. Studies have not settled this.",
            Ui::CareHeading => "When to get help",
            Ui::CareIntro => "Keep this list for the days after every session. Problems can start hours or days later. No list can cover everything: if something worries you, or you are not sure which level fits, act on the more urgent one.",
            Ui::EmergencyGo => "Or have someone take you to the emergency department. Do not drive yourself.",
            Ui::CautionsHeading => "Tell your clinician first",
            Ui::CautionsIntro => "Tick any that apply to you, and tell your clinician before treatment. Ticking a box decides nothing here: your clinician decides if and when treatment is safe for you. Some of these can delay or stop treatment.",
            Ui::NotProven => "Not proven: tell your clinician",
            Ui::SourcesHeading => "Where the numbers come from",
            Ui::EvidenceQuality => "The research on prolotherapy is small. Many studies had few people, and some may be biased. Use these numbers as a rough guide.",
            Ui::LastReviewed => "Last checked",
            Ui::AssumptionsHeading => "Our best guesses",
            Ui::AssumptionMark => "best guess",
            Ui::SourceMark => "Source",
            Ui::MadeBy => "Made by the ProloPath team to help you talk with your clinic.",
            Ui::UpdatePolicy => "We check the numbers against new studies at least once a year.",
            Ui::FailureTitle => "Something went wrong",
            Ui::FailureBody => "Please reload the page. If it keeps happening, call your clinic.",
            Ui::TimelineTitle => "Your example plan on a timeline",
            Ui::TimelineStart => "Start",
            Ui::DayStripHeading => "Day by day after a session",
            Ui::OptionsHeading => "Your choices",
            Ui::OptionNone => "Not having prolotherapy",
            Ui::NaturalCourse => "You can wait, or keep doing what helps now. Many of these problems change slowly on their own. In the studies, people who had a fake shot or only exercise often got a bit better too.",
            Ui::OptionOthers => "Other treatments",
            Ui::OtherTreatments => "Exercise and physical therapy, pain pills, braces or insoles, steroid shots, and other shots or surgery in some cases. Some can be used along with prolotherapy. Ask which ones fit you.",
            Ui::OptionNoHelp => "If it does not help",
            Ui::IfNoHelp => "If nothing changes after 2 or 3 sessions, talk with your clinician. You may need more tests, a different treatment, or prolotherapy together with exercise.",
            Ui::QuestionsHeading => "Questions to ask your clinician",
            Ui::Question1 => "How many sessions do you think I will need?",
            Ui::Question2 => "What should I do and not do after each session?",
            Ui::Question3 => "Should I use ice or pain pills like ibuprofen?",
            Ui::Question4 => "What will we do if I feel no change after 2 or 3 sessions?",
            Ui::Question5 => "Is there anything about my health that changes the plan?",
            Ui::PrintChoices => "What you chose",
            Ui::PrintTicked => "Things to tell your clinician",
            Ui::ChangeOften => "Change often noticed",
            Ui::IconArrayNote => "Each dot is one of 100 people. Filled dots had the result.",
            Ui::RememberLabel => "Remember my answers on this device",
            Ui::RememberHelp => "They stay in this browser only. Nothing is sent anywhere.",
            Ui::Forget => "Forget my answers",
            Ui::StorageBlocked => "This browser does not let this page save answers. Everything else works the same.",
            Ui::LinkProblems => "Part of the link could not be used, so we used the usual choice for:",
            Ui::UpdateReady => "A new version of this page is ready.",
            Ui::UpdateReload => "Reload now",
            Ui::TakeAlongHeading => "Take it with you",
            Ui::CalendarButton => "Add the example dates to my calendar",
            Ui::CalendarNote => "You get a calendar file. The dates are only examples. Your clinic sets the real ones.",
            Ui::ShareButton => "Share a link to this page",
            Ui::SummaryButton => "Copy a summary",
            Ui::LinkShared => "The link was shared.",
            Ui::LinkCopied => "Link copied. Paste it in a message to share this page.",
            Ui::SummaryCopied => "Summary copied. Paste it in a message or a note.",
            Ui::CopyFailed => "This browser did not let us copy. You can copy the address from the address bar.",
            Ui::ClinicPhone => "Phone",
            Ui::AfterHoursPhone => "After hours",
            Ui::CareCantReach => "Cannot reach your clinic today, at night or at the weekend? Go to an urgent care center, call an out-of-hours service (such as NHS 111 in England), or go to the emergency department.",
            Ui::SourceVa => "VA study 2018",
            Ui::SourceTypical => "Typical practice",
            Ui::SourceLeaflets => "Care leaflets",
            Ui::SourceReview => "Review 2023",
        }
    }

    fn condition(&self, c: Condition) -> &'static str {
        match c {
            Condition::KneeOsteoarthritis => "Knee arthritis (worn knee joint)",
            Condition::LowBackPain => "Long-lasting low back pain",
            Condition::SacroiliacJoint => "Sacroiliac (SI) joint pain, low in the back",
            Condition::TennisElbow => "Tennis elbow (pain on the outside of the elbow)",
            Condition::Achilles => "Achilles tendon pain (back of the heel)",
            Condition::RotatorCuff => "Rotator cuff pain (shoulder)",
            Condition::PlantarFasciitis => "Plantar fasciitis (pain under the heel)",
            Condition::JawJoint => "Jaw joint (TMJ) pain",
            Condition::Other => "Other joint, tendon or ligament pain",
        }
    }

    fn severity(&self, s: Severity) -> &'static str {
        match s {
            Severity::Mild => "Mild",
            Severity::Moderate => "Moderate",
            Severity::Severe => "Severe",
        }
    }

    fn severity_help(&self, s: Severity) -> &'static str {
        match s {
            Severity::Mild => "Pain comes and goes. You can do most daily things.",
            Severity::Moderate => {
                "Pain most days. It gets in the way of some things, like a long walk or sleep."
            }
            Severity::Severe => "Pain every day. It stops you from doing many daily things.",
        }
    }

    fn adherence(&self, a: Adherence) -> &'static str {
        match a {
            Adherence::Low => "Some of it",
            Adherence::Typical => "Most of it",
            Adherence::High => "All of it",
        }
    }

    fn adherence_help(&self, a: Adherence) -> &'static str {
        match a {
            Adherence::Low => "You may skip rest days, exercises or some visits.",
            Adherence::Typical => "You rest the area for a day or two, do most exercises and keep most visits.",
            Adherence::High => "You rest the area for a day or two. You follow all the advice on activity and pain pills. You do every exercise and keep every visit.",
        }
    }

    fn phase(&self, p: Phase) -> &'static str {
        match p {
            Phase::Early => "First sessions",
            Phase::Later => "Later sessions",
            Phase::Maintenance => "Check-up visit",
        }
    }

    fn side_effect(&self, e: SideEffect) -> &'static str {
        match e {
            SideEffect::Soreness => "Pain or soreness where the needle went in",
            SideEffect::Flare => "Your usual pain flares up before it gets better",
            SideEffect::Swelling => "Swelling",
            SideEffect::Stiffness => "Stiffness",
            SideEffect::Bruising => "Bruising",
            SideEffect::Numbness => "Numbness near the spot, from the numbing medicine",
        }
    }

    fn duration(&self, d: Duration) -> &'static str {
        match d {
            Duration::OneToThreeDays => "Often 1 to 3 days, at most about a week",
            Duration::FewDays => "A few days",
            Duration::Hours => "A few hours",
        }
    }

    fn care_level(&self, l: CareLevel) -> &'static str {
        match l {
            CareLevel::EmergencyNow => "Call your local emergency number now",
            CareLevel::CallClinicToday => "Call your clinic today",
            CareLevel::MentionNextVisit => "Tell your clinician at your next visit",
        }
    }

    fn care_sign(&self, s: CareSign) -> &'static str {
        match s {
            CareSign::AllergicReaction => "Trouble breathing, swelling of the face, lips or throat, or feeling faint soon after a session. This most often happens within 30 minutes.",
            CareSign::CollapsedLung => "After a session in your neck, shoulder, upper back, ribs or chest: chest pain, pain when you breathe in, or shortness of breath that is new or getting worse. This can start several hours later.",
            CareSign::ClotInLung => "After any session: chest pain, pain when you breathe in, or shortness of breath that is new or getting worse, even with no leg symptoms. With a swollen, painful leg it can be a blood clot in the lung. This can start hours or days later.",
            CareSign::SpineNerves => "After a session in your back or buttock: new trouble peeing or pooing, or you cannot hold it in; numbness between your legs or around your bottom (you cannot feel the toilet paper when you wipe); or new weakness in one or both legs. This may come on slowly or days later. Do not drive yourself.",
            CareSign::HeadacheWithFever => "A very bad headache with a fever or a stiff neck.",
            CareSign::BleedingWontStop => "Bleeding that does not stop after 10 minutes of firm pressure.",
            CareSign::Fever => "A fever of 38 °C (100.4 °F) or higher, chills, or feeling suddenly unwell.",
            CareSign::Infection => "The area gets more red, hot, swollen or painful instead of better, and rest does not help. Or red streaks spread from it. This can start days later.",
            CareSign::PusOrFluid => "Pus or fluid leaking from where the needle went in.",
            CareSign::LastingNumbness => "Numbness or weakness where you were treated that lasts longer than a few hours, or spreads. The numbing medicine wears off within a few hours. After a session in your back, weak legs or numbness between your legs is an emergency: see above.",
            CareSign::SpinalHeadache => "After a session in your back or neck: a very bad headache that gets worse when you sit or stand and better when you lie down.",
            CareSign::LegClot => "Throbbing or cramping pain, swelling or warmth in one calf or thigh. The skin may look red, or darker on brown or black skin.",
            CareSign::WorseAfterThreeDays => "Pain that keeps getting worse after 3 days.",
            CareSign::SorenessOverAWeek => "Soreness that lasts more than a week.",
            CareSign::NoChangeAfterSessions => "No change after 2 or 3 sessions.",
        }
    }

    fn caution(&self, c: Caution) -> &'static str {
        match c {
            Caution::BloodThinners => {
                "I take a blood thinner, like warfarin, apixaban or clopidogrel"
            }
            Caution::BleedingDisorder => "I have a bleeding problem",
            Caution::InfectionOrFever => "I have an infection or a fever now",
            Caution::JointInfection => "I have had an infection in this joint",
            Caution::RecentFracture => "I broke a bone near this spot not long ago",
            Caution::Pregnancy => "I am pregnant or may be",
            Caution::Allergies => "I have allergies, like to numbing medicine, corn or dextrose",
            Caution::Diabetes => "I have diabetes",
            Caution::ImplantNearSite => "I have a joint replacement or heart valve near the spot",
            Caution::Cancer => "I have or had cancer",
            Caution::Autoimmune => "I have an autoimmune disease, like lupus",
        }
    }

    fn caution_why(&self, c: Caution) -> &'static str {
        match c {
            Caution::BloodThinners => "Shots may bleed or bruise more. Your clinician may change the plan. Do not stop a blood thinner on your own. Low-dose aspirin is often fine, but ask first.",
            Caution::BleedingDisorder => "Your clinician needs to know this to prevent heavy bleeding.",
            Caution::InfectionOrFever => "Treatment is usually put off until it clears up.",
            Caution::JointInfection => "A shot could spread an infection. Your clinician will check first.",
            Caution::RecentFracture => "Your clinician will check how well the bone has healed.",
            Caution::Pregnancy => "Your clinician will talk with you about the medicines in the shot.",
            Caution::Allergies => "The shots often have numbing medicine and dextrose, a sugar that is often made from corn.",
            Caution::Diabetes => "Dextrose is a sugar. It can raise your blood sugar for a short time. Check your levels.",
            Caution::ImplantNearSite => "Your clinician will take extra care to stop an infection.",
            Caution::Cancer => "Some sources say this matters, but we found no study. Tell your clinician.",
            Caution::Autoimmune => "Some sources say this matters, but we found no study. Tell your clinician.",
        }
    }

    fn assumption(&self, a: Assumption) -> &'static str {
        match a {
            Assumption::SeverityEffect => "How bad your pain is changes the plan here. More severe means sessions closer together and more of them. No study tested this. It is our best guess from usual practice.",
            Assumption::AdherenceEffect => "How much of the aftercare you do changes the plan and how fast you get better here. No study measured this. It is our best guess.",
            Assumption::ImprovementBand => "The shaded range is our guess of how much people differ. The studies did not report it this way.",
            Assumption::IllustrativeDates => "The dates are only examples. Your clinic sets the real dates.",
        }
    }

    fn group(&self, g: Group) -> &'static str {
        match g {
            Group::Prolotherapy => "prolotherapy",
            Group::ProlotherapyWithExercise => "prolotherapy plus exercise",
            Group::SaltWater => "salt-water shots (a fake treatment)",
            Group::ExerciseOnly => "exercise only",
            Group::Steroid => "steroid shots",
            Group::ControlInjection => "a fake shot near the tendon",
            Group::OtherControlInjection => "a fake shot under the skin",
        }
    }

    fn window(&self, w: Window) -> &'static str {
        match w {
            Window::SameDay => "The day of the session",
            Window::Days1To3 => "Days 1 to 3",
            Window::Days4To7 => "Days 4 to 7",
        }
    }

    fn window_advice(&self, w: Window) -> &'static str {
        match w {
            Window::SameDay => "Rest the area. Numbness from the shot wears off in a few hours.",
            Window::Days1To3 => {
                "Soreness and stiffness are normal. Take it easy and follow your clinic's advice."
            }
            Window::Days4To7 => {
                "Most people feel better by now. If pain keeps getting worse, call your clinic."
            }
        }
    }

    fn presence(&self, p: Presence) -> &'static str {
        match p {
            Presence::Likely => "likely",
            Presence::Sometimes => "sometimes",
            Presence::No => "not expected",
        }
    }

    fn short_date(&self, d: Date) -> String {
        let (_, m, day) = d.ymd();
        format!("{} {day}", MONTHS[m as usize - 1])
    }

    fn timeline_desc(&self, sessions: u16, first: Date, last: Date, checkup: Date) -> String {
        format!(
            "{sessions} sessions from {} to {}, then a check-up visit on {}.",
            self.date(first),
            self.date(last),
            self.date(checkup)
        )
    }

    fn out_of_100(&self, unit: Unit, n: u16) -> String {
        match unit {
            Unit::Joints => format!("{n} out of 100 joints"),
            _ => format!("{n} out of 100 people"),
        }
    }

    fn date(&self, d: Date) -> String {
        let (y, m, day) = d.ymd();
        let wd = match d.weekday() {
            Weekday::Mon => "Mon",
            Weekday::Tue => "Tue",
            Weekday::Wed => "Wed",
            Weekday::Thu => "Thu",
            Weekday::Fri => "Fri",
            Weekday::Sat => "Sat",
            Weekday::Sun => "Sun",
        };
        format!("{wd}, {} {day}, {y}", MONTHS[m as usize - 1])
    }

    fn frequency(&self, f: Frequency) -> String {
        match f {
            Frequency::OutOf100(n) => format!("About {n} out of 100 people"),
            Frequency::Common => "Common".to_owned(),
            Frequency::Occasional => "Now and then".to_owned(),
        }
    }

    fn emergency_now(&self, e: Emergency<'_>) -> (&'static str, String, &'static str) {
        let slot = match e {
            Emergency::Clinic(n) => n.to_owned(),
            Emergency::Guessed(n) => format!("{n} or your local emergency number"),
            Emergency::Unknown => "your local emergency number".to_owned(),
        };
        ("Call ", slot, " now")
    }
    fn call_clinic_today(&self, clinic: &str) -> String {
        format!("Call {clinic} today")
    }
    fn trial_count(&self, n: u8, of: u8) -> String {
        format!("{n} of {of} people in the knee trial")
    }

    fn plan_summary(&self, shown: u16, range: Span) -> String {
        format!(
            "This example has {shown} sessions and one check-up visit. Most people in the studies had {}.",
            span_text(range)
        )
    }

    fn first_change(&self, weeks: Span, from: Date, to: Date) -> String {
        format!(
            "Many people notice a change {} weeks after the first session. For you, that is about {} to {}.",
            span_text(weeks),
            self.date(from),
            self.date(to)
        )
    }

    fn finding_intro(&self, m: Measure, at_weeks: Span) -> String {
        let when = time_after(at_weeks);
        match m {
            Measure::KneeScore => format!("After {when}, knee scores (0 to 100) got better by about:"),
            Measure::HalfPainGone => format!("After {when}, more than half the pain was gone for:"),
            Measure::ElbowScore => format!("After {when}, elbow scores got better by:"),
            Measure::MeaningfulChange => format!("After {when}, a change that mattered to them came for:"),
            Measure::PainStillBetter => format!("After {when}, pain was still better for:"),
            Measure::BetterThanControl => format!("From {when}, pain and foot use were better with prolotherapy than with a fake treatment."),
        }
    }

    fn finding_arm(&self, unit: Unit, group: Group, value: Span) -> String {
        let v = span_text(value);
        let g = self.group(group);
        match unit {
            Unit::People => format!("{v} out of 100 people who had {g}"),
            Unit::Joints => format!("{v} out of 100 joints treated with {g}"),
            Unit::ScorePoints => format!("{v} points with {g}"),
            Unit::PercentBetter => format!("{v} percent with {g}"),
        }
    }

    fn calendar_title(&self, number: u16, total: u16, phase: Phase) -> String {
        match phase {
            Phase::Maintenance => "Prolotherapy check-up visit (example date)".to_owned(),
            _ => format!(
                "Prolotherapy session {number} of {} (example date)",
                total - 1
            ),
        }
    }

    fn calendar_description(&self, emergency: &str) -> String {
        format!("This is only an example date from ProloPath. Your clinic sets the real dates, so call them to book. If you feel very unwell after a session, see the advice on when to get help. In an emergency: {emergency}.")
    }

    fn week(&self, week: u16) -> String {
        format!("Week {week}")
    }

    fn percent(&self, value: u8) -> String {
        format!("{value}%")
    }

    fn texts_unavailable(&self) -> &'static str {
        "The words in your language could not be loaded, so this page is in English. Reload the page to try again."
    }
}
