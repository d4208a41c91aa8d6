//! Checks the Spanish table (`src/text/es.txt`) against the code and generates its lookups.
//!
//! For every kind of text it writes a function with one `match` arm per key in the file and
//! no catch-all arm: a key missing from the file is a non-exhaustive match, and an extra or
//! misspelled one names a variant that does not exist, so either fails the build. A repeated
//! key, an unknown kind or a line that is not `Kind.Variant = text` stops this script.

#[path = "src/text/key_hash.rs"]
#[allow(dead_code)]
mod key_hash;

use std::collections::BTreeSet;
use std::fmt::Write as _;

/// Each kind of fixed text: its name in the file, the enum it is keyed by, the lookup's name.
const KINDS: [(&str, &str, &str); 29] = [
    ("Ui", "Ui", "ui"),
    ("Fixed", "Fixed", "fixed"),
    ("Condition", "Condition", "condition"),
    ("Severity", "Severity", "severity"),
    ("SeverityHelp", "Severity", "severity_help"),
    ("Adherence", "Adherence", "adherence"),
    ("AdherenceHelp", "Adherence", "adherence_help"),
    ("Phase", "Phase", "phase"),
    ("SideEffect", "SideEffect", "side_effect"),
    ("Duration", "Duration", "duration"),
    ("CareLevel", "CareLevel", "care_level"),
    ("CareSign", "CareSign", "care_sign"),
    ("Caution", "Caution", "caution"),
    ("CautionWhy", "Caution", "caution_why"),
    ("Assumption", "Assumption", "assumption"),
    ("Group", "Group", "group"),
    ("Window", "Window", "window"),
    ("WindowAdvice", "Window", "window_advice"),
    ("Presence", "Presence", "presence"),
    ("ConditionWhat", "Condition", "condition_what"),
    ("ConditionCourse", "Condition", "condition_course"),
    ("Design", "Design", "design"),
    ("Strength", "Strength", "strength"),
    ("Verdict", "Verdict", "verdict"),
    ("Caveat", "Caveat", "caveat"),
    ("Choice", "Choice", "choice"),
    ("ChoiceInvolves", "Choice", "choice_involves"),
    ("ChoiceDownsides", "Choice", "choice_downsides"),
    ("Value", "Value", "value"),
];

fn main() {
    let path = "src/text/es.txt";
    println!("cargo:rerun-if-changed={path}");
    println!("cargo:rerun-if-changed=src/text/key_hash.rs");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let Some(entries) = key_hash::entries(&text) else {
        let bad = text
            .lines()
            .position(|l| {
                !l.trim().is_empty() && !l.starts_with('#') && key_hash::entries(l).is_none()
            })
            .map_or(0, |i| i + 1);
        panic!("{path}:{bad}: not a `Kind.Variant = text` line (an empty text counts as none)");
    };
    let mut seen = BTreeSet::new();
    let mut hash = key_hash::KeyHash::new();
    let mut arms: Vec<Vec<(String, usize)>> = vec![Vec::new(); KINDS.len()];
    for (i, (key, _)) in entries.iter().enumerate() {
        assert!(seen.insert(*key), "{path}: the key {key} is there twice");
        let (kind, variant) = key
            .split_once('.')
            .unwrap_or_else(|| panic!("{path}: {key} is not Kind.Variant"));
        let k = KINDS
            .iter()
            .position(|(name, _, _)| *name == kind)
            .unwrap_or_else(|| panic!("{path}: {key}: no kind {kind} (see KINDS in build.rs)"));
        assert!(
            !variant.is_empty() && variant.chars().all(|c| c.is_ascii_alphanumeric()),
            "{path}: {key}: not a variant name"
        );
        arms[k].push((variant.to_owned(), i));
        hash.add(key);
    }
    let mut out = String::new();
    writeln!(out, "/// How many texts the Spanish table has.").unwrap();
    writeln!(out, "pub(crate) const COUNT: usize = {};", entries.len()).unwrap();
    writeln!(
        out,
        "/// The fingerprint of the table's keys in order: a fetched table must match."
    )
    .unwrap();
    writeln!(out, "pub(crate) const KEYS: u32 = {:#010x};", hash.finish()).unwrap();
    for ((_, ty, func), arms) in KINDS.iter().zip(&arms) {
        writeln!(out, "/// The line of each `{ty}` text.").unwrap();
        // The wasm never asks for some kinds (those of the sections built into the HTML).
        writeln!(out, "#[allow(dead_code)]").unwrap();
        writeln!(out, "pub(crate) fn {func}(key: {ty}) -> usize {{").unwrap();
        writeln!(out, "    match key {{").unwrap();
        for (variant, i) in arms {
            writeln!(out, "        {ty}::{variant} => {i},").unwrap();
        }
        writeln!(out, "    }}\n}}").unwrap();
    }
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("es_keys.rs");
    std::fs::write(dest, out).unwrap();
}
