#!/usr/bin/env python3
"""An independent, plain-Python implementation of contract §2 (gaps), for differential tests.

    python3 tools/reference/perfplan_ref.py --data DIR --as-of YYYY-MM > ref.json
    python3 tools/reference/compare.py ref.json <(perfplan gaps --data DIR --as-of YYYY-MM --format json)

It reads valid data only (CSV with , or ;, per-dataset JSON, or dataset.json; perfplan.json)
and prints the `gaps --format json` object. Written from CONTRACT.md, not from the Swift code.
"""
import argparse
import csv
import io
import json
import math
import os
import sys

DATASETS = ["employees", "indicators", "targets", "actuals", "benchmarks", "plans", "notes"]
NUMERIC = {"scale_min", "scale_max", "weight", "threshold", "target", "value", "cycle"}
DEFAULT_POLICY = {
    "organization": "", "attainment_cap": 1.5, "at_risk_tolerance": 0.10, "baseline_months": 12,
    "trend_months": 6, "review_months": 3,
    "triggers": {"composite_below": 0.85, "composite_months": 3, "miss_streak": 3, "critical_missed": True},
    "max_focus": 3, "plan_months": 3, "max_cycles": 2, "checkin_every_weeks": 2,
    "rating_bands": [{"min": 1.10, "label": "Exceeds"}, {"min": 0.95, "label": "Meets"},
                     {"min": 0.80, "label": "Partially meets"}, {"min": 0, "label": "Below"}],
}


def clean(row):
    out = {}
    for k, v in row.items():
        if v is None:
            continue
        if isinstance(v, str):
            v = v.strip()
            if v == "":
                continue
            if k in NUMERIC:
                v = float(v)
        elif isinstance(v, bool):
            pass
        elif isinstance(v, (int, float)) and k not in NUMERIC:
            v = str(v)  # ids given as JSON integers become text
        elif isinstance(v, int):
            v = float(v)
        out[k.strip()] = v
    return out


def read_csv(path):
    text = open(path, encoding="utf-8-sig", newline="").read()
    header = text.split("\n", 1)[0]
    outside, q = [], False
    for ch in header:
        if ch == '"':
            q = not q
        elif not q:
            outside.append(ch)
    delim = ";" if outside.count(";") > outside.count(",") else ","
    rows = []
    reader = csv.reader(io.StringIO(text), delimiter=delim)
    names = None
    for rec in reader:
        if not rec or all(c.strip() == "" for c in rec):
            continue
        if names is None:
            names = [c.strip() for c in rec]
            continue
        rows.append(clean(dict(zip(names, rec))))
    return rows


def load(d):
    data = {}
    combined = os.path.join(d, "dataset.json")
    if os.path.exists(combined):
        obj = json.load(open(combined, encoding="utf-8"))
        for k in DATASETS:
            if k in obj:
                data[k] = [clean(r) for r in obj[k]]
    for k in DATASETS:
        c, j = os.path.join(d, k + ".csv"), os.path.join(d, k + ".json")
        if os.path.exists(c):
            data[k] = read_csv(c)
        elif os.path.exists(j):
            data[k] = [clean(r) for r in json.load(open(j, encoding="utf-8"))]
        data.setdefault(k, [])
    policy = json.loads(json.dumps(DEFAULT_POLICY))
    p = os.path.join(d, "perfplan.json")
    if os.path.exists(p):
        user = json.load(open(p, encoding="utf-8"))
        for k, v in user.items():
            if k == "triggers":
                policy["triggers"].update(v)
            else:
                policy[k] = v
    return data, policy


def month_index(s):
    return int(s[:4]) * 12 + int(s[5:7]) - 1


