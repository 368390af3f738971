#!/usr/bin/env python3
"""Checks a perfplan month folder's calendars (*.ics) and reminders (outbox/*.eml) with
independent parsers: Python's `icalendar` (PyPI) and the standard `email` package.

usage: check-calendars.py MONTH_FOLDER --data DIR [--plans GENERATE_MONTH_FOLDER]

Without --plans the folder is a `generate` packet and its own plan.xml files are the
reference; with --plans it is a `progress` folder and the plans read are the reference:
the plans it reports carry every issued meeting, those closed in the plans data carry
their meetings after the month as cancelled (SEQUENCE 1).
Prints one line per problem and a closing "check-calendars: N passed, N failed" line;
exit 0 only without problems, 4 when icalendar is missing.
"""
import argparse, csv, email, email.policy, json, os, re, sys, datetime
import xml.etree.ElementTree as ET

try:
    import icalendar
except ImportError:
    print("check-calendars: the Python package icalendar is missing (pip install icalendar); "
          "calendars cannot be checked", file=sys.stderr)
    sys.exit(4)

NS = "{urn:perfplan:1}"
problems, passed = [], 0


def fail(msg):
    problems.append(msg)


def ok():
    global passed
    passed += 1


def pct(s):
    out = ""
    for b in s.encode("utf-8"):
        c = chr(b)
        out += c if (c.isascii() and (c.isalnum() or c in ".-_~")) else "%%%02X" % b
    return out


def uid(emp, cycle, day):
    return "perfplan-%s-c%d-%s@perfplan" % (pct(emp), cycle, day.strftime("%Y%m%d"))


SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v", "phd", "ph.d.", "md", "m.d.", "esq", "esq."}


def display_name(written):
    """docs/data-format.md, "Names": "Family, Given" is shown "Given Family" (one comma, text
    on both sides, no suffix after it); anything else as written."""
    parts = written.split(",")
    if len(parts) != 2:
        return written
    family, given = parts[0].strip(), parts[1].strip()
    if not family or not given or given.lower() in SUFFIXES:
        return written
    return given + " " + family


def read_rows(data, name):
    path = os.path.join(data, name + ".csv")
    if not os.path.exists(path):
        return []
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def plan_meetings(plan_xml):
    root = ET.parse(plan_xml).getroot()
    emp = root.find(NS + "employee").get("id")
    period = root.find(NS + "period")
    cycle = int(period.get("cycle"))
    meetings = [(datetime.date.fromisoformat(c.get("date")), c.get("formal") == "true")
                for c in root.find(NS + "checkins").findall(NS + "checkin")]
    return emp, cycle, period.get("end"), meetings


def raw_lines_ok(path, raw):
    """CRLF line ends only, at most 75 octets a line, no line split inside UTF-8."""
    if not raw.endswith(b"\r\n"):
        fail("%s: does not end in CRLF" % path)
    for n, line in enumerate(raw.split(b"\r\n")[:-1], 1):
        if b"\n" in line or b"\r" in line:
            fail("%s:%d: bare line break" % (path, n)); return
        if len(line) > 75:
            fail("%s:%d: %d octets (more than 75)" % (path, n, len(line))); return
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            fail("%s:%d: folded inside a UTF-8 sequence" % (path, n)); return
    ok()


def events(path):
    raw = open(path, "rb").read()
    raw_lines_ok(path, raw)
    cal = icalendar.Calendar.from_ical(raw)
    out = {}
    for ev in cal.walk("VEVENT"):
        for key in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "SEQUENCE", "STATUS"):
            if ev.get(key) is None:
                fail("%s: an event without %s" % (path, key))
        start = ev.decoded("DTSTART")
        day = start.date() if isinstance(start, datetime.datetime) else start
        u = str(ev.get("UID"))
        if u in out:
            fail("%s: UID %s twice" % (path, u))
        summary = ev.get("SUMMARY")
        out[u] = dict(day=day, summary=str(summary), language=summary.params.get("LANGUAGE", "en"),
                      sequence=int(ev.get("SEQUENCE")), status=str(ev.get("STATUS")), start=start)
    if cal.walk("VTIMEZONE") and not all(isinstance(e["start"], datetime.datetime) and e["start"].tzinfo for e in out.values()):
        fail("%s: a VTIMEZONE but events not in it" % path)
    return out


