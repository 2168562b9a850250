//! The YAML layer: the only module that knows the parser is `serde-saphyr`.
//! It parses one document into a typed value and turns parser errors into
//! located findings. (Why serde-saphyr and not serde_yaml: see the README's
//! design notes.)

use serde::de::DeserializeOwned;

use super::rules::{L001, L002, L003, L004, L005, L007, L008, L014};
use crate::diag::{Finding, did_you_mean};
use crate::model::{FileId, LoadSettings, Loc, locate, with_origin};

/// Nesting deeper than this is refused: real documents nest under 10 levels,
/// and the limit keeps a hostile file from exhausting the stack.
const MAX_DEPTH: usize = 128;

fn options(limits: &LoadSettings) -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = MAX_DEPTH;
    let nodes = usize::try_from(limits.max_nodes).unwrap_or(usize::MAX);
    budget.max_nodes = nodes;
    // A node is one to two parser events; keep events from binding first.
    budget.max_events = nodes.saturating_mul(2).max(budget.max_events);
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
    limits: &LoadSettings,
) -> Result<T, Box<Finding>> {
    with_origin(file, first_line, || {
        serde_saphyr::from_str_with_options::<T>(text, options(limits)).map_err(|e| {
            let mut f = to_finding(&e, limits);
            explain_scalar(&mut f, text, first_line);
            Box::new(f)
        })
    })
}

/// The values the last parse on this thread found outside their domain
/// (see [`crate::model::domain`]), as `L014` findings.
pub(crate) fn domain_findings() -> Vec<Finding> {
    crate::model::domain::take_violations()
        .into_iter()
        .map(|v| {
            Finding::new(&L014, v.loc, v.message)
                .note("read as the nearest allowed value")
                .help(v.help)
        })
        .collect()
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
fn to_finding(err: &serde_saphyr::Error, limits: &LoadSettings) -> Finding {
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
                Some(s) => f.help(format!(
                    "did you mean `{s}`? (fields here: {})",
                    list(expected)
                )),
                None => f.help(format!("fields here: {}", list(expected))),
            }
        }
        E::SerdeMissingField { field, .. } => {
            Finding::new(&L004, loc, format!("missing field `{field}`"))
                .note(format!("this mapping needs `{field}`"))
                .help(format!(
                    "add `{field}:`; `pmo schema` lists each kind's required fields"
                ))
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
            Finding::new(
                rule,
                loc,
                format!("expected {expected}, found {unexpected}"),
            )
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
        E::Unexpected { expected, .. } => {
            let wanted = match *expected {
                "string scalar" => "text",
                "sequence start" => "a list",
                "mapping start" => "a mapping (key: value lines)",
                other => other,
            };
            Finding::new(&L002, loc, format!("expected {wanted} here"))
                .note(format!("expected {wanted}"))
        }
        E::SerdeInvalidLength { len, expected, .. } => Finding::new(
            &L002,
            loc,
            format!("expected {expected}, found {len} items"),
        ),
        E::Message { msg, .. } => {
            let rule = if msg.contains("date") || msg.contains("period") || msg.contains("ISO week")
            {
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
        E::Budget { breach, .. } => budget_finding(breach, loc, limits),
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
            if text.contains("recursion limit") || text.contains("budget") {
                return Finding::new(
                    &L008,
                    loc,
                    format!("document exceeds the parser's limits: {text}"),
                )
                .help(
                    "deep nesting or heavy alias use is refused to keep memory bounded; flatten it",
                );
            }
            Finding::new(&L001, loc, format!("invalid YAML: {text}"))
        }
    }
}

/// For a value of the wrong type, says what its field takes, read from the
/// line the finding points at: `allocation: 80%` gets "a number from 0 to
/// 100, without `%`" rather than "expected a number".
fn explain_scalar(f: &mut Finding, text: &str, first_line: u32) {
    if f.rule.code != L002.code || f.help.is_some() {
        return;
    }
    let loc = f.primary.loc;
    let Some(line) = loc
        .line
        .checked_sub(first_line.saturating_add(1))
        .and_then(|i| text.lines().nth(i as usize))
    else {
        return;
    };
    let Some((key, value)) = line.split_once(':') else {
        return;
    };
    let key = key.trim().trim_start_matches("- ").trim();
    let value = value.split(" #").next().unwrap_or("").trim();
    let Some(expected) = crate::model::domain::expected_for(key) else {
        return;
    };
    let percent = value
        .strip_suffix('%')
        .is_some_and(|n| n.trim().parse::<f64>().is_ok());
    f.message = format!("`{key}` expects {expected}, found `{value}`");
    let help = if percent {
        format!("`{key}` takes {expected}, without `%`")
    } else {
        format!("`{key}` takes {expected}")
    };
    f.help = Some(help);
}

/// Which limit a document hit, in words, with the `pmo.toml` key that
/// raises it where there is one.
fn budget_finding(
    breach: &serde_saphyr::budget::BudgetBreach,
    loc: Loc,
    limits: &LoadSettings,
) -> Finding {
    use serde_saphyr::budget::BudgetBreach as B;
    let (what, help) = match breach {
        B::Nodes { .. } | B::Events { .. } => (
            format!("more than {} values, lists and mappings in one document", limits.max_nodes),
            "split the document (a file may hold several, separated by `---`), or raise `[load] max_nodes` in pmo.toml".to_string(),
        ),
        B::Depth { .. } => (
            format!("nesting deeper than {MAX_DEPTH} levels"),
            "real documents nest under 10 levels; flatten it".to_string(),
        ),
        B::Aliases { .. } | B::Anchors { .. } | B::AliasAnchorRatio { .. } | B::MergeKeys { .. } => (
            "more aliases or anchors than the parser allows (an alias bomb?)".to_string(),
            "write the repeated values out, or use fewer aliases".to_string(),
        ),
        B::ScalarBytes { .. } | B::InputBytes { .. } => (
            "more text in one document than the parser allows".to_string(),
            "split the document into several".to_string(),
        ),
        _ => (
            "a document beyond the parser's limits".to_string(),
            "split or simplify the document".to_string(),
        ),
    };
    Finding::new(&L008, loc, format!("document refused: {what}")).help(help)
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
