//! Program (项目群): a temporary organization that directs a group of related
//! projects towards outcomes tied to the organization's strategy (ITSS IT-service program management).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{At, Better, Date, Id, Ref};

/// The five program types of the IT-service program taxonomy (ITSS IT-service program management).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Deserialize,
    Serialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum ProgramType {
    /// 单客户项目群: one customer; each project one IT-service business for it.
    SingleCustomer,
    /// 单业务项目群: one IT service; each project one customer of it.
    SingleBusiness,
    /// 多客户项目群: several customers, each under its own project manager,
    /// with business sub-projects (program -> customer -> business).
    MultiCustomer,
    /// 多业务项目群: several businesses, each under its own project manager,
    /// serving several customers (program -> business -> customer).
    MultiBusiness,
    /// 复合项目群: key customers run by customer, SME customers by business.
    Composite,
}

impl ProgramType {
    /// Multi-type programs are too big for one manager: a PMO or an
    /// IT-service director must coordinate on top (ITSS IT-service program management).
    pub fn needs_coordinator(self) -> bool {
        !matches!(
            self,
            ProgramType::SingleCustomer | ProgramType::SingleBusiness
        )
    }
}

/// Program lifecycle stages (ITSS IT-service program management).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Deserialize,
    Serialize,
    JsonSchema,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Stage {
    /// Identify: the program is proposed and tied to a strategy.
    Identify,
    /// Define: goals, benefits, structure and leadership are set.
    Define,
    /// Integrated management: the projects run under common coordination.
    IntegratedManagement,
    /// Project portfolio management: projects are chosen, balanced and
    /// re-prioritised within the program.
    PortfolioManagement,
    /// Benefits management: the benefits are measured and realised.
    BenefitsManagement,
    /// Closure: the program is wound up and its lessons kept.
    Closure,
}

/// PMO operating models (PMO duties and role).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PmoModel {
    /// Matrix: grouped by customer; staff report to their department and
    /// the project.
    Matrix,
    /// Functional: grouped by IT-service business line.
    Functional,
    /// Hybrid: some of each.
    Hybrid,
}

/// Who leads the program.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Leadership {
    /// The program manager (person id); leads a single-type program.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub program_manager: Option<Ref>,
    /// Head of the PMO coordinating a multi-type program (person id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pmo: Option<Ref>,
    /// IT-service director coordinating a multi-type program (person id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub director: Option<Ref>,
    /// How the PMO operates: matrix, functional or hybrid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pmo_model: Option<At<PmoModel>>,
}

/// Size class of a customer in a composite program.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum CustomerTier {
    /// A key (large) account, managed by customer goals.
    Key,
    /// A small or medium customer, managed by business goals.
    Sme,
}

/// A customer the program serves.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Customer {
    /// The customer's id within the program; projects name it.
    pub id: Id,
    /// The customer's name as shown in reports.
    pub name: At<String>,
    /// key or sme; required in a composite program.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<At<CustomerTier>>,
}

/// An IT-service business line, e.g. desktop, network or application operations.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Business {
    /// The business line's id within the program; projects name it.
    pub id: Id,
    /// The business line's name as shown in reports.
    pub name: At<String>,
}

/// A strategic goal the program (or a project) serves.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    /// Short id that projects' `serves` and benefits' `goals` cite, e.g. `G1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Ref>,
    /// What the goal is, in a sentence.
    pub description: At<String>,
    /// How the goal is measured (SMART: measurable).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<At<String>>,
    /// The value that means the goal is met (SMART: specific).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<At<String>>,
    /// When the goal is due (SMART: time-bound); `by` is accepted as the
    /// older name.
    #[serde(default, alias = "by", skip_serializing_if = "Option::is_none")]
    pub due: Option<At<Date>>,
    /// The person who answers for the goal (a person id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Ref>,
}

/// An expected benefit of the program (收益): a goal with the values
/// measured towards it over time.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Benefit {
    /// Short id, e.g. `B1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Ref>,
    /// What the benefit is, in a sentence.
    pub description: At<String>,
    /// How the benefit is measured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<At<String>>,
    /// The value that means the benefit is realised.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<At<String>>,
    /// When the benefit is due; `by` is accepted as the older name.
    #[serde(default, alias = "by", skip_serializing_if = "Option::is_none")]
    pub due: Option<At<Date>>,
    /// The person who answers for realising the benefit (a person id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Ref>,
    /// The ids of the program goals this benefit realises.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<Ref>,
    /// Whether higher or lower measured values are better (default higher).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub better: Option<At<Better>>,
    /// The values measured so far, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measurements: Vec<Measurement>,
}

/// One measured value of a benefit.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Measurement {
    /// The day the value was measured.
    pub date: At<Date>,
    /// The measured value, in the benefit's measure.
    pub value: At<f64>,
    /// Where the value comes from, or what explains it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<At<String>>,
}

/// A program: kind `Program`.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Program")]
pub struct Program {
    /// Always `Program`.
    #[schemars(extend("const" = "Program"))]
    pub kind: String,
    /// Format version of this document (defaults to `format` in pmo.toml).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<At<u32>>,
    /// The program's id, unique among programs; projects name it.
    pub id: Id,
    /// The program's name as shown in reports.
    pub name: At<String>,
    /// One of the five program types.
    #[serde(rename = "type")]
    pub program_type: At<ProgramType>,
    /// Lifecycle stage.
    pub stage: At<Stage>,
    /// Who leads and coordinates the program.
    #[serde(default)]
    pub leadership: Leadership,
    /// The customers the program serves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub customers: Vec<Customer>,
    /// The IT-service business lines the program runs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub businesses: Vec<Business>,
    /// Strategic goals.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<Goal>,
    /// Expected benefits.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub benefits: Vec<Benefit>,
    /// What the program is for, in a few sentences.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<At<String>>,
    /// Findings accepted on this document, each with its reason
    /// (`validate --show-allowed` lists them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allow: Vec<super::Allowance>,
}

impl Program {
    /// The customer with this id.
    pub fn customer(&self, id: &str) -> Option<&Customer> {
        self.customers.iter().find(|c| c.id.value == id)
    }
    /// The business line with this id.
    pub fn business(&self, id: &str) -> Option<&Business> {
        self.businesses.iter().find(|b| b.id.value == id)
    }
}
