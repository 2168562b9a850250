//! Generator of large synthetic PMO portfolios, shared by the
//! `gen_portfolio` example and the `load` benchmark.
//!
//! Everything is a pure function of the [`Config`]: each program, project,
//! person, risk, review and assessment draws from its own random stream
//! (splitmix64 keyed by seed, entity kind and index), so the output is the
//! same whatever the thread count. The YAML is written by hand (no
//! serializer) in the shapes a PMO would write: block mappings, a few flow
//! mappings, block scalars and comments.

#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use rayon::prelude::*;

/// Bumped whenever the output for a given config changes, so cached
/// portfolios (the benchmark's) are regenerated.
pub const VERSION: u32 = 2;

/// What to generate.
#[derive(Clone, Debug)]
pub struct Config {
    pub out: PathBuf,
    pub projects: usize,
    pub tasks_per_project: usize,
    pub people: usize,
    pub risks: usize,
    pub reviews: usize,
    pub raters: usize,
    /// Default: one per project.
    pub assessments: Option<usize>,
    pub seed: u64,
    /// Chance per task of an extra link to an earlier task of the project,
    /// and (separately) of a link to another project's milestone.
    pub cross_links: f64,
    /// The day the data is "as of": progress, done milestones, KPI actuals
    /// and risk dates are consistent with it.
    pub as_of: NaiveDate,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            out: PathBuf::new(),
            projects: 10_000,
            tasks_per_project: 40,
            people: 5_000,
            risks: 50_000,
            reviews: 10_000,
            raters: 12,
            assessments: None,
            seed: 1,
            cross_links: 0.05,
            as_of: NaiveDate::from_ymd_opt(2026, 11, 20).expect("valid date"),
        }
    }
}

pub const USAGE: &str = "\
--out DIR [--projects 10000] [--tasks-per-project 40] [--people 5000] [--risks 50000]
    [--reviews 10000] [--raters 12] [--assessments N (default: one per project)]
    [--seed 1] [--cross-links 0.05] [--as-of 2026-11-20]";

impl Config {
    /// Applies one `--flag value` pair; `Ok(false)` if the flag is not a
    /// generator flag (so a caller can handle its own flags).
    pub fn apply(&mut self, flag: &str, value: &str) -> Result<bool, String> {
        fn num<T: std::str::FromStr>(flag: &str, v: &str) -> Result<T, String> {
            v.parse()
                .map_err(|_| format!("{flag}: `{v}` is not a valid number"))
        }
        match flag {
            "--out" => self.out = PathBuf::from(value),
            "--projects" => self.projects = num(flag, value)?,
            "--tasks-per-project" => self.tasks_per_project = num(flag, value)?,
            "--people" => self.people = num(flag, value)?,
            "--risks" => self.risks = num(flag, value)?,
            "--reviews" => self.reviews = num(flag, value)?,
            "--raters" => self.raters = num(flag, value)?,
            "--assessments" => self.assessments = Some(num(flag, value)?),
            "--seed" => self.seed = num(flag, value)?,
            "--cross-links" => {
                let p: f64 = num(flag, value)?;
                if !(0.0..=1.0).contains(&p) {
                    return Err("--cross-links: expected a fraction from 0 to 1".into());
                }
                self.cross_links = p;
            }
            "--as-of" => {
                self.as_of = NaiveDate::parse_from_str(value, "%Y-%m-%d")
                    .map_err(|_| format!("--as-of: `{value}` is not YYYY-MM-DD"))?
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    pub fn assessment_count(&self) -> usize {
        self.assessments.unwrap_or(self.projects)
    }

    /// A short name for the sizes and seed, for caching generated output.
    pub fn key(&self) -> String {
        format!(
            "v{VERSION}-p{}-t{}-pe{}-r{}-rv{}-ra{}-a{}-s{}-x{}-{}",
            self.projects,
            self.tasks_per_project,
            self.people,
            self.risks,
            self.reviews,
            self.raters,
            self.assessment_count(),
            self.seed,
            self.cross_links,
            self.as_of
        )
    }
}

/// What was written.
#[derive(Clone, Copy, Debug, Default)]
pub struct Totals {
    pub files: u64,
    pub documents: u64,
    pub bytes: u64,
}

// ---------------------------------------------------------------- random

/// splitmix64: small, fast, good enough for test data.
#[derive(Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// An independent stream for entity `index` of kind `kind`.
    pub fn stream(seed: u64, kind: u64, index: u64) -> Rng {
        let mut r = Rng(seed ^ kind.wrapping_mul(0xA076_1D64_78BD_642F));
        r.0 ^= r.next_u64() ^ index.wrapping_mul(0xE703_7ED1_A0B4_28DB);
        r.next_u64();
        r
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 11) as u128 * n as u128) >> 53) as usize
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as usize) as i64
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Roughly normal (sum of uniforms), mean 0, sd 1.
    pub fn normal(&mut self) -> f64 {
        (0..4).map(|_| self.unit()).sum::<f64>() * 3f64.sqrt() - 2.0 * 3f64.sqrt()
    }
}

const K_PROGRAM: u64 = 1;
const K_PROJECT: u64 = 2;
const K_LINK: u64 = 3;
const K_PERSON: u64 = 4;
const K_RISK: u64 = 5;
const K_REVIEW: u64 = 6;
const K_ASSESS: u64 = 7;
const K_PROFILE: u64 = 8;
const K_LAYOUT: u64 = 9;

// ---------------------------------------------------------------- calendar

