import Foundation
import Testing

/// The index's "Everyone" table says what the run did for each flagged person, in words,
/// not "Plan" for all; index.xml carries the same words and links only documents written.
@Suite(.serialized) struct IndexDispositionTests {
    static let files: [String: String] = [
        "employees.csv": "employee_id,name,role,department,manager_id\nM1,Maria Lead,Manager,Sales,\n"
            + "A,Ann,Rep,Sales,M1\nB,Ben,Rep,Sales,M1\nC,Cem,Rep,Sales,M1\nD,Dora,Rep,Sales,M1\nE,Eva,Rep,Sales,M1\nF,Finn,Rep,Sales,M1\nG,Gus,Rep,Sales,M1\n",
        "indicators.csv": "indicator_id,name,unit,direction,weight\nx,Orders,orders,higher,1\n",
        "targets.csv": "indicator_id,scope,period,target\nx,role:Rep,*,100\n",
        // F's cycle 1 ended in July without an outcome: a history conflict.
        "plans.csv": "employee_id,cycle,start,end,outcome\nF,1,2026-05,2026-07,active\n",
        "decisions.csv": "employee_id,month,decision,decided_by,decided_on,reason\n"
            + "A,2026-10,issue,Hana HR,2026-11-05,\nB,2026-10,coach,Hana HR,2026-11-05,first time\n"
            + "C,2026-10,defer,Hana HR,2026-11-05,strike\nD,2026-10,dismiss,Hana HR,2026-11-05,data error\n",
        "actuals.csv": {
            var s = "employee_id,indicator_id,period,value\n"
            for m in ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"] {
                for e in ["A", "B", "C", "D", "E", "F"] { s += "\(e),x,\(m),60\n" }
                s += "G,x,\(m),100\n"
            }
            return s
        }(),
    ]

    @Test func everyoneTableNamesTheDisposition() throws {
        let data = try CLI.dataDirectory(Self.files)
        let out = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        let g = try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", out.path])
        #expect(g.status == 0, "\(g.stderr)")
        let month = out.appendingPathComponent("2026-10")
        let md = try String(contentsOf: month.appendingPathComponent("index.md"), encoding: .utf8)
        let everyone = md.components(separatedBy: "## Everyone")[1].components(separatedBy: "\n")
        func cell(_ row: String) -> String? {
            guard let line = everyone.first(where: { $0.hasPrefix(row) }) else { return nil }
            return line.components(separatedBy: " | ")[4]
        }
        #expect(cell("| Ann (A) |") == "plan issued")
        #expect(cell("| Ben (B) |") == "coaching")
        #expect(cell("| Cem (C) |") == "deferred")
        #expect(cell("| Dora (D) |") == "dismissed")
        #expect(cell("| Eva (E) |") == "proposal awaiting HR")
        #expect(cell("| Finn (F) |") == "blocked: history conflict")
        #expect(cell("| Gus (G) |") == "—")
        #expect(!md.contains("| Plan |"))

        let html = try String(contentsOf: month.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(html.contains(#"<td data-label="Decision"><span class="chip missed">proposal awaiting HR</span></td>"#))
        #expect(
            html.contains(#"<td data-label="Decision"><span class="chip missed">blocked: history conflict</span></td>"#)
        )

        let xml = try String(contentsOf: month.appendingPathComponent("index.xml"), encoding: .utf8)
        #expect(xml.contains(#"disposition="coaching""#))
        #expect(xml.contains(#"disposition="blocked: history conflict""#))
        // E's proposal: the draft is linked, never a plan.xml that was not written.
        #expect(xml.contains(#"href="employees/E/plan-draft.xml""#))
        #expect(!xml.contains(#"href="employees/E/plan.xml""#))
        #expect(!xml.contains(#"href="employees/D/worksheet.xml""#))
        let xsd = CLI.repoRoot.appendingPathComponent("Templates/perfplan.xsd").path
        let lint = try CLI.shell(
            "xmllint --noout --schema '\(xsd)' '\(month.appendingPathComponent("index.xml").path)' 2>&1; echo rc=$?")
        #expect(lint.hasSuffix("rc=0\n"), "\(lint)")
        // Every document index.xml links exists.
        for href in xml.components(separatedBy: "href=\"").dropFirst().map({ String($0.prefix { $0 != "\"" }) }) {
            #expect(FileManager.default.fileExists(atPath: month.appendingPathComponent(href).path), "\(href)")
        }
    }
}
