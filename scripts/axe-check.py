#!/usr/bin/env python3
"""Accessibility check: axe-core (the engine behind most WCAG audits) run in headless
Chromium, through selenium and Debian's chromium-driver, over the HTML documents given.
Fails when axe reports any violation of a WCAG 2.0/2.1/2.2 level A or AA rule.

    python3 scripts/axe-check.py --axe PATH/axe.min.js DOC.html...

axe.min.js ships inside the PyPI wheel of axe-playwright-python
(`pip download --no-deps axe-playwright-python`, unzip, axe_playwright_python/axe.min.js);
scripts/axe-check.sh fetches it. Each document is checked at 1280 px and at 320 px (WCAG's
reflow width), so the phone layout's cards are audited too.
"""
import argparse
import json
import os
import pathlib
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
WIDTHS = [1280, 320]


def driver():
    options = Options()
    for arg in ("--headless=new", "--disable-gpu", "--hide-scrollbars", "--allow-file-access-from-files"):
        options.add_argument(arg)
    if os.geteuid() == 0:
        options.add_argument("--no-sandbox")  # Chromium refuses to run as root with its sandbox
    chromium = next((p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if os.path.exists(p)), None)
    if chromium:
        options.binary_location = chromium
    return webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)


def audit(browser, axe, doc, width):
    browser.set_window_size(width, 900)
    browser.get(pathlib.Path(doc).resolve().as_uri())
    browser.execute_script(axe)
    browser.set_script_timeout(120)
    result = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
        ".then(r => done(JSON.stringify(r.violations))).catch(e => done(JSON.stringify([{id: 'axe-error', help: String(e), nodes: []}])));",
        TAGS)
    return json.loads(result)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--axe", required=True, help="axe.min.js")
    parser.add_argument("docs", nargs="+")
    args = parser.parse_args()
    axe = pathlib.Path(args.axe).read_text(encoding="utf-8")
    browser = driver()
    failures = 0
    try:
        for doc in args.docs:
            for width in WIDTHS:
                for v in audit(browser, axe, doc, width):
                    failures += 1
                    targets = [" ".join(n.get("target", [])) for n in v.get("nodes", [])[:3]]
                    print(f"{doc} @{width}px: {v['id']} ({v.get('impact')}): {v['help']}; "
                          f"{len(v.get('nodes', []))} element(s), e.g. {targets}")
    finally:
        browser.quit()
    print(f"axe-check: {len(args.docs)} documents at {WIDTHS} px, {failures} WCAG A/AA violation(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