fn is_workday(d: NaiveDate) -> bool {
    !matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

fn next_workday(mut d: NaiveDate) -> NaiveDate {
    while !is_workday(d) {
        d += Duration::days(1);
    }
    d
}

/// `n` working days after `d` (before it when negative); `d` itself is
/// first moved onto a working day.
fn add_workdays(d: NaiveDate, n: i64) -> NaiveDate {
    let mut d = next_workday(d);
    let step = if n >= 0 { 1 } else { -1 };
    let mut left = n.abs();
    while left > 0 {
        d += Duration::days(step);
        if is_workday(d) {
            left -= 1;
        }
    }
    d
}

fn quarter_of(d: NaiveDate) -> (i32, u32) {
    (d.year(), (d.month() - 1) / 3 + 1)
}

fn quarter_end(y: i32, q: u32) -> NaiveDate {
    let (ny, nm) = if q == 4 { (y + 1, 1) } else { (y, q * 3 + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1).expect("valid") - Duration::days(1)
}

fn prev_quarter(y: i32, q: u32) -> (i32, u32) {
    if q == 1 { (y - 1, 4) } else { (y, q - 1) }
}

fn clamp_date(d: NaiveDate, lo: NaiveDate, hi: NaiveDate) -> NaiveDate {
    if hi < lo { lo } else { d.clamp(lo, hi) }
}

// ---------------------------------------------------------------- vocabulary

const GIVEN: &[&str] = &[
    "Wei", "Fang", "Min", "Jing", "Lei", "Yan", "Jun", "Hui", "Tao", "Li", "Qiang", "Ying", "Hao",
    "Xin", "Lin", "Bo", "Chen", "Yu", "Ning", "Rui", "Anna", "David", "Maria", "James", "Sara",
    "Omar", "Priya", "Kenji", "Elena", "Lucas",
];
const FAMILY: &[&str] = &[
    "Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma",
    "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Smith", "Garcia", "Kumar", "Tanaka", "Novak",
    "Silva",
];
const TECH_ROLES: &[&str] = &[
    "network-engineer",
    "desktop-engineer",
    "application-engineer",
    "service-desk-analyst",
    "dba",
    "security-analyst",
    "test-engineer",
    "business-analyst",
    "architect",
    "system-administrator",
];
const SKILLS: &[&str] = &[
    "cisco",
    "juniper",
    "windows",
    "linux",
    "vmware",
    "kubernetes",
    "oracle",
    "postgresql",
    "sap",
    "itil",
    "python",
    "ansible",
    "aws",
    "azure",
    "firewalls",
    "backup",
    "sd-wan",
    "siem",
    "m365",
    "servicenow",
];
const DEPARTMENTS: &[&str] = &[
    "Desktop Services",
    "Network Services",
    "Application Services",
    "Service Desk",
    "Infrastructure",
    "Security",
    "Delivery Management",
];
const CITIES: &[&str] = &[
    "Beijing",
    "Shanghai",
    "Shenzhen",
    "Hangzhou",
    "Chengdu",
    "Wuhan",
    "Nanjing",
    "Suzhou",
    "Xiamen",
    "Qingdao",
    "Tianjin",
    "Chongqing",
    "Xi'an",
    "Changsha",
    "Hefei",
    "Dalian",
];
const SECTORS: &[&str] = &[
    "Commercial Bank",
    "Insurance Group",
    "Metro Corporation",
    "Power Supply Company",
    "University Hospital",
    "Securities",
    "Logistics Group",
    "Water Authority",
    "Telecom Branch",
    "Tax Bureau",
    "Automotive Works",
    "Retail Chain",
    "Airport Authority",
    "Steel Group",
];
/// IT-service businesses: code and name.
const BUSINESSES: &[(&str, &str)] = &[
    ("DESK", "Desktop operations"),
    ("NET", "Network operations"),
    ("APP", "Application operations"),
    ("DC", "Data center operations"),
    ("SD", "Service desk"),
    ("SEC", "Security operations"),
    ("CLOUD", "Cloud platform operations"),
    ("DBA", "Database administration"),
    ("BKP", "Storage and backup"),
    ("MW", "Middleware support"),
    ("ERP", "ERP application support"),
    ("MDM", "Mobile device management"),
    ("IAM", "Identity and access management"),
    ("MON", "Monitoring and event management"),
    ("ITAM", "IT asset management"),
    ("DR", "Disaster recovery"),
];
const VERBS: &[&str] = &[
    "Assess",
    "Design",
    "Configure",
    "Migrate",
    "Test",
    "Deploy",
    "Document",
    "Train staff on",
    "Review",
    "Harden",
    "Monitor",
    "Decommission",
    "Upgrade",
    "Inventory",
    "Pilot",
    "Roll out",
    "Tune",
    "Automate",
    "Audit",
    "Baseline",
];
const OBJECTS: &[&str] = &[
    "core switches",
    "branch routers",
    "user laptops",
    "service desk workflow",
    "backup policy",
    "ERP interfaces",
    "database clusters",
    "firewall rules",
    "VPN gateways",
    "monitoring dashboards",
    "patch pipeline",
    "identity store",
    "print services",
    "storage arrays",
    "virtualization hosts",
    "incident runbooks",
    "change calendar",
    "knowledge base",
    "asset register",
    "DR failover",
    "mail gateway",
    "mobile devices",
    "SLA reports",
    "middleware queues",
];
const MILESTONES: &[&str] = &[
    "Kick-off approved",
    "Service design signed off",
    "Transition plan agreed",
    "Pilot complete",
    "Cutover complete",
    "Stabilization complete",
    "Service acceptance",
    "Handover to operations",
];
/// KPI templates: name, unit, target, lower-is-better, sla, typical spread.
const KPIS: &[(&str, &str, f64, bool, bool, f64)] = &[
    ("Service availability", "%", 99.5, false, true, 0.4),
    ("Incident resolution time", "h", 4.0, true, true, 1.2),
    ("First call resolution", "%", 75.0, false, false, 6.0),
    ("Change success rate", "%", 95.0, false, false, 3.0),
    ("Customer satisfaction", "score", 4.2, false, true, 0.35),
    ("Backup success rate", "%", 98.0, false, true, 1.5),
    ("Patch compliance", "%", 90.0, false, false, 5.0),
    ("Mean time to restore", "h", 2.0, true, false, 0.8),
    ("Tickets per user", "count", 1.5, true, false, 0.4),
];
const STRATEGY_THREAT: &[&str] = &[
    "avoid", "transfer", "mitigate", "mitigate", "accept", "escalate",
];
const STRATEGY_OPP: &[&str] = &["exploit", "share", "enhance", "accept"];
/// Risk templates per category: key, title, cause, event, effect.
const RISKS: &[(&str, &str, &str, &str, &str)] = &[
    (
        "technical",
        "Legacy platform upgrade fails",
        "Unsupported firmware on old devices",
        "Upgrade leaves devices unbootable",
        "Outage and rollback of the change window",
    ),
    (
        "technical",
        "Interface incompatibility",
        "Vendor API changed without notice",
        "Integration tests fail late",
        "Cutover postponed",
    ),
    (
        "resource",
        "Key engineer unavailable",
        "Only one person knows the platform",
        "The engineer leaves or falls ill",
        "Work stops on critical tasks",
    ),
    (
        "resource",
        "Shared specialists overbooked",
        "Same DBAs booked by three projects",
        "Tasks wait for people",
        "Schedule slips by weeks",
    ),
    (
        "schedule",
        "Hardware delivery late",
        "Supplier backlog",
        "Equipment arrives after the install window",
        "Milestone missed",
    ),
    (
        "schedule",
        "Change freeze overlaps cutover",
        "Customer year-end freeze",
        "No change window before the deadline",
        "Go-live moves a quarter",
    ),
    (
        "external",
        "Regulatory change",
        "New data residency rules",
        "Design must be reworked",
        "Extra cost and delay",
    ),
    (
        "security",
        "Privileged access misuse",
        "Shared admin accounts",
        "Unauthorized change to production",
        "Security incident and audit finding",
    ),
    (
        "compliance",
        "Audit evidence incomplete",
        "Tickets closed without records",
        "Audit fails the control",
        "Penalty under the contract",
    ),
    (
        "customer",
        "Customer stakeholders disengage",
        "Sponsor moved to another role",
        "Decisions stall",
        "Acceptance delayed",
    ),
    (
        "financial",
        "Exchange rate moves",
        "Licences priced in USD",
        "Licence cost rises",
        "Budget overrun",
    ),
    (
        "quality",
        "SLA breaches during transition",
        "New team still learning the estate",
        "Resolution times exceed the SLA",
        "Service credits and lower satisfaction",
    ),
    (
        "cross-cultural",
        "Offshore team misreads requirements",
        "Different working styles and languages",
        "Deliverables miss expectations",
        "Rework",
    ),
];
const OPPORTUNITIES: &[(&str, &str, &str, &str, &str)] = &[
    (
        "technical",
        "Automation cuts ticket volume",
        "Repeatable requests dominate the queue",
        "Self-service portal adopted",
        "Fewer tickets and lower cost",
    ),
    (
        "financial",
        "Volume discount from vendor",
        "Several programs buy the same licences",
        "Vendor grants an enterprise price",
        "Lower licence cost",
    ),
    (
        "resource",
        "Reuse of a trained team",
        "A sister project is closing",
        "Its engineers join early",
        "Faster ramp-up",
    ),
];
const LESSONS: &[&str] = &[
    "Book shared specialists a quarter ahead",
    "Agree the change freeze calendar at kick-off",
    "Pilot with one site before rolling out",
    "Keep the runbooks in the knowledge base from day one",
    "Review SLA definitions with the customer before transition",
];
const GROUP_BIAS: [f64; 5] = [0.45, 0.0, 0.1, 0.2, -0.1];
const COMPETENCIES: &[&str] = &[
    "self-discipline",
    "teamwork",
    "responsibility",
    "customer-service-awareness",
    "leadership",
    "analysis-and-decision-making",
    "organization-and-planning",
    "delegation-and-control",
    "communication",
    "innovation",
];
const DIMENSIONS: &[&str] = &[
    "service-delivery-outcomes",
    "process-management",
    "effectiveness",
    "security",
    "knowledge-management",
    "people-management",
    "continuous-improvement",
];
const EVIDENCE: &[&str] = &[
    "SLA report for the period",
    "ITIL process audit",
    "Ticket statistics",
    "Security review minutes",
    "Knowledge base growth",
    "Staffing plan and training records",
    "Improvement register",
];

// Indices are 0-based, ids 1-based.
fn person_id(i: usize) -> String {
    format!("P-{:05}", i + 1)
}
fn project_id(i: usize) -> String {
    format!("PRJ-{:05}", i + 1)
}
fn program_id(i: usize) -> String {
    format!("PRG-{i:04}")
}
fn customer_id(i: usize) -> String {
    format!("CUS-{i:04}")
}
fn customer_name(i: usize) -> String {
    let city = CITIES[i % CITIES.len()];
    let sector = SECTORS[(i / CITIES.len()) % SECTORS.len()];
    let round = i / (CITIES.len() * SECTORS.len());
    if round == 0 {
        format!("{city} {sector}")
    } else {
        format!("{city} {sector} no {}", round + 1)
    }
}

// ---------------------------------------------------------------- people

struct People {
    n: usize,
    /// Project managers (indices).
    managers: Vec<usize>,
    /// PMO heads and IT-service directors.
    leads: Vec<usize>,
    /// Everyone else.
    staff: Vec<usize>,
}

impl People {
    fn new(n: usize) -> People {
        let n = n.max(1);
        let (mut managers, mut leads, mut staff) = (Vec::new(), Vec::new(), Vec::new());
        for i in 0..n {
            match i % 50 {
                1 if n > 10 => leads.push(i),
                m if m % 10 == 0 => managers.push(i),
                _ => staff.push(i),
            }
        }
        if leads.is_empty() {
            leads = managers.clone();
        }
        if staff.is_empty() {
            staff = managers.clone();
        }
        People {
            n,
            managers,
            leads,
            staff,
        }
    }

    fn role_of(&self, i: usize) -> &'static str {
        if i % 50 == 1 && self.n > 10 {
            if i % 100 == 1 {
                "pmo-lead"
            } else {
                "service-director"
            }
        } else if i.is_multiple_of(10) {
            "project-manager"
        } else {
            TECH_ROLES[(i / 10 + i) % TECH_ROLES.len()]
        }
    }
}

// ---------------------------------------------------------------- programs

const TYPES: [&str; 5] = [
    "single-customer",
    "single-business",
    "multi-customer",
    "multi-business",
    "composite",
];

struct ProgramPlan {
    index: usize,
    kind: usize,
    first: usize,
    size: usize,
    /// (global customer number, tier: 0 none, 1 key, 2 sme)
    customers: Vec<(usize, u8)>,
    /// (business template, site number)
    businesses: Vec<(usize, usize)>,
    /// Per project: customer index, business index, manager.
    slots: Vec<(Option<usize>, Option<usize>, usize)>,
    program_manager: Option<usize>,
    pmo: Option<usize>,
    director: Option<usize>,
    pmo_model: Option<&'static str>,
    base: NaiveDate,
    /// A window of people the program staffs its teams from.
    pool_start: usize,
    pool_len: usize,
}

fn business_label(b: (usize, usize)) -> (String, String) {
    let (code, name) = BUSINESSES[b.0];
    if b.1 == 0 {
        (format!("BIZ-{code}"), name.to_string())
    } else {
        (
            format!("BIZ-{code}-{}", b.1 + 1),
            format!("{name} site {}", b.1 + 1),
        )
    }
}

/// `n` distinct businesses, first the plain ones, then per site.
fn distinct_businesses(rng: &mut Rng, n: usize) -> Vec<(usize, usize)> {
    let offset = rng.below(BUSINESSES.len());
    (0..n)
        .map(|k| ((k + offset) % BUSINESSES.len(), k / BUSINESSES.len()))
        .collect()
}

fn plan_programs(cfg: &Config, people: &People) -> Vec<ProgramPlan> {
    let mut programs = Vec::new();
    let mut first = 0;
    let mut next_customer = 0usize;
    let mut layout = Rng::stream(cfg.seed, K_LAYOUT, 0);
    while first < cfg.projects {
        let left = cfg.projects - first;
        let mut size = layout.range(10, 50) as usize;
        if left < size + 10 {
            size = left;
        }
        let index = programs.len() + 1;
        let kind = (index - 1) % TYPES.len();
        let mut rng = Rng::stream(cfg.seed, K_PROGRAM, index as u64);
        let pm = |rng: &mut Rng| *rng.pick(&people.managers);
        let mut customers = Vec::new();
        let mut businesses = Vec::new();
        let mut slots = Vec::new();
        let mut new_customer = |tier: u8| {
            next_customer += 1;
            (next_customer, tier)
        };
        match kind {
            0 => {
                customers.push(new_customer(0));
                businesses = distinct_businesses(&mut rng, size);
                for k in 0..size {
                    slots.push((Some(0), Some(k), pm(&mut rng)));
                }
            }
            1 => {
                businesses.push((rng.below(BUSINESSES.len()), 0));
                for k in 0..size {
                    customers.push(new_customer(0));
                    slots.push((Some(k), Some(0), pm(&mut rng)));
                }
            }
            2 | 3 => {
                // program -> customer -> business, or business -> customer.
                let outer = (size / rng.range(3, 6) as usize).max(2).min(size);
                let inner = size.div_ceil(outer);
                // Every customer and business gets at least one project.
                let outer = size.div_ceil(inner);
                let (nc, nb) = if kind == 2 {
                    (outer, inner)
                } else {
                    (inner, outer)
                };
                for _ in 0..nc {
                    customers.push(new_customer(0));
                }
                businesses = distinct_businesses(&mut rng, nb);
                let leads: Vec<usize> = (0..outer).map(|_| pm(&mut rng)).collect();
                for k in 0..size {
                    let (o, i) = (k / inner, k % inner);
                    let (c, b) = if kind == 2 { (o, i) } else { (i, o) };
                    slots.push((Some(c), Some(b), leads[o]));
                }
            }
            _ => {
                // Key customers by customer, SME customers by business.
                let key_slots = size / 2;
                let keys = (key_slots / rng.range(3, 6) as usize).max(1);
                let per_key = key_slots.div_ceil(keys).max(1);
                let keys = key_slots.div_ceil(per_key).max(1);
                let sme_slots = size - key_slots;
                let sme_biz = (sme_slots / 4).clamp(1, 4);
                let per_biz = sme_slots.div_ceil(sme_biz).max(1);
                let sme_biz = sme_slots.div_ceil(per_biz).max(1);
                businesses = distinct_businesses(&mut rng, per_key.max(sme_biz));
                for _ in 0..keys {
                    customers.push(new_customer(1));
                }
                let key_managers: Vec<usize> = (0..keys).map(|_| pm(&mut rng)).collect();
                for k in 0..key_slots {
                    slots.push((
                        Some(k / per_key),
                        Some(k % per_key),
                        key_managers[k / per_key],
                    ));
                }
                for _ in 0..per_biz {
                    customers.push(new_customer(2));
                }
                let biz_managers: Vec<usize> = (0..sme_biz).map(|_| pm(&mut rng)).collect();
                for k in 0..sme_slots {
                    let (b, c) = (k / per_biz, k % per_biz);
                    slots.push((Some(keys + c), Some(b), biz_managers[b]));
                }
            }
        }
        let single = kind < 2;
        let (program_manager, pmo, director, pmo_model) = if single {
            (Some(pm(&mut rng)), None, None, None)
        } else {
            let lead = *rng.pick(&people.leads);
            let which = rng.below(3);
            (
                if rng.chance(0.3) {
                    Some(pm(&mut rng))
                } else {
                    None
                },
                (which != 1).then_some(lead),
                (which != 0).then(|| *rng.pick(&people.leads)),
                Some(*rng.pick(&["matrix", "functional", "hybrid"])),
            )
        };
        let base = NaiveDate::from_ymd_opt(2023, 7, 3).expect("valid")
            + Duration::days(rng.range(0, 1260));
        let pool_len = (people.staff.len()).min(40 + size * 6);
        let pool_start = rng.below(people.staff.len());
        programs.push(ProgramPlan {
            index,
            kind,
            first,
            size,
            customers,
            businesses,
            slots,
            program_manager,
            pmo,
            director,
            pmo_model,
            base,
            pool_start,
            pool_len,
        });
        first += size;
    }
    programs
}

// ---------------------------------------------------------------- projects

#[derive(Clone, Copy, PartialEq, Eq)]
enum Status {
    Proposed,
    Planned,
    Active,
    OnHold,
    Closed,
    Cancelled,
}

impl Status {
    fn key(self) -> &'static str {
        match self {
            Status::Proposed => "proposed",
            Status::Planned => "planned",
            Status::Active => "active",
            Status::OnHold => "on-hold",
            Status::Closed => "closed",
            Status::Cancelled => "cancelled",
        }
    }
}

