#!/usr/bin/env python3
"""An independent writer and reader of MSPDI files for pmo's interchange
tests, built on MPXJ (the PyPI package `mpxj`, a Java library run through
JPype on Java 17).

  mspdi_mpxj.py generate --seed N --tasks M OUT.xml TRUTH.json
      writes a generated project as MSPDI with MPXJ: a WBS outline of
      summary tasks, tasks and milestones, FS/SS/FF/SF links with lags,
      start-no-earlier-than constraints, baselines, % complete, resources
      and assignments, and a calendar with holidays. The dates are those of
      a forward pass written here (what MS Project would show), and
      TRUTH.json lists what a faithful import must keep.
  mspdi_mpxj.py read FILE.xml
      reads an MSPDI file with MPXJ and prints its tasks, links, dates,
      resources and assignments as JSON.

Exit 3 when MPXJ or Java cannot be started (the caller skips, saying so).
"""

import datetime as dt
import json
import random
import sys


def start_jvm():
    try:
        import jpype
        import mpxj  # noqa: F401  (puts the MPXJ jars on the class path)
        jpype.startJVM()
    except Exception as e:  # any failure to start is "not available"
        print(f"mpxj unavailable: {e}", file=sys.stderr)
        sys.exit(3)


# ---------------------------------------------------------------- calendar

HOLIDAYS = [dt.date(2026, 4, 6), dt.date(2026, 5, 1), dt.date(2026, 5, 4), dt.date(2026, 5, 5),
            dt.date(2026, 6, 19), dt.date(2026, 10, 1), dt.date(2026, 10, 2)]
PROJECT_START = dt.date(2026, 3, 2)


def working(d):
    return d.weekday() < 5 and d not in HOLIDAYS


def working_days(start, n):
    """The first n working days from start on."""
    out, d = [], start
    while len(out) < n:
        if working(d):
            out.append(d)
        d += dt.timedelta(days=1)
    return out


# ---------------------------------------------------------------- generate

