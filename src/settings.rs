//! A clinic's settings: untrusted text in (element attributes, link parameters, the
//! clinic's `settings.json`), one typed [`Settings`] value and a list of problems out.
//! [`SETTINGS`] is the one list of the keys and where each may come from.
//! Every bad value falls back to its default; nothing here can carry markup into the page.
//! Pure: no yew, web-sys or gloo.

use crate::model::Condition;
use crate::text::Lang;

/// Where a setting came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The clinic's `settings.json` beside the app (as a query string from the loader), written
    /// by whoever hosts the app: an unknown key there is a typo worth reporting.
    File,
    /// An attribute of the `<prolo-path>` element, written by the clinic's web team in its own
    /// page. The element may carry others (`id`, `class`): the loader passes on an unknown one
    /// only with `debug` on, to be named (a typo such as `clinic_phone`).
    Attribute,
    /// The page's link, which anyone can write and send: it carries the patient's answers and
    /// other things (tracking tags, say), so unknown keys are ignored.
    Link,
}

/// One setting a clinic can make, and where it may come from. [`SETTINGS`] is the one list:
/// the custom element's attributes (`embed.js`, written by the build), which keys a link may
/// carry (none: a link sets only the answers and the language) and the table in docs/clinics.md
/// (checked by a test) all come from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key {
    pub name: &'static str,
    pub file: bool,
    pub attribute: bool,
    pub link: bool,
}

impl Key {
    /// Whether this setting is taken from `origin`.
    pub fn allowed(&self, origin: Origin) -> bool {
        match origin {
            Origin::File => self.file,
            Origin::Attribute => self.attribute,
            Origin::Link => self.link,
        }
    }

    /// The key called `name`, if it is a setting.
    pub fn named(name: &str) -> Option<&'static Key> {
        SETTINGS.iter().find(|k| k.name == name)
    }
}

/// A setting only whoever hosts the app makes: in its `settings.json` or as an attribute of
/// the `<prolo-path>` element in its own page. Never from a link, which anyone can write and
/// send: a link carries the patient's answers and language, nothing else.
const fn clinic_only(name: &'static str) -> Key {
    Key {
        name,
        file: true,
        attribute: true,
        link: false,
    }
}

/// Every setting, in the order of docs/clinics.md's table.
pub const SETTINGS: [Key; 10] = [
    clinic_only("clinic-name"),
    clinic_only("clinic-phone"),
    clinic_only("after-hours-phone"),
    clinic_only("emergency-number"),
    clinic_only("region"),
    clinic_only("accent"),
    clinic_only("conditions"),
    clinic_only("condition"),
    clinic_only("lang"),
    clinic_only("debug"),
];

/// Longest clinic name shown.
const MAX_NAME: usize = 80;
/// Longest piece of a bad value kept for the message.
const MAX_SHOWN: usize = 60;
/// Lowest contrast of the accent with every colour it meets (WCAG AA for normal text), times 100.
const MIN_CONTRAST_X100: u32 = 450;

/// What the accent meets besides its own tint: white text on it (buttons), and as text itself
/// the page (#f6f8f8) and the "call your clinic today" level (#fff4e0), in styles/main.css's
/// light theme (the dark theme has its own accent).
const MEETS: [[u8; 3]; 3] = [[0xff, 0xff, 0xff], [0xf6, 0xf8, 0xf8], [0xff, 0xf4, 0xe0]];

/// A phone number made only of digits, spaces and `+ - ( ) .`; safe in text and in `tel:` links.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone(String);

impl Phone {
    /// A number with `min..=max` digits, written the way people write phone numbers. Any
    /// space inside (a no-break space pasted from a web page, say) is a space.
    fn parse(text: &str, min: usize, max: usize) -> Option<Phone> {
        let text: String = text
            .trim()
            .chars()
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .collect();
        let b = text.as_bytes();
        let digits = b.iter().filter(|c| c.is_ascii_digit()).count();
        let allowed = |(i, c): (usize, &u8)| {
            matches!(c, b'0'..=b'9' | b' ' | b'-' | b'(' | b')' | b'.') || (*c == b'+' && i == 0)
        };
        (b.len() <= 32 && (min..=max).contains(&digits) && b.iter().enumerate().all(allowed))
            .then_some(Phone(text))
    }

    /// As written, for reading.
    pub fn text(&self) -> &str {
        &self.0
    }

