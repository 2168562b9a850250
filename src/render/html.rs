//! HTML: one self-contained page for management. Inline CSS, pictures as
//! inline SVG (see [`svg`](super::svg)), no scripts, fonts, images or
//! links to fetch; printable (A4 or Letter landscape, a page break between
//! sections). Every piece of text is escaped: repository text is
//! untrusted. Tones are CSS classes and also a marker in the text
//! (✓ good, ▲ warning, ✖ bad), so nothing depends on colour. No
//! timestamps: the same input gives the same bytes.

use std::io::Write;

use super::svg::{self, esc};
use super::{Block, Cell, Table, Tone, View};
use crate::i18n::{Label as L, Lang, report_name, t, tf};

/// What the page is about, for its header.
#[derive(Clone, Debug, Default)]
pub struct Page {
    /// The page's `<title>` and big heading.
    pub title: String,
    /// Which report, e.g. `overview` or `risk`.
    pub report: String,
    pub portfolio: Option<String>,
    pub as_of: String,
    /// One section per view, each starting a new printed page.
    pub sections: Vec<View>,
    /// The language of the page's own words (masthead, footer, notes).
    pub lang: Lang,
}

const CSS: &str = r#"
:root { --ink:#0f172a; --soft:#475569; --line:#e2e8f0; --band:#f8fafc; --accent:#1d4ed8;
  --good:#166534; --good-bg:#dcfce7; --warn:#92400e; --warn-bg:#fef3c7;
  --bad:#991b1b; --bad-bg:#fee2e2; --muted:#64748b; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; font-family: FONTS;
  font-size: 14px; line-height: 1.45; }
.page { max-width: 1280px; margin: 0 auto; padding: 24px 32px 32px; }
header.masthead { border-bottom: 3px solid var(--accent); padding-bottom: 12px; margin-bottom: 8px; }
header.masthead .kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 12px;
  color: var(--accent); font-weight: 600; }
