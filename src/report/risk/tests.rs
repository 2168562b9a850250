//! Unit tests of the risk report's sections.

use super::*;
use crate::model::{Band, Person, Program, Project, Risk, Settings};

/// The report as a run makes it: on the portfolio's analysis.
fn run(p: &Portfolio, opts: &Options) -> RiskReport {
    compute(p, &Analysis::build(p, opts.as_of), opts)
}

fn date(s: &str) -> Date {
    s.parse().expect("test date")
}

fn parse<T: serde::de::DeserializeOwned>(yaml: &str) -> T {
    serde_saphyr::from_str(yaml).expect("test yaml")
}

fn risk(id: &str, extra: &str) -> Risk {
    parse(&format!(
        "kind: Risk\nid: {id}\ntitle: Risk {id}\ncategory: technical\nidentified: 2026-01-01\n{extra}"
    ))
}

fn program(id: &str, ty: &str, lead: &str) -> Program {
    parse(&format!(
        "kind: Program\nid: {id}\nname: {id}\ntype: {ty}\nstage: define\nleadership:\n{lead}"
    ))
}

fn project(id: &str, program: &str, extra: &str) -> Project {
    parse(&format!(
        "kind: Project\nid: {id}\nname: {id}\nprogram: {program}\nmanager: pm\nstatus: active\n\
         start: 2026-01-01\nend: 2026-12-31\n{extra}"
    ))
}

fn person(id: &str, name: &str) -> Person {
    parse(&format!("kind: Person\nid: {id}\nname: {name}\n"))
}

/// Program A (multi-customer, PMO and director) with projects A1
/// (tolerance 10, reserve 500) and A2 (closed); program B
/// (single-business, tolerance 15) with project B1.
fn portfolio(risks: Vec<Risk>) -> Portfolio {
    let mut settings = Settings::default();
    settings.risk.tolerances.insert("A1".into(), 10);
    settings.risk.tolerances.insert("B".into(), 15);
    let (p, _) = Portfolio::assemble(
        settings,
        vec![
            program(
                "A",
                "multi-customer",
                "  program_manager: pm-a\n  pmo: pmo-x\n  director: dir-y\n",
            ),
            program(
                "B",
                "single-business",
                "  program_manager: pm-b\n  pmo: pmo-x\n",
            ),
        ],
        vec![
            project("A1", "A", "budget:\n  planned: 10000\n  reserve: 500\n"),
            project("A2", "A", "").clone(),
            project("B1", "B", ""),
        ],
        vec![
            person("pm-a", "Ann"),
            person("pmo-x", "Xu"),
            person("pm-b", "Bo"),
        ],
        risks,
        vec![],
        vec![],
    );
    p
}

#[test]
fn score_is_probability_times_impact() {
    assert_eq!(score(4, 5), 20);
    assert_eq!(score(1, 1), 1);
    assert_eq!(score(0, 5), 0);
    assert_eq!(score(255, 255), 65025);
}

#[test]
fn bands_by_score_default_and_custom() {
    // Default bands: low 1+, medium 5+, high 10+, critical 16+.
    let s = Settings::default();
    assert_eq!(band_name(&s, 0), None);
    assert_eq!(band_name(&s, 4), Some("low"));
    assert_eq!(band_name(&s, 5), Some("medium"));
    assert_eq!(band_name(&s, 9), Some("medium"));
    assert_eq!(band_name(&s, 10), Some("high"));
    assert_eq!(band_name(&s, 16), Some("critical"));
    assert_eq!(band_name(&s, 25), Some("critical"));
    // A 3x3 scale with two bands, given out of order.
    let mut s = Settings::default();
    s.scales.probability = 3;
    s.scales.impact = 3;
    s.risk.bands = vec![
        Band {
            name: "red".into(),
            from: 6.0,
        },
        Band {
            name: "green".into(),
            from: 1.0,
        },
    ];
    assert_eq!(band_name(&s, 4), Some("green"));
    assert_eq!(band_name(&s, 6), Some("red"));
    assert_eq!(band_name(&s, 9), Some("red"));
}

#[test]
fn tolerance_project_then_program_then_portfolio() {
    let p = portfolio(vec![]);
    let s = &p.settings;
    assert_eq!(s.tolerance_for(Some("A1"), Some("A")), 10); // project override
    assert_eq!(s.tolerance_for(Some("B1"), Some("B")), 15); // program override
    assert_eq!(s.tolerance_for(Some("A2"), Some("A")), 12); // portfolio
    assert_eq!(s.tolerance_for(None, Some("B")), 15); // program-level risk
}

