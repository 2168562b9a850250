//! How a project was closed (项目收尾): acceptance by the customer, the
//! handover of what it delivered, and the lessons learned for the next
//! project (key-account IT project management; BPO project management).

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, value::MapAccessDeserializer};
use serde::{Deserialize, Deserializer, Serialize};

use super::{At, Date};

/// Acceptance, handover and lessons of a project.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Closure {
    /// The day the customer accepted the deliverables (验收).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accepted_on: Option<At<Date>>,
    /// Who accepted them: a person id or a name on the customer's side.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accepted_by: Option<At<String>>,
    /// What was handed over, and to whom (移交).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handover: Option<At<String>>,
    /// The day the handover was completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handed_over_on: Option<At<Date>>,
    /// Lessons learned (经验教训): a sentence each, or `{text, tags}`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lessons: Vec<At<Lesson>>,
}

/// One lesson learned, with the tags a reader searches it by.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Lesson {
    /// What was learned, in a sentence.
    pub text: String,
    /// Words to find the lesson by (`pmo report lessons --tag`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
}

/// The written form of a lesson with tags.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Tagged {
    text: String,
    #[serde(default)]
    tags: Vec<String>,
}

impl<'de> Deserialize<'de> for Lesson {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'v> de::Visitor<'v> for V {
            type Value = Lesson;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a lesson: a sentence, or {text, tags}")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Lesson, E> {
                Ok(Lesson {
                    text: s.to_string(),
                    tags: Vec::new(),
                })
            }
            fn visit_map<A: de::MapAccess<'v>>(self, map: A) -> Result<Lesson, A::Error> {
                let t = Tagged::deserialize(MapAccessDeserializer::new(map))?;
                Ok(Lesson {
                    text: t.text,
                    tags: t.tags,
                })
            }
        }
        deserializer.deserialize_any(V)
    }
}

impl JsonSchema for Lesson {
    fn schema_name() -> Cow<'static, str> {
        "Lesson".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A lesson learned: a sentence, or the sentence with tags to find it by.",
            "anyOf": [
                {"type": "string"},
                {
                    "type": "object",
                    "properties": {
                        "text": {"type": "string", "description": "The lesson, in a sentence or two."},
                        "tags": {"type": "array", "items": {"type": "string"}, "description": "Words to find the lesson by, e.g. `handover`, `vendor`."}
                    },
                    "required": ["text"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

#[cfg(test)]
// In a test an out-of-bounds index is a failed test, which is the point.
#[allow(clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct Doc {
        lessons: Vec<Lesson>,
    }

    #[test]
    fn a_lesson_is_a_sentence_or_text_with_tags() {
        let doc: Doc = serde_saphyr::from_str(
            "lessons:\n- Plain words\n- {text: Tagged words, tags: [handover, vendor]}\n",
        )
        .expect("parse");
        assert_eq!(doc.lessons[0].text, "Plain words");
        assert!(doc.lessons[0].tags.is_empty());
        assert_eq!(doc.lessons[1].tags, ["handover", "vendor"]);
    }

    #[test]
    fn a_lesson_rejects_unknown_fields() {
        let r: Result<Doc, _> = serde_saphyr::from_str("lessons:\n- {text: x, tag: [a]}\n");
        assert!(r.is_err());
    }
}
