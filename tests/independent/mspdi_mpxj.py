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
  mspdi_mpxj.py sample OUT.xml
      writes examples/interchange/service-transition.xml: a service
      transition plan as a project manager would keep it in MS Project.
  mspdi_mpxj.py check-order FILE.xml
      checks every element of FILE.xml is one MSPDI has at that place, in
      the order of the schema (MS Project refuses files out of order); the
      order is the one MPXJ's schema classes were generated with. Prints
      the faults on stderr, exit 1 when there are any.
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
    items, start-no-earlier-than dates, progress and one resource each."""
    rnd = random.Random(seed)
    items = []
    phases = max(1, n // 6)
    for i in range(n):
        milestone = i > 0 and rnd.random() < 0.12
        links = []
        if i > 0:
            for _ in range(rnd.choice([0, 1, 1, 1, 2])):
                p = rnd.randrange(max(0, i - 8), i)
                # Milestones follow deliverables (FS), as in real plans:
                # pmo dates a milestone at the end of a day, MS Project an
                # SS-linked one at the start of the next.
                kind = "FS" if milestone else rnd.choice(["FS", "FS", "FS", "SS", "FF", "SF"])
                lag = rnd.choice([0, 0, 0, 1, 2, 3, -1])
                if all(l[0] != p for l in links):
                    links.append((p, kind, lag))
        # A milestone needs a working day before it to be dated on.
        # pmo places a milestone with predecessors after them: no
        # constraint on it.
        snet = None
        if not links or (not milestone and rnd.random() < 0.1):
            snet = rnd.randint(1 if milestone else 0, 30)
        items.append(dict(
            name=f"{'Milestone' if milestone else 'Task'} {i + 1}",
            phase=f"Phase {min(phases - 1, i * phases // n) + 1}",
            milestone=milestone, dur=0 if milestone else rnd.randint(1, 15), links=links,
            snet=snet, pct=rnd.choice([0, 0, 25, 50, 100]), resource=rnd.randrange(4),
            units=rnd.choice([0.5, 1.0]), slip=i % 3))
    return items


def forward(items):
    """The forward pass, in working-day points: what MS Project shows."""
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


def write_project(items, people, out, title, company=None, manager=None, notes=None,
                  leave=None):
    """Writes items (in outline order: phases contiguous) as MSPDI with
    MPXJ. people: (name, group, rate per hour or None)."""
    start_jvm()
    from java.time import LocalDate, LocalDateTime
    from java.lang import Double
    from org.mpxj import (ProjectFile, Duration, TimeUnit, RelationType, Relation,
                          ConstraintType, ResourceType)
    from org.mpxj.writer import UniversalProjectWriter, FileFormat

    forward(items)
    days = working_days(PROJECT_START, max(it["ef"] for it in items) + 80)

    def at(k, hour):
        d = days[k]
        return LocalDateTime.of(d.year, d.month, d.day, hour, 0)

    pf = ProjectFile()
    props = pf.getProjectProperties()
    props.setProjectTitle(title)
    if company:
        props.setCompany(company)
    if manager:
        props.setManager(manager)
    props.setStartDate(at(0, 8))
    cal = pf.addDefaultBaseCalendar()
    props.setDefaultCalendar(cal)
    for h in HOLIDAYS:
        cal.addCalendarException(LocalDate.of(h.year, h.month, h.day))
    resources = []
    for name, group, rate in people:
        r = pf.addResource()
        r.setName(name)
        r.setType(ResourceType.WORK)
        r.setGroup(group)
        if rate:
            from org.mpxj import Rate, CostRateTable, CostRateTableEntry
            from org.mpxj.common import LocalDateTimeHelper
            table = CostRateTable()
            table.add(CostRateTableEntry(LocalDateTimeHelper.START_DATE_NA,
                                         LocalDateTimeHelper.END_DATE_NA, Double(0.0),
                                         [Rate(float(rate), TimeUnit.HOURS),
                                          Rate(0.0, TimeUnit.HOURS)]))
            r.setCostRateTable(0, table)
        if leave and name in leave:
            rc = pf.addDefaultDerivedCalendar()
            rc.setParent(cal)
            rc.setName(name)
            a, b = leave[name]
            rc.addCalendarException(LocalDate.of(a.year, a.month, a.day),
                                    LocalDate.of(b.year, b.month, b.day))
            r.setCalendar(rc)
        resources.append(r)
    # Tasks are created in outline order: MSPDI keeps the hierarchy as the
    # order of the tasks and their outline levels.
    summaries = {}
    tasks = []
    for it in items:
        if it["phase"] not in summaries:
            s = pf.addTask()
            s.setName(it["phase"])
            summaries[it["phase"]] = s
        t = summaries[it["phase"]].addTask()
        t.setName(it["name"])
        t.setDuration(Duration.getInstance(it["dur"], TimeUnit.DAYS))
        if it["milestone"]:
            t.setMilestone(True)
            t.setStart(at(it["es"] - 1, 17))
            t.setFinish(at(it["es"] - 1, 17))
            if it["pct"] >= 100:
                t.setPercentageComplete(Double(100.0))
                t.setActualFinish(at(it["es"] - 1, 17))
        else:
            t.setStart(at(it["es"], 8))
            t.setFinish(at(it["ef"] - 1, 17))
            t.setPercentageComplete(Double(float(it["pct"])))
            if it["pct"] > 0:
                t.setActualStart(at(it["es"], 8))
            if it["pct"] >= 100:
                t.setActualFinish(at(it["ef"] - 1, 17))
            t.setBaselineStart(at(it["es"], 8))
            t.setBaselineFinish(at(it["ef"] - 1 + it["slip"], 17))
            if it["resource"] is not None:
                a = t.addResourceAssignment(resources[it["resource"]])
                a.setUnits(Double(it["units"] * 100.0))
                a.setWork(Duration.getInstance(it["dur"] * 8 * it["units"], TimeUnit.HOURS))
                a.setStart(t.getStart())
                a.setFinish(t.getFinish())
        if notes and it["name"] in notes:
            t.setNotes(notes[it["name"]])
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
    for name, s in summaries.items():
        kids = [it for it in items if it["phase"] == name]
        s.setSummary(True)
        s.setStart(at(min(it["es"] for it in kids if not it["milestone"]) if any(not it["milestone"] for it in kids) else 0, 8))
        s.setFinish(at(max(it["ef"] for it in kids) - 1, 17))
    UniversalProjectWriter(FileFormat.MSPDI).write(pf, out)

    def day(k):
        return days[k].isoformat()

    truth = {"tasks": [], "holidays": [h.isoformat() for h in HOLIDAYS],
             "resources": [p[0] for p in people]}
    for it in items:
        truth["tasks"].append({
            "name": it["name"], "group": it["phase"], "milestone": it["milestone"],
            "duration": it["dur"],
            "start": day(it["es"] - 1) if it["milestone"] else day(it["es"]),
            "finish": day(it["ef"] - 1),
            "progress": it["pct"] if not it["milestone"] else (100 if it["pct"] >= 100 else 0),
            "baseline_finish": None if it["milestone"] else day(it["ef"] - 1 + it["slip"]),
            "resource": None if it["milestone"] or it["resource"] is None else people[it["resource"]][0],
            "links": [{"pred": items[p]["name"], "type": k, "lag": lag} for p, k, lag in it["links"]],
        })
    return truth


def generate(seed, n, out, truth_path):
    items = plan(seed, n)
    people = [("Wang Fang", "Engineering", None), ("Li Na", "Operations", None),
              ("Zhang Wei", "Engineering", None), ("Chen Jing", "Operations", None)]
    truth = write_project(items, people, out, f"Generated project {seed}")
    with open(truth_path, "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=1)


def sample(out):
    """The committed example: moving a logistics company's service desk
    and network operations to a managed service, as a PM would plan it."""
    people = [("Zhou Lei", "PMO", 320), ("Sun Li", "Service desk", 180),
              ("He Jun", "Network operations", 260), ("Guo Ying", "Network operations", 240),
              ("Ma Tao", "Service desk", 160)]
    P, S, H, G, M = range(5)
    rows = [
        # name, phase, days, links (index, type, lag), snet, % complete, resource, units
        ("Kick-off and transition charter", "Initiation", 3, [], 0, 100, P, 1.0),
        ("Current service baseline (tickets, SLAs, assets)", "Initiation", 8, [(0, "FS", 0)], None, 100, S, 1.0),
        ("Network inventory and topology audit", "Initiation", 10, [(0, "FS", 0)], None, 100, H, 1.0),
        ("Transition plan approved", "Initiation", 0, [(1, "FS", 0), (2, "FS", 0)], None, 100, None, 1.0),
        ("Knowledge transfer: service desk", "Knowledge transfer", 15, [(3, "FS", 0)], None, 60, S, 1.0),
        ("Knowledge transfer: network operations", "Knowledge transfer", 20, [(3, "FS", 2)], None, 40, G, 1.0),
        ("Runbooks and known-error database", "Knowledge transfer", 12, [(4, "SS", 5)], None, 25, M, 0.5),
        ("Monitoring and NOC tooling set-up", "Knowledge transfer", 10, [(5, "SS", 3)], None, 30, H, 0.5),
        ("Shadow operation (our staff watching)", "Parallel run", 10, [(4, "FS", 0), (6, "FF", 2)], None, 0, M, 1.0),
        ("Reverse shadow (our staff operating)", "Parallel run", 10, [(8, "FS", 0), (7, "FS", 0)], None, 0, S, 1.0),
        ("Network change freeze window", "Parallel run", 5, [(5, "FF", 0)], 62, 0, G, 1.0),
        ("Service acceptance review", "Parallel run", 0, [(9, "FS", 0), (10, "FS", 0)], None, 0, None, 1.0),
        ("Cut-over weekend and hypercare", "Cut-over", 10, [(11, "FS", 1)], None, 0, H, 1.0),
        ("SLA reporting from our service desk", "Cut-over", 5, [(12, "SS", 2)], None, 0, P, 0.5),
        ("Steady state handed over", "Cut-over", 0, [(12, "FS", 0), (13, "FS", 0)], None, 0, None, 1.0),
    ]
    items = [dict(name=r[0], phase=r[1], dur=r[2], milestone=r[2] == 0, links=r[3], snet=r[4],
                  pct=r[5], resource=r[6], units=r[7], slip=1 if i in (5, 7) else 0)
             for i, r in enumerate(rows)]
    write_project(items, people, out, "Hengtong Logistics service transition",
                  company="Hengtong Logistics", manager="Zhou Lei",
                  notes={"Cut-over weekend and hypercare": "Needs the customer's change board approval two weeks ahead."},
                  leave={"He Jun": (dt.date(2026, 5, 25), dt.date(2026, 5, 29))})


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


def check_order(path):
    start_jvm()
    import xml.etree.ElementTree as ET
    from java.lang import Class
    from java.lang.reflect import ParameterizedType
    xml_type = Class.forName("jakarta.xml.bind.annotation.XmlType")
    xml_element = Class.forName("jakarta.xml.bind.annotation.XmlElement")

    def fields(cls):
        """(element name, child class) in schema order."""
        out = []
        for prop in cls.getAnnotation(xml_type).propOrder():
            f = cls.getDeclaredField(prop)
            a = f.getAnnotation(xml_element)
            name = str(a.name()) if a is not None and str(a.name()) != "##default" else str(prop)
            t = f.getGenericType()
            if isinstance(t, ParameterizedType):
                t = t.getActualTypeArguments()[0]
            out.append((name, t))
        return out

    faults = []

    def walk(el, cls, where):
        if cls.getAnnotation(xml_type) is None:
            return
        known = fields(cls)
        names = [n for n, _ in known]
        last = -1
        for child in el:
            tag = child.tag.split("}")[-1]
            if tag not in names:
                faults.append(f"{where}/{tag}: no such element here")
                continue
            k = names.index(tag)
            if k < last:
                faults.append(f"{where}/{tag}: out of order (after {names[last]})")
            last = max(last, k)
            walk(child, known[k][1], f"{where}/{tag}")

    root = ET.parse(path).getroot()
    walk(root, Class.forName("org.mpxj.mspdi.schema.Project"), "Project")
    for f in sorted(set(faults)):
        print(f, file=sys.stderr)
    sys.exit(1 if faults else 0)


def main(argv):
    if len(argv) >= 2 and argv[1] == "read" and len(argv) == 3:
        read(argv[2])
    elif len(argv) == 3 and argv[1] == "check-order":
        check_order(argv[2])
    elif len(argv) == 3 and argv[1] == "sample":
        sample(argv[2])
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
