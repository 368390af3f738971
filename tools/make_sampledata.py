#!/usr/bin/env python3
"""Writes SampleData/: a small, realistic dataset for a fictional trading company.

Deterministic (fixed seed): re-running it gives the same files. Hand-placed figures carry
the contract's worked examples and the employees the triggers should flag:
  E012 Sales Representative: sales_revenue 219 000 against 200 000 in 2026-10, while the
       role's ten representatives average exactly 350 000 (gap_to_peer -131 000).
  E031 Accountant: report_delay_days 2 (target 0, threshold 5) -> attainment 0.6, missed.
Flagged at 2026-10 by design: E013 (miss streak, composite), E021 (composite), E023 (cycle 2),
E031 (miss streak), E033 (critical: invoice errors), E037 (critical: on-time delivery).

usage: tools/make_sampledata.py [OUT_DIR]   (default: SampleData)
"""
import csv
import io
import json
import os
import random
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "SampleData"
rng = random.Random(20261001)
MONTHS = [f"{y}-{m:02d}" for y in (2025, 2026) for m in range(1, 13)]
MONTHS = MONTHS[MONTHS.index("2025-05"):MONTHS.index("2026-10") + 1]  # 18 months
P = "2026-10"

# ---------------------------------------------------------------- employees
people = [
    # id, name, title, role, department, manager, location
    ("E001", "Ingrid Bergström", "Managing Director", "Managing Director", "Operations", "", "Hamburg"),
    ("E002", "Núñez, Ana", "Head of Sales", "Team Lead", "Sales", "E001", "Madrid"),
    ("E003", "Kwame Mensah", "Head of Customer Service", "Team Lead", "Customer Service", "E001", "Hamburg"),
    ("E004", "Élodie Fournier", "Head of Finance", "Team Lead", "Finance", "E001", "Lyon"),
    ("E005", "Tomasz Wiśniewski", "Head of Logistics", "Team Lead", "Operations", "E001", "Poznań"),
]
reps = ["Bob Stone", "Chloé Martin", "Dmitri Volkov", "Aisha Rahman", "Lukas Schmid", "Sofia Rossi",
        "O'Brien, Liam", "Mei Lin", "Carlos Ortega", "Hannah Weber"]
for k, name in enumerate(reps):
    people.append((f"E{10 + k:03d}", name, "Sales Representative", "Sales Representative", "Sales", "E002",
                   ["Madrid", "Hamburg", "Lyon"][k % 3]))
for k, name in enumerate(["Fatima Zahra", "Jonas Berg", "Priya Nair", "Mateo García"]):
    people.append((f"E{45 + k:03d}", name, "Key Account Manager", "Account Manager", "Sales", "E002", "Madrid"))
for k, name in enumerate(["Yusuf Demir", "Ines Carvalho", "Noah Fischer", "Amélie Laurent", "Kenji Watanabe",
                          "Zoë van Dijk", "Samuel Okafor", "Lena Novak", "Rafael Souza"]):
    people.append((f"E{20 + k:03d}", name, "Customer Support Agent", "Support Agent", "Customer Service", "E003", "Hamburg"))
for k, name in enumerate(["Marta Kowalska", "Pierre Dubois", "Grace Kim", "Ahmed Hassan", "Julia Richter", "Björn Larsson"]):
    people.append((f"E{30 + k:03d}", name, "Accountant", "Accountant", "Finance", "E004", "Lyon"))
for k, name in enumerate(["Oliver Brown", "Ewa Zielińska", "Diego Fernández", "Nora Hansen", "Viktor Petrov", "Selin Yılmaz"]):
    people.append((f"E{36 + k:03d}", name, "Logistics Coordinator", "Logistics Coordinator", "Operations", "E005", "Poznań"))
people.sort(key=lambda p: p[0])
role_of = {p[0]: p[3] for p in people}
dept_of = {p[0]: p[4] for p in people}


def email(name):
    plain = name.replace(",", "").replace("'", "").split()
    if "," in name:  # "Núñez, Ana" → Ana Núñez
        plain = plain[1:] + plain[:1]
    import unicodedata
    ascii_name = unicodedata.normalize("NFKD", ".".join(plain)).encode("ascii", "ignore").decode()
    return ascii_name.lower().replace("ł", "l") + "@northwind.example"