#[test]
fn escalations_follow_tolerance_and_name_the_leadership() {
    // X: A1, 3x4 = 12 >= 10 -> escalated to A's manager, PMO, director.
    // Y: B1, 3x4 = 12 < 15 -> not escalated.
    // Z: B1, 4x4 = 16 >= 15 -> escalated to B's manager only
    //    (single-type: its PMO is not asked).
    // W: A2, 4x4 = 16 but an opportunity -> not escalated, but "high"
    //    and unowned, so it is flagged as lacking a response.
    // V: A1, 5x5 but closed -> not escalated.
    let p = portfolio(vec![
        risk(
            "X",
            "project: A1\nprobability: 3\nimpact: 4\nowner: pm-a\nstrategy: mitigate\n",
        ),
        risk("Y", "project: B1\nprobability: 3\nimpact: 4\n"),
        risk("Z", "project: B1\nprobability: 4\nimpact: 4\n"),
        risk(
            "W",
            "project: A2\ntype: opportunity\nprobability: 4\nimpact: 4\n",
        ),
        risk(
            "V",
            "project: A1\nprobability: 5\nimpact: 5\nstatus: closed\n",
        ),
    ]);
    let r = run(&p, &Options::new(date("2026-06-01")));
    let ids: Vec<&str> = r.escalations.iter().map(|e| e.risk.as_str()).collect();
    assert_eq!(ids, ["Z", "X"]); // highest score first
    let x = &r.escalations[1];
    assert_eq!((x.score, x.tolerance), (12, 10));
    let who: Vec<(Role, &str, Option<&str>)> = x
        .notify
        .iter()
        .map(|n| (n.role, n.person.as_str(), n.name.as_deref()))
        .collect();
    assert_eq!(
        who,
        [
            (Role::ProgramManager, "pm-a", Some("Ann")),
            (Role::Pmo, "pmo-x", Some("Xu")),
            (Role::Director, "dir-y", None)
        ]
    );
    let z = &r.escalations[0];
    assert_eq!(z.notify.len(), 1);
    assert_eq!(z.notify[0].name.as_deref(), Some("Bo"));
    let unmanaged: Vec<(&str, Vec<Missing>)> = r
        .hygiene
        .unmanaged
        .iter()
        .map(|u| (u.risk.as_str(), u.missing.clone()))
        .collect();
    // X has owner and strategy but no action; W and Z have nothing.
    assert_eq!(
        unmanaged,
        [
            (
                "W",
                vec![Missing::Owner, Missing::Strategy, Missing::Action]
            ),
            (
                "Z",
                vec![Missing::Owner, Missing::Strategy, Missing::Action]
            ),
            ("X", vec![Missing::Action]),
        ]
    );
    // W is on A2, which is active: not flagged as on a closed project.
    assert!(r.hygiene.on_closed_projects.is_empty());
}

#[test]
fn emv_is_probability_fraction_times_cost() {
    // 3 of 5 = 0.6; 0.6 x 1000 = 600.
    assert_eq!(emv(3, 5, Some(1000.0)), Some(600.0));
    // 2 of 4 = 0.5; 0.5 x 1000 = 500.
    assert_eq!(emv(2, 4, Some(1000.0)), Some(500.0));
    // Off the scale: clamped to certain.
    assert_eq!(emv(7, 5, Some(1000.0)), Some(1000.0));
    assert_eq!(emv(3, 5, None), None);
    assert_eq!(emv(3, 5, Some(f64::NAN)), None);
    assert_eq!(emv(3, 0, Some(1000.0)), Some(0.0));
}

