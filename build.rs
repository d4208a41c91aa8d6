//! Checks the Spanish tables against the code and generates their lookups. `src/text/es.txt`
//! holds the texts the wasm shows (the page fetches it for someone who reads Spanish);
//! `src/text/es-islands.txt` holds the texts of the sections built into the page's HTML, which
//! only the native build tool reads, so the fetched table carries none of them.
//!
//! For every kind of text it writes a function with one `match` arm per key in the file and
//! no catch-all arm: a key missing from the file is a non-exhaustive match, and an extra or
//! misspelled one names a variant that does not exist, so either fails the build. A repeated
//! key, an unknown kind, a kind in the other table or a line that is not `Kind.Variant = text`
//! stops this script.

#[path = "src/text/key_hash.rs"]
#[allow(dead_code)]
mod key_hash;

use std::collections::BTreeSet;
use std::fmt::Write as _;

/// Which table a kind's texts are in.
#[derive(Clone, Copy, PartialEq)]
enum Table {
    /// `es.txt`: texts the wasm shows; the page fetches the table.
    Live,
    /// `es-islands.txt`: texts of the sections built into the HTML; only native code reads it.
    Islands,
}
use Table::{Islands, Live};

/// The tables and their files.
const TABLES: [(Table, &str); 2] = [
    (Live, "src/text/es.txt"),
    (Islands, "src/text/es-islands.txt"),
];

/// Each kind of fixed text: its name in the file, the enum it is keyed by, the lookup's name
/// and its table. An island kind's lookup is native-only (`Texts`'s method for it is too).
const KINDS: [(&str, &str, &str, Table); 29] = [
    ("Ui", "Ui", "ui", Live),
    ("Fixed", "Fixed", "fixed", Islands),
    ("Condition", "Condition", "condition", Live),
    ("Severity", "Severity", "severity", Live),
    ("SeverityHelp", "Severity", "severity_help", Live),
    ("Adherence", "Adherence", "adherence", Live),
    ("AdherenceHelp", "Adherence", "adherence_help", Live),
    ("Phase", "Phase", "phase", Live),
    ("SideEffect", "SideEffect", "side_effect", Live),
    ("Duration", "Duration", "duration", Live),
    ("CareLevel", "CareLevel", "care_level", Live),
    ("CareSign", "CareSign", "care_sign", Live),
    ("Caution", "Caution", "caution", Live),
    ("CautionWhy", "Caution", "caution_why", Live),
    ("Assumption", "Assumption", "assumption", Islands),
    ("Group", "Group", "group", Islands),
    ("Window", "Window", "window", Islands),
    ("WindowAdvice", "Window", "window_advice", Islands),
    ("Presence", "Presence", "presence", Islands),
    ("ConditionWhat", "Condition", "condition_what", Islands),
    ("ConditionCourse", "Condition", "condition_course", Islands),
    ("Design", "Design", "design", Islands),
    ("Strength", "Strength", "strength", Islands),
    ("Verdict", "Verdict", "verdict", Islands),
    ("Caveat", "Caveat", "caveat", Islands),
    ("Choice", "Choice", "choice", Islands),
    ("ChoiceInvolves", "Choice", "choice_involves", Islands),
    ("ChoiceDownsides", "Choice", "choice_downsides", Islands),
    ("Value", "Value", "value", Live),
];

fn main() {
    println!("cargo:rerun-if-changed=src/text/key_hash.rs");
    let mut arms: Vec<Vec<(String, usize)>> = vec![Vec::new(); KINDS.len()];
    let mut out = String::new();
    for (table, path) in TABLES {
        println!("cargo:rerun-if-changed={path}");
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
        for (i, (key, _)) in entries.iter().enumerate() {
            assert!(seen.insert(*key), "{path}: the key {key} is there twice");
            let (kind, variant) = key
                .split_once('.')
                .unwrap_or_else(|| panic!("{path}: {key} is not Kind.Variant"));
            let k = KINDS
                .iter()
                .position(|(name, ..)| *name == kind)
                .unwrap_or_else(|| panic!("{path}: {key}: no kind {kind} (see KINDS in build.rs)"));
            let other = TABLES.iter().find(|(t, _)| *t == KINDS[k].3).unwrap().1;
            assert!(
                KINDS[k].3 == table,
                "{path}: {key}: {kind} texts go in {other} (see KINDS in build.rs)"
            );
            assert!(
                !variant.is_empty() && variant.chars().all(|c| c.is_ascii_alphanumeric()),
                "{path}: {key}: not a variant name"
            );
            arms[k].push((variant.to_owned(), i));
            hash.add(key);
        }
        if table == Live {
            writeln!(out, "/// How many texts the fetched Spanish table has.").unwrap();
            writeln!(out, "pub(crate) const COUNT: usize = {};", entries.len()).unwrap();
            writeln!(
                out,
                "/// The fingerprint of the table's keys in order: a fetched table must match."
            )
            .unwrap();
            writeln!(out, "pub(crate) const KEYS: u32 = {:#010x};", hash.finish()).unwrap();
        }
    }
    for ((_, ty, func, table), arms) in KINDS.iter().zip(&arms) {
        writeln!(out, "/// Each `{ty}` text.").unwrap();
        let line = match table {
            Live => "line",
            Islands => {
                writeln!(out, "#[cfg(not(target_arch = \"wasm32\"))]").unwrap();
                "island_line"
            }
        };
        writeln!(out, "pub(crate) fn {func}(key: {ty}) -> &'static str {{").unwrap();
        writeln!(out, "    super::{line}(match key {{").unwrap();
        for (variant, i) in arms {
            writeln!(out, "        {ty}::{variant} => {i},").unwrap();
        }
        writeln!(out, "    }})\n}}").unwrap();
    }
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("es_keys.rs");
    std::fs::write(dest, out).unwrap();
}