# ---------------------------------------------------------------- indicators
# id, name, unit, direction, kind, scale_min, scale_max, weight, threshold, critical, category, description
indicators = [
    ("sales_revenue", "Sales revenue", "EUR", "higher", "", "", "", 3, "", "false", "sales",
     "Revenue booked in the month, net of returns"),
    ("new_accounts", "New accounts", "accounts", "higher", "", "", "", 1, "", "false", "sales",
     "Customers who placed a first order"),
    ("report_delay_days", "Monthly report delay", "days", "lower", "", "", "", 1, 5, "false", "delivery",
     "Working days the monthly report arrived after the 6th"),
    ("first_response_hours", "First response time", "hours", "lower", "", "", "", 2, 8, "false", "quality",
     "Median hours to the first reply on a ticket"),
    ("csat_rating", "Customer satisfaction", "rating", "higher", "qualitative", 1, 5, 2, 1, "false", "quality",
     "Average survey rating, rounded, 1 (poor) to 5 (excellent)"),
    ("tickets_resolved", "Tickets resolved", "tickets", "higher", "", "", "", 2, "", "false", "delivery",
     "Tickets closed as resolved in the month"),
    ("invoice_error_rate", "Invoice error rate", "%", "lower", "", "", "", 2, 5, "true", "quality",
     "Share of invoices corrected after sending"),
    ("on_time_delivery", "On-time delivery", "%", "higher", "", "", "", 3, 80, "true", "delivery",
     "Share of shipments delivered on the promised day"),
    ("cost_per_shipment", "Cost per shipment", "EUR", "lower", "", "", "", 1, 60, "false", "delivery",
     "Average handling and freight cost per shipment"),
    ("training_hours", "Training hours", "hours", "higher", "", "", "", 0.5, "", "false", "learning",
     "Hours of courses, e-learning or coaching attended"),
    ("peer_feedback", "Peer feedback", "rating", "higher", "qualitative", 1, 5, 1, 1, "false", "learning",
     "Colleagues' rating of collaboration, 1 to 5"),
]

# ---------------------------------------------------------------- targets (every scope and period kind, no ties)
targets = [
    # indicator_id, scope, period, target, threshold, weight
    ("sales_revenue", "role:Sales Representative", "*", 200000, "", ""),
    ("sales_revenue", "role:Sales Representative", "2026-11..2027-12", 210000, "", ""),
    ("sales_revenue", "role:Account Manager", "*", 300000, "", ""),
    ("sales_revenue", "employee:E016", "2026-10", 180000, "", ""),  # parental leave in part of October
    ("new_accounts", "department:Sales", "*", 4, "", ""),
    ("report_delay_days", "department:Finance", "*", 0, "", ""),
    ("report_delay_days", "role:Sales Representative", "*", 0, "", ""),
    ("first_response_hours", "role:Support Agent", "*", 2, "", ""),
    ("first_response_hours", "role:Support Agent", "2025-05..2025-12", 3, "", ""),
    ("csat_rating", "role:Support Agent", "*", 4, "", ""),
    ("csat_rating", "role:Account Manager", "*", 4, "", ""),
    ("tickets_resolved", "role:Support Agent", "*", 120, "", ""),
    ("tickets_resolved", "employee:E026", "2026-01..2026-12", 90, 30, 1),  # part-time, lower bar
    ("invoice_error_rate", "department:Finance", "*", 1, "", ""),
    ("on_time_delivery", "department:Operations", "*", 95, "", ""),
    ("on_time_delivery", "department:Operations", "2026-10", 97, "", ""),  # peak-season promise
    ("cost_per_shipment", "role:Logistics Coordinator", "*", 40, "", ""),
    ("training_hours", "*", "*", 4, "", ""),
    ("training_hours", "*", "2026-07..2026-08", 2, "", ""),  # summer
    ("peer_feedback", "*", "*", 4, "", ""),
]

