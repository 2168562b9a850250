//! Every error of a document in one run, not only the first: serde stops at
//! the first bad value, so after a failed parse the line at fault (with the
//! lines nested under it) is set aside as a comment and the document parsed
//! again, up to a bound. A later "missing field" for a field set aside is a
//! consequence, not news, and is not reported. The document still counts as
//! failed: nothing set aside is ever loaded.

use serde::de::DeserializeOwned;

use super::yaml;
use crate::diag::Finding;
use crate::model::{FileId, LoadSettings};

/// How many further errors one document may report.
const MAX_MORE: usize = 16;

/// Parses one document; on failure, every error found by setting aside the
/// lines at fault one by one.
pub(crate) fn parse_all<T: DeserializeOwned>(
    file: FileId,
    first_line: u32,
    text: &str,
    limits: &LoadSettings,
) -> Result<T, Vec<Finding>> {
    let first = match yaml::parse::<T>(file, first_line, text, limits) {
        Ok(v) => return Ok(v),
        Err(f) => *f,
    };
    // A missing field points at the end of its mapping, not at a line to
    // set aside: setting that line aside would report the field again.
    if first.rule.code == "L004" {
        return Err(vec![first]);
    }
    let mut findings = vec![first];
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let mut set_aside: Vec<String> = Vec::new();
    for _ in 0..MAX_MORE {
        let Some(last) = findings.last() else { break };
        let Some(key) = set_aside_at(&mut lines, last.primary.loc.line, first_line) else {
            break;
        };
        set_aside.push(key);
        // Values outside their domain were reported by the first parse.
        let _ = yaml::domain_findings();
        let again = lines.join("\n");
        match yaml::parse::<T>(file, first_line, &again, limits) {
            Ok(_) => break,
            Err(f) if findings.iter().any(|g| g.primary.loc == f.primary.loc) => break,
            // A missing field points at the end of its mapping, not at a
            // line to set aside: report it (unless it is the field just
            // set aside or misspelt) and stop there.
            Err(f) if f.rule.code == "L004" => {
                if !is_consequence(&f, &set_aside) {
                    findings.push(*f);
                }
                break;
            }
            Err(f) => findings.push(*f),
        }
    }
    let _ = yaml::domain_findings();
    Err(findings)
}

/// A missing field that was only set aside, or set aside misspelt
/// (`manger:` makes `manager` missing: one typo, one error).
fn is_consequence(f: &Finding, set_aside: &[String]) -> bool {
    let Some(missing) = f
        .message
        .strip_prefix("missing field `")
        .and_then(|m| m.strip_suffix('`'))
    else {
        return false;
    };
    set_aside.iter().any(|k| k == missing)
        || crate::diag::did_you_mean(missing, set_aside.iter().map(String::as_str)).is_some()
}

/// Comments out the `key: value` line at absolute line `at` and the lines
/// nested under it; returns the key, or `None` when the line is not one.
fn set_aside_at(lines: &mut [String], at: u32, first_line: u32) -> Option<String> {
    let i = usize::try_from(at.checked_sub(first_line.checked_add(1)?)?).ok()?;
    let line = lines.get(i)?;
    // The indentation: what trimming removed from the front.
    let indent_of = |l: &str| l.len().saturating_sub(l.trim_start().len());
    let indent = indent_of(line);
    let body = line.trim_start().trim_start_matches("- ");
    let (key, _) = body.split_once(':')?;
    let key = key.trim().to_string();
    let simple = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if !simple || line.trim_start().starts_with("- ") {
        return None;
    }
    let nested = lines
        .iter()
        .skip(i.saturating_add(1))
        .take_while(|l| l.trim().is_empty() || indent_of(l) > indent)
        .count();
    // The line itself and the lines nested under it.
    for l in lines.iter_mut().skip(i).take(nested.saturating_add(1)) {
        l.insert(0, '#');
    }
    Some(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FileId, Person};

    fn codes(text: &str) -> Vec<String> {
        let limits = LoadSettings::default();
        match parse_all::<Person>(FileId(0), 0, text, &limits) {
            Ok(_) => Vec::new(),
            Err(found) => found
                .iter()
                .map(|f| format!("{} {}: {}", f.code(), f.primary.loc.line, f.message))
                .collect(),
        }
    }

    #[test]
    fn a_missing_field_is_reported_once_however_many_keys_follow() {
        let found = codes("kind: Person\nid: p-li-na\nfte: 1\nhours_per_week: 40\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found
                .iter()
                .all(|f| f.starts_with("L004") && f.ends_with("missing field `name`")),
            "{found:?}"
        );
    }

    #[test]
    fn every_bad_value_of_a_document_is_reported() {
        let found =
            codes("kind: Person\nid: p-li-na\nname: Li Na\nfte: many\nhours_per_week: forty\n");
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().all(|f| f.starts_with("L002")), "{found:?}");
    }

    #[test]
    fn a_misspelt_field_is_one_error_not_two() {
        let found = codes("kind: Person\nid: p-li-na\nnmae: Li Na\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found.iter().all(|f| f.starts_with("L003")), "{found:?}");
    }
}
