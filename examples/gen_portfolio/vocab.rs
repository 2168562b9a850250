//! Names, roles, skills, risks and the other words the documents are made
//! of, and the ids of generated things (indices 0-based, ids 1-based).

pub(crate) const GIVEN: &[&str] = &[
    "Wei", "Fang", "Min", "Jing", "Lei", "Yan", "Jun", "Hui", "Tao", "Li", "Qiang", "Ying", "Hao",
    "Xin", "Lin", "Bo", "Chen", "Yu", "Ning", "Rui", "Anna", "David", "Maria", "James", "Sara",
    "Omar", "Priya", "Kenji", "Elena", "Lucas",
];
pub(crate) const FAMILY: &[&str] = &[
    "Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma",
    "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Smith", "Garcia", "Kumar", "Tanaka", "Novak",
    "Silva",
];
pub(crate) const TECH_ROLES: &[&str] = &[
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
pub(crate) const SKILLS: &[&str] = &[
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
pub(crate) const DEPARTMENTS: &[&str] = &[
    "Desktop Services",
    "Network Services",
    "Application Services",
    "Service Desk",
    "Infrastructure",
    "Security",
    "Delivery Management",
];
pub(crate) const CITIES: &[&str] = &[
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
pub(crate) const SECTORS: &[&str] = &[
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
pub(crate) const BUSINESSES: &[(&str, &str)] = &[
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
pub(crate) const VERBS: &[&str] = &[
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
pub(crate) const OBJECTS: &[&str] = &[
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
pub(crate) const MILESTONES: &[&str] = &[
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
pub(crate) const KPIS: &[(&str, &str, f64, bool, bool, f64)] = &[
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
pub(crate) const STRATEGY_THREAT: &[&str] = &[
    "avoid", "transfer", "mitigate", "mitigate", "accept", "escalate",
];
pub(crate) const STRATEGY_OPP: &[&str] = &["exploit", "share", "enhance", "accept"];
/// Risk templates per category: key, title, cause, event, effect.
pub(crate) const RISKS: &[(&str, &str, &str, &str, &str)] = &[
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
pub(crate) const OPPORTUNITIES: &[(&str, &str, &str, &str, &str)] = &[
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
pub(crate) const LESSONS: &[&str] = &[
    "Book shared specialists a quarter ahead",
    "Agree the change freeze calendar at kick-off",
    "Pilot with one site before rolling out",
    "Keep the runbooks in the knowledge base from day one",
    "Review SLA definitions with the customer before transition",
];
pub(crate) const GROUP_BIAS: [f64; 5] = [0.45, 0.0, 0.1, 0.2, -0.1];
pub(crate) const COMPETENCIES: &[&str] = &[
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
pub(crate) const DIMENSIONS: &[&str] = &[
    "service-delivery-outcomes",
    "process-management",
    "effectiveness",
    "security",
    "knowledge-management",
    "people-management",
    "continuous-improvement",
];
pub(crate) const EVIDENCE: &[&str] = &[
    "SLA report for the period",
    "ITIL process audit",
    "Ticket statistics",
    "Security review minutes",
    "Knowledge base growth",
    "Staffing plan and training records",
    "Improvement register",
];

// Indices are 0-based, ids 1-based.
pub(crate) fn person_id(i: usize) -> String {
    format!("P-{:05}", i + 1)
}
pub(crate) fn project_id(i: usize) -> String {
    format!("PRJ-{:05}", i + 1)
}
pub(crate) fn program_id(i: usize) -> String {
    format!("PRG-{i:04}")
}
pub(crate) fn customer_id(i: usize) -> String {
    format!("CUS-{i:04}")
}
pub(crate) fn customer_name(i: usize) -> String {
    let city = CITIES[i % CITIES.len()];
    let sector = SECTORS[(i / CITIES.len()) % SECTORS.len()];
    let round = i / (CITIES.len() * SECTORS.len());
    if round == 0 {
        format!("{city} {sector}")
    } else {
        format!("{city} {sector} no {}", round + 1)
    }
}
