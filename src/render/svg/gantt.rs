//! The Gantt chart as SVG: a time axis with month (and, on a week scale,
//! Monday) ticks, one bar per task with its progress filled, critical
//! tasks red and marked `!`, milestones as diamonds (hollow once reached)
//! and a dashed line at the as-of date.

use std::fmt::Write as _;

use chrono::Datelike;

use super::{esc, fit, open, px, text, text_width};
use crate::i18n::{Label as L, Lang, t, tf};
use crate::model::Date;
use crate::render::gantt::{Gantt, GanttRow, Scale};

const ROW: f64 = 20.0;
const SECTION: f64 = 24.0;
const AXIS: f64 = 40.0;
const LEGEND: f64 = 30.0;
const FONT: f64 = 12.0;
/// The widest picture, in pixels: an A4 landscape page at 96 dpi less margins.
const MAX_WIDTH: f64 = 1040.0;

const TODO: &str = "#cbd5e1";
const DONE: &str = "#2563eb";
const CRIT_TODO: &str = "#fecaca";
const CRIT_DONE: &str = "#dc2626";
const CRIT_EDGE: &str = "#b91c1c";
const MILESTONE: &str = "#334155";
const TODAY: &str = "#d97706";

/// How a milestone is drawn: the shape differs as well as the colour, so
/// an overdue milestone never reads as one still to come.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// Still to come: a filled diamond.
    Due,
    /// On the critical path and still to come: a red diamond.
    Critical,
    /// Past due and not reached: a red diamond with a white cross.
    Overdue,
    /// Reached: a hollow diamond.
    Reached,
}

impl Mark {
    fn of(reached: bool, overdue: bool, critical: bool) -> Mark {
        match (reached, overdue, critical) {
            (true, _, _) => Mark::Reached,
            (_, true, _) => Mark::Overdue,
            (_, _, true) => Mark::Critical,
            _ => Mark::Due,
        }
    }

    /// The word for a tooltip, after the date.
    fn word(self) -> Option<L> {
        match self {
            Mark::Reached => Some(L::SvgTipReached),
            Mark::Overdue => Some(L::SvgTipOverdue),
            Mark::Due | Mark::Critical => None,
        }
    }

    fn legend(self, lang: Lang) -> &'static str {
        t(
            lang,
            match self {
                Mark::Reached => L::SvgMilestoneReached,
                Mark::Overdue => L::SvgMilestoneOverdue,
                Mark::Due | Mark::Critical => L::SvgMilestoneToCome,
            },
        )
    }
}

/// A tooltip: `head`, then the words that apply.
fn tooltip(lang: Lang, head: String, words: &[Option<L>]) -> String {
    words.iter().flatten().fold(head, |mut s, w| {
        s.push_str(t(lang, L::SvgTipSep));
        s.push_str(t(lang, *w));
        s
    })
}

/// A milestone diamond centred at (`cx`, `cy`), with `tip` on hover.
fn diamond(out: &mut String, cx: f64, cy: f64, mark: Mark, tip: &str) {
    let r = 6.0;
    let (fill, edge) = match mark {
        Mark::Due => (MILESTONE, MILESTONE),
        Mark::Critical => (CRIT_DONE, CRIT_DONE),
        Mark::Overdue => (CRIT_DONE, CRIT_EDGE),
        Mark::Reached => ("#ffffff", MILESTONE),
    };
    let _ = write!(
        out,
        "<g><polygon points=\"{},{} {},{} {},{} {},{}\" fill=\"{fill}\" stroke=\"{edge}\" stroke-width=\"1.5\"/>",
        px(cx),
        px(cy - r),
        px(cx + r),
        px(cy),
        px(cx),
        px(cy + r),
        px(cx - r),
        px(cy),
    );
    if mark == Mark::Overdue {
        let d = 2.5;
        let _ = write!(
            out,
            "<path d=\"M{} {}L{} {}M{} {}L{} {}\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>",
            px(cx - d),
            px(cy - d),
            px(cx + d),
            px(cy + d),
            px(cx - d),
            px(cy + d),
            px(cx + d),
            px(cy - d),
        );
    }
    if !tip.is_empty() {
        let _ = write!(out, "<title>{}</title>", esc(tip));
    }
    out.push_str("</g>");
}