    /// `tel:+15551234567`: the leading `+` and the digits only. After a `+`, a `(0)` is not
    /// dialled ("+44 (0)20 7946 0000" is `tel:+442079460000`): it is dialled only from within
    /// the country, without the `+`.
    pub fn href(&self) -> String {
        // Bytes: the text is ASCII (`parse`), and `str::replace` costs a searcher in the wasm.
        let b = self.0.as_bytes();
        let mut tel = String::from("tel:");
        let mut i = 0;
        while i < b.len() {
            if b[0] == b'+' && b[i..].starts_with(b"(0)") {
                i += 3;
                continue;
            }
            if b[i].is_ascii_digit() || b[i] == b'+' {
                tel.push(b[i] as char);
            }
            i += 1;
        }
        tel
    }
}

/// An accent colour, `#rrggbb`, dark enough for white text on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Accent([u8; 3]);

impl Accent {
    fn parse(text: &str) -> Result<Accent, &'static str> {
        let hex = text.trim().strip_prefix('#').ok_or(EXPECT_ACCENT)?;
        let digit = |c: char| c.to_digit(16).map(|d| d as u8);
        let nibbles: Option<Vec<u8>> = hex.chars().map(digit).collect();
        let rgb = match nibbles.as_deref() {
            Some([r, g, b]) => [r * 17, g * 17, b * 17],
            Some([r1, r2, g1, g2, b1, b2]) => [r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2],
            _ => return Err(EXPECT_ACCENT),
        };
        let accent = Accent(rgb);
        if accent.lowest_contrast_x100() < MIN_CONTRAST_X100 {
            return Err(EXPECT_CONTRAST);
        }
        Ok(accent)
    }

    /// `#rrggbb`.
    pub fn css(self) -> String {
        let [r, g, b] = self.0;
        format!("#{r:02x}{g:02x}{b:02x}")
    }

    /// The lowest WCAG contrast ratio, times 100, of this colour with what it meets: white
    /// text on it, the light backgrounds it is text on, and its own tint (a chosen answer's
    /// background: 16 % of it on white, as styles/main.css's `color-mix(in srgb, ...)`).
    pub fn lowest_contrast_x100(self) -> u32 {
        let tint = self
            .0
            .map(|c| ((u32::from(c) * 16 + 255 * 84 + 50) / 100) as u8);
        let [a, b, c] = MEETS;
        // All of them are lighter than an accent that can pass (white is one): the lowest ratio
        // is the one with the darkest.
        let darkest = [a, b, c, tint]
            .map(luminance)
            .into_iter()
            .fold(1.0, f32::min);
        ((darkest + 0.05) * 100.0 / (luminance(self.0) + 0.05)) as u32
    }
}

/// WCAG relative luminance of an sRGB colour.
fn luminance([r, g, b]: [u8; 3]) -> f32 {
    // sRGB to linear light: x^2.4 = x^2 * (x^2)^(1/5), the fifth root by Newton's method
    // from x^0.375 (square roots only: no `powf` in the wasm).
    let linear = |c: u8| {
        let c = f32::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            let x = (c + 0.055) / 1.055;
            let y = x * x;
            let q = x.sqrt().sqrt();
            let mut r = q * q.sqrt();
            for _ in 0..3 {
                let r4 = r * r * r * r;
                r -= (r4 * r - y) / (5.0 * r4);
            }
            y * r
        }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

const EXPECT_ACCENT: &str = "a colour written #rgb or #rrggbb, such as #063 or #0b6b66";
const EXPECT_CONTRAST: &str =
    "a darker colour: a contrast of at least 4.5 to 1 with white and the app's light backgrounds";

/// Everything a clinic can set. [`Settings::default`] is the app without a clinic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    pub clinic_name: Option<String>,
    pub clinic_phone: Option<Phone>,
    /// A number for when the clinic is closed (nights, weekends).
    pub after_hours_phone: Option<Phone>,
    /// The clinic's own emergency number; else its region's, else the browser's region's.
    pub emergency_number: Option<Phone>,
    /// The clinic's region: ISO 3166 country code, upper case, when the emergency table knows it.
    pub region: Option<&'static str>,
    /// The browser's region (from its language tag), when the emergency table knows it: a guess.
    pub browser_region: Option<&'static str>,
    pub accent: Option<Accent>,
    /// The conditions offered, in the app's order; never empty.
    pub conditions: Vec<Condition>,
    /// The condition shown first; always one of `conditions`.
    pub condition: Option<Condition>,
    pub lang: Option<Lang>,
    /// Show the problems inside the widget, not only in the console.
    pub debug: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            clinic_name: None,
            clinic_phone: None,
            after_hours_phone: None,
            emergency_number: None,
            region: None,
            browser_region: None,
            accent: None,
            conditions: Condition::ALL.to_vec(),
            condition: None,
            lang: None,
            debug: false,
        }
    }
}

/// A setting that could not be used, or one used that the web team should check: the message
/// names all three parts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SettingProblem {
    pub key: String,
    /// What was received, cut to a readable length. Always shown as text.
    pub value: String,
    pub expected: &'static str,
    /// The value is used all the same (a clinic's emergency number the app does not know):
    /// the message asks the web team to check it.
    pub kept: bool,
}

