//! Markdown (GitHub-flavoured): headings, pipe tables, lists.

use std::io::Write;

use super::heatmap::HeatMap;
use super::{Block, Cell, View};

fn escape(text: &str) -> String {
    super::sanitize(text)
        .replace('|', "\\|")
        .replace('\n', "<br>")
}

fn cell(c: &Cell) -> String {
    escape(&c.text)
}

/// A heat map as a pipe table, highest row first; each cell holds its
/// count (bold when not zero) and its marker, and a legend follows.
fn heat_map(map: &HeatMap, out: &mut dyn Write) -> anyhow::Result<()> {
    if !map.title.is_empty() {
        writeln!(out, "### {}", escape(&map.title))?;
        writeln!(out)?;
    }
    let corner = format!(
        "{} \u{2191} / {} \u{2192}",
        escape(&map.y_title),
        escape(&map.x_title)
    );
    let heads: Vec<String> = map.x_labels.iter().map(|l| escape(l)).collect();
    writeln!(out, "| {corner} | {} |", heads.join(" | "))?;
    writeln!(out, "| --- |{}", " :---: |".repeat(heads.len()))?;
    for y in (0..map.y_labels.len()).rev() {
        let cells: Vec<String> = (0..heads.len())
            .map(|x| {
                let c = map.cell(x, y);
                let count = if c.count == 0 {
                    "\u{b7}".to_string()
                } else {
                    format!("**{}**", c.count)
                };
                format!("{count} {}", escape(&c.marker))
                    .trim_end()
                    .to_string()
            })
            .collect();
        writeln!(
            out,
            "| {} | {} |",
            escape(&map.y_labels[y]),
            cells.join(" | ")
        )?;
    }
    if !map.legend.is_empty() {
        let items: Vec<String> = map
            .legend
            .iter()
            .map(|(m, meaning, _)| format!("{} {}", escape(m), escape(meaning)))
            .collect();
        writeln!(out)?;
        writeln!(
            out,
            "{}: {}",
            crate::i18n::t(map.lang, crate::i18n::Label::Legend),
            items.join(" \u{b7} ")
        )?;
    }
    for note in &map.notes {
        writeln!(out)?;
        writeln!(out, "{}", escape(note))?;
    }
    Ok(())
}

pub fn render(view: &View, out: &mut dyn Write) -> anyhow::Result<()> {
    writeln!(out, "# {}", escape(&view.title))?;
    for block in &view.blocks {
        writeln!(out)?;
        match block {
            Block::Heading(h) => writeln!(out, "## {}", escape(h))?,
            Block::Text(t) => writeln!(out, "{}", escape(t))?,
            Block::KeyValues(kv) => {
                for (k, v) in kv {
                    writeln!(out, "- **{}**: {}", escape(k), cell(v))?;
                }
            }
            Block::Lines(l) => lines(l, out)?,
            Block::Bars(b) => bars(b, out)?,
            Block::HeatMap(map) => heat_map(map, out)?,
            Block::LoadGrid(g) => super::loadgrid::markdown(g, escape, out)?,
            Block::Table(t) => table(t, out)?,
            Block::Gantt(g) => {
                writeln!(out, "```text")?;
                for line in super::gantt::draw(g, 100, false) {
                    writeln!(out, "{}", line.replace("```", "'''"))?;
                }
                writeln!(out, "```")?;
            }
        }
    }
    Ok(())
}

/// A `### title` and a blank line, when there is a title.
fn subheading(title: &str, out: &mut dyn Write) -> anyhow::Result<()> {
    if !title.is_empty() {
        writeln!(out, "### {}", escape(title))?;
        writeln!(out)?;
    }
    Ok(())
}

/// Line charts as a table: each series' first and last value and a
/// sparkline.
fn lines(l: &super::lines::Lines, out: &mut dyn Write) -> anyhow::Result<()> {
    use super::lines::{ends, figure, sparkline};
    subheading(&l.title, out)?;
    writeln!(out, "| series | first | last | trend |")?;
    writeln!(out, "| --- | ---: | ---: | --- |")?;
    for line in &l.lines {
        let (first, last) = ends(&line.values);
        writeln!(
            out,
            "| {} | {} | {} | {} |",
            escape(&line.name),
            figure(first),
            figure(last),
            sparkline(&line.values)
        )?;
    }
    writeln!(out)?;
    Ok(())
}

/// Bars as a table: a row per group, a column per series, then the mark.
fn bars(b: &super::bars::Bars, out: &mut dyn Write) -> anyhow::Result<()> {
    subheading(&b.title, out)?;
    let mut head = vec![escape(&b.label)];
    head.extend(b.series.iter().map(|s| escape(s)));
    head.push(escape(&b.mark_label));
    writeln!(out, "| {} |", head.join(" | "))?;
    let mut align = vec!["---"];
    align.extend(b.series.iter().map(|_| "---:"));
    align.push("---");
    writeln!(out, "| {} |", align.join(" | "))?;
    for row in &b.rows {
        let mut cells = vec![escape(&row.label)];
        cells.extend((0..b.series.len()).map(|i| {
            row.values
                .get(i)
                .map(|v| escape(&v.text))
                .unwrap_or_default()
        }));
        cells.push(escape(&row.mark));
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    if !b.note.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", escape(&b.note))?;
    }
    Ok(())
}

/// A table, numeric columns right-aligned; its `empty` words when it has
/// no rows.
fn table(t: &super::Table, out: &mut dyn Write) -> anyhow::Result<()> {
    subheading(&t.title, out)?;
    if t.rows.is_empty() {
        writeln!(out, "_{}_", escape(&t.empty))?;
        return Ok(());
    }
    let head: Vec<String> = t.columns.iter().map(|c| escape(c)).collect();
    writeln!(out, "| {} |", head.join(" | "))?;
    let align: Vec<&str> = (0..t.columns.len())
        .map(|i| {
            if t.rows.iter().any(|r| r.get(i).is_some_and(|c| c.numeric)) {
                "---:"
            } else {
                "---"
            }
        })
        .collect();
    writeln!(out, "| {} |", align.join(" | "))?;
    for row in &t.rows {
        let cells: Vec<String> = row.iter().map(cell).collect();
        writeln!(out, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}