/// Where things go on the picture: the label column, the chart to its
/// right, and the pixels of a day.
struct Frame {
    from: Date,
    to: Date,
    label_w: f64,
    chart_w: f64,
    per_day: f64,
    width: f64,
    height: f64,
}

impl Frame {
    fn new(g: &Gantt) -> Frame {
        let days = (g.from.days_until(g.to).max(0) + 1) as f64;
        let longest = g
            .sections
            .iter()
            .flat_map(|s| s.rows.iter().map(|r| text_width(&r.label, FONT) + 22.0))
            .fold(140.0, f64::max);
        let label_w = longest.min(320.0).round();
        // At most 24 px a day, at least the width left over: short plans get
        // readable bars, long ones fit the page.
        let chart_w = (days * 24.0).clamp(240.0, MAX_WIDTH - label_w).round();
        let rows: usize = g.sections.iter().map(|s| s.rows.len()).sum();
        Frame {
            from: g.from,
            to: g.to,
            label_w,
            chart_w,
            per_day: chart_w / days,
            width: label_w + chart_w + 8.0,
            height: AXIS + g.sections.len() as f64 * SECTION + rows as f64 * ROW + LEGEND + 8.0,
        }
    }

    /// The left edge of day `d`.
    fn x_of(&self, d: Date) -> f64 {
        self.label_w + self.from.days_until(d) as f64 * self.per_day
    }

    /// The middle of day `d`.
    fn mid_of(&self, d: Date) -> f64 {
        self.x_of(d) + self.per_day / 2.0
    }

    fn shows(&self, d: Date) -> bool {
        d >= self.from && d <= self.to
    }

    fn body_bottom(&self) -> f64 {
        self.height - LEGEND
    }
}

/// Draws the chart.
pub fn draw(g: &Gantt) -> String {
    let f = Frame::new(g);
    let rows: usize = g.sections.iter().map(|s| s.rows.len()).sum();
    let mut out = String::new();
    open(
        &mut out,
        "gantt",
        f.width,
        f.height,
        &g.title,
        &tf(
            g.lang,
            L::SvgGanttDesc,
            &[&g.from, &g.to, &g.sections.len(), &rows],
        ),
    );
    axis(&mut out, g, &f);
    let mut y = AXIS;
    for section in &g.sections {
        let _ = write!(
            out,
            "<rect x=\"0\" y=\"{}\" width=\"{}\" height=\"{SECTION}\" fill=\"#e2e8f0\" fill-opacity=\"0.6\"/>",
            px(y),
            px(f.label_w + f.chart_w)
        );
        text(
            &mut out,
            6.0,
            y + 16.0,
            "font-weight=\"600\" fill=\"#0f172a\"",
            &fit(&section.name, f.label_w + f.chart_w - 12.0, FONT),
        );
        y += SECTION;
        for row in &section.rows {
            draw_row(&mut out, g, &f, row, y + ROW / 2.0);
            y += ROW;
        }
    }
    if let Some(t) = g.today.filter(|&t| f.shows(t)) {
        today(&mut out, g.lang, &f, t);
    }
    legend(&mut out, g, &f);
    out.push_str("</svg>");
    out
}