struct Dep {
    /// (project index, milestone number) for a link to another project.
    other: Option<(usize, usize)>,
    task: usize,
    link: u8,
    lag: i64,
}

struct TaskPlan {
    name: String,
    owner: Option<usize>,
    role: Option<&'static str>,
    fixed_start: bool,
    start: NaiveDate,
    end: NaiveDate,
    duration: i64,
    effort: f64,
    deps: Vec<Dep>,
    progress: f64,
    baseline: Option<(NaiveDate, NaiveDate)>,
}

struct MilestonePlan {
    name: &'static str,
    due: NaiveDate,
    baseline: Option<NaiveDate>,
    done_on: Option<NaiveDate>,
    deps: Vec<usize>,
}

struct Member {
    person: usize,
    role: &'static str,
    allocation: f64,
    from: NaiveDate,
    to: NaiveDate,
}

struct ProjectPlan {
    index: usize,
    program: usize,
    customer: Option<usize>,
    business: Option<usize>,
    manager: usize,
    status: Status,
    start: NaiveDate,
    end: NaiveDate,
    baseline_end: NaiveDate,
    priority: i64,
    team: Vec<Member>,
    tasks: Vec<TaskPlan>,
    milestones: Vec<MilestonePlan>,
    /// Project-level dependencies: (project, milestone number, needed by).
    needs: Vec<(usize, usize, NaiveDate)>,
}