impl SettingProblem {
    fn new(key: &str, value: &str, expected: &'static str) -> SettingProblem {
        let cut = |s: &str| s.chars().take(MAX_SHOWN).collect();
        SettingProblem {
            key: cut(key),
            value: cut(value),
            expected,
            kept: false,
        }
    }

    /// One line for the console and the debug notice (English: it is for the web team). The
    /// value is ignored (the setting keeps what an earlier source gave, the file's value under a
    /// bad attribute, else its default), unless it is `kept`.
    pub fn message(&self) -> String {
        format!(
            "ProloPath setting \"{}\": got \"{}\"; expected {}. {}",
            self.key,
            self.value,
            self.expected,
            if self.kept {
                "Kept: check it."
            } else {
                "Ignored."
            }
        )
    }
}

/// Emergency numbers by country, as `CCnumber`: each from ITU-T's list of national emergency
/// numbers (E.164 operational bulletin) or the country's own emergency service, as listed with
/// its source in docs/evidence.md section 3b (a test keeps the two the same). A country whose
/// emergency services have several numbers, or none we could check, is not here: the app then
/// says "your local emergency number". One string: a table of pairs costs more in the wasm.
pub const EMERGENCY: &str = "US911 CA911 PR911 MX911 CR911 PA911 DO911 EC911 UY911 CO123 GB999 IE112 AU000 NZ111 IN112 ES112 PT112 FR112 DE112 IT112 NL112 BE112 LU112 AT112 CH112 LI112 DK112 SE112 NO112 FI112 IS112 PL112 CZ112 SK112 HU112 SI112 HR112 RO112 BG112 GR112 CY112 MT112 EE112 LV112 LT112";

/// The known region for a country code (any case) and its emergency number.
fn region(code: &str) -> Option<(&'static str, &'static str)> {
    EMERGENCY
        .split(' ')
        .map(|e| e.split_at(2))
        .find(|(c, _)| c.eq_ignore_ascii_case(code))
}