/// The axis: month ticks always, Mondays too on a week scale. Labels are
/// skipped where they would overlap the previous one.
fn axis(out: &mut String, g: &Gantt, f: &Frame) {
    let _ = write!(
        out,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#f8fafc\"/>",
        px(f.label_w),
        px(AXIS),
        px(f.chart_w),
        px(f.body_bottom() - AXIS)
    );
    let mut free_from = f64::MIN;
    let mut d = g.from;
    let mut guard = 0;
    while d <= g.to && guard < 20_000 {
        guard += 1;
        let month = d.0.day() == 1;
        let monday = g.scale == Scale::Week && d.0.weekday() == chrono::Weekday::Mon;
        if month || monday {
            let x = f.x_of(d);
            let (color, y0) = if month {
                ("#94a3b8", AXIS - 14.0)
            } else {
                ("#e2e8f0", AXIS - 6.0)
            };
            let _ = write!(
                out,
                "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"{color}\" stroke-width=\"1\"/>",
                px(y0),
                px(f.body_bottom()),
                x = px(x),
            );
            let label = match g.scale {
                Scale::Week => d.0.format("%m-%d").to_string(),
                Scale::Month => d.0.format("%Y-%m").to_string(),
            };
            let y = if month { AXIS - 18.0 } else { AXIS - 8.0 };
            let w = text_width(&label, 11.0);
            if x >= free_from && x + w <= f.width {
                text(out, x + 2.0, y, "font-size=\"11\" fill=\"#475569\"", &label);
                free_from = x + w + 6.0;
            }
        }
        d = d.add_days(1);
    }
}

/// One row: its label (critical rows marked `!`), then its diamond, or its
/// bar with the milestones marked on it.
fn draw_row(out: &mut String, g: &Gantt, f: &Frame, row: &GanttRow, mid: f64) {
    let label = format!("{} {}", if row.critical { "!" } else { " " }, row.label);
    text(
        out,
        6.0,
        mid + 4.0,
        if row.critical {
            "fill=\"#991b1b\" font-weight=\"600\""
        } else {
            "fill=\"#1e293b\""
        },
        &fit(&label, f.label_w - 10.0, FONT),
    );
    let tip = row_tip(g.lang, row);
    if row.milestone {
        if f.shows(row.finish) {
            let state = Mark::of(row.progress >= 1.0, row.overdue, row.critical);
            diamond(out, f.mid_of(row.finish), mid, state, &tip);
        }
        return;
    }
    bar(out, f, row, mid, &tip);
    for m in row.marks.iter().filter(|m| f.shows(m.date)) {
        let state = Mark::of(m.reached, m.overdue, false);
        let words = tooltip(
            g.lang,
            tf(g.lang, L::SvgTipMilestone, &[&m.label, &m.date]),
            &[state.word()],
        );
        diamond(out, f.mid_of(m.date), mid, state, &words);
    }
}

/// A row's tooltip: what it is, its dates, and the words that apply.
fn row_tip(lang: Lang, row: &GanttRow) -> String {
    let who = row.id_and_label();
    if row.milestone {
        return tooltip(
            lang,
            tf(lang, L::SvgTipMilestone, &[&who, &row.finish]),
            &[
                Mark::of(row.progress >= 1.0, row.overdue, false).word(),
                row.critical.then_some(L::SvgTipCritical),
            ],
        );
    }
    let done = format!("{:.0}", row.progress.clamp(0.0, 1.0) * 100.0);
    tooltip(
        lang,
        tf(lang, L::SvgTipTask, &[&who, &row.start, &row.finish, &done]),
        &[
            row.critical.then_some(L::SvgTipCritical),
            row.overdue.then_some(L::SvgTipOverdue),
        ],
    )
}

