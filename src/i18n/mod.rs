//! The label catalog: every word a report shows that is not data, in
//! English and Chinese.
//!
//! Each label is a variant of [`Label`] declared once in `labels/` with
//! both its texts, so a label without a translation does not compile, and
//! the tests below fail on an empty one or on a Chinese text that was left
//! in English. Labels with `{0}`, `{1}`... are templates filled by [`tf`];
//! both languages must use the same placeholders.
//!
//! The domain's terms follow the seeds (`../shared/seeds/`): the program
//! types (单客户项目群 ...), the lifecycle stages as the ITSS IT-service program management text words them
//! (识别项目群, 定义项目群, 项目群综合管理 ...), the seven assessment
//! dimensions, 360度考核 with its ten competencies and rater groups, the
//! risk response strategies (规避, 转移, 减轻, 接受, 上报; 开拓, 分享, 提高)
//! and the earned-value terms. RAG statuses are 绿 / 黄 / 红 (the colour
//! words, short enough for a table column; docs/reports.md says what they
//! mean). Ids, names and other repository data are never translated, nor
//! are units (%, h, d) and the abbreviations SPI, CPI, EV, PV, AC, BAC,
//! EAC, VAC, EMV, KPI, SLA and PMO.

mod labels;

use std::fmt::{Display, Write as _};

pub use crate::model::Lang;
pub use labels::Label;

use crate::model::{
    Category, Competency, Dimension, ProgramType, ProjectStatus, RiskStatus, Stage, Strategy,
};

/// The text of `label` in `lang`.
pub fn t(lang: Lang, label: Label) -> &'static str {
    match lang {
        Lang::En => label.en(),
        Lang::Zh => label.zh(),
    }
}

/// A template label filled in: `{0}` is `args[0]`, `{1}` is `args[1]`, ...
pub fn tf(lang: Lang, label: Label, args: &[&dyn Display]) -> String {
    fill(t(lang, label), args)
}

fn fill(template: &str, args: &[&dyn Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let index = after
            .find('}')
            .and_then(|close| after[..close].parse::<usize>().ok().map(|i| (i, close)));
        match index {
            Some((i, close)) => {
                if let Some(a) = args.get(i) {
                    // Written in place: no String per argument.
                    let _ = write!(out, "{a}");
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholders a template uses, sorted and deduplicated.
pub fn placeholders(template: &str) -> Vec<usize> {
    let mut found = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        if let Some(close) = after.find('}')
            && let Ok(i) = after[..close].parse::<usize>()
        {
            found.push(i);
        }
        rest = after;
    }
    found.sort_unstable();
    found.dedup();
    found
}

/// A RAG status word by its key (green, amber, red); other keys as given.
pub fn rag(lang: Lang, key: &str) -> String {
    let label = match key {
        "green" => Label::Green,
        "amber" => Label::Amber,
        "red" => Label::Red,
        "unknown" => Label::Unknown,
        other => return other.to_string(),
    };
    t(lang, label).to_string()
}

/// A project status by its key; unknown keys as given.
pub fn project_status(lang: Lang, key: &str) -> String {
    let Ok(status) = key.parse::<ProjectStatus>() else {
        return key.to_string();
    };
    t(
        lang,
        match status {
            ProjectStatus::Proposed => Label::StatusProposed,
            ProjectStatus::Planned => Label::StatusPlanned,
            ProjectStatus::Active => Label::StatusActive,
            ProjectStatus::OnHold => Label::StatusOnHold,
            ProjectStatus::Closed => Label::StatusClosed,
            ProjectStatus::Cancelled => Label::StatusCancelled,
        },
    )
    .to_string()
}

pub fn program_type(lang: Lang, x: ProgramType) -> &'static str {
    t(
        lang,
        match x {
            ProgramType::SingleCustomer => Label::SingleCustomer,
            ProgramType::SingleBusiness => Label::SingleBusiness,
            ProgramType::MultiCustomer => Label::MultiCustomer,
            ProgramType::MultiBusiness => Label::MultiBusiness,
            ProgramType::Composite => Label::Composite,
        },
    )
}

pub fn stage(lang: Lang, x: Stage) -> &'static str {
    t(
        lang,
        match x {
            Stage::Identify => Label::StageIdentify,
            Stage::Define => Label::StageDefine,
            Stage::IntegratedManagement => Label::StageIntegrated,
            Stage::PortfolioManagement => Label::StagePortfolio,
            Stage::BenefitsManagement => Label::StageBenefits,
            Stage::Closure => Label::StageClosure,
        },
    )
}

pub fn dimension(lang: Lang, x: Dimension) -> &'static str {
    t(
        lang,
        match x {
            Dimension::ServiceDeliveryOutcomes => Label::DimServiceDelivery,
            Dimension::ProcessManagement => Label::DimProcess,
            Dimension::Effectiveness => Label::DimEffectiveness,
            Dimension::Security => Label::DimSecurity,
            Dimension::KnowledgeManagement => Label::DimKnowledge,
            Dimension::PeopleManagement => Label::DimPeople,
            Dimension::ContinuousImprovement => Label::DimImprovement,
        },
    )
}

pub fn competency(lang: Lang, x: Competency) -> &'static str {
    t(
        lang,
        match x {
            Competency::SelfDiscipline => Label::CompSelfDiscipline,
            Competency::Teamwork => Label::CompTeamwork,
            Competency::Responsibility => Label::CompResponsibility,
            Competency::CustomerServiceAwareness => Label::CompCustomerService,
            Competency::Leadership => Label::CompLeadership,
            Competency::AnalysisAndDecisionMaking => Label::CompAnalysis,
            Competency::OrganizationAndPlanning => Label::CompOrganization,
            Competency::DelegationAndControl => Label::CompDelegation,
            Competency::Communication => Label::CompCommunication,
            Competency::Innovation => Label::CompInnovation,
        },
    )
}

