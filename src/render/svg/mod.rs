//! Pictures as inline SVG, drawn from the same plain data the terminal
//! draws ([`Gantt`](super::gantt::Gantt), [`HeatMap`](super::heatmap::HeatMap),
//! [`LoadGrid`](super::loadgrid::LoadGrid), [`Bars`](super::bars::Bars)).
//! One module per picture. Each picture is one `<svg role="img">` with a
//! `<title>`, sized from its data, in the system font stack, with every
//! piece of repository text escaped. Colour always comes with a second
//! signal (a marker, a pattern or the text itself), as on the terminal.
//! Renderers never compute: positions are layout, every number shown comes
//! from the report's view.

pub mod bars;
pub mod gantt;
pub mod heatmap;
pub mod lines;
pub mod loadgrid;

use std::fmt::Write as _;

use super::Tone;

/// The fonts every picture and the page use: whatever the system has.
pub const FONT_STACK: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', \
'Helvetica Neue', Arial, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

/// The SVG namespace: the one URL a page contains (it names the XML
/// vocabulary and is never fetched).
pub const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// Text from the repository made safe inside HTML or SVG text and
/// attribute values: control characters shown as `\u{..}` (as on the
/// terminal), then the five markup characters as entities.
pub fn esc(text: &str) -> String {
    let clean = super::sanitize(text);
    let mut out = String::with_capacity(clean.len() + 8);
    for c in clean.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Roughly how wide `text` is in pixels at `size` px: wide (CJK) characters
/// take a full em, others about 0.58 em. Used only to size label columns.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| if is_wide(c) { 1.0 } else { 0.58 })
        .sum::<f64>()
        * size
}

fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD)
}

/// `text` cut to about `width` pixels at `size` px, with `…` when cut.
pub fn fit(text: &str, width: f64, size: f64) -> String {
    let clean = super::sanitize(text).replace('\n', " ");
    if text_width(&clean, size) <= width {
        return clean;
    }
    let mut out = String::new();
    let mut w = text_width("…", size);
    for c in clean.chars() {
        w += if is_wide(c) { size } else { 0.58 * size };
        if w > width {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// Fill and text colours of a tone: light fills with dark text, so a
/// printed page in grey stays readable.
pub fn tone_colors(tone: Tone) -> (&'static str, &'static str) {
    match tone {
        Tone::Good => ("#bbf7d0", "#14532d"),
        Tone::Warn => ("#fde68a", "#78350f"),
        Tone::Bad => ("#fca5a5", "#7f1d1d"),
        Tone::Muted => ("#f1f5f9", "#64748b"),
        Tone::Plain => ("#ffffff", "#0f172a"),
        Tone::Strong => ("#e2e8f0", "#0f172a"),
    }
}

/// Rounds a coordinate to one decimal so output stays short and stable.
pub fn px(x: f64) -> String {
    let r = (x * 10.0).round() / 10.0;
    if r.fract() == 0.0 {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

/// Opens an `<svg>` of `width` x `height` with its accessible title and
/// description, and the shared text style.
pub fn open(out: &mut String, class: &str, width: f64, height: f64, title: &str, desc: &str) {
    let _ = writeln!(
        out,
        "<svg xmlns=\"{SVG_NS}\" class=\"{class}\" role=\"img\" width=\"{w}\" height=\"{h}\" \
         viewBox=\"0 0 {w} {h}\" font-family=\"{FONT_STACK}\" font-size=\"12\">\
         <title>{}</title>",
        esc(title),
        w = px(width),
        h = px(height),
    );
    if !desc.is_empty() {
        let _ = write!(out, "<desc>{}</desc>", esc(desc));
    }
}

/// A `<text>` element; `attrs` are trusted (built by the caller), `text`
/// is escaped.
pub fn text(out: &mut String, x: f64, y: f64, attrs: &str, text: &str) {
    let _ = writeln!(
        out,
        "<text x=\"{}\" y=\"{}\"{}{attrs}>{}</text>",
        px(x),
        px(y),
        if attrs.is_empty() { "" } else { " " },
        esc(text)
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_control_characters_are_escaped() {
        assert_eq!(
            esc("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
        assert_eq!(esc("a\u{1b}[2J"), "a\\u{1b}[2J");
    }

    #[test]
    fn labels_are_cut_to_width() {
        // 10 ASCII characters at 10 px: 58 px; CJK ones are a full em each.
        assert!((text_width("abcdefghij", 10.0) - 58.0).abs() < 1e-9);
        assert!((text_width("赵敏", 10.0) - 20.0).abs() < 1e-9);
        // The ellipsis takes 5.8 px: five letters fit in 40 px.
        assert_eq!(fit("abcdefghij", 40.0, 10.0), "abcde…");
        assert_eq!(fit("short", 100.0, 10.0), "short");
        assert_eq!(px(1.25), "1.3");
        assert_eq!(px(2.0), "2");
    }
}
