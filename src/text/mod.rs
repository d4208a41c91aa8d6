//! Everything a patient reads, one file per language.
//!
//! Keys are typed enums and each language implements [`Texts`] with exhaustive
//! matches, so a missing translation does not compile.

mod en;
mod es;
pub mod islands;
mod key_hash;
mod table;

pub use table::{available, load};

use crate::model::care::{CareLevel, CareSign};
use crate::model::side_effects::{Duration, Frequency, SideEffect};
use crate::model::{Adherence, Caution, Condition, Date, Inputs, Phase, Severity, SourceId, Value};
use crate::settings::{Emergency, Phone, Settings};

// Named only by the texts of the sections built into the page's HTML.
native! {
    use crate::model::conditions::{Caveat, Design, Group, Measure, Strength, Unit, Verdict};
    use crate::model::options::Choice;
    use crate::model::side_effects::{Presence, Window};
    use crate::model::Assumption;
    use crate::model::Span;
}

/// A language's month and weekday names (Monday first) and its two forms of a date, as
/// [`Texts::date`] (`long`) and [`Texts::short_date`] (`short`) write them, with `{w}`, `{d}`,
/// `{m}` and `{y}` for the weekday, day, month and year: for the loader that moves a page's first
/// view to today's dates (`prerender --date-words`). Read back from the dates the texts write, so
/// they cannot differ.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, PartialEq)]
pub struct DateWords {
    pub months: Vec<String>,
    pub weekdays: Vec<String>,
    pub long: String,
    pub short: String,
}

/// See [`DateWords`].
#[cfg(not(target_arch = "wasm32"))]
pub fn date_words(lang: Lang) -> Option<DateWords> {
    let t = texts(lang);
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    };
    // A short date has one word, the month's name. 2026-01-05 was a Monday.
    let days =
        |month, from, to| (from..=to).filter_map(move |day| Date::from_ymd(2026, month, day));
    let months: Vec<String> = (1..=12)
        .flat_map(|m| days(m, 5, 5))
        .map(|d| words(&t.short_date(d)).concat())
        .collect();
    // A long one has the weekday's too.
    let weekdays: Vec<String> = days(1, 5, 11)
        .map(|d| {
            words(&t.date(d))
                .into_iter()
                .filter(|w| *w != months[0])
                .collect()
        })
        .collect();
    // The forms: neither a month's nor a weekday's name has a digit, and 2026 has no 5.
    let form = |text: String| {
        text.replacen(weekdays[0].as_str(), "{w}", 1)
            .replacen(months[0].as_str(), "{m}", 1)
            .replacen("2026", "{y}", 1)
            .replacen('5', "{d}", 1)
    };
    let monday = Date::from_ymd(2026, 1, 5)?;
    Some(DateWords {
        long: form(t.date(monday)),
        short: form(t.short_date(monday)),
        months,
        weekdays,
    })
}

listed! {
    /// A language the app speaks.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub enum Lang {
        #[default]
        En,
        Es,
    }
}

impl Lang {
    /// The BCP 47 tag for `lang` attributes, also the code in links.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language for a tag such as `es`, `es-MX` or `en-US`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// Its install manifest, beside the app: the page switches to it with the language, and
    /// postbuild links it from the page built in it.
    #[inline]
    pub fn manifest(self) -> &'static str {
        match self {
            Lang::En => "manifest.webmanifest",
            Lang::Es => "manifest.es.webmanifest",
        }
    }

    /// Writing direction, for `dir` attributes (ready for right-to-left languages).
    pub fn dir(self) -> &'static str {
        "ltr"
    }

    /// The language's own name, for the switch.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }
}

