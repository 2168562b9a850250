#!/usr/bin/env python3
"""Independent check of `pmo report plan`'s critical path method.

Usage: cpm_check.py NETWORK.json REPORT.json

NETWORK.json describes the generated network (calendar, projects, tasks,
milestones, dependencies); REPORT.json is `pmo report plan --format json`.
This script schedules the network on its own -- a sorted list of working
days and bisect for the calendar, graphlib (or networkx, when installed) for
the order -- and compares every item's early/late start and finish, total
and free float and both critical flags. Exit 0 when all agree.

The rules it implements are those documented in src/analysis/schedule.rs:
points count working days; a task of D days from point s finishes at s+D;
a task's `start` (else its project's start) is a start-no-earlier-than; a
milestone with predecessors is placed by them, one without at the end of
its due day; FS/SS/FF links with lags; the backward pass runs against the
project's finish (and, for the program flag, the program's finish).
"""
import bisect
import datetime as dt
import json
import sys

try:
    import networkx as nx
except ImportError:  # plain python3 is enough
    nx = None
import graphlib


def main(network_path, report_path):
    net = json.load(open(network_path))
    rep = json.load(open(report_path))
    D = dt.date.fromisoformat
    holidays = {D(h) for h in net["holidays"]}
    workdays = {D(w) for w in net["workdays"]}
    lo, hi = D("2020-01-01"), D("2040-12-31")
    days = [lo + dt.timedelta(i) for i in range((hi - lo).days + 1)]
    work = [d for d in days if d in workdays or (d.weekday() < 5 and d not in holidays)]
    ord_ = lambda d: bisect.bisect_left(work, d)          # first working day >= d
    ord_end = lambda d: ord_(d + dt.timedelta(1))

    dur, lower, proj, prog, preds = {}, {}, {}, {}, {}
    for p in net["projects"]:
        for t in p["tasks"]:
            k = (p["id"], t["id"])
            dur[k] = t["duration"]
            lower[k] = ord_(D(t["start"])) if t.get("start") else ord_(D(p["start"]))
            preds[k] = [((d.get("project") or p["id"], d["ref"]), d["type"], d["lag"]) for d in t["deps"]]
        for m in p["milestones"]:
            k = (p["id"], m["id"])
            dur[k] = 0
            preds[k] = [((d.get("project") or p["id"], d["ref"]), d["type"], d["lag"]) for d in m["deps"]]
            lower[k] = ord_(D(p["start"])) if preds[k] else ord_end(D(m["due"]))
        for k in dur:
            if k[0] == p["id"]:
                proj[k], prog[k] = p["id"], p["program"]
    if nx is not None:
        g = nx.DiGraph()
        g.add_nodes_from(dur)
        g.add_edges_from((a, k) for k in preds for a, _, _ in preds[k])
        order = list(nx.topological_sort(g))
    else:
        order = list(graphlib.TopologicalSorter({k: [a for a, _, _ in v] for k, v in preds.items()}).static_order())
    succs = {k: [] for k in dur}
    for k, v in preds.items():
        for a, typ, lag in v:
            succs[a].append((k, typ, lag))

    es, ef = {}, {}
    for k in order:
        s = lower[k]
        for a, typ, lag in preds[k]:
            s = max(s, {"fs": ef[a] + lag, "ss": es[a] + lag, "ff": ef[a] + lag - dur[k]}[typ])
        es[k], ef[k] = s, s + dur[k]

    def backward(bound):
        ls, lf, ff = {}, {}, {}
        for k in reversed(order):
            lf[k], ff[k] = bound[k], bound[k] - ef[k]
            for s, typ, lag in succs[k]:
                late = {"fs": ls[s] - lag, "ss": ls[s] - lag + dur[k], "ff": lf[s] - lag}[typ]
                slack = {"fs": es[s] - lag - ef[k], "ss": es[s] - lag - es[k], "ff": ef[s] - lag - ef[k]}[typ]
                lf[k], ff[k] = min(lf[k], late), min(ff[k], slack)
            ls[k] = lf[k] - dur[k]
        return ls, lf, ff

    pfin, gfin = {}, {}
    for k in dur:
        pfin[proj[k]] = max(pfin.get(proj[k], ef[k]), ef[k])
        gfin[prog[k]] = max(gfin.get(prog[k], ef[k]), ef[k])
    ls, lf, ff = backward({k: pfin[proj[k]] for k in dur})
    ls2, _, _ = backward({k: gfin[prog[k]] for k in dur})

    start_date = lambda p, d: work[p] if d > 0 else work[p - 1]
    finish_date = lambda p: work[p - 1]
    checked, wrong = 0, []
    for program in rep["programs"]:
        for p in program["projects"]:
            for item in p["items"]:
                k = (p["id"], item["id"])
                want = {
                    "early_start": start_date(es[k], dur[k]).isoformat(),
                    "early_finish": finish_date(ef[k]).isoformat(),
                    "late_start": start_date(ls[k], dur[k]).isoformat(),
                    "late_finish": finish_date(lf[k]).isoformat(),
                    "total_float": ls[k] - es[k],
                    "free_float": ff[k],
                    "critical": ls[k] == es[k],
                    "program_critical": ls2[k] == es[k],
                    "duration": dur[k],
                }
                for field, value in want.items():
                    if item[field] != value:
                        wrong.append(f"{k} {field}: pmo {item[field]!r}, python {value!r}")
                checked += 1
    critical = sum(1 for k in dur if ls[k] == es[k])
    print(f"checked {checked} items of {len(dur)} ({critical} critical) with "
          f"{'networkx' if nx else 'graphlib'}: {len(wrong)} disagreements")
    for w in wrong[:20]:
        print("  " + w)
    return 0 if not wrong and checked == len(dur) else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
