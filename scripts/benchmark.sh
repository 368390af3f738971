#!/usr/bin/env bash
# Benchmark: release build, generated datasets (12 indicators, 24 months), and for each size
# the wall time, CPU time, peak RSS of validate, gaps --format json and generate (md,html,xml),
# plus documents/s and output MB/s, and the I/O floor (reading the input bytes; writing the
# same number and sizes of files without rendering, from one thread and two: scripts/io-floor.c,
# built with cc). Output goes to tmpfs.
#
#   scripts/benchmark.sh                 # 1 000 and 10 000 employees, gaps also at 100 000
#   SIZES="1000 10000 100000" GENERATE_MAX=100000 scripts/benchmark.sh
#   RUNS=3 scripts/benchmark.sh          # medians of 3 runs (after WARMUP=1 unmeasured run)
#   GENERATE_RUNS=1 ...                  # fewer generate runs than RUNS (100 000: ~1 min each)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"1000 10000 100000"}
GENERATE_MAX=${GENERATE_MAX:-10000}
RUNS=${RUNS:-3}
GENERATE_RUNS=${GENERATE_RUNS:-$RUNS}
# One unmeasured run first: on this shared VM the first run after a large file tree was
# written or deleted pays for the kernel's page reclaim (a 100 000-employee gaps run took
# 6.2 s right after deleting a packet, 4.4-4.6 s on the next four).
WARMUP=${WARMUP:-1}
WORK=${WORK:-/dev/shm/perfplan-bench}
export SOURCE_DATE_EPOCH=1793577600

swift build -c release >/dev/null
BIN=.build/release/perfplan
mkdir -p "$WORK"
cc -O2 -pthread -o "$WORK/io-floor" scripts/io-floor.c
status=0

# measure LABEL RUNS CMD… → median wall, CPU (user+sys), RSS over RUNS runs after WARMUP unmeasured ones
measure() {
  local label=$1 runs=$2; shift 2
  local rows=()
  for _ in $(seq "$WARMUP"); do eval "${PREPARE:-:}"; "$@" >/dev/null 2>/dev/null; done
  for _ in $(seq "$runs"); do
    eval "${PREPARE:-:}"
    /usr/bin/time -o "$WORK/time.txt" -f '%e %U %S %M' "$@" >/dev/null 2>/dev/null
    rows+=("$(tail -n 1 "$WORK/time.txt")")
  done
  MEDIAN_WALL=$(printf '%s\n' "${rows[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p" | cut -d' ' -f1)
  printf '%s\n' "${rows[@]}" | sort -n | awk -v label="$label" -v n="$runs" '
    { wall[NR]=$1; cpu[NR]=$2+$3; rss[NR]=$4 }
    END { m=int((n+1)/2); printf "%-28s wall %7.2f s  cpu %7.2f s  cpu/wall %4.2f  rss %7.0f MiB\n", label, wall[m], cpu[m], cpu[m]/wall[m], rss[m]/1024 }'
}

for n in $SIZES; do
  data="$WORK/data-$n"
  [ -d "$data" ] || $BIN sample "$data" --employees "$n" --months 24 --indicators 12 --seed 1 --as-of 2026-10 2>/dev/null
  echo "== $n employees ($(du -sh "$data" | cut -f1) of input)"
  measure "validate" "$RUNS" $BIN validate --data "$data"
  measure "gaps --format json" "$RUNS" sh -c "$BIN gaps --data '$data' --as-of 2026-10 --format json > '$WORK/gaps-$n.json'"
  if [ "$n" -le "$GENERATE_MAX" ]; then
    out="$WORK/out-$n"
    # Each run writes a new packet, as for a new month: replacing an existing one also
    # removes the old tree (about 0.5 s more for 10 000 employees on tmpfs).
    PREPARE="rm -rf '$out'" measure "generate md,html,xml" "$GENERATE_RUNS" $BIN generate --data "$data" --as-of 2026-10 --out "$out"
    files=$(find "$out/2026-10" -type f | wc -l)
    bytes=$(du -sb "$out/2026-10" | cut -f1)
    wall=$MEDIAN_WALL
    awk -v f="$files" -v b="$bytes" -v w="$wall" 'BEGIN { printf "  %d files, %.0f MiB: %.0f documents/s, %.0f MB/s\n", f, b/1048576, f/w, b/1e6/w }'
    sha=$(sha256sum "$out/2026-10/manifest.json" | cut -c1-16)
    # The packet must stay byte-identical through optimisations: compare with the recorded hash.
    expected=$(awk -v n="$n" '$1 == n { print $2 }' scripts/benchmark-manifests.txt)
    if [ -z "$expected" ]; then
      echo "  manifest sha256 $sha (no recorded hash for $n employees)"
    elif [ "$sha" = "$expected" ]; then
      echo "  manifest sha256 $sha = recorded: output byte-identical"
    else
      echo "  manifest sha256 $sha != recorded $expected: OUTPUT CHANGED" >&2
      status=1
    fi
    # I/O floor: read the input, write the same files (folders, names, sizes) with no
    # rendering, from one thread and from two (scripts/io-floor.c).
    floor="$WORK/floor-$n"
    rm -rf "$floor-1" "$floor-2"
    read_s=$(python3 - "$data" <<'PY'
import os, sys, time
t0 = time.time()
for name in os.listdir(sys.argv[1]):
    with open(os.path.join(sys.argv[1], name), 'rb') as f:
        while f.read(1 << 20):
            pass
print(f"{time.time() - t0:.2f}")
PY
)
    (cd "$out/2026-10" && find . -type f -printf '%h\t%f\t%s\n' | sort) > "$WORK/files-$n.txt"
    one=$("$WORK/io-floor" "$WORK/files-$n.txt" "$floor-1" 1)
    two=$("$WORK/io-floor" "$WORK/files-$n.txt" "$floor-2" 2)
    echo "  I/O floor: read input $read_s s, write the same files $one s (one thread), $two s (two)"
    rm -rf "$floor-1" "$floor-2" "$WORK/files-$n.txt"
  fi
done
exit $status