listed! {
    /// Fixed strings of the interface.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Ui {
        AppTitle,
        Intro,
        Disclaimer,
        /// On screen after the disclaimer; not in the summary, which is about to leave.
        StaysHere,
        FormHeading,
        ConditionLabel,
        SeverityLegend,
        AdherenceLegend,
        StartLabel,
        StartHelp,
        StartInvalid,
        PlanHeading,
        PlanCaption,
        ColSession,
        ColDate,
        ColWeek,
        ColStage,
        IfNeeded,
        ImprovementHeading,
        SideEffectsHeading,
        CareHeading,
        CareIntro,
        CautionsHeading,
        CautionsIntro,
        NotProven,
        AssumptionMark,
        SourceMark,
        FailureTitle,
        FailureBody,
        /// In the failure message, before the emergency heading: these signs, not the page's
        /// failure, are what to get emergency help for.
        FailureSignsLead,
        /// In the failure message, after the emergency signs: the levels it leaves out.
        FailureOthers,
        TimelineTitle,
        TimelineStart,
        PrintChoices,
        PrintTicked,
        RememberLabel,
        RememberHelp,
        Forget,
        StorageBlocked,
        /// A condition's built sections (the studies, the choices, the sources) did not load.
        SectionsMissing,
        LinkProblems,
        TakeAlongHeading,
        CalendarButton,
        CalendarNote,
        ShareNote,
        ShareButton,
        SummaryButton,
        LinkShared,
        LinkCopied,
        SummaryCopied,
        CopyFailed,
        SummaryCopyFailed,
        CalendarSaved,
        ClinicPhone,
        AfterHoursPhone,
        CareCantReach,
        EmergencyGo,
        /// The copied summary's note under the plan (the sources list says it as an assumption).
        ExampleDates,
        /// Each calendar event's first words, before the care levels.
        CalendarEventNote,
        /// The copied summary's tag on the top-up session.
        OnlyIfAdvised,
        ValuesHeading,
        ValuesIntro,
        PrintValues,
        /// Short labels of the sources that are not an author and a year.
        SourceTypical,
        SourceLeaflets,
        SourceReview,
    }
}

listed! {
    /// Texts of the sections that never change with the answers (what a session is like,
    /// side effects, questions, about): rendered into the page's HTML at build time, never
    /// compiled into the wasm (the islands, `app::island`).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Fixed {
        ColEffect,
        ColHowOften,
        ColHowLong,
        SeriousRare,
        MedicineAdvice,
        UpdatePolicy,
        DayStripHeading,
        QuestionsHeading,
        Question1,
        Question2,
        Question3,
        Question4,
        Question5,
        SessionHeading,
        SessionConsult,
        SessionClean,
        SessionNumb,
        SessionNeedles,
        SessionGuided,
        SessionTime,
        AftercareHeading,
        AftercareRest,
        AftercareFluids,
        AftercareRaise,
        AftercareWatch,
        AftercareVisits,
        SessionCost,
        AboutHeading,
        AboutWho,
        AboutNotClinic,
        AboutNotReviewed,
        AboutFunding,
        AboutStrength,
        DecisionHeading,
        Decision,
        ConditionWhatLabel,
        ConditionCourseLabel,
        ComparedWith,
        StrengthLabel,
        AgainstNoShot,
        IconArrayNote,
        IconArrayNoteJoints,
        ChartTitle,
        ChartDesc,
        AxisWeeks,
        AxisBenefit,
        CurveTableCaption,
        ColChoice,
        ColInvolves,
        ColHappened,
        ColDownsides,
        SeeResultsAbove,
        NotTestedHere,
        OptionsHeading,
        OptionNoHelp,
        IfNoHelp,
        NotEveryone,
        NoTrialFinding,
        CourseNotComparable,
        ComparisonGroupsHad,
        /// The same, where the comparison group had no treatment at all (tennis elbow).
        ComparisonGroupWaited,
        SourcesHeading,
        EvidenceQuality,
        /// After the typical-practice source: what it is used for.
        FramingOnly,
        AssumptionsHeading,
        MadeBy,
        LastReviewed,
        /// Said when JavaScript is off, on a page built in this language.
        NoScript,
        /// A link, in this language, to the page built in it (es.html, or the main page for
        /// English), on a page built in another: under the note when JavaScript is off or the app
        /// cannot start.
        OtherPage,
        /// The offline app's notice that a new version is waiting, and its button: the page's
        /// loader shows them (assets/boot.js), not the wasm.
        UpdateReady,
        UpdateReload,
        /// What the "Care leaflets" source is (a description, not a published title).
        LeafletsAre,
        /// What the "Typical practice" source is.
        TypicalAre,
        /// Hung 2016's result as it bears on one choice (`caveat_in_row`): the whole of
        /// `Caveat::ArthritisReview`, a part a row.
        ReviewBetterThanControl,
        ReviewBetterThanExercise,
        ReviewSteroidNotClear,
        /// `Caveat::Adjusted` in a row of "Your choices": without the chart it points to.
        AdjustedAverages,
    }
}

/// Where a condition's number of sessions comes from, for the sentence that gives it.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScheduleFrom {
    /// Trials only.
    Studies,
    /// Trials only, which give only the most sessions anyone had (`studies_give_only_the_most`).
    StudiesUpTo,
    /// Trials and what clinics usually do.
    StudiesAndClinics,
    /// What clinics usually do: no trial.
    Clinics,
}

