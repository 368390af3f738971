#!/usr/bin/env python3
"""Layout check of perfplan's HTML documents in headless Chromium (issue 21, items 2 and 3).

Usage: layout-check.py [--max-pages KIND=N]... [--screenshots DIR] FILE.html...

For every document:
  * screen widths 1280, 794 (A4 at 96 dpi) and 390 px (a phone): the page must not scroll
    sideways, and no element whose overflow-x is not `visible` may hold more than it shows
    (a scrolled or clipped table, an ellipsis);
  * print, A4 and US Letter: the same measure at the paper's printable width with the
    `@media print` rules applied, then a real PDF from `--print-to-pdf`, whose page count
    (pdfinfo) must not exceed the bound given for the document's kind (`plan=5`: the file
    name's stem is the kind);
  * page furniture (pdftotext, page by page): every page reads "Page N of M", and every page
    of an employee's document names the employee (the id in parentheses, from the running
    head), so no page can be separated from what was signed;
  * no page that holds only comments and signatures: the last page of a plan or interview
    form also holds a numbered section other than "Comments"/"Signatures";
  * no orphaned heading: no page ends with a section heading (h2/h3 of the document) whose
    text follows on the next page.
Screen widths include 320 px, the width of WCAG 2.2's reflow criterion (1.4.10).

A headless window is never narrower than about 500 px, so every width is measured inside an
<iframe> of that width, all in one page run with --dump-dom (DESIGN.md, "Checking layout in
headless Chromium"). Prints one line per problem and exits 1 if there is any.
"""
import argparse
import concurrent.futures
import hashlib
import html
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

SCREEN_WIDTHS = [1280, 794, 390, 320]
# Printable width in CSS px: paper width less the 15 mm side margins of style.css's @page.
PAPERS = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
MARGIN_MM = 15.0
PX_PER_MM = 96 / 25.4
# PDF page sizes in points, to confirm Chromium used the paper asked for.
PAPER_POINTS = {"A4": (595, 842), "Letter": (612, 792)}


def printable_width(paper):
    return int((PAPERS[paper][0] - 2 * MARGIN_MM) * PX_PER_MM)


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("layout-check: chromium not found (apt-get install chromium)")


def base_args():
    args = [chromium(), "--headless", "--disable-gpu", "--hide-scrollbars", "--mute-audio",
            "--no-first-run", "--disable-extensions"]
    if os.geteuid() == 0:
        args.append("--no-sandbox")  # Chromium refuses to run as root with its sandbox
    return args


def run(args, timeout=120):
    return subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=timeout, check=False)


# Runs inside the harness page once every iframe has loaded. Print modes turn each
# `@media print` rule on and each `@media screen…` rule off before measuring, which is what
# the printer sees at that width.
MEASURE_JS = r"""
function setPrint(sheetRules) {
  for (const rule of sheetRules) {
    if (rule.media) {
      const m = rule.media.mediaText;
      if (/\bprint\b/.test(m)) rule.media.mediaText = 'all';
      else if (/\bscreen\b/.test(m)) rule.media.mediaText = 'not all';
    }
    if (rule.cssRules) setPrint(rule.cssRules);
  }
}
function describe(el) {
  let s = el.tagName.toLowerCase();
  if (el.className && typeof el.className === 'string') s += '.' + el.className.trim().split(/\s+/).join('.');
  const text = (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 50);
  return text ? s + ' "' + text + '"' : s;
}
function pastEdge(el, width) {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.right > width + 1;
}
function measure(frame) {
  const doc = frame.contentDocument, problems = [];
  if (!doc) return ['cannot read the document (run with --allow-file-access-from-files)'];
  if (frame.dataset.mode.startsWith('print')) {
    for (const sheet of doc.styleSheets) setPrint(sheet.cssRules);
  }
  const root = doc.documentElement, width = root.clientWidth;
  if (root.scrollWidth > width + 1) problems.push('page scrolls sideways: ' + root.scrollWidth + ' px wide in ' + width);
  for (const el of doc.body.querySelectorAll('*')) {
    const cs = doc.defaultView.getComputedStyle(el);
    if (cs.display === 'none') continue;
    if (cs.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) {
      problems.push('clipped or scrolled (' + el.scrollWidth + ' px in ' + el.clientWidth + '): ' + describe(el));
    } else if (cs.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth) {
      problems.push('cut off with an ellipsis: ' + describe(el));
    }
    // Only the outermost element past the edge: its children are the same fault.
    if (pastEdge(el, width) && !(el.parentElement && pastEdge(el.parentElement, width))) {
      const r = el.getBoundingClientRect();
      problems.push('reaches past the right edge (' + Math.round(r.right) + ' > ' + width + '): ' + describe(el));
    }
  }
  return problems.slice(0, 8);
}
window.addEventListener('load', () => {
  const out = [];
  for (const frame of document.querySelectorAll('iframe')) {
    out.push({doc: frame.dataset.doc, mode: frame.dataset.mode, problems: measure(frame)});
  }
  document.getElementById('result').textContent = JSON.stringify(out);
});
"""