# The entry titles per language (docs/data-format.md, "Calendars and reminders in each
# reader's language"), written out here independently of perfplan's tables.
TITLES = {
    "en": ("Check-in: ", "Review: "),
    "de": ("Zwischengespräch: ", "Formelle Besprechung: "),
    "es": ("Seguimiento: ", "Revisión: "),
    "fr": ("Point de suivi\u00a0: ", "Entretien de bilan\u00a0: "),
}


def expected_summary(formal, emp, people, language="en"):
    e = people[emp]
    m = people.get(e.get("manager_id") or "")
    return TITLES[language][1 if formal else 0] + e["name"] + (" / " + m["name"] if m else "")


def language_ok(emp, people, language, policy_language):
    """An entry is in the employee's language (their column, else the policy's), or in
    English where that language's documents fall back to English."""
    wanted = (people[emp].get("language") or policy_language or "en").lower()
    return language in ("en", wanted)


DATE_WORDS = re.compile(
    r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b"
    r"|\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b"
    # German, Spanish and French dates and months (messages in the reader's language).
    r"|\b(Mo|Di|Mi|Do|Fr|Sa|So)\. \d{1,2}\. (Jan\.|Feb\.|März|Apr\.|Mai|Juni|Juli|Aug\.|Sept\.|Okt\.|Nov\.|Dez\.) \d{4}\b"
    r"|\b(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}\b"
    r"|\b(lun|mar|mié|jue|vie|sáb|dom), \d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept|oct|nov|dic) \d{4}\b"
    r"|\b(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}\b"
    r"|\b(lun|mar|mer|jeu|ven|sam|dim)\. (\d{1,2}|1er) (janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.) \d{4}\b"
    r"|\b(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}\b"
    r"|\b\d{2}:\d{2}\b|\S+/\S+|\S+@\S+")


