#!/usr/bin/env bash
# Type-checks the fuzz targets (Fuzz/, a separate package that needs the libFuzzer runtime to
# link) against the modules `swift build` just made, so a change to what PerfPlanIO makes
# public breaks CI here rather than the next person who runs Fuzz/build.sh.
#
#   swift build && bash scripts/fuzz-typecheck.sh [BUILD_DIR]   # BUILD_DIR: .build/debug
set -euo pipefail
cd "$(dirname "$0")/.."
modules=${1:-.build/debug}/Modules
for target in Fuzz/Sources/*/; do
  swiftc -typecheck -parse-as-library -I "$modules" \
    -Xcc -I/usr/include/libxml2 \
    -Xcc -fmodule-map-file=Sources/CLibXML2/module.modulemap \
    -Xcc -fmodule-map-file=Sources/CSQLite/module.modulemap \
    "$target"*.swift
  echo "fuzz-typecheck: $(basename "$target") ok"
done
