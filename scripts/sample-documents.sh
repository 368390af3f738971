#!/usr/bin/env bash
# The sample's documents that the layout and accessibility checks open, made in WORK:
#   WORK/packets/2026-10  the packet HR sees in October (three plans, E023's blocked draft,
#                         E031's coaching form; SampleData/decisions.csv), HTML only
#   WORK/early/2026-09    the packet of September from a copy of the sample that issues plans
#                         as flagged ("approval": "automatic": HR's decisions in SampleData
#                         cover October only) and in which Ahmed Hassan (E033) reads French:
#                         the sample's plans are in English, German and Spanish, and this
#                         copy adds a French plan and interview form
#   WORK/progress/2026-10 the progress run of October over those September plans (E033's
#                         report in French)
#   WORK/hr-LANG/…        the same two runs with "hr_language" de, es and fr: HR's views
#                         (index, calibration, worksheets, progress summary) in that language
#
#   bash scripts/sample-documents.sh PERFPLAN WORK      (SOURCE_DATE_EPOCH as the caller sets it)
set -euo pipefail
bin=$1 work=$2
"$bin" generate --data SampleData --as-of 2026-10 --out "$work/packets" --format html 2>/dev/null
cp -r SampleData "$work/automatic"
python3 - "$work/automatic/perfplan.json" <<'PY'
import json, sys
policy = json.load(open(sys.argv[1])); policy["approval"] = "automatic"
json.dump(policy, open(sys.argv[1], "w"), indent=2)
PY
python3 - "$work/automatic/employees.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
language = rows[0].index("language")
for row in rows[1:]:
    if row[0] == "E033": row[language] = "fr"
csv.writer(open(sys.argv[1], "w", newline="", encoding="utf-8"), lineterminator="\n").writerows(rows)
PY
# …and his manager writes the notes of his goal in French.
python3 - "$work/automatic/notes.csv" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
for english, french in [
    ('"New VAT rules for cross-border invoices, not yet covered in training"',
     '"Nouvelles règles de TVA pour les factures transfrontalières, pas encore abordées en formation"'),
    ("VAT update course; four-eyes check on cross-border invoices for two months",
     "Formation à la nouvelle TVA ; double contrôle des factures transfrontalières pendant deux mois"),
]:
    assert english in text, english
    text = text.replace(english, french)
open(path, "w", encoding="utf-8").write(text)
PY
"$bin" generate --data "$work/automatic" --as-of 2026-09 --out "$work/early" 2>/dev/null
"$bin" progress --data "$work/automatic" --plans "$work/early/2026-09" --as-of 2026-10 --out "$work/progress" --format html 2>/dev/null
for lang in de es fr; do
  cp -r "$work/automatic" "$work/hr-$lang-data"
  mkdir -p "$work/hr-$lang"
  python3 - "$work/hr-$lang-data/perfplan.json" "$lang" <<'PY'
import json, sys
policy = json.load(open(sys.argv[1])); policy["hr_language"] = sys.argv[2]
json.dump(policy, open(sys.argv[1], "w"), indent=2)
PY
  "$bin" generate --data "$work/hr-$lang-data" --as-of 2026-09 --out "$work/hr-$lang/early" 2>/dev/null
  "$bin" progress --data "$work/hr-$lang-data" --plans "$work/hr-$lang/early/2026-09" --as-of 2026-10 \
    --out "$work/hr-$lang/progress" --format html 2>/dev/null
done
