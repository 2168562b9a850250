#!/usr/bin/env python3
"""Independent check of pmo's time-phased workload and of rule C001.

Usage: load_check.py REPO.json RESOURCE.json VALIDATE.json [--part]

REPO.json describes a generated repository as written (tests/support/
load_gen.rs): calendar, overload_percent, people, projects with team and
tasks. RESOURCE.json is `pmo report resource --format json` over a window
holding all of the repository's work; VALIDATE.json is
`pmo validate --format json`. With --part, the report's window may hold
only part of the work (its default 12 weeks) and C001 is compared within
it. This script computes, on its own, every
person's capacity and load per ISO week and the weeks over capacity, and
compares them with the report's people[].periods[] (capacity, load,
over, and per project reserved, hours and task hours) and with the weeks
of C001's findings. A report by months (`--every month`) is compared
month by month, without C001. Exit 0 when all agree (to 0.01 h).

The rules are those documented in pmo's sources (not its code):
- schedule (src/analysis/schedule.rs): a task lasts `duration`, else the
  working days from `start` to `end` (both included), else
  ceil(effort / hours_per_day), else 1 day; it starts no earlier than its
  `start`, else its project's start; an `end` without `start` is a finish
  no earlier than and places the task to end on it, but never to start
  before its project; FS: ES >= EF(p)+lag, SS: ES >= ES(p)+lag,
  FF: ES >= EF(p)+lag-D. It occupies working days ES .. ES+D-1.
- placement and workload (src/analysis/placement.rs, workload.rs):
  capacity on a calendar working day that is not a day off is
  hours_per_week / working days a week (else the calendar's hours per
  day) times fte; a team member reserves allocation% (default 100) of
  that capacity from `from` to `to` (default the project's start and
  end); a task's effort is spread evenly over its scheduled working days
  and lands on its owner, even on their days off; per day and project the
  load is max(reservation, task work), summed over projects; closed and
  cancelled projects carry nothing.
- C001 (src/check/capacity.rs): a week is over when load exceeds
  capacity x overload_percent / 100 by at least 0.01 h.
"""
import bisect
import datetime as dt
import json
import math
import re
import sys

TOL = 0.01 + 1e-9
D = dt.date.fromisoformat
ONE = dt.timedelta(1)


def week(d):
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def month(d):
    return f"{d.year}-{d.month:02d}"


class Calendar:
    def __init__(self, cal):
        self.hours_per_day = cal["hours_per_day"]
        self.days_a_week = len(cal["working_days"])
        holidays = {D(h) for h in cal["holidays"]}
        workdays = {D(w) for w in cal["workdays"]}
        lo, hi = D("2025-01-01"), D("2030-12-31")
        days = [lo + dt.timedelta(i) for i in range((hi - lo).days + 1)]
        self.work = [d for d in days if d in workdays or (d.weekday() < 5 and d not in holidays)]
        self.is_work = set(self.work)

    def point(self, d):
        """The first working day on or after d, as a point."""
        return bisect.bisect_left(self.work, d)

    def point_after(self, d):
        """The point just after day d (the end of d)."""
        return self.point(d + ONE)

    def working_days(self, a, b):
        return self.point_after(b) - self.point(a)


def durations_and_starts(cal, projects):
    """Each task's (first working point, duration in working days), by
    (project, task); closed projects too, as others may depend on them."""
    placed = {}
    for project in projects:  # predecessors always come first
        place_tasks(cal, project, placed)
    return placed


def place_tasks(cal, project, placed):
    p_start = cal.point(D(project["start"]))
    for t in project["tasks"]:
        if t["duration"] is not None:
            dur = t["duration"]
        elif t["start"] and t["end"]:
            dur = cal.working_days(D(t["start"]), D(t["end"]))
        elif t["effort"] is not None:
            dur = math.ceil(t["effort"] / cal.hours_per_day - 1e-9)
        else:
            dur = 1
        if t["start"]:
            es = cal.point(D(t["start"]))
        elif t["end"]:
            # Placed to end on it, but never before its project starts.
            es = max(cal.point_after(D(t["end"])) - dur, p_start)
        else:
            es = p_start
        for dep in t["deps"]:
            ps, pd = placed[(dep.get("project") or project["id"], dep["ref"])]
            es = max(es, {"fs": ps + pd + dep["lag"], "ss": ps + dep["lag"],
                          "ff": ps + pd + dep["lag"] - dur}[dep["type"]])
        placed[(project["id"], t["id"])] = (es, dur)


def person_hours_per_day(cal, person):
    base = person["hours_per_week"] / cal.days_a_week if person["hours_per_week"] is not None \
        else cal.hours_per_day
    return base * (person["fte"] if person["fte"] is not None else 1.0)


def days_between(a, b):
    return (a + dt.timedelta(i) for i in range((b - a).days + 1))


