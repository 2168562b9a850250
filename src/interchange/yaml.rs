//! Writing YAML text for imported documents. Imported names are untrusted:
//! a value is written plain only when it cannot be read as anything but
//! that string, otherwise double-quoted with every special character escaped.

// Imported names and numbers come from untrusted files. No silent
// overflow, truncation or out-of-bounds panic: use checked or saturating
// arithmetic (saying why), `get`, `try_from`.
#![deny(
    clippy::arithmetic_side_effects,
    clippy::cast_possible_truncation,
    clippy::indexing_slicing
)]

/// A string as a YAML scalar.
pub fn scalar(s: &str) -> String {
    if is_plain_safe(s) {
        s.to_string()
    } else {
        quoted(s)
    }
}

/// A double-quoted YAML scalar (JSON's escaping is valid YAML).
pub fn quoted(s: &str) -> String {
    // Only a first guess at the size (the quotes added): saturating is harmless.
    let mut out = String::with_capacity(s.len().saturating_add(2));
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{85}') => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn is_plain_safe(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    let lower = s.to_ascii_lowercase();
    let reserved = [
        "true", "false", "yes", "no", "on", "off", "null", "y", "n", "~",
    ];
    first.is_alphabetic()
        && !reserved.contains(&lower.as_str())
        && !s.ends_with(' ')
        && s.chars().all(|c| {
            c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.' | '(' | ')' | '/' | '&' | '+')
        })
}

/// A number without a needless `.0`.
#[allow(
    clippy::cast_possible_truncation,
    reason = "cast only when whole and below 1e15 in size: exact in i64"
)]
pub fn number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        let s = format!("{x:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// An id made from a name: lowercase ASCII letters and digits joined by
/// `-`, cut at a word boundary to at most 32 characters; empty when the
/// name has none.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    if out.len() <= 32 {
        return out.to_string();
    }
    let cut = &out[..=32];
    match cut.rfind('-') {
        Some(k) if k > 0 => cut[..k].to_string(),
        _ => out[..32].to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn untrusted_text_is_quoted_unless_plain() {
        assert_eq!(scalar("Design review"), "Design review");
        assert_eq!(scalar("设计评审"), "设计评审");
        assert_eq!(scalar("yes"), "\"yes\"");
        assert_eq!(scalar("a: b"), "\"a: b\"");
        assert_eq!(scalar("#1"), "\"#1\"");
        assert_eq!(scalar("2026-01-01"), "\"2026-01-01\"");
        assert_eq!(scalar("x\n- y"), "\"x\\n- y\"");
        assert_eq!(scalar(""), "\"\"");
        assert_eq!(number(5.0), "5");
        assert_eq!(number(2.5), "2.5");
        assert_eq!(
            slug("Core switch cut-over (phase 1)"),
            "core-switch-cut-over-phase-1"
        );
        assert_eq!(slug("交换机"), "");
        assert_eq!(
            slug("Current service baseline (tickets, SLAs, assets)"),
            "current-service-baseline-tickets"
        );
    }
}
