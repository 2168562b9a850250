//! Codes of the loader's findings (family `L`): the repository could not
//! be read as the format says.

use crate::diag::{Rule, Severity};

pub static L001: Rule = Rule {
    code: "L001",
    name: "yaml-syntax",
    default: Severity::Error,
    summary: "A file is not well-formed YAML",
    explanation: "## What it checks\nEvery `.yaml`/`.yml` file must be well-formed YAML 1.2. The finding points at the place the parser gave up.\n\n## Why\nA file that does not parse is skipped whole, so every program, project or risk in it is missing from the reports.\n\n## How to fix\nLook at the line shown and the one above it: a missing `:` after a key, a tab used for indentation, an unclosed quote or bracket are the usual causes.\n\n## Example\nBefore:\n```yaml\nkind: Risk\nid: RSK-001\ntitle: \"Vendor delay\n```\nAfter:\n```yaml\nkind: Risk\nid: RSK-001\ntitle: \"Vendor delay\"\n```\n",
};

pub static L002: Rule = Rule {
    code: "L002",
    name: "wrong-type",
    default: Severity::Error,
    summary: "A value has the wrong type or is not one of the allowed values",
    explanation: "## What it checks\nEach field has a type (text, number, list, mapping) and some take one of a fixed set of values (a program `type`, a project `status`, a risk `category`...).\n\n## Why\nA document with a wrong value cannot be loaded, so it is left out of every report.\n\n## How to fix\nUse the type the message names; for a fixed set, use one of the values listed (the `help:` line suggests the closest).\n\n## Example\nBefore:\n```yaml\ntype: composit\nprobability: high\n```\nAfter:\n```yaml\ntype: composite\nprobability: 4\n```\n",
};

pub static L003: Rule = Rule {
    code: "L003",
    name: "unknown-field",
    default: Severity::Error,
    summary: "A field the format does not know",
    explanation: "## What it checks\nEvery field name must be one the format defines for that kind (see `pmo schema KIND`).\n\n## Why\nA misspelt field is silently meaningless: `manger:` would leave the project without a manager. Rejecting unknown fields catches the typo where it is made.\n\n## How to fix\nRename the field to the one the `help:` line suggests, or remove it.\n\n## Example\nBefore:\n```yaml\nmanger: p-zhang-wei\n```\nAfter:\n```yaml\nmanager: p-zhang-wei\n```\n",
};

pub static L004: Rule = Rule {
    code: "L004",
    name: "missing-field",
    default: Severity::Error,
    summary: "A required field is missing",
    explanation: "## What it checks\nEach kind has required fields: a Project needs `id`, `name`, `program`, `manager`, `status`, `start` and `end`; a Risk needs `id`, `title`, `category`, `probability`, `impact` and `identified`; see `pmo schema KIND` for all.\n\n## Why\nThe reports cannot place a project without its program or dates, nor score a risk without probability and impact.\n\n## How to fix\nAdd the field named in the message to the mapping the finding points at.\n\n## Example\nBefore:\n```yaml\nkind: Project\nid: PRJ-DESK\nname: Desktop operations\n```\nAfter:\n```yaml\nkind: Project\nid: PRJ-DESK\nname: Desktop operations\nprogram: PRG-BANK\nmanager: p-zhang-wei\nstatus: active\nstart: 2026-01-05\nend: 2026-12-31\n```\n",
};

pub static L005: Rule = Rule {
    code: "L005",
    name: "bad-date",
    default: Severity::Error,
    summary: "A date or period that is not on the calendar",
    explanation: "## What it checks\nDates are written `YYYY-MM-DD` and must exist on the calendar; periods are `2026`, `2026-H1`, `2026-Q3`, `2026-07` or `2026-W14`.\n\n## Why\nA schedule with an impossible date cannot be computed, and a date like `03/04/2026` means different days to different readers.\n\n## How to fix\nWrite the date as `YYYY-MM-DD` and check the day exists.\n\n## Example\nBefore:\n```yaml\ndue: 2026-02-30\n```\nAfter:\n```yaml\ndue: 2026-02-27\n```\n",
};

pub static L006: Rule = Rule {
    code: "L006",
    name: "unknown-kind",
    default: Severity::Error,
    summary: "A document without a known `kind`",
    explanation: "## What it checks\nEvery YAML document must say what it is with `kind:`, one of Program, Project, Person, Risk, Review or Assessment.\n\n## Why\nThe kind decides which fields the document may have and where it appears in reports; any folder layout works because the kind, not the path, says what a file holds.\n\n## How to fix\nAdd `kind:` at the top of the document, or correct its spelling.\n\n## Example\nBefore:\n```yaml\nid: RSK-001\ntitle: Vendor delay\n```\nAfter:\n```yaml\nkind: Risk\nid: RSK-001\ntitle: Vendor delay\n```\n",
};

pub static L007: Rule = Rule {
    code: "L007",
    name: "duplicate-key",
    default: Severity::Error,
    summary: "A mapping with the same key twice",
    explanation: "## What it checks\nA key may appear only once in a mapping.\n\n## Why\nYAML parsers disagree on which of two duplicate keys wins; a merge that adds a second `end:` would silently change a date.\n\n## How to fix\nKeep one of the two keys.\n\n## Example\nBefore:\n```yaml\nend: 2026-06-30\nend: 2026-09-30\n```\nAfter:\n```yaml\nend: 2026-09-30\n```\n",
};

