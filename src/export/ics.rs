//! The illustrative sessions as an iCalendar file (RFC 5545): all-day events, CRLF line
//! ends, lines folded at 75 octets, text escaped, a UID and DTSTAMP on every event.

use super::summary::care_levels;
use crate::model::{Date, Estimate};
use crate::settings::Settings;
use crate::text::{Texts, Ui};

/// A moment in UTC, for DTSTAMP.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    pub date: Date,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
}

/// The calendar file for an estimate, stamped at `now`. Each event's description says the date
/// is an example, then when to get help as the copied summary says it (the number the page
/// shows, the clinic's phones, the signs for this condition's injection site): a patient who
/// opens the event on the day of a session has it there.
pub fn calendar(est: &Estimate, t: &dyn Texts, settings: &Settings, now: Stamp) -> String {
    let description = escape(&format!(
        "{}\n\n{}",
        t.ui(Ui::CalendarEventNote),
        care_levels(t, est.inputs.condition.site(), settings)
    ));
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//ProloPath//Illustrative session plan//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        push(&mut out, line);
    }
    let (y, m, d) = now.date.ymd();
    let stamp = format!(
        "{y:04}{m:02}{d:02}T{:02}{:02}{:02}Z",
        now.hour, now.minute, now.second
    );
    // Counted among the sessions the example is sure of, as the plan's summary counts them.
    let (sure, _) = est.series_counts();
    for s in &est.sessions {
        push(&mut out, "BEGIN:VEVENT");
        // Unique per plan and session: the inputs that made the plan, and the stamp.
        push(
            &mut out,
            &format!(
                "UID:{}-{}-{}-{}@prolopath",
                est.inputs.condition.code(),
                est.inputs.start.to_iso(),
                s.number,
                stamp
            ),
        );
        push(&mut out, &format!("DTSTAMP:{stamp}"));
        push(&mut out, &format!("DTSTART;VALUE=DATE:{}", basic(s.date)));
        push(
            &mut out,
            &format!("DTEND;VALUE=DATE:{}", basic(s.date.add_days(1))),
        );
        push(
            &mut out,
            &format!(
                "SUMMARY:{}",
                escape(&t.calendar_title(s.number, sure, s.phase, s.optional))
            ),
        );
        push(&mut out, &format!("DESCRIPTION:{description}"));
        // Example dates: they should not block time in anyone's calendar.
        push(&mut out, "TRANSP:TRANSPARENT");
        push(&mut out, "END:VEVENT");
    }
    push(&mut out, "END:VCALENDAR");
    out
}

/// `YYYYMMDD`.
fn basic(d: Date) -> String {
    let (y, m, day) = d.ymd();
    format!("{y:04}{m:02}{day:02}")
}

/// TEXT escaping (RFC 5545 3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line, folded so no line passes 75 octets (3.1), never inside a character.
fn push(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}
