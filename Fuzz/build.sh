#!/usr/bin/env bash
# Builds the libFuzzer targets: ASan plus libFuzzer's coverage instrumentation, linked
# against libFuzzer without its main (SwiftPM supplies main; see Sources/*/Entry.swift).
set -euo pipefail
cd "$(dirname "$0")"
rt=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")/lib/clang
lib=$(ls -d "$rt"/*/lib/linux | head -n 1)/libclang_rt.fuzzer_no_main-x86_64.a
swift build -c debug \
  -Xswiftc -sanitize=address \
  -Xswiftc -sanitize-coverage=edge,trace-cmp \
  -Xswiftc -Xllvm -Xswiftc -sanitizer-coverage-inline-8bit-counters \
  -Xswiftc -Xllvm -Xswiftc -sanitizer-coverage-pc-table \
  -Xlinker "$lib" -Xlinker -lstdc++
