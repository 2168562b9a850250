//! The YAML layer: the only module that knows the parser is `serde-saphyr`.
//! It parses one document into a typed value and turns parser errors into
//! located findings. (Why serde-saphyr and not serde_yaml: see the README's
//! design notes.)

use serde::de::DeserializeOwned;

use super::rules::{L001, L002, L003, L004, L005, L007, L008};
use crate::diag::{Finding, did_you_mean};
use crate::model::{FileId, Loc, locate, with_origin};

/// Nesting deeper than this is refused: real documents nest under 10 levels,
/// and the limit keeps a hostile file from exhausting the stack.
const MAX_DEPTH: usize = 128;

fn options() -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = MAX_DEPTH;
    serde_saphyr::options! {
        budget: Some(budget),
        with_snippet: false,
    }
}

/// Parses `text`, one YAML document that starts at 0-based line
/// `first_line` of `file`, into `T`.
pub(crate) fn parse<T: DeserializeOwned>(
    file: FileId,
    first_line: u32,
    text: &str,
) -> Result<T, Finding> {
    with_origin(file, first_line, || {
        serde_saphyr::from_str_with_options::<T>(text, options()).map_err(|e| to_finding(&e))
    })
}

fn loc_of(err: &serde_saphyr::Error) -> Loc {
    err.location()
        .map_or(Loc::UNKNOWN, |l| locate(l.line(), l.column()))
}

fn list(expected: &[&str]) -> String {
    expected
        .iter()
        .map(|e| format!("`{e}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

// Must run inside `with_origin`, so that `locate` knows the file and offset.
fn to_finding(err: &serde_saphyr::Error) -> Finding {
    use serde_saphyr::Error as E;
    let err = err.without_snippet();
    let loc = loc_of(err);
    match err {
        E::SerdeUnknownField {
            field, expected, ..
        } => {
            let f = Finding::new(&L003, loc, format!("unknown field `{field}`"))
                .note("not a field here");
            match did_you_mean(field, expected.iter().copied()) {
                Some(s) => f.help(format!("did you mean `{s}`? (fields here: {})", list(expected))),
                None => f.help(format!("fields here: {}", list(expected))),
            }
        }
        E::SerdeMissingField { field, .. } => {
            Finding::new(&L004, loc, format!("missing field `{field}`"))
                .note(format!("this mapping needs `{field}`"))
                .help(format!("add `{field}:`; `pmo schema` lists each kind's required fields"))
        }
        E::SerdeUnknownVariant {
            variant, expected, ..
        } => {
            let f = Finding::new(&L002, loc, format!("unknown value `{variant}`"))
                .note(format!("expected one of {}", list(expected)));
            match did_you_mean(variant, expected.iter().copied()) {
                Some(s) => f.help(format!("did you mean `{s}`?")),
                None => f.help(format!("use one of {}", list(expected))),
            }
        }
        E::SerdeInvalidType {
            unexpected,
            expected,
            ..
        }
        | E::SerdeInvalidValue {
            unexpected,
            expected,
            ..
        } => {
            let rule = if expected.contains("date") || expected.contains("period") {
                &L005
            } else {
                &L002
            };
            Finding::new(rule, loc, format!("expected {expected}, found {unexpected}"))
                .note(format!("expected {expected}"))
        }
        E::InvalidScalar { ty, .. } => {
            let wanted = match *ty {
                "f32" | "f64" => "a number",
                "bool" => "true or false",
                t if t.starts_with('u') || t.starts_with('i') => "a whole number",
                _ => "a value of another type",
            };
            Finding::new(&L002, loc, format!("expected {wanted} here"))
                .note(format!("expected {wanted}"))
        }
        E::SerdeInvalidLength { len, expected, .. } => {
            Finding::new(&L002, loc, format!("expected {expected}, found {len} items"))
        }
        E::Message { msg, .. } => {
            let rule = if msg.contains("date") || msg.contains("period") || msg.contains("ISO week") {
                &L005
            } else {
                &L002
            };
            Finding::new(rule, loc, msg.clone())
        }
        E::DuplicateMappingKey { key, .. } => {
            let key = key.as_deref().unwrap_or("?");
            Finding::new(&L007, loc, format!("duplicate key `{key}`"))
                .note("second occurrence")
                .help("keep one of the two; YAML tools disagree on which one wins")
        }
        E::Budget { breach, .. } => Finding::new(
            &L008,
            loc,
            format!("document exceeds the parser's limits ({breach:?})"),
        )
        .help("deep nesting or heavy alias use is refused to keep memory bounded; expand it by hand"),
        E::AliasReplayLimitExceeded { .. }
        | E::AliasExpansionLimitExceeded { .. }
        | E::AliasReplayStackDepthExceeded { .. }
        | E::AliasReplayCounterOverflow { .. } => Finding::new(
            &L008,
            loc,
            "document expands aliases past the parser's limits (an alias bomb?)",
        )
        .help("write the repeated values out, or use fewer aliases"),
        other => {
            let text = syntax_message(other);
            Finding::new(&L001, loc, format!("invalid YAML: {text}"))
        }
    }
}

/// The parser's own words, without its location suffix (which counts lines
/// from the start of the document, not the file).
fn syntax_message(err: &serde_saphyr::Error) -> String {
    let text = err.to_string();
    let first = text.lines().next().unwrap_or("").trim();
    let cut = first
        .find(" at line ")
        .map_or(first, |i| first[..i].trim_end_matches([',', ' ']));
    if cut.is_empty() {
        "the parser could not read this".to_string()
    } else {
        cut.to_string()
    }
}
