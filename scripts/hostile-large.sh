#!/usr/bin/env bash
# Hostile large inputs (issue 19): each 2 GiB file must be refused quickly, with FILE:LINE
# and exit 3, by a process whose peak RSS stays within 256 MiB — memory must not grow with
# the file. The files are sparse (no disk used), but every NUL byte perfplan reads is a
# real read, so a reader that scans or buffers the whole file is caught by the time and
# RSS bounds. Too slow to be a unit test; .ci/run calls it after swift test.
#
#   scripts/hostile-large.sh                        # uses .build/debug/perfplan
#   BIN=.build/release/perfplan scripts/hostile-large.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/debug/perfplan}
MAX_RSS_KIB=${MAX_RSS_KIB:-262144}   # 256 MiB
MAX_SECONDS=${MAX_SECONDS:-15}
[ -x "$BIN" ] || { echo "hostile-large: $BIN not built (swift build first)" >&2; exit 1; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/perfplan-hostile.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# A small valid dataset; each case replaces one file.
base() {
  local d=$1
  rm -rf "$d"; mkdir -p "$d"
  printf 'employee_id,name,role,department,manager_id\nM1,Ana,Manager,Sales,\nE1,Bob,Rep,Sales,M1\n' >"$d/employees.csv"
  printf 'indicator_id,name,direction,weight\nsales,Sales,higher,1\n' >"$d/indicators.csv"
  printf 'indicator_id,scope,period,target\nsales,*,*,100\n' >"$d/targets.csv"
  printf 'employee_id,indicator_id,period,value\nE1,sales,2026-10,110\n' >"$d/actuals.csv"
}

failures=0
# check NAME EXPECTED-TEXT: runs validate on $WORK/data, checks exit 3, the message, time and peak RSS.
check() {
  local name=$1 expected=$2
  local result
  result=$(python3 - "$BIN" "$WORK/data" "$MAX_SECONDS" "$WORK/out.txt" <<'PY'
import resource, subprocess, sys, time
binary, data, limit, out = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
start = time.monotonic()
with open(out, "wb") as f:
    p = subprocess.Popen([binary, "validate", "--data", data], stdout=f, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        status = p.wait(timeout=limit * 2)
    except subprocess.TimeoutExpired:
        p.kill(); p.wait(); status = "killed"
seconds = time.monotonic() - start
print(status, f"{seconds:.2f}", resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
PY
)
  local status seconds rss
  read -r status seconds rss <<<"$result"
  local problems=()
  [ "$status" = 3 ] || problems+=("exit $status, expected 3")
  grep -qF -- "$expected" "$WORK/out.txt" || problems+=("no line containing: $expected")
  awk -v s="$seconds" -v m="$MAX_SECONDS" 'BEGIN { exit !(s <= m) }' || problems+=("took ${seconds} s (limit ${MAX_SECONDS} s)")
  [ "$rss" -le "$MAX_RSS_KIB" ] || problems+=("peak RSS ${rss} KiB (limit ${MAX_RSS_KIB} KiB)")
  if [ ${#problems[@]} -eq 0 ]; then
    echo "ok   $name: ${seconds} s, peak RSS $((rss / 1024)) MiB"
  else
    echo "FAIL $name: ${problems[*]}"
    head -c 2000 "$WORK/out.txt"; echo
    failures=$((failures + 1))
  fi
}

data=$WORK/data

base "$data"; : >"$data/actuals.csv"; truncate -s 2G "$data/actuals.csv"
check "actuals.csv: 2 GiB of NUL bytes" "actuals.csv:1: this record runs past 8 MiB without ending"

base "$data"; printf 'employee_id,indicator_id,period,value\nE1,sales,2026-10,110\nE1,sales,2026-09,"' >"$data/actuals.csv"
truncate -s 2G "$data/actuals.csv"
check "actuals.csv: a quoted field never closed, then 2 GiB" "actuals.csv:3: this record runs past 8 MiB without ending"

base "$data"; printf 'employee_id,indicator_id,period,value\nE1,sales,2026-10,110\nE1,sales,2026-09,' >"$data/actuals.csv"
head -c $((16 << 20)) /dev/zero | tr '\0' 7 >>"$data/actuals.csv"
check "actuals.csv: a 16 MiB line with no line break" "actuals.csv:3: this record runs past 8 MiB without ending"

for file in employees.csv dataset.json perfplan.json; do
  base "$data"; : >"$data/$file"; truncate -s 2G "$data/$file"
  check "$file: 2 GiB" "$file: cannot be read: it is 2147483648 bytes, over the 256 MiB limit for this file"
done

if [ "$failures" -gt 0 ]; then
  echo "hostile-large: $failures failed"
  exit 1
fi
echo "hostile-large: all passed"