fn plan_project(cfg: &Config, people: &People, prog: &ProgramPlan, slot: usize) -> ProjectPlan {
    let index = prog.first + slot;
    let mut rng = Rng::stream(cfg.seed, K_PROJECT, index as u64);
    let as_of = cfg.as_of;
    let (customer, business, manager) = prog.slots[slot];
    let start = next_workday(prog.base + Duration::days(rng.range(0, 450)));

    // Team: 5 to 15 from the program's pool.
    let size = rng.range(5, 15) as usize;
    let mut team: Vec<Member> = Vec::with_capacity(size + 1);
    team.push(Member {
        person: manager,
        role: "project-manager",
        allocation: *rng.pick(&[10.0, 15.0, 20.0, 25.0]),
        from: start,
        to: start,
    });
    let mut attempts = 0;
    while team.len() < size && attempts < 10_000 {
        attempts += 1;
        let k = (prog.pool_start + rng.below(prog.pool_len)) % people.staff.len();
        let person = people.staff[k];
        if team.iter().any(|m| m.person == person) {
            continue;
        }
        team.push(Member {
            person,
            role: people.role_of(person),
            allocation: *rng.pick(&[10.0, 20.0, 25.0, 30.0, 40.0, 50.0, 50.0, 60.0, 80.0, 100.0]),
            from: start,
            to: start,
        });
    }

    // Tasks: a few workstreams, each a chain.
    let n = cfg.tasks_per_project;
    let streams = (n / 12).clamp(1, 4);
    let mut tasks: Vec<TaskPlan> = Vec::with_capacity(n);
    for t in 0..n {
        let duration = if rng.chance(0.15) {
            rng.range(10, 25)
        } else {
            rng.range(1, 10)
        };
        let mut deps = Vec::new();
        let (s, fixed) = if t < streams {
            (add_workdays(start, (t as i64) * rng.range(0, 5)), true)
        } else {
            let p = t - streams;
            let pred = &tasks[p];
            let roll = rng.unit();
            let (link, lag) = if roll < 0.12 {
                (1u8, rng.range(0, 3))
            } else if roll < 0.2 {
                (2u8, rng.range(0, 2))
            } else if roll < 0.3 {
                (0u8, rng.range(1, 3))
            } else if roll < 0.33 {
                (0u8, -1)
            } else {
                (0u8, 0)
            };
            let s = match link {
                1 => add_workdays(pred.start, lag),
                2 => {
                    let e = add_workdays(pred.end, lag);
                    add_workdays(e, -(duration - 1)).max(pred.start)
                }
                _ => add_workdays(pred.end, 1 + lag),
            };
            deps.push(Dep {
                other: None,
                task: p,
                link,
                lag,
            });
            (s, false)
        };
        let mut s = s;
        if t >= 2 * streams && rng.chance(cfg.cross_links) {
            // A link to an earlier task that is not the chain predecessor.
            let u = rng.below(t - streams);
            let need = add_workdays(tasks[u].end, 1);
            if need > s {
                s = need;
            }
            deps.push(Dep {
                other: None,
                task: u,
                link: 0,
                lag: 0,
            });
        }
        let end = add_workdays(s, duration - 1);
        let owner_pick = rng.below(team.len());
        let (owner, role) = if rng.chance(0.04) {
            (None, Some(team[owner_pick].role))
        } else {
            (Some(owner_pick), None)
        };
        let effort = (duration as f64 * 8.0 * (0.3 + 0.7 * rng.unit()) * 2.0).round() / 2.0;
        let verb = rng.pick(VERBS);
        let object = rng.pick(OBJECTS);
        let baseline = rng.chance(0.3).then(|| {
            let slip = if rng.chance(0.5) { 0 } else { rng.range(1, 6) };
            (add_workdays(s, -slip), add_workdays(end, -slip))
        });
        tasks.push(TaskPlan {
            name: format!("{verb} {object}"),
            owner,
            role,
            fixed_start: fixed,
            start: s,
            end,
            duration,
            effort,
            deps,
            progress: 0.0,
            baseline,
        });
    }

    // Milestones spread over the plan; the last waits for every stream.
    let count = rng.range(3, 6) as usize;
    let mut milestones = Vec::with_capacity(count);
    let names_from = rng.below(MILESTONES.len() - count + 1);
    for m in 0..count {
        let deps: Vec<usize> = if n == 0 {
            Vec::new()
        } else if m + 1 == count {
            (n.saturating_sub(streams)..n).collect()
        } else {
            vec![((m + 1) * n / count).saturating_sub(1)]
        };
        let ready = deps.iter().map(|&d| tasks[d].end).max().unwrap_or(start);
        let due = add_workdays(ready, rng.range(1, 6));
        let baseline = rng.chance(0.4).then(|| {
            if rng.chance(0.5) {
                due
            } else {
                add_workdays(due, -rng.range(1, 15))
            }
        });
        milestones.push(MilestonePlan {
            name: MILESTONES[names_from + m],
            due,
            baseline,
            done_on: None,
            deps,
        });
    }
    let end = add_workdays(milestones.last().map_or(start, |m| m.due), rng.range(0, 10));
    let baseline_end = if rng.chance(0.6) {
        end
    } else {
        add_workdays(end, -rng.range(3, 40))
    };

    let status = if end < as_of {
        if rng.chance(0.92) {
            Status::Closed
        } else {
            Status::Cancelled
        }
    } else if start > as_of {
        if rng.chance(0.8) {
            Status::Planned
        } else {
            Status::Proposed
        }
    } else if rng.chance(0.92) {
        Status::Active
    } else {
        Status::OnHold
    };

    // Progress as of the day, with some tasks behind.
    for t in &mut tasks {
        t.progress = match status {
            Status::Closed => 100.0,
            Status::Proposed | Status::Planned => 0.0,
            _ if t.end < as_of => {
                if rng.chance(0.9) {
                    100.0
                } else {
                    (rng.range(10, 19) * 5) as f64
                }
            }
            _ if t.start <= as_of => {
                let span = (t.end - t.start).num_days().max(1) as f64;
                let done = (as_of - t.start).num_days() as f64 / span;
                ((done * 100.0 + rng.normal() * 15.0).clamp(0.0, 95.0) / 5.0).round() * 5.0
            }
            _ => 0.0,
        };
    }
    for m in &mut milestones {
        let reached = match status {
            Status::Closed => true,
            Status::Proposed | Status::Planned => false,
            _ => m.due <= as_of && rng.chance(0.88),
        };
        if reached {
            let d = add_workdays(m.due, rng.range(-2, 3));
            m.done_on = Some(d.min(as_of));
        }
    }
    for m in team.iter_mut() {
        m.from = if rng.chance(0.6) {
            start
        } else {
            add_workdays(start, rng.range(1, 20))
        };
        m.to = if rng.chance(0.6) {
            end
        } else {
            add_workdays(end, -rng.range(1, 20))
        };
        if m.to < m.from {
            m.to = end;
        }
    }
    // Owners are on the team while they work on the task.
    for t in &mut tasks {
        let Some(o) = t.owner else { continue };
        let covers = |m: &Member| m.from <= t.start && m.to >= t.end;
        if !covers(&team[o]) {
            let fit: Vec<usize> = (0..team.len()).filter(|&k| covers(&team[k])).collect();
            if fit.is_empty() {
                team[o].from = team[o].from.min(t.start);
                team[o].to = team[o].to.max(t.end);
            } else {
                t.owner = Some(*rng.pick(&fit));
            }
        }
    }

    ProjectPlan {
        index,
        program: prog.index,
        customer,
        business,
        manager,
        status,
        start,
        end,
        baseline_end,
        priority: rng.range(1, 5),
        team,
        tasks,
        milestones,
        needs: Vec::new(),
    }
}

