#!/usr/bin/env bash
# Formats the Swift sources in place with the toolchain's swift-format and the root
# .swift-format configuration, then runs the strict lint over the same folders: a finding
# the formatter cannot fix itself (a long comment, a name) is printed and the script exits
# non-zero, so it is fixed by hand.
#
#   scripts/format.sh            # format Sources/ Tests/ Fuzz/Sources, then lint
#   scripts/format.sh --lint     # lint only (what CI runs), nothing changed
set -euo pipefail
cd "$(dirname "$0")/.."
folders=(Sources Tests Fuzz/Sources)
if [ "${1:-}" != "--lint" ]; then
  swift format format --in-place --parallel --recursive "${folders[@]}"
fi
swift format lint --strict --parallel --recursive "${folders[@]}"
