import Foundation
import Testing

/// Calendars (`checkins.ics`) and reminders (`outbox/*.eml`) end to end: every file checked
/// by independent parsers (scripts/check-calendars.py: Python's icalendar and email) against
/// the dates in plan.xml, UIDs kept from the issuing month to the next, a closed plan's
/// meetings cancelled, no figure in any message, byte-identical reruns.
@Suite(.serialized) struct CalendarAndOutboxTests {
    static let files: [String: String] = [
        "employees.csv": "employee_id,name,role,department,manager_id,email\n"
            + "M1,\"Zoë Émile, Jr.\",Manager,Sales,,m1@acme.example\nA,Ann Ångström,Rep,Sales,M1,ann@acme.example\n"
            + "B,Ben,Rep,Sales,M1,ben@acme.example\nC,Cem,Rep,Sales,M1,\nD,Dora,Rep,Sales,M1,dora@acme.example\n",
        "indicators.csv": "indicator_id,name,unit,direction,weight\nx,Orders,orders,higher,1\n",
        "targets.csv": "indicator_id,scope,period,target\nx,role:Rep,*,100\n",
        "perfplan.json":
            #"{"approval": "automatic", "organization": "Acme", "hr_contact": {"name": "Hélène HR", "email": "hr@acme.example"}, "time_zone": "Europe/Berlin"}"#,
    ]
    static let actuals: String = {
        var s = "employee_id,indicator_id,period,value\n"
        for m in ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"] {
            for e in ["A", "B", "C"] { s += "\(e),x,\(m),61\n" }
            s += "D,x,\(m),100\n"
        }
        return s
    }()

    /// Runs the independent checker on a month folder; "" when it passed, else its report.
    static func check(_ folder: URL, data: URL, plans: URL? = nil) throws -> String {
        let script = CLI.repoRoot.appendingPathComponent("scripts/check-calendars.py").path
        let out = try CLI.shell(
            "python3 '\(script)' '\(folder.path)' --data '\(data.path)'"
                + (plans.map { " --plans '\($0.path)'" } ?? "") + " 2>&1; echo rc=$?")
        if out.hasSuffix("rc=4\n") {
            return "Python's icalendar is missing: pip install icalendar (.ci/run installs it)\n" + out
        }
        return out.hasSuffix("rc=0\n") && out.contains(" 0 failed") ? "" : out
    }

    static func files(in folder: URL, suffixes: [String]) -> [String: Data] {
        var found: [String: Data] = [:]
        let e = FileManager.default.enumerator(atPath: folder.path)
        while let rel = e?.nextObject() as? String {
            if suffixes.contains(where: rel.hasSuffix) {
                found[rel] = FileManager.default.contents(atPath: folder.appendingPathComponent(rel).path)
            }
        }
        return found
    }

    static func uids(_ ics: URL) throws -> [String] {
        try String(contentsOf: ics, encoding: .utf8).components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
    }

    @Test func generateWritesCalendarsAndRemindersThatParse() throws {
        var files = Self.files
        files["actuals.csv"] = Self.actuals
        let data = try CLI.dataDirectory(files)
        let out = try CLI.temporaryDirectory()
        let again = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
            CLI.cleanup(again)
        }
        let g = try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", out.path])
        #expect(g.status == 0, "\(g.stderr)")
        let month = out.appendingPathComponent("2026-10")
        #expect(try Self.check(month, data: data) == "")
        // A, B, C have plans; D does not. One manager, one message each to M1 and HR.
        let written = Self.files(in: month, suffixes: [".ics", ".eml"])
        #expect(
            written.keys.sorted() == [
                "employees/A/checkins.ics", "employees/B/checkins.ics", "employees/C/checkins.ics",
                "managers/M1/checkins.ics", "outbox/hr.eml", "outbox/manager-M1.eml",
            ])
        let manifest = try String(contentsOf: month.appendingPathComponent("manifest.json"), encoding: .utf8)
        for path in written.keys { #expect(manifest.contains("\"path\": \"\(path)\""), "\(path)") }
        // The plan's 6 meetings at 10:00 Berlin time, 30 minutes: October's results exist on Tue
        // 10 Nov (review_day 10), the plan meeting; check-ins every 2 weeks after it (24 Nov, 22 Dec,
        // 19 Jan; 8 Dec and 5 Jan lie within 6 days of a review and are folded into it) and the
        // reviews of November, December and January's results (10 Dec, Mon 11 Jan, Wed 10 Feb).
        let a = try String(contentsOf: month.appendingPathComponent("employees/A/checkins.ics"), encoding: .utf8)
        #expect(
            try Self.uids(month.appendingPathComponent("employees/A/checkins.ics")) == [
                "UID:perfplan-A-c1-20261124@perfplan", "UID:perfplan-A-c1-20261210@perfplan",
                "UID:perfplan-A-c1-20261222@perfplan",
                "UID:perfplan-A-c1-20270111@perfplan", "UID:perfplan-A-c1-20270119@perfplan",
                "UID:perfplan-A-c1-20270210@perfplan",
            ])
        #expect(
            a.contains("DTSTART;TZID=Europe/Berlin:20261210T100000\r\nDTEND;TZID=Europe/Berlin:20261210T103000\r\n"))
        #expect(a.contains("SUMMARY:Review: Ann Ångström / Zoë Émile\\, Jr.\r\n"))
        // C has no email: invited nowhere, yet the manager's entry is there.
        let c = try String(contentsOf: month.appendingPathComponent("employees/C/checkins.ics"), encoding: .utf8)
        #expect(!c.contains("ROLE=REQ-PARTICIPANT") && c.contains("ROLE=CHAIR:mailto:m1@acme.example"))
        // The manager's reminder: plain words, this month's and next month's meetings, links.
        let mail = try String(contentsOf: month.appendingPathComponent("outbox/manager-M1.eml"), encoding: .utf8)
        #expect(mail.contains("To: =?utf-8?b?"))
        #expect(mail.contains("Subject: Acme: check-ins and reminders for November 2026\r\n"))
        #expect(mail.contains("employees/A/plan.html") && mail.contains("managers/M1/checkins.ics"))
        // Byte-identical rerun, and with SOURCE_DATE_EPOCH unset the stamps come from the month.
        #expect(try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", again.path]).status == 0)
        #expect(
            Self.files(in: again.appendingPathComponent("2026-10"), suffixes: [".ics", ".eml", "manifest.json"])
                == Self.files(in: month, suffixes: [".ics", ".eml", "manifest.json"]))
        for dir in [out, again] {
            #expect(
                try CLI.run(
                    ["generate", "--data", data.path, "--as-of", "2026-10", "--out", dir.path],
                    env: ["SOURCE_DATE_EPOCH": ""]
                ).status == 0)
        }
        let unstamped = Self.files(in: out.appendingPathComponent("2026-10"), suffixes: [".ics", ".eml"])
        #expect(unstamped == Self.files(in: again.appendingPathComponent("2026-10"), suffixes: [".ics", ".eml"]))
        #expect(
            String(decoding: unstamped["employees/A/checkins.ics"]!, as: UTF8.self).contains("DTSTAMP:20261101T000000Z")
        )
    }

    @Test func progressKeepsUIDsAndCancelsAClosedPlan() throws {
        var files = Self.files
        files["actuals.csv"] = Self.actuals
        let data = try CLI.dataDirectory(files)
        let packets = try CLI.temporaryDirectory()
        let reports = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(packets)
            CLI.cleanup(reports)
        }
        #expect(
            try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", packets.path, "--no-register"])
                .status == 0)
        let plans = packets.appendingPathComponent("2026-10")
        // November's actuals; HR closes B's plan.
        try Data((Self.actuals + "A,x,2026-11,80\nB,x,2026-11,70\nC,x,2026-11,75\nD,x,2026-11,100\n").utf8)
            .write(to: data.appendingPathComponent("actuals.csv"))
        try Data("employee_id,cycle,start,end,outcome\nB,1,2026-11,2027-01,closed\n".utf8).write(
            to: data.appendingPathComponent("plans.csv"))
        let r = try CLI.run([
            "progress", "--data", data.path, "--plans", plans.path, "--as-of", "2026-11", "--out", reports.path,
            "--no-register",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let month = reports.appendingPathComponent("2026-11")
        #expect(try Self.check(month, data: data, plans: plans) == "")
        // The same UIDs a month later.
        #expect(
            try Self.uids(month.appendingPathComponent("employees/A/checkins.ics"))
                == Self.uids(plans.appendingPathComponent("employees/A/checkins.ics")))
        // B: the meetings from December on, cancelled with a higher sequence; November's left alone.
        let b = try String(contentsOf: month.appendingPathComponent("employees/B/checkins.ics"), encoding: .utf8)
        #expect(
            try Self.uids(month.appendingPathComponent("employees/B/checkins.ics"))
                == Self.uids(plans.appendingPathComponent("employees/B/checkins.ics")).filter {
                    $0 >= "UID:perfplan-B-c1-20261201"
                })
        #expect(b.components(separatedBy: "STATUS:CANCELLED\r\n").count - 1 == 5)
        #expect(!b.contains("STATUS:CONFIRMED") && !b.contains("SEQUENCE:0"))
        let manager = try String(contentsOf: month.appendingPathComponent("managers/M1/checkins.ics"), encoding: .utf8)
        #expect(manager.contains("UID:perfplan-B-c1-20261210@perfplan\r\nSEQUENCE:1\r\n"))
        #expect(manager.contains("UID:perfplan-A-c1-20261210@perfplan\r\nSEQUENCE:0\r\n"))
        let hr = try String(contentsOf: month.appendingPathComponent("outbox/hr.eml"), encoding: .utf8)
        #expect(hr.contains("cancelled, the plan was closed"))
    }

    @Test func allDayEventsAndTheOutboxSwitch() throws {
        var files = Self.files
        files["actuals.csv"] = Self.actuals
        files["perfplan.json"] = #"{"approval": "automatic", "meeting_time": null, "outbox": false}"#
        let data = try CLI.dataDirectory(files)
        let out = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        #expect(try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", out.path]).status == 0)
        let month = out.appendingPathComponent("2026-10")
        #expect(try Self.check(month, data: data) == "")
        #expect(!FileManager.default.fileExists(atPath: month.appendingPathComponent("outbox").path))
        let a = try String(contentsOf: month.appendingPathComponent("employees/A/checkins.ics"), encoding: .utf8)
        #expect(a.contains("DTSTART;VALUE=DATE:20261124\r\nDTEND;VALUE=DATE:20261125\r\n") && !a.contains("VTIMEZONE"))
        // No HR contact: the entries name no contact.
        #expect(!a.contains("CONTACT:"))
    }

    @Test func shardsMergeWithTheirCalendars() throws {
        var files = Self.files
        files["actuals.csv"] = Self.actuals
        let data = try CLI.dataDirectory(files)
        let parts = try CLI.temporaryDirectory()
        let merged = try CLI.temporaryDirectory()
        let whole = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(parts)
            CLI.cleanup(merged)
            CLI.cleanup(whole)
        }
        for k in 1...2 {
            let s = try CLI.run([
                "generate", "--data", data.path, "--as-of", "2026-10", "--out",
                parts.appendingPathComponent("p\(k)").path,
                "--shard", "\(k)/2", "--no-register",
            ])
            #expect(s.status == 0, "\(s.stderr)")
        }
        let m = try CLI.run([
            "merge", parts.appendingPathComponent("p1/2026-10").path, parts.appendingPathComponent("p2/2026-10").path,
            "--out", merged.path,
        ])
        #expect(m.status == 0, "\(m.stderr)")
        #expect(
            try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", whole.path, "--no-register"])
                .status == 0)
        #expect(
            Self.files(in: merged.appendingPathComponent("2026-10"), suffixes: [".ics", ".eml"])
                == Self.files(in: whole.appendingPathComponent("2026-10"), suffixes: [".ics", ".eml"]))
    }

    @Test func plansShowListsTheNextMeetings() throws {
        var files = Self.files
        files["actuals.csv"] = Self.actuals
        let data = try CLI.dataDirectory(files)
        let out = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        #expect(try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", out.path]).status == 0)
        // "Today" is 2026-11-02 (SOURCE_DATE_EPOCH): the meetings after it, from plan.xml.
        let shown = try CLI.run(["plans", "show", "A", "--register", out.path])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(
            shown.stdout.hasSuffix(
                """
                next meetings (cycle 1):
                  Tue 24 Nov 2026: check-in
                  Thu 10 Dec 2026: review
                  Tue 22 Dec 2026: check-in
                  Mon 11 Jan 2027: review
                  Tue 19 Jan 2027: check-in
                  Wed 10 Feb 2027: review

                """), "\(shown.stdout)")
        // A plan.xml changed since it was issued is not believed.
        let plan = out.appendingPathComponent("2026-10/employees/A/plan.xml")
        try Data((try String(contentsOf: plan, encoding: .utf8) + " ").utf8).write(to: plan)
        let changed = try CLI.run(["plans", "show", "A", "--register", out.path])
        #expect(
            changed.stdout.contains("next meetings (cycle 1): not listed: ")
                && changed.stdout.contains("is no longer the plan the register recorded"))
    }
}
