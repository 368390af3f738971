#!/usr/bin/env bash
# Accessibility (WCAG 2.2 A/AA): axe-core in headless Chromium over one document of every
# kind — index, plan, interview, worksheet, progress report, summary — through selenium and
# chromium-driver (scripts/axe-check.py).
#   bash scripts/axe-check.sh      (PERFPLAN=path/to/perfplan to skip the build; AXE=path/to/axe.min.js)
# Needs chromium, chromium-driver, pip selenium and the axe-playwright-python wheel; .ci/run installs them.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${PERFPLAN:-}
if [ -z "$bin" ]; then
  swift build >/dev/null
  bin=.build/debug/perfplan
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/perfplan-axe.XXXXXX")
trap 'rm -rf "$work"' EXIT
axe=${AXE:-}
if [ -z "$axe" ]; then
  python3 -m pip download -q --no-deps --dest "$work/wheel" axe-playwright-python
  python3 -m zipfile -e "$work"/wheel/axe_playwright_python-*.whl "$work/wheel/unpacked"
  axe="$work/wheel/unpacked/axe_playwright_python/axe.min.js"
fi
export SOURCE_DATE_EPOCH=1796169600

"$bin" generate --data SampleData --as-of 2026-10 --out "$work/packets" --format html 2>/dev/null
# HR decided on October's proposals only: the September plans come from a copy of the sample
# that issues plans as flagged ("approval": "automatic").
cp -r SampleData "$work/automatic"
python3 - "$work/automatic/perfplan.json" <<'PY'
import json, sys
policy = json.load(open(sys.argv[1])); policy["approval"] = "automatic"
json.dump(policy, open(sys.argv[1], "w"), indent=2)
PY
"$bin" generate --data "$work/automatic" --as-of 2026-09 --out "$work/early" 2>/dev/null
"$bin" progress --data "$work/automatic" --plans "$work/early/2026-09" --as-of 2026-10 --out "$work/progress" --format html 2>/dev/null

month="$work/packets/2026-10"
plan=$(ls "$month"/employees/*/plan.html | head -1)
report=$(ls "$work"/progress/2026-10/employees/*/progress.html | head -1)
python3 scripts/axe-check.py --axe "$axe" "$month/index.html" "$plan" "$(dirname "$plan")/interview.html" \
  "$(dirname "$plan")/worksheet.html" "$report" "$work/progress/2026-10/summary.html" \
  "$(ls "$month"/employees/*/plan-draft.html | head -1)" "$month/calibration.html" "$month/employees/E031/interview.html"