#[cfg(not(target_arch = "wasm32"))]
impl ScheduleFrom {
    /// From the sources a schedule cites (practice conventions and leaflets are clinics').
    pub fn of(sources: &[crate::model::SourceId]) -> Self {
        let clinics = sources.iter().any(|s| s.source().practice_only);
        match (sources.iter().any(|s| !s.source().practice_only), clinics) {
            (true, false) => Self::Studies,
            (true, true) => Self::StudiesAndClinics,
            (false, _) => Self::Clinics,
        }
    }

    /// For a condition's plan: from its schedule's sources, and "up to" where its trials give
    /// only the most sessions.
    pub fn for_condition(c: crate::model::Condition) -> Self {
        match Self::of(c.data().schedule_sources) {
            Self::Studies if c.studies_give_only_the_most() => Self::StudiesUpTo,
            other => other,
        }
    }
}

/// All the words of one language.
pub trait Texts {
    fn ui(&self, key: Ui) -> &'static str;
    /// A text of a section built into the page's HTML (native builds only).
    #[cfg(not(target_arch = "wasm32"))]
    fn fixed(&self, key: Fixed) -> &'static str;
    fn condition(&self, c: Condition) -> &'static str;
    fn severity(&self, s: Severity) -> &'static str;
    fn severity_help(&self, s: Severity) -> &'static str;
    fn adherence(&self, a: Adherence) -> &'static str;
    fn adherence_help(&self, a: Adherence) -> &'static str;
    fn phase(&self, p: Phase) -> &'static str;
    fn side_effect(&self, e: SideEffect) -> &'static str;
    fn duration(&self, d: Duration) -> &'static str;
    fn care_level(&self, l: CareLevel) -> &'static str;
    fn care_sign(&self, s: CareSign) -> &'static str;
    fn caution(&self, c: Caution) -> &'static str;
    fn caution_why(&self, c: Caution) -> &'static str;
    #[cfg(not(target_arch = "wasm32"))]
    fn assumption(&self, a: Assumption) -> &'static str;
    #[cfg(not(target_arch = "wasm32"))]
    fn group(&self, g: Group) -> &'static str;
    /// What the condition is, in two plain sentences.
    #[cfg(not(target_arch = "wasm32"))]
    fn condition_what(&self, c: Condition) -> &'static str;
    /// How it usually goes without prolotherapy, with the figure where one exists.
    #[cfg(not(target_arch = "wasm32"))]
    fn condition_course(&self, c: Condition) -> &'static str;
    /// "A randomised trial: people were put into groups by chance."
    #[cfg(not(target_arch = "wasm32"))]
    fn design(&self, d: Design) -> &'static str;
    /// "Moderate", with what that means.
    #[cfg(not(target_arch = "wasm32"))]
    fn strength(&self, s: Strength) -> &'static str;
    /// What the study said about the gap between the groups.
    #[cfg(not(target_arch = "wasm32"))]
    fn verdict(&self, v: Verdict) -> &'static str;
    /// A caveat a patient needs beside a result.
    #[cfg(not(target_arch = "wasm32"))]
    fn caveat(&self, c: Caveat) -> &'static str;
    /// A choice's name.
    #[cfg(not(target_arch = "wasm32"))]
    fn choice(&self, c: Choice) -> &'static str;
    /// What a choice involves.
    #[cfg(not(target_arch = "wasm32"))]
    fn choice_involves(&self, c: Choice) -> &'static str;
    /// A choice's main downsides, as the sources here describe them.
    #[cfg(not(target_arch = "wasm32"))]
    fn choice_downsides(&self, c: Choice) -> &'static str;
    /// Something that may matter to the patient.
    fn value(&self, v: Value) -> &'static str;
    /// "Days 1 to 3" (a section built into the page's HTML).
    #[cfg(not(target_arch = "wasm32"))]
    fn window(&self, w: Window) -> &'static str;
    /// What is normal in that window, and what to do.
    #[cfg(not(target_arch = "wasm32"))]
    fn window_advice(&self, w: Window) -> &'static str;
    /// "Likely" / "Sometimes" (never asked for `Presence::No`).
    #[cfg(not(target_arch = "wasm32"))]
    fn presence(&self, p: Presence) -> &'static str;

