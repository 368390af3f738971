#!/usr/bin/env bash
# Layout check at scale: a generated set of 300 employees with 12 indicators over 24 months
# (perfplan sample, seed 7), generated and reported on, then the same checks as
# scripts/layout-check.sh on a subset that covers every document kind and the longest
# documents: the index, the calibration report and the progress summary; the three largest
# plans with their worksheets and interview forms; the largest interview form of someone
# without a plan; the two largest progress reports. (All 300 would take Chromium well over
# the CI budget on two cores; the largest files are the ones that print on the most pages.)
#   bash scripts/layout-check-large.sh          (PERFPLAN=path/to/perfplan to skip the build)
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${PERFPLAN:-}
if [ -z "$bin" ]; then
  swift build >/dev/null
  bin=.build/debug/perfplan
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/perfplan-layout-large.XXXXXX")
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1796169600

"$bin" sample "$work/data" --employees 300 --months 24 --indicators 12 --seed 7 --as-of 2026-10 >/dev/null
"$bin" generate --data "$work/data" --as-of 2026-10 --out "$work/packets" --format html >/dev/null 2>&1
# Plans issued a month earlier (the sample's policy issues them as flagged) for a progress run.
"$bin" generate --data "$work/data" --as-of 2026-09 --out "$work/early" >/dev/null 2>&1
"$bin" progress --data "$work/data" --plans "$work/early/2026-09" --as-of 2026-10 --out "$work/progress" --format html >/dev/null 2>&1

month="$work/packets/2026-10"
docs=("$month/index.html" "$month/calibration.html" "$work/progress/2026-10/summary.html")
largest() { ls -S "$@" 2>/dev/null || true; }
for plan in $(largest "$month"/employees/*/plan.html | head -3); do
  dir=$(dirname "$plan")
  docs+=("$plan" "$dir/worksheet.html" "$dir/interview.html")
done
for form in $(largest "$month"/employees/*/interview.html); do
  [ -e "$(dirname "$form")/plan.html" ] && continue
  docs+=("$form"); break
done
for draft in $(largest "$month"/employees/*/plan-draft.html | head -1); do docs+=("$draft"); done
docs+=($(largest "$work"/progress/2026-10/employees/*/progress.html | head -2))

# Bounds for twelve indicators (the sample's plans have five: six pages) and 300 people: the
# index prints about 28 A4 and 31 Letter pages (56 review cards, then everyone by team), the summary of
# 56 plans five.
python3 scripts/layout-check.py --max-pages plan=12 --max-pages interview=8 --max-pages worksheet=8 \
  --max-pages index=32 --max-pages progress=4 --max-pages summary=6 --max-pages calibration=6 "$@" "${docs[@]}"
