//! English. Plain words, short sentences, grade 6-8.

use super::{Texts, Ui};
use crate::model::care::{CareLevel, CareSign};
use crate::model::date::Weekday;
use crate::model::side_effects::{Duration, Frequency, SideEffect};
use crate::model::{Adherence, Caution, Condition, Date, Phase, Severity, Value};
use crate::settings::Emergency;

// Named only by the texts of the sections built into the page's HTML.
native! {
    use super::Fixed;
    use super::SpanWords;
    use super::ScheduleFrom;
    use crate::model::conditions::{Caveat, Design, Group, Measure, Strength, Unit, Verdict};
    use crate::model::options::Choice;
    use crate::model::side_effects::{Presence, Window};
    use crate::model::Assumption;
    use crate::model::Span;
}

pub struct En;

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

#[cfg(not(target_arch = "wasm32"))]
const WORDS: SpanWords = SpanWords {
    to: "to",
    weeks: "weeks",
    months: "months",
};

#[cfg(not(target_arch = "wasm32"))]
fn time_after(weeks: Span) -> String {
    super::time_after(weeks, &WORDS)
}

#[cfg(not(target_arch = "wasm32"))]
fn span_text(s: Span) -> String {
    super::span_text(s, &WORDS)
}

impl Texts for En {
    fn ui(&self, key: Ui) -> &'static str {
        match key {
            Ui::AppTitle => "ProloPath: what to expect from prolotherapy",
            Ui::Intro => "See an example plan, what happened in studies, and when to get help.",
            Ui::Disclaimer => "This is general information. It is not medical advice. Your clinician decides your real plan.",
            Ui::StaysHere => "Nothing you enter leaves this device.",
            Ui::FormHeading => "Tell us a little about you",
            Ui::ConditionLabel => "What do you want treated?",
            Ui::SeverityLegend => "How bad is it?",
            Ui::AdherenceLegend => "How much of the aftercare will you do?",
            Ui::StartLabel => "Date of your first session",
            Ui::StartHelp => "We use it to show example dates.",
            Ui::StartInvalid => "Please pick a real date, from the year 1900 to 2199. We kept the last good one.",
            Ui::PlanHeading => "Your example plan",
            Ui::PlanCaption => "Example sessions and dates",
            Ui::ColSession => "Session",
            Ui::ColDate => "Date",
            Ui::ColWeek => "Week",
            Ui::ColStage => "Stage",
            Ui::IfNeeded => "If needed",
            Ui::OnlyIfAdvised => "Only if your clinician advises it",
            Ui::ImprovementHeading => "What happened in the studies",
            Ui::SideEffectsHeading => "After each session",
            Ui::CareHeading => "When to get help",
            Ui::CareIntro => "Keep this list for the days after every session. Problems can start hours or days later. No list can cover everything: if something worries you, or you are not sure which level fits, act on the more urgent one.",
            Ui::ExampleDates => "The dates are only examples. Your clinic sets the real dates.",
            Ui::CalendarEventNote => "This is only an example date from ProloPath. Your clinic sets the real dates and which ones you need.",
            Ui::EmergencyGo => "Or have someone take you to the emergency department. Do not drive yourself. If you have trouble breathing, chest pain, a swollen face or throat, or feel faint, call an ambulance.",
            Ui::CautionsHeading => "Tell your clinician first",
            Ui::CautionsIntro => "Check any that apply to you, and tell your clinician before treatment. Checking a box decides nothing here: your clinician decides if and when treatment is safe for you. Some of these can delay or stop treatment.",
            Ui::NotProven => "Less proof this matters: still tell your clinician",
            Ui::AssumptionMark => "best guess",
            Ui::SourceMark => "Source",
            Ui::FailureTitle => "Something went wrong",
            Ui::FailureBody => "Please reload the page. If it keeps happening, call your clinic.",
            Ui::FailureSignsLead => "Get emergency help if you have any of these signs after a session, or anything else that feels like an emergency. A page that does not work is not an emergency.",
            Ui::FailureOthers => "For other problems after a session, such as a fever, or the area getting more red, swollen or painful, call your clinic today. If you are not sure, choose the more urgent option.",
            Ui::TimelineTitle => "Your example plan on a timeline",
            Ui::TimelineStart => "Start",
            Ui::PrintChoices => "What you chose",
            Ui::PrintTicked => "Things to tell your clinician",
            Ui::RememberLabel => "Remember my answers on this device",
            Ui::RememberHelp => "They stay in this browser only. Nothing is sent anywhere.",
            Ui::Forget => "Forget my answers",
            Ui::StorageBlocked => "This browser does not let this page save answers. Everything else works the same.",
            Ui::SectionsMissing => "Some parts did not load: what happened in the studies, your choices and where the numbers come from. Check your connection and reload the page. The plan and when to get help are still here.",
            Ui::LinkProblems => "Part of the link could not be used, so we used the usual choice for:",
            Ui::TakeAlongHeading => "Take it with you",
            Ui::CalendarButton => "Add the example dates to my calendar",
            Ui::ShareNote => "The link holds your answers, and any boxes you ticked.",
            Ui::CalendarNote => "You get a calendar file. The dates are only examples. Your clinic sets the real ones.",
            Ui::ShareButton => "Share a link to this page",
            Ui::SummaryButton => "Copy a summary",
            Ui::LinkShared => "The link was shared.",
            Ui::LinkCopied => "Link copied. Paste it in a message to share this page.",
            Ui::SummaryCopied => "Summary copied. Paste it in a message or a note.",
            Ui::CopyFailed => "This browser did not let us copy. You can copy the address from the address bar.",
            Ui::SummaryCopyFailed => "This browser did not let us copy. You can print this page instead.",
            Ui::CalendarSaved => "Calendar file made: prolopath-plan.ics. Open it to add the example dates to your calendar.",
            Ui::ClinicPhone => "Phone",
            Ui::AfterHoursPhone => "After hours",
            Ui::CareCantReach => "Cannot reach your clinic today, at night or at the weekend? Go to an urgent care center, call an out-of-hours service (such as NHS 111 in England), or go to the emergency department.",
            Ui::ValuesHeading => "What matters to you",
            Ui::ValuesIntro => "Check what matters most to you, and bring it to your visit. It does not change anything on this page.",
            Ui::PrintValues => "What matters to me",
            Ui::SourceTypical => "Typical practice",
            Ui::SourceLeaflets => "Care leaflets",
            Ui::SourceReview => "Review 2023",
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn fixed(&self, key: Fixed) -> &'static str {
        match key {
            Fixed::ColEffect => "What you may feel",
            Fixed::ColHowOften => "How often",
            Fixed::ColHowLong => "How long",
            Fixed::SeriousRare => "Serious problems are rare. Most come from needles near the spine or chest. They include a bad headache, a collapsed lung, nerve injury, infection and allergic reaction. Infection and allergic reaction can happen after a shot anywhere: know their signs (see \"When to get help\").",
            Fixed::MedicineAdvice => "Follow your clinic's advice on ice and on pain pills like ibuprofen or naproxen. Some clinics ask you to skip them for a while. The shots are thought to work by causing a small healing swelling, and ice and these pills may calm it. Other clinics allow them. Studies have not settled this.",
            Fixed::UpdatePolicy => "We check the numbers against new studies at least once a year.",
            Fixed::DayStripHeading => "Day by day after a session",
            Fixed::QuestionsHeading => "Questions to ask your clinician",
            Fixed::Question1 => "How many sessions do you think I will need?",
            Fixed::Question2 => "What should I do and not do after each session?",
            Fixed::Question3 => "Should I use ice or pain pills like ibuprofen?",
            Fixed::Question4 => "What will we do if I feel no change after 2 or 3 sessions?",
            Fixed::Question5 => "Is there anything about my health that changes the plan?",
            Fixed::SessionHeading => "What a session is like",
            Fixed::SessionConsult => "First, a talk with the clinician about your health, your pain and what you have tried.",
            Fixed::SessionClean => "The skin is cleaned.",
            Fixed::SessionNumb => "Numbing medicine (such as lidocaine) may be used.",
            Fixed::SessionNeedles => "A thin needle puts a sugar solution (dextrose) where the tendon, ligament or joint is sore. Most sessions use several needle sticks.",
            Fixed::SessionGuided => "An ultrasound scan often helps guide the needle.",
            Fixed::SessionTime => "A session takes about 15 to 30 minutes, with the preparation.",
            Fixed::AftercareHeading => "What to do after a session",
            Fixed::AftercareRest => "Rest the area for a day or two.",
            Fixed::AftercareFluids => "Drink plenty of fluids.",
            Fixed::AftercareRaise => "Raise the area, or use ice, if your clinic says so.",
            Fixed::AftercareWatch => "Watch where the needle went in for signs of infection (see \"When to get help\").",
            Fixed::AftercareVisits => "Do what your clinic says about activity and exercise. Keep your follow-up visits.",
            Fixed::SessionCost => "Ask your clinic what it costs and if insurance pays. We have no figures on cost.",
            Fixed::AboutHeading => "About this guide",
            Fixed::AboutWho => "The ProloPath team wrote this guide from published studies. We make software. We are not clinicians.",
            Fixed::AboutNotClinic => "The clinic showing this page did not write it. The clinic may offer prolotherapy.",
            Fixed::AboutNotReviewed => "No clinician has reviewed this guide yet. It has not yet been tested with patients.",
            Fixed::AboutFunding => "Funding: none. Conflicts of interest: none declared by the team.",
            Fixed::AboutStrength => "How we rate the evidence: very low when there was no comparison group. Low when each trial had fewer than 50 people, or the gap between groups was not clear. It is also low when the gap was clear against only some groups, or when the comparison group had no shot, so people knew their group. And it is low when more than the shot was different between the groups, or when the shots had other drugs in them, not sugar alone. It is moderate when a larger trial, or a review of trials, found a clear gap against a group that had a shot too. None is high: most studies of prolotherapy are small, and many are at high risk of bias.",
            Fixed::DecisionHeading => "The choice in front of you",
            Fixed::Decision => "You are deciding whether to try prolotherapy for this problem. Other choices are exercise or physical therapy, steroid shots, other treatments, or waiting to see. This page shows what happened in studies of each, so you can talk it over with your clinician.",
            Fixed::ConditionWhatLabel => "What it is",
            Fixed::ConditionCourseLabel => "How it usually goes without prolotherapy",
            Fixed::ComparedWith => "Compared with",
            Fixed::StrengthLabel => "How strong this evidence is",
            Fixed::AgainstNoShot => "Against a group with no shots, where people knew their group",
            Fixed::IconArrayNote => "Each drawing shows 100 people. Filled figures had the result.",
            Fixed::IconArrayNoteJoints => "Each drawing shows 100 treated joints. Filled figures had the result.",
            Fixed::ChartTitle => "Knee scores over a year in the knee trial",
            Fixed::ChartDesc => "Two lines show how many points better the knee score was, on average, in weeks 5, 9, 12, 24 and 52 of the study. The first session was in week 1. The solid line with round dots is the group who had prolotherapy. The dashed line with square dots is the group who had salt-water shots. Both groups got better. The table below gives the same numbers.",
            Fixed::AxisWeeks => "Week of the study (the first session was in week 1)",
            Fixed::AxisBenefit => "Points better on the knee score (0 to 100), on average",
            Fixed::CurveTableCaption => "Points better on the knee score (0 to 100), on average, in the knee trial",
            Fixed::ColChoice => "Choice",
            Fixed::ColInvolves => "What it involves",
            Fixed::ColHappened => "What happened in the studies here",
            Fixed::ColDownsides => "Main downsides",
            Fixed::SeeResultsAbove => "See \"What happened in the studies\" above.",
            Fixed::NotTestedHere => "We have no checked figures for this choice for this problem. Ask your clinician.",
            Fixed::OptionsHeading => "Your choices",
            Fixed::OptionNoHelp => "If it does not help",
            Fixed::IfNoHelp => "If nothing has changed after 2 or 3 sessions, and 6 weeks or more since the first, talk with your clinician. You may need more tests or a different treatment.",
            Fixed::NotEveryone => "Not everyone gets better. Some people feel no change at all.",
            Fixed::CourseNotComparable => "These people, and how they were measured, differ from the studies of prolotherapy: do not compare the numbers directly.",
            Fixed::ComparisonGroupsHad => "These results are from comparison groups who had other shots. They did not go without treatment:",
            Fixed::ComparisonGroupWaited => "These results are from comparison groups. Some waited to see, with no treatment. Others had other shots:",
            Fixed::NoTrialFinding => "This guide has no trial results for other problems. Ask your clinician what studies exist for yours. The example plan follows usual practice.",
            Fixed::SourcesHeading => "Where the numbers come from",
            Fixed::LeafletsAre => "NHS and clinic leaflets on shots. Prolotherapy aftercare sheets. NHS and Versus Arthritis pages on joint infection. NHS pages on clots, cauda equina, meningitis and sepsis.",
            Fixed::TypicalAre => "What clinic websites say about how many sessions they give, how far apart, and what to do after.",
            Fixed::ReviewBetterThanControl => "People did better with prolotherapy than with control shots (shots without the sugar solution).",
            Fixed::ReviewBetterThanExercise => "People did better with prolotherapy than with exercise.",
            Fixed::AdjustedAverages => "The study evened out small differences between the groups at the start.",
            Fixed::ReviewSteroidNotClear => "Against steroid shots (only 1 study), the gap was not clear.",
            Fixed::FramingOnly => "Weak evidence: clinic websites, not studies. We use it only for what clinics usually do and say.",
            Fixed::EvidenceQuality => "Use these numbers as a rough guide. Many studies of prolotherapy had few people. A 2023 review of the studies on arthritis found them at high risk of bias: flaws that can make a treatment look better than it is.",
            Fixed::AssumptionsHeading => "Our best guesses",
            Fixed::MadeBy => "Made by the ProloPath team to help you talk with your clinic. See \"About this guide\".",
            Fixed::LastReviewed => "Last checked",
            Fixed::NoScript => "This is the usual example plan. To change it to your answers, turn on JavaScript.",
            Fixed::OtherPage => "See this page in English",
            Fixed::UpdateReady => "A new version of this page is ready.",
            Fixed::UpdateReload => "Reload now",
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
            Phase::Maintenance => "Top-up session",
        }
    }

