import Foundation
import Testing

/// `perfplan plans list|show|close|export|import` through the binary, on the register the
/// loop of `RegisterLoopTests` leaves (its hand-worked history).
@Suite(.serialized) struct PlansCommandTests {
    /// The loop's packets, reports and data, made once per test.
    struct Loop {
        let data: URL, packets: URL, reports: URL
        init() throws {
            data = try CLI.dataDirectory(RegisterLoopTests.data)
            packets = try CLI.temporaryDirectory()
            reports = try CLI.temporaryDirectory()
            try RegisterLoopTests.loop(data: data, packets: packets, reports: reports)
        }
        func cleanup() {
            CLI.cleanup(data)
            CLI.cleanup(packets)
            CLI.cleanup(reports)
        }
        func plans(_ args: [String]) throws -> CLI.Result {
            try CLI.run(["plans"] + args + ["--register", packets.path])
        }
    }

    @Test func listShowsEveryPlanForPeopleAndMachines() throws {
        let loop = try Loop()
        defer { loop.cleanup() }
        let table = try loop.plans(["list"])
        #expect(table.status == 0)
        let lines = table.stdout.components(separatedBy: "\n")
        #expect(lines[0].hasPrefix("employee_id  cycle  period "))
        #expect(lines[1].hasPrefix("A            1      2026-04–2026-06  extended "))
        #expect(lines[1].contains("2026-06 behind → extend"))
        #expect(lines.contains("8 plans"))

        let active = try loop.plans(["list", "--active", "--format", "json"])
        let plans =
            (try JSONSerialization.jsonObject(with: Data(active.stdout.utf8)) as! [String: Any])["plans"]
            as! [[String: Any]]
        #expect(
            plans.map { "\($0["employee_id"]!) \($0["cycle"]!) \($0["escalate"]!)" } == ["A 3 1", "B 2 0", "E 4 1"])