    /// "Tue, Dec 1, 2026".
    fn date(&self, d: Date) -> String;
    /// "About 70 out of 100 people".
    fn frequency(&self, f: Frequency) -> String;
    /// "3 of 30 people in the knee trial".
    fn trial_count(&self, n: u8, of: u8) -> String;
    /// "This example has 3 sessions, up to 1 more if needed, and a possible top-up.": the
    /// sessions marked "If needed" in the table are not counted as part of the plan.
    fn plan_summary(&self, sure: u16, if_needed: u16) -> String;
    /// "Most people in the studies had 3 to 5 sessions. The example ends with one top-up
    /// session, only if ...", as the schedule's sources are: trials, clinics' practice, or both.
    #[cfg(not(target_arch = "wasm32"))]
    fn plan_note(&self, range: Span, from: ScheduleFrom) -> String;
    /// "Clinics often say that if a change comes, it is first noticed 4 to 6 weeks ..." (or what
    /// the knee trial measured).
    #[cfg(not(target_arch = "wasm32"))]
    fn first_change(&self, weeks: Span, measured: bool) -> String;
    /// "In this example plan, that would be around Mon, Dec 28, 2026 to Mon, Jan 25, 2027."
    fn example_dates(&self, from: Date, to: Date) -> String;
    /// "8.2" (or "8,2"): a figure held in tenths.
    #[cfg(not(target_arch = "wasm32"))]
    fn tenths(&self, value: u16) -> String;
    /// The lead-in of a trial result: "After 12 months, more than half the pain was gone for:".
    #[cfg(not(target_arch = "wasm32"))]
    fn finding_intro(&self, m: Measure, at_weeks: Span) -> String;
    /// One group's figure: "59 out of 100 people who had prolotherapy".
    #[cfg(not(target_arch = "wasm32"))]
    fn finding_arm(&self, unit: Unit, group: Group, value: Span) -> String;
    /// "Dec 1", for chart labels.
    fn short_date(&self, d: Date) -> String;
    /// What the timeline shows, for screen readers: the sessions counted as the plan's summary
    /// counts them (`counts`: `sure`, from `first` to `last_sure`, then `if_needed` more until
    /// `last`), never one total, and no span that reads as if the sure sessions ran to the last.
    fn timeline_desc(
        &self,
        counts: (u16, u16),
        first: Date,
        last_sure: Date,
        last: Date,
        checkup: Date,
    ) -> String;
    /// "1 trial, 90 people" and how it was done.
    #[cfg(not(target_arch = "wasm32"))]
    fn study_size(&self, design: Design, trials: u8, people: u16) -> String;
    /// "Shared by Lakeside Clinic", above a guide the clinic did not write.
    fn shared_by(&self, clinic: &str) -> String;
    /// "Version 1.4, published 2026-11-30." (in About, built into the page's HTML)
    #[cfg(not(target_arch = "wasm32"))]
    fn version(&self, version: &str, published: &str) -> String;
    /// "59 out of 100 people" (or joints) for an icon array.
    #[cfg(not(target_arch = "wasm32"))]
    fn out_of_100(&self, unit: Unit, n: u16) -> String;
    /// A calendar event's title: "Prolotherapy session 2 of 3 (example date)", counted among the
    /// sessions the example is sure of (`sure`); a session only if needed, and the top-up, say so
    /// and are not counted ("session 4, if needed"): never "1 of 10" for 4 sure sessions.
    fn calendar_title(&self, number: u16, sure: u16, phase: Phase, optional: bool) -> String;
    /// A week number: "Week 4".
    fn week(&self, week: u16) -> String;
    /// The first care level's heading in three parts, the middle one the number to call (a
    /// slot the page fills): ("Call ", "999 or your local emergency number", " now").
    fn emergency_now(&self, e: Emergency<'_>) -> (&'static str, String, &'static str);
    /// The second care level with the clinic's name: "Call Lakeside Clinic today".
    fn call_clinic_today(&self, clinic: &str) -> String;
    /// Said, in this language, when its texts could not be loaded and the page shows English.
    /// Built into the app (not in a fetched table), so it can always be shown.
    fn texts_unavailable(&self) -> &'static str;
}

/// The words a language uses to write spans of numbers and time.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) struct SpanWords {
    /// Joins a range: "3 to 5".
    pub to: &'static str,
    pub weeks: &'static str,
    pub months: &'static str,
}