pub fn category(lang: Lang, x: Category) -> &'static str {
    t(
        lang,
        match x {
            Category::Technical => Label::CatTechnical,
            Category::Resource => Label::CatResource,
            Category::Schedule => Label::CatSchedule,
            Category::External => Label::CatExternal,
            Category::Security => Label::CatSecurity,
            Category::Compliance => Label::CatCompliance,
            Category::Customer => Label::CatCustomer,
            Category::Financial => Label::CatFinancial,
            Category::Quality => Label::CatQuality,
            Category::CrossCultural => Label::CatCrossCultural,
        },
    )
}

pub fn strategy(lang: Lang, x: Strategy) -> &'static str {
    t(
        lang,
        match x {
            Strategy::Avoid => Label::StrAvoid,
            Strategy::Transfer => Label::StrTransfer,
            Strategy::Mitigate => Label::StrMitigate,
            Strategy::Accept => Label::StrAccept,
            Strategy::Escalate => Label::StrEscalate,
            Strategy::Exploit => Label::StrExploit,
            Strategy::Share => Label::StrShare,
            Strategy::Enhance => Label::StrEnhance,
        },
    )
}

pub fn risk_status(lang: Lang, x: RiskStatus) -> &'static str {
    t(
        lang,
        match x {
            RiskStatus::Open => Label::RiskOpen,
            RiskStatus::Monitoring => Label::RiskMonitoring,
            RiskStatus::Occurred => Label::RiskOccurred,
            RiskStatus::Closed => Label::RiskClosed,
        },
    )
}

/// A key of one of the risk enums (category, status, strategy) shown in
/// the language; keys of none of them (owner ids, `(none)`) as given.
pub fn risk_key(lang: Lang, key: &str) -> String {
    if lang == Lang::En {
        return key.to_string();
    }
    if key == "(none)" {
        return t(lang, Label::NoneKey).to_string();
    }
    if let Ok(c) = key.parse::<Category>() {
        return category(lang, c).to_string();
    }
    if let Ok(s) = key.parse::<RiskStatus>() {
        return risk_status(lang, s).to_string();
    }
    if let Ok(s) = key.parse::<Strategy>() {
        return strategy(lang, s).to_string();
    }
    key.to_string()
}

