//! Español. Palabras sencillas, frases cortas, trato de usted.
//! Términos fijos (ver GLOSSARY.md): sesión, inyección, efecto secundario,
//! profesional de salud, clínica, visita de control, plan de ejemplo.

use super::{SpanWords, Texts, Ui};
use crate::model::care::{CareLevel, CareSign};
use crate::model::conditions::{Group, Measure, Unit};
use crate::model::date::Weekday;
use crate::model::side_effects::{Duration, Frequency, Presence, SideEffect, Window};
use crate::model::{Adherence, Assumption, Caution, Condition, Date, Phase, Severity, Span};

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
    fn ui(&self, key: Ui) -> &'static str {
        match key {
            Ui::AppTitle => "ProloPath: qué esperar de la proloterapia",
            Ui::Intro => "Vea un plan de ejemplo, cómo suele mejorar la gente y cuándo pedir ayuda.",
            Ui::Disclaimer => "Esto es información general, no un consejo médico. Su profesional de salud decide su plan real. Nada de lo que escriba sale de este aparato.",
            Ui::FormHeading => "Cuéntenos un poco sobre usted",
            Ui::ConditionLabel => "¿Qué quiere tratar?",
            Ui::SeverityLegend => "¿Cuánto le molesta?",
            Ui::AdherenceLegend => "¿Cuánto de los cuidados va a hacer?",
            Ui::StartLabel => "Fecha de su primera sesión",
            Ui::StartHelp => "La usamos para mostrar fechas de ejemplo.",
            Ui::StartInvalid => "Elija una fecha real, por favor. Dejamos la última fecha buena.",
            Ui::PlanHeading => "Su plan de ejemplo",
            Ui::PlanCaption => "Sesiones y fechas de ejemplo",
            Ui::ColSession => "Sesión",
            Ui::ColDate => "Fecha",
            Ui::ColWeek => "Semana",
            Ui::ColStage => "Etapa",
            Ui::IfNeeded => "Si hace falta",
            Ui::ImprovementHeading => "Cómo mejora la gente con el tiempo",
            Ui::ChartTitle => "Cómo mejora la gente en un año",
            Ui::ChartDesc => "Una línea muestra la parte habitual del beneficio total, semana a semana. Una banda muestra el rango para la mayoría. Los puntos marcan sus sesiones.",
            Ui::AxisWeeks => "Semanas después de la primera sesión",
            Ui::AxisBenefit => "Parte del beneficio total",
            Ui::LegendTypical => "Lo habitual",
            Ui::LegendBand => "Rango para la mayoría",
            Ui::LegendSession => "Sesión",
            Ui::NotEveryone => "No todos mejoran. Algunas personas no notan ningún cambio.",
            Ui::CurveTableCaption => "Parte del beneficio total en algunas semanas",
            Ui::ColLow => "Menos",
            Ui::ColTypical => "Lo habitual",
            Ui::ColHigh => "Más",
            Ui::FindingsHeading => "Lo que hallaron los estudios",
            Ui::NoTrialFinding => "Aún no hay estudios sobre esto. El plan sigue la práctica habitual.",
            Ui::NotSignificant => "La diferencia entre los grupos fue pequeña. Puede ser casualidad.",
            Ui::SideEffectsHeading => "Después de cada sesión",
            Ui::ColEffect => "Lo que puede sentir",
            Ui::ColHowOften => "Con qué frecuencia",
            Ui::ColHowLong => "Cuánto dura",
            Ui::SeriousRare => "Los problemas graves son raros. Casi todos vienen de agujas cerca de la columna o del pecho. Son un dolor de cabeza fuerte, un pulmón colapsado, daño a un nervio, una infección o una alergia.",
            Ui::MedicineAdvice => "Siga lo que diga su clínica sobre el hielo y las pastillas para el dolor, como ibuprofeno o naproxeno. Algunas clínicas piden no usarlos por un tiempo. Las inyecciones causan una pequeña hinchazón que ayuda a sanar, y estos la pueden calmar. Otras clínicas sí los permiten. Los estudios no lo han aclarado.",
            Ui::CareHeading => "Cuándo pedir ayuda",
            Ui::CareIntro => "Guarde esta lista. Sirve después de cada sesión.",
            Ui::CautionsHeading => "Dígale esto primero a su profesional de salud",
            Ui::CautionsIntro => "Marque lo que le pase a usted. Esto nunca quiere decir que no lo puedan tratar. Ayuda a planear con usted.",
            Ui::NotProven => "No probado: dígaselo a su profesional de salud",
            Ui::SourcesHeading => "De dónde salen los números",
            Ui::EvidenceQuality => "Hay pocos estudios sobre la proloterapia. Muchos tuvieron poca gente y algunos pueden tener sesgos. Use estos números como una guía general.",
            Ui::LastReviewed => "Última revisión",
            Ui::AssumptionsHeading => "Nuestras estimaciones",
            Ui::AssumptionMark => "estimación",
            Ui::SourceMark => "Fuente",
            Ui::MadeBy => "Hecho por el equipo de ProloPath para ayudarle a hablar con su clínica.",
            Ui::UpdatePolicy => "Revisamos los números con los estudios nuevos al menos una vez al año.",
            Ui::FailureTitle => "Algo salió mal",
            Ui::FailureBody => "Vuelva a cargar la página. Si sigue pasando, llame a su clínica.",
            Ui::Loading => "Cargando su plan de ejemplo.",
            Ui::TimelineTitle => "Su plan de ejemplo en una línea de tiempo",
            Ui::TimelineStart => "Inicio",
            Ui::DayStripHeading => "Día a día después de una sesión",
            Ui::OptionsHeading => "Sus opciones",
            Ui::OptionNone => "No hacer proloterapia",
            Ui::NaturalCourse => "Puede esperar, o seguir con lo que ya le ayuda. Muchos de estos problemas cambian poco a poco solos. En los estudios, la gente que recibió una inyección falsa o solo ejercicio a menudo también mejoró un poco.",
            Ui::OptionOthers => "Otros tratamientos",
            Ui::OtherTreatments => "Ejercicio y terapia física, pastillas para el dolor, soportes o plantillas, inyecciones de esteroides y, a veces, otras inyecciones o cirugía. Algunos se pueden usar junto con la proloterapia. Pregunte cuáles le sirven.",
            Ui::OptionNoHelp => "Si no le ayuda",
            Ui::IfNoHelp => "Si nada cambia después de 2 o 3 sesiones, hable con su profesional de salud. Quizás necesite más pruebas, otro tratamiento o proloterapia junto con ejercicio.",
            Ui::QuestionsHeading => "Preguntas para su profesional de salud",
            Ui::Question1 => "¿Cuántas sesiones cree que voy a necesitar?",
            Ui::Question2 => "¿Qué debo hacer y qué no después de cada sesión?",
            Ui::Question3 => "¿Puedo usar hielo o pastillas como el ibuprofeno?",
            Ui::Question4 => "¿Qué haremos si no noto cambios después de 2 o 3 sesiones?",
            Ui::Question5 => "¿Hay algo de mi salud que cambie el plan?",
            Ui::PrintChoices => "Lo que usted eligió",
            Ui::PrintTicked => "Cosas que debe decirle a su profesional de salud",
            Ui::ChangeOften => "Cuándo se suele notar",
            Ui::IconArrayNote => "Cada punto es una de 100 personas. Los puntos llenos tuvieron el resultado.",
            Ui::RememberLabel => "Recordar mis respuestas en este aparato",
            Ui::RememberHelp => "Se quedan solo en este navegador. No se envía nada.",
            Ui::Forget => "Olvidar mis respuestas",
            Ui::StorageBlocked => "Este navegador no deja guardar respuestas en esta página. Todo lo demás funciona igual.",
            Ui::LinkProblems => "No pudimos usar parte del enlace, así que usamos la opción habitual para:",
            Ui::UpdateReady => "Hay una versión nueva de esta página.",
            Ui::UpdateReload => "Cargar ahora",
            Ui::TakeAlongHeading => "Lléveselo",
            Ui::CalendarButton => "Poner las fechas de ejemplo en mi calendario",
            Ui::CalendarNote => "Recibe un archivo de calendario. Las fechas son solo ejemplos. Su clínica fija las fechas reales.",
            Ui::ShareButton => "Compartir un enlace a esta página",
            Ui::SummaryButton => "Copiar un resumen",
            Ui::LinkShared => "Se compartió el enlace.",
            Ui::LinkCopied => "Ya copiamos el enlace. Péguelo en un mensaje para compartir.",
            Ui::SummaryCopied => "Resumen copiado. Péguelo en un mensaje o una nota.",
            Ui::CopyFailed => "Este navegador no nos dejó copiar. Puede copiar la dirección de la barra de arriba.",
            Ui::ClinicPhone => "Teléfono",
        }
    }

    fn condition(&self, c: Condition) -> &'static str {
        match c {
            Condition::KneeOsteoarthritis => "Artrosis de rodilla (la rodilla se gasta)",
            Condition::LowBackPain => "Dolor de espalda baja que dura mucho",
            Condition::SacroiliacJoint => {
                "Dolor de la articulación sacroilíaca, abajo en la espalda"
            }
            Condition::TennisElbow => "Codo de tenista (dolor por fuera del codo)",
            Condition::Achilles => "Dolor del tendón de Aquiles (detrás del talón)",
            Condition::RotatorCuff => "Dolor del manguito rotador (hombro)",
            Condition::PlantarFasciitis => "Fascitis plantar (dolor bajo el talón)",
            Condition::JawJoint => "Dolor de la articulación de la mandíbula (ATM)",
            Condition::Other => "Otro dolor de articulación, tendón o ligamento",
        }
    }

    fn severity(&self, s: Severity) -> &'static str {
        match s {
            Severity::Mild => "Leve",
            Severity::Moderate => "Moderado",
            Severity::Severe => "Fuerte",
        }
    }

    fn severity_help(&self, s: Severity) -> &'static str {
        match s {
            Severity::Mild => "El dolor va y viene. Puede hacer casi todo en su día.",
            Severity::Moderate => {
                "Dolor casi todos los días. Le impide algunas cosas, como caminar mucho o dormir."
            }
            Severity::Severe => "Dolor todos los días. Le impide hacer muchas cosas del día.",
        }
    }

    fn adherence(&self, a: Adherence) -> &'static str {
        match a {
            Adherence::Low => "Una parte",
            Adherence::Typical => "Casi todo",
            Adherence::High => "Todo",
        }
    }

    fn adherence_help(&self, a: Adherence) -> &'static str {
        match a {
            Adherence::Low => "Puede que no descanse, que no haga los ejercicios o que falte a alguna cita.",
            Adherence::Typical => "Descansa la zona uno o dos días, hace casi todos los ejercicios y va a casi todas las citas.",
            Adherence::High => "Descansa la zona uno o dos días. Sigue todos los consejos sobre actividad y pastillas. Hace todos los ejercicios y va a todas las citas.",
        }
    }

    fn phase(&self, p: Phase) -> &'static str {
        match p {
            Phase::Early => "Primeras sesiones",
            Phase::Later => "Sesiones después",
            Phase::Maintenance => "Visita de control",
        }
    }

    fn side_effect(&self, e: SideEffect) -> &'static str {
        match e {
            SideEffect::Soreness => "Dolor donde entró la aguja",
            SideEffect::Flare => "Su dolor de siempre sube antes de mejorar",
            SideEffect::Swelling => "Hinchazón",
            SideEffect::Stiffness => "Rigidez",
            SideEffect::Bruising => "Moretón",
            SideEffect::Numbness => "Adormecimiento cerca de la zona, por la anestesia",
        }
    }

    fn duration(&self, d: Duration) -> &'static str {
        match d {
            Duration::OneToThreeDays => "A menudo de 1 a 3 días, como mucho una semana",
            Duration::FewDays => "Unos días",
            Duration::Hours => "Unas horas",
        }
    }

    fn care_level(&self, l: CareLevel) -> &'static str {
        match l {
            CareLevel::EmergencyNow => "Llame al 911 o a su número de emergencias ahora",
            CareLevel::CallClinicToday => "Llame a su clínica hoy",
            CareLevel::MentionNextVisit => {
                "Dígaselo a su profesional de salud en la próxima visita"
            }
        }
    }

    fn care_sign(&self, s: CareSign) -> &'static str {
        match s {
            CareSign::AllergicReaction => "Le cuesta respirar, se le hincha la cara, los labios o la garganta, o se siente débil poco después de una inyección. Casi siempre pasa en los primeros 30 minutos.",
            CareSign::ChestAfterChestInjection => "Dolor de pecho o falta de aire de repente después de una inyección cerca del pecho o la parte alta de la espalda.",
            CareSign::Fever => "Fiebre de 38 °C (100.4 °F) o más.",
            CareSign::HotRedSwollen => "La zona se pone caliente, roja, hinchada y duele más, y no mejora con descanso.",
            CareSign::PusOrBleeding => "Pus, líquido que sale, o sangre que no para.",
            CareSign::NewNumbnessWeakness => "De repente nota la zona dormida, débil o con ardor.",
            CareSign::HeadacheAfterSpine => "Un dolor de cabeza muy fuerte que empeora al sentarse, después de una inyección cerca de la columna.",
            CareSign::WorseAfterThreeDays => "Dolor que sigue empeorando después de 3 días.",
            CareSign::SorenessOverAWeek => "Dolor que dura más de una semana.",
            CareSign::NoChangeAfterSessions => "Ningún cambio después de 2 o 3 sesiones.",
        }
    }

    fn caution(&self, c: Caution) -> &'static str {
        match c {
            Caution::BloodThinners => {
                "Tomo algo para diluir la sangre, como warfarina, heparina o clopidogrel"
            }
            Caution::BleedingDisorder => "Tengo un problema de sangrado",
            Caution::InfectionOrFever => "Tengo una infección o fiebre ahora",
            Caution::JointInfection => "Tuve una infección en esta articulación",
            Caution::RecentFracture => "Me rompí un hueso cerca de esta zona hace poco",
            Caution::Pregnancy => "Estoy embarazada o tal vez lo esté",
            Caution::Allergies => {
                "Tengo alergias, por ejemplo a la anestesia, al maíz o a la dextrosa"
            }
            Caution::Diabetes => "Tengo diabetes",
            Caution::ImplantNearSite => {
                "Tengo una prótesis de articulación o una válvula del corazón cerca de la zona"
            }
            Caution::Cancer => "Tengo o tuve cáncer",
            Caution::Autoimmune => "Tengo una enfermedad autoinmune, como lupus",
        }
    }

    fn caution_why(&self, c: Caution) -> &'static str {
        match c {
            Caution::BloodThinners => "Las inyecciones pueden sangrar o dejar más moretones. Quizás cambien el plan. La aspirina en dosis baja suele estar bien, pero pregunte antes.",
            Caution::BleedingDisorder => "Su profesional de salud debe saberlo para evitar un sangrado fuerte.",
            Caution::InfectionOrFever => "Casi siempre se espera hasta que se cure.",
            Caution::JointInfection => "Una inyección puede llevar la infección más lejos. Su profesional de salud lo revisará antes.",
            Caution::RecentFracture => "Su profesional de salud revisará cómo sanó el hueso.",
            Caution::Pregnancy => "Su profesional de salud hablará con usted sobre las medicinas de la inyección.",
            Caution::Allergies => "Las inyecciones suelen llevar anestesia y dextrosa, un azúcar que a menudo viene del maíz.",
            Caution::Diabetes => "La dextrosa es un azúcar. Puede subir su azúcar en la sangre por un rato. Revise sus niveles.",
            Caution::ImplantNearSite => "Su profesional de salud tendrá más cuidado para evitar una infección.",
            Caution::Cancer => "Algunas fuentes dicen que importa, pero no hallamos ningún estudio. Dígaselo a su profesional de salud.",
            Caution::Autoimmune => "Algunas fuentes dicen que importa, pero no hallamos ningún estudio. Dígaselo a su profesional de salud.",
        }
    }

    fn assumption(&self, a: Assumption) -> &'static str {
        match a {
            Assumption::SeverityEffect => "Aquí, cuánto le duele cambia el plan. Más fuerte quiere decir sesiones más juntas y más sesiones. Ningún estudio lo probó. Es nuestra estimación según la práctica habitual.",
            Assumption::AdherenceEffect => "Aquí, cuánto de los cuidados hace cambia el plan y lo rápido que mejora. Ningún estudio lo midió. Es nuestra estimación.",
            Assumption::ImprovementBand => "La banda es nuestra estimación de cuánto varía la gente. Los estudios no lo dieron así.",
            Assumption::IllustrativeDates => "Las fechas son solo ejemplos. Su clínica fija las fechas reales.",
        }
    }

    fn group(&self, g: Group) -> &'static str {
        match g {
            Group::Prolotherapy => "proloterapia",
            Group::ProlotherapyWithExercise => "proloterapia más ejercicio",
            Group::SaltWater => "inyecciones de agua con sal (un tratamiento falso)",
            Group::ExerciseOnly => "solo ejercicio",
            Group::Steroid => "inyecciones de esteroides",
            Group::ControlInjection => "una inyección falsa cerca del tendón",
            Group::OtherControlInjection => "una inyección falsa bajo la piel",
        }
    }

    fn window(&self, w: Window) -> &'static str {
        match w {
            Window::SameDay => "El día de la sesión",
            Window::Days1To3 => "Días 1 a 3",
            Window::Days4To7 => "Días 4 a 7",
        }
    }

    fn window_advice(&self, w: Window) -> &'static str {
        match w {
            Window::SameDay => "Descanse la zona. El adormecimiento se quita en unas horas.",
            Window::Days1To3 => {
                "Es normal sentir dolor y rigidez. Vaya con calma y siga lo que diga su clínica."
            }
            Window::Days4To7 => {
                "Casi todos se sienten mejor. Si el dolor sigue empeorando, llame a su clínica."
            }
        }
    }

    fn presence(&self, p: Presence) -> &'static str {
        match p {
            Presence::Likely => "probable",
            Presence::Sometimes => "a veces",
            Presence::No => "no se espera",
        }
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

    fn emergency_now(&self, number: &str) -> String {
        format!("Llame al {number} o a su número de emergencias ahora")
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

    fn calendar_description(&self) -> String {
        "Esta es solo una fecha de ejemplo de ProloPath. Su clínica fija las fechas reales, así que llame para pedir cita. Si se siente muy mal después de una sesión, vea los consejos sobre cuándo pedir ayuda.".to_owned()
    }

    fn week(&self, week: u16) -> String {
        format!("Semana {week}")
    }

    fn percent(&self, value: u8) -> String {
        format!("{value} %")
    }
}
