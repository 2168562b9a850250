//! The Gantt chart as SVG: a time axis with month (and, on a week scale,
//! Monday) ticks, one bar per task with its progress filled, critical
//! tasks red and marked `!`, milestones as diamonds (hollow once reached)
//! and a dashed line at the as-of date.

use std::fmt::Write as _;

use chrono::Datelike;

use super::{esc, fit, open, px, text, text_width};
use crate::i18n::{Label as L, Lang, t, tf};
use crate::model::Date;
use crate::render::gantt::{Gantt, Scale};

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

/// Draws the chart.
pub fn draw(g: &Gantt) -> String {
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
    let per_day = chart_w / days;
    let rows: usize = g.sections.iter().map(|s| s.rows.len()).sum();
    let height = AXIS + g.sections.len() as f64 * SECTION + rows as f64 * ROW + LEGEND + 8.0;
    let width = label_w + chart_w + 8.0;
    let x_of = |d: Date| label_w + g.from.days_until(d) as f64 * per_day;

    let mut out = String::new();
    let total: usize = rows;
    open(
        &mut out,
        "gantt",
        width,
        height,
        &g.title,
        &tf(
            g.lang,
            L::SvgGanttDesc,
            &[&g.from, &g.to, &g.sections.len(), &total],
        ),
    );

    // The axis: month ticks always, Mondays too on a week scale. Labels
    // are skipped where they would overlap the previous one.
    let body_top = AXIS;
    let body_bottom = height - LEGEND;
    let _ = write!(
        out,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#f8fafc\"/>",
        px(label_w),
        px(body_top),
        px(chart_w),
        px(body_bottom - body_top)
    );
    let mut free_from = f64::MIN;
    let mut d = g.from;
    let mut guard = 0;
    while d <= g.to && guard < 20_000 {
        guard += 1;
        let month = d.0.day() == 1;
        let monday = g.scale == Scale::Week && d.0.weekday() == chrono::Weekday::Mon;
        if month || monday {
            let x = x_of(d);
            let (color, y0) = if month {
                ("#94a3b8", AXIS - 14.0)
            } else {
                ("#e2e8f0", AXIS - 6.0)
            };
            let _ = write!(
                out,
                "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"{color}\" stroke-width=\"1\"/>",
                px(y0),
                px(body_bottom),
                x = px(x),
            );
            let label = match g.scale {
                Scale::Week => d.0.format("%m-%d").to_string(),
                Scale::Month => d.0.format("%Y-%m").to_string(),
            };
            let y = if month { AXIS - 18.0 } else { AXIS - 8.0 };
            let w = text_width(&label, 11.0);
            if x >= free_from && x + w <= width {
                text(
                    &mut out,
                    x + 2.0,
                    y,
                    "font-size=\"11\" fill=\"#475569\"",
                    &label,
                );
                free_from = x + w + 6.0;
            }
        }
        d = d.add_days(1);
    }

    let mut y = body_top;
    for section in &g.sections {
        let _ = write!(
            out,
            "<rect x=\"0\" y=\"{}\" width=\"{}\" height=\"{SECTION}\" fill=\"#e2e8f0\" fill-opacity=\"0.6\"/>",
            px(y),
            px(label_w + chart_w)
        );
        text(
            &mut out,
            6.0,
            y + 16.0,
            "font-weight=\"600\" fill=\"#0f172a\"",
            &fit(&section.name, label_w + chart_w - 12.0, FONT),
        );
        y += SECTION;
        for row in &section.rows {
            let mid = y + ROW / 2.0;
            let label = format!("{} {}", if row.critical { "!" } else { " " }, row.label);
            text(
                &mut out,
                6.0,
                mid + 4.0,
                if row.critical {
                    "fill=\"#991b1b\" font-weight=\"600\""
                } else {
                    "fill=\"#1e293b\""
                },
                &fit(&label, label_w - 10.0, FONT),
            );
            let who = row.id_and_label();
            let tip = if row.milestone {
                tooltip(
                    g.lang,
                    tf(g.lang, L::SvgTipMilestone, &[&who, &row.finish]),
                    &[
                        Mark::of(row.progress >= 1.0, row.overdue, false).word(),
                        row.critical.then_some(L::SvgTipCritical),
                    ],
                )
            } else {
                let done = format!("{:.0}", row.progress.clamp(0.0, 1.0) * 100.0);
                tooltip(
                    g.lang,
                    tf(
                        g.lang,
                        L::SvgTipTask,
                        &[&who, &row.start, &row.finish, &done],
                    ),
                    &[
                        row.critical.then_some(L::SvgTipCritical),
                        row.overdue.then_some(L::SvgTipOverdue),
                    ],
                )
            };
            if row.milestone {
                if row.finish >= g.from && row.finish <= g.to {
                    let state = Mark::of(row.progress >= 1.0, row.overdue, row.critical);
                    diamond(&mut out, x_of(row.finish) + per_day / 2.0, mid, state, &tip);
                }
            } else {
                let (s, f) = (row.start.max(g.from), row.finish.min(g.to));
                if s <= f {
                    let x0 = x_of(s);
                    let w = ((g.from.days_until(f) - g.from.days_until(s) + 1) as f64 * per_day)
                        .max(2.0);
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
                        esc(&tip),
                        px(x0),
                        px(mid - 6.0),
                        px(w),
                        if row.critical || row.overdue {
                            "1.5"
                        } else {
                            "0.5"
                        },
                        // Overdue work has a dashed edge: not colour alone.
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
                for m in &row.marks {
                    if m.date >= g.from && m.date <= g.to {
                        let state = Mark::of(m.reached, m.overdue, false);
                        let words = tooltip(
                            g.lang,
                            tf(g.lang, L::SvgTipMilestone, &[&m.label, &m.date]),
                            &[state.word()],
                        );
                        diamond(&mut out, x_of(m.date) + per_day / 2.0, mid, state, &words);
                    }
                }
            }
            y += ROW;
        }
    }

    if let Some(t) = g.today
        && t >= g.from
        && t <= g.to
    {
        let x = x_of(t) + per_day / 2.0;
        let _ = write!(
            out,
            "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"{TODAY}\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>",
            px(AXIS - 4.0),
            px(body_bottom),
            x = px(x),
        );
        let label = tf(g.lang, L::SvgToday, &[&t]);
        let w = text_width(&label, 11.0);
        let lx = (x + 3.0).min(width - w - 2.0);
        text(
            &mut out,
            lx,
            AXIS - 4.0,
            &format!("font-size=\"11\" font-weight=\"600\" fill=\"{TODAY}\""),
            &label,
        );
    }

    // The legend: every mark drawn once with its meaning in words.
    let ly = body_bottom + 18.0;
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
    // Only the marks the chart uses.
    let rows = || g.sections.iter().flat_map(|s| &s.rows);
    let s = rect(lx, DONE, DONE);
    swatch(&mut out, &mut lx, &s, t(g.lang, L::SvgDone));
    let s = rect(lx, TODO, "#94a3b8");
    swatch(&mut out, &mut lx, &s, t(g.lang, L::SvgToDo));
    if rows().any(|r| r.critical && !r.milestone) {
        let s = rect(lx, CRIT_TODO, CRIT_EDGE);
        swatch(&mut out, &mut lx, &s, t(g.lang, L::SvgCritical));
    }
    if rows().any(|r| r.overdue && !r.milestone) {
        let s = rect(lx, TODO, CRIT_EDGE).replace("/>", " stroke-dasharray=\"3 2\"/>");
        swatch(&mut out, &mut lx, &s, t(g.lang, L::SvgOverdueWork));
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
            swatch(&mut out, &mut lx, &s, state.legend(g.lang));
        }
    }
    if let Some(t) = g.today {
        let s = format!(
            "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"{TODAY}\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>",
            px(ly - 7.0),
            px(ly + 7.0),
            x = px(lx + 7.0)
        );
        swatch(&mut out, &mut lx, &s, &tf(g.lang, L::SvgAsOf, &[&t]));
    }
    out.push_str("</svg>");
    out
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