/// A project's new task links (task, dependency) and project-level needs.
type ProjectLinks = (usize, Vec<(usize, Dep)>, Vec<(usize, usize, NaiveDate)>);

/// Adds links to other projects' milestones: always to a project with a
/// lower index (so the cross-project graph has no cycles) and to a
/// milestone due before the task starts (so the plan stays feasible).
fn add_cross_links(cfg: &Config, programs: &[ProgramPlan], plans: &mut [ProjectPlan]) {
    let links: Vec<ProjectLinks> = plans
        .par_iter()
        .enumerate()
        .filter(|(i, _)| *i > 0)
        .map(|(i, plan)| {
            let mut rng = Rng::stream(cfg.seed, K_LINK, i as u64);
            let prog = &programs[plan.program - 1];
            let other = |rng: &mut Rng| {
                if prog.first < i && rng.chance(0.7) {
                    prog.first + rng.below(i - prog.first)
                } else {
                    rng.below(i)
                }
            };
            let mut task_links = Vec::new();
            for (t, task) in plan.tasks.iter().enumerate() {
                if !rng.chance(cfg.cross_links) {
                    continue;
                }
                let j = other(&mut rng);
                let ms = &plans[j].milestones;
                if let Some(m) = (0..ms.len()).rev().find(|&m| ms[m].due < task.start) {
                    task_links.push((
                        t,
                        Dep {
                            other: Some((j, m)),
                            task: 0,
                            link: 0,
                            lag: 0,
                        },
                    ));
                }
            }
            let mut needs = Vec::new();
            if rng.chance((cfg.cross_links * 4.0).min(1.0)) {
                for _ in 0..rng.range(1, 2) {
                    let j = other(&mut rng);
                    let ms = &plans[j].milestones;
                    if ms.is_empty() {
                        continue;
                    }
                    let m = rng.below(ms.len());
                    let needed_by = if rng.chance(0.85) {
                        ms[m].due + Duration::days(rng.range(0, 30))
                    } else {
                        ms[m].due - Duration::days(rng.range(5, 30))
                    };
                    if !needs.iter().any(|&(pj, pm, _)| pj == j && pm == m) {
                        needs.push((j, m, needed_by));
                    }
                }
            }
            (i, task_links, needs)
        })
        .collect();
    for (i, task_links, needs) in links {
        for (t, dep) in task_links {
            plans[i].tasks[t].deps.push(dep);
        }
        plans[i].needs = needs;
    }
}

// ---------------------------------------------------------------- writing

fn header(out: &mut String, what: &str, cfg: &Config) {
    let _ = writeln!(
        out,
        "# {what}; generated by gen_portfolio (seed {}).",
        cfg.seed
    );
}

fn render_program(out: &mut String, cfg: &Config, prog: &ProgramPlan, plans: &[ProjectPlan]) {
    let mut rng = Rng::stream(cfg.seed, K_PROGRAM, 1_000_000 + prog.index as u64);
    let projects = &plans[prog.first..prog.first + prog.size];
    let all_closed = projects.iter().all(|p| p.end < cfg.as_of);
    let none_started = projects.iter().all(|p| p.start > cfg.as_of);
    let stage = if all_closed {
        "closure"
    } else if none_started {
        *rng.pick(&["identify", "define"])
    } else {
        *rng.pick(&[
            "integrated-management",
            "integrated-management",
            "portfolio-management",
            "benefits-management",
        ])
    };
    let type_key = TYPES[prog.kind];
    let focus = match prog.kind {
        0 => customer_name(prog.customers[0].0),
        1 => business_label(prog.businesses[0]).1,
        2 => "Key accounts".to_string(),
        3 => "Managed services".to_string(),
        _ => "Regional accounts".to_string(),
    };
    let _ = writeln!(out, "kind: Program");
    let _ = writeln!(out, "id: {}", program_id(prog.index));
    let _ = writeln!(out, "name: {focus} program {}", prog.index);
    let _ = writeln!(out, "type: {type_key}");
    let _ = writeln!(out, "stage: {stage}");
    let _ = writeln!(out, "leadership:");
    if let Some(p) = prog.program_manager {
        let _ = writeln!(out, "  program_manager: {}", person_id(p));
    }
    if let Some(p) = prog.pmo {
        let _ = writeln!(out, "  pmo: {}", person_id(p));
    }
    if let Some(p) = prog.director {
        let _ = writeln!(out, "  director: {}", person_id(p));
    }
    if let Some(m) = prog.pmo_model {
        let _ = writeln!(out, "  pmo_model: {m}");
    }
    let _ = writeln!(out, "customers:");
    for &(c, tier) in &prog.customers {
        let _ = writeln!(out, "  - id: {}", customer_id(c));
        let _ = writeln!(out, "    name: {}", customer_name(c));
        match tier {
            1 => {
                let _ = writeln!(out, "    tier: key");
            }
            2 => {
                let _ = writeln!(out, "    tier: sme");
            }
            _ => {}
        }
    }
    let _ = writeln!(out, "businesses:");
    for &b in &prog.businesses {
        let (id, name) = business_label(b);
        let _ = writeln!(out, "  - {{ id: {id}, name: {name} }}");
    }
    let last_end = projects.iter().map(|p| p.end).max().unwrap_or(cfg.as_of);
    let _ = writeln!(out, "goals:");
    let _ = writeln!(
        out,
        "  - description: Consolidate IT-service delivery for {focus}\n    measure: Share of services under one SLA\n    target: 90%\n    by: {last_end}"
    );
    let _ = writeln!(
        out,
        "  - description: Cut operating cost\n    measure: Annual run cost\n    target: \"-{}%\"\n    by: {last_end}",
        rng.range(5, 20)
    );
    let _ = writeln!(out, "benefits:");
    let _ = writeln!(
        out,
        "  - description: Fewer major incidents\n    measure: P1 incidents a quarter\n    target: \"<= {}\"",
        rng.range(1, 5)
    );
    // The stage gates want an owner from define on, a measured value
    // from benefits management on (G002, G006); no draw from `rng`, so
    // the rest of the portfolio stays as it was.
    if let Some(p) = prog.program_manager.or(prog.pmo).or(prog.director) {
        let _ = writeln!(out, "    owner: {}", person_id(p));
    }
    let _ = writeln!(
        out,
        "    measurements:\n      - {{ date: {}, value: 3 }}",
        cfg.as_of
    );
    let _ = writeln!(out, "description: |");
    let _ = writeln!(
        out,
        "  A {type_key} program of {} projects.\n  Coordinated by the PMO; progress reported monthly.",
        prog.size
    );
}