applies = {
    "Sales Representative": ["sales_revenue", "new_accounts", "report_delay_days", "training_hours", "peer_feedback"],
    "Account Manager": ["sales_revenue", "new_accounts", "csat_rating", "training_hours", "peer_feedback"],
    "Support Agent": ["first_response_hours", "csat_rating", "tickets_resolved", "training_hours", "peer_feedback"],
    "Accountant": ["report_delay_days", "invoice_error_rate", "training_hours", "peer_feedback"],
    "Logistics Coordinator": ["on_time_delivery", "cost_per_shipment", "training_hours", "peer_feedback"],
    "Team Lead": ["training_hours", "peer_feedback"],
    "Managing Director": ["training_hours", "peer_feedback"],
}
source_of = {"sales_revenue": "CRM", "new_accounts": "CRM", "report_delay_days": "finance calendar",
             "first_response_hours": "ticketing", "csat_rating": "survey", "tickets_resolved": "ticketing",
             "invoice_error_rate": "ERP", "on_time_delivery": "WMS", "cost_per_shipment": "ERP",
             "training_hours": "LMS", "peer_feedback": "360 survey"}


def normal_value(ind, k, skill, role):
    """A value for a solid performer; `skill` ≈ 1.0–1.2, k = month number 0..17."""
    season = 1 + 0.05 * ((k % 12) in (6, 7))  # a little better in Nov/Dec
    noise = rng.uniform(-0.04, 0.04)
    if ind == "sales_revenue":
        scale = 1.45 if role == "Account Manager" else 1.0  # key accounts carry a 300 000 target
        return round(skill * 215000 * scale * season * (1 + noise), -2)
    if ind == "new_accounts":
        return max(4, round(skill * 5 + rng.uniform(-1, 1.5)))
    if ind == "report_delay_days":
        return 0
    if ind == "first_response_hours":
        return round(max(0.5, 2.4 - skill + rng.uniform(-0.3, 0.2)), 1)
    if ind in ("csat_rating", "peer_feedback"):
        return 5 if rng.random() < (skill - 0.95) * 2.5 else 4
    if ind == "tickets_resolved":
        return round(skill * 130 * (1 + noise))
    if ind == "invoice_error_rate":
        return round(max(0.1, 1.0 - (skill - 1) * 3 + rng.uniform(-0.2, 0.0)), 1)
    if ind == "on_time_delivery":
        return round(min(99.9, 96 + (skill - 1) * 15 + rng.uniform(0, 1.5)), 1)
    if ind == "cost_per_shipment":
        return round(max(30, 40 - (skill - 1) * 20 + rng.uniform(-2, 1)), 2)
    if ind == "training_hours":
        return round(skill * 5 + rng.uniform(-0.5, 2), 1)
    raise KeyError(ind)


actuals = {}  # (employee, indicator, month) -> value
skills = {}
for p in people:
    skills[p[0]] = rng.uniform(1.02, 1.2)
    for ind in applies[p[3]]:
        for k, month in enumerate(MONTHS):
            actuals[(p[0], ind, month)] = normal_value(ind, k, skills[p[0]], p[3])


def put(emp, ind, values_by_month):
    for month, v in values_by_month.items():
        if v is None:
            actuals.pop((emp, ind, month), None)
        else:
            actuals[(emp, ind, month)] = v


# E012: the contract's sales example; the ten representatives average exactly 350 000 in 2026-10.
rep_ids = [p[0] for p in people if p[3] == "Sales Representative"]
october = {e: actuals[(e, "sales_revenue", P)] for e in rep_ids}
october["E012"] = 219000
october["E013"] = 118000
others = [e for e in rep_ids if e not in ("E012", "E013", "E019")]
for e in others:
    october[e] = round(october[e] * 1.55, -2)  # an unusually strong October for the rest of the team
october["E019"] = 3500000 - sum(v for e, v in october.items() if e != "E019")
for e, v in october.items():
    actuals[(e, "sales_revenue", P)] = v