/// The number to call in an emergency, and how the app knows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Emergency<'a> {
    /// Set by the clinic: its own number, or its region's.
    Clinic(&'a str),
    /// The number of the browser's region: a guess, so the words add "or your local
    /// emergency number".
    Guessed(&'static str),
    /// Nothing to go on: "your local emergency number", no number.
    Unknown,
}

impl Settings {
    /// The number to call in an emergency: the clinic's number, else the clinic's region's,
    /// else the browser's region's (a guess), else none. The one place that decides it: every
    /// surface (page, widget, print, summary, calendar, failure message) asks here.
    pub fn emergency(&self) -> Emergency<'_> {
        if let Some(p) = &self.emergency_number {
            return Emergency::Clinic(p.text());
        }
        if let Some((_, n)) = self.region.and_then(region) {
            return Emergency::Clinic(n);
        }
        match self.browser_region.and_then(region) {
            Some((_, n)) => Emergency::Guessed(n),
            None => Emergency::Unknown,
        }
    }

    /// Takes the browser's region from its language tag, such as `en-GB`.
    pub fn use_locale(&mut self, tag: &str) {
        let code = tag.split(['-', '_']).nth(1).unwrap_or("");
        self.browser_region = region(code).map(|(c, _)| c);
    }

    /// Whether `c` is offered.
    pub fn offers(&self, c: Condition) -> bool {
        self.conditions.contains(&c)
    }

    /// The condition to start on: the chosen one, else the first offered.
    pub fn first_condition(&self) -> Condition {
        self.condition.unwrap_or(self.conditions[0])
    }

    /// Settings from `(origin, key, value)` triples, later ones winning. Never panics; each
    /// value that cannot be used keeps its default and adds one problem (as does a clinic's
    /// emergency number the table does not list, which is kept).
    pub fn parse<'a>(
        pairs: impl IntoIterator<Item = (Origin, &'a str, &'a str)>,
    ) -> (Settings, Vec<SettingProblem>) {
        let mut s = Settings::default();
        let mut problems = Vec::new();
        let mut condition = None::<(&str, Condition)>;
        for (origin, key, value) in pairs {
            let trimmed = value.trim();
            let known = Key::named(key);
            // A setting this origin may not make is not taken from it.
            if known.is_some_and(|k| !k.allowed(origin)) {
                continue;
            }
            // An empty value sets nothing (an attribute written without one, say).
            if trimmed.is_empty() && key != "debug" && known.is_some() {
                continue;
            }
            let mut bad = |expected| problems.push(SettingProblem::new(key, value, expected));
            match key {
                "clinic-name" => match name(trimmed) {
                    Ok(n) => s.clinic_name = Some(n),
                    Err(e) => bad(e),
                },
                "clinic-phone" => match Phone::parse(trimmed, 3, 15) {
                    Some(p) => s.clinic_phone = Some(p),
                    None => bad(EXPECT_PHONE),
                },
                "after-hours-phone" => match Phone::parse(trimmed, 3, 15) {
                    Some(p) => s.after_hours_phone = Some(p),
                    None => bad(EXPECT_PHONE),
                },
                "emergency-number" => match Phone::parse(trimmed, 2, 6) {
                    Some(p) => s.emergency_number = Some(p),
                    None => {
                        bad("a short emergency number of 2 to 6 digits, such as 911, 112 or 999")
                    }
                },
                "region" => match region(trimmed) {
                    Some((code, _)) => s.region = Some(code),
                    None => {
                        bad("a two-letter country code the app knows, such as US, GB, ES or AU")
                    }
                },
                "accent" => match Accent::parse(trimmed) {
                    Ok(a) => s.accent = Some(a),
                    Err(e) => bad(e),
                },
                "conditions" => match conditions(trimmed) {
                    Some(list) => s.conditions = list,
                    None => bad(EXPECT_CONDITIONS),
                },
                "condition" => match Condition::from_code(trimmed) {
                    Some(c) => condition = Some((value, c)),
                    None => bad(EXPECT_CONDITION),
                },
                "lang" => match Lang::from_tag(trimmed) {
                    Some(l) => s.lang = Some(l),
                    None => bad("a language the app speaks: en or es"),
                },
                "debug" => match trimmed {
                    "" | "true" | "1" | "on" | "debug" => s.debug = true,
                    "false" | "0" | "off" => s.debug = false,
                    _ => bad("true or false"),
                },
                // What the loader sends for a file that is not a JSON object.
                "settings.json" if origin == Origin::File => {
                    bad("a JSON object of settings, such as {\"clinic-name\": \"Lakeside Clinic\"}")
                }
                _ if origin != Origin::Link => bad("one of the settings named in docs/clinics.md"),
                _ => {}
            }
        }
        // Checked last: the offered list may come after the chosen condition.
        if let Some((value, c)) = condition {
            if s.offers(c) {
                s.condition = Some(c);
            } else {
                problems.push(SettingProblem::new(
                    "condition",
                    value,
                    "one of the offered conditions",
                ));
            }
        }
        // The clinic's own number wins (a place whose number differs from its region's, or a
        // country the table leaves out: 119, 190), but one that is no listed country's is named,
        // without suggesting another (a typo, 991, is shown as the number to call; a right
        // number of a country not listed is right). Digits only: "9-1-1" is 911.
        if let Some(p) = &s.emergency_number {
            let digits: String = p.text().chars().filter(char::is_ascii_digit).collect();
            if !EMERGENCY.split(' ').any(|e| e.get(2..) == Some(&digits)) {
                let mut problem = SettingProblem::new(
                    "emergency-number",
                    p.text(),
                    "one of the emergency numbers in docs/evidence.md section 3b",
                );
                problem.kept = true;
                problems.push(problem);
            }
        }
        (s, problems)
    }
}

const EXPECT_PHONE: &str =
    "a phone number of 3 to 15 digits, written with digits, spaces and + - ( ) . only";
const EXPECT_CONDITION: &str = "a condition code: knee, low-back, si-joint, tennis-elbow, achilles, rotator-cuff, plantar, jaw or other";
const EXPECT_CONDITIONS: &str = "condition codes separated by commas, such as knee,low-back";

/// A clinic name: any letters, no control or direction-changing characters, at most 80.
fn name(text: &str) -> Result<String, &'static str> {
    // Bidi overrides and isolates can make the name read as something else.
    let hidden = |c: char| {
        c.is_control()
            || ('\u{202a}'..='\u{202e}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)
            || c == '\u{200f}'
            || c == '\u{200e}'
    };
    if text.chars().any(hidden) {
        Err("a clinic name without control or text-direction characters")
    } else if text.chars().count() > MAX_NAME {
        Err("a clinic name of at most 80 characters")
    } else {
        Ok(text.to_owned())
    }
}

/// `knee,low-back`: known codes, at least one, in the app's order without repeats.
fn conditions(text: &str) -> Option<Vec<Condition>> {
    let mut wanted = Vec::new();
    for code in text.split(',').map(str::trim).filter(|c| !c.is_empty()) {
        wanted.push(Condition::from_code(code)?);
    }
    let list: Vec<Condition> = Condition::ALL
        .into_iter()
        .filter(|c| wanted.contains(c))
        .collect();
    (!list.is_empty()).then_some(list)
}
