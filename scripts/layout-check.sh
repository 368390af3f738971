#!/usr/bin/env bash
# Layout check (issue 21): generates the sample packet and a progress run, then opens every
# HTML document kind in headless Chromium at 1280, 794, 390 and 320 px and prints it to PDF on A4
# and US Letter (scripts/layout-check.py). Fails on sideways scrolling, clipped or scrolled
# elements, more printed pages than the bounds below, missing page furniture, a
# signatures-only last page and a heading that ends a page.
#   bash scripts/layout-check.sh [--screenshots DIR]     (PERFPLAN=path/to/perfplan to skip the build)
# Needs chromium and poppler-utils (pdfinfo, pdftoppm); .ci/run installs them.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${PERFPLAN:-}
if [ -z "$bin" ]; then
  swift build >/dev/null
  bin=.build/debug/perfplan
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/perfplan-layout.XXXXXX")
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1796169600   # 2026-12-01: dates in the documents stay the same

# The sample's packet for 2026-10 and a progress run (scripts/sample-documents.sh says which).
bash scripts/sample-documents.sh "$bin" "$work"

month="$work/packets/2026-10"
docs=("$month/index.html" "$month/calibration.html" "$work/progress/2026-10/summary.html")
# Every document of each employee with a plan (the sample's plans have five indicators),
# and the interview forms of two employees without a plan.
for plan in "$month"/employees/*/plan.html; do
  docs+=("$plan")
  for other in "$(dirname "$plan")"/*.html; do [ "$other" = "$plan" ] || docs+=("$other"); done
done
# The proposals' drafts (marked for HR on every page), with their worksheets.
for draft in "$month"/employees/*/plan-draft.html; do
  [ -e "$draft" ] && docs+=("$draft")
done
n=0
for form in "$month"/employees/*/interview.html; do
  [ -e "$(dirname "$form")/plan.html" ] && continue
  docs+=("$form"); n=$((n + 1)); [ $n -ge 2 ] && break
done
docs+=("$work"/progress/2026-10/employees/*/progress.html)
# The French plan and interview form of the September copy (sample-documents.sh).
for doc in "$work"/early/2026-09/employees/*/{plan,interview}.html; do
  grep -q '<html lang="fr">' "$doc" && docs+=("$doc")
done
# The translated documents are among them (the `language` column: E021 in German and E013
# in Spanish in SampleData, E033 in French in the September copy, each with a plan and a
# progress report): a language whose words run longer must still fit.
for lang in de es fr; do
  for kind in plan interview progress; do
    found=
    for doc in "${docs[@]}"; do
      [ "$(basename "$doc")" = "$kind.html" ] && grep -q "<html lang=\"$lang\">" "$doc" && { found=1; break; }
    done
    [ -n "$found" ] || { echo "layout-check: no $lang $kind.html among the sample's documents" >&2; exit 1; }
  done
done

# HR's views in German, Spanish and French (`hr_language`): the index, the calibration
# report, one worksheet and the progress summary, whose long words must fit as the documents' do.
hr_docs=()
for lang in de es fr; do
  hr="$work/hr-$lang"
  these=("$hr/early/2026-09/index.html" "$hr/early/2026-09/calibration.html" "$hr/progress/2026-10/summary.html")
  for ws in "$hr"/early/2026-09/employees/*/worksheet.html; do these+=("$ws"); break; done
  for doc in "${these[@]}"; do
    grep -q "<html lang=\"$lang\">" "$doc" || { echo "layout-check: $doc is not in $lang" >&2; exit 1; }
  done
  hr_docs+=("${these[@]}")
done

# Page bounds on A4 and Letter: a five-indicator plan on about six pages (nine before
# issue 21; the dated monthly tables beside the charts added one), the 40-employee index on four (HR's review list first).
python3 scripts/layout-check.py --max-pages plan=6 --max-pages interview=4 --max-pages index=4 \
  --max-pages progress=2 --max-pages summary=2 --max-pages calibration=3 "$@" "${docs[@]}"
# The translated index of the September run on four pages like the English one, though its
# rating labels ("Erfüllt die Erwartungen teilweise", "Cumple parcialmente las expectativas"
# for "Partially meets") take a second line; on paper it lists each document once, by its web
# page, as the English one does.
# (No --screenshots here: the English documents are the ones docs/screenshots shows.)
python3 scripts/layout-check.py --max-pages index=4 --max-pages worksheet=4 --max-pages summary=2 \
  --max-pages calibration=3 "${hr_docs[@]}"
