import Foundation
import Testing

/// Issue 23: the loop closes itself. generate → progress for every month of the plan →
/// generate again, nothing edited by hand, the plan register carrying cycles and outcomes.
///
/// Worked by hand (target 100 for x, higher is better; plan_months 3, max_cycles 2):
/// - A is at 60 every month: flagged each time, never recovers.
/// - B is at 60, but 100 during 2026-04…06, then at 60 again.
/// - D is at 100 every month: never flagged.
/// - E is at 60 every month and already has cycle 1 (extended) in plans.csv.
///
/// generate 2026-03: A cycle 1, B cycle 1, E cycle 2 (1 + its data row); plans 2026-04…06.
/// progress 2026-04…06: at 06 A behind → extend (1 < 2); B achieved → succeeded; E → escalate (2 = max).
/// generate 2026-06: A cycle 2; B at 100 is not flagged; E cycle 3 > 2 → escalate. Plans 07…09.
/// progress 2026-07…09: A → escalate (2 = max), E → escalate.
/// generate 2026-09: A cycle 3, escalate; B flagged again → cycle 2 (succeeded counts); E cycle 4, escalate.
@Suite(.serialized) struct RegisterLoopTests {
    static let data: [String: String] = {
        var actuals = "employee_id,indicator_id,period,value\n"
        let months = (10...12).map { "2025-\($0)" } + (1...12).map { String(format: "2026-%02d", $0) }
        for m in months {
            let bRecovers = ["2026-04", "2026-05", "2026-06"].contains(m)
            actuals += "A,x,\(m),60\nB,x,\(m),\(bRecovers ? 100 : 60)\nD,x,\(m),100\nE,x,\(m),60\n"
        }
        return [
            "employees.csv":
                "employee_id,name,role,department,manager_id\nM1,Maria Lead,Manager,Sales,\nA,Ann,Rep,Sales,M1\nB,Ben,Rep,Sales,M1\nD,Dora,Rep,Sales,M1\nE,Emil,Rep,Sales,M1\n",
            "indicators.csv": "indicator_id,name,unit,direction,weight\nx,Orders,orders,higher,1\n",
            "targets.csv": "indicator_id,scope,period,target\nx,role:Rep,*,100\n",
            "plans.csv": "employee_id,cycle,start,end,outcome\nE,1,2025-06,2025-08,extended\n",
            "actuals.csv": actuals,
            // The loop is about the register, not about HR's decisions: plans issue as flagged.
            "perfplan.json": "{\"approval\": \"automatic\"}\n",
        ]
    }()

    /// (cycle, escalate) of every plan in a generate month folder, from its plan.xml.
    static func plans(_ month: URL) throws -> [String: (cycle: Int, escalate: Bool)] {
        let employees = month.appendingPathComponent("employees")
        var out: [String: (Int, Bool)] = [:]
        for id in try FileManager.default.contentsOfDirectory(atPath: employees.path) {
            let file = employees.appendingPathComponent("\(id)/plan.xml")
            guard let xml = try? String(contentsOf: file, encoding: .utf8) else { continue }
            let summary = xml.components(separatedBy: "\n").first { $0.contains("<summary ") } ?? ""
            let cycle = summary.components(separatedBy: "cycle=\"").dropFirst().first?.prefix { $0 != "\"" } ?? ""
            out[id] = (Int(cycle) ?? -1, summary.contains("escalate=\"true\""))
        }
        return out
    }

    static func run(_ args: [String]) throws -> CLI.Result {
        let r = try CLI.run(args)
        #expect(r.status == 0, "perfplan \(args.joined(separator: " ")): \(r.stderr)")
        return r
    }

    /// Runs the whole loop into `packets` (progress reports into `reports`).
    static func loop(data: URL, packets: URL, reports: URL) throws {
        for (asOf, months) in [
            ("2026-03", ["2026-04", "2026-05", "2026-06"]), ("2026-06", ["2026-07", "2026-08", "2026-09"]),
        ] {
            _ = try run(["generate", "--data", data.path, "--as-of", asOf, "--out", packets.path])
            for m in months {
                _ = try run([
                    "progress", "--data", data.path, "--plans", packets.appendingPathComponent(asOf).path, "--as-of", m,
                    "--out", reports.path,
                ])
            }
        }
        _ = try run(["generate", "--data", data.path, "--as-of", "2026-09", "--out", packets.path])
    }