#[test]
fn emv_rolls_up_to_projects_programs_and_total() {
    // A1: threat 3/5 x 1000 = 600, threat 2/5 x 1000 = 400,
    //     opportunity 1/5 x 1000 = 200, one unpriced threat.
    //     net 600 + 400 - 200 = 800; reserve 500; headroom 500 - 800 = -300.
    // A (program-level): threat 5/5 x 100 = 100.
    // Program A: threats 1100, opportunities 200, net 900, reserve 500,
    //     headroom -400. B1: closed threat, not counted.
    let p = portfolio(vec![
        risk(
            "a",
            "project: A1\nprobability: 3\nimpact: 1\ncost_impact: 1000\n",
        ),
        risk(
            "b",
            "project: A1\nprobability: 2\nimpact: 1\ncost_impact: 1000\n",
        ),
        risk(
            "c",
            "project: A1\ntype: opportunity\nprobability: 1\nimpact: 1\ncost_impact: 1000\n",
        ),
        risk("d", "project: A1\nprobability: 1\nimpact: 1\n"),
        risk(
            "e",
            "program: A\nprobability: 5\nimpact: 1\ncost_impact: 100\n",
        ),
        risk(
            "f",
            "project: B1\nprobability: 5\nimpact: 1\ncost_impact: 9999\nstatus: closed\n",
        ),
    ]);
    let r = run(&p, &Options::new(date("2026-06-01")));
    let a1 = &r.exposure.projects[0];
    assert_eq!(a1.project, "A1");
    assert_eq!(
        a1.money,
        Money {
            threat_emv: 1000.0,
            opportunity_emv: 200.0,
            net_emv: 800.0,
            reserve: Some(500.0),
            headroom: Some(-300.0),
            priced: 3,
            unpriced: 1,
        }
    );
    assert_eq!(r.exposure.projects.len(), 1); // A2 and B1: no open risk, no reserve
    let a = &r.exposure.programs[0];
    assert_eq!(a.program, "A");
    assert_eq!(
        (a.money.threat_emv, a.money.net_emv, a.money.headroom),
        (1100.0, 900.0, Some(-400.0))
    );
    assert_eq!(r.exposure.programs.len(), 1);
    assert_eq!(r.exposure.total.net_emv, 900.0);
    assert_eq!(r.summary.threat_emv, 1100.0);
}

#[test]
fn trend_over_the_window() {
    // Window 2026-04-01 .. 2026-06-01.
    // up:   12 (03-01) then 20 (05-01): at 04-01 it was 12; now 20 -> +8.
    // down: history starts 05-01 at 16, after the window opens: the
    //       first entry is the best known then -> 16; now 9 -> -7.
    // flat: no history: then = now = 6.
    // new:  identified 05-15, inside the window.
    // gone: closed 05-20, inside the window; old: closed 03-01, before.
    let p = portfolio(vec![
        risk(
            "up",
            "project: A1\nprobability: 4\nimpact: 5\nhistory:\n  - {date: 2026-03-01, probability: 3, impact: 4}\n  - {date: 2026-05-01, probability: 4, impact: 5}\n",
        ),
        risk(
            "down",
            "project: A1\nprobability: 3\nimpact: 3\nhistory:\n  - {date: 2026-05-01, probability: 4, impact: 4}\n",
        ),
        risk("flat", "project: A1\nprobability: 2\nimpact: 3\n"),
        parse(
            "kind: Risk\nid: new\ntitle: n\ncategory: technical\nidentified: 2026-05-15\nproject: A1\nprobability: 1\nimpact: 1\n",
        ),
        risk(
            "gone",
            "project: A1\nprobability: 1\nimpact: 1\nstatus: closed\nclosed_on: 2026-05-20\n",
        ),
        risk(
            "old",
            "project: A1\nprobability: 1\nimpact: 1\nstatus: closed\nclosed_on: 2026-03-01\n",
        ),
    ]);
    let mut opts = Options::new(date("2026-06-01"));
    opts.since = Some(date("2026-04-01"));
    let r = run(&p, &opts);
    let t = &r.trend;
    assert_eq!(t.new, ["new"]);
    assert_eq!(t.closed, ["gone"]);
    assert_eq!(t.rising, ["up"]);
    assert_eq!(t.falling, ["down"]);
    let movers: Vec<(&str, u32, u32, i64)> = t
        .top_movers
        .iter()
        .map(|m| (m.risk.as_str(), m.then, m.now, m.change))
        .collect();
    assert_eq!(movers, [("up", 12, 20, 8), ("down", 16, 9, -7)]);
    // Open totals: then 12 + 16 + 6 (new unknown) = 34; now 20 + 9 + 6 + 1 = 36.
    assert_eq!((t.total_then, t.total_now), (34, 36));
    // The default window is 90 days before as-of.
    assert_eq!(Options::new(date("2026-06-01")).since(), date("2026-03-03"));
}

