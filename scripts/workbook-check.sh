#!/usr/bin/env bash
# The HR workbook read back by independent readers: a packet of the sample data, with every
# indicator's decimals given (0-3, so that rounding shows), checked by workbook-check.py
# with openpyxl and LibreOffice.
#
#   PERFPLAN=.build/debug/perfplan bash scripts/workbook-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${PERFPLAN:-.build/debug/perfplan}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" init "$work/data" >/dev/null 2>&1
python3 - "$work/data/indicators.csv" <<'PY'
import csv, sys
path = sys.argv[1]
rows = list(csv.DictReader(open(path, newline="")))
fields = list(rows[0].keys()) + ["decimals"]
for k, r in enumerate(rows):
    r["decimals"] = str(k % 4)
with open(path, "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=fields)
    w.writeheader()
    w.writerows(rows)
PY
# No decisions yet: every flagged employee is a proposal on the Review sheet.
rm -f "$work/data/decisions.csv"
SOURCE_DATE_EPOCH=1793577600 "$bin" generate --data "$work/data" --as-of 2026-10 --out "$work/out" 2>/dev/null
python3 scripts/workbook-check.py "$work/out/2026-10" "$work/data/indicators.csv" "$work/data/decisions.csv"
# The Review sheet as LibreOffice saved it, with one decision filled in, is the decisions
# file of the next run: it loads (the informational columns ignored with a warning, the
# undecided rows skipped), and the decided employee gets what was decided.
decided=$(python3 -c 'import csv,sys; r=[x for x in csv.DictReader(open(sys.argv[1], encoding="utf-8")) if x["decision"]]; print(r[0]["employee_id"])' "$work/data/decisions.csv")
SOURCE_DATE_EPOCH=1793577600 "$bin" generate --data "$work/data" --as-of 2026-10 --out "$work/out" 2>"$work/stderr" \
  || { echo "workbook-check: the Review sheet saved as decisions.csv was refused:" >&2; cat "$work/stderr" >&2; exit 1; }
grep -q '^# Coaching conversation' "$work/out/2026-10/employees/$decided/interview.md" \
  || { echo "workbook-check: $decided was coached in the Review sheet but has no coaching form" >&2; exit 1; }
if python3 -c 'import csv,sys; sys.exit(0 if any(r["employee_id"] == sys.argv[2] for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))) else 1)' \
     "$work/out/2026-10/review.csv" "$decided"; then
  echo "workbook-check: $decided is still a proposal after the decision" >&2; exit 1
fi
echo "workbook-check: the Review sheet saved by LibreOffice is a valid decisions.csv ($decided coached)"