    static let exported = """
        employee_id,cycle,start,end,outcome
        A,1,2026-04,2026-06,extended
        A,2,2026-07,2026-09,escalated
        A,3,2026-10,2026-12,active
        B,1,2026-04,2026-06,succeeded
        B,2,2026-10,2026-12,active
        E,2,2026-04,2026-06,escalated
        E,3,2026-07,2026-09,escalated
        E,4,2026-10,2026-12,active

        """

    @Test func theLoopClosesItselfAndRerunsChangeNothing() throws {
        let data = try CLI.dataDirectory(Self.data)
        let packets = try CLI.temporaryDirectory()
        let reports = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(packets)
            CLI.cleanup(reports)
        }
        try Self.loop(data: data, packets: packets, reports: reports)

        let first = try Self.plans(packets.appendingPathComponent("2026-03"))
        #expect(first.mapValues(\.cycle) == ["A": 1, "B": 1, "E": 2])
        #expect(first.values.allSatisfy { !$0.escalate })
        let second = try Self.plans(packets.appendingPathComponent("2026-06"))
        #expect(second.mapValues(\.cycle) == ["A": 2, "E": 3])
        #expect(second["A"]?.escalate == false && second["E"]?.escalate == true)
        let third = try Self.plans(packets.appendingPathComponent("2026-09"))
        #expect(third.mapValues(\.cycle) == ["A": 3, "B": 2, "E": 4])
        #expect(third["A"]?.escalate == true && third["B"]?.escalate == false && third["E"]?.escalate == true)

        // The register in the packets root, owner-only; the progress reports' folder holds none.
        let register = packets.appendingPathComponent("perfplan.sqlite").path
        let mode = try FileManager.default.attributesOfItem(atPath: register)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(!FileManager.default.fileExists(atPath: reports.appendingPathComponent("perfplan.sqlite").path))
        let journal = try CLI.shell(
            "python3 -c \"import sqlite3; print(sqlite3.connect('\(register)').execute('PRAGMA journal_mode').fetchone()[0])\""
        )
        #expect(journal == "delete\n")  // a rollback journal: readers need no -shm (docs/register.md)

        let export = try Self.run(["plans", "export", "--register", packets.path, "--format", "csv"])
        #expect(export.stdout == Self.exported)