fn yaml_f(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.2}");
        let s = s.trim_end_matches('0');
        s.trim_end_matches('.').to_string()
    }
}

fn month_periods(from: NaiveDate, to: NaiveDate) -> Vec<(i32, u32)> {
    let mut out = Vec::new();
    let (mut y, mut m) = (from.year(), from.month());
    while (y, m) <= (to.year(), to.month()) {
        out.push((y, m));
        if m == 12 {
            y += 1;
            m = 1;
        } else {
            m += 1;
        }
    }
    out
}

fn render_project(out: &mut String, cfg: &Config, programs: &[ProgramPlan], p: &ProjectPlan) {
    let mut rng = Rng::stream(cfg.seed, K_PROJECT, 1_000_000_000 + p.index as u64);
    let prog = &programs[p.program - 1];
    let as_of = cfg.as_of;
    let business = p.business.map(|b| business_label(prog.businesses[b]));
    let customer = p.customer.map(|c| prog.customers[c].0);
    let label = match (&business, customer) {
        (Some((_, b)), Some(c)) => format!("{b} for {}", customer_name(c)),
        (Some((_, b)), None) => b.clone(),
        (None, Some(c)) => format!("Services for {}", customer_name(c)),
        (None, None) => "IT services".to_string(),
    };
    header(out, "Project", cfg);
    let _ = writeln!(out, "kind: Project");
    let _ = writeln!(out, "id: {}", project_id(p.index));
    let _ = writeln!(out, "name: {label}");
    let _ = writeln!(out, "program: {}", program_id(p.program));
    if let Some(c) = customer {
        let _ = writeln!(out, "customer: {}", customer_id(c));
    }
    if let Some((id, _)) = &business {
        let _ = writeln!(out, "business: {id}");
    }
    let _ = writeln!(out, "manager: {}", person_id(p.manager));
    let _ = writeln!(out, "priority: {}", p.priority);
    let _ = writeln!(out, "status: {}", p.status.key());
    let _ = writeln!(out, "start: {}", p.start);
    let _ = writeln!(out, "end: {}", p.end);
    let _ = writeln!(
        out,
        "baseline: {{ start: {}, end: {} }}",
        p.start, p.baseline_end
    );

    let _ = writeln!(out, "team:");
    for m in &p.team {
        let _ = writeln!(out, "  - person: {}", person_id(m.person));
        let _ = writeln!(out, "    role: {}", m.role);
        let _ = writeln!(out, "    allocation: {}", yaml_f(m.allocation));
        let _ = writeln!(out, "    from: {}", m.from);
        let _ = writeln!(out, "    to: {}", m.to);
    }

    // KPIs with monthly actuals up to the as-of day.
    let kpi_count = rng.range(2, 4) as usize;
    let first_kpi = rng.below(KPIS.len());
    let _ = writeln!(out, "goals:");
    let (gname, gunit, gtarget, glower, _, _) = KPIS[first_kpi];
    let gtarget = if gunit == "%" {
        format!("{}%", yaml_f(gtarget))
    } else {
        format!("{} {gunit}", yaml_f(gtarget))
    };
    let _ = writeln!(
        out,
        "  - description: {} {gname} to {gtarget}\n    measure: {gname}\n    target: \"{gtarget}\"\n    by: {}",
        if glower { "Bring" } else { "Raise" },
        p.end
    );
    let _ = writeln!(out, "kpis:");
    let months = if p.start <= as_of {
        month_periods(p.start, p.end.min(as_of))
    } else {
        Vec::new()
    };
    for k in 0..kpi_count {
        let (name, unit, target, lower, sla, spread) = KPIS[(first_kpi + k) % KPIS.len()];
        let _ = writeln!(out, "  - id: K-{:02}", k + 1);
        let _ = writeln!(out, "    name: {name}");
        let _ = writeln!(out, "    unit: \"{unit}\"");
        let _ = writeln!(out, "    target: {}", yaml_f(target));
        if lower {
            let _ = writeln!(out, "    better: lower");
        }
        if sla {
            let _ = writeln!(out, "    sla: true");
        }
        if months.is_empty() {
            continue;
        }
        let _ = writeln!(out, "    actuals:");
        // A project-specific drift, so some KPIs miss for months in a row.
        let drift = rng.normal() * spread * 0.6;
        for &(y, m) in &months {
            let mut v = target + drift + rng.normal() * spread;
            if unit == "%" {
                v = v.min(100.0);
            }
            if unit == "score" {
                v = v.clamp(1.0, 5.0);
            }
            v = v.max(0.0);
            let v = (v * 100.0).round() / 100.0;
            if rng.chance(0.03) {
                let _ = writeln!(
                    out,
                    "      - period: {y}-{m:02}\n        value: {}\n        note: Major incident during the month",
                    yaml_f(v)
                );
            } else {
                let _ = writeln!(
                    out,
                    "      - {{ period: {y}-{m:02}, value: {} }}",
                    yaml_f(v)
                );
            }
        }
    }

    // Budget from effort and rates.
    let effort: f64 = p.tasks.iter().map(|t| t.effort).sum();
    let planned = ((effort * rng.range(350, 900) as f64 + 50_000.0) / 1000.0).round() * 1000.0;
    let done: f64 = if effort > 0.0 {
        p.tasks
            .iter()
            .map(|t| t.effort * t.progress / 100.0)
            .sum::<f64>()
            / effort
    } else {
        0.0
    };
    let _ = writeln!(out, "budget:");
    let _ = writeln!(out, "  planned: {}", yaml_f(planned));
    if done > 0.0 {
        let actual = (planned * done * (0.85 + 0.4 * rng.unit()) / 100.0).round() * 100.0;
        let _ = writeln!(out, "  actual: {}", yaml_f(actual));
    }
    let _ = writeln!(
        out,
        "  reserve: {}",
        yaml_f((planned * 0.08 / 1000.0).round() * 1000.0)
    );
    let _ = writeln!(out, "  currency: CNY");

    let _ = writeln!(out, "milestones:");
    for (m, ms) in p.milestones.iter().enumerate() {
        let _ = writeln!(out, "  - id: M-{:02}", m + 1);
        let _ = writeln!(out, "    name: {}", ms.name);
        let _ = writeln!(out, "    due: {}", ms.due);
        if let Some(b) = ms.baseline {
            let _ = writeln!(out, "    baseline: {b}");
        }
        if let Some(d) = ms.done_on {
            let _ = writeln!(out, "    done: true\n    done_on: {d}");
        }
        if !ms.deps.is_empty() {
            let _ = writeln!(out, "    depends_on:");
            for &d in &ms.deps {
                let _ = writeln!(out, "      - task: T-{:03}", d + 1);
            }
        }
    }

    let _ = writeln!(out, "tasks:");
    for (t, task) in p.tasks.iter().enumerate() {
        let _ = writeln!(out, "  - id: T-{:03}", t + 1);
        let _ = writeln!(out, "    name: {}", task.name);
        if let Some(o) = task.owner {
            let _ = writeln!(out, "    owner: {}", person_id(p.team[o].person));
        }
        if let Some(r) = task.role {
            let _ = writeln!(out, "    role: {r}");
        }
        if task.fixed_start {
            let _ = writeln!(out, "    start: {}", task.start);
        }
        let _ = writeln!(out, "    duration: {}", task.duration);
        let _ = writeln!(out, "    effort: {}", yaml_f(task.effort));
        if task.progress > 0.0 {
            let _ = writeln!(out, "    progress: {}", yaml_f(task.progress));
        }
        if !task.deps.is_empty() {
            let _ = writeln!(out, "    depends_on:");
            for d in &task.deps {
                match d.other {
                    Some((j, m)) => {
                        let _ = writeln!(
                            out,
                            "      - {{ project: {}, milestone: M-{:02} }}",
                            project_id(j),
                            m + 1
                        );
                    }
                    None => {
                        let _ = writeln!(out, "      - task: T-{:03}", d.task + 1);
                        match d.link {
                            1 => {
                                let _ = writeln!(out, "        type: ss");
                            }
                            2 => {
                                let _ = writeln!(out, "        type: ff");
                            }
                            _ => {}
                        }
                        if d.lag != 0 {
                            let _ = writeln!(out, "        lag: {}", d.lag);
                        }
                    }
                }
            }
        }
        if let Some((s, e)) = task.baseline {
            let _ = writeln!(out, "    baseline:\n      start: {s}\n      end: {e}");
        }
    }

    if !p.needs.is_empty() {
        let _ = writeln!(out, "dependencies:");
        for &(j, m, by) in &p.needs {
            let _ = writeln!(
                out,
                "  - project: {}\n    milestone: M-{:02}\n    needed_by: {by}\n    note: Shared platform from {}",
                project_id(j),
                m + 1,
                project_id(j)
            );
        }
    }
    if p.status == Status::Closed {
        let accepted = add_workdays(p.end, rng.range(0, 10)).min(as_of);
        let _ = writeln!(out, "closure:");
        let _ = writeln!(out, "  accepted_on: {accepted}");
        if let Some(c) = customer {
            let _ = writeln!(out, "  accepted_by: IT director of {}", customer_name(c));
        }
        let _ = writeln!(
            out,
            "  handover: Runbooks and CMDB handed to the operations team"
        );
        let handed = add_workdays(accepted, 5).min(as_of);
        let _ = writeln!(out, "  handed_over_on: {handed}");
        let _ = writeln!(out, "  lessons:");
        for _ in 0..rng.range(1, 3) {
            let _ = writeln!(out, "    - {}", rng.pick(LESSONS));
        }
    }
    if rng.chance(0.5) {
        let _ = writeln!(out, "description: >");
        let _ = writeln!(
            out,
            "  Transition and run {label}.\n  Scope: {} tasks, {} milestones, {} team members.",
            p.tasks.len(),
            p.milestones.len(),
            p.team.len()
        );
    }
}