def month_text(i):
    return "%04d-%02d" % (i // 12, i % 12 + 1)


def parse_scope(s):
    s = s.strip()
    if s == "*":
        return (0, None, None)
    prefix, name = s.split(":", 1)
    kind = {"employee": 3, "role": 2, "department": 1}[prefix.strip().lower()]
    return (kind, name.strip(), None)


def parse_period(s):
    s = s.strip()
    if s == "*":
        return (0, -10**9, 10**9)
    if ".." in s:
        a, b = s.split("..")
        return (1, month_index(a), month_index(b))
    m = month_index(s)
    return (2, m, m)


def fsum_mean(xs):
    return math.fsum(xs) / len(xs) if xs else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--as-of", required=True)
    ap.add_argument("--employee", action="append", default=[])
    a = ap.parse_args()
    data, policy = load(a.data)
    P = month_index(a.as_of)
    cap, tol = policy["attainment_cap"], policy["at_risk_tolerance"]
    trig = policy["triggers"]

    emps = {}
    for e in data["employees"]:
        emps.setdefault(e["employee_id"], e)
    inds = {}
    for i in data["indicators"]:
        inds.setdefault(i["indicator_id"], i)
    targets = []
    for t in data["targets"]:
        kind, name, _ = parse_scope(t["scope"])
        pk, lo, hi = parse_period(t["period"])
        targets.append((t, kind, name, pk, lo, hi))
    values = {}
    for r in data["actuals"]:
        values[(r["employee_id"], r["indicator_id"], month_index(r["period"]))] = r["value"]
    bench = {}
    for b in data["benchmarks"]:
        if b.get("scope", "industry") == "industry":
            bench.setdefault(b["indicator_id"], b["value"])

    def resolve(eid, iid, m):
        e = emps[eid]
        best = None
        for t, kind, name, pk, lo, hi in targets:
            if t["indicator_id"] != iid or not (lo <= m <= hi):
                continue
            if kind == 3 and name != eid:
                continue
            if kind == 2 and name != e["role"]:
                continue
            if kind == 1 and name != e["department"]:
                continue
            key = (kind, pk)
            if best is None or key > best[0]:
                best = (key, t)
        if best is None:
            return None
        t = best[1]
        ind = inds[iid]
        target = t["target"]
        if "threshold" in t:
            h = t["threshold"]
        elif "threshold" in ind:
            h = ind["threshold"]
        else:
            h = 0.0 if ind["direction"] == "higher" else 2 * target
        w = t.get("weight", ind["weight"])
        return target, h, w

    def att(v, target, h):
        x = (v - h) / (target - h)
        return min(max(x, 0.0), cap)

    def status(x):
        return "met" if x >= 1 else ("at_risk" if x >= 1 - tol else "missed")

    def better(d, x, y):
        return x > y if d == "higher" else x < y

    def status_at(eid, iid, m):
        r = resolve(eid, iid, m)
        v = values.get((eid, iid, m))
        if r is None or v is None:
            return None, None
        x = att(v, r[0], r[1])
        return x, status(x)

    # Peers: every employee of the role with a value at P.
    peers = {}
    for (eid, iid, m), v in values.items():
        if m == P and eid in emps:
            peers.setdefault((emps[eid]["role"], iid), []).append(v)

    def composite(eid, m):
        num, den = [], []
        for iid in inds:
            r = resolve(eid, iid, m)
            v = values.get((eid, iid, m))
            if r is None or v is None:
                continue
            num.append(r[2] * att(v, r[0], r[1]))
            den.append(r[2])
        if not den:
            return None
        return math.fsum(num) / math.fsum(den)

    ids = sorted(a.employee or emps.keys(), key=lambda s: s.encode("utf-8"))
    out = []
    for eid in ids:
        e = emps[eid]
        rows = []
        for iid in sorted(inds, key=lambda s: s.encode("utf-8")):
            r = resolve(eid, iid, P)
            if r is None:
                continue
            target, h, w = r
            d = inds[iid]["direction"]
            v = values.get((eid, iid, P))
            row = {"indicator_id": iid, "actual": v, "target": target, "threshold": h, "gap": None, "shortfall": None,
                   "attainment": None, "status": None}
            if v is not None:
                x = att(v, target, h)
                row.update(gap=v - target, shortfall=max(target - v if d == "higher" else v - target, 0.0),
                           attainment=x, status=status(x))
            row["prev"] = values.get((eid, iid, P - 1))
            row["yoy"] = values.get((eid, iid, P - 12))
            base = [values[(eid, iid, m)] for m in range(P - policy["baseline_months"] + 1, P + 1) if (eid, iid, m) in values]
            row["annual_avg"] = fsum_mean(base)
            srt = sorted(base, reverse=(d == "higher"))  # best first
            row["best3_avg"] = fsum_mean(srt[:3]) if len(base) >= 3 else None
            row["worst3_avg"] = fsum_mean(srt[-3:]) if len(base) >= 3 else None
            pts = [(m, values[(eid, iid, m)]) for m in range(P - policy["trend_months"] + 1, P + 1) if (eid, iid, m) in values]
            if len(pts) >= 3:
                mx = math.fsum(p[0] for p in pts) / len(pts)
                my = math.fsum(p[1] for p in pts) / len(pts)
                sxy = math.fsum((p[0] - mx) * (p[1] - my) for p in pts)
                sxx = math.fsum((p[0] - mx) ** 2 for p in pts)
                row["trend_slope"] = sxy / sxx if sxx else None
            else:
                row["trend_slope"] = None
            streak = 0
            if v is not None:
                m = P
                while True:
                    _, s = status_at(eid, iid, m)
                    if s != "missed":
                        break
                    streak += 1
                    m -= 1
            row["miss_streak"] = streak
            group = sorted(peers.get((e["role"], iid), []))
            n = len(group)
            row["peer_n"] = n
            row["peer_mean"] = fsum_mean(group)
            if n == 0:
                row["peer_median"] = None
            elif n % 2:
                row["peer_median"] = group[n // 2]
            else:
                row["peer_median"] = (group[n // 2 - 1] + group[n // 2]) / 2
            if v is not None and n:
                worse = sum(1 for g in group if better(d, v, g))
                equal = sum(1 for g in group if g == v)
                row["percentile"] = 100 * (worse + 0.5 * equal) / n
                row["gap_to_peer"] = v - row["peer_mean"]
            else:
                row["percentile"] = None
                row["gap_to_peer"] = None
            row["benchmark"] = bench.get(iid)
            row["gap_to_benchmark"] = v - row["benchmark"] if v is not None and row["benchmark"] is not None else None
            row["_weight"] = w
            # triggers_plan false (contract §7.46): in every figure, but it fires no trigger.
            fires = str(inds[iid].get("triggers_plan", "true")).lower() != "false"
            row["_critical"] = fires and str(inds[iid].get("critical", "false")).lower() == "true"
            row["_fires"] = fires
            rows.append(row)

        comp = composite(eid, P)
        rating = None
        if comp is not None:
            for band in policy["rating_bands"]:
                if comp >= band["min"]:
                    rating = band["label"]
                    break
        reasons = []
        cb = trig.get("composite_below")
        if cb is not None:
            cs = [composite(eid, P - k) for k in range(trig["composite_months"])]
            if all(c is not None and c < cb for c in cs):
                reasons.append("composite_below")
        ms = trig.get("miss_streak")
        if ms and any(r["_fires"] and r["miss_streak"] >= ms for r in rows):
            reasons.append("miss_streak")
        if trig.get("critical_missed") and any(r["_critical"] and r["status"] == "missed" for r in rows):
            reasons.append("critical_missed")
        cand = [r for r in rows if r["status"] in ("at_risk", "missed")]
        cand.sort(key=lambda r: (-(r["_weight"] * (1 - min(r["attainment"], 1))), r["indicator_id"].encode("utf-8")))
        focus = [r["indicator_id"] for r in cand[:policy["max_focus"]]]
        # Contract §7.47: one more than the plans with an outcome, and never a number a plan
        # whose period is over already holds.
        mine = [p for p in data["plans"] if p["employee_id"] == eid]
        ended = [int(p["cycle"]) for p in mine if month_index(p["end"]) <= P]
        cycle = max(1 + sum(1 for p in mine if p["outcome"] != "active"), (max(ended) + 1) if ended else 1)
        for r in rows:
            del r["_weight"], r["_critical"], r["_fires"]
        order = ["indicator_id", "actual", "target", "threshold", "gap", "shortfall", "attainment", "status", "prev", "yoy",
                 "annual_avg", "best3_avg", "worst3_avg", "trend_slope", "miss_streak", "peer_mean", "peer_median", "peer_n",
                 "percentile", "gap_to_peer", "benchmark", "gap_to_benchmark"]
        out.append({"employee_id": eid, "composite": comp, "rating": rating, "flagged": bool(reasons), "reasons": reasons,
                    "cycle": cycle, "focus": focus, "indicators": [{k: r[k] for k in order} for r in rows]})
    json.dump({"as_of": a.as_of, "employees": out}, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
