#!/usr/bin/env bash
# Two perfplan builds timed in alternating runs of the same command, in one window: the
# only comparison this VM allows, since its speed drifts 1.5-2.5x between days and by
# 10-40 % within minutes. Prints each pair and the medians of wall, CPU (user+sys) and
# peak RSS, the new/old ratio of each median, and the median and range of the pairs' own
# new/old ratios.
#
#   bash scripts/compare-builds.sh OLD_BINARY NEW_BINARY DATA [PAIRS] [-- ARGS…]
#
# Default ARGS: generate --data DATA --as-of 2026-10 (each run writes a fresh packet into a
# temporary folder on the same file system as DATA, removed before the next run).
# PAIRS defaults to 7; the first pair runs unmeasured (page cache, first-touch faults).
set -euo pipefail
old=$(realpath "$1"); new=$(realpath "$2"); data=$(realpath "$3"); pairs=${4:-7}
shift 3; [ $# -gt 0 ] && [ "$1" != "--" ] && shift
[ "${1:-}" = "--" ] && shift
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1793577600}
work=$(mktemp -d "$(dirname "$data")/compare.XXXXXX")
trap 'rm -rf "$work"' EXIT

run() { # run BINARY LABEL → appends "wall cpu rss_kib" to $work/LABEL
  local bin=$1 label=$2
  rm -rf "$work/out"
  if [ $# -gt 2 ]; then shift 2; else set -- generate --data "$data" --as-of 2026-10 --out "$work/out"; fi
  /usr/bin/time -o "$work/time" -f '%e %U %S %M' "$bin" "$@" >/dev/null 2>"$work/stderr" \
    || { echo "failed: $bin $*" >&2; cat "$work/stderr" >&2; exit 1; }
  awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$work/time" >> "$work/$label"
}

args=("$@")
run "$old" warm "${args[@]}"; run "$new" warm "${args[@]}"
echo "pair  old wall  new wall  new/old   old cpu  new cpu  (load $(cut -d' ' -f1 /proc/loadavg))"
for i in $(seq "$pairs"); do
  # Alternate which build goes first, so neither always runs after the other's cleanup.
  if [ $((i % 2)) -eq 1 ]; then run "$old" old "${args[@]}"; run "$new" new "${args[@]}"
  else run "$new" new "${args[@]}"; run "$old" old "${args[@]}"; fi
  o=$(tail -1 "$work/old"); n=$(tail -1 "$work/new")
  awk -v i="$i" -v o="$o" -v n="$n" 'BEGIN { split(o, a, " "); split(n, b, " ");
    printf "%4d  %7.2f s %7.2f s  %7.3f  %7.2f s %7.2f s\n", i, a[1], b[1], b[1] / a[1], a[2], b[2] }'
  awk -v o="$o" -v n="$n" 'BEGIN { split(o, a, " "); split(n, b, " ");
    printf "%.4f %.4f\n", b[1] / a[1], (a[2] > 0 ? b[2] / a[2] : 1) }' >> "$work/ratios"
done
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for col in 1 2 3; do
  om=$(cut -d' ' -f"$col" "$work/old" | median); nm=$(cut -d' ' -f"$col" "$work/new" | median)
  name=$(echo "wall CPU peak-RSS" | cut -d' ' -f"$col")
  if [ "$col" -eq 3 ]; then
    awk -v o="$om" -v n="$nm" -v l="$name" 'BEGIN { printf "median %-8s old %7.1f MiB  new %7.1f MiB  new/old %.3f\n", l, o / 1024, n / 1024, n / o }'
  else
    awk -v o="$om" -v n="$nm" -v l="$name" 'BEGIN { printf "median %-8s old %7.2f s    new %7.2f s    new/old %.3f\n", l, o, n, n / o }'
  fi
done
# The pairs' own ratios: their median and range (a pair shares its window's load).
for col in 1 2; do
  name=$(echo "wall CPU" | cut -d' ' -f"$col")
  cut -d' ' -f"$col" "$work/ratios" | sort -n | awk -v l="$name" '{ v[NR] = $1 }
    END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
          printf "pairs  %-8s new/old median %.3f  min %.3f  max %.3f  (%d pairs)\n", l, m, v[1], v[NR], NR }'
done
