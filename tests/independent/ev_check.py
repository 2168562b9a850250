#!/usr/bin/env python3
"""Independent check of pmo's earned value, ledger actual cost and service
burn (docs/reports.md, "Cost"), written from the docs, not from the Rust
code. Python 3.11 standard library only.

Usage: ev_check.py REPO REPORT.json [REPO REPORT.json ...]

REPO is a generated repository whose documents are JSON (which is YAML
too); REPORT.json is `pmo report plan --format json --as-of D` on it.
Recomputes, per project: % complete and its weighting, planned % (from the
baseline only), BAC, PV, EV, AC (ledger, else undated, else unknown), SPI,
CPI, the three EAC variants and the one named in pmo.toml, the service's
months elapsed, planned burn, actual and burn %; per program the roll-ups
(ratios of sums; % complete = EV / BAC). Exits 1 on the first mismatches.
"""

import datetime as dt
import glob
import json
import os
import sys
import tomllib

D = dt.date.fromisoformat


class Calendar:
    def __init__(self, settings):
        cal = settings.get("calendar", {})
        names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        days = cal.get("working_days", names[:5])
        self.week = [n in days for n in names]
        self.holidays = {D(x) for x in cal.get("holidays", [])}
        self.extra = {D(x) for x in cal.get("workdays", [])}
        self.cache = {}

    def working(self, d):
        if d in self.extra:
            return True
        return self.week[d.weekday()] and d not in self.holidays

    def days(self, a, b):
        """Working days from a to b, both included; 0 when b < a."""
        key = (a, b)
        if key not in self.cache:
            n, d = 0, a
            while d <= b:
                n += self.working(d)
                d += dt.timedelta(days=1)
            self.cache[key] = n
        return self.cache[key]

    def elapsed(self, a, b, as_of):
        total = self.days(a, b)
        if total <= 0:
            return 1.0 if as_of >= b else 0.0
        return self.days(a, min(as_of, b)) / total


def period_bounds(text):
    if "-W" in text:
        y, w = text.split("-W")
        start = dt.date.fromisocalendar(int(y), int(w), 1)
        return start, start + dt.timedelta(days=6)
    y, m = (int(x) for x in text.split("-"))
    start = dt.date(y, m, 1)
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return start, nxt - dt.timedelta(days=1)


def nature(p):
    if "nature" in p:
        return p["nature"]
    if "service" in p:
        return "service" if not p.get("tasks") else "both"
    return "delivery"


def work_of(line, nat):
    if nat == "both" and "work" in line:
        return line["work"]
    return "delivery" if nat == "delivery" else "service"


def actual(p, work, cal, as_of):
    nat = nature(p)
    lines = p.get("actuals", [])
    if lines:
        total = 0.0
        for line in lines:
            if work_of(line, nat) != work:
                continue
            a, b = period_bounds(line["period"])
            total += line.get("cost", 0) * cal.elapsed(a, b, as_of)
        return total, "ledger"
    here = work == "delivery" if nat == "both" else True
    undated = p.get("budget", {}).get("actual")
    if undated is not None and here:
        return float(undated), "undated"
    return None, "unknown"


def months_elapsed(p, cal, as_of):
    start, end = D(p["start"]), min(D(p["end"]), as_of)
    m = dt.date(start.year, start.month, 1)
    total = 0.0
    while m <= end:
        nxt = dt.date(m.year + (m.month == 12), m.month % 12 + 1, 1)
        last = nxt - dt.timedelta(days=1)
        days = cal.days(m, last)
        if days > 0:
            total += cal.days(max(start, m), min(end, last)) / days
        m = nxt
    return total


def project_baseline_percent(p, cal, as_of):
    b = p.get("baseline", {})
    if "end" not in b:
        return None
    start = D(b.get("start", p["start"]))
    return 100.0 * cal.elapsed(start, D(b["end"]), as_of)


