import Foundation
import Testing

/// Issue 21 item 12: the index HR opens first lists the employees who need a plan (across
/// departments, in department and team order), then everyone by department and team; the
/// employees without a manager sit under "No manager on record", after the teams, never
/// under "Team of No manager".
@Suite struct IndexForHRTests {
    /// Mo heads Sales and has no manager; Ann and Ben report to Mo; Cem (Operations) has no
    /// manager. Ann and Cem reach 50 of a target of 100 every month (composite 0.50, below
    /// 0.85 in each of the last three months): flagged. Ben and Mo reach 120.
    static let files: [String: String] = [
        "employees.csv": "employee_id,name,role,department,manager_id\n"
            + "M,Mo,Head,Sales,\nA,Ann,Rep,Sales,M\nB,Ben,Rep,Sales,M\nC,Cem,Clerk,Operations,\n",
        "perfplan.json": #"{"approval": "automatic"}"#,
        "indicators.csv": "indicator_id,name,direction,weight\nx,Orders,higher,1\n",
        "targets.csv": "indicator_id,scope,period,target\nx,*,*,100\n",
        "actuals.csv": "employee_id,indicator_id,period,value\n"
            + ["M", "A", "B", "C"].flatMap { id in
                (6...10).map { m in "\(id),x,2026-\(m < 10 ? "0" : "")\(m),\(id == "A" || id == "C" ? 50 : 120)\n" }
            }.joined(),
    ]

    /// Positions of `parts` in `text`, in order; fails when one is missing or out of order.
    static func inOrder(_ text: String, _ parts: [String]) -> Bool {
        var from = text.startIndex
        for p in parts {
            guard let r = text.range(of: p, range: from..<text.endIndex) else { return false }
            from = r.upperBound
        }
        return true
    }

    /// The packet's index.md and index.html for `files`, as of 2026-10.
    static func index(_ files: [String: String]) throws -> (md: String, html: String) {
        let data = try CLI.dataDirectory(files)
        let out = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        let r = try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let month = out.appendingPathComponent("2026-10")
        return (
            try String(contentsOf: month.appendingPathComponent("index.md"), encoding: .utf8),
            try String(contentsOf: month.appendingPathComponent("index.html"), encoding: .utf8)
        )
    }

    @Test func flaggedFirstThenTeamsWithoutTeamOfNoManager() throws {
        let (md, html) = try Self.index(Self.files)
        #expect(md.contains("4 employees · 2 flagged for an improvement plan"), "\(md)")
        #expect(
            Self.inOrder(
                md,
                [
                    "## For HR's decision: proposals and plans, most urgent first",
                    // Ranked (contract §7.49): both cycle 1, no critical miss, composite 0.5: by id.
                    "| Ann (A) | Sales | Mo | 1 of 2 | plan issued by policy |", "| 0.5 |",
                    "| Cem (C) | Operations | No manager on record | 1 of 2 | plan issued by policy |", "| 0.5 |",
                    "## Everyone, by department and team",
                    "### Operations", "#### No manager on record", "| Cem (C) | Clerk |",
                    "### Sales", "#### Team of Mo", "| Ann (A) | Rep |", "| Ben (B) | Rep |",
                    "#### No manager on record", "| Mo (M) | Head |",
                ]), "\(md)")
        #expect(!md.contains("Team of No manager"))
        // Only the flagged are in the first table: Ben and Mo appear once, in their team.
        #expect(
            md.components(separatedBy: "| Ben (B) |").count == 2 && md.components(separatedBy: "| Ann (A) |").count == 3
        )

        #expect(
            Self.inOrder(
                html,
                [
                    "<h2>For HR's decision: proposals and plans, most urgent first</h2>",
                    "<th scope=\"row\">Ann <span class=\"note\">A</span></th><td data-label=\"Department\">Sales</td><td data-label=\"Manager\">Mo</td>",
                    "<th scope=\"row\">Cem <span class=\"note\">C</span></th><td data-label=\"Department\">Operations</td><td data-label=\"Manager\">No manager on record</td>",
                    "<h2>Everyone, by department and team</h2>", "<h3>Operations</h3>", "<h4>No manager on record</h4>",
                    "<h3>Sales</h3>", "<h4>Team of Mo</h4>", "<h4>No manager on record</h4>",
                ]), "\(html)")
        #expect(!html.contains("Team of No manager"))
    }

    /// Two managers of the same name in one department (Mo, ids M and N): two teams, each
    /// heading with its manager's id, instead of one "Team of Mo" holding both teams. Ann
    /// (flagged) reports to M, Dan to N.
    @Test func managersWhoShareANameKeepTheirOwnTeams() throws {
        var files = Self.files
        files["employees.csv"] =
            "employee_id,name,role,department,manager_id\n"
            + "M,Mo,Head,Sales,\nN,Mo,Head,Sales,\nA,Ann,Rep,Sales,M\nD,Dan,Rep,Sales,N\n"
        files["actuals.csv"] =
            "employee_id,indicator_id,period,value\n"
            + ["M", "N", "A", "D"].flatMap { id in
                (6...10).map { m in "\(id),x,2026-\(m < 10 ? "0" : "")\(m),\(id == "A" ? 50 : 120)\n" }
            }.joined()
        let (md, html) = try Self.index(files)
        #expect(
            Self.inOrder(
                md,
                [
                    "| Ann (A) | Sales | Mo (M) |",
                    "### Sales", "#### Team of Mo (M)", "| Ann (A) | Rep |", "#### Team of Mo (N)", "| Dan (D) | Rep |",
                    "#### No manager on record", "| Mo (M) | Head |", "| Mo (N) | Head |",
                ]), "\(md)")
        #expect(!md.contains("#### Team of Mo\n"))
        #expect(Self.inOrder(html, ["<h4>Team of Mo (M)</h4>", "<h4>Team of Mo (N)</h4>"]), "\(html)")
    }

    /// Nobody flagged: the first section says so in a sentence instead of an empty table.
    @Test func nobodyFlaggedSaysSo() throws {
        var files = Self.files
        files["actuals.csv"] =
            "employee_id,indicator_id,period,value\n" + ["M", "A", "B", "C"].map { "\($0),x,2026-10,120\n" }.joined()
        let (md, html) = try Self.index(files)
        #expect(
            Self.inOrder(
                md,
                [
                    "## For HR's decision: proposals and plans, most urgent first\n\nNo one in this packet needs an improvement plan.\n",
                    "## Everyone, by department and team",
                ]), "\(md)")
        #expect(!md.contains("| Employee | Department | Manager |"))
        #expect(html.contains("<p>No one in this packet needs an improvement plan.</p>"))
    }
}
