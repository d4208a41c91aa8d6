//! Inputs to and from a URL query string: untrusted text in, typed values and a
//! list of problems out. Never panics; unknown keys (tracking tags and the like)
//! are ignored without a word.

use super::{Adherence, Cautions, Condition, Date, Inputs, Severity, Values};

/// Longest piece of a bad value kept for the notice.
const MAX_SHOWN: usize = 40;

/// A query value that could not be used, as the notice shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub key: &'static str,
    /// What was received, cut to a readable length. Always rendered as text.
    pub value: String,
}

/// Where the answers are remembered on this device, when the patient asks (`localStorage`).
/// The page's loader reads it too, for the first view's dates (`prerender --answers`).
pub const STORED: &str = "prolopath.answers";

/// The keys the app writes and reads.
pub const KEYS: [&str; 6] = [
    "condition",
    "severity",
    "adherence",
    "start",
    "cautions",
    "values",
];

/// Inputs from a query string (with or without the leading `?`), starting from `defaults`.
pub fn parse(query: &str, defaults: Inputs) -> (Inputs, Vec<Problem>) {
    let mut inputs = defaults;
    let mut problems = Vec::new();
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(key) = KEYS.iter().copied().find(|k| *k == decode(raw_key)) else {
            continue;
        };
        let mut value = decode(raw_value);
        let ok = match key {
            "condition" => Condition::from_code(&value)
                .map(|c| inputs.condition = c)
                .is_some(),
            "severity" => Severity::ALL
                .into_iter()
                .find(|s| s.code() == value)
                .map(|s| inputs.severity = s)
                .is_some(),
            "adherence" => Adherence::ALL
                .into_iter()
                .find(|a| a.code() == value)
                .map(|a| inputs.adherence = a)
                .is_some(),
            "start" => Date::parse_iso(&value).map(|d| inputs.start = d).is_some(),
            // A list keeps its known codes; the notice names only the others.
            "cautions" => {
                (inputs.cautions, value) = Cautions::parse(&value);
                value.is_empty()
            }
            _ => {
                (inputs.values, value) = Values::parse(&value);
                value.is_empty()
            }
        };
        if !ok {
            problems.push(Problem {
                key,
                value: value.chars().take(MAX_SHOWN).collect(),
            });
        }
    }
    (inputs, problems)
}

/// The query string for `inputs`, without the leading `?`. Only safe characters are written.
pub fn to_query(inputs: &Inputs) -> String {
    let mut q = format!(
        "condition={}&severity={}&adherence={}&start={}",
        inputs.condition.code(),
        inputs.severity.code(),
        inputs.adherence.code(),
        inputs.start.to_iso()
    );
    for (key, codes) in [
        ("cautions", inputs.cautions.codes()),
        ("values", inputs.values.codes()),
    ] {
        if !codes.is_empty() {
            q.push_str(&format!("&{key}={codes}"));
        }
    }
    q
}

/// Whether a query names any key the app uses.
pub fn has_inputs(query: &str) -> bool {
    query
        .trim_start_matches('?')
        .split('&')
        .any(|p| KEYS.contains(&decode(p.split('=').next().unwrap_or("")).as_str()))
}

/// Whether a link's part (its fragment, say) holds answers or a language, by its decoded keys
/// (as `assets/boot.js` `holdsAnswers` reads them): an in-page link's `#sources` does not.
pub fn holds_answers(part: &str) -> bool {
    pairs(part)
        .iter()
        .any(|(k, _)| k == "lang" || KEYS.contains(&k.as_str()))
}

/// One parameter of a query string, undecoded (the app's own codes need no decoding).
pub fn param<'a>(query: &'a str, key: &str) -> Option<&'a str> {
    query
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix(key)?.strip_prefix('='))
}

/// The `key=value` pairs of `query` whose key `wanted` takes, as they were written, joined by `&`
/// (a query string without its `?`).
pub fn keep(query: &str, wanted: impl Fn(&str) -> bool) -> String {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| wanted(pair.split('=').next().unwrap_or("")))
        .collect::<Vec<_>>()
        .join("&")
}

/// The decoded `(key, value)` pairs of a query string, in order.
pub fn pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

/// Percent-decoding with `+` as a space; broken escapes and bad UTF-8 are kept as text.
fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => match (hex(b[i + 1]), hex(b[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