def check_message(path, people, figures):
    msg = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
    for h in ("To", "Subject", "Date", "Message-ID", "MIME-Version"):
        if msg[h] is None:
            fail("%s: no %s header" % (path, h))
    if msg.get_content_type() != "text/plain" or msg.get_content_charset() != "utf-8":
        fail("%s: not text/plain; charset=utf-8" % path)
    body = msg.get_content()
    text = str(msg["Subject"]) + "\n" + body
    if "%" in text:
        fail("%s: a percent sign" % path)
    # Every name of the data is taken out first (a name may hold digits), then dates,
    # times, paths and addresses: no digit may remain.
    rest = text
    for e in sorted(people.values(), key=lambda e: -len(e["name"])):
        rest = rest.replace(e["name"], " ")
    rest = DATE_WORDS.sub(" ", rest)
    if re.search(r"\d", rest):
        fail("%s: a figure: %r" % (path, re.findall(r"[^\n]*\d[^\n]*", rest)[:3]))
    tokens = set(re.findall(r"\d+(?:\.\d+)?", DATE_WORDS.sub(" ", body)))
    for name, values in figures.items():
        if name in body:
            leaked = [v for v in values if v in tokens]
            if leaked:
                fail("%s: %s's actual or target %s appears" % (path, name, leaked[0]))
    ok()
    return msg, body


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--data", required=True)
    ap.add_argument("--plans")
    a = ap.parse_args()
    people = {e["employee_id"].strip(): {k: (v or "").strip() for k, v in e.items()} for e in read_rows(a.data, "employees")}
    for e in people.values():
        e["name"] = display_name(e.get("name", ""))
    policy_path = os.path.join(a.data, "perfplan.json")
    policy_language = json.load(open(policy_path, encoding="utf-8")).get("language") if os.path.exists(policy_path) else None
    closed = {(r["employee_id"].strip(), int(r["cycle"])) for r in read_rows(a.data, "plans") if r["outcome"].strip() == "closed"}
    month = os.path.basename(os.path.normpath(a.folder))
    y, m = map(int, month.split("-"))
    month_end = (datetime.date(y + m // 12, m % 12 + 1, 1) - datetime.timedelta(days=1))
    source = a.plans or a.folder
    plans = {}
    emp_dir = os.path.join(source, "employees")
    for emp in sorted(os.listdir(emp_dir)):
        p = os.path.join(emp_dir, emp, "plan.xml")
        if os.path.exists(p):
            plans[emp] = plan_meetings(p)
    # The reference: what each employee's calendar must hold in this folder.
    expected = {}
    for emp, (eid, cycle, end, meetings) in plans.items():
        if a.plans:
            reported = os.path.exists(os.path.join(a.folder, "employees", emp, "progress.xml")) or \
                os.path.exists(os.path.join(a.folder, "employees", emp, "progress.md")) or \
                os.path.exists(os.path.join(a.folder, "employees", emp, "progress.html"))
            if (emp, cycle) in closed:
                ahead = [(d, f) for d, f in meetings if d > month_end]
                if ahead:
                    expected[emp] = {uid(emp, cycle, d): (d, f, "CANCELLED", 1) for d, f in ahead}
            elif reported:
                expected[emp] = {uid(emp, cycle, d): (d, f, "CONFIRMED", 0) for d, f in meetings}
        else:
            expected[emp] = {uid(emp, cycle, d): (d, f, "CONFIRMED", 0) for d, f in meetings}
    found = {}
    for emp in sorted(os.listdir(os.path.join(a.folder, "employees"))):
        p = os.path.join(a.folder, "employees", emp, "checkins.ics")
        if os.path.exists(p):
            found[emp] = events(p)
    for emp in sorted(set(expected) | set(found)):
        want, got = expected.get(emp, {}), found.get(emp)
        if got is None:
            fail("employees/%s/checkins.ics is missing" % emp); continue
        if set(want) != set(got):
            fail("employees/%s/checkins.ics: UIDs %s, expected %s" % (emp, sorted(got), sorted(want))); continue
        for u, (d, formal, status, seq) in want.items():
            e = got[u]
            if e["day"] != d:
                fail("employees/%s: %s on %s, the plan says %s" % (emp, u, e["day"], d))
            if e["language"] not in TITLES or not language_ok(emp, people, e["language"], policy_language):
                fail("employees/%s: an entry in %r" % (emp, e["language"]))
            elif e["summary"] != expected_summary(formal, emp, people, e["language"]):
                fail("employees/%s: summary %r" % (emp, e["summary"]))
            if (e["status"], e["sequence"]) != (status, seq):
                fail("employees/%s: %s is %s/%d, expected %s/%d" % (emp, u, e["status"], e["sequence"], status, seq))
        ok()
    # Each manager's calendar: exactly the events of their reports' calendars.
    mdir = os.path.join(a.folder, "managers")
    managers = sorted(os.listdir(mdir)) if os.path.isdir(mdir) else []
    wanted_managers = sorted({people[e]["manager_id"] for e in found if people.get(e, {}).get("manager_id")})
    if managers != wanted_managers:
        fail("managers/: %s, expected %s" % (managers, wanted_managers))
    for mid in managers:
        got = events(os.path.join(mdir, mid, "checkins.ics"))
        want = {}
        for emp, evs in found.items():
            if people.get(emp, {}).get("manager_id") == mid:
                want.update(evs)
        if {u: (e["day"], e["summary"], e["status"], e["sequence"]) for u, e in got.items()} != \
                {u: (e["day"], e["summary"], e["status"], e["sequence"]) for u, e in want.items()}:
            fail("managers/%s/checkins.ics differs from its reports' calendars" % mid)
        else:
            ok()
    # Messages: parse, headers, no figure.
    figures = {}
    for r in read_rows(a.data, "actuals"):
        e = people.get(r["employee_id"].strip())
        if e:
            figures.setdefault(e["name"], set()).add(r["value"].strip())
    for r in read_rows(a.data, "targets"):
        scope = r["scope"].strip()
        if scope.startswith("employee:") and scope[9:] in people:
            figures.setdefault(people[scope[9:]]["name"], set()).add(r["target"].strip())
    odir = os.path.join(a.folder, "outbox")
    messages = sorted(os.listdir(odir)) if os.path.isdir(odir) else []
    for name in messages:
        msg, body = check_message(os.path.join(odir, name), people, figures)
        if name.startswith("manager-"):
            mid = name[len("manager-"):-len(".eml")]
            if people.get(mid, {}).get("email") and people[mid]["email"] not in str(msg["To"]):
                fail("outbox/%s: not addressed to %s" % (name, people[mid]["email"]))
    print("check-calendars: %d calendars, %d messages" % (len(found) + len(managers), len(messages)))
    for p in problems:
        print("problem: " + p)
    print("check-calendars: %d passed, %d failed" % (passed, len(problems)))
    sys.exit(1 if problems else 0)


main()