/// "3", or "3 to 5" when the span is a range.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn span_text(s: Span, w: &SpanWords) -> String {
    if s.min == s.max {
        s.min.to_string()
    } else {
        format!("{} {} {}", s.min, w.to, s.max)
    }
}

/// Whether a follow-up time reads in months: from half a year on, and at a quarter
/// year (13 weeks), which studies report as "3 months" (the jaw trial, evidence.md 1d).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn says_months(weeks: u16) -> bool {
    weeks >= 26 || weeks == 13
}

/// "16 weeks", "3 months", or "12 months" from half a year on; a range as "7 to 15 weeks".
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn time_after(weeks: Span, w: &SpanWords) -> String {
    let one = |n: u16| {
        if says_months(n) {
            format!("{} {}", (u32::from(n) * 12 + 26) / 52, w.months)
        } else {
            format!("{n} {}", w.weeks)
        }
    };
    if weeks.min == weeks.max {
        one(weeks.min)
    } else if !says_months(weeks.min) && !says_months(weeks.max) {
        // "7 to 15 weeks": one unit, said once.
        format!("{} {} {}", weeks.min, w.to, one(weeks.max))
    } else {
        // "6 weeks to 12 months": each end with its own unit, never "6 to 12 months".
        format!("{} {} {}", one(weeks.min), w.to, one(weeks.max))
    }
}

/// Every fixed text of a language, kind by kind, each in its enum's order.
#[cfg(not(target_arch = "wasm32"))]
pub fn fixed_texts(t: &dyn Texts) -> Vec<&'static str> {
    let mut v: Vec<&'static str> = Ui::ALL.iter().map(|k| t.ui(*k)).collect();
    v.extend(Fixed::ALL.map(|k| t.fixed(k)));
    v.extend(Condition::ALL.map(|c| t.condition(c)));
    v.extend(Severity::ALL.map(|s| t.severity(s)));
    v.extend(Severity::ALL.map(|s| t.severity_help(s)));
    v.extend(Adherence::ALL.map(|a| t.adherence(a)));
    v.extend(Adherence::ALL.map(|a| t.adherence_help(a)));
    v.extend(Phase::ALL.map(|p| t.phase(p)));
    v.extend(SideEffect::ALL.map(|e| t.side_effect(e)));
    v.extend(Duration::ALL.map(|d| t.duration(d)));
    v.extend(CareLevel::ALL.map(|l| t.care_level(l)));
    v.extend(CareSign::ALL.map(|s| t.care_sign(s)));
    v.extend(Caution::ALL.map(|c| t.caution(c)));
    v.extend(Caution::ALL.map(|c| t.caution_why(c)));
    v.extend(Assumption::ALL.map(|a| t.assumption(a)));
    v.extend(Group::ALL.map(|g| t.group(g)));
    v.extend(Condition::ALL.map(|c| t.condition_what(c)));
    v.extend(Condition::ALL.map(|c| t.condition_course(c)));
    v.extend(Design::ALL.map(|d| t.design(d)));
    v.extend(Strength::ALL.map(|s| t.strength(s)));
    v.extend(Verdict::ALL.map(|x| t.verdict(x)));
    v.extend(Caveat::ALL.map(|c| t.caveat(c)));
    v.extend(Choice::ALL.map(|c| t.choice(c)));
    v.extend(Choice::ALL.map(|c| t.choice_involves(c)));
    v.extend(Choice::ALL.map(|c| t.choice_downsides(c)));
    v.extend(Value::ALL.map(|x| t.value(x)));
    v.extend(Window::ALL.map(|w| t.window(w)));
    v.extend(Window::ALL.map(|w| t.window_advice(w)));
    v.extend(Presence::ALL.map(|p| t.presence(p)));
    v
}

/// A source's short label in this language: the words of the few that are not an author and
/// a year ("Care leaflets"); the bibliography's own label for the rest ("Rabago 2013").
pub fn source_label(t: &dyn Texts, s: SourceId) -> &'static str {
    match s {
        SourceId::TypicalPractice => t.ui(Ui::SourceTypical),
        SourceId::CareLeaflets => t.ui(Ui::SourceLeaflets),
        SourceId::Review2023 => t.ui(Ui::SourceReview),
        _ => s.short(),
    }
}

