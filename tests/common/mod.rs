//! Helpers shared by the native test files.
#![allow(dead_code)]

use prolopath::model::conditions::Unit;
use prolopath::model::side_effects::Frequency;
use prolopath::model::*;
use prolopath::text::Texts;

/// Every fixed text of a language.
pub fn fixed_texts(t: &dyn Texts) -> Vec<&'static str> {
    prolopath::text::fixed_texts(t)
}

/// Texts built from numbers, with the values every condition produces.
pub fn built_texts(t: &dyn Texts) -> Vec<String> {
    let start = Date::from_ymd(2026, 11, 24).unwrap();
    let mut v = vec![
        t.frequency(Frequency::OutOf100(70)),
        t.trial_count(3, 30),
        t.date(start),
        t.week(4),
        t.shared_by("Lakeside Clinic"),
        t.version("1.0.0", "2026-11-30"),
        t.short_date(start),
        t.timeline_desc(
            (4, 0),
            start,
            start.add_days(56),
            start.add_days(56),
            start.add_days(140),
        ),
        t.timeline_desc(
            (4, 6),
            start,
            start.add_days(21),
            start.add_days(56),
            start.add_days(140),
        ),
        t.out_of_100(Unit::People, 59),
        t.texts_unavailable().to_owned(),
    ];
    for c in Condition::ALL {
        let est = estimate(&Inputs {
            condition: c,
            ..Inputs::new(start)
        });
        let (sure, if_needed) = est.series_counts();
        v.push(t.plan_summary(sure, if_needed));
        v.push(t.plan_summary(4, 0));
        v.push(t.plan_note(
            est.series_range,
            prolopath::text::ScheduleFrom::of(c.data().schedule_sources),
        ));
        let fc = est.first_change;
        v.push(t.first_change(fc.weeks, fc.measured));
        v.push(t.example_dates(fc.from, fc.to));
        for f in est.findings {
            v.push(t.study_size(f.design, f.trials, f.people));
            v.push(t.finding_intro(f.measure, f.at_weeks));
            for (g, value) in f.arms {
                v.push(t.finding_arm(f.unit, *g, *value));
            }
        }
    }
    v
}

/// A page's words, its tags removed (to find a sentence that has a tag inside it).
pub fn words(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// The rows of a tab-separated table (a fixture shared with a JavaScript test) that `keep`
/// takes, each as its `N` columns.
pub fn tsv_rows<const N: usize>(table: &str, keep: impl Fn(&str) -> bool) -> Vec<[&str; N]> {
    table
        .lines()
        .filter(|l| keep(l))
        .map(|line| {
            line.split('\t')
                .collect::<Vec<_>>()
                .try_into()
                .unwrap_or_else(|_| panic!("{N} columns: {line:?}"))
        })
        .collect()
}

/// The rows of every Markdown table in `text` from the heading `from` to the next `## `, the
/// header row included, each as its trimmed cells.
pub fn table_rows<'a>(text: &'a str, from: &str) -> Vec<Vec<&'a str>> {
    let start = text
        .find(from)
        .unwrap_or_else(|| panic!("no heading {from:?}"));
    let section = &text[start + from.len()..];
    let section = &section[..section.find("\n## ").unwrap_or(section.len())];
    section
        .lines()
        .filter(|l| l.starts_with('|') && !l.starts_with("|--") && !l.starts_with("| ---"))
        .map(|l| l.trim_matches('|').split('|').map(str::trim).collect())
        .collect()
}

/// A calendar file's TEXT value as its reader shows it: the escapes of RFC 5545 3.3.11 undone
/// (`\n` a line break; `\,` `\;` `\\` the character itself). Unfold the lines first.
pub fn ics_unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        let shown = match c {
            '\\' => match chars.next() {
                Some('n' | 'N') => '\n',
                Some(escaped) => escaped,
                None => '\\',
            },
            c => c,
        };
        out.push(shown);
    }
    out
}
