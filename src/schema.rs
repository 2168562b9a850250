//! JSON Schemas (draft 2020-12) generated from the model types. The files in
//! `schemas/` are these, committed; a test fails when they drift.

use clap::ValueEnum;
use schemars::generate::SchemaSettings;
use serde_json::Value;

use crate::model::{Assessment, Person, Program, Project, Review, Risk, Settings};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SchemaName {
    Program,
    Project,
    Person,
    Risk,
    Review,
    Assessment,
    /// pmo.toml
    Settings,
}

impl SchemaName {
    pub const ALL: [SchemaName; 7] = [
        SchemaName::Program,
        SchemaName::Project,
        SchemaName::Person,
        SchemaName::Risk,
        SchemaName::Review,
        SchemaName::Assessment,
        SchemaName::Settings,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            SchemaName::Program => "program",
            SchemaName::Project => "project",
            SchemaName::Person => "person",
            SchemaName::Risk => "risk",
            SchemaName::Review => "review",
            SchemaName::Assessment => "assessment",
            SchemaName::Settings => "settings",
        }
    }

    /// The file name under `schemas/`.
    pub fn file_name(self) -> String {
        format!("{}.schema.json", self.slug())
    }
}

/// The schema for one kind, as JSON.
pub fn generate(name: SchemaName) -> Value {
    let generator = SchemaSettings::draft2020_12().into_generator();
    let schema = match name {
        SchemaName::Program => generator.into_root_schema_for::<Program>(),
        SchemaName::Project => generator.into_root_schema_for::<Project>(),
        SchemaName::Person => generator.into_root_schema_for::<Person>(),
        SchemaName::Risk => generator.into_root_schema_for::<Risk>(),
        SchemaName::Review => generator.into_root_schema_for::<Review>(),
        SchemaName::Assessment => generator.into_root_schema_for::<Assessment>(),
        SchemaName::Settings => generator.into_root_schema_for::<Settings>(),
    };
    let mut value = schema.to_value();
    pattern_ids(&mut value);
    if let Value::Object(map) = &mut value {
        map.insert(
            "$id".into(),
            Value::String(format!("https://pmo.invalid/schemas/{}", name.file_name())),
        );
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

/// Every schema, keyed by name.
pub fn all() -> Value {
    Value::Object(
        SchemaName::ALL
            .iter()
            .map(|&n| (n.slug().to_string(), generate(n)))
            .collect(),
    )
}