#[test]
fn hygiene_overdue_stale_and_closed_projects() {
    // as-of 2026-06-01, stale after 30 days.
    // r1: review due 05-20 (12 days over); action due 05-01 not done
    //     (31 days over); action due 04-01 done (not counted);
    //     last assessed 01-01 (151 days) -> stale; on A2 (active).
    // r2: assessed 05-10 (22 days) -> not stale; review in future.
    let p = portfolio(vec![
        risk(
            "r1",
            "project: A2\nprobability: 1\nimpact: 1\nnext_review: 2026-05-20\nactions:\n  - {description: late, due: 2026-05-01}\n  - {description: done, due: 2026-04-01, done_on: 2026-04-02}\n",
        ),
        risk(
            "r2",
            "project: A1\nprobability: 1\nimpact: 1\nnext_review: 2026-07-01\nhistory:\n  - {date: 2026-05-10, probability: 1, impact: 1}\n",
        ),
    ]);
    let r = run(&p, &Options::new(date("2026-06-01")));
    let h = &r.hygiene;
    assert_eq!(h.reviews_overdue.len(), 1);
    assert_eq!(
        (
            h.reviews_overdue[0].risk.as_str(),
            h.reviews_overdue[0].days_overdue
        ),
        ("r1", 12)
    );
    assert_eq!(h.actions_overdue.len(), 1);
    assert_eq!(
        (
            h.actions_overdue[0].action.as_str(),
            h.actions_overdue[0].days_overdue
        ),
        ("late", 31)
    );
    let stale: Vec<(&str, i64)> = h.stale.iter().map(|s| (s.risk.as_str(), s.days)).collect();
    assert_eq!(stale, [("r1", 151)]);
}

#[test]
fn heat_map_counts_open_risks_and_clamps_off_scale_levels() {
    // On a 3 x 4 scale: two open threats at p2 i3, one at p9 i9
    // (clamped to p3 i4), one closed (not counted), one opportunity.
    let mut p = portfolio(vec![
        risk("a", "project: A1\nprobability: 2\nimpact: 3\n"),
        risk("b", "project: A1\nprobability: 2\nimpact: 3\n"),
        risk("c", "project: A1\nprobability: 9\nimpact: 9\n"),
        risk(
            "d",
            "project: A1\nprobability: 1\nimpact: 1\nstatus: closed\n",
        ),
        risk(
            "e",
            "project: A1\ntype: opportunity\nprobability: 1\nimpact: 4\n",
        ),
    ]);
    p.settings.scales.probability = 3;
    p.settings.scales.impact = 4;
    let r = run(&p, &Options::new(date("2026-06-01")));
    let t = &r.heatmaps.threats;
    assert_eq!(t.total, 3);
    assert_eq!(
        t.counts,
        vec![vec![0, 0, 0, 0], vec![0, 0, 2, 0], vec![0, 0, 0, 1]]
    );
    // Cell (p3, i4) scores 12: high under the default bands.
    assert_eq!(t.bands[2][3].as_deref(), Some("high"));
    assert_eq!(r.heatmaps.opportunities.counts[0][3], 1);
    // EMV on a 3-level scale: clamped 9 -> 3 of 3 = certain.
    assert_eq!(probability_fraction(9, 3), 1.0);
}

#[test]
fn filters_and_scope() {
    let p = portfolio(vec![
        risk("a", "project: A1\nprobability: 2\nimpact: 3\nowner: pm-a\n"),
        risk("b", "project: B1\nprobability: 4\nimpact: 4\n"),
        risk("c", "program: A\nprobability: 1\nimpact: 1\n"),
    ]);
    let mut o = Options::new(date("2026-06-01"));
    o.scope.program = Some("A".into());
    let ids = |r: RiskReport| r.risks.into_iter().map(|x| x.id).collect::<Vec<_>>();
    assert_eq!(ids(run(&p, &o)), ["a", "c"]);
    o.scope.project = Some("A1".into());
    assert_eq!(ids(run(&p, &o)), ["a"]); // program-level risks have no project
    let mut o = Options::new(date("2026-06-01"));
    o.min_score = Some(6);
    assert_eq!(ids(run(&p, &o)), ["b", "a"]);
    o.owner = Some("pm-a".into());
    assert_eq!(ids(run(&p, &o)), ["a"]);
}
