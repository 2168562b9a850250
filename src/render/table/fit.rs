//! How a table fits a terminal: which columns stay, which are cut to one
//! line, and how wide each must be at least. The view states the order in
//! which columns give way ([`Give`]); this module only follows it.
//!
//! A column is at least as wide as its longest word, so a cell wraps at
//! spaces and never splits an id or a date. While the columns do not fit
//! at that, the next step of the view's order is taken: a column left out,
//! or a column of names cut to one line with an ellipsis. A cut column
//! takes what the other columns leave, at least its longest first word
//! (an id in front of a name stays whole) and [`CUT_LEAST`], or its
//! longest word when that is shorter: cutting never takes more room than
//! wrapping, and saves room when a word is long (a name in Chinese). Columns the view does not name,
//! and the first column, always stay.

use crate::render::Give;
use crate::render::text::{cut, width};

/// The least width of a column cut to one line.
pub const CUT_LEAST: usize = 16;

/// A table fitted to a width.
#[derive(Debug, PartialEq, Eq)]
pub struct Fit {
    /// The columns shown, in the table's order.
    pub kept: Vec<usize>,
    /// The columns left out, in the table's order.
    pub left_out: Vec<usize>,
    /// Per shown column: how it is laid out.
    pub widths: Vec<Width>,
}

/// How a shown column is laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Width {
    /// Wrapped at spaces, at least this wide.
    AtLeast(usize),
    /// Cut to one line of exactly this width.
    Cut(usize),
}

/// What borders and padding take for `columns` columns (`│ a ┆ b │`).
pub fn chrome(columns: usize) -> usize {
    3 * columns + 1
}

fn longest_word(text: &str) -> usize {
    text.split_whitespace().map(width).max().unwrap_or(0)
}

/// The widths a column needs: wrapped (its longest word), whole (its
/// longest line) and cut (its longest first word, with the ellipsis).
struct Measure {
    least: usize,
    natural: usize,
    cut_least: usize,
}

fn measure(header: &str, cells: &[&str], longest_kept: usize) -> Measure {
    let lines = || cells.iter().flat_map(|c| c.lines());
    let head = longest_word(header);
    let least = lines()
        .map(longest_word)
        .chain([head])
        .max()
        .unwrap_or(1)
        .clamp(1, longest_kept);
    let natural = lines()
        .map(width)
        .chain([head])
        .max()
        .unwrap_or(1)
        .max(least);
    let first = lines()
        .map(|l| {
            // An id in front of a name (`t-dr-prep DR drill`) stays
            // whole, with room for the ellipsis; a line of one word (a
            // name in Chinese) may be cut inside.
            let mut words = l.split_whitespace();
            match (words.next(), words.next()) {
                (Some(first), Some(_)) => (width(first) + 1).min(longest_kept),
                _ => 0,
            }
        })
        .max()
        .unwrap_or(0);
    // Never wider than wrapping needs: cutting gives way, it never
    // takes more room.
    let cut_least = first.max(head).max(CUT_LEAST.min(least)).min(natural);
    Measure {
        least,
        natural,
        cut_least,
    }
}

/// `headers` over rows of `cells` (their text as shown) fitted in `width`
/// columns, giving way by `steps`.
pub fn fit(headers: &[String], cells: &[Vec<String>], steps: &[Give], width: usize) -> Fit {
    let n = headers.len();
    // One freak word (a URL in a title) must not push every other column
    // out: a word wider than a third of the terminal may be cut.
    let longest_kept = (width / 3).max(12);
    let m: Vec<Measure> = (0..n)
        .map(|i| {
            let column: Vec<&str> = cells
                .iter()
                .filter_map(|r| r.get(i).map(String::as_str))
                .collect();
            measure(&headers[i], &column, longest_kept)
        })
        .collect();
    let mut kept = vec![true; n];
    let mut is_cut = vec![false; n];
    let need = |kept: &[bool], is_cut: &[bool]| {
        let shown = (0..n).filter(|&i| kept[i]);
        chrome(shown.clone().count())
            + shown
                .map(|i| {
                    if is_cut[i] {
                        m[i].cut_least
                    } else {
                        m[i].least
                    }
                })
                .sum::<usize>()
    };
    for step in steps {
        if need(&kept, &is_cut) <= width {
            break;
        }
        match *step {
            Give::Drop(i) if i > 0 && i < n => kept[i] = false,
            Give::Cut(i) if i < n => is_cut[i] = true,
            _ => {}
        }
    }
    let shown: Vec<usize> = (0..n).filter(|&i| kept[i]).collect();
    let room = width.saturating_sub(chrome(shown.len())).max(1);
    // Cut columns get what the whole columns leave, at least their least.
    let whole: usize = shown
        .iter()
        .filter(|&&i| !is_cut[i])
        .map(|&i| m[i].natural)
        .sum();
    let floors: usize = shown
        .iter()
        .filter(|&&i| is_cut[i])
        .map(|&i| m[i].cut_least)
        .sum();
    let mut spare = room.saturating_sub(whole + floors);
    let widths = shown
        .iter()
        .map(|&i| {
            if is_cut[i] {
                let extra = spare.min(m[i].natural - m[i].cut_least);
                spare -= extra;
                Width::Cut((m[i].cut_least + extra).min(room))
            } else {
                // A word wider than the terminal can only be cut.
                Width::AtLeast(m[i].least.min(room))
            }
        })
        .collect();
    Fit {
        left_out: (0..n).filter(|&i| !kept[i]).collect(),
        kept: shown,
        widths,
    }
}

