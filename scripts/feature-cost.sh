#!/usr/bin/env bash
# What one feature's output costs a whole `generate` run: this tree's release build timed
# against the same tree with only that feature's output switched off, by
# scripts/compare-builds.sh in both orders (the VM's slot bias reaches several percent).
# The switched-off variant is this commit with scripts/feature-off/FEATURE.patch applied,
# built in a temporary worktree that is removed afterwards; the product itself has no
# switch for it.
#
#   bash scripts/feature-cost.sh FEATURE DATA [PAIRS]
#
# FEATURE: calendars (the plans' and managers' checkins.ics and the outbox; budget: 1 000
# employees) or hr-views (calibration.* and hr-workbook.xlsx; budget: 10 000 employees).
# DATA: a dataset from `perfplan sample` (see docs/performance.md). PAIRS per order
# (default 7). Release builds go to .build-release (this tree) and to the temporary
# worktree's own scratch path, so neither disturbs the debug build in .build.
set -euo pipefail
cd "$(dirname "$0")/.."
feature=$1 data=$(realpath "$2") pairs=${3:-7}
patch=$PWD/scripts/feature-off/$feature.patch
[ -f "$patch" ] || { echo "no such feature patch: $patch" >&2; exit 2; }

swift build -c release --scratch-path .build-release >/dev/null
with=$PWD/.build-release/release/perfplan

off=$(mktemp -d "${TMPDIR:-/tmp}/perfplan-$feature-off.XXXXXX")
rmdir "$off"
git worktree add --detach "$off" HEAD >/dev/null
trap 'git worktree remove --force "$off"' EXIT
# The variant is made from the last commit: uncommitted changes here would be in the "with"
# build only, so commit them first.
git -C "$off" apply "$patch"
(cd "$off" && swift build -c release --scratch-path .build-release >/dev/null)
without=$off/.build-release/release/perfplan

echo "== $feature: with (new) against without (old)"
bash scripts/compare-builds.sh "$without" "$with" "$data" "$pairs"
echo "== $feature: the same, slots swapped (without is new)"
bash scripts/compare-builds.sh "$with" "$without" "$data" "$pairs"
