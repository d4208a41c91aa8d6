//! Plain language, checked, in every language.
//!
//! English: Flesch-Kincaid grade = 0.39 x words per sentence + 11.8 x syllables per word - 15.59;
//! no text above grade 9, median at most 7.
//! Spanish: Szigriszt-Pazos (INFLESZ scale) = 206.835 - 62.3 x syllables per word - words per
//! sentence; no text below 55 ("normal"), median at least 65 ("fairly easy"): the same limits in
//! spirit.
//! The formula means nothing for a label of one or two words ("Moderate" alone
//! scores grade 20), so texts of fewer than five words are not scored. Names a
//! patient has to meet (the treatment, the tool, medicines) are scored as ordinary
//! two-syllable words: the test is about everyday wording, not about avoiding them.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use prolopath::text::{texts, Lang};

const MIN_WORDS: usize = 5;
const MAX_GRADE: f64 = 9.0;
const MAX_MEDIAN: f64 = 7.0;

/// Names that cannot be swapped for a simpler word, in both languages.
const NAMES: [&str; 24] = [
    "prolopath",
    "prolotherapy",
    "warfarin",
    "heparin",
    "clopidogrel",
    "ibuprofen",
    "naproxen",
    "dextrose",
    "achilles",
    "sacroiliac",
    "fasciitis",
    "osteoarthritis",
    "proloterapia",
    "warfarina",
    "heparina",
    "ibuprofeno",
    "naproxeno",
    "dextrosa",
    "aquiles",
    "sacroilíaca",
    "fascitis",
    "artrosis",
    "autoinmune",
    "articulación",
];
const MIN_INFLESZ: f64 = 55.0;
const MIN_INFLESZ_MEDIAN: f64 = 65.0;

/// Syllables in one Spanish word: vowel groups, where two strong vowels (a, e, o, or an
/// accented í or ú) are a hiatus and so two syllables.
fn syllables_es(word: &str) -> usize {
    let w: String = word
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    if w.is_empty() {
        return 1;
    }
    if NAMES.contains(&w.as_str()) {
        return 2;
    }
    let vowel = |c: char| "aeiouáéíóúü".contains(c);
    let strong = |c: char| "aeoáéíóú".contains(c);
    let mut count = 0;
    let mut prev: Option<char> = None;
    for c in w.chars() {
        if vowel(c) {
            match prev {
                Some(p) if !(strong(p) && strong(c)) => {}
                _ => count += 1,
            }
            prev = Some(c);
        } else {
            prev = None;
        }
    }
    count.max(1)
}

/// The Szigriszt-Pazos index of a Spanish text (higher is easier).
fn inflesz(text: &str) -> f64 {
    let w = words(text);
    let syl: usize = w.iter().map(|x| syllables_es(x)).sum();
    let sentences = sentences(&text.replace("100.4", "100"));
    206.835 - 62.3 * (syl as f64 / w.len() as f64) - w.len() as f64 / sentences as f64
}

#[test]
fn spanish_syllables_follow_the_vowel_rules() {
    for (word, n) in [
        ("casa", 2),
        ("día", 2),
        ("país", 2),
        ("ciudad", 2),
        ("que", 1),
        ("sesión", 2),
        ("inyección", 3),
        ("dolor", 2),
        ("rodilla", 3),
        ("mejorar", 3),
        ("poeta", 3),
        ("y", 1),
    ] {
        assert_eq!(syllables_es(word), n, "{word}");
    }
    assert!(inflesz("El perro come. La casa es roja.") > 90.0);
}