def progress(p, rates, cal, as_of):
    """(weighting, % complete, planned %, pv basis)."""
    by_project = project_baseline_percent(p, cal, as_of)
    basis = "project" if by_project is not None else "none"  # without tasks
    tasks = p.get("tasks", [])
    if not tasks:
        ms = p.get("milestones", [])
        if not ms:
            return "none", None, by_project, basis
        reached = sum(1 for m in ms if m.get("done") or "done_on" in m)
        return "milestones", 100.0 * reached / len(ms), by_project, basis
    rows = []
    for t in tasks:
        effort = t.get("effort")
        effort = effort if effort and effort > 0 else None
        rate = rates.get(t.get("owner"))
        rate = rate if rate and rate > 0 else None
        b = t.get("baseline", {})
        baselined = "start" in b and "end" in b
        duration = cal.days(D(b["start"]), D(b["end"])) if baselined else t["duration"]
        done = min(max(t.get("progress", 0) / 100.0, 0.0), 1.0)
        planned = cal.elapsed(D(b["start"]), D(b["end"]), as_of) if baselined else None
        cost = effort * rate if effort and rate else None
        rows.append((cost, effort, duration, done, planned))
    if all(r[0] is not None for r in rows):
        mode, weights = "cost", [r[0] for r in rows]
    elif all(r[1] is not None for r in rows):
        mode, weights = "effort", [r[1] for r in rows]
    else:
        mode, weights = "duration", [float(r[2]) for r in rows]
    if sum(weights) <= 0:
        weights = [1.0] * len(rows)
    done = 100.0 * sum(w * r[3] for w, r in zip(weights, rows)) / sum(weights)
    # A task without a baseline of its own is planned over the project's.
    share = by_project / 100.0 if by_project is not None else None
    planned_each = [r[4] if r[4] is not None else share for r in rows]
    if any(x is None for x in planned_each):
        return mode, done, None, "none"
    planned = 100.0 * sum(w * x for w, x in zip(weights, planned_each)) / sum(weights)
    own = any(r[4] is not None for r in rows)
    return mode, done, planned, "tasks" if own else "project"


def div(a, b):
    return a / b if b else None


def project_figures(bac, done, planned, ac):
    ev = bac * done / 100.0
    pv = None if planned is None else bac * planned / 100.0
    spi = None if pv is None else div(ev, pv)
    cpi = None if ac is None else div(ev, ac)
    eac = {
        "cpi": None if not cpi else bac / cpi,
        "budget_rate": None if ac is None else ac + bac - ev,
        "cpi_spi": None if (ac is None or not cpi or not spi) else ac + (bac - ev) / (cpi * spi),
    }
    return {
        "bac": bac, "ev": ev, "pv": pv, "ac": ac, "spi": spi, "cpi": cpi, "eac": eac,
        "ev_pv": ev if pv is not None else 0.0, "bac_pv": bac if pv is not None else 0.0,
        "ev_ac": ev if ac is not None else 0.0,
        "n": 1, "no_pv": int(pv is None), "no_ac": int(ac is None),
    }


def roll_up(parts):
    if not parts:
        return None
    pvs = [x["pv"] for x in parts if x["pv"] is not None]
    acs = [x["ac"] for x in parts if x["ac"] is not None]
    f = {
        "bac": sum(x["bac"] for x in parts), "ev": sum(x["ev"] for x in parts),
        "pv": sum(pvs) if pvs else None, "ac": sum(acs) if acs else None,
        "ev_pv": sum(x["ev_pv"] for x in parts), "bac_pv": sum(x["bac_pv"] for x in parts),
        "ev_ac": sum(x["ev_ac"] for x in parts),
        "n": sum(x["n"] for x in parts), "no_pv": sum(x["no_pv"] for x in parts),
        "no_ac": sum(x["no_ac"] for x in parts),
    }
    f["spi"] = None if f["pv"] is None else div(f["ev_pv"], f["pv"])
    f["cpi"] = None if f["ac"] is None else div(f["ev_ac"], f["ac"])
    f["eac"] = {
        k: sum(x["eac"][k] if x["eac"][k] is not None else x["bac"] for x in parts)
        for k in ("cpi", "budget_rate", "cpi_spi")
    }
    return f


class Checker:
    def __init__(self):
        self.errors = []
        self.figures = 0

    def same(self, where, name, ours, theirs, places=2):
        self.figures += 1
        if ours is None or theirs is None:
            if ours is not None or theirs is not None:
                self.errors.append(f"{where}: {name}: ours {ours}, pmo {theirs}")
            return
        # pmo rounds half away from zero; compare with the rounding's slack.
        tol = 0.5 * 10 ** -places + 1e-9 * max(1.0, abs(ours))
        if abs(ours - theirs) > tol:
            self.errors.append(f"{where}: {name}: ours {ours:.6f}, pmo {theirs}")

    def earned(self, where, f, ev, method):
        if f is None or ev is None:
            if (f is None) != (ev is None):
                self.errors.append(f"{where}: earned value: ours {f}, pmo {ev}")
            return
        for name in ("bac", "ev", "pv", "ac", "spi", "cpi"):
            self.same(where, name, f[name], ev[name])
        for k in ("cpi", "budget_rate", "cpi_spi"):
            self.same(where, f"eac.{k}", f["eac"][k], ev["eac_variants"][k])
        self.same(where, "eac", f["eac"][method.replace("-", "_")], ev["eac"])
        for ours, key in ((f["n"], "projects"), (f["no_pv"], "without_pv"), (f["no_ac"], "without_ac")):
            if ours != ev[key]:
                self.errors.append(f"{where}: {key}: ours {ours}, pmo {ev[key]}")

    def burn(self, where, b, s):
        if b is None or s is None:
            if (b is None) != (s is None):
                self.errors.append(f"{where}: service: ours {b}, pmo {s}")
            return
        for name in ("run_rate", "months", "planned", "actual", "burn_percent"):
            self.same(where, f"service.{name}", b[name], s[name])