header.masthead h1 { font-size: 26px; line-height: 1.2; margin: 4px 0 6px; }
header.masthead .meta { margin: 0; color: var(--soft); font-size: 13px; }
header.masthead .meta span + span::before { content: " · "; color: #94a3b8; }
section.report { padding-top: 8px; }
section.report + section.report { border-top: 1px solid var(--line); margin-top: 28px; }
h2 { font-size: 21px; margin: 18px 0 10px; color: var(--ink); }
h3 { font-size: 16px; margin: 22px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
p { margin: 6px 0; }
p.note, p.empty, figcaption { color: var(--soft); font-size: 12.5px; }
dl.kv { display: grid; grid-template-columns: max-content 1fr; gap: 3px 18px; margin: 8px 0 12px; }
dl.kv dt { color: var(--soft); }
dl.kv dd { margin: 0; }
.table-wrap { overflow-x: auto; margin: 8px 0 14px; }
table { border-collapse: collapse; font-size: 12.5px; min-width: 40%; }
caption { text-align: left; font-weight: 600; font-size: 13.5px; padding: 4px 0 6px; color: var(--ink); }
th, td { padding: 4px 9px; border-bottom: 1px solid var(--line); vertical-align: top; text-align: left; }
thead th { background: #f1f5f9; border-bottom: 2px solid #cbd5e1; font-weight: 600; white-space: nowrap; }
tbody tr:nth-child(even) td { background: var(--band); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.tone { border-radius: 3px; padding: 0 4px; white-space: nowrap; }
.tone .mk { font-size: .85em; margin-right: 3px; }
.good { color: var(--good); background: var(--good-bg); }
.warn { color: var(--warn); background: var(--warn-bg); }
.bad { color: var(--bad); background: var(--bad-bg); font-weight: 600; }
.muted { color: var(--muted); }
.strong { font-weight: 700; }
figure.chart { margin: 10px 0 18px; overflow-x: auto; }
figure.chart h4 { margin: 0 0 6px; font-size: 13.5px; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
figcaption { margin-top: 4px; }
figure.heat { display: inline-block; vertical-align: top; margin-right: 24px; }
div.points { margin: 10px 0; }
div.points p { margin: 0 0 2px; font-weight: 600; }
div.points ul { margin: 0; padding-left: 20px; }
div.points li { margin: 1px 0; }
td:first-child { min-width: 10em; }
/* An id in the last column is muted, small and never broken at its hyphens. */
td:last-child > .muted { white-space: nowrap; font-size: .85em; }
footer { margin-top: 32px; padding-top: 8px; border-top: 1px solid var(--line); color: var(--soft); font-size: 12px; }
/* Landscape on the reader's paper, A4 or Letter: pieces are cut for the
   lower (A4) and narrower (Letter) of the two. */
@page { size: landscape; margin: 10mm; }
@media print {
  body { font-size: 9.5pt; line-height: 1.35; }
  table { font-size: 8.5pt; }
  th, td { padding: 2px 6px; }
  h2 { margin: 0 0 8px; }
  header.masthead h1 { font-size: 15pt; margin: 2px 0 4px; }
  /* Key figures two pairs to a row: half the height on paper. */
  dl.kv { grid-template-columns: max-content 1fr max-content 1fr; }
  div.points { font-size: 9pt; }
  header.masthead { padding-bottom: 6px; }
  dl.kv { margin: 4px 0 8px; gap: 1px 14px; }
  h3 { margin: 12px 0 6px; }
  figure.chart { margin: 6px 0 10px; }
  figure.heat { width: 48%; margin-right: 1%; }
  div.points, dl.kv { break-inside: avoid; }
  /* The summary's lists side by side, two to a row. */
  div.points { display: inline-block; vertical-align: top; width: 49%; padding-right: 12px; margin: 4px 0; }
  table { font-size: 8pt; }
  .page { max-width: none; padding: 0; }
  section.report + section.report { break-before: page; border-top: none; margin-top: 0; }
  h2, h3, caption, figure.chart h4 { break-after: avoid; }
  tr, figure.chart { break-inside: avoid; }
  .table-wrap, figure.chart { overflow: visible; }
  thead { display: table-header-group; }
  .good, .warn, .bad, thead th, tbody tr:nth-child(even) td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

/// The marker a tone adds to its text.
fn marker(tone: Tone) -> &'static str {
    match tone {
        Tone::Good => "✓",
        Tone::Warn => "▲",
        Tone::Bad => "✖",
        Tone::Plain | Tone::Muted | Tone::Strong => "",
    }
}

fn class(tone: Tone) -> &'static str {
    match tone {
        Tone::Plain => "",
        Tone::Good => "good",
        Tone::Warn => "warn",
        Tone::Bad => "bad",
        Tone::Muted => "muted",
        Tone::Strong => "strong",
    }
}

/// Text with its line breaks kept.
fn lines(text: &str) -> String {
    esc(text).replace('\n', "<br>")
}

/// A cell's content: its text, and for a tone its class and marker.
fn cell_html(c: &Cell) -> String {
    let text = lines(&c.text);
    match c.tone {
        Tone::Plain => text,
        Tone::Muted | Tone::Strong => format!("<span class=\"{}\">{text}</span>", class(c.tone)),
        t => format!(
            "<span class=\"tone {}\"><span class=\"mk\">{}</span>{text}</span>",
            class(t),
            marker(t)
        ),
    }
}

fn table(t: &Table, out: &mut String) {
    use std::fmt::Write as _;
    if t.rows.is_empty() {
        if !t.title.is_empty() {
            let _ = write!(out, "<h4 class=\"table-title\">{}</h4>", esc(&t.title));
        }
        let _ = writeln!(out, "<p class=\"empty\">{}</p>", esc(&t.empty));
        return;
    }
    let numeric: Vec<bool> = (0..t.columns.len())
        .map(|i| t.rows.iter().any(|r| r.get(i).is_some_and(|c| c.numeric)))
        .collect();
    out.push_str("<div class=\"table-wrap\"><table>");
    if !t.title.is_empty() {
        let _ = write!(out, "<caption>{}</caption>", esc(&t.title));
    }
    out.push_str("<thead><tr>");
    for (i, c) in t.columns.iter().enumerate() {
        let cls = if numeric[i] { " class=\"num\"" } else { "" };
        let _ = write!(out, "<th scope=\"col\"{cls}>{}</th>", esc(c));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &t.rows {
        out.push_str("<tr>");
        for c in row {
            let cls = if c.numeric { " class=\"num\"" } else { "" };
            let _ = write!(out, "<td{cls}>{}</td>", cell_html(c));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table></div>\n");
}

fn figure(title: &str, svg: &str, captions: &[&str], out: &mut String) {
    figure_in("chart", title, svg, captions, out);
}

/// A figure of the CSS class `class`.
fn figure_in(class: &str, title: &str, svg: &str, captions: &[&str], out: &mut String) {
    use std::fmt::Write as _;
    let _ = write!(out, "<figure class=\"{class}\">");
    if !title.is_empty() {
        let _ = write!(out, "<h4>{}</h4>", esc(title));
    }
    out.push_str(svg);
    for c in captions.iter().filter(|c| !c.is_empty()) {
        let _ = write!(out, "<figcaption>{}</figcaption>", lines(c));
    }
    out.push_str("</figure>\n");
}

/// A text block: a note, or, when its lines after the first start with
/// `• `, a heading line and a bulleted list (the executive summary).
fn text_block(t: &str, out: &mut String) {
    use std::fmt::Write as _;
    let mut parts = t.split('\n');
    let head = parts.next().unwrap_or_default();
    let items: Vec<&str> = parts.clone().filter_map(|l| l.strip_prefix("• ")).collect();
    if items.is_empty() || items.len() != parts.count() {
        let _ = writeln!(out, "<p class=\"note\">{}</p>", lines(t));
        return;
    }
    let _ = write!(out, "<div class=\"points\"><p>{}</p><ul>", esc(head));
    for item in items {
        let _ = write!(out, "<li>{}</li>", esc(item));
    }
    out.push_str("</ul></div>\n");
}

fn block(b: &Block, lang: Lang, out: &mut String) {
    use std::fmt::Write as _;
    match b {
        Block::Heading(h) => {
            let _ = writeln!(out, "<h3>{}</h3>", esc(h));
        }
        Block::Text(t) => text_block(t, out),
        Block::KeyValues(kv) => {
            out.push_str("<dl class=\"kv\">");
            for (k, v) in kv {
                let _ = write!(out, "<dt>{}</dt><dd>{}</dd>", esc(k), cell_html(v));
            }
            out.push_str("</dl>\n");
        }
        Block::Table(t) => table(t, out),
        Block::Gantt(g) => {
            if g.sections.is_empty() {
                let _ = writeln!(
                    out,
                    "<p class=\"empty\">{}</p>",
                    esc(t(lang, L::NoGanttItems))
                );
            } else {
                figure("", &svg::gantt::draw(g), &[], out);
            }
        }
        Block::HeatMap(m) => {
            let notes: Vec<&str> = m.notes.iter().map(String::as_str).collect();
            figure_in("chart heat", &m.title, &svg::heatmap::draw(m), &notes, out);
        }
        Block::LoadGrid(g) => {
            if g.rows.is_empty() {
                let _ = writeln!(out, "<p class=\"empty\">{}</p>", esc(&g.empty));
            } else {
                figure(
                    "",
                    &svg::loadgrid::draw(g, &g.corner),
                    &[g.legend.as_str()],
                    out,
                );
            }
        }
        Block::Bars(b) => figure(&b.title, &svg::bars::draw(b), &[b.note.as_str()], out),
        Block::Lines(l) => figure(&l.title, &svg::lines::draw(l), &[l.note.as_str()], out),
    }
}

/// The page as a string.
pub fn page(p: &Page) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(64 * 1024);
    let code = match p.lang {
        Lang::En => "en",
        Lang::Zh => "zh",
    };
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n"
    );
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta name=\"generator\" content=\"pmo ");
    out.push_str(env!("CARGO_PKG_VERSION"));
    out.push_str("\">\n");
    let _ = writeln!(out, "<title>{}</title>", esc(&p.title));
    out.push_str("<style>");
    out.push_str(&CSS.replace("FONTS", svg::FONT_STACK));
    out.push_str("</style>\n</head>\n<body>\n<div class=\"page\">\n");
    out.push_str("<header class=\"masthead\">");
    let lang = p.lang;
    let _ = write!(
        out,
        "<div class=\"kicker\">{}</div><h1>{}</h1><p class=\"meta\">",
        esc(&tf(lang, L::PageKicker, &[&report_name(lang, &p.report)])),
        esc(&p.title)
    );
    if let Some(name) = &p.portfolio {
        let _ = write!(
            out,
            "<span>{}</span>",
            esc(&tf(lang, L::PagePortfolio, &[name]))
        );
    }
    let _ = write!(
        out,
        "<span>{}</span>",
        esc(&tf(lang, L::PageAsOf, &[&p.as_of]))
    );
    out.push_str("</p></header>\n<main>\n");
    for (i, view) in p.sections.iter().enumerate() {
        let _ = writeln!(out, "<section class=\"report\" id=\"section-{}\">", i + 1);
        // The first section's title is the page's own big heading.
        let repeats_page_title = i == 0 && view.title == p.title;
        if !view.title.is_empty() && !repeats_page_title {
            let _ = writeln!(out, "<h2>{}</h2>", esc(&view.title));
        }
        for b in &view.blocks {
            block(b, lang, &mut out);
        }
        out.push_str("</section>\n");
    }
    let _ = write!(
        out,
        "</main>\n<footer>{}</footer>\n</div>\n</body>\n</html>\n",
        esc(&tf(lang, L::PageFooter, &[&env!("CARGO_PKG_VERSION")]))
    );
    out
}

/// Writes the page.
pub fn render(p: &Page, out: &mut dyn Write) -> anyhow::Result<()> {
    out.write_all(page(p).as_bytes())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_escapes_text_and_marks_tones() {
        let view = View {
            title: "Risks <b>".into(),
            blocks: vec![
                Block::Heading("H & co".into()),
                Block::KeyValues(vec![("status".into(), Cell::new("red").tone(Tone::Bad))]),
                Block::Table(Table {
                    name: "t".into(),
                    title: "T".into(),
                    columns: vec!["Risk".into(), "Score".into()],
                    rows: vec![vec![
                        Cell::new("<script>alert(1)</script>"),
                        Cell::num("12").tone(Tone::Warn),
                    ]],
                    empty: String::new(),
                    give_way: Vec::new(),
                }),
            ],
            tidy: "t".into(),
        };
        let html = page(&Page {
            title: "Risk \"report\"".into(),
            report: "risk".into(),
            portfolio: Some("P".into()),
            as_of: "2026-11-16".into(),
            sections: vec![view],
            lang: Lang::En,
        });
        assert!(html.contains("<title>Risk &quot;report&quot;</title>"));
        assert!(html.contains("<h2>Risks &lt;b&gt;</h2>"));
        assert!(html.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"));
        assert!(!html.contains("<script"));
        assert!(html.contains("<th scope=\"col\" class=\"num\">Score</th>"));
        assert!(html.contains(
            "<td class=\"num\"><span class=\"tone warn\"><span class=\"mk\">▲</span>12</span></td>"
        ));
        assert!(html.contains("<span class=\"tone bad\"><span class=\"mk\">✖</span>red</span>"));
        assert!(html.contains("<footer>generated by pmo "));
    }
    #[test]
    fn a_page_in_chinese_has_no_english_chrome() {
        let day = crate::model::Date::ymd(2026, 11, 16).expect("date");
        let view = View {
            title: "计划".into(),
            blocks: vec![Block::Gantt(crate::render::gantt::Gantt {
                title: String::new(),
                from: day,
                to: day,
                today: None,
                scale: crate::render::gantt::Scale::Week,
                sections: Vec::new(),
                lang: Lang::Zh,
            })],
            tidy: String::new(),
        };
        let html = page(&Page {
            title: "计划".into(),
            report: "plan".into(),
            portfolio: Some("华东".into()),
            as_of: "2026-11-16".into(),
            sections: vec![view],
            lang: Lang::Zh,
        });
        assert!(html.contains("<html lang=\"zh\">"));
        assert!(html.contains("<div class=\"kicker\">PMO 报告 · 计划</div>"));
        assert!(html.contains("<span>项目组合：华东</span><span>截至 2026-11-16</span>"));
        assert!(html.contains("<p class=\"empty\">没有可绘制的任务或里程碑。</p>"));
        assert!(html.contains("<footer>由 pmo "));
        for english in [
            "PMO report",
            "Portfolio:",
            "As of",
            "No tasks",
            "generated by",
        ] {
            assert!(!html.contains(english), "{english}");
        }
    }
}
