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

# The sample's packet for 2026-10 and a progress run (scripts/sample-documents.sh says which).
bash scripts/sample-documents.sh "$bin" "$work"

month="$work/packets/2026-10"
plan=$(ls "$month"/employees/*/plan.html | head -1)
report=$(ls "$work"/progress/2026-10/employees/*/progress.html | head -1)
python3 scripts/axe-check.py --axe "$axe" "$month/index.html" "$plan" "$(dirname "$plan")/interview.html" \
  "$(dirname "$plan")/worksheet.html" "$report" "$work/progress/2026-10/summary.html" \
  "$(ls "$month"/employees/*/plan-draft.html | head -1)" "$month/calibration.html" "$month/employees/E031/interview.html"
