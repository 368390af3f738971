#!/usr/bin/env python3
"""The HR workbook read back by independent readers (openpyxl, LibreOffice).

    python3 scripts/workbook-check.py PACKET_DIR INDICATORS_CSV

PACKET_DIR is a generate month folder; INDICATORS_CSV the run's indicators.csv, which must
give every indicator's `decimals` (the precision the documents round to).

Checks, failing with a message on the first difference:
- openpyxl opens hr-workbook.xlsx: sheets Review, Gaps, By manager, Plans; each with the
  header row frozen, an autofilter and column widths set;
- every Gaps row equals its gaps.csv row (employee, indicator; target, actual and gap as
  gaps.csv's figure rounded half away from zero to the indicator's decimals, numbers as
  numbers; the status word);
- Review: the informational columns, then exactly the `decisions` columns, a drop-down of
  issue|coach|defer|dismiss on `decision`, one row per flagged employee;
- LibreOffice (soffice --headless --convert-to csv, the Review sheet picked by the filter
  options) opens a copy with a decision filled in, and its CSV has the decisions columns
  with the values typed.
"""
import csv, math, os, shutil, subprocess, sys, tempfile
import openpyxl

DECISIONS = ["employee_id", "month", "decision", "decided_by", "decided_on", "reason"]
INFORMATIONAL = ["Name", "Manager", "Department", "Cycle", "Reasons", "Cautions"]


def fail(message):
    print("workbook-check: " + message, file=sys.stderr)
    sys.exit(1)


def rounded(text, decimals):
    """The documents' rounding, the same IEEE steps as HumanNumber.roundHalfAway."""
    if text == "":
        return None
    x = float(text)
    scale = 1.0
    for _ in range(decimals):
        scale *= 10
    y = abs(x) * scale
    t = float(int(y))
    r = (t + 1 if y - t >= 0.5 else t) / scale
    return -r if x < 0 else r


