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
SOURCE_DATE_EPOCH=1793577600 "$bin" generate --data "$work/data" --as-of 2026-10 --out "$work/out" 2>/dev/null
python3 scripts/workbook-check.py "$work/out/2026-10" "$work/data/indicators.csv"
