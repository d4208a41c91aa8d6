//! Español. Palabras sencillas, frases cortas, trato de usted.
//! Términos fijos (ver GLOSSARY.md): sesión, inyección, efecto secundario,
//! profesional de salud, clínica, sesión de refuerzo, plan de ejemplo.

use super::table::keys;
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

pub struct Es;

const MONTHS: [&str; 12] = [
    "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
];

#[cfg(not(target_arch = "wasm32"))]
const WORDS: SpanWords = SpanWords {
    to: "a",
    weeks: "semanas",
    months: "meses",
};

#[cfg(not(target_arch = "wasm32"))]
fn time_after(weeks: Span) -> String {
    super::time_after(weeks, &WORDS)
}

#[cfg(not(target_arch = "wasm32"))]
fn span_text(s: Span) -> String {
    super::span_text(s, &WORDS)
}

impl Texts for Es {
    // The fixed texts live in es.txt (the live part's, which the page loads only for someone
    // who reads Spanish) and es-islands.txt (the built sections', native only), keyed: `keys`
    // is generated from them by build.rs.
    fn ui(&self, key: Ui) -> &'static str {
        keys::ui(key)
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn fixed(&self, key: Fixed) -> &'static str {
        keys::fixed(key)
    }
    fn condition(&self, c: Condition) -> &'static str {
        keys::condition(c)
    }
    fn severity(&self, s: Severity) -> &'static str {
        keys::severity(s)
    }
    fn severity_help(&self, s: Severity) -> &'static str {
        keys::severity_help(s)
    }
    fn adherence(&self, a: Adherence) -> &'static str {
        keys::adherence(a)
    }
    fn adherence_help(&self, a: Adherence) -> &'static str {
        keys::adherence_help(a)
    }
    fn phase(&self, p: Phase) -> &'static str {
        keys::phase(p)
    }
    fn side_effect(&self, e: SideEffect) -> &'static str {
        keys::side_effect(e)
    }
    fn duration(&self, d: Duration) -> &'static str {
        keys::duration(d)
    }
    fn care_level(&self, l: CareLevel) -> &'static str {
        keys::care_level(l)
    }
    fn care_sign(&self, s: CareSign) -> &'static str {
        keys::care_sign(s)
    }
    fn caution(&self, c: Caution) -> &'static str {
        keys::caution(c)
    }
    fn caution_why(&self, c: Caution) -> &'static str {
        keys::caution_why(c)
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn assumption(&self, a: Assumption) -> &'static str {
        keys::assumption(a)
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn group(&self, g: Group) -> &'static str {
        keys::group(g)
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn condition_what(&self, c: Condition) -> &'static str {
        keys::condition_what(c)
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn condition_course(&self, c: Condition) -> &'static str {
        keys::condition_course(c)
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn design(&self, d: Design) -> &'static str {
        keys::design(d)
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn strength(&self, s: Strength) -> &'static str {
        keys::strength(s)
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn verdict(&self, v: Verdict) -> &'static str {
        keys::verdict(v)
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn caveat(&self, c: Caveat) -> &'static str {
        keys::caveat(c)
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn choice(&self, c: Choice) -> &'static str {
        keys::choice(c)
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn choice_involves(&self, c: Choice) -> &'static str {
        keys::choice_involves(c)
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn choice_downsides(&self, c: Choice) -> &'static str {
        keys::choice_downsides(c)
    }
    fn value(&self, v: Value) -> &'static str {
        keys::value(v)
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn window(&self, w: Window) -> &'static str {
        keys::window(w)
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn window_advice(&self, w: Window) -> &'static str {
        keys::window_advice(w)
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn presence(&self, p: Presence) -> &'static str {
        keys::presence(p)
    }

    fn short_date(&self, d: Date) -> String {
        let (_, m, day) = d.ymd();
        format!("{day} {}", MONTHS[m as usize - 1])
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
            k => format!(
                " Si hace falta, {k} más como máximo, hasta el {}.",
                self.date(last)
            ),
        };
        format!(
            "{sure} sesiones del {} al {}.{more} Luego, una sesión de refuerzo hacia el {}, solo si su profesional de salud lo aconseja.",
            self.date(first),
            self.date(last_sure),
            self.date(checkup)
        )
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn study_size(&self, design: Design, trials: u8, people: u16) -> String {
        let size = if people == 0 {
            "tamaño sin comprobar".to_owned()
        } else {
            format!("{people} personas")
        };
        match (design, trials) {
            (Design::Review, _) => format!("Una revisión de {trials} estudios, {size}."),
            (Design::RandomisedTrial, 1) => format!("1 estudio con grupos al azar, {size}."),
            (Design::RandomisedTrial, _) => {
                format!("{trials} estudios pequeños con grupos al azar, {size} en total.")
            }
            (Design::RecordReview, _) => format!("Registros de {size}, sin grupo de comparación."),
            // Its people are practitioners, not patients.
            (Design::PractitionerSurvey, _) => {
                format!("Respondieron {people} personas que ponen estas inyecciones para el dolor de espalda y de cuello.")
            }
        }
    }

    fn shared_by(&self, clinic: &str) -> String {
        format!("Compartido por {clinic}. La clínica no escribió esta guía.")
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn version(&self, version: &str, published: &str) -> String {
        format!("Versión {version}, publicada el {published}.")
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn out_of_100(&self, unit: Unit, n: u16) -> String {
        match unit {
            Unit::Joints => format!("{n} de cada 100 lados de la mandíbula"),
            _ => format!("{n} de cada 100 personas"),
        }
    }

    fn date(&self, d: Date) -> String {
        let (y, m, day) = d.ymd();
        let wd = match d.weekday() {
            // Whole names: "mar" would be both Tuesday (martes) and March (marzo).
            Weekday::Mon => "lunes",
            Weekday::Tue => "martes",
            Weekday::Wed => "miércoles",
            Weekday::Thu => "jueves",
            Weekday::Fri => "viernes",
            Weekday::Sat => "sábado",
            Weekday::Sun => "domingo",
        };
        format!("{wd} {day} {} {y}", MONTHS[m as usize - 1])
    }

    fn frequency(&self, f: Frequency) -> String {
        match f {
            Frequency::OutOf100(n) => {
                format!("Unas {n} de cada 100 personas, según lo que creen quienes ponen las inyecciones")
            }
            Frequency::Common => "Frecuente".to_owned(),
            Frequency::Occasional => "A veces".to_owned(),
        }
    }

    fn emergency_now(&self, e: Emergency<'_>) -> (&'static str, String, &'static str) {
        let slot = match e {
            Emergency::Clinic(n) => format!("al {n}"),
            Emergency::Guessed(n) => format!("al {n} o al número de emergencias de su zona"),
            Emergency::Unknown => "al número de emergencias de su zona".to_owned(),
        };
        ("Llame ", slot, " ahora")
    }
    fn call_clinic_today(&self, clinic: &str) -> String {
        format!("Llame a {clinic} hoy")
    }
    fn trial_count(&self, n: u8, of: u8) -> String {
        format!(
            "En un estudio de rodilla: {n} de {of} personas ({} de cada 100)",
            u16::from(n) * 100 / u16::from(of)
        )
    }

    fn plan_summary(&self, sure: u16, if_needed: u16) -> String {
        match if_needed {
            0 => format!("Este ejemplo tiene {sure} sesiones y una posible sesión de refuerzo."),
            k => format!("Este ejemplo tiene {sure} sesiones, hasta {k} más si hace falta, y una posible sesión de refuerzo."),
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn plan_note(&self, range: Span, from: ScheduleFrom) -> String {
        // "de 3 a 5", but "4".
        let n = format!(
            "{}{}",
            if range.min == range.max { "" } else { "de " },
            span_text(range)
        );
        let how_many = match from {
            ScheduleFrom::Studies => {
                format!("En los estudios, la mayoría de las personas tuvo {n} sesiones.")
            }
            ScheduleFrom::StudiesUpTo => {
                format!(
                    "En los estudios, las personas tuvieron hasta {} sesiones.",
                    range.max
                )
            }
            ScheduleFrom::StudiesAndClinics => {
                format!("En los estudios y en las clínicas, lo habitual es {n} sesiones.")
            }
            ScheduleFrom::Clinics => {
                format!("Las clínicas suelen dar {n} sesiones. Ningún estudio lo ha probado.")
            }
        };
        format!(
            "{how_many} El ejemplo termina con una sesión de refuerzo, solo si su profesional de salud lo aconseja: ningún estudio con grupo de comparación ha probado las sesiones de refuerzo."
        )
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn first_change(&self, weeks: Span, measured: bool) -> String {
        // Measured: the trial's first two checks (both groups better at each).
        if measured {
            return format!("En el estudio de rodilla, la puntuación se midió por primera vez en la segunda sesión, {} semanas después de la primera. Para entonces, los grupos de proloterapia y de agua con sal estaban los dos un poco mejor en promedio; el de proloterapia, más. En la tercera sesión, {} semanas después, los dos estaban todavía mejor.", weeks.min, weeks.max - weeks.min);
        }
        let weeks = if weeks.min == weeks.max {
            weeks.min.to_string()
        } else {
            format!("entre {} y {}", weeks.min, weeks.max)
        };
        format!("Las clínicas suelen decir que, si llega un cambio, se nota por primera vez {weeks} semanas después de la primera sesión. Ningún estudio lo midió.")
    }

    fn example_dates(&self, from: Date, to: Date) -> String {
        format!(
            "En este plan de ejemplo, esas semanas serían más o menos entre el {} y el {}.",
            self.date(from),
            self.date(to)
        )
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn tenths(&self, value: u16) -> String {
        // A decimal point, as in Mexico and the US (and the fever's "100.4 °F").
        format!("{}.{}", value / 10, value % 10)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn finding_intro(&self, m: Measure, at_weeks: Span) -> String {
        // "A las 16 semanas", "A los 12 meses": the article follows the unit.
        let at = || {
            // The first unit is the one after the article: "A los 3 meses", "A las 7 a 15 semanas".
            let article = if super::says_months(at_weeks.min) {
                "A los"
            } else {
                "A las"
            };
            format!("{article} {}", time_after(at_weeks))
        };
        match m {
            Measure::ReviewOfTrials => "Una revisión juntó los estudios de inyecciones para el dolor en la parte baja de la espalda. El resultado que se muestra es de las inyecciones solas.".to_owned(),
            Measure::ArthritisReview => "Una revisión juntó 6 estudios de proloterapia para la artrosis. Comparó los grupos unos 6 meses después de la primera inyección.".to_owned(),
            Measure::MeaningfulChange if at_weeks.max == 0 => {
                "Al final del tratamiento, mejoraron lo bastante según la medida del estudio:".to_owned()
            }
            Measure::KneeScore => format!("{}, la puntuación de la rodilla (de 0 a 100, por dolor, rigidez y tareas diarias) mejoró unos:", at()),
            Measure::HalfPainGone => format!("{}, el dolor bajó a menos de la mitad en:", at()),
            Measure::HalfOrMorePainGone => format!("{}, el dolor bajó a la mitad o menos en:", at()),
            Measure::ElbowScore => format!("{}, el dolor del codo y el uso del brazo mejoraron más con proloterapia que en los grupos de comparación.", at()),
            Measure::MeaningfulChange => format!("{}, mejoraron lo bastante según la medida del estudio:", at()),
            Measure::PainStillBetter => format!("{}, el peor dolor del hombro seguía al menos 2.8 puntos más bajo que al principio (en una escala de 0 a 10) para:", at()),
            Measure::BetterThanControl => format!(
                "Entre la semana {} y la {}, el dolor y el uso del pie iban mejor con proloterapia que en el grupo de comparación.",
                at_weeks.min, at_weeks.max
            ),
            Measure::JawPain => format!("{}, el dolor de la mandíbula (de 0 a 10) bajó unos:", at()),
            Measure::PainOrTasksHalved => format!("{} después de terminar el tratamiento, el dolor o los problemas con las tareas diarias bajaron a la mitad o menos para:", time_after(at_weeks)),
            Measure::TasksHalved => format!("{} después de terminar el tratamiento, los problemas con las tareas diarias bajaron a menos de la mitad para:", time_after(at_weeks)),
            Measure::ElbowVsPhysio => format!("{}, ningún grupo estuvo claramente mejor: proloterapia, fisioterapia o las dos. Los tres mejoraron mucho, pero ninguno se quedó sin tratamiento.", at()),
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn finding_arm(&self, unit: Unit, group: Group, value: Span) -> String {
        let v = span_text(value);
        let g = self.group(group);
        match unit {
            Unit::People => format!("{v} de cada 100 personas con {g}"),
            Unit::Joints => format!("{v} de cada 100 lados de la mandíbula tratados con {g}"),
            Unit::ScorePoints => format!("{v} puntos con {g}"),
            Unit::PainPoints => format!("{} puntos con {g}", self.tenths(value.min)),
            Unit::NoFigure => g.to_owned(),
        }
    }

    fn calendar_title(&self, number: u16, sure: u16, phase: Phase, optional: bool) -> String {
        match phase {
            Phase::Maintenance => {
                "Sesión de refuerzo de proloterapia, solo si se la aconsejan (fecha de ejemplo)"
                    .to_owned()
            }
            _ if optional => {
                format!("Sesión de proloterapia {number}, si hace falta (fecha de ejemplo)")
            }
            _ => format!("Sesión de proloterapia {number} de {sure} (fecha de ejemplo)"),
        }
    }

    fn week(&self, week: u16) -> String {
        format!("Semana {week}")
    }

    fn texts_unavailable(&self) -> &'static str {
        "No se pudo cargar el español, así que la página está en inglés. Vuelva a cargar la página para intentarlo de nuevo."
    }
}
