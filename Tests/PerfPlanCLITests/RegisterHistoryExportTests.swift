import Foundation
import Testing

/// `plans export --dataset decisions|acknowledgements` and `plans import` of them: the
/// register's decisions and signatures in the layouts of the `decisions` and
/// `acknowledgements` data files; export → import into an empty register → export gives the
/// same bytes, and the imported decisions rerun the month to the same documents.
@Suite(.serialized) struct RegisterHistoryExportTests {
    /// A and B issued, C coached in 2026-10 (plans 2026-11..2027-01). A declined to sign
    /// before a witness whose name holds a comma, A's manager and B's HR signed; C's row has
    /// no plan, so progress never reads it and the register never holds it.
    static func files() -> [String: String] {
        var files = RecordedDecisionsRerunTests.files
        files["decisions.csv"] = """
            employee_id,month,decision,decided_by,decided_on,reason
            A,2026-10,issue,Hana Berg,2026-11-04,
            B,2026-10,issue,Hana Berg,2026-11-04,
            C,2026-10,coach,Hana Berg,2026-11-04,"First time, ""coaching"" first"

            """
        files["acknowledgements.csv"] = """
            employee_id,cycle,party,signed_on,declined,witness
            B,1,hr,2026-11-13,false,
            A,1,manager,2026-11-10,false,
            A,1,employee,2026-11-12,true,"Hana Berg, HR"
            C,1,employee,2026-11-12,false,

            """
        return files
    }

    static let decisionsCSV = """
        employee_id,month,decision,decided_by,decided_on,reason
        A,2026-10,issue,Hana Berg,2026-11-04,
        B,2026-10,issue,Hana Berg,2026-11-04,
        C,2026-10,coach,Hana Berg,2026-11-04,"First time, ""coaching"" first"

        """
    static let decisionsJSON = """
        [
          {"employee_id": "A", "month": "2026-10", "decision": "issue", "decided_by": "Hana Berg", "decided_on": "2026-11-04", "reason": null},
          {"employee_id": "B", "month": "2026-10", "decision": "issue", "decided_by": "Hana Berg", "decided_on": "2026-11-04", "reason": null},
          {"employee_id": "C", "month": "2026-10", "decision": "coach", "decided_by": "Hana Berg", "decided_on": "2026-11-04", "reason": "First time, \\"coaching\\" first"}
        ]

        """
    /// By employee, cycle, then party in signing order (employee, manager, HR).
    static let acknowledgementsCSV = """
        employee_id,cycle,party,signed_on,declined,witness
        A,1,employee,2026-11-12,true,"Hana Berg, HR"
        A,1,manager,2026-11-10,false,
        B,1,hr,2026-11-13,false,

        """
    static let acknowledgementsJSON = """
        [
          {"employee_id": "A", "cycle": 1, "party": "employee", "signed_on": "2026-11-12", "declined": true, "witness": "Hana Berg, HR"},
          {"employee_id": "A", "cycle": 1, "party": "manager", "signed_on": "2026-11-10", "declined": false, "witness": null},
          {"employee_id": "B", "cycle": 1, "party": "hr", "signed_on": "2026-11-13", "declined": false, "witness": null}
        ]

        """
    static let plansCSV =
        "employee_id,cycle,start,end,outcome\nA,1,2026-11,2027-01,active\nB,1,2026-11,2027-01,active\n"

    /// Generate October and report November's progress into `packets`, as the monthly jobs do.
    static func runMonth(_ data: URL, packets: URL, reports: URL) throws {
        let g = try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", packets.path])
        #expect(g.status == 0, "\(g.stderr)")
        let p = try CLI.run([
            "progress", "--data", data.path, "--plans", packets.appendingPathComponent("2026-10").path,
            "--as-of", "2026-11", "--out", reports.path,
        ])
        #expect(p.status == 0, "\(p.stderr)")
    }

    static func export(_ register: URL, _ dataset: String, _ format: String = "csv") throws -> String {
        let r = try CLI.run(["plans", "export", "--register", register.path, "--dataset", dataset, "--format", format])
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout
    }

