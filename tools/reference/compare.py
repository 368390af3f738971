#!/usr/bin/env python3
"""Compares two `gaps --format json` documents: same keys in the same order, same strings,
numbers equal within 1e-9 relative (1e-12 absolute near zero). Prints every difference.

    python3 tools/reference/compare.py expected.json actual.json
"""
import json
import sys


def walk(a, b, path, diffs):
    if isinstance(a, dict) and isinstance(b, dict):
        if list(a.keys()) != list(b.keys()):
            diffs.append(f"{path}: keys {list(a.keys())} != {list(b.keys())}")
            return
        for k in a:
            walk(a[k], b[k], f"{path}.{k}", diffs)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            diffs.append(f"{path}: length {len(a)} != {len(b)}")
            return
        for i, (x, y) in enumerate(zip(a, b)):
            label = x.get("employee_id") or x.get("indicator_id") if isinstance(x, dict) else i
            walk(x, y, f"{path}[{label}]", diffs)
    elif isinstance(a, bool) or isinstance(b, bool) or a is None or b is None or isinstance(a, str) or isinstance(b, str):
        if a != b or type(a) is not type(b) and not (isinstance(a, (int, float)) and isinstance(b, (int, float))):
            diffs.append(f"{path}: {a!r} != {b!r}")
    else:
        if abs(a - b) > max(1e-9 * max(abs(a), abs(b)), 1e-12):
            diffs.append(f"{path}: {a!r} != {b!r}")


def main():
    a = json.load(open(sys.argv[1]))
    b = json.load(open(sys.argv[2]))
    diffs = []
    walk(a, b, "$", diffs)
    for d in diffs[:200]:
        print(d)
    if diffs:
        print(f"{len(diffs)} difference(s)")
        sys.exit(1)
    print("identical within 1e-9")


if __name__ == "__main__":
    main()