def main():
    packet, indicators_csv = sys.argv[1], sys.argv[2]
    with open(indicators_csv, newline="") as f:
        indicators = {r["indicator_id"]: r for r in csv.DictReader(f)}
    decimals = {i: int(r["decimals"]) for i, r in indicators.items()}
    book = openpyxl.load_workbook(os.path.join(packet, "hr-workbook.xlsx"))
    if book.sheetnames != ["Review", "Gaps", "By manager", "Plans"]:
        fail(f"sheets {book.sheetnames}")
    for ws in book.worksheets:
        if ws.freeze_panes != "A2":
            fail(f"{ws.title}: header not frozen ({ws.freeze_panes})")
        if not ws.auto_filter.ref or not ws.auto_filter.ref.startswith("A1:"):
            fail(f"{ws.title}: no autofilter")
        if not ws.column_dimensions["A"].width or ws.column_dimensions["A"].width <= 0:
            fail(f"{ws.title}: no column width")

    # Gaps against gaps.csv.
    with open(os.path.join(packet, "gaps.csv"), newline="") as f:
        gaps = [r for r in csv.DictReader(f) if r["indicator_id"]]
    rows = list(book["Gaps"].iter_rows(values_only=True))
    if list(rows[0]) != ["Employee ID", "Name", "Department", "Manager", "Indicator", "Target", "Actual", "Status", "Gap"]:
        fail(f"Gaps header {rows[0]}")
    rows = rows[1:]
    if len(rows) != len(gaps):
        fail(f"Gaps has {len(rows)} rows, gaps.csv {len(gaps)} indicator rows")
    words = {"met": "met", "at_risk": "at risk", "missed": "missed", "": "no data"}
    checked = 0
    for n, (row, g) in enumerate(zip(rows, gaps), start=2):
        d = decimals[g["indicator_id"]]
        if row[0] != g["employee_id"] or row[4] != indicators[g["indicator_id"]]["name"]:
            fail(f"Gaps row {n}: {row[0]} {row[4]} against gaps.csv {g['employee_id']} {g['indicator_id']}")
        for column, field in ((5, "target"), (6, "actual"), (8, "gap")):
            want = rounded(g[field], d)
            got = row[column]
            if want is None:
                if got is not None:
                    fail(f"Gaps row {n} {field}: {got!r}, gaps.csv empty")
                continue
            if not isinstance(got, (int, float)) or isinstance(got, bool):
                fail(f"Gaps row {n} {field}: {got!r} is not a number")
            if got != want:
                fail(f"Gaps row {n} {field}: {got!r}, gaps.csv {g[field]} rounded to {d} decimals is {want!r}")
            checked += 1
        if row[7] != words[g["status"]]:
            fail(f"Gaps row {n} status {row[7]!r}, gaps.csv {g['status']!r}")

    # Review.
    review = book["Review"]
    header = [c.value for c in review[1]]
    if header != INFORMATIONAL + DECISIONS:
        fail(f"Review header {header}")
    # The Review sheet is review.csv's list: the proposals awaiting HR's decision, in its order.
    proposals = [r["employee_id"] for r in csv.DictReader(open(os.path.join(packet, "review.csv"), newline="", encoding="utf-8"))]
    listed = [r[len(INFORMATIONAL)] for r in review.iter_rows(min_row=2, values_only=True)]
    if listed != proposals:
        fail(f"Review lists {listed}, review.csv {proposals}")
    validations = review.data_validations.dataValidation
    decision_col = openpyxl.utils.get_column_letter(len(INFORMATIONAL) + 3)
    if not any(v.type == "list" and v.formula1 == '"issue,coach,defer,dismiss"' and str(v.sqref).startswith(decision_col + "2")
               for v in validations):
        fail("Review: no drop-down of issue|coach|defer|dismiss on decision")

    # LibreOffice: a decision filled in, the Review sheet saved as CSV.
    if len(listed) == 0:
        fail("no flagged employee to decide on")
    work = tempfile.mkdtemp()
    try:
        filled = os.path.join(work, "filled.xlsx")
        review.cell(row=2, column=len(INFORMATIONAL) + 3, value="coach")
        review.cell(row=2, column=len(INFORMATIONAL) + 4, value="A. Reviewer")
        review.cell(row=2, column=len(INFORMATIONAL) + 5, value="2026-11-05")
        review.cell(row=2, column=len(INFORMATIONAL) + 6, value="first time below; coaching first")
        book.save(filled)
        # Filter options: separator 44 (comma), quote 34, UTF-8 (76), first line 1, then the
        # sheet to export: 1 = Review.
        subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{work}/profile",
                        "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1",
                        "--outdir", work, filled], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        # LibreOffice names a single sheet's CSV after the sheet.
        out = os.path.join(work, "filled-Review.csv")
        if not os.path.exists(out):
            fail("LibreOffice wrote no CSV")
        with open(out, newline="", encoding="utf-8") as f:
            table = list(csv.reader(f))
        if table[0] != INFORMATIONAL + DECISIONS:
            fail(f"LibreOffice's CSV header {table[0]}")
        first = dict(zip(table[0], table[1]))
        want = {"decision": "coach", "decided_by": "A. Reviewer",
                "decided_on": "2026-11-05", "reason": "first time below; coaching first"}
        for k, v in want.items():
            if first[k] != v:
                fail(f"LibreOffice's CSV {k}: {first[k]!r}, typed {v!r}")
        if not first["month"] or len(table) - 1 != len(listed):
            fail(f"LibreOffice's CSV: month {first['month']!r}, {len(table) - 1} rows")
        print(f"workbook-check: {checked} Gaps figures equal gaps.csv's rounded; Review saved by LibreOffice as a decisions CSV "
              f"({len(table) - 1} rows, columns {', '.join(DECISIONS)})")
        if len(sys.argv) > 3:
            shutil.copy(out, sys.argv[3])
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