/// A task's bar, its done part filled; critical work red, overdue work
/// with a dashed edge (not colour alone).
fn bar(out: &mut String, f: &Frame, row: &GanttRow, mid: f64, tip: &str) {
    let (s, e) = (row.start.max(f.from), row.finish.min(f.to));
    if s > e {
        return;
    }
    let x0 = f.x_of(s);
    let w = ((f.from.days_until(e) - f.from.days_until(s) + 1) as f64 * f.per_day).max(2.0);
    let done = (row.progress.clamp(0.0, 1.0) * w).max(0.0);
    let (todo, fill, edge) = if row.critical {
        (CRIT_TODO, CRIT_DONE, CRIT_EDGE)
    } else if row.overdue {
        (TODO, DONE, CRIT_EDGE)
    } else {
        (TODO, DONE, "#94a3b8")
    };
    let _ = write!(
        out,
        "<g><title>{}</title><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"12\" rx=\"2\" fill=\"{todo}\" stroke=\"{edge}\" stroke-width=\"{}\"{}/>",
        esc(tip),
        px(x0),
        px(mid - 6.0),
        px(w),
        if row.critical || row.overdue {
            "1.5"
        } else {
            "0.5"
        },
        if row.overdue {
            " stroke-dasharray=\"3 2\""
        } else {
            ""
        },
    );
    if done > 0.0 {
        let _ = write!(
            out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"12\" rx=\"2\" fill=\"{fill}\"/>",
            px(x0),
            px(mid - 6.0),
            px(done),
        );
    }
    out.push_str("</g>");
}

/// The dashed line at the as-of date, labelled.
fn today(out: &mut String, lang: Lang, f: &Frame, t: Date) {
    let x = f.mid_of(t);
    let _ = write!(
        out,
        "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"{TODAY}\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>",
        px(AXIS - 4.0),
        px(f.body_bottom()),
        x = px(x),
    );
    let label = tf(lang, L::SvgToday, &[&t]);
    let w = text_width(&label, 11.0);
    let lx = (x + 3.0).min(f.width - w - 2.0);
    text(
        out,
        lx,
        AXIS - 4.0,
        &format!("font-size=\"11\" font-weight=\"600\" fill=\"{TODAY}\""),
        &label,
    );
}