/// A report's name (`meta.report`: overview, plan, risk ...) in `lang`;
/// an unknown one as it is.
pub fn report_name(lang: Lang, key: &str) -> String {
    let label = match key {
        "overview" => Label::ReportOverview,
        "plan" => Label::ReportPlan,
        "risk" => Label::ReportRisk,
        "resource" => Label::ReportResource,
        "assessment" => Label::ReportAssessment,
        "trend" => Label::ReportTrend,
        "benefits" => Label::ReportBenefits,
        "diff" => Label::ReportDiff,
        "lessons" => Label::ReportLessons,
        other => return other.to_string(),
    };
    t(lang, label).to_string()
}

/// The words for a report's `--program` and `--project` filters, the
/// start of every "in scope" line.
pub fn scope_words(lang: Lang, program: Option<&str>, project: Option<&str>) -> Vec<String> {
    let mut parts = Vec::new();
    if let Some(p) = program {
        parts.push(tf(lang, Label::ScopeProgram, &[&p]));
    }
    if let Some(p) = project {
        parts.push(tf(lang, Label::ScopeProject, &[&p]));
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Labels whose Chinese text is rightly the same as the English one:
    /// abbreviations used as is in Chinese reports.
    const SAME_IN_BOTH: &[Label] = &[
        Label::SpiCpi,
        Label::Spi,
        Label::Cpi,
        Label::Kpi,
        Label::PageDueLate,
    ];

    #[test]
    fn every_label_has_both_texts() {
        for label in Label::ALL {
            assert!(!label.en().trim().is_empty(), "{label:?} has no English");
            assert!(!label.zh().trim().is_empty(), "{label:?} has no Chinese");
            if !SAME_IN_BOTH.contains(label) {
                assert_ne!(
                    label.en(),
                    label.zh(),
                    "{label:?} is not translated (add it to SAME_IN_BOTH if it should read the same)"
                );
            }
        }
    }

    #[test]
    fn templates_use_the_same_placeholders() {
        for label in Label::ALL {
            assert_eq!(
                placeholders(label.en()),
                placeholders(label.zh()),
                "{label:?} has different placeholders in en and zh"
            );
        }
    }

    #[test]
    fn the_seed_terms_are_exact() {
        let zh = Lang::Zh;
        assert_eq!(
            program_type(zh, ProgramType::SingleCustomer),
            "单客户项目群"
        );
        assert_eq!(program_type(zh, ProgramType::Composite), "复合项目群");
        assert_eq!(
            dimension(zh, Dimension::ServiceDeliveryOutcomes),
            "服务交付成果"
        );
        assert_eq!(dimension(zh, Dimension::ProcessManagement), "流程化管理");
        assert_eq!(competency(zh, Competency::Teamwork), "团队/协作精神");
        assert_eq!(
            competency(zh, Competency::DelegationAndControl),
            "授权/控制能力"
        );
        assert_eq!(strategy(zh, Strategy::Exploit), "开拓");
        assert_eq!(t(zh, Label::Review360), "360度考核");
    }

    #[test]
    fn templates_fill_in_order() {
        // "{0} of {1}" with 3 and 7; an unknown or unclosed brace stays.
        assert_eq!(fill("{0} of {1}", &[&3, &7]), "3 of 7");
        assert_eq!(fill("{1}{0}", &[&"a", &"b"]), "ba");
        assert_eq!(fill("a {x} {", &[]), "a {x} {");
        assert_eq!(placeholders("{1} {0} {1}"), vec![0, 1]);
    }

    #[test]
    fn english_keys_stay_english() {
        assert_eq!(risk_key(Lang::En, "technical"), "technical");
        assert_eq!(risk_key(Lang::Zh, "technical"), "技术");
        assert_eq!(risk_key(Lang::Zh, "wang-li"), "wang-li");
        assert_eq!(rag(Lang::Zh, "amber"), "黄");
        assert_eq!(project_status(Lang::Zh, "on-hold"), "暂停");
    }
}