fn render_person(out: &mut String, cfg: &Config, people: &People, i: usize) {
    let mut rng = Rng::stream(cfg.seed, K_PERSON, i as u64);
    let _ = writeln!(out, "---");
    let _ = writeln!(out, "kind: Person");
    let _ = writeln!(out, "id: {}", person_id(i));
    let _ = writeln!(out, "name: {} {}", rng.pick(FAMILY), rng.pick(GIVEN));
    let role = people.role_of(i);
    if role == "project-manager" || role == "pmo-lead" || role == "service-director" {
        let _ = writeln!(out, "roles: [{role}, {}]", rng.pick(TECH_ROLES));
    } else {
        let _ = writeln!(out, "roles: [{role}]");
    }
    let fte = *rng.pick(&[1.0, 1.0, 1.0, 1.0, 1.0, 0.8, 0.5]);
    if rng.chance(0.2) {
        let _ = writeln!(out, "hours_per_week: {}", rng.pick(&[36, 40, 44]));
    }
    if fte < 1.0 {
        let _ = writeln!(out, "fte: {}", yaml_f(fte));
    }
    if rng.chance(0.3) {
        let _ = writeln!(out, "days_off:");
        for _ in 0..rng.range(1, 3) {
            let from = next_workday(
                NaiveDate::from_ymd_opt(2025, 1, 6).expect("valid")
                    + Duration::days(rng.range(0, 900)),
            );
            if rng.chance(0.4) {
                let _ = writeln!(out, "  - from: {from}\n    reason: training");
            } else {
                let to = from + Duration::days(rng.range(1, 14));
                let _ = writeln!(
                    out,
                    "  - {{ from: {from}, to: {to}, reason: annual leave }}"
                );
            }
        }
    }
    let _ = writeln!(out, "cost_rate: {}", rng.range(30, 120) * 10);
    let a = rng.below(SKILLS.len());
    let b = (a + 1 + rng.below(SKILLS.len() - 1)) % SKILLS.len();
    let _ = writeln!(out, "skills:\n  - {}\n  - {}", SKILLS[a], SKILLS[b]);
    let dept = match role {
        "project-manager" | "pmo-lead" | "service-director" => "Delivery Management",
        _ => DEPARTMENTS[(i / 7) % (DEPARTMENTS.len() - 1)],
    };
    let _ = writeln!(out, "department: {dept}");
}

fn render_risk(out: &mut String, cfg: &Config, plans: &[ProjectPlan], r: usize) {
    let mut rng = Rng::stream(cfg.seed, K_RISK, r as u64);
    let as_of = cfg.as_of;
    let p = &plans[(r * plans.len()) / cfg.risks.max(1)];
    let opportunity = rng.chance(0.1);
    let (cat, title, cause, event, effect) =
        *rng.pick(if opportunity { OPPORTUNITIES } else { RISKS });
    let program_level = rng.chance(0.05);
    let _ = writeln!(out, "---");
    let _ = writeln!(out, "kind: Risk");
    let _ = writeln!(out, "id: RSK-{:06}", r + 1);
    let _ = writeln!(out, "title: {title}");
    if program_level {
        let _ = writeln!(out, "program: {}", program_id(p.program));
    } else {
        let _ = writeln!(out, "project: {}", project_id(p.index));
    }
    if opportunity {
        let _ = writeln!(out, "type: opportunity");
    }
    let _ = writeln!(out, "category: {cat}");
    let _ = writeln!(out, "cause: {cause}\nevent: {event}\neffect: {effect}");
    let mut prob = rng.range(1, 5);
    let mut impact = if rng.chance(0.2) {
        rng.range(4, 5)
    } else {
        rng.range(1, 4)
    };
    // Identified during the project, never after the as-of day.
    let window_end = p.end.min(as_of);
    let identified = if p.start >= window_end {
        window_end - Duration::days(rng.range(0, 60))
    } else {
        p.start + Duration::days(rng.range(0, (window_end - p.start).num_days()))
    };
    let finished = matches!(p.status, Status::Closed | Status::Cancelled);
    let status = if finished {
        if rng.chance(0.9) {
            "closed"
        } else {
            "occurred"
        }
    } else {
        *rng.pick(&[
            "open",
            "open",
            "monitoring",
            "monitoring",
            "occurred",
            "closed",
        ])
    };
    let closed_on = (status == "closed").then(|| {
        (identified + Duration::days(rng.range(5, 200)))
            .min(as_of)
            .max(identified)
    });
    // History: earlier assessments, oldest first, while the risk was open.
    let hist = rng.below(4);
    let mut history = Vec::new();
    let span = (closed_on.unwrap_or(as_of) - identified).num_days().max(1);
    let mut days: Vec<i64> = (0..hist).map(|_| rng.range(0, span - 1)).collect();
    days.sort_unstable();
    days.dedup();
    for d in days {
        history.push((identified + Duration::days(d), prob, impact));
        prob = (prob + rng.range(-1, 1)).clamp(1, 5);
        impact = (impact + rng.range(-1, 1)).clamp(1, 5);
    }
    let _ = writeln!(out, "probability: {prob}\nimpact: {impact}");
    if rng.chance(0.7) {
        let _ = writeln!(out, "cost_impact: {}", rng.range(1, 200) * 5000);
    }
    let owner = |rng: &mut Rng| person_id(p.team[rng.below(p.team.len())].person);
    let _ = writeln!(out, "owner: {}", owner(&mut rng));
    let strategy = if opportunity {
        *rng.pick(STRATEGY_OPP)
    } else {
        *rng.pick(STRATEGY_THREAT)
    };
    let _ = writeln!(out, "strategy: {strategy}");
    let actions = rng.below(4);
    if actions > 0 {
        let _ = writeln!(out, "actions:");
        for k in 0..actions {
            let due = identified + Duration::days(rng.range(7, 90));
            let _ = writeln!(
                out,
                "  - description: {} ({})",
                match k {
                    0 => "Agree the response with the owner",
                    1 => "Put the fallback plan in the runbook",
                    _ => "Report status to the PMO",
                },
                strategy
            );
            let _ = writeln!(out, "    owner: {}", owner(&mut rng));
            let _ = writeln!(out, "    due: {due}");
            if due < as_of && rng.chance(0.7) {
                let done = (due - Duration::days(rng.range(0, 5))).max(identified);
                let _ = writeln!(out, "    done_on: {done}");
            }
        }
    }
    let _ = writeln!(out, "status: {status}");
    let _ = writeln!(out, "identified: {identified}");
    if let Some(closed) = closed_on {
        let _ = writeln!(out, "closed_on: {closed}");
    } else {
        // Most reviewed recently, some stale.
        let next = if rng.chance(0.8) {
            as_of + Duration::days(rng.range(1, 30))
        } else {
            as_of - Duration::days(rng.range(1, 90))
        };
        let _ = writeln!(out, "next_review: {}", next.max(identified));
    }
    if !program_level && rng.chance(0.3) {
        if rng.chance(0.5) && !p.tasks.is_empty() {
            let _ = writeln!(
                out,
                "affects:\n  task: T-{:03}",
                rng.below(p.tasks.len()) + 1
            );
        } else if !p.milestones.is_empty() {
            let _ = writeln!(
                out,
                "affects:\n  milestone: M-{:02}",
                rng.below(p.milestones.len()) + 1
            );
        }
    }
    if !history.is_empty() {
        let _ = writeln!(out, "history:");
        for (d, pr, im) in history {
            let _ = writeln!(out, "  - {{ date: {d}, probability: {pr}, impact: {im} }}");
        }
    }
}