def measure(docs, work):
    frames = []
    for doc in docs:
        modes = [(str(w), w) for w in SCREEN_WIDTHS] + [("print " + p, printable_width(p)) for p in PAPERS]
        for mode, width in modes:
            frames.append(f'<iframe data-doc="{html.escape(str(doc))}" data-mode="{mode}" width="{width}" height="900" '
                          f'style="border:0;display:block" src="{html.escape(doc.resolve().as_uri())}"></iframe>')
    harness = work / "harness.html"
    harness.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'></head><body style='margin:0'>"
                       + "".join(frames) + "<pre id='result'></pre><script>" + MEASURE_JS + "</script></body></html>")
    r = run(base_args() + ["--allow-file-access-from-files", "--virtual-time-budget=20000", "--dump-dom",
                           harness.as_uri()], timeout=300)
    m = re.search(r"<pre id=\"result\">(.*?)</pre>", r.stdout.decode("utf-8", "replace"), re.S)
    if not m or not m.group(1).strip():
        return [("harness", "all", "the measuring page gave no result")]
    problems = []
    for entry in json.loads(html.unescape(m.group(1))):
        for p in entry["problems"]:
            problems.append((entry["doc"], entry["mode"], p))
    return problems


def print_pdf(doc, paper, work):
    """The document printed on `paper`; the copy only adds `@page { size }` (the documents
    leave the size to the printer so the same file fits A4 and Letter)."""
    text = doc.read_text(encoding="utf-8")
    # Named for the whole path: two runs' folders may both hold employees/E033/plan.html.
    tag = hashlib.sha256(str(doc.resolve()).encode()).hexdigest()[:8]
    copy = work / f"{doc.parent.name}-{doc.stem}-{tag}-{paper}.html"
    copy.write_text(text.replace("</head>", f"<style>@page {{ size: {paper}; }}</style></head>", 1), encoding="utf-8")
    pdf = copy.with_suffix(".pdf")
    run(base_args() + ["--no-pdf-header-footer", f"--print-to-pdf={pdf}", copy.as_uri()])
    return pdf


def pdf_pages(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=False).stdout.decode()
    pages = re.search(r"^Pages:\s+(\d+)", info, re.M)
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M)
    return (int(pages.group(1)) if pages else None,
            (round(float(size.group(1))), round(float(size.group(2)))) if size else None)


def page_texts(pdf):
    """The text of each printed page, in reading order (pdftotext splits pages with form feeds)."""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                         check=False).stdout.decode("utf-8", "replace")
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


BOTTOM_MARGIN_PT = 16 / 25.4 * 72   # style.css's @page margin
ORPHAN_ROOM_PT = 24                  # less than this below a heading: nothing it introduces fits


def page_lines(pdf):
    """Per page: its height and its text lines as (bottom y, text), top to bottom (pdftotext -bbox)."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                         check=False).stdout.decode("utf-8", "replace")
    result = []
    for page in re.finditer(r'<page width="[\d.]+" height="([\d.]+)">(.*?)</page>', out, re.S):
        rows = {}
        for w in re.finditer(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</word>', page.group(2)):
            key = round(float(w.group(1)))
            rows.setdefault(key, [float(w.group(2)), []])[1].append(html.unescape(w.group(3)))
        lines = [(y, " ".join(words)) for _, (y, words) in sorted(rows.items())]
        result.append((float(page.group(1)), lines))
    return result


def headings(doc):
    """The texts of the document's h2 and h3 headings, whitespace collapsed."""
    text = doc.read_text(encoding="utf-8")
    found = re.findall(r"<h[23][^>]*>(.*?)</h[23]>", text, re.S)
    return {html.unescape(re.sub(r"<[^>]+>", "", h)).strip() for h in found} - {""}


def print_problems(doc, pdf):
    """Page furniture, a signatures-only last page and orphaned headings (see the module's doc)."""
    problems = []
    pages = page_texts(pdf)
    employee = re.search(r"employees/([^/]+)/", str(doc.resolve()))
    # The page furniture in the document's language (`<html lang="de">`: "Seite 2 von 4").
    lang = re.search(r'<html lang="([a-z]+)"', doc.read_text(encoding="utf-8"))
    page_of = {"de": "Seite {n} von {m}", "es": "Página {n} de {m}", "fr": "Page {n} sur {m}"}.get(lang.group(1) if lang else "en", "Page {n} of {m}")
    for n, text in enumerate(pages, 1):
        furniture = page_of.format(n=n, m=len(pages))
        if furniture not in text:
            problems.append(f'page {n} does not read "{furniture}"')
        if employee and f"({html.unescape(employee.group(1))})" not in text:
            problems.append(f"page {n} does not name the employee ({employee.group(1)})")
    if doc.stem in ("plan", "interview") and len(pages) > 1:
        sections = re.findall(r"^\s*(\d+)\. (.+?)\s*$", pages[-1], re.M)
        if not any(not re.match(r"(Comments|Signatures|Anmerkungen|Unterschriften|Observaciones|Firmas|Commentaires)", title) for _, title in sections):
            problems.append("the last page holds only comments and signatures")
    heads = headings(doc)
    for n, (height, lines) in enumerate(page_lines(pdf)[:-1], 1):
        # The content's last line (the furniture lies in the bottom margin); a heading there
        # with no room below it for a line of what it introduces has been left behind.
        body = [(y, t) for y, t in lines if y < height - BOTTOM_MARGIN_PT]
        if body and body[-1][1] in heads and body[-1][0] > height - BOTTOM_MARGIN_PT - ORPHAN_ROOM_PT:
            problems.append(f'page {n} ends with the heading "{body[-1][1]}"')
    return problems