pub static L008: Rule = Rule {
    code: "L008",
    name: "unreadable-file",
    default: Severity::Error,
    summary: "A file that cannot be read: too large, not UTF-8, too deep or unreadable",
    explanation: "## What it checks\nFiles must be UTF-8 text within the size limit (`[load] max_file_mb`, default 32 MiB) and the parser's limits on nesting depth and alias expansion.\n\n## Why\nThese limits keep `pmo` fast and its memory bounded on any input, including a hostile one (an \"alias bomb\").\n\n## How to fix\nSave the file as UTF-8; split a very large file into several (any folder layout works); expand deep nesting or aliases by hand.\n\n## Example\nBefore: one 200 MB `risks.yaml`.\nAfter: `risks/2026-q1.yaml`, `risks/2026-q2.yaml`, ...\n",
};

pub static L009: Rule = Rule {
    code: "L009",
    name: "duplicate-id",
    default: Severity::Error,
    summary: "Two documents of one kind with the same id",
    explanation: "## What it checks\nIds are unique per kind across the whole repository.\n\n## Why\nReferences are by id: with two projects `PRJ-DESK`, a risk or an assessment could belong to either. The first one (by path) is kept and the second ignored until the clash is fixed.\n\n## How to fix\nRename one of them and update its references.\n\n## Example\nBefore: `PRJ-DESK` in `bank/desk.yaml` and in `insurer/desk.yaml`.\nAfter: `PRJ-BANK-DESK` and `PRJ-INS-DESK`.\n",
};

pub static L010: Rule = Rule {
    code: "L010",
    name: "unsupported-version",
    default: Severity::Error,
    summary: "A document or pmo.toml written for a newer format version",
    explanation: "## What it checks\n`format` in pmo.toml and `version` on a document must be a format version this build of `pmo` reads (currently 1).\n\n## Why\nThe format evolves; a newer document may mean something this build would misread, so it is refused rather than guessed at.\n\n## How to fix\nUpgrade `pmo`, or write the document in a version it reads.\n\n## Example\nBefore:\n```yaml\nversion: 7\n```\nAfter:\n```yaml\nversion: 1\n```\n",
};

pub static L011: Rule = Rule {
    code: "L011",
    name: "bad-settings",
    default: Severity::Error,
    summary: "pmo.toml is not valid",
    explanation: "## What it checks\n`pmo.toml` must be valid TOML with the settings `pmo schema settings` describes.\n\n## Why\nScales, tolerances, weights and the calendar drive every check and report; a misspelt setting would silently fall back to its default.\n\n## How to fix\nCorrect the setting named in the message.\n\n## Example\nBefore:\n```toml\n[risk]\ntolerence = 10\n```\nAfter:\n```toml\n[risk]\ntolerance = 10\n```\n",
};

pub static L012: Rule = Rule {
    code: "L012",
    name: "outside-repository",
    default: Severity::Error,
    summary: "A symbolic link that leaves the repository, dangles, loops or names a non-file",
    explanation: "## What it checks\nA symbolic link in the repository is followed only when its target resolves inside the repository root (the folder holding `pmo.toml`) and is a regular file or a folder that does not contain the link. A link that points outside the root, points nowhere, loops back to a folder above it, or names a FIFO, socket or device is reported, and its target is never opened. A FIFO, socket or device named `*.yaml` is reported the same way.\n\n## Why\n`pmo validate` gates pull requests written by strangers in CI jobs that hold secrets. A committed link to `/proc/self/environ` would print the job's environment in a finding; a link to `/` would walk the whole machine; a linked folder would merge another repository's risks into the reports. Reading only what is inside the root closes all of these.\n\n## How to fix\nReplace the link by the file it points to, or point it at a file inside the repository with a relative target.\n\n## Example\nBefore:\n```sh\nrisks/shared.yaml -> ../../other-repo/risks.yaml\n```\nAfter:\n```sh\nrisks/shared.yaml   # a copy kept in this repository\n```\n",
};

pub static L013: Rule = Rule {
    code: "L013",
    name: "unreadable-path",
    default: Severity::Error,
    summary: "A folder or file the operating system refused to read",
    explanation: "## What it checks\nEvery folder under the root, and every YAML file in them, must be readable by the user running `pmo`.\n\n## Why\nA gate must not pass what it did not read: a folder `pmo` cannot open may hold the very documents with the errors. `pmo validate` therefore exits with 2 (could not read the repository) when this finding is present, whatever else it found.\n\n## How to fix\nGive the user running `pmo` read (and, for folders, execute) permission, or remove the folder from the repository.\n\n## Example\nBefore:\n```sh\nd---------  risks/\n```\nAfter:\n```sh\ndrwxr-xr-x  risks/\n```\n",
};

pub static L014: Rule = Rule {
    code: "L014",
    name: "out-of-range",
    default: Severity::Error,
    summary: "A number, date or id outside the domain the format allows",
    explanation: "## What it checks\nEvery numeric, date and id field has a domain, stated once in the model and shown by `pmo schema KIND` (`minimum`, `maximum`, `pattern`): priorities 1 to 5, percentages 0 to 100, money and hours finite and not negative, durations and lags within a century, dates between 1970-01-01 and 2200-12-31, ids made of letters, digits, `.`, `_` and `-`. The message says what the field allows.\n\n## Why\nA value outside its domain either means nothing (`priority: 7`, `progress: 170`, a `.nan` budget) or breaks the arithmetic that every report rests on (a duration of 4,294,967,295 days). The document is still loaded, with the value brought to the nearest allowed one, so that one typo does not hide the rest of the document; the finding is an error so that `validate` fails until it is fixed.\n\n## How to fix\nUse a value inside the range the `help:` line gives.\n\n## Example\nBefore:\n```yaml\npriority: 7\nprogress: 170\n```\nAfter:\n```yaml\npriority: 5\nprogress: 100\n```\n",
};

/// Every loader rule.
pub static RULES: &[&Rule] = &[
    &L001, &L002, &L003, &L004, &L005, &L006, &L007, &L008, &L009, &L010, &L011, &L012, &L013,
    &L014,
];