/// A manager's underlying strengths, so reviews of one person agree.
fn profile(cfg: &Config, person: usize) -> [f64; 10] {
    let mut rng = Rng::stream(cfg.seed, K_PROFILE, person as u64);
    let base = 3.0 + rng.normal() * 0.5;
    let mut p = [0.0; 10];
    for v in &mut p {
        *v = base + rng.normal() * 0.4;
    }
    p
}

fn render_review(out: &mut String, cfg: &Config, people: &People, r: usize) {
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

fn render_assessment(
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

const SETTINGS: &str = r#"format = 1
currency = "CNY"

[calendar]
holidays = ["2025-01-01", "2025-10-01", "2025-10-02", "2025-10-03", "2026-01-01", "2026-10-01", "2026-10-02", "2027-01-01"]

[risk]
tolerance = 12
stale_after_days = 30

[review]
anonymity_threshold = 3
gap_threshold = 0.5

[assessment]
miss_streak = 2
"#;

struct Writer {
    files: AtomicU64,
    documents: AtomicU64,
    bytes: AtomicU64,
}

impl Writer {
    fn write(&self, path: &Path, text: &str, documents: u64) -> std::io::Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(path, text)?;
        self.files.fetch_add(1, Ordering::Relaxed);
        self.documents.fetch_add(documents, Ordering::Relaxed);
        self.bytes.fetch_add(text.len() as u64, Ordering::Relaxed);
        Ok(())
    }
}

#[allow(clippy::too_many_arguments)]
/// Renders groups of `per_file` documents into numbered files of `dir`.
fn write_chunks(
    w: &Writer,
    dir: &Path,
    stem: &str,
    count: usize,
    per_file: usize,
    cfg: &Config,
    what: &str,
    render: &(dyn Fn(&mut String, usize) + Sync),
) -> std::io::Result<()> {
    let files = count.div_ceil(per_file);
    (0..files).into_par_iter().try_for_each(|f| {
        let mut out = String::with_capacity(per_file * 1024);
        header(&mut out, what, cfg);
        let range = f * per_file..((f + 1) * per_file).min(count);
        let n = range.len() as u64;
        for i in range {
            render(&mut out, i);
        }
        w.write(&dir.join(format!("{stem}-{:04}.yaml", f + 1)), &out, n)
    })
}

/// Writes the whole portfolio under `cfg.out` (which should be empty or
/// absent) and returns what was written.
pub fn generate(cfg: &Config) -> std::io::Result<Totals> {
    let out = &cfg.out;
    std::fs::create_dir_all(out)?;
    let people = People::new(cfg.people);
    let programs = plan_programs(cfg, &people);
    let mut plans: Vec<ProjectPlan> = programs
        .par_iter()
        .flat_map_iter(|prog| {
            (0..prog.size)
                .map(|slot| plan_project(cfg, &people, prog, slot))
                .collect::<Vec<_>>()
        })
        .collect();
    add_cross_links(cfg, &programs, &mut plans);

    let w = Writer {
        files: AtomicU64::new(0),
        documents: AtomicU64::new(0),
        bytes: AtomicU64::new(0),
    };
    let name = format!(
        "name = \"Synthetic portfolio: {} projects, seed {}\"\n",
        cfg.projects, cfg.seed
    );
    // pmo.toml is not a YAML file: left out of the totals.
    std::fs::write(out.join("pmo.toml"), format!("{name}{SETTINGS}"))?;

    programs.par_iter().try_for_each(|prog| {
        let mut s = String::with_capacity(4096);
        header(&mut s, "Program", cfg);
        render_program(&mut s, cfg, prog, &plans);
        w.write(
            &out.join("programs")
                .join(format!("{}.yaml", program_id(prog.index))),
            &s,
            1,
        )
    })?;
    plans.par_iter().try_for_each(|p| {
        let mut s = String::with_capacity(16 * 1024);
        render_project(&mut s, cfg, &programs, p);
        let path = out
            .join("projects")
            .join(format!("{:04}", p.index / 100))
            .join(format!("{}.yaml", project_id(p.index)));
        w.write(&path, &s, 1)
    })?;
    write_chunks(
        &w,
        &out.join("people"),
        "people",
        people.n,
        100,
        cfg,
        "People",
        &|s, i| render_person(s, cfg, &people, i),
    )?;
    if !plans.is_empty() {
        write_chunks(
            &w,
            &out.join("risks"),
            "risks",
            cfg.risks,
            500,
            cfg,
            "Risks",
            &|s, r| render_risk(s, cfg, &plans, r),
        )?;
        let mut eligible: Vec<usize> = plans
            .iter()
            .filter(|p| p.start <= cfg.as_of)
            .map(|p| p.index)
            .collect();
        if eligible.is_empty() {
            eligible = (0..plans.len()).collect();
        }
        write_chunks(
            &w,
            &out.join("assessments"),
            "assessments",
            cfg.assessment_count(),
            200,
            cfg,
            "Project assessments",
            &|s, a| render_assessment(s, cfg, &people, &plans, &eligible, a),
        )?;
    }
    if !people.managers.is_empty() {
        write_chunks(
            &w,
            &out.join("reviews"),
            "reviews",
            cfg.reviews,
            100,
            cfg,
            "360-degree reviews",
            &|s, r| render_review(s, cfg, &people, r),
        )?;
    }
    Ok(Totals {
        files: w.files.load(Ordering::Relaxed),
        documents: w.documents.load(Ordering::Relaxed),
        bytes: w.bytes.load(Ordering::Relaxed),
    })
}