/// A line cut to `max` columns at a word, ending in `…` when cut; a first
/// word longer than that is cut inside.
pub fn cut_line(line: &str, max: usize) -> String {
    if width(line) <= max {
        return line.to_string();
    }
    let mut out = String::new();
    for word in line.split_whitespace() {
        let sep = usize::from(!out.is_empty());
        if width(&out) + sep + width(word) + 1 > max {
            break;
        }
        if sep == 1 {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        return cut(line.trim_start(), max);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(headers: &[&str], rows: &[&[&str]]) -> (Vec<String>, Vec<Vec<String>>) {
        (
            headers.iter().map(|h| h.to_string()).collect(),
            rows.iter()
                .map(|r| r.iter().map(|c| c.to_string()).collect())
                .collect(),
        )
    }

    #[test]
    fn columns_give_way_in_the_stated_order() {
        let (h, c) = table(
            &["Id", "Owner", "Score", "Due"],
            &[&["RSK-001", "Zhang Wei", "16", "2026-12-29"]],
        );
        // Wide enough: nothing gives way.
        let all = fit(&h, &c, &[Give::Drop(3), Give::Drop(1)], 80);
        assert_eq!(all.kept, vec![0, 1, 2, 3]);
        // Id 7 + Owner 5 + Score 5 + Due 10 + chrome 13 = 40: one too many.
        let one = fit(&h, &c, &[Give::Drop(3), Give::Drop(1)], 39);
        assert_eq!(one.kept, vec![0, 1, 2]);
        assert_eq!(one.left_out, vec![3]);
        // The order is the view's, not the columns' from the right.
        let other = fit(&h, &c, &[Give::Drop(1), Give::Drop(3)], 39);
        assert_eq!(other.kept, vec![0, 2, 3]);
        // The first column and columns not named stay, however narrow.
        let narrow = fit(&h, &c, &[Give::Drop(0), Give::Drop(3), Give::Drop(1)], 10);
        assert_eq!(narrow.kept, vec![0, 2]);
    }

    #[test]
    fn a_cut_column_saves_room_when_its_words_are_long() {
        let (h, c) = table(
            &["Id", "Name", "Due", "Owner", "Score"],
            &[&[
                "RSK-001",
                "The Kangning-Medical-Group-Clinic-Network expansion",
                "2026-12-29",
                "Zhang Wei",
                "16",
            ]],
        );
        // Wrapped, the name takes its longest word (cut at 59 / 3 = 19):
        // 7 + 19 + 10 + 5 + 5 + chrome 16 = 62. Cut to a line it takes 16
        // and the owner stays.
        let f = fit(&h, &c, &[Give::Cut(1), Give::Drop(3)], 59);
        assert_eq!(f.kept, vec![0, 1, 2, 3, 4]);
        assert_eq!(f.widths[1], Width::Cut(16));
        // Without the cut, the owner goes.
        let f = fit(&h, &c, &[Give::Drop(3)], 59);
        assert_eq!(f.left_out, vec![3]);
        assert_eq!(f.widths[1], Width::AtLeast(19));
    }

    #[test]
    fn a_cut_column_takes_what_the_whole_columns_leave() {
        let (h, c) = table(
            &["Risk", "Title", "Score"],
            &[&[
                "RSK-010",
                "DR drill cannot run if the dual link is late",
                "20",
            ]],
        );
        // Title's longest word is 6: nothing is needed at 40 columns...
        let f = fit(&h, &c, &[Give::Cut(1)], 40);
        assert_eq!(f.widths[1], Width::AtLeast(6));
        // ...but at 27 the table is too wide (7 + 6 + 5 + 10 = 28): cut,
        // the title gets what the others leave (17 - 12 = 5), yet never
        // less than wrapping would (its longest word, 6).
        let f = fit(&h, &c, &[Give::Cut(1)], 27);
        assert_eq!(
            f.widths,
            vec![Width::AtLeast(7), Width::Cut(6), Width::AtLeast(5)]
        );
    }

    #[test]
    fn a_line_is_cut_at_a_word() {
        assert_eq!(
            cut_line("DR drill cannot run if the dual link is late", 18),
            "DR drill cannot…"
        );
        // An id in front stays whole when it fits...
        assert_eq!(cut_line("t-dr-prep DR drill scenarios", 12), "t-dr-prep…");
        // ...a single word (a name in Chinese) is cut inside.
        assert_eq!(cut_line("江南银行核心系统", 9), "江南银行…");
        assert_eq!(cut_line("short", 12), "short");
    }
}