        // Rerunning a month (a generate and a progress in the middle of the history) leaves
        // the register as it was: that month's entries are replaced, not added to.
        func state() throws -> [String] {
            [
                try Self.run(["plans", "list", "--register", packets.path, "--format", "json"]).stdout,
                try CLI.shell(
                    "python3 -c \"import sqlite3; c = sqlite3.connect('\(register)'); "
                        + "print([c.execute('SELECT count(*) FROM ' + t).fetchone()[0] for t in ('batch', 'issued_plan', 'progress_entry')], "
                        + "c.execute(\\\"SELECT count(*) FROM batch WHERE state != 'final'\\\").fetchone()[0])\""),
            ]
        }
        let before = try state()
        // 3 generate + 6 progress batches; plans 3 + 2 + 3; reports 3 × 3 + 3 × 2; none pending.
        #expect(before[1] == "[9, 8, 15] 0\n")
        _ = try Self.run(["generate", "--data", data.path, "--as-of", "2026-06", "--out", packets.path])
        _ = try Self.run([
            "progress", "--data", data.path, "--plans", packets.appendingPathComponent("2026-06").path, "--as-of",
            "2026-08", "--out", reports.path,
        ])
        _ = try Self.run(["generate", "--data", data.path, "--as-of", "2026-09", "--out", packets.path])
        #expect(try state() == before)
        #expect(
            try Self.plans(packets.appendingPathComponent("2026-09")).mapValues(\.cycle) == ["A": 3, "B": 2, "E": 4])
    }

    /// The two moments a kill can leave a batch pending, made by hand in the database (the
    /// kill loop in KillTests meets them by chance): before the swap the pending batch is void,
    /// after it the pending batch is the month's; readers see that at once, the next writer
    /// makes it permanent.
    @Test func aPendingBatchIsDecidedByTheMonthFolder() throws {
        let data = try CLI.dataDirectory(Self.data)
        let packets = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(packets)
        }
        _ = try Self.run(["generate", "--data", data.path, "--as-of", "2026-03", "--out", packets.path])
        let register = packets.appendingPathComponent("perfplan.sqlite").path
        let folder = packets.appendingPathComponent("2026-03").resolvingSymlinksInPath().path
        let onDisk = String(try CLI.shell("sha256sum '\(folder)/manifest.json'").prefix(64))
        let script = packets.appendingPathComponent("sql.py")
        /// Runs `statements` (separated by ";") and prints the rows of the last.
        func sql(_ statements: String) throws -> String {
            try Data(
                """
                import sqlite3, sys
                c = sqlite3.connect(sys.argv[1])
                rows = [c.execute(s).fetchall() for s in sys.argv[2].split(";")]
                c.commit()
                print(rows[-1])
                """.utf8
            ).write(to: script)
            return try CLI.shell("python3 '\(script.path)' '\(register)' \"\(statements)\"")
        }
        func employees() throws -> [String] {
            let json = try Self.run(["plans", "list", "--register", packets.path, "--format", "json"]).stdout
            let plans =
                (try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any])["plans"] as! [[String: Any]]
            return plans.map { "\($0["employee_id"]!)" }
        }
        #expect(try employees() == ["A", "B", "E"])

        // Killed before the swap: a pending batch whose manifest is not the folder's.
        let plan = "'2026-04', '2026-06', '2026-03', NULL, '[]')"
        _ = try sql(
            "INSERT INTO batch VALUES (50, 'generate', '2026-03', '', '\(folder)', '\(String(repeating: "f", count: 64))', 'pending');"
                + "INSERT INTO issued_plan VALUES (50, 'D', 1, 2, 0, \(plan)")
        #expect(try employees() == ["A", "B", "E"])

        // Killed after the swap: the folder carries the pending batch's manifest, the final
        // batch an older one.
        _ = try sql(
            "UPDATE batch SET manifest_sha256 = 'old' WHERE state = 'final';"
                + "INSERT INTO batch VALUES (60, 'generate', '2026-03', '', '\(folder)', '\(onDisk)', 'pending');"
                + "INSERT INTO issued_plan VALUES (60, 'Z', 1, 2, 0, \(plan)")
        #expect(try employees() == ["Z"])

        // The next writer settles both: one batch left for 2026-03, final.
        _ = try Self.run(["generate", "--data", data.path, "--as-of", "2026-06", "--out", packets.path])
        #expect(try sql("SELECT id, month, state FROM batch WHERE month = '2026-03'") == "[(60, '2026-03', 'final')]\n")
        #expect(try sql("SELECT count(*) FROM batch") == "[(2,)]\n")
    }

    /// --no-register: neither read nor written, the documents as before the register existed.
    @Test func noRegisterRunsAsBefore() throws {
        let data = try CLI.dataDirectory(Self.data)
        let packets = try CLI.temporaryDirectory()
        let reports = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(packets)
            CLI.cleanup(reports)
        }
        _ = try Self.run([
            "generate", "--data", data.path, "--as-of", "2026-03", "--out", packets.path, "--no-register",
        ])
        for m in ["2026-04", "2026-05", "2026-06"] {
            _ = try Self.run([
                "progress", "--data", data.path, "--plans", packets.appendingPathComponent("2026-03").path, "--as-of",
                m,
                "--out", reports.path, "--no-register",
            ])
        }
        _ = try Self.run([
            "generate", "--data", data.path, "--as-of", "2026-06", "--out", packets.path, "--no-register",
        ])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: packets.path).sorted() == [
                ".perfplan.lock", "2026-03", "2026-06",
            ])
        // Without the register nobody remembers A's first plan: cycle 1 again.
        #expect(try Self.plans(packets.appendingPathComponent("2026-06")).mapValues(\.cycle) == ["A": 1, "E": 2])
        let both = try CLI.run([
            "generate", "--data", data.path, "--out", packets.path, "--register", "x.sqlite", "--no-register",
        ])
        #expect(both.status == 2)
    }
}