    @Test func exportImportExportIsByteIdenticalAndRerunsTheMonthToTheSameDocuments() throws {
        let data = try CLI.dataDirectory(Self.files())
        let packets = try CLI.temporaryDirectory()
        let reports = try CLI.temporaryDirectory()
        let moved = try CLI.temporaryDirectory()
        let files = try CLI.temporaryDirectory()
        defer { for u in [data, packets, reports, moved, files] { CLI.cleanup(u) } }
        try Self.runMonth(data, packets: packets, reports: reports)

        // What the register holds, in the data files' layouts.
        #expect(try Self.export(packets, "plans") == Self.plansCSV)
        #expect(try Self.export(packets, "decisions") == Self.decisionsCSV)
        #expect(try Self.export(packets, "decisions", "json") == Self.decisionsJSON)
        #expect(try Self.export(packets, "acknowledgements") == Self.acknowledgementsCSV)
        #expect(try Self.export(packets, "acknowledgements", "json") == Self.acknowledgementsJSON)

        // Into an empty register: each file named for its dataset, then the exports again.
        for name in ["plans", "decisions", "acknowledgements"] {
            let file = files.appendingPathComponent("\(name).csv")
            try Data(try Self.export(packets, name).utf8).write(to: file)
            let i = try CLI.run(["plans", "import", file.path, "--register", moved.path])
            #expect(i.status == 0, "\(i.stderr)")
        }
        for name in ["plans", "decisions", "acknowledgements"] {
            for format in ["csv", "json"] {
                #expect(try Self.export(moved, name, format) == Self.export(packets, name, format), "\(name) \(format)")
            }
        }
        // The JSON forms under any name, with --dataset, give the same register.
        let third = try CLI.temporaryDirectory()
        defer { CLI.cleanup(third) }
        for name in ["decisions", "acknowledgements"] {
            let file = files.appendingPathComponent("saved-\(name).json")
            try Data(try Self.export(packets, name, "json").utf8).write(to: file)
            let i = try CLI.run(["plans", "import", file.path, "--dataset", name, "--register", third.path])
            #expect(i.status == 0, "\(i.stderr)")
            #expect(i.stderr.contains("imported from"))
            #expect(try Self.export(third, name) == Self.export(packets, name))
        }

        // The moved register reruns October without the decisions file: the same documents.
        try FileManager.default.removeItem(at: data.appendingPathComponent("decisions.csv"))
        let rerun = try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", moved.path])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let original = try RecordedDecisionsRerunTests.tree(
            packets.appendingPathComponent("2026-10"), skipping: ["manifest.json"])
        let again = try RecordedDecisionsRerunTests.tree(
            moved.appendingPathComponent("2026-10"), skipping: ["manifest.json"])
        #expect(again.keys.sorted() == original.keys.sorted())
        for (path, bytes) in original { #expect(again[path] == bytes, "\(path) differs") }
        #expect(again["employees/A/plan.md"] != nil && again["employees/C/plan-draft.md"] == nil)
        // And the register it now is exports the same history.
        for name in ["plans", "decisions", "acknowledgements"] {
            #expect(try Self.export(moved, name) == Self.export(packets, name))
        }
    }