def service_burn(p, cal, as_of):
    if "service" not in p or nature(p) not in ("service", "both"):
        return None
    months = months_elapsed(p, cal, as_of)
    rate = p["service"]["run_rate"]
    ac, _ = actual(p, "service", cal, as_of)
    planned = rate * months
    known = planned if ac is not None else 0.0
    return {"run_rate": rate, "months": months, "planned": planned, "actual": ac,
            "known": known, "burn_percent": None if ac is None else div(100.0 * ac, known)}


def sum_burns(bs):
    if not bs:
        return None
    acs = [b["actual"] for b in bs if b["actual"] is not None]
    known = sum(b["known"] for b in bs)
    ac = sum(acs) if acs else None
    return {"run_rate": sum(b["run_rate"] for b in bs), "months": max(b["months"] for b in bs),
            "planned": sum(b["planned"] for b in bs), "actual": ac, "known": known,
            "burn_percent": None if ac is None else div(100.0 * ac, known)}


def load(repo):
    with open(os.path.join(repo, "pmo.toml"), "rb") as f:
        settings = tomllib.load(f)
    rates = {}
    for path in glob.glob(os.path.join(repo, "people", "*.yaml")):
        with open(path) as f:
            person = json.load(f)
        rates[person["id"]] = person.get("cost_rate")
    projects = {}
    for path in glob.glob(os.path.join(repo, "projects", "*.yaml")):
        with open(path) as f:
            p = json.load(f)
        projects[p["id"]] = p
    return settings, rates, projects


def check(c, repo, report_path):
    settings, rates, projects = load(repo)
    cal = Calendar(settings)
    method = settings.get("plan", {}).get("eac", "cpi")
    with open(report_path) as f:
        report = json.load(f)
    as_of = D(report["meta"]["as_of"])
    for g in report["programs"]:
        parts, burns, percents = [], [], []
        for plan in g["projects"]:
            p = projects[plan["id"]]
            where = f"{os.path.basename(repo)} {as_of} {p['id']}"
            mode, done, planned, basis = progress(p, rates, cal, as_of)
            if plan["weighting"] != mode:
                c.errors.append(f"{where}: weighting: ours {mode}, pmo {plan['weighting']}")
            c.same(where, "percent_complete", done, plan["percent_complete"])
            c.same(where, "planned_percent", planned, plan["planned_percent"])
            if done is not None:
                percents.append(round(done, 2))
            f = None
            budget = p.get("budget")
            if budget and nature(p) in ("delivery", "both") and done is not None:
                ac, ac_basis = actual(p, "delivery", cal, as_of)
                # BAC: the budget approved at baseline when stated.
                bac = float(budget.get("baseline", budget["planned"]))
                f = project_figures(bac, done, planned, ac)
                ev = plan["earned_value"] or {}
                if ev.get("ac_basis") != ac_basis or ev.get("pv_basis") != basis:
                    c.errors.append(f"{where}: bases: ours {basis}/{ac_basis}, pmo {ev.get('pv_basis')}/{ev.get('ac_basis')}")
                parts.append(f)
            c.earned(where, f, plan["earned_value"], method)
            b = service_burn(p, cal, as_of)
            c.burn(where, b, plan["service"])
            if b is not None:
                burns.append(b)
        where = f"{os.path.basename(repo)} {as_of} program {g['id']}"
        total = roll_up(parts)
        c.earned(where, total, g["earned_value"], method)
        c.burn(where, sum_burns(burns), g["service"])
        if total is not None:
            c.same(where, "percent_complete", div(100.0 * total["ev"], total["bac"]), g["percent_complete"])
        elif percents:
            c.same(where, "percent_complete", sum(percents) / len(percents), g["percent_complete"])
    return len(report["programs"])


def main(args):
    if len(args) % 2 or not args:
        print(__doc__)
        return 2
    c = Checker()
    reports = 0
    for repo, report in zip(args[0::2], args[1::2]):
        check(c, repo, report)
        reports += 1
    for e in c.errors[:30]:
        print("MISMATCH", e)
    print(f"checked {reports} reports, {c.figures} figures, {len(c.errors)} mismatches")
    return 1 if c.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