# E013: sales slipping for four months → miss streak; composite below for three months.
put("E013", "sales_revenue", {"2026-07": 142000, "2026-08": 131000, "2026-09": 126000})
put("E013", "new_accounts", {"2026-07": 2, "2026-08": 1, "2026-09": 1, P: 2})
put("E013", "training_hours", {"2026-08": 1.0})
put("E013", "report_delay_days", {"2026-09": 3, P: 4})
# E021: slower replies and lower ratings since summer → composite below 0.85 three months running.
put("E021", "first_response_hours", {"2026-07": 3.1, "2026-08": 4.6, "2026-09": 5.2, P: 5.8})
put("E021", "csat_rating", {"2026-08": 3, "2026-09": 3, P: 2})
put("E021", "tickets_resolved", {"2026-08": 96, "2026-09": 88, P: 91})
# E023: second plan cycle, still behind on resolved tickets and ratings.
put("E023", "tickets_resolved", {"2026-06": 98, "2026-07": 95, "2026-08": 92, "2026-09": 99, P: 97})
put("E023", "csat_rating", {"2026-08": 3, "2026-09": 3, P: 3})
put("E023", "first_response_hours", {"2026-09": 3.4, P: 3.9})
# E031: the contract's report-delay example (2 days late in 2026-10), late three months running.
put("E031", "report_delay_days", {"2026-08": 3, "2026-09": 2, P: 2})
# E033: invoice errors above the 5 % threshold in October: critical indicator missed.
put("E033", "invoice_error_rate", {"2026-09": 2.4, P: 5.6})
# E037: on-time delivery fell to 78 % in the peak month: critical indicator missed.
put("E037", "on_time_delivery", {"2026-09": 93.5, P: 78.0})
put("E037", "cost_per_shipment", {"2026-09": 47.5, P: 52.0})
# Missing months: holidays, a system migration, a late starter.
put("E024", "tickets_resolved", {"2025-08": None, "2026-08": None})
put("E017", "sales_revenue", {"2026-01": None})
put("E035", "invoice_error_rate", {"2025-12": None, "2026-01": None})
for m in MONTHS[:4]:
    for ind in applies["Logistics Coordinator"]:
        actuals.pop(("E041", ind, m), None)  # E041 joined in September 2025
put("E022", "csat_rating", {"2026-04": None})

notes_for = {
    ("E012", "sales_revenue", P): "Two large renewals slipped to November",
    ("E037", "on_time_delivery", P): "Carrier strike, 9–12 October",
    ("E031", "report_delay_days", P): 'Waited for the "final" bank statement',
}

# ---------------------------------------------------------------- benchmarks, plans, notes
benchmarks = [
    ("sales_revenue", 240000, "industry", "Trade association survey 2026"),
    ("sales_revenue", 205000, "region-south", "Regional chamber of commerce"),
    ("new_accounts", 4, "industry", "Trade association survey 2026"),
    ("first_response_hours", 3.5, "industry", "Support benchmark report"),
    ("csat_rating", 4, "industry", "Support benchmark report"),
    ("tickets_resolved", 110, "industry", "Support benchmark report"),
    ("invoice_error_rate", 1.8, "industry", "Finance shared-services study"),
    ("on_time_delivery", 92.5, "industry", "Logistics index Q3"),
    ("cost_per_shipment", 44.9, "industry", "Logistics index Q3"),
]
plans = [
    ("E014", 1, "2025-06", "2025-08", "succeeded"),
    ("E023", 1, "2026-01", "2026-03", "extended"),
    ("E023", 2, "2026-07", "2026-09", "active"),
    ("E032", 1, "2025-09", "2025-11", "closed"),
]
notes = [
    ("E013", P, "cause", "Lost the two largest accounts of the region to a competitor's discount campaign", "external"),
    ("E013", P, "cause", "Spends little time prospecting; the pipeline for Q1 is thin", "attitude"),
    ("E013", P, "cause", "Few joint customer visits with the team lead since the spring reorganisation", "supervisor"),
    ("E013", P, "strength", "Customers praise the quality of follow-up after a sale", ""),
    ("E013", P, "action", "Shadow a senior representative on five customer visits; CRM prospecting course", ""),
    ("E013", P, "support", "Weekly pipeline review with the team lead, 30 minutes", ""),
    ("E021", P, "cause", "New ticketing system since July; still unsure of the shortcuts and macros", "skills"),
    ("E021", P, "cause", "Product knowledge of the new range is thin", "knowledge"),
    ("E021", P, "cause", "Queue understaffed in August (two colleagues on leave)", "environment"),
    ("E021", P, "strength", "Calm and friendly on escalated calls", ""),
    ("E021", P, "action", "Ticketing-system training (4 hours); product e-learning, modules 3–5", ""),
    ("E021", P, "support", "Pairing with a senior agent twice a week", ""),
    ("E023", P, "cause", "Handles the hardest B2B tickets, which take longer", "environment"),
    ("E023", P, "cause", "Hesitates to escalate, so tickets stay open", "attitude"),
    ("E023", P, "strength", "Thorough; customers rarely reopen a ticket", ""),
    ("E023", P, "comment", 'Agreed in September: "quality first, but close what can be closed"', ""),
    ("E031", P, "cause", "Bank statements arrive on the 5th working day", "external"),
    ("E031", P, "cause", "Report template needs manual copying from three systems", "environment"),
    ("E031", P, "strength", "Reconciliations are accurate; no audit findings this year", ""),
    ("E031", P, "support", "Finance lead to request earlier statements from the bank; IT ticket for an export", ""),
    ("E033", P, "cause", "New VAT rules for cross-border invoices, not yet covered in training", "knowledge"),
    ("E033", P, "action", "VAT update course; four-eyes check on cross-border invoices for two months", ""),
    ("E037", P, "cause", "Carrier strike in mid-October", "external"),
    ("E037", P, "cause", "Back-up carrier not booked in time", "skills"),
    ("E037", P, "strength", "Kept customers informed during the strike, proactively", ""),
    ("E012", P, "strength", "Met the target despite two renewals slipping, and mentors a new colleague", ""),
    ("E012", P, "comment", "Aims for a key-account role next year", ""),
]