    /// A signature, once recorded, stands: November rerun without the acknowledgements file
    /// still shows it and the register still exports it; a corrected row wins, with a warning.
    @Test func aRerunWithoutTheAcknowledgementsFileKeepsTheRecordedSignatures() throws {
        let data = try CLI.dataDirectory(Self.files())
        let packets = try CLI.temporaryDirectory()
        let reports = try CLI.temporaryDirectory()
        defer { for u in [data, packets, reports] { CLI.cleanup(u) } }
        try Self.runMonth(data, packets: packets, reports: reports)
        let progress = [
            "progress", "--data", data.path, "--plans", packets.appendingPathComponent("2026-10").path,
            "--as-of", "2026-11", "--out", reports.path,
        ]
        func report(_ id: String) throws -> String {
            try String(
                contentsOf: reports.appendingPathComponent("2026-11/employees/\(id)/progress.md"), encoding: .utf8)
        }
        let first = try report("A")
        #expect(first.contains("| Manager | signed on 10 November 2026 |"), "\(first)")

        try FileManager.default.removeItem(at: data.appendingPathComponent("acknowledgements.csv"))
        let rerun = try CLI.run(progress)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(!rerun.stderr.contains("signature"), "\(rerun.stderr)")
        #expect(try report("A") == first)
        #expect(try report("B").contains("| HR | signed on 13 November 2026 |"))
        #expect(try Self.export(packets, "acknowledgements") == Self.acknowledgementsCSV)

        // The manager's day corrected in the data: the row wins, and the warning says so.
        try Data(
            """
            employee_id,cycle,party,signed_on,declined,witness
            A,1,manager,2026-11-11,false,

            """.utf8
        ).write(to: data.appendingPathComponent("acknowledgements.csv"))
        let corrected = try CLI.run(progress)
        #expect(corrected.status == 0, "\(corrected.stderr)")
        #expect(
            corrected.stderr.contains(
                "warning: acknowledgements.csv:2: this row changes the manager's signature on \"A\"'s plan (cycle 1) "
                    + "from what the plan register recorded (signed on 2026-11-10) to signed on 2026-11-11; the row is used"
            ), "\(corrected.stderr)")
        let a = try report("A")
        #expect(a.contains("| Manager | signed on 11 November 2026 |"), "\(a)")
        #expect(a.contains("| Employee | declined to sign on 12 November 2026 — witness: Hana Berg, HR |"), "\(a)")
        #expect(
            try Self.export(packets, "acknowledgements")
                == Self.acknowledgementsCSV.replacingOccurrences(
                    of: "A,1,manager,2026-11-10", with: "A,1,manager,2026-11-11"))
    }

    @Test func importReportsEveryBadRowAndStoresNothing() throws {
        let data = try CLI.dataDirectory(Self.files())
        let packets = try CLI.temporaryDirectory()
        let reports = try CLI.temporaryDirectory()
        let files = try CLI.temporaryDirectory()
        defer { for u in [data, packets, reports, files] { CLI.cleanup(u) } }
        try Self.runMonth(data, packets: packets, reports: reports)

        let bad = files.appendingPathComponent("bad.csv")
        try Data(
            """
            employee_id,month,decision,decided_by,decided_on,reason
            A,2026-10,coach,Hana Berg,2026-11-04,Changed my mind
            D/1,2026-09,issue,Hana Berg,2026-10-04,
            E,2026-13,issue,Hana Berg,2026-10-04,
            F,2026-09,promote,Hana Berg,2026-10-04,x
            G,2026-09,dismiss,Hana Berg,2026-10-04,
            H,2026-09,issue,Hana Berg,2026-10-04,
            H,2026-09,issue,Hana Berg,2026-10-05,
            K,2026-09,issue,Hana Berg,2026-10-04,

            """.utf8
        ).write(to: bad)
        let r = try CLI.run(["plans", "import", bad.path, "--dataset", "decisions", "--register", packets.path])
        #expect(r.status == 3)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        // One message per bad row, in line order, each at FILE:LINE; H's first row (7) and K (9) are fine.
        #expect(
            lines.map { $0.components(separatedBy: ": ").first! } == [2, 3, 4, 5, 6, 8].map { "\(bad.path):\($0)" } + [
                bad.path
            ], "\(r.stderr)")
        #expect(
            lines[0].contains(#"contradicts the decision"#)
                && lines[0].contains(#"holds for "A" in 2026-10 (issue by "Hana Berg" on 2026-11-04)"#))
        #expect(lines[1].contains(#"employee_id "D/1""#))
        #expect(lines[2].contains("2026-13"))
        #expect(lines[3].contains(#"decision "promote" must be one of issue, coach, defer, dismiss"#))
        #expect(lines[4].contains("reason is required for the decision dismiss"))
        #expect(lines[5].contains(#"a second decision for "H" in 2026-09 (first on line 7)"#))
        #expect(lines.last == "\(bad.path): nothing was imported")
        #expect(try Self.export(packets, "decisions") == Self.decisionsCSV)

        let badSignatures = files.appendingPathComponent("acknowledgements.json")
        try Data(
            """
            [{"employee_id": "A", "cycle": 1, "party": "employee", "signed_on": "2026-11-12", "declined": false},
             {"employee_id": "B", "cycle": 1, "party": "boss", "signed_on": "2026-11-12"},
             {"employee_id": "B", "cycle": 1, "party": "employee", "signed_on": "2026-11-12", "declined": true}]
            """.utf8
        ).write(to: badSignatures)
        let s = try CLI.run(["plans", "import", badSignatures.path, "--register", packets.path])
        #expect(s.status == 3)
        #expect(
            s.stderr.contains(#"acknowledgements.json: [0] contradicts the employee signature"#)
                && s.stderr.contains(#"(declined on 2026-11-12, witness "Hana Berg, HR")"#), "\(s.stderr)")
        #expect(s.stderr.contains("acknowledgements.json: [1] ") && s.stderr.contains("boss"))
        #expect(s.stderr.contains("acknowledgements.json: [2] witness is required when declined is true"))
        #expect(try Self.export(packets, "acknowledgements") == Self.acknowledgementsCSV)

        // Into a folder without a register: a bad file creates none.
        let empty = try CLI.temporaryDirectory()
        defer { CLI.cleanup(empty) }
        #expect(
            try CLI.run(["plans", "import", bad.path, "--dataset", "decisions", "--register", empty.path]).status == 3)
        #expect(try FileManager.default.contentsOfDirectory(atPath: empty.path).isEmpty)
    }

    /// `plans show --format json` carries the decisions and the next meetings the table lists.
    /// Sample E013's plan (2026-11..2027-01, review day 10, check-ins every 2 weeks): plan
    /// meeting Tue 10 Nov; reviews of November–January results on Thu 10 Dec, Mon 11 Jan (the
    /// 10th is a Sunday) and Wed 10 Feb; check-ins 24 Nov, 22 Dec and 19 Jan (8 Dec and 5 Jan
    /// fall within 6 days of a review and are folded into it; 2 Feb is after the plan's end).
    /// Today is 2026-12-01, so 24 Nov is past.
    @Test func showJSONListsTheNextMeetings() throws {
        let out = try CLI.temporaryDirectory()
        defer { CLI.cleanup(out) }
        let g = try CLI.run([
            "generate", "--data", CLI.repoRoot.appendingPathComponent("SampleData").path, "--as-of", "2026-10",
            "--out", out.path,
        ])
        #expect(g.status == 0, "\(g.stderr)")
        let env = ["SOURCE_DATE_EPOCH": "1796126400"]  // 2026-12-01T12:00Z
        let shown = try CLI.run(["plans", "show", "E013", "--register", out.path, "--format", "json"], env: env)
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(
            shown.stdout.hasSuffix(
                """
                 "decisions": [
                  {"employee_id": "E013", "month": "2026-10", "decision": "issue", "decided_by": "Sofia Rossi (HR)", "decided_on": "2026-11-04", "reason": null}
                ],
                 "next_meetings": {"cycle": 1, "after": "2026-12-01", "meetings": [{"date": "2026-12-10", "kind": "review"}, {"date": "2026-12-22", "kind": "check-in"}, {"date": "2027-01-11", "kind": "review"}, {"date": "2027-01-19", "kind": "check-in"}, {"date": "2027-02-10", "kind": "review"}]}}

                """), "\(shown.stdout)")
        let parsed = try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any]
        #expect((parsed?["plans"] as? [Any])?.count == 1)
        // The table lists the same meetings.
        let table = try CLI.run(["plans", "show", "E013", "--register", out.path], env: env)
        #expect(
            table.stdout.hasSuffix(
                """
                next meetings (cycle 1):
                  Thu 10 Dec 2026: review
                  Tue 22 Dec 2026: check-in
                  Mon 11 Jan 2027: review
                  Tue 19 Jan 2027: check-in
                  Wed 10 Feb 2027: review

                """), "\(table.stdout)")
        // A plan.xml changed since it was issued: not listed, and why.
        let plan = out.appendingPathComponent("2026-10/employees/E013/plan.xml")
        try Data((try String(contentsOf: plan, encoding: .utf8) + " ").utf8).write(to: plan)
        let changed = try CLI.run(["plans", "show", "E013", "--register", out.path, "--format", "json"], env: env)
        #expect(
            changed.stdout.contains(
                #""next_meetings": {"cycle": 1, "after": "2026-12-01", "meetings": null, "not_listed": ""#))
        #expect(changed.stdout.contains("is no longer the plan the register recorded"))
        // E031 (coached, no plan): the decision, and no meetings.
        let coached = try CLI.run(["plans", "show", "E031", "--register", out.path, "--format", "json"], env: env)
        #expect(
            coached.stdout.hasPrefix(
                "{\"plans\": [],\n \"decisions\": [\n  {\"employee_id\": \"E031\", \"month\": \"2026-10\", \"decision\": \"coach\""
            ))
        #expect(coached.stdout.hasSuffix(" \"next_meetings\": null}\n"))
    }
}