/// Syllables in one English word, by vowel groups with the usual corrections.
/// Known to overcount a few words ("every", "improvement"): that only makes the check stricter.
fn syllables(word: &str) -> usize {
    let w: String = word
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .collect::<String>()
        .to_lowercase();
    if w.is_empty() {
        // A number or symbol read aloud: count one per token.
        return 1;
    }
    if w.len() <= 3 {
        return 1;
    }
    if NAMES.contains(&w.as_str()) {
        return 2;
    }
    let mut s = w.as_str();
    for suffix in ["es", "ed"] {
        if let Some(stem) = s.strip_suffix(suffix) {
            if !stem.ends_with(['t', 'd', 's', 'x', 'z', 'c', 'g'])
                || suffix == "ed" && !stem.ends_with(['t', 'd'])
            {
                s = stem;
                break;
            }
        }
    }
    if s.ends_with('e') && !s.ends_with("le") && s.len() > 2 {
        s = &s[..s.len() - 1];
    }
    let mut count = 0;
    let mut prev_vowel = false;
    for c in s.chars() {
        let vowel = "aeiouy".contains(c);
        if vowel && !prev_vowel {
            count += 1;
        }
        prev_vowel = vowel;
    }
    // Vowel pairs that are two syllables: us-u-al, vi-a (not -cian, -tial, qua-, gua-).
    let b = s.as_bytes();
    for i in 1..b.len() {
        let before = if i >= 2 { b[i - 2] } else { b' ' };
        let split = match (b[i - 1], b[i]) {
            (b'i', b'a') => !b"cts".contains(&before),
            (b'u', b'a') => !b"qg".contains(&before),
            _ => false,
        };
        count += usize::from(split);
    }
    count.max(1)
}

fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace() || c == '/' || c == '-')
        .filter(|w| w.chars().any(|c| c.is_alphanumeric()))
        .collect()
}

fn sentences(text: &str) -> usize {
    let ends = text
        .split(['.', '!', '?', ':', ';'])
        .filter(|s| s.chars().any(char::is_alphanumeric))
        .count();
    ends.max(1)
}

/// The Flesch-Kincaid grade of a text.
fn grade(text: &str) -> f64 {
    // Decimal points are not sentence ends.
    let cleaned = text.replace("100.4", "100");
    let w = words(text);
    let syl: usize = w.iter().map(|x| syllables(x)).sum();
    0.39 * (w.len() as f64 / sentences(&cleaned) as f64) + 11.8 * (syl as f64 / w.len() as f64)
        - 15.59
}

#[test]
fn syllable_counter_agrees_with_a_dictionary() {
    for (word, n) in [
        ("cat", 1),
        ("the", 1),
        ("prolotherapy", 2),
        ("session", 2),
        ("injection", 3),
        ("clinician", 3),
        ("swelling", 2),
        ("makes", 1),
        ("changed", 1),
        ("needed", 2),
        ("little", 2),
        ("usually", 4),
        ("people", 2),
        ("medicine", 3),
        ("weeks", 1),
        ("treatment", 2),
        ("bleeding", 2),
        ("breathing", 2),
        ("100", 1),
    ] {
        assert_eq!(syllables(word), n, "{word}");
    }
}

#[test]
fn the_grade_formula_scores_known_texts() {
    // A classic plain sentence and a dense one.
    assert!(grade("The cat sat on the mat.") < 1.0);
    assert!(grade("Intra-articular hypertonic dextrose administration demonstrated statistically significant improvement.") > 16.0);
}

#[test]
fn every_text_is_plain_in_every_language() {
    for lang in Lang::ALL {
        let t = texts(lang);
        let mut all: Vec<String> = common::fixed_texts(t)
            .into_iter()
            .map(str::to_owned)
            .collect();
        all.extend(common::built_texts(t));
        // Scored so that higher is harder in both languages.
        let score = |s: &str| match lang {
            Lang::En => grade(s),
            Lang::Es => -inflesz(s),
        };
        let mut scored: Vec<(f64, String)> = all
            .into_iter()
            .filter(|s| words(s).len() >= MIN_WORDS)
            .map(|s| (score(&s), s))
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        let median = scored[scored.len() / 2].0;
        let (name, sign, limit, median_limit) = match lang {
            Lang::En => ("Flesch-Kincaid grade", 1.0, MAX_GRADE, MAX_MEDIAN),
            Lang::Es => (
                "Szigriszt-Pazos (INFLESZ)",
                -1.0,
                -MIN_INFLESZ,
                -MIN_INFLESZ_MEDIAN,
            ),
        };
        println!(
            "{lang:?}: {} texts scored, median {name} {:.1}. Hardest five:",
            scored.len(),
            sign * median
        );
        for (g, s) in scored.iter().take(5) {
            println!("  {:5.1}  {s}", sign * g);
        }
        let too_hard: Vec<_> = scored.iter().filter(|(g, _)| *g > limit).collect();
        assert!(
            too_hard.is_empty(),
            "{lang:?}: past the {name} limit: {too_hard:#?}"
        );
        assert!(
            median <= median_limit,
            "{lang:?}: median {name} {:.1} is past its limit",
            sign * median
        );
    }
}
