//! JSON Schemas (draft 2020-12) generated from the types: the documents a
//! repository holds and pmo.toml (what `pmo init` writes to
//! `.pmo/schemas/`), and every JSON output (`validate --format json` and
//! each report's `--format json`). The files in `schemas/` are these,
//! committed; a test fails when they drift.

use clap::ValueEnum;
use schemars::generate::SchemaSettings;
use serde_json::Value;

use crate::model::{
    Assessment, Change, Evaluation, Person, Program, Project, Review, Risk, Settings,
};
use crate::render::findings::json::JsonOutput;
use crate::report::{assessment, benefits, diff, lessons, overview, plan, resource, risk, trend};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SchemaName {
    Program,
    Project,
    Person,
    Risk,
    Review,
    Assessment,
    /// A change request.
    Change,
    /// A team member's performance evaluation.
    Evaluation,
    /// pmo.toml
    Settings,
    /// The output of `pmo validate --format json`.
    Findings,
    /// The output of `pmo report --format json`.
    ReportOverview,
    /// The output of `pmo report plan --format json`.
    ReportPlan,
    /// The output of `pmo report risk --format json`.
    ReportRisk,
    /// The output of `pmo report resource --format json`.
    ReportResource,
    /// The output of `pmo report assessment --format json`.
    ReportAssessment,
    /// The output of `pmo report lessons --format json`.
    ReportLessons,
    /// The output of `pmo report trend --format json`.
    ReportTrend,
    /// The output of `pmo report benefits --format json`.
    ReportBenefits,
    /// The output of `pmo diff --format json`.
    Diff,
}

impl SchemaName {
    /// The schemas of what a repository holds: `pmo init` and `pmo schema
    /// --write` put these in `.pmo/schemas/` for editors.
    pub const DOCUMENTS: [SchemaName; 9] = [
        SchemaName::Program,
        SchemaName::Project,
        SchemaName::Person,
        SchemaName::Risk,
        SchemaName::Review,
        SchemaName::Assessment,
        SchemaName::Change,
        SchemaName::Evaluation,
        SchemaName::Settings,
    ];

    /// The schemas of pmo's JSON outputs, for scripts.
    pub const OUTPUTS: [SchemaName; 10] = [
        SchemaName::Findings,
        SchemaName::ReportOverview,
        SchemaName::ReportPlan,
        SchemaName::ReportRisk,
        SchemaName::ReportResource,
        SchemaName::ReportAssessment,
        SchemaName::ReportLessons,
        SchemaName::ReportTrend,
        SchemaName::ReportBenefits,
        SchemaName::Diff,
    ];

    pub const ALL: [SchemaName; 19] = [
        SchemaName::Program,
        SchemaName::Project,
        SchemaName::Person,
        SchemaName::Risk,
        SchemaName::Review,
        SchemaName::Assessment,
        SchemaName::Change,
        SchemaName::Evaluation,
        SchemaName::Settings,
        SchemaName::Findings,
        SchemaName::ReportOverview,
        SchemaName::ReportPlan,
        SchemaName::ReportRisk,
        SchemaName::ReportResource,
        SchemaName::ReportAssessment,
        SchemaName::ReportLessons,
        SchemaName::ReportTrend,
        SchemaName::ReportBenefits,
        SchemaName::Diff,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            SchemaName::Program => "program",
            SchemaName::Project => "project",
            SchemaName::Person => "person",
            SchemaName::Risk => "risk",
            SchemaName::Review => "review",
            SchemaName::Assessment => "assessment",
            SchemaName::Change => "change",
            SchemaName::Evaluation => "evaluation",
            SchemaName::Settings => "settings",
            SchemaName::Findings => "findings",
            SchemaName::ReportOverview => "report-overview",
            SchemaName::ReportPlan => "report-plan",
            SchemaName::ReportRisk => "report-risk",
            SchemaName::ReportResource => "report-resource",
            SchemaName::ReportAssessment => "report-assessment",
            SchemaName::ReportLessons => "report-lessons",
            SchemaName::ReportTrend => "report-trend",
            SchemaName::ReportBenefits => "report-benefits",
            SchemaName::Diff => "diff",
        }
    }

    /// The file name under `schemas/`.
    pub fn file_name(self) -> String {
        format!("{}.schema.json", self.slug())
    }

    fn is_output(self) -> bool {
        SchemaName::OUTPUTS.contains(&self)
    }

    /// The command whose output an output schema describes.
    fn command(self) -> Option<&'static str> {
        Some(match self {
            SchemaName::Findings => "pmo validate --format json",
            SchemaName::ReportOverview => "pmo report --format json",
            SchemaName::ReportPlan => "pmo report plan --format json",
            SchemaName::ReportRisk => "pmo report risk --format json",
            SchemaName::ReportResource => "pmo report resource --format json",
            SchemaName::ReportAssessment => "pmo report assessment --format json",
            SchemaName::ReportLessons => "pmo report lessons --format json",
            SchemaName::ReportTrend => "pmo report trend --format json",
            SchemaName::ReportBenefits => "pmo report benefits --format json",
            SchemaName::Diff => "pmo diff --format json",
            _ => return None,
        })
    }
}

