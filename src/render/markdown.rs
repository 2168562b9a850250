//! Markdown (GitHub-flavoured): headings, pipe tables, lists.

use std::io::Write;

use super::{Block, Cell, View};

fn escape(text: &str) -> String {
    super::sanitize(text)
        .replace('|', "\\|")
        .replace('\n', "<br>")
}

fn cell(c: &Cell) -> String {
    escape(&c.text)
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
            Block::LoadGrid(g) => super::loadgrid::markdown(g, escape, out)?,
            Block::Table(t) => {
                if !t.title.is_empty() {
                    writeln!(out, "### {}", escape(&t.title))?;
                    writeln!(out)?;
                }
                if t.rows.is_empty() {
                    writeln!(out, "_{}_", escape(&t.empty))?;
                    continue;
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
            }
        }
    }
    Ok(())
}
