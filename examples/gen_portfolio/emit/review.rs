//! 360-degree reviews and project assessments.

use std::fmt::Write as _;

use chrono::Duration;

use super::super::calendar::clamp_date;
use super::super::calendar::prev_quarter;
use super::super::calendar::quarter_end;
use super::super::calendar::quarter_of;
use super::super::config::Config;
use super::super::plan::people::People;
use super::super::plan::project::ProjectPlan;
use super::super::rng::K_ASSESS;
use super::super::rng::K_PROFILE;
use super::super::rng::K_REVIEW;
use super::super::rng::Rng;
use super::super::vocab::COMPETENCIES;
use super::super::vocab::DIMENSIONS;
use super::super::vocab::EVIDENCE;
use super::super::vocab::GROUP_BIAS;
use super::super::vocab::person_id;
use super::super::vocab::project_id;
use super::yaml_f;

/// A manager's underlying strengths, so reviews of one person agree.
pub(crate) fn profile(cfg: &Config, person: usize) -> [f64; 10] {
    let mut rng = Rng::stream(cfg.seed, K_PROFILE, person as u64);
    let base = 3.0 + rng.normal() * 0.5;
    let mut p = [0.0; 10];
    for v in &mut p {
        *v = base + rng.normal() * 0.4;
    }
    p
}

pub(crate) fn render_review(out: &mut String, cfg: &Config, people: &People, r: usize) {
    let mut rng = Rng::stream(cfg.seed, K_REVIEW, r as u64);
    let managers = &people.managers;
    let reviewee = managers[r % managers.len()];
    // Each manager is reviewed once a quarter, going back from the as-of day.
    let back = (r / managers.len()) as u32;
    let (mut y, mut q) = prev_quarter(quarter_of(cfg.as_of).0, quarter_of(cfg.as_of).1);
    for _ in 0..back {
        (y, q) = prev_quarter(y, q);
    }
    let date = (quarter_end(y, q) + Duration::days(rng.range(5, 25))).min(cfg.as_of);
    let prof = profile(cfg, reviewee);
    let blind = rng.chance(0.3);
    let _ = writeln!(out, "---");
    let _ = writeln!(out, "kind: Review");
    let _ = writeln!(out, "id: REV-{:06}", r + 1);
    let _ = writeln!(out, "reviewee: {}", person_id(reviewee));
    let _ = writeln!(out, "period: {y}-Q{q}");
    let _ = writeln!(out, "date: {date}");
    let _ = writeln!(out, "ratings:");
    let flow = r.is_multiple_of(2);
    for k in 0..cfg.raters {
        // self, superior, then peers, subordinates and customers in turn.
        let group = match k {
            0 => 0,
            1 => 1,
            _ => 2 + (k - 2) % 3,
        };
        let relation = ["self", "superior", "peer", "subordinate", "customer"][group];
        let rater = match group {
            0 => person_id(reviewee),
            1 => person_id(*rng.pick(&people.leads)),
            2 => {
                let mut peer = *rng.pick(&people.managers);
                for _ in 0..8 {
                    if peer != reviewee {
                        break;
                    }
                    peer = *rng.pick(&people.managers);
                }
                person_id(peer)
            }
            3 => person_id(*rng.pick(&people.staff)),
            _ => format!("R-{:08x}", rng.next_u64() as u32),
        };
        let _ = writeln!(out, "  - rater: {rater}\n    relation: {relation}");
        let bias = GROUP_BIAS[group] + if blind && group == 0 { 0.4 } else { 0.0 };
        let score = |rng: &mut Rng, c: usize| {
            let v = (prof[c] + bias + rng.normal() * 0.45).clamp(1.0, 5.0);
            (v * 10.0).round() / 10.0
        };
        if flow {
            let _ = write!(out, "    scores: {{ ");
            for (c, name) in COMPETENCIES.iter().enumerate() {
                let sep = if c + 1 == COMPETENCIES.len() {
                    " }\n"
                } else {
                    ", "
                };
                let _ = write!(out, "{name}: {}{sep}", yaml_f(score(&mut rng, c)));
            }
        } else {
            let _ = writeln!(out, "    scores:");
            for (c, name) in COMPETENCIES.iter().enumerate() {
                let _ = writeln!(out, "      {name}: {}", yaml_f(score(&mut rng, c)));
            }
        }
        if rng.chance(0.15) {
            let _ = writeln!(
                out,
                "    comments: Plans well; could delegate more to the team."
            );
        }
    }
}

pub(crate) fn render_assessment(
    out: &mut String,
    cfg: &Config,
    people: &People,
    plans: &[ProjectPlan],
    eligible: &[usize],
    a: usize,
) {
    let mut rng = Rng::stream(cfg.seed, K_ASSESS, a as u64);
    let p = &plans[eligible[a % eligible.len()]];
    let back = a / eligible.len();
    let last = p.end.min(cfg.as_of);
    let (mut y, mut q) = quarter_of(last);
    // Assess complete quarters where the project has one.
    if quarter_end(y, q) > cfg.as_of {
        let (py, pq) = prev_quarter(y, q);
        if quarter_end(py, pq) >= p.start {
            (y, q) = (py, pq);
        }
    }
    for _ in 0..back {
        let (py, pq) = prev_quarter(y, q);
        if quarter_end(py, pq) < p.start {
            break;
        }
        (y, q) = (py, pq);
    }
    let date = clamp_date(
        quarter_end(y, q) + Duration::days(rng.range(3, 20)),
        p.start,
        cfg.as_of,
    );
    let _ = writeln!(out, "---");
    let _ = writeln!(out, "kind: Assessment");
    let _ = writeln!(out, "id: ASM-{:06}", a + 1);
    let _ = writeln!(out, "project: {}", project_id(p.index));
    let _ = writeln!(out, "period: {y}-Q{q}");
    let _ = writeln!(out, "assessor: {}", person_id(*rng.pick(&people.leads)));
    let _ = writeln!(out, "date: {date}");
    let _ = writeln!(out, "dimensions:");
    let base = 3.4 + rng.normal() * 0.5;
    for (d, name) in DIMENSIONS.iter().enumerate() {
        let v = ((base + rng.normal() * 0.5).clamp(1.0, 5.0) * 10.0).round() / 10.0;
        if rng.chance(0.4) {
            let _ = writeln!(
                out,
                "  {name}:\n    score: {}\n    evidence: {}",
                yaml_f(v),
                EVIDENCE[d]
            );
        } else {
            let _ = writeln!(out, "  {name}: {{ score: {} }}", yaml_f(v));
        }
    }
}