def screenshots(docs, out, work):
    """The first document of each kind, named as docs/screenshots holds them: NAME.png (desktop,
    1280), NAME-794.png (an A4-wide window), NAME-phone.png (390, cut from an iframe: the window
    cannot be that narrow) and NAME-print-a4-pageN.png for every page it prints on A4."""
    out.mkdir(parents=True, exist_ok=True)
    first = {}
    for doc in docs:
        first.setdefault(doc.stem, doc)  # one document of each kind
    docs = list(first.values())
    jobs = []
    for doc in docs:
        name = doc.stem
        for width, height, suffix in ((1280, 1400, ""), (794, 1300, "-794")):
            jobs.append(base_args() + [f"--window-size={width},{height}", f"--screenshot={out / f'{name}{suffix}.png'}",
                                       doc.resolve().as_uri()])
        frame = work / f"phone-{doc.parent.name}-{name}.html"
        frame.write_text(f"<!DOCTYPE html><body style='margin:0'><iframe src='{html.escape(doc.resolve().as_uri())}' "
                         f"width='390' height='1400' style='border:0;display:block'></iframe></body>")
        jobs.append(base_args() + ["--allow-file-access-from-files", "--window-size=390,1400",
                                   f"--screenshot={out / f'{name}-phone.png'}", frame.as_uri()])
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        list(pool.map(run, jobs))
    for doc in docs:
        for old in out.glob(f"{doc.stem}-print-a4-page*.png"):
            old.unlink()  # a document that now prints on fewer pages leaves none behind
        pdf = print_pdf(doc, "A4", work)
        pages = work / f"pages-{doc.stem}"
        subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(pages)], check=False)
        # pdftoppm numbers pages 1, 2… or 01, 02… by the page count; the names here do not.
        for png in sorted(work.glob(f"pages-{doc.stem}-*.png")):
            n = int(png.stem.rsplit("-", 1)[1])
            shutil.move(str(png), out / f"{doc.stem}-print-a4-page{n}.png")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("docs", nargs="+", type=pathlib.Path)
    ap.add_argument("--max-pages", action="append", default=[], metavar="KIND=N",
                    help="the most A4 or Letter pages a document of that kind (file stem) may print to")
    ap.add_argument("--screenshots", type=pathlib.Path, metavar="DIR", help="also write PNGs for a person to look at")
    a = ap.parse_args()
    bounds = {}
    for b in a.max_pages:
        kind, _, n = b.partition("=")
        bounds[kind] = int(n)
    for tool in ("pdfinfo", "pdftoppm", "pdftotext"):
        if not shutil.which(tool):
            sys.exit(f"layout-check: {tool} not found (apt-get install poppler-utils)")

    with tempfile.TemporaryDirectory(prefix="layout-check.") as tmp:
        work = pathlib.Path(tmp)
        problems = measure(a.docs, work)
        jobs = [(doc, paper) for doc in a.docs for paper in PAPERS]
        with concurrent.futures.ThreadPoolExecutor(2) as pool:
            pdfs = list(pool.map(lambda j: print_pdf(j[0], j[1], work), jobs))
        pages_seen = {}
        for (doc, paper), pdf in zip(jobs, pdfs):
            pages, size = pdf_pages(pdf)
            if pages is None:
                problems.append((str(doc), "print " + paper, "no PDF was written"))
                continue
            pages_seen.setdefault(str(doc), []).append(f"{paper} {pages}")
            if size != PAPER_POINTS[paper]:
                problems.append((str(doc), "print " + paper, f"printed on {size}, not {paper}"))
            bound = bounds.get(doc.stem)
            if bound is not None and pages > bound:
                problems.append((str(doc), "print " + paper, f"{pages} pages, more than {bound}"))
            for p in print_problems(doc, pdf):
                problems.append((str(doc), "print " + paper, p))
        for doc in a.docs:
            print(f"{doc}: printed pages {', '.join(pages_seen.get(str(doc), ['none']))}")
        if a.screenshots:
            screenshots(a.docs, a.screenshots, work)
    for doc, mode, p in problems:
        print(f"{doc}: {mode}: {p}")
    print(f"layout-check: {len(a.docs)} documents at {', '.join(map(str, SCREEN_WIDTHS))} px and on "
          f"{' and '.join(PAPERS)}: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