/// The schema for one name, as JSON.
pub fn generate(name: SchemaName) -> Value {
    let mut settings = SchemaSettings::draft2020_12();
    if name.is_output() {
        // What pmo writes, not what it reads: a field skipped when empty
        // is optional.
        settings = settings.for_serialize();
    }
    let generator = settings.into_generator();
    let schema = match name {
        SchemaName::Program => generator.into_root_schema_for::<Program>(),
        SchemaName::Project => generator.into_root_schema_for::<Project>(),
        SchemaName::Person => generator.into_root_schema_for::<Person>(),
        SchemaName::Risk => generator.into_root_schema_for::<Risk>(),
        SchemaName::Review => generator.into_root_schema_for::<Review>(),
        SchemaName::Assessment => generator.into_root_schema_for::<Assessment>(),
        SchemaName::Change => generator.into_root_schema_for::<Change>(),
        SchemaName::Evaluation => generator.into_root_schema_for::<Evaluation>(),
        SchemaName::Settings => generator.into_root_schema_for::<Settings>(),
        SchemaName::Findings => generator.into_root_schema_for::<JsonOutput>(),
        SchemaName::ReportOverview => generator.into_root_schema_for::<overview::OverviewReport>(),
        SchemaName::ReportPlan => generator.into_root_schema_for::<plan::PlanReport>(),
        SchemaName::ReportRisk => generator.into_root_schema_for::<risk::RiskReport>(),
        SchemaName::ReportResource => {
            generator.into_root_schema_for::<resource::ResourceReport<'static>>()
        }
        SchemaName::ReportAssessment => {
            generator.into_root_schema_for::<assessment::AssessmentReport>()
        }
        SchemaName::ReportLessons => generator.into_root_schema_for::<lessons::LessonsReport>(),
        SchemaName::ReportTrend => generator.into_root_schema_for::<trend::TrendReport>(),
        SchemaName::ReportBenefits => generator.into_root_schema_for::<benefits::BenefitsReport>(),
        SchemaName::Diff => generator.into_root_schema_for::<diff::DiffReport>(),
    };
    let mut value = schema.to_value();
    if name.is_output() {
        // Outputs are closed: a field pmo writes that the schema does not
        // name fails validation, so the schemas cannot lag behind.
        close_objects(&mut value);
    } else {
        pattern_ids(&mut value);
    }
    if let Value::Object(map) = &mut value {
        map.insert(
            "$id".into(),
            Value::String(format!("https://pmo.invalid/schemas/{}", name.file_name())),
        );
        if let Some(command) = name.command() {
            map.insert("title".into(), Value::String(command.into()));
            map.insert(
                "description".into(),
                Value::String(format!(
                    "The output of `{command}`. `version` changes only when this shape breaks; new optional fields may be added without a version change."
                )),
            );
        }
    }
    value
}

/// Gives every `id` property the pattern of
/// [`crate::model::domain::ID_PATTERN`]: ids are a type alias of located
/// text, so the pattern is added here, once, rather than on each field.
fn pattern_ids(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if let Some(Value::Object(id)) = map.get_mut("properties").and_then(|p| p.get_mut("id"))
                && id.get("type") == Some(&Value::String("string".into()))
            {
                id.insert(
                    "pattern".into(),
                    Value::String(crate::model::domain::ID_PATTERN.into()),
                );
            }
            map.values_mut().for_each(pattern_ids);
        }
        Value::Array(items) => items.iter_mut().for_each(pattern_ids),
        _ => {}
    }
}

/// Adds `additionalProperties: false` to every object schema that lists
/// its properties and says nothing about others.
fn close_objects(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if map.contains_key("properties") && !map.contains_key("additionalProperties") {
                map.insert("additionalProperties".into(), Value::Bool(false));
            }
            for v in map.values_mut() {
                close_objects(v);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(close_objects),
        _ => {}
    }
}

/// A schema as its file holds it: pretty JSON and a final newline.
pub fn pretty(name: SchemaName) -> String {
    let mut text = serde_json::to_string_pretty(&generate(name)).unwrap_or_default();
    text.push('\n');
    text
}

/// Every schema, keyed by name.
pub fn all() -> Value {
    Value::Object(
        SchemaName::ALL
            .iter()
            .map(|&n| (n.slug().to_string(), generate(n)))
            .collect(),
    )
}

/// `text` with `modeline` (one line, with its newline) right after every
/// `---` that starts a document, unless it is there already.
pub fn modeline_every_document(text: &str, modeline: &str) -> String {
    let mut out = String::with_capacity(text.len() + modeline.len() * 4);
    let mut lines = text.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        out.push_str(line);
        let starts_document = line.trim_end() == "---" || line.starts_with("--- ");
        if starts_document && lines.peek() != Some(&modeline) {
            if !line.ends_with('\n') {
                out.push('\n');
            }
            out.push_str(modeline);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_document_gets_the_modeline_once() {
        let m = "# yaml-language-server: $schema=x.json\n";
        let text = "# head\n---\nkind: A\n---\nkind: B\n--- # c\nkind: C\n";
        let once = modeline_every_document(text, m);
        assert_eq!(once.matches(m).count(), 3);
        assert_eq!(modeline_every_document(&once, m), once);
        assert!(once.starts_with("# head\n---\n# yaml-language-server"));
        assert_eq!(modeline_every_document("kind: A\n", m), "kind: A\n");
    }
}