def plan(seed, n):
    """A random network: tasks in phases (summary tasks), links to earlier
    items, and its forward pass in working-day points."""
    rnd = random.Random(seed)
    items = []
    phases = max(1, n // 6)
    for i in range(n):
        phase = min(phases - 1, i * phases // n)
        milestone = i > 0 and rnd.random() < 0.12
        dur = 0 if milestone else rnd.randint(1, 15)
        links = []
        if i > 0:
            for _ in range(rnd.choice([0, 1, 1, 1, 2])):
                p = rnd.randrange(max(0, i - 8), i)
                kind = rnd.choice(["FS", "FS", "FS", "SS", "FF", "SF"])
                lag = rnd.choice([0, 0, 0, 1, 2, 3, -1])
                if all(l[0] != p for l in links):
                    links.append((p, kind, lag))
        snet = None
        if not links or rnd.random() < 0.1:
            snet = rnd.randint(0, 30)
        items.append(dict(i=i, phase=phase, milestone=milestone, dur=dur, links=links,
                          snet=snet, pct=rnd.choice([0, 0, 25, 50, 100]),
                          resource=rnd.randrange(4), units=rnd.choice([0.5, 1.0])))
    # forward pass, predecessors first (links only point back)
    for it in items:
        es = it["snet"] or 0
        for p, kind, lag in it["links"]:
            q = items[p]
            es = max(es, {"FS": q["ef"] + lag, "SS": q["es"] + lag,
                          "FF": q["ef"] + lag - it["dur"], "SF": q["es"] + lag - it["dur"]}[kind])
        if any(k == "SF" for _, k, _ in it["links"]):
            # pmo has no start-to-finish link: pin the start so the dates
            # stay comparable once the import has reported and dropped it.
            it["snet"] = es
        it["es"], it["ef"] = es, es + it["dur"]
    return items, phases


def generate(seed, n, out, truth_path):
    start_jvm()
    from java.time import LocalDate, LocalDateTime
    from java.lang import Double
    from org.mpxj import (ProjectFile, Duration, TimeUnit, RelationType, Relation,
                          ConstraintType, ResourceType)
    from org.mpxj.writer import UniversalProjectWriter, FileFormat

    items, phases = plan(seed, n)
    horizon = max(it["ef"] for it in items) + 40
    days = working_days(PROJECT_START, horizon + 40)

    def at(k, hour):
        d = days[k]
        return LocalDateTime.of(d.year, d.month, d.day, hour, 0)

    pf = ProjectFile()
    props = pf.getProjectProperties()
    props.setProjectTitle(f"Generated project {seed}")
    props.setStartDate(at(0, 8))
    cal = pf.addDefaultBaseCalendar()
    props.setDefaultCalendar(cal)
    for h in HOLIDAYS:
        cal.addCalendarException(LocalDate.of(h.year, h.month, h.day))

    names = ["Wang Fang", "Li Na", "Zhang Wei", "Chen Jing"]
    resources = []
    for k, name in enumerate(names):
        r = pf.addResource()
        r.setName(name)
        r.setType(ResourceType.WORK)
        r.setGroup("Operations" if k % 2 else "Engineering")
        resources.append(r)

    # Tasks are created in outline order: MSPDI keeps the hierarchy as the
    # order of the tasks and their outline levels.
    summaries = []
    tasks = []
    for it in items:
        if len(summaries) <= it["phase"]:
            s = pf.addTask()
            s.setName(f"Phase {it['phase'] + 1}")
            summaries.append(s)
        t = summaries[it["phase"]].addTask()
        t.setName(f"{'Milestone' if it['milestone'] else 'Task'} {it['i'] + 1}")
        t.setDuration(Duration.getInstance(it["dur"], TimeUnit.DAYS))
        if it["milestone"]:
            t.setMilestone(True)
            t.setStart(at(it["es"] - 1, 17))
            t.setFinish(at(it["es"] - 1, 17))
        else:
            t.setStart(at(it["es"], 8))
            t.setFinish(at(it["ef"] - 1, 17))
            t.setPercentageComplete(Double(float(it["pct"])))
            t.setBaselineStart(at(it["es"], 8))
            t.setBaselineFinish(at(it["ef"] - 1 + (it["i"] % 3), 17))
            a = t.addResourceAssignment(resources[it["resource"]])
            a.setUnits(Double(it["units"] * 100.0))
            a.setWork(Duration.getInstance(it["dur"] * 8 * it["units"], TimeUnit.HOURS))
            a.setStart(t.getStart())
            a.setFinish(t.getFinish())
        if it["snet"] is not None:
            t.setConstraintType(ConstraintType.START_NO_EARLIER_THAN)
            t.setConstraintDate(at(it["snet"], 8))
        for p, kind, lag in it["links"]:
            rel = Relation.Builder().predecessorTask(tasks[p]).type({
                "FS": RelationType.FINISH_START, "SS": RelationType.START_START,
                "FF": RelationType.FINISH_FINISH, "SF": RelationType.START_FINISH}[kind]
            ).lag(Duration.getInstance(lag, TimeUnit.DAYS))
            t.addPredecessor(rel)
        tasks.append(t)
    for ph, s in enumerate(summaries):
        kids = [it for it in items if it["phase"] == ph]
        s.setSummary(True)
        s.setStart(at(min(it["es"] for it in kids), 8))
        s.setFinish(at(max(it["ef"] for it in kids) - 1, 17))
    UniversalProjectWriter(FileFormat.MSPDI).write(pf, out)

    def day(k):
        return days[k].isoformat()

    truth = {"tasks": [], "holidays": [h.isoformat() for h in HOLIDAYS],
             "resources": names}
    for it in items:
        truth["tasks"].append({
            "name": f"{'Milestone' if it['milestone'] else 'Task'} {it['i'] + 1}",
            "group": f"Phase {it['phase'] + 1}",
            "milestone": it["milestone"],
            "duration": it["dur"],
            "start": day(it["es"] - 1) if it["milestone"] else day(it["es"]),
            "finish": day(it["ef"] - 1),
            "progress": 0 if it["milestone"] else it["pct"],
            "resource": None if it["milestone"] else names[it["resource"]],
            "links": [{"pred": f"{'Milestone' if items[p]['milestone'] else 'Task'} {p + 1}",
                       "type": k, "lag": lag} for p, k, lag in it["links"]],
        })
    with open(truth_path, "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=1)


# ---------------------------------------------------------------- read

def read(path):
    start_jvm()
    from org.mpxj.reader import UniversalProjectReader
    pf = UniversalProjectReader().read(path)

    def date(x):
        return None if x is None else str(x.toLocalDate())

    def days(d, minutes_per_day):
        if d is None:
            return None
        return float(d.convertUnits(TimeUnitDays, pf.getProjectProperties()).getDuration())

    from org.mpxj import TimeUnit
    global TimeUnitDays
    TimeUnitDays = TimeUnit.DAYS
    out = {"title": str(pf.getProjectProperties().getProjectTitle() or ""),
           "tasks": [], "resources": [], "assignments": [], "holidays": []}
    for t in pf.getTasks():
        if t.getUniqueID() is None or int(t.getUniqueID()) == 0:
            continue
        parent = t.getParentTask()
        pct = t.getPercentageComplete()
        out["tasks"].append({
            "uid": int(t.getUniqueID()),
            "name": str(t.getName() or ""),
            "outline_level": int(t.getOutlineLevel() or 0),
            "parent": None if parent is None or parent.getUniqueID() is None
            or int(parent.getUniqueID()) == 0 else str(parent.getName()),
            "summary": bool(t.getSummary()),
            "milestone": bool(t.getMilestone()),
            "start": date(t.getStart()),
            "finish": date(t.getFinish()),
            "duration_days": days(t.getDuration(), None),
            "percent_complete": None if pct is None else float(pct.doubleValue()),
            "baseline_start": date(t.getBaselineStart()),
            "baseline_finish": date(t.getBaselineFinish()),
            "constraint": str(t.getConstraintType()) if t.getConstraintType() else None,
            "preds": [{"pred": str(r.getPredecessorTask().getName()),
                       "type": str(r.getType()),
                       "lag_days": float(r.getLag().convertUnits(TimeUnit.DAYS, pf.getProjectProperties()).getDuration())}
                      for r in (t.getPredecessors() or [])],
        })
    for r in pf.getResources():
        if r.getUniqueID() is None or r.getName() is None:
            continue
        out["resources"].append({"uid": int(r.getUniqueID()), "name": str(r.getName())})
    for a in pf.getResourceAssignments():
        t, r = a.getTask(), a.getResource()
        out["assignments"].append({
            "task": None if t is None else str(t.getName()),
            "resource": None if r is None else str(r.getName()),
            "units": None if a.getUnits() is None else float(a.getUnits().doubleValue()),
        })
    cal = pf.getDefaultCalendar()
    if cal is not None:
        for e in cal.getCalendarExceptions():
            d = e.getFromDate()
            while not d.isAfter(e.getToDate()):
                out["holidays"].append(str(d))
                d = d.plusDays(1)
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
    print()


def main(argv):
    if len(argv) >= 2 and argv[1] == "read" and len(argv) == 3:
        read(argv[2])
    elif len(argv) >= 2 and argv[1] == "generate":
        import argparse
        ap = argparse.ArgumentParser()
        ap.add_argument("--seed", type=int, default=1)
        ap.add_argument("--tasks", type=int, default=40)
        ap.add_argument("out")
        ap.add_argument("truth")
        a = ap.parse_args(argv[2:])
        generate(a.seed, a.tasks, a.out, a.truth)
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main(sys.argv)
