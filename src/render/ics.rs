//! iCalendar (RFC 5545): all-day events people can subscribe to. Lines end
//! in CRLF and are folded at 75 octets (never inside a UTF-8 character);
//! TEXT values are escaped. The stamp comes from the report's as-of date,
//! not the clock, so the same repository gives the same file.

use std::io::Write;

use crate::model::Date;

#[derive(Clone, Debug)]
pub struct Event {
    /// Stable across runs, e.g. `p1-m2@pmo`.
    pub uid: String,
    pub date: Date,
    pub summary: String,
    pub description: String,
    pub categories: Vec<String>,
}

#[derive(Clone, Debug)]
pub struct Calendar {
    pub name: String,
    pub stamp: Date,
    pub events: Vec<Event>,
}

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in super::sanitize(text).chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded: at most 75 octets per physical line, the
/// continuation lines starting with a space.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut used = 0usize;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
    out
}

fn ymd(d: Date) -> String {
    d.0.format("%Y%m%d").to_string()
}

pub fn render(cal: &Calendar, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//pmo//plan report//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        format!("X-WR-CALNAME:{}", escape(&cal.name)),
    ];
    let stamp = format!("{}T000000Z", ymd(cal.stamp));
    for e in &cal.events {
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}", escape(&e.uid)));
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.push(format!("DTSTART;VALUE=DATE:{}", ymd(e.date)));
        lines.push(format!("DTEND;VALUE=DATE:{}", ymd(e.date.add_days(1))));
        lines.push(format!("SUMMARY:{}", escape(&e.summary)));
        if !e.description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape(&e.description)));
        }
        if !e.categories.is_empty() {
            let cats: Vec<String> = e.categories.iter().map(|c| escape(c)).collect();
            lines.push(format!("CATEGORIES:{}", cats.join(",")));
        }
        lines.push("TRANSP:TRANSPARENT".into());
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    for l in lines {
        out.write_all(fold(&l).as_bytes())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_lines_fold_at_75_octets() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let long = format!("SUMMARY:{}", "é".repeat(50));
        let folded = fold(&long);
        for physical in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        // Unfolding gives the line back.
        assert_eq!(folded.replace("\r\n ", "").trim_end(), long);
    }

    #[test]
    fn calendar_is_crlf_and_stamped_from_the_as_of_date() {
        let cal = Calendar {
            name: "Plan".into(),
            stamp: "2026-11-16".parse().unwrap(),
            events: vec![Event {
                uid: "p1-m1@pmo".into(),
                date: "2026-12-01".parse().unwrap(),
                summary: "p1: Go-live".into(),
                description: String::new(),
                categories: vec!["MILESTONE".into()],
            }],
        };
        let mut buf = Vec::new();
        render(&cal, &mut buf).unwrap();
        let text = String::from_utf8(buf).unwrap();
        assert!(text.contains("DTSTAMP:20261116T000000Z\r\n"));
        assert!(text.contains("DTSTART;VALUE=DATE:20261201\r\nDTEND;VALUE=DATE:20261202\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'));
    }
}
