//! Español. Palabras sencillas, frases cortas, trato de usted.
//! Términos fijos (ver GLOSSARY.md): sesión, inyección, efecto secundario,
//! profesional de salud, clínica, visita de control, plan de ejemplo.

use super::table::{keys, line};
use super::{SpanWords, Texts, Ui};
use crate::model::care::{CareLevel, CareSign};
use crate::model::conditions::{Group, Measure, Unit};
use crate::model::date::Weekday;
use crate::model::side_effects::{Duration, Frequency, Presence, SideEffect, Window};
use crate::model::{Adherence, Assumption, Caution, Condition, Date, Phase, Severity, Span};
use crate::settings::Emergency;

pub struct Es;

const MONTHS: [&str; 12] = [
    "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
];

const WORDS: SpanWords = SpanWords {
    to: "a",
    weeks: "semanas",
    months: "meses",
};

fn time_after(weeks: Span) -> String {
    super::time_after(weeks, &WORDS)
}

fn span_text(s: Span) -> String {
    super::span_text(s, &WORDS)
}

impl Texts for Es {
    // The fixed texts live in es.txt, keyed (`keys` is generated from it by build.rs): the
    // page loads them only for someone who reads Spanish.
    fn ui(&self, key: Ui) -> &'static str {
        line(keys::ui(key))
    }
    fn condition(&self, c: Condition) -> &'static str {
        line(keys::condition(c))
    }
    fn severity(&self, s: Severity) -> &'static str {
        line(keys::severity(s))
    }
    fn severity_help(&self, s: Severity) -> &'static str {
        line(keys::severity_help(s))
    }
    fn adherence(&self, a: Adherence) -> &'static str {
        line(keys::adherence(a))
    }
    fn adherence_help(&self, a: Adherence) -> &'static str {
        line(keys::adherence_help(a))
    }
    fn phase(&self, p: Phase) -> &'static str {
        line(keys::phase(p))
    }
    fn side_effect(&self, e: SideEffect) -> &'static str {
        line(keys::side_effect(e))
    }
    fn duration(&self, d: Duration) -> &'static str {
        line(keys::duration(d))
    }
    fn care_level(&self, l: CareLevel) -> &'static str {
        line(keys::care_level(l))
    }
    fn care_sign(&self, s: CareSign) -> &'static str {
        line(keys::care_sign(s))
    }
    fn caution(&self, c: Caution) -> &'static str {
        line(keys::caution(c))
    }
    fn caution_why(&self, c: Caution) -> &'static str {
        line(keys::caution_why(c))
    }
    fn assumption(&self, a: Assumption) -> &'static str {
        line(keys::assumption(a))
    }
    fn group(&self, g: Group) -> &'static str {
        line(keys::group(g))
    }
    fn window(&self, w: Window) -> &'static str {
        line(keys::window(w))
    }
    fn window_advice(&self, w: Window) -> &'static str {
        line(keys::window_advice(w))
    }
    fn presence(&self, p: Presence) -> &'static str {
        line(keys::presence(p))
    }

    fn short_date(&self, d: Date) -> String {
        let (_, m, day) = d.ymd();
        format!("{day} {}", MONTHS[m as usize - 1])
    }

    fn timeline_desc(&self, sessions: u16, first: Date, last: Date, checkup: Date) -> String {
        format!(
            "{sessions} sesiones del {} al {}, y una visita de control el {}.",
            self.date(first),
            self.date(last),
            self.date(checkup)
        )
    }

    fn out_of_100(&self, unit: Unit, n: u16) -> String {
        match unit {
            Unit::Joints => format!("{n} de cada 100 articulaciones"),
            _ => format!("{n} de cada 100 personas"),
        }
    }

    fn date(&self, d: Date) -> String {
        let (y, m, day) = d.ymd();
        let wd = match d.weekday() {
            Weekday::Mon => "lun",
            Weekday::Tue => "mar",
            Weekday::Wed => "mié",
            Weekday::Thu => "jue",
            Weekday::Fri => "vie",
            Weekday::Sat => "sáb",
            Weekday::Sun => "dom",
        };
        format!("{wd} {day} {} {y}", MONTHS[m as usize - 1])
    }

    fn frequency(&self, f: Frequency) -> String {
        match f {
            Frequency::OutOf100(n) => format!("Unas {n} de cada 100 personas"),
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
        format!("{n} de {of} personas en el estudio de rodilla")
    }

    fn plan_summary(&self, shown: u16, range: Span) -> String {
        format!(
            "Este ejemplo tiene {shown} sesiones y una visita de control. En los estudios, la mayoría tuvo {}.",
            span_text(range)
        )
    }

    fn first_change(&self, weeks: Span, from: Date, to: Date) -> String {
        format!(
            "Muchas personas notan un cambio {} semanas después de la primera sesión. Para usted, sería entre el {} y el {}.",
            span_text(weeks),
            self.date(from),
            self.date(to)
        )
    }

    fn finding_intro(&self, m: Measure, at_weeks: Span) -> String {
        let when = time_after(at_weeks);
        match m {
            Measure::KneeScore => format!("A los {when}, la puntuación de la rodilla (de 0 a 100) mejoró unos:"),
            Measure::HalfPainGone => format!("A los {when}, más de la mitad del dolor se fue en:"),
            Measure::ElbowScore => format!("A las {when}, la puntuación del codo mejoró un:"),
            Measure::MeaningfulChange => format!("A los {when}, tuvieron un cambio que les importaba:"),
            Measure::PainStillBetter => format!("A los {when}, el dolor seguía mejor en:"),
            Measure::BetterThanControl => format!(
                "Entre la semana {} y la {}, el dolor y el uso del pie iban mejor con proloterapia que con un tratamiento falso.",
                at_weeks.min, at_weeks.max
            ),
        }
    }

    fn finding_arm(&self, unit: Unit, group: Group, value: Span) -> String {
        let v = span_text(value);
        let g = self.group(group);
        match unit {
            Unit::People => format!("{v} de cada 100 personas con {g}"),
            Unit::Joints => format!("{v} de cada 100 articulaciones tratadas con {g}"),
            Unit::ScorePoints => format!("{v} puntos con {g}"),
            Unit::PercentBetter => format!("{v} por ciento con {g}"),
        }
    }

    fn calendar_title(&self, number: u16, total: u16, phase: Phase) -> String {
        match phase {
            Phase::Maintenance => "Visita de control de proloterapia (fecha de ejemplo)".to_owned(),
            _ => format!(
                "Sesión de proloterapia {number} de {} (fecha de ejemplo)",
                total - 1
            ),
        }
    }

    fn calendar_description(&self, emergency: &str) -> String {
        // "Llame al 112 ahora" as the end of a sentence: "En una emergencia, llame al 112 ahora."
        let mut chars = emergency.chars();
        let emergency: String = chars
            .next()
            .map(|c| c.to_lowercase().chain(chars).collect())
            .unwrap_or_default();
        format!("Esta es solo una fecha de ejemplo de ProloPath. Su clínica fija las fechas reales, así que llame a su clínica para pedir una cita. Si se siente muy mal después de una sesión, vea los consejos sobre cuándo pedir ayuda. En una emergencia, {emergency}.")
    }

    fn week(&self, week: u16) -> String {
        format!("Semana {week}")
    }

    fn percent(&self, value: u8) -> String {
        format!("{value} %")
    }

    fn texts_unavailable(&self) -> &'static str {
        "No se pudo cargar el español, así que la página está en inglés. Vuelva a cargar la página para intentarlo de nuevo."
    }
}