/// The legend: every mark the chart uses, drawn once with its meaning in
/// words.
fn legend(out: &mut String, g: &Gantt, f: &Frame) {
    let ly = f.body_bottom() + 18.0;
    let mut lx = 6.0;
    let swatch = |out: &mut String, lx: &mut f64, shape: &str, label: &str| {
        out.push_str(shape);
        text(
            out,
            *lx + 18.0,
            ly + 4.0,
            "font-size=\"11\" fill=\"#334155\"",
            label,
        );
        *lx += 18.0 + text_width(label, 11.0) + 16.0;
    };
    let rect = |x: f64, fill: &str, edge: &str| {
        format!(
            "<rect x=\"{}\" y=\"{}\" width=\"14\" height=\"10\" rx=\"2\" fill=\"{fill}\" stroke=\"{edge}\"/>",
            px(x),
            px(ly - 5.0)
        )
    };
    let rows = || g.sections.iter().flat_map(|s| &s.rows);
    let s = rect(lx, DONE, DONE);
    swatch(out, &mut lx, &s, t(g.lang, L::SvgDone));
    let s = rect(lx, TODO, "#94a3b8");
    swatch(out, &mut lx, &s, t(g.lang, L::SvgToDo));
    if rows().any(|r| r.critical && !r.milestone) {
        let s = rect(lx, CRIT_TODO, CRIT_EDGE);
        swatch(out, &mut lx, &s, t(g.lang, L::SvgCritical));
    }
    if rows().any(|r| r.overdue && !r.milestone) {
        let s = rect(lx, TODO, CRIT_EDGE).replace("/>", " stroke-dasharray=\"3 2\"/>");
        swatch(out, &mut lx, &s, t(g.lang, L::SvgOverdueWork));
    }
    let marks: Vec<Mark> = rows()
        .flat_map(|r| {
            let own = r
                .milestone
                .then(|| Mark::of(r.progress >= 1.0, r.overdue, false));
            own.into_iter().chain(
                r.marks
                    .iter()
                    .map(|m| Mark::of(m.reached, m.overdue, false)),
            )
        })
        .collect();
    for state in [Mark::Due, Mark::Overdue, Mark::Reached] {
        if marks.contains(&state) {
            let mut s = String::new();
            diamond(&mut s, lx + 7.0, ly, state, "");
            swatch(out, &mut lx, &s, state.legend(g.lang));
        }
    }
    if let Some(t) = g.today {
        let s = format!(
            "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"{TODAY}\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>",
            px(ly - 7.0),
            px(ly + 7.0),
            x = px(lx + 7.0)
        );
        swatch(out, &mut lx, &s, &tf(g.lang, L::SvgAsOf, &[&t]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::gantt::{GanttRow, GanttSection};

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn bars_milestones_and_today_are_drawn() {
        let g = Gantt {
            lang: crate::model::Lang::En,
            title: "Plan <b>".into(),
            from: d("2026-11-02"),
            to: d("2026-11-29"),
            today: Some(d("2026-11-16")),
            scale: Scale::Week,
            sections: vec![GanttSection {
                name: "p1 <i>Alpha</i>".into(),
                rows: vec![
                    GanttRow {
                        id: String::new(),
                        label: "t1 Build".into(),
                        start: d("2026-11-02"),
                        finish: d("2026-11-13"),
                        progress: 0.5,
                        critical: true,
                        milestone: false,
                        overdue: false,
                        marks: Vec::new(),
                    },
                    GanttRow {
                        id: String::new(),
                        label: "m1 Go-live".into(),
                        start: d("2026-11-20"),
                        finish: d("2026-11-20"),
                        progress: 1.0,
                        critical: false,
                        milestone: true,
                        overdue: false,
                        marks: Vec::new(),
                    },
                ],
            }],
        };
        let svg = draw(&g);
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.contains("<title>Plan &lt;b&gt;</title>"));
        assert!(svg.contains("p1 &lt;i&gt;Alpha&lt;/i&gt;"));
        // 28 days at 24 px; labels at least 140 px. The critical bar spans
        // 12 days (288 px), half of it filled (144 px).
        assert!(svg.contains("width=\"288\" height=\"12\" rx=\"2\" fill=\"#fecaca\""));
        assert!(svg.contains("width=\"144\" height=\"12\" rx=\"2\" fill=\"#dc2626\""));
        // The reached milestone is hollow; today is 14 days in, mid-day.
        assert!(svg.contains("fill=\"#ffffff\" stroke=\"#334155\" stroke-width=\"1.5\"/><title>m1 Go-live: 2026-11-20, reached"));
        assert!(svg.contains(">today 2026-11-16</text>"));
        assert!(svg.contains(">! t1 Build</text>"));
        assert!(svg.ends_with("</svg>"));
        // No overdue milestone: the legend does not offer one.
        assert!(!svg.contains("milestone overdue"));
    }

    #[test]
    fn an_overdue_milestone_is_drawn_unlike_one_to_come() {
        let row = |label: &str, overdue: bool| GanttRow {
            id: "m".into(),
            label: label.into(),
            start: d("2026-11-10"),
            finish: d("2026-11-10"),
            progress: 0.0,
            critical: false,
            milestone: true,
            overdue,
            marks: Vec::new(),
        };
        let g = Gantt {
            lang: crate::model::Lang::En,
            title: "Plan".into(),
            from: d("2026-11-02"),
            to: d("2026-11-29"),
            today: Some(d("2026-11-16")),
            scale: Scale::Week,
            sections: vec![GanttSection {
                name: "p".into(),
                rows: vec![row("late", true), row("soon", false)],
            }],
        };
        let svg = draw(&g);
        // The overdue one is red with a white cross, and says so on hover.
        let late = svg
            .find("<title>m late: 2026-11-10, overdue</title>")
            .unwrap();
        let cross = svg[..late].rfind("<path d=").unwrap();
        assert!(
            svg[..cross].ends_with("fill=\"#dc2626\" stroke=\"#b91c1c\" stroke-width=\"1.5\"/>")
        );
        let soon = svg.find("<title>m soon: 2026-11-10</title>").unwrap();
        assert!(svg[late..soon].contains("fill=\"#334155\" stroke=\"#334155\""));
        assert!(!svg[late + 10..soon].contains("<path"));
        assert!(svg.contains(">milestone overdue (×)</text>"));
        assert!(svg.contains(">milestone to come</text>"));
    }
}
