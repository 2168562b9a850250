#!/usr/bin/env python3
"""Independent check of pmo's benefit standings (docs/reports.md,
"Benefits report"; docs/FORMAT.md, "Program"), written from the docs, not
from the Rust code. Python 3.11 standard library only.

Usage: benefit_check.py PROGRAM.yaml REPORT.json AS_OF [...]

PROGRAM.yaml is a generated program document written as JSON (which is
YAML too); REPORT.json is `pmo report benefits --format json --as-of AS_OF`
on its repository. Recomputes, per benefit: the target's number (the first
number of the text, with a minus sign right before it), the measurements on
or before the as-of date, the latest and the change since the one before,
the status (met, on-track, behind, not-measured, no-target) and, when
behind, the reason (missed-at-due, or below-line with the expected value
on the straight line from the first value to the target on the due date).
Exits 1 on mismatches.
"""

import datetime as dt
import json
import re
import sys

D = dt.date.fromisoformat


def target_number(text):
    m = re.search(r"\d[\d.]*", text)
    if not m:
        return None
    digits = m.group(0).rstrip(".")
    try:
        value = float(digits)
    except ValueError:
        return None
    if m.start() > 0 and text[m.start() - 1] == "-":
        value = -value
    return value


def meets(better, value, target):
    return value >= target if better == "higher" else value <= target


def expect(benefit, as_of):
    better = benefit.get("better", "higher")
    target = target_number(benefit["target"]) if "target" in benefit else None
    values = sorted(
        (D(m["date"]), float(m["value"]))
        for m in benefit.get("measurements", [])
        if D(m["date"]) <= as_of
    )
    out = {"target_value": target, "reason": None}
    out["latest"] = values[-1][1] if values else None
    out["change"] = round(values[-1][1] - values[-2][1], 2) if len(values) > 1 else None
    if target is None:
        out["status"] = "no-target"
        return out
    if not values:
        out["status"] = "not-measured"
        return out
    day, value = values[-1]
    due = D(benefit["due"]) if "due" in benefit else None
    if meets(better, value, target):
        out["status"] = "met"
        return out
    if due is not None and due <= as_of:
        out["status"] = "behind"
        out["reason"] = ("missed-at-due", None)
        return out
    first_day, first = values[0]
    if due is not None and first_day < day and (due - first_day).days > 0:
        share = (day - first_day).days / (due - first_day).days
        line = first + (target - first) * share
        if not meets(better, value, line):
            out["status"] = "behind"
            out["reason"] = ("below-line", round(line, 2))
            return out
    out["status"] = "on-track"
    return out


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) < 0.006


STATUSES = {}


def check(program_path, report_path, as_of):
    with open(program_path) as f:
        program = json.load(f)
    with open(report_path) as f:
        report = json.load(f)
    lines = report["programs"][0]["benefits"]
    bad = []
    for line in lines:
        STATUSES[line["status"]] = STATUSES.get(line["status"], 0) + 1
    for benefit, line in zip(program["benefits"], lines, strict=True):
        want = expect(benefit, as_of)
        who = f"{report_path} {benefit['id']}"
        got_latest = line["latest"]["value"] if line["latest"] else None
        for name, a, b in [
            ("target_value", want["target_value"], line["target_value"]),
            ("latest", want["latest"], got_latest),
            ("change", want["change"], line["change"]),
        ]:
            if not close(a, b):
                bad.append(f"{who}: {name} {b}, expected {a}")
        if want["status"] != line["status"]:
            bad.append(f"{who}: status {line['status']}, expected {want['status']}")
        reason = line.get("reason")
        if want["reason"] is None:
            if reason is not None:
                bad.append(f"{who}: reason {reason}, expected none")
        else:
            kind, expected = want["reason"]
            if reason is None or reason["kind"] != kind:
                bad.append(f"{who}: reason {reason}, expected {kind}")
            elif expected is not None and not close(expected, reason["expected"]):
                bad.append(f"{who}: expected {reason['expected']}, not {expected}")
    return len(lines), bad


def main(args):
    benefits = 0
    reports = 0
    problems = []
    for i in range(0, len(args), 3):
        n, bad = check(args[i], args[i + 1], D(args[i + 2]))
        benefits += n
        reports += 1
        problems += bad
    for p in problems[:20]:
        print(p)
    print(f"checked {reports} reports, {benefits} benefits, {len(problems)} mismatches")
    # Each status must occur, or the check proves less than it claims.
    print("statuses: " + ", ".join(f"{k} {v}" for k, v in sorted(STATUSES.items())))
    if len(STATUSES) < 5:
        print("not every status occurred")
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