/// A study's caveat as one row of "Your choices" says it, a row naming one comparison group
/// `g`: where the caveat speaks of each group apart, only that group's part (the review's whole
/// sentence, control shots, exercise and steroid shots, in every row read as if each row's
/// result were all three); where it points to the studies section's chart, without the chart,
/// which is not in the table. The studies section says every caveat whole.
#[cfg(not(target_arch = "wasm32"))]
pub fn caveat_in_row(t: &dyn Texts, k: Caveat, g: Group) -> &'static str {
    let part = match (k, g) {
        (Caveat::ArthritisReview, Group::ControlShots) => Fixed::ReviewBetterThanControl,
        (Caveat::ArthritisReview, Group::ExerciseOnly) => Fixed::ReviewBetterThanExercise,
        (Caveat::ArthritisReview, Group::Steroid) => Fixed::ReviewSteroidNotClear,
        (Caveat::Adjusted, _) => Fixed::AdjustedAverages,
        _ => return t.caveat(k),
    };
    t.fixed(part)
}

/// The notice for a language whose texts did not load (or did not match this build): the
/// sentence in English, which the page then shows, and in the language that was wanted.
pub fn texts_unavailable(wanted: Lang) -> [(Lang, &'static str); 2] {
    let own: &dyn Texts = match wanted {
        Lang::En => &en::En,
        Lang::Es => &es::Es,
    };
    [
        (Lang::En, en::En.texts_unavailable()),
        (wanted, own.texts_unavailable()),
    ]
}

/// A session's tag, in the plan's table and the copied summary alike: the top-up "Only if your
/// clinician advises it", as the plan's note and the calendar say it; a session of the series
/// after the sure ones "If needed"; none for the others.
pub fn session_tag(phase: Phase, optional: bool) -> Option<Ui> {
    match (phase, optional) {
        (Phase::Maintenance, _) => Some(Ui::OnlyIfAdvised),
        (_, true) => Some(Ui::IfNeeded),
        _ => None,
    }
}

/// The heading of a care level as one line of text, with the number to call and the clinic's
/// name where there are: the page, print, the summary, the calendar and the failure message
/// all say it this way.
pub fn care_heading(t: &dyn Texts, level: CareLevel, settings: &Settings) -> String {
    match (level, &settings.clinic_name) {
        (CareLevel::EmergencyNow, _) => {
            let (before, slot, after) = t.emergency_now(settings.emergency());
            format!("{before}{slot}{after}")
        }
        (CareLevel::CallClinicToday, Some(name)) => t.call_clinic_today(name),
        _ => t.care_level(level).to_owned(),
    }
}

/// The clinic's phones under "Call your clinic today", each with its label: the page and the
/// copied summary list the same ones.
pub fn clinic_phones(settings: &Settings) -> impl Iterator<Item = (Ui, &Phone)> {
    [
        (Ui::ClinicPhone, &settings.clinic_phone),
        (Ui::AfterHoursPhone, &settings.after_hours_phone),
    ]
    .into_iter()
    .filter_map(|(label, phone)| Some((label, phone.as_ref()?)))
}

/// The clinic's phones as the "call your clinic today" level says them in plain text
/// ("Phone: 555 0100"): the copied summary and the failure message.
pub fn phone_lines<'a>(
    t: &'a dyn Texts,
    settings: &'a Settings,
) -> impl Iterator<Item = String> + 'a {
    clinic_phones(settings).map(move |(label, phone)| format!("{}: {}", t.ui(label), phone.text()))
}

/// What the patient takes to the clinician besides the plan, each list with its label: what
/// matters to them, then the cautions they ticked; a list with nothing in it is left out. The
/// printed page and the copied summary list the same ones.
pub fn taken_along(t: &dyn Texts, i: &Inputs) -> Vec<(Ui, Vec<&'static str>)> {
    let values: Vec<&str> = i.values.iter().map(|v| t.value(v)).collect();
    let ticked: Vec<&str> = Caution::ALL
        .into_iter()
        .filter(|c| i.cautions.contains(*c))
        .map(|c| t.caution(c))
        .collect();
    [(Ui::PrintValues, values), (Ui::PrintTicked, ticked)]
        .into_iter()
        .filter(|(_, items)| !items.is_empty())
        .collect()
}

/// The language actually on screen for one asked for: itself when its texts are here, else
/// English (the texts did not load, or were not this build's).
pub fn shown(lang: Lang) -> Lang {
    Some(lang).filter(|l| available(*l)).unwrap_or_default()
}

/// The words for `lang`.
pub fn texts(lang: Lang) -> &'static dyn Texts {
    match lang {
        Lang::Es if available(Lang::Es) => &es::Es,
        _ => &en::En,
    }
}