    fn side_effect(&self, e: SideEffect) -> &'static str {
        match e {
            SideEffect::Soreness => "Pain or soreness where the needle went in",
            SideEffect::Flare => "Your usual pain flares up for a while",
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
            CareSign::Sepsis => "Any one of these, with or without a fever. Confusion, slurred speech or not making sense. Very fast breathing, or struggling to breathe. Skin, lips or tongue that look blue, grey, pale or blotchy (on brown or black skin, check the palms and soles too). A rash that does not fade when you press the side of a clear glass firmly on it. Someone with you may notice these first. This can be sepsis, a life-threatening reaction to an infection.",
            CareSign::BleedingWontStop => "Bleeding that does not stop after you press firmly on it for 10 minutes.",
            CareSign::Fever => "A fever of 38 °C (100.4 °F) or higher, chills, or feeling suddenly unwell.",
            CareSign::Infection => "The area gets more red, hot or swollen instead of better, or more and more painful even with rest. Or red streaks spread from it. This can start days later.",
            CareSign::JointInfection => "After a shot into a joint, like the knee, jaw or SI joint: very bad pain in that joint, or pain that gets worse each day, or you can hardly move it or put weight on it. It may also be swollen, hot or red. This can be a joint infection. It can start days later.",
            CareSign::PusOrFluid => "Pus or fluid leaking from where the needle went in.",
            CareSign::LastingNumbness => "Numbness or weakness where you were treated that lasts longer than a few hours, or spreads. The numbing medicine wears off within a few hours. After a session in your back, weak legs or numbness between your legs is an emergency: see above.",
            CareSign::SpinalHeadache => "After a session in your back or neck: a very bad headache that gets worse when you sit or stand and better when you lie down.",
            CareSign::LegClot => "Throbbing or cramping pain, swelling or warmth in one calf or thigh. The skin may look red, or darker on brown or black skin.",
            CareSign::WorseAfterThreeDays => "Pain from the session that is still getting worse 3 or more days after it.",
            CareSign::SorenessOverAWeek => "Soreness from the session that lasts more than a week. If you have no visit scheduled, call your clinic.",
            CareSign::NoChangeAfterSessions => "No change after 2 or 3 sessions, and 6 weeks or more since the first one.",
        }
    }

    fn caution(&self, c: Caution) -> &'static str {
        match c {
            Caution::BloodThinners => {
                "I take a blood thinner, like warfarin, apixaban or clopidogrel"
            }
            Caution::BleedingDisorder => "I have a bleeding problem",
            Caution::InfectionOrFever => "I have an infection or a fever now",
            Caution::JointInfection => "I have, or have had, an infection in this area",
            Caution::RecentFracture => "I broke a bone near this spot not long ago",
            Caution::Pregnancy => "I am pregnant or may be",
            Caution::Allergies => "I have allergies, like to numbing medicine, corn or dextrose",
            Caution::Diabetes => "I have diabetes",
            Caution::ImplantNearSite => {
                "I have an artificial joint near the spot, or a replaced heart valve (any kind)"
            }
            Caution::WeakImmuneSystem => {
                "I have a weak immune system (from an illness, steroid pills, or some arthritis or cancer drugs)"
            }
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
            Caution::Pregnancy => "Your clinician will talk with you about the medicines in the shot, and about any X-ray used to guide the needle.",
            Caution::Allergies => "The shots often have numbing medicine and dextrose, a sugar that is often made from corn.",
            Caution::Diabetes => "Dextrose is a sugar. It can raise your blood sugar for a short time. Ask your clinician if you should check it more often.",
            Caution::ImplantNearSite => "A shot could infect the joint or the valve. Your clinician needs to know first.",
            Caution::WeakImmuneSystem => "Infections, like one in a joint, are more likely. Your clinician needs to know first.",
            Caution::Cancer => "Some sources say this matters, but we found no study. Tell your clinician.",
            Caution::Autoimmune => "Some sources say this matters, but we found no study. Tell your clinician.",
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn assumption(&self, a: Assumption) -> &'static str {
        match a {
            Assumption::SeverityEffect => "How bad your pain is changes the example plan here. More severe means sessions closer together and more of them. No study tested this. It is our best guess from usual practice. It does not change any study result.",
            Assumption::AdherenceEffect => "How much of the aftercare you do changes the example plan here. No study measured this. It is our best guess. It does not change any study result.",
            Assumption::IllustrativeDates => "The dates are only examples. Your clinic sets the real dates.",
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn group(&self, g: Group) -> &'static str {
        match g {
            Group::Prolotherapy => "prolotherapy",
            Group::ProlotherapyWithExercise => "prolotherapy plus exercise",
            Group::SaltWater => "salt-water shots",
            Group::ExerciseOnly => "exercise only",
            Group::Steroid => "a steroid shot",
            Group::ControlInjection => "salt-water shots at the same spot",
            Group::OtherControlInjection => "salt-water shots just under the skin",
            Group::NumbingControl => "shots of salt water with numbing medicine",
            Group::Stretching => "stretching and heel lifts",
            Group::WaitAndSee => "waiting to see",
            Group::NumbingOnly => "shots of numbing medicine only",
            Group::ControlShots => "control shots (shots without the sugar solution)",
            Group::Physiotherapy => "physical therapy",
            Group::ProlotherapyWithPhysio => "prolotherapy plus physical therapy",
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn condition_what(&self, c: Condition) -> &'static str {
        match c {
            Condition::KneeOsteoarthritis => "Arthritis of the knee causes pain and stiffness, and can make it hard to move.",
            Condition::LowBackPain => "Pain or stiffness in the lower back that lasts. Usually no single cause is found.",
            Condition::SacroiliacJoint => "Pain from the joint between the spine and the pelvis. It is felt low in the back and in the buttock.",
            Condition::TennisElbow => "Pain on the outside of the elbow. The tendons of the forearm are overused.",
            Condition::Achilles => "Pain in the tendon at the back of the heel, from overuse.",
            Condition::RotatorCuff => "Pain at the top and outside of the shoulder. It is often worse when you lift your arm.",
            Condition::PlantarFasciitis => "Pain under the heel and along the arch of the foot.",
            Condition::JawJoint => "Pain in the jaw joint and the chewing muscles.",
            Condition::Other => "Pain in another joint, tendon or ligament.",
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn condition_course(&self, c: Condition) -> &'static str {
        match c {
            Condition::KneeOsteoarthritis => "It does not always get worse. In one study of adults over 50 with knee pain, over about 6 years: 35 out of 100 stayed mild and stable, 22 out of 100 had moderate pain, 12 out of 100 got better, 28 out of 100 slowly got worse, and 3 out of 100 had severe pain that did not get better.",
            Condition::LowBackPain => "Many people get better over time. Some studies followed people whose back pain had lasted 6 weeks or more, on average, when they joined. Their average pain (0 to 100) was 51 at the start, 33 after 6 weeks and 23 after a year. We found no such figure for pain that has lasted for years.",
            Condition::SacroiliacJoint => "We found no reliable figure for how it goes without treatment.",
            Condition::TennisElbow => "It usually gets better by itself. 80 to 90 out of 100 people recover within a year. In one trial, 83 out of 100 people who waited to see were better after 52 weeks.",
            Condition::Achilles => "Most people get better without surgery, over months to years. One study followed 43 people for about 10 years. In an earlier trial, they had done exercises and had a shot (not prolotherapy). After 10 years, 19 out of 100 still had symptoms.",
            Condition::RotatorCuff => "Of people who saw their doctor with new shoulder pain, 59 out of 100 had fully recovered a year later.",
            Condition::PlantarFasciitis => "About 80 out of 100 people get better within 12 months.",
            Condition::JawJoint => "It often settles in weeks, but not for everyone. In one study of people with pain in the chewing muscles, over 5 years: for 33 out of 100 it went away, 31 out of 100 still had it, and 36 out of 100 found it came and went.",
            Condition::Other => "How it goes depends on what it is. Ask your clinician.",
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn design(&self, d: Design) -> &'static str {
        match d {
            Design::RandomisedTrial => "A randomized trial: people were put into groups by chance.",
            Design::Review => "A review: it put the results of several trials together.",
            Design::RecordReview => {
                "A look back at the records of treated people. There was no comparison group."
            }
            Design::PractitionerSurvey => {
                "A survey that asked the people who give the shots. Nobody counted patients."
            }
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn strength(&self, s: Strength) -> &'static str {
        match s {
            Strength::VeryLow => "Very low",
            Strength::Low => "Low",
            Strength::Moderate => "Moderate",
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn verdict(&self, v: Verdict) -> &'static str {
        match v {
            Verdict::Clear => "The gap between the groups was clear: it is not likely to be chance.",
            Verdict::NotClear => "Not a clear difference: the gap between the groups may be chance.",
            Verdict::Mixed => "The gap was clear against one or more comparison groups, but not against all of them.",
            Verdict::NotTested => "The study did not check if these differences could be chance.",
            Verdict::NoComparison => "There was no comparison group, so we cannot tell what would have happened without prolotherapy.",
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn caveat(&self, c: Caveat) -> &'static str {
        match c {
            Caveat::BothInjected => "Both groups had shots: one had prolotherapy, the other had salt water.",
            Caveat::BackReview => "A review of 5 trials looked at people after 6 months. In 3 trials (206 people), prolotherapy shots alone did no better than control shots (shots without the sugar solution). In 2 trials (160 people), shots given with other care, such as exercise or hands-on spine treatment (manipulation), did better than control shots. Each of these 2 trials is shown on its own too.",
            Caveat::MostDidNot => "77 out of 100 did not have a big enough change, by the study's measure.",
            Caveat::ElbowComparison => "We show no figures here: we have not checked the comparison groups' figures yet, and a number on its own could make the result look bigger than it is.",
            Caveat::PlantarNoFigure => "The trial reports which group did better, but we have no figure we could check.",
            Caveat::JawBothTreated => "By then, both groups had had prolotherapy, so this has no comparison group. It is 38 of 54 jaw joints, in 42 people: some had both sides treated.",
            Caveat::AllHadPhysio => "In this trial, all of them also did exercise with a therapist, as part of the study.",
            Caveat::RotatorSameSpot => "Against salt-water shots at the same spot, the gap was not clear: it may be chance. Against shots just under the skin, it was clear.",
            Caveat::SteroidComparison => "The comparison group had a steroid shot, not a dummy shot.",
            Caveat::NotAtThreeWeeks => "There was no clear difference yet at 3 weeks.",
            Caveat::KnewTheirGroup => "The comparison group had no shot, so everyone knew which group they were in.",
            Caveat::Morrhuate => "In these trials, some shots also had a second drug that irritates (sodium morrhuate). So it was not sugar alone.",
            Caveat::AsReported => "Both figures are the study's estimates over 15 months: for prolotherapy, the true figure could be anywhere from 38 to 80 out of 100. We show the steroid figure as the authors reported it. We have not checked it. We took the finding that the gap was clear from a later review: we could not check it in the study itself.",
            Caveat::SmallGroups => "Each group had only 14 or 15 people. About 11 or 12 people in each group improved.",
            Caveat::Adjusted => "The study evened out small differences between the groups at the start. So these averages differ a little from the week-by-week chart.",
            Caveat::PhysioSooner => "At 12 weeks, physical therapy alone had helped elbow pain and use of the arm more than prolotherapy alone.",
            Caveat::NoControlShots => "No group had control shots, so everyone knew which group they were in.",
            Caveat::OtherIrritantsAndCare => "The shots had two other drugs that irritate (glycerine and phenol), so it was not sugar alone. The shots were given along with other care, such as exercise or hands-on spine treatment.",
            Caveat::MoreThanTheShot => "The comparison group also had less numbing medicine and gentler spine treatment. So more than the shot was different.",
            Caveat::ArthritisReview => "People did better with prolotherapy than with control shots (shots without the sugar solution), and than with exercise. Against steroid shots (only 1 study), the gap was not clear.",
            Caveat::AchillesCounts => "The only clear gap was in the average score: shots plus exercise did better than exercise alone.",
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn choice(&self, c: Choice) -> &'static str {
        match c {
            Choice::Prolotherapy => "Prolotherapy",
            Choice::NoProlotherapy => "Not having prolotherapy",
            Choice::Exercise => "Exercise or physical therapy",
            Choice::SteroidShots => "Steroid shots",
            Choice::OtherTreatments => "Other treatments",
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn choice_involves(&self, c: Choice) -> &'static str {
        match c {
            Choice::Prolotherapy => "Shots over several weeks or months. How many, and how far apart, depends on the problem: see your example plan.",
            Choice::NoProlotherapy => "Keep doing what helps now, and see how it goes.",
            Choice::Exercise => "Exercises you do at home or with a therapist, often for weeks or months.",
            Choice::SteroidShots => "A shot of steroid medicine into or near the sore area.",
            Choice::OtherTreatments => "Pain pills, braces, insoles or splints, other kinds of shots, and in some cases surgery.",
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn choice_downsides(&self, c: Choice) -> &'static str {
        match c {
            Choice::Prolotherapy => "Needles and several visits. Soreness for a few days after each session. Serious problems are rare (see \"After each session\").",
            Choice::NoProlotherapy => "No risks from prolotherapy. The pain may get better, stay the same or get worse.",
            Choice::Exercise => "It takes regular time and effort. We have no checked figures on its side effects.",
            Choice::SteroidShots => "We have no checked figures on its side effects. Ask your clinician.",
            Choice::OtherTreatments => "Each has its own. Ask your clinician about the ones that fit you.",
        }
    }

    fn value(&self, v: Value) -> &'static str {
        match v {
            Value::AvoidNeedles => "Avoiding needles",
            Value::FewVisits => "Making as few visits as I can",
            Value::QuickChange => "Feeling a change soon",
            Value::AvoidSideEffects => "Avoiding side effects, even short ones",
            Value::Cost => "What it costs me",
            Value::TriedOthers => "Trying other treatments first",
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn window(&self, w: Window) -> &'static str {
        match w {
            Window::SameDay => "The day of the session",
            Window::Days1To3 => "Days 1 to 3",
            Window::Days4To7 => "Days 4 to 7",
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn window_advice(&self, w: Window) -> &'static str {
        match w {
            Window::SameDay => "Rest the area. Numbness from the shot wears off in a few hours.",
            Window::Days1To3 => {
                "Soreness and stiffness are common. Take it easy and follow your clinic's advice. A fever, or redness and heat that spread, are warning signs: see \"When to get help\"."
            }
            Window::Days4To7 => {
                "For most people, soreness from the session has settled by now. If pain keeps getting worse, call your clinic."
            }
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
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

    fn timeline_desc(
        &self,
        (sure, if_needed): (u16, u16),
        first: Date,
        last_sure: Date,
        last: Date,
        checkup: Date,
    ) -> String {
        let more = match if_needed {
            0 => String::new(),
            k => format!(" If needed, up to {k} more, until {}.", self.date(last)),
        };
        format!(
            "{sure} sessions from {} to {}.{more} Then a top-up session around {}, only if your clinician advises it.",
            self.date(first),
            self.date(last_sure),
            self.date(checkup)
        )
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn study_size(&self, design: Design, trials: u8, people: u16) -> String {
        let size = if people == 0 {
            "size not checked".to_owned()
        } else {
            format!("{people} people")
        };
        match (design, trials) {
            (Design::Review, _) => format!("A review of {trials} studies, {size}."),
            (Design::RandomisedTrial, 1) => format!("1 randomized trial, {size}."),
            (Design::RandomisedTrial, _) => {
                format!("{trials} small randomized trials, {size} in all.")
            }
            (Design::RecordReview, _) => format!("Records of {size}, no comparison group."),
            // Its people are practitioners, not patients.
            (Design::PractitionerSurvey, _) => {
                format!("{people} people who give these shots for back and neck pain answered.")
            }
        }
    }

    fn shared_by(&self, clinic: &str) -> String {
        format!("Shared by {clinic}. The clinic did not write this guide.")
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn version(&self, version: &str, published: &str) -> String {
        format!("Version {version}, published {published}.")
    }

    #[cfg(not(target_arch = "wasm32"))]
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
            Frequency::OutOf100(n) => {
                format!("Those who give the shots guess about {n} out of 100 people")
            }
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
        format!(
            "In a knee trial: {n} of {of} people ({} out of 100)",
            u16::from(n) * 100 / u16::from(of)
        )
    }

    fn plan_summary(&self, sure: u16, if_needed: u16) -> String {
        match if_needed {
            0 => format!("This example has {sure} sessions and a possible top-up."),
            k => format!(
                "This example has {sure} sessions, up to {k} more if needed, and a possible top-up."
            ),
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn plan_note(&self, range: Span, from: ScheduleFrom) -> String {
        let n = span_text(range);
        let how_many = match from {
            ScheduleFrom::Studies => format!("Most people in the studies had {n} sessions."),
            ScheduleFrom::StudiesUpTo => {
                format!("In the studies, people had up to {} sessions.", range.max)
            }
            ScheduleFrom::StudiesAndClinics => {
                format!("In studies and at clinics, people usually have {n} sessions.")
            }
            ScheduleFrom::Clinics => {
                format!("Clinics usually give {n} sessions. No study has tested this.")
            }
        };
        format!(
            "{how_many} The example ends with one top-up session, only if your clinician advises it: no trial with a comparison group has tested top-up sessions."
        )
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn first_change(&self, weeks: Span, measured: bool) -> String {
        // Measured: the trial's first two checks (both groups better at each).
        if measured {
            format!("In the knee trial, scores were first checked at the second session, {} weeks after the first. By then, the prolotherapy and salt-water groups were both a little better on average, the prolotherapy group by more. At the third session, {} weeks later, both were better still.", weeks.min, weeks.max - weeks.min)
        } else {
            format!("Clinics often say that if a change comes, it is first noticed {} weeks after the first session. No study measured this.", span_text(weeks))
        }
    }

    fn example_dates(&self, from: Date, to: Date) -> String {
        format!(
            "In this example plan, those weeks would be around {} to {}.",
            self.date(from),
            self.date(to)
        )
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn tenths(&self, value: u16) -> String {
        format!("{}.{}", value / 10, value % 10)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn finding_intro(&self, m: Measure, at_weeks: Span) -> String {
        let when = if at_weeks.max == 0 {
            "treatment".to_owned()
        } else {
            time_after(at_weeks)
        };
        match m {
            Measure::KneeScore => format!("After {when}, knee scores (0 to 100, for pain, stiffness and daily tasks) got better by about:"),
            Measure::HalfPainGone => format!("After {when}, more than half the pain was gone for:"),
            Measure::HalfOrMorePainGone => format!("After {when}, at least half the pain was gone for:"),
            Measure::ElbowScore => format!("After {when}, elbow pain and use of the arm improved more with prolotherapy than in the comparison groups."),
            Measure::MeaningfulChange => format!("After {when}, a big enough change, by the study's measure, came for:"),
            Measure::PainStillBetter => format!("After {when}, the worst shoulder pain was still at least 2.8 points lower than at the start (on a scale of 0 to 10) for:"),
            Measure::BetterThanControl => format!("From {when}, pain and foot use were better with prolotherapy than in the comparison group."),
            Measure::JawPain => format!("After {when}, jaw pain (0 to 10) fell by about:"),
            Measure::PainOrTasksHalved => format!("{when} after treatment ended, pain or trouble with daily tasks was down by half or more for:"),
            Measure::TasksHalved => format!("{when} after treatment ended, trouble with daily tasks was down by more than half for:"),
            Measure::ElbowVsPhysio => format!("After {when}, no group did clearly better: prolotherapy, physical therapy, or both. All three got much better, but none went without treatment."),
            Measure::ReviewOfTrials => "A review looked at the trials of shots for low back pain. The result shown is for shots alone.".to_owned(),
            Measure::ArthritisReview => "A review put together 6 studies of prolotherapy for arthritis. It compared the groups about 6 months after the first shot.".to_owned(),
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn finding_arm(&self, unit: Unit, group: Group, value: Span) -> String {
        let v = span_text(value);
        let g = self.group(group);
        match unit {
            Unit::People => format!("{v} out of 100 people who had {g}"),
            Unit::Joints => format!("{v} out of 100 joints treated with {g}"),
            Unit::ScorePoints => format!("{v} points with {g}"),
            Unit::PainPoints => format!("{} points with {g}", self.tenths(value.min)),
            Unit::NoFigure => g.to_owned(),
        }
    }

    fn calendar_title(&self, number: u16, sure: u16, phase: Phase, optional: bool) -> String {
        match phase {
            Phase::Maintenance => {
                "Prolotherapy top-up session, only if advised (example date)".to_owned()
            }
            _ if optional => {
                format!("Prolotherapy session {number}, if needed (example date)")
            }
            _ => format!("Prolotherapy session {number} of {sure} (example date)"),
        }
    }

    fn week(&self, week: u16) -> String {
        format!("Week {week}")
    }

    fn texts_unavailable(&self) -> &'static str {
        "The words in your language could not be loaded, so this page is in English. Reload the page to try again."
    }
}
