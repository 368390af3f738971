#!/usr/bin/env bash
# The figures of docs/scale-out.md: load and render time per shard for N local processes
# run at once, each shard alone (what one of N machines does), and the merge.
#
#   bash scripts/scale-out-bench.sh BINARY DATA WORK [N…]     (default N: 1 2 4)
# PERFPLAN_TIMING=1 prints each process's phases: load, index, engine + render + write.
set -euo pipefail
bin=$(realpath "$1"); data=$2; work=$3; shift 3
sizes=("${@:-1 2 4}")
[ $# -gt 0 ] || sizes=(1 2 4)
export SOURCE_DATE_EPOCH=1793577600 PERFPLAN_TIMING=1
mkdir -p "$work"
now() { date +%s.%N; }
for n in "${sizes[@]}"; do
  rm -rf "$work/parts" "$work/merged"; mkdir -p "$work/parts"
  echo "== N = $n: $n processes at once ($(cut -d' ' -f1-3 /proc/loadavg) load before)"
  t0=$(now)
  for k in $(seq 1 "$n"); do
    "$bin" generate --data "$data" --as-of 2026-10 --out "$work/parts/$k" --shard "$k/$n" 2> "$work/shard-$k.log" &
  done
  wait
  t1=$(now)
  for k in $(seq 1 "$n"); do echo "  shard $k/$n: $(grep '^timing:' "$work/shard-$k.log")"; done
  printf '  all shards: %.1f s wall\n' "$(echo "$t1 - $t0" | bc)"
  if [ "$n" -gt 1 ]; then
    "$bin" merge --out "$work/merged" "$work"/parts/*/2026-10 2> "$work/merge.log"
    t2=$(now)
    printf '  merge: %.1f s wall (%s)\n' "$(echo "$t2 - $t1" | bc)" "$(tail -1 "$work/merge.log")"
    rm -rf "$work/parts"; mkdir -p "$work/parts"
    # One shard alone: what each of N machines does.
    t3=$(now)
    "$bin" generate --data "$data" --as-of 2026-10 --out "$work/parts/1" --shard "1/$n" 2> "$work/alone.log"
    t4=$(now)
    printf '  shard 1/%d alone: %.1f s wall, %s\n' "$n" "$(echo "$t4 - $t3" | bc)" "$(grep '^timing:' "$work/alone.log")"
  fi
  { sha256sum "$work"/{merged,parts/1}/2026-10/manifest.json 2>/dev/null || true; } | cut -c1-16 | head -1 | sed "s/^/  manifest /"
done
rm -rf "$work/parts" "$work/merged"