def write_csv(name, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def num(v):
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


os.makedirs(OUT, exist_ok=True)
hire = {}
for p in people:
    hire[p[0]] = f"{rng.randint(2012, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
hire["E041"] = "2025-09-01"
write_csv("employees.csv", ["employee_id", "name", "title", "role", "department", "manager_id", "email", "hire_date", "location"],
          [(p[0], p[1], p[2], p[3], p[4], p[5], email(p[1]), hire[p[0]], p[6]) for p in people])
write_csv("indicators.csv", ["indicator_id", "name", "unit", "direction", "kind", "scale_min", "scale_max", "weight",
                             "threshold", "critical", "category", "description"], indicators)
write_csv("targets.csv", ["indicator_id", "scope", "period", "target", "threshold", "weight"], targets)
rows = []
for (e, ind, m), v in sorted(actuals.items()):
    rows.append((e, ind, m, num(v), notes_for.get((e, ind, m), ""), source_of[ind]))
write_csv("actuals.csv", ["employee_id", "indicator_id", "period", "value", "note", "source"], rows)
write_csv("benchmarks.csv", ["indicator_id", "value", "scope", "source"], benchmarks)
write_csv("plans.csv", ["employee_id", "cycle", "start", "end", "outcome"], plans)
write_csv("notes.csv", ["employee_id", "period", "kind", "text", "category"], notes)
# HR's decisions on October's proposals (E023 is left undecided: its cycle 2 has no
# outcome, so its proposal is blocked) and the signatures of the plans issued.
write_csv("decisions.csv", ["employee_id", "month", "decision", "decided_by", "decided_on", "reason"], [
    ("E013", P, "issue", "Sofia Rossi (HR)", "2026-11-04", ""),
    ("E021", P, "issue", "Sofia Rossi (HR)", "2026-11-04", ""),
    ("E031", P, "coach", "Sofia Rossi (HR)", "2026-11-04",
     "Rated Meets overall; a 2-day report delay that waited for the final bank statement is a matter for a coaching conversation, not a plan"),
    ("E033", P, "issue", "Sofia Rossi (HR)", "2026-11-04", ""),
    ("E037", P, "defer", "Sofia Rossi (HR)", "2026-11-04",
     "On-time delivery missed in the month of the carrier strike (9–12 October) while the annual average is above the goal; decide on November's results"),
])
write_csv("acknowledgements.csv", ["employee_id", "cycle", "party", "signed_on", "declined", "witness"], [
    ("E013", 1, "manager", "2026-11-06", "false", ""),
    ("E013", 1, "employee", "2026-11-06", "false", ""),
    ("E013", 1, "hr", "2026-11-09", "false", ""),
    ("E021", 1, "manager", "2026-11-09", "false", ""),
    ("E021", 1, "employee", "2026-11-09", "true", "Sofia Rossi (HR)"),
    ("E033", 1, "manager", "2026-11-10", "false", ""),
])
with open(os.path.join(OUT, "perfplan.json"), "w", encoding="utf-8") as f:
    json.dump({"organization": "Northwind Trading", "attainment_cap": 1.5, "at_risk_tolerance": 0.10,
               "baseline_months": 12, "trend_months": 6, "review_months": 3,
               "triggers": {"composite_below": 0.85, "composite_months": 3, "miss_streak": 3, "critical_missed": True},
               "max_focus": 3, "plan_months": 3, "max_cycles": 2, "checkin_every_weeks": 2}, f, indent=2)
    f.write("\n")