        // Scope: --employee without data; --department needs the data.
        let one = try loop.plans(["list", "--employee", "B", "--format", "json"])
        #expect(one.stdout.components(separatedBy: "\"employee_id\": \"B\"").count == 3)
        #expect(!one.stdout.contains("\"employee_id\": \"A\""))
        #expect(try loop.plans(["list", "--department", "Sales"]).status == 2)
        let sales = try loop.plans(["list", "--department", "Sales", "--data", loop.data.path])
        #expect(sales.status == 0 && sales.stdout.contains("8 plans"))
    }

    @Test func showGivesGoalsReportsAndOutcome() throws {
        let loop = try Loop()
        defer { loop.cleanup() }
        let shown = try loop.plans(["show", "A"])
        #expect(shown.status == 0)
        // Goal: current = mean of the last 3 values (60), expected = the target at 2026-06 (100).
        #expect(
            shown.stdout.hasPrefix(
                """
                cycle 1: 2026-04–2026-06, extended
                  issued in packet 2026-03
                """))
        #expect(shown.stdout.contains("  goal x: from 60 to 100 by 2026-06-30\n  2026-04: behind (x=behind)\n"))
        #expect(
            shown.stdout.contains("  2026-06: behind (x=behind), outcome extend\ncycle 2: 2026-07–2026-09, escalated\n")
        )
        #expect(
            shown.stdout.contains(
                "cycle 3: 2026-10–2026-12, active\n  issued in packet 2026-09, escalated (cycle 3 of at most 2)\n"))
        #expect(try loop.plans(["show", "D"]).status == 2)  // never had a plan
    }

    @Test func closeStopsProgressReportingAndCountsAsACycle() throws {
        let loop = try Loop()
        defer { loop.cleanup() }
        let closed = try loop.plans(["close", "B", "--reason", "left the company"])
        #expect(closed.status == 0, "\(closed.stderr)")
        #expect(closed.stderr.contains("closed the plan of \"B\", cycle 2 (2026-10–2026-12)"))
        #expect(try loop.plans(["close", "B", "--reason", "again"]).status == 1)  // nothing active any more
        #expect(try loop.plans(["close", "D", "--reason", "x"]).status == 1)
        #expect(try loop.plans(["close", "A", "--reason", " "]).status == 2)

        let export = try loop.plans(["export"]).stdout
        #expect(export.contains("B,2,2026-10,2026-12,closed\n"))
        #expect(try loop.plans(["show", "B"]).stdout.contains("  closed on 2026-11-02: left the company\n"))
        // progress of 2026-10 reports A and E only.
        let r = try CLI.run([
            "progress", "--data", loop.data.path, "--plans", loop.packets.appendingPathComponent("2026-09").path,
            "--as-of", "2026-10", "--out", loop.reports.path,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let month = loop.reports.appendingPathComponent("2026-10/employees")
        let reported = try FileManager.default.contentsOfDirectory(atPath: month.path)
            .filter { FileManager.default.fileExists(atPath: month.appendingPathComponent("\($0)/progress.md").path) }
        #expect(reported.sorted() == ["A", "E"])
        // B's folder holds only the calendar that cancels the meetings still ahead.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: month.appendingPathComponent("B").path) == [
                "checkins.ics"
            ])
        let b = try String(contentsOf: month.appendingPathComponent("B/checkins.ics"), encoding: .utf8)
        #expect(b.contains("STATUS:CANCELLED") && !b.contains("STATUS:CONFIRMED"))
    }

    @Test func exportRoundTripsThroughImport() throws {
        let loop = try Loop()
        defer { loop.cleanup() }
        let csv = try loop.plans(["export", "--format", "csv"])
        #expect(csv.stdout == RegisterLoopTests.exported)
        let json = try loop.plans(["export", "--format", "json"])
        let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [[String: Any]]
        #expect(
            rows.map { "\($0["employee_id"]!),\($0["cycle"]!),\($0["start"]!),\($0["end"]!),\($0["outcome"]!)" }
                == RegisterLoopTests.exported.split(separator: "\n").dropFirst().map(String.init))

        // Into a fresh register (in a folder of its own), in both formats: the same export.
        for (name, text) in [("plans.csv", csv.stdout), ("plans.json", json.stdout)] {
            let other = try CLI.temporaryDirectory()
            defer { CLI.cleanup(other) }
            let file = other.appendingPathComponent(name)
            try Data(text.utf8).write(to: file)
            let imported = try CLI.run([
                "plans", "import", file.path, "--register", other.appendingPathComponent("r.sqlite").path,
            ])
            #expect(imported.status == 0, "\(imported.stderr)")
            #expect(imported.stderr.contains("8 plan rows imported"))
            let again = try CLI.run(["plans", "export", "--register", other.appendingPathComponent("r.sqlite").path])
            #expect(again.stdout == RegisterLoopTests.exported)
        }
    }

    @Test func importRefusesABadFileWholeNamingEveryLine() throws {
        let loop = try Loop()
        defer { loop.cleanup() }
        let before = try loop.plans(["export"]).stdout
        let file = loop.data.appendingPathComponent("history.csv")
        try Data(
            "employee_id,cycle,start,end,outcome\nF,1,2025-01,2025-03,succeeded\nG,0,2025-01,2025-03,closed\nH,1,2025-05,2025-02,closed\nF,1,2025-04,2025-06,active\n"
                .utf8
        ).write(to: file)
        let r = try loop.plans(["import", file.path])
        #expect(r.status == 3)
        #expect(r.stderr.contains("history.csv:3:"))
        #expect(r.stderr.contains("history.csv:4: end 2025-02 is before start 2025-05"))
        #expect(r.stderr.contains("history.csv:5: a second row for employee \"F\" cycle 1 (first on line 2)"))
        #expect(try loop.plans(["export"]).stdout == before)

        // A good file: its rows join the history, and an imported row for a plan the
        // register derived replaces it.
        try Data(
            "employee_id,cycle,start,end,outcome\nF,1,2025-01,2025-03,succeeded\nA,1,2026-04,2026-06,succeeded\n".utf8
        ).write(to: file)
        #expect(try loop.plans(["import", file.path]).status == 0)
        let after = try loop.plans(["export"]).stdout
        #expect(after.contains("A,1,2026-04,2026-06,succeeded\n") && after.contains("F,1,2025-01,2025-03,succeeded\n"))
    }

    /// Where both speak of the same plan, the plans data wins and the disagreement is reported.
    @Test func dataRowsWinOverTheRegister() throws {
        let loop = try Loop()
        defer { loop.cleanup() }
        let other = try CLI.temporaryDirectory()
        defer { CLI.cleanup(other) }
        try FileManager.default.copyItem(
            at: loop.packets.appendingPathComponent("perfplan.sqlite"),
            to: other.appendingPathComponent("perfplan.sqlite"))
        try Data("employee_id,cycle,start,end,outcome\nE,1,2025-06,2025-08,extended\nA,1,2026-04,2026-06,active\n".utf8)
            .write(to: loop.data.appendingPathComponent("plans.csv"))
        let r = try CLI.run(["generate", "--data", loop.data.path, "--as-of", "2026-09", "--out", other.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            r.stderr.contains(
                "warning: plans.csv:3: the plans row for \"A\" cycle 1 says 2026-04–2026-06 active, "
                    + "the plan register says 2026-04–2026-06 extended; the plans row is used"))
        // A's first plan reads `active` after its end (2026-06): a history conflict (contract
        // §7.47). No plan is issued; A's proposal is blocked, as cycle 3 (cycles 1 and 2 keep
        // their numbers).
        #expect(try RegisterLoopTests.plans(other.appendingPathComponent("2026-09"))["A"] == nil)
        let review = try String(contentsOf: other.appendingPathComponent("2026-09/review.csv"), encoding: .utf8)
        #expect(review.contains("\r\nA,Ann,Maria Lead,Sales,3,"), "\(review)")
        #expect(review.contains("Plan cycle 1 (April–June 2026) is over but its outcome was never recorded"))
    }

    /// One writer at a time: progress writes its reports elsewhere but the register in the
    /// packets root, so it takes that folder's output lock too. And a register from a newer
    /// perfplan is refused, not misread.
    @Test func theRegisterHasOneWriterAndAKnownSchema() throws {
        let loop = try Loop()
        defer { loop.cleanup() }
        let lock = loop.packets.appendingPathComponent(".perfplan.lock").path
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        holder.arguments = [
            "-c", "import fcntl, sys, time; f = open(sys.argv[1], 'a'); fcntl.flock(f, fcntl.LOCK_EX); time.sleep(30)",
            lock,
        ]
        try holder.run()
        defer {
            holder.terminate()
            holder.waitUntilExit()
        }
        Thread.sleep(forTimeInterval: 0.5)
        let busy = try CLI.run([
            "progress", "--data", loop.data.path, "--plans", loop.packets.appendingPathComponent("2026-09").path,
            "--as-of", "2026-10", "--out", loop.reports.path,
        ])
        #expect(busy.status == 1)
        #expect(busy.stderr.contains("\(loop.packets.path): another perfplan run"), "\(busy.stderr)")
        #expect(!FileManager.default.fileExists(atPath: loop.reports.appendingPathComponent("2026-10").path))
        #expect(try loop.plans(["close", "A", "--reason", "left"]).status == 1)
        holder.terminate()
        holder.waitUntilExit()

        let register = loop.packets.appendingPathComponent("perfplan.sqlite").path
        _ = try CLI.shell(
            "python3 -c \"import sqlite3; c = sqlite3.connect('\(register)'); c.execute('PRAGMA user_version = 99'); c.commit()\""
        )
        let newer = try loop.plans(["list"])
        #expect(newer.status == 1)
        #expect(newer.stderr.contains("schema version 99, newer than this perfplan knows (3)"), "\(newer.stderr)")
        let g = try CLI.run(["generate", "--data", loop.data.path, "--as-of", "2026-10", "--out", loop.packets.path])
        #expect(g.status == 1)
        #expect(g.stderr.contains("schema version 99, newer than this perfplan knows (3)"), "\(g.stderr)")
        #expect(!FileManager.default.fileExists(atPath: loop.packets.appendingPathComponent("2026-10").path))
    }

    /// A link planted where the register belongs is neither followed nor written through.
    @Test func aLinkInPlaceOfTheRegisterIsRefused() throws {
        let data = try CLI.dataDirectory(RegisterLoopTests.data)
        let packets = try CLI.temporaryDirectory()
        let victim = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(packets)
            CLI.cleanup(victim)
        }
        try Data("precious\n".utf8).write(to: victim.appendingPathComponent("precious.txt"))
        try FileManager.default.createSymbolicLink(
            atPath: packets.appendingPathComponent("perfplan.sqlite").path,
            withDestinationPath: victim.appendingPathComponent("precious.txt").path)
        let r = try CLI.run(["generate", "--data", data.path, "--as-of", "2026-03", "--out", packets.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains(packets.appendingPathComponent("perfplan.sqlite").path))
        #expect(try String(contentsOf: victim.appendingPathComponent("precious.txt"), encoding: .utf8) == "precious\n")
        #expect(!FileManager.default.fileExists(atPath: packets.appendingPathComponent("2026-03").path))
    }
}