def workload(repo, period=week):
    """Per person: {period: [capacity, load, {project: [reserved, hours, {task: h}]}]}."""
    cal = Calendar(repo["calendar"])
    people = {p["id"]: p for p in repo["people"]}
    off = {pid: {d for f, t in p["days_off"] for d in days_between(D(f), D(t))}
           for pid, p in people.items()}
    hpd = {pid: person_hours_per_day(cal, p) for pid, p in people.items()}
    capacity = lambda pid, d: hpd[pid] if d in cal.is_work and d not in off[pid] else 0.0
    # (person, project, day) -> reservation; -> {task: hours}
    reserved, work = {}, {}
    placed = durations_and_starts(cal, repo["projects"])
    for prj in repo["projects"]:
        if prj["status"] in ("closed", "cancelled"):
            continue
        for m in prj["team"]:
            share = (m["allocation"] if m["allocation"] is not None else 100) / 100
            for d in days_between(D(m["from"] or prj["start"]), D(m["to"] or prj["end"])):
                key = (m["person"], prj["id"], d)
                reserved[key] = reserved.get(key, 0.0) + share * capacity(m["person"], d)
        for t in prj["tasks"]:
            es, dur = placed[(prj["id"], t["id"])]
            if t["owner"] is None or t["effort"] is None or dur == 0:
                continue
            for d in cal.work[es:es + dur]:
                work.setdefault((t["owner"], prj["id"], d), {})[t["id"]] = t["effort"] / dur
    weeks = {pid: {} for pid in people}
    first, last = D("2026-06-01"), D("2028-12-31")
    for pid in people:
        for d in days_between(first, last):
            row = weeks[pid].setdefault(period(d), [0.0, 0.0, {}])
            row[0] += capacity(pid, d)
    for key in set(reserved) | set(work):
        pid, prj, d = key
        r = reserved.get(key, 0.0)
        tasks = work.get(key, {})
        row = weeks[pid][period(d)]
        row[1] += max(r, sum(tasks.values()))
        cell = row[2].setdefault(prj, [0.0, 0.0, {}])
        cell[0] += r
        cell[1] += max(r, sum(tasks.values()))
        for tid, h in tasks.items():
            cell[2][tid] = cell[2].get(tid, 0.0) + h
    return weeks


def is_over(capacity, load, overload_percent):
    return load - capacity * overload_percent / 100 >= 0.01 - 1e-9


WEEKS = re.compile(r"`([^`]+)` .* in weeks? (\d{4})-W(\d\d)(?:\.\.(?:(\d{4})-)?W(\d\d))?")


def c001_weeks(validate):
    """(person, week) pairs of C001's findings, runs expanded."""
    pairs = set()
    for f in validate["findings"]:
        if f["code"] != "C001":
            continue
        m = WEEKS.search(f["message"])
        if not m:
            raise SystemExit(f"cannot read C001 message: {f['message']}")
        person, fy, fw, ly, lw = m.groups()
        start = dt.date.fromisocalendar(int(fy), int(fw), 1)
        end = dt.date.fromisocalendar(int(ly or fy), int(lw or fw), 1) if lw else start
        d = start
        while d <= end:
            pairs.add((person, week(d)))
            d += dt.timedelta(7)
    return pairs


def compare(repo, resource, validate, part):
    monthly = resource["period"] == "month"
    weeks = workload(repo, month if monthly else week)
    op = repo["overload_percent"]
    wrong, checked = [], 0
    near = lambda a, b: abs(a - b) <= TOL
    seen = set()
    for person in resource["people"]:
        pid = person["id"]
        for per in person["periods"]:
            cap, load, projects = weeks[pid].get(per["period"], [0.0, 0.0, {}])
            where = f"{pid} {per['period']}"
            seen.add(per["period"])
            if not near(per["capacity"], cap):
                wrong.append(f"{where} capacity: pmo {per['capacity']}, python {cap:.4f}")
            if not near(per["load"], load):
                wrong.append(f"{where} load: pmo {per['load']}, python {load:.4f}")
            if per["over"] != is_over(cap, load, op):
                wrong.append(f"{where} over: pmo {per['over']}, python {is_over(cap, load, op)}")
            theirs = {p["project"]: p for p in per["projects"]}
            for prj in set(theirs) | set(projects):
                r, h, tasks = projects.get(prj, [0.0, 0.0, {}])
                t = theirs.get(prj, {"reserved": 0.0, "hours": 0.0, "tasks": []})
                mine_tasks = {k: v for k, v in tasks.items() if v > 0}
                their_tasks = {x["task"]: x["hours"] for x in t["tasks"] if x["hours"] > 0}
                if not (near(t["reserved"], r) and near(t["hours"], h)):
                    wrong.append(f"{where} {prj}: pmo reserved {t['reserved']} hours {t['hours']}, "
                                 f"python reserved {r:.4f} hours {h:.4f}")
                for tid in set(mine_tasks) | set(their_tasks):
                    if not near(their_tasks.get(tid, 0.0), mine_tasks.get(tid, 0.0)):
                        wrong.append(f"{where} {prj} {tid}: pmo {their_tasks.get(tid, 0.0)}, "
                                     f"python {mine_tasks.get(tid, 0.0):.4f}")
            checked += 1
    over = {(pid, w) for pid, ws in weeks.items() for w, (c, l, _) in ws.items() if is_over(c, l, op)}
    if monthly:  # C001 counts weeks: nothing more to compare
        return checked, len(over), wrong
    c001 = c001_weeks(validate)
    if part:
        over = {(pid, w) for pid, w in over if w in seen}
        c001 = {(pid, w) for pid, w in c001 if w in seen}
    for pid, w in sorted(over ^ c001):
        wrong.append(f"{pid} {w}: C001 {'flags' if (pid, w) in c001 else 'misses'} it, "
                     f"python {'over' if (pid, w) in over else 'not over'} "
                     f"(capacity {weeks[pid][w][0]:.2f}, load {weeks[pid][w][1]:.2f})")
    outside = sorted(w for _, w in over if w not in seen)
    if outside:
        wrong.append(f"over-capacity weeks outside the report's window: {outside[:5]}")
    return checked, len(over), wrong


def main(repo_path, resource_path, validate_path, part=None):
    repo = json.load(open(repo_path))
    resource = json.load(open(resource_path))
    validate = json.load(open(validate_path))
    checked, over, wrong = compare(repo, resource, validate, part == "--part")
    print(f"checked {checked} people-periods ({over} over capacity): {len(wrong)} disagreements")
    for w in wrong[:30]:
        print("  " + w)
    return 0 if not wrong and checked > 0 else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
