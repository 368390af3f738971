import Foundation
import Testing

/// Rule 50 in `progress`: plans issued at 2026-10 start in November; their plan meeting (the
/// hand-over) is the review day of October's results, Tuesday 10 November 2026 (review day 10
/// by default). November's progress counts awaited signatures to 30 November: 20 days.
@Suite(.serialized) struct SignaturesInProgressTests {
    static let files: [String: String] = [
        "employees.csv":
            "employee_id,name,role,department,manager_id\nM1,Maria Lead,Manager,Sales,\nA,Ann,Rep,Sales,M1\nB,Ben,Rep,Sales,M1\nC,Cem,Rep,Sales,M1\n",
        "indicators.csv": "indicator_id,name,unit,direction,weight\nx,Orders,orders,higher,1\n",
        "targets.csv": "indicator_id,scope,period,target\nx,role:Rep,*,100\n",
        "perfplan.json": #"{"approval": "automatic"}"#,
        "actuals.csv": {
            var s = "employee_id,indicator_id,period,value\n"
            for m in ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"] {
                for e in ["A", "B", "C"] { s += "\(e),x,\(m),60\n" }
            }
            return s
        }(),
        // A: HR has not signed. B: declined before a witness (with a comma and markup to escape),
        // the others signed. C: nobody signed.
        "acknowledgements.csv": """
        employee_id,cycle,party,signed_on,declined,witness
        A,1,employee,2026-11-12,false,
        A,1,manager,2026-11-10,false,
        B,1,employee,2026-11-11,true,"Hana <HR>, Sales"
        B,1,manager,2026-11-11,false,
        B,1,hr,2026-11-13,false,

        """,
    ]

    @Test func reportsShowSignedDeclinedAndAwaitedAndTheSummaryListsTheOverdue() throws {
        let data = try CLI.dataDirectory(Self.files)
        let packets = try CLI.temporaryDirectory()
        let reports = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(packets)
            CLI.cleanup(reports)
        }
        let g = try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", packets.path])
        #expect(g.status == 0, "\(g.stderr)")
        let r = try CLI.run([
            "progress", "--data", data.path, "--plans", packets.appendingPathComponent("2026-10").path,
            "--as-of", "2026-11", "--out", reports.path,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let month = reports.appendingPathComponent("2026-11")
        func read(_ rel: String) throws -> String {
            try String(contentsOf: month.appendingPathComponent(rel), encoding: .utf8)
        }

        let a = try read("employees/A/progress.md")
        #expect(a.contains("| Employee | signed on 12 November 2026 |"), "\(a)")
        #expect(a.contains("| Manager | signed on 10 November 2026 |"))
        #expect(a.contains("| HR | awaited since 10 November 2026 (20 days) — overdue |"))
        let b = try read("employees/B/progress.md")
        // Markdown escapes the markup in a table cell.
        #expect(
            b.contains(#"| Employee | declined to sign on 11 November 2026 — witness: Hana \<HR\>, Sales |"#), "\(b)")
        #expect(b.contains("| HR | signed on 13 November 2026 |"))
        #expect(!b.contains("overdue"))
        let bHTML = try read("employees/B/progress.html")
        #expect(bHTML.contains("declined to sign on 11 November 2026 — witness: Hana &lt;HR&gt;, Sales"))
        let bXML = try read("employees/B/progress.xml")
        #expect(
            bXML.contains(
                #"<signature party="employee" state="declined" on="2026-11-11" witness="Hana &lt;HR&gt;, Sales"/>"#),
            "\(bXML)")
        let cXML = try read("employees/C/progress.xml")
        #expect(
            cXML.contains(#"<signature party="hr" state="awaited" since="2026-11-10" days="20" overdue="true"/>"#),
            "\(cXML)")

        let summary = try read("summary.md")
        #expect(summary.contains("## Signatures awaited for more than 7 days"))
        #expect(summary.contains("| Ann (A) | HR | 10 November 2026 | 20 |"), "\(summary)")
        #expect(summary.contains("| Cem (C) | the employee, the manager and HR | 10 November 2026 | 20 |"))
        #expect(!summary.contains("| Ben (B) | the"))
        let summaryXML = try read("summary.xml")
        #expect(
            summaryXML.contains(#"<signature-awaited employee="A" parties="hr" since="2026-11-10" days="20"/>"#),
            "\(summaryXML)")
        #expect(
            summaryXML.contains(
                #"<signature-awaited employee="C" parties="employee manager hr" since="2026-11-10" days="20"/>"#))
        #expect(!summaryXML.contains(#"<signature-awaited employee="B""#))

        let xsd = CLI.repoRoot.appendingPathComponent("Templates/perfplan.xsd").path
        let lint = try CLI.shell(
            "cd '\(month.path)' && xmllint --noout --schema '\(xsd)' summary.xml employees/*/progress.xml 2>&1; echo rc=$?"
        )
        #expect(lint.hasSuffix("rc=0\n"), "\(lint)")
    }

    /// Seven days awaited is not yet overdue; the eighth is. Review day 23: the plan meeting
    /// of a plan starting in November 2026 is Monday 23 November, and November's count runs
    /// to the 30th (7 days); December's to 31 December (38 days).
    @Test func overdueStartsAfterSevenDays() throws {
        var files = Self.files
        files["perfplan.json"] = #"{"approval": "automatic", "review_day": 23}"#
        files["actuals.csv"]! += "A,x,2026-12,60\nB,x,2026-12,60\nC,x,2026-12,60\n"
        let data = try CLI.dataDirectory(files)
        let packets = try CLI.temporaryDirectory()
        let reports = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(packets)
            CLI.cleanup(reports)
        }
        #expect(
            try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", packets.path]).status == 0)
        for (month, days, overdue) in [("2026-11", 7, false), ("2026-12", 38, true)] {
            let r = try CLI.run([
                "progress", "--data", data.path, "--plans", packets.appendingPathComponent("2026-10").path,
                "--as-of", month, "--out", reports.path,
            ])
            #expect(r.status == 0, "\(r.stderr)")
            let c = try String(
                contentsOf: reports.appendingPathComponent("\(month)/employees/C/progress.md"), encoding: .utf8)
            #expect(
                c.contains("| HR | awaited since 23 November 2026 (\(days) days)\(overdue ? " — overdue" : "") |"),
                "\(c)")
            let summary = try String(contentsOf: reports.appendingPathComponent("\(month)/summary.md"), encoding: .utf8)
            #expect(summary.contains("Signatures awaited for more than 7 days") == overdue)
        }
    }
}
