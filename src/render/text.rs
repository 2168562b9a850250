//! Colour for terminal text: ANSI styles, applied only when asked.

use super::Tone;

pub const RED: &str = "\x1b[31m";
pub const YELLOW: &str = "\x1b[33m";
pub const GREEN: &str = "\x1b[32m";
pub const BLUE: &str = "\x1b[34m";
pub const CYAN: &str = "\x1b[36m";
pub const DIM: &str = "\x1b[2m";
pub const BOLD: &str = "\x1b[1m";
pub const RESET: &str = "\x1b[0m";

/// `text` wrapped in `style` when colour is on.
pub fn paint(text: &str, style: &str, color: bool) -> String {
    if color && !text.is_empty() {
        format!("{style}{text}{RESET}")
    } else {
        text.to_string()
    }
}

pub fn tone_style(tone: Tone) -> &'static str {
    match tone {
        Tone::Plain => "",
        Tone::Good => GREEN,
        Tone::Warn => YELLOW,
        Tone::Bad => RED,
        Tone::Muted => DIM,
        Tone::Strong => BOLD,
    }
}

/// Columns `s` takes on a terminal: CJK characters take two, combining
/// marks none (Unicode East Asian Width, ambiguous characters narrow).
pub fn width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

/// `s` cut to at most `max` columns, ending in `…` when cut.
pub fn cut(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > max {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// `s` padded with spaces to `w` columns (left-aligned).
pub fn pad(s: &str, w: usize) -> String {
    format!("{s}{}", " ".repeat(w.saturating_sub(width(s))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_takes_two_columns() {
        // 项目群 is three wide characters: six columns; "ab" two.
        assert_eq!(width("项目群"), 6);
        assert_eq!(width("ab…"), 3);
        // Cut to 5 columns: 项目 (4) and the ellipsis (1).
        assert_eq!(cut("项目群经理", 5), "项目…");
        assert_eq!(cut("abcdef", 4), "abc…");
        assert_eq!(cut("abc", 4), "abc");
        assert_eq!(pad("项目", 6), "项目  ");
    }
}
