import Foundation
import Testing

/// Contract §7 through the binary: a proposal, then HR's decision and a rerun that issues
/// the plan; coaching and a dismissal; the decisions' errors; a history conflict blocked
/// and then resolved; review.csv saved back as decisions.csv; byte-identical reruns.
@Suite(.serialized) struct DecisionsCommandTests {
    /// A: Orders 60 every month (flagged: composite 0.6 and a 6-month streak at 2026-03);
    /// B and C the same; D 100 (met, not flagged); E 60 with cycle 1 (2025-10..12) still
    /// `active` after its end. No perfplan.json: approval is required.
    static func data(extra: [String: String] = [:]) -> [String: String] {
        var actuals = "employee_id,indicator_id,period,value\n"
        for m in ["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"] {
            actuals += "A,x,\(m),60\nB,x,\(m),60\nC,x,\(m),60\nD,x,\(m),100\nE,x,\(m),60\n"
        }
        var files = [
            "employees.csv":
                "employee_id,name,role,department,manager_id\nM1,Maria Lead,Manager,Sales,\nA,Ann,Rep,Sales,M1\nB,Ben,Rep,Sales,M1\nC,Cleo,Rep,Sales,M1\nD,Dora,Rep,Sales,M1\nE,Emil,Rep,Sales,M1\n",
            "indicators.csv": "indicator_id,name,unit,direction,weight\nx,Orders,orders,higher,1\n",
            "targets.csv": "indicator_id,scope,period,target\nx,role:Rep,*,100\n",
            "plans.csv": "employee_id,cycle,start,end,outcome\nE,1,2025-10,2025-12,active\n",
            "actuals.csv": actuals,
        ]
        for (k, v) in extra { files[k] = v }
        return files
    }

    static let env = ["SOURCE_DATE_EPOCH": "1775000000"]

    static func generate(_ data: URL, _ out: URL) throws -> CLI.Result {
        try CLI.run(
            ["generate", "--data", data.path, "--as-of", "2026-03", "--out", out.path, "--no-register"], env: env)
    }

    static func files(_ out: URL, _ id: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("2026-03/employees/\(id)").path)
            .sorted()
    }

    static func text(_ out: URL, _ path: String) throws -> String {
        try String(contentsOf: out.appendingPathComponent("2026-03/" + path), encoding: .utf8)
    }

    @Test func aProposalThenAnIssueRerunThroughReviewCSV() throws {
        let data = try CLI.dataDirectory(Self.data())
        let out = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        let first = try Self.generate(data, out)
        #expect(first.status == 0, "\(first.stderr)")
        let drafts = [
            "interview.html", "interview.md", "interview.xml", "plan-draft.html", "plan-draft.md", "plan-draft.xml",
            "worksheet.html", "worksheet.md", "worksheet.xml",
        ]
        #expect(try Self.files(out, "A") == drafts)
        #expect(try Self.files(out, "D") == ["interview.html", "interview.md", "interview.xml"])
        let draft = try Self.text(out, "employees/A/plan-draft.md")
        #expect(draft.hasPrefix("{{") == false && draft.contains("# Performance improvement plan — DRAFT FOR HR\n"))
        #expect(draft.contains("**DRAFT FOR HR — NOT FOR HAND-OVER.** Proposal for HR's decision"))
        #expect(!draft.contains("Signature:"))
        #expect(
            try Self.text(out, "employees/A/plan-draft.html").contains(
                "<div class=\"draft-mark\" role=\"note\">DRAFT FOR HR"))
        #expect(try Self.text(out, "employees/A/plan-draft.xml").contains("draft=\"true\""))
        // The interview of a proposal does not announce a plan HR has not decided on.
        #expect(!(try Self.text(out, "employees/A/interview.md")).contains("call for a performance improvement plan"))

        // review.csv: A, B, C (cycle 1, composite 0.6) by id; E first (cycle 2 = the last, blocked).
        let review = try Self.text(out, "review.csv")
        let lines = review.components(separatedBy: "\r\n")
        #expect(
            lines[0]
                == "employee_id,name,manager,department,cycle,reasons,cautions,month,decision,decided_by,decided_on,reason"
        )
        #expect(
            lines[1].hasPrefix(
                "E,Emil,Maria Lead,Sales,2,overall: below 0.85 for 3 months | streak: Orders (6 months),"))
        #expect(lines[1].contains("Plan cycle 1 (October–December 2025) is over but its outcome was never recorded"))
        // A's cautions: goal 100 against a best-3 average of 60; 6 months of data of the 12 the baselines read.
        #expect(
            lines[2] == "A,Ann,Maria Lead,Sales,1,overall: below 0.85 for 3 months | streak: Orders (6 months),"
                + "\"Orders: the goal 100 orders is above the employee's own best-3-month average of 60 orders. | "
                + "Results for only 6 of the 12 months the baselines read, the first in October 2025.\",2026-03,,,,")
        #expect(lines.count == 6 && lines[5].isEmpty)
        let index = try Self.text(out, "index.md")
        #expect(index.contains("4 proposals await a decision (review.csv lists them"))
        #expect(index.contains("| Emil (E) | Sales | Maria Lead | 2 of 2 | proposal, blocked |"))

        // HR fills in review.csv and saves it as decisions.csv: A issued, B coached, C
        // dismissed, E left blank (undecided rows are skipped).
        var filled = lines
        filled[2] += "issue,Sofia Rossi,2026-04-06,"
        filled[3] = filled[3].replacingOccurrences(
            of: ",,,,", with: ",coach,Sofia Rossi,2026-04-06,First time; coaching first")
        filled[4] = filled[4].replacingOccurrences(
            of: ",,,,", with: ",dismiss,Sofia Rossi,2026-04-06,\"Data error, corrected\"")
        filled[2] = filled[2].replacingOccurrences(of: ",,,,issue", with: ",issue")
        try filled.joined(separator: "\r\n").write(
            to: data.appendingPathComponent("decisions.csv"), atomically: true, encoding: .utf8)
        let second = try Self.generate(data, out)
        #expect(second.status == 0, "\(second.stderr)")
        // the review columns, ignored
        #expect(second.stderr.contains("decisions.csv") && second.stderr.contains("warning"))
        #expect(
            try Self.files(out, "A") == [
                "checkins.ics", "interview.html", "interview.md", "interview.xml", "plan.html", "plan.md", "plan.xml",
                "worksheet.html", "worksheet.md", "worksheet.xml",
            ])
        let plan = try Self.text(out, "employees/A/plan.md")
        #expect(
            plan.contains(
                "Signing confirms that this plan was discussed and received; it does not mean that the employee agrees with it."
            ))
        #expect(plan.contains("Declined to sign — witness: ______________________________  Date: ______________"))
        #expect(
            plan.contains(
                "- This is cycle 1 of 2. If not, the plan may be extended for another cycle, with the goals reviewed together."
            ))
        #expect(!plan.contains("DRAFT"))
        #expect(try Self.text(out, "employees/A/interview.md").contains("call for a performance improvement plan"))
        // Coaching: no plan; the interview is a coaching conversation on the flagged indicator.
        #expect(
            try Self.files(out, "B") == [
                "interview.html", "interview.md", "interview.xml", "worksheet.html", "worksheet.md", "worksheet.xml",
            ])
        let coaching = try Self.text(out, "employees/B/interview.md")
        #expect(coaching.contains("# Coaching conversation\n"))
        #expect(coaching.contains("> - Orders was missed 6 months in a row"))
        #expect(try Self.text(out, "employees/B/interview.xml").contains("coaching=\"true\""))
        #expect(
            try Self.text(out, "employees/B/worksheet.md").contains(
                "Coaching instead of a plan, decided by Sofia Rossi on 2026-04-06: First time; coaching first"))
        // Dismissed: the interview alone.
        #expect(try Self.files(out, "C") == ["interview.html", "interview.md", "interview.xml"])
        let review2 = try Self.text(out, "review.csv").components(separatedBy: "\r\n")
        #expect(review2.count == 3 && review2[1].hasPrefix("E,"))
        #expect(
            try Self.text(out, "index.md").contains(
                "1 proposal awaits a decision (review.csv lists it, ready to fill in and save as decisions.csv); 1 plan issued."
            ))
        #expect(second.stderr.contains("1 plans"))

        // Same input, same bytes.
        let manifest = try Self.text(out, "manifest.json")
        #expect(try Self.generate(data, out).status == 0)
        #expect(try Self.text(out, "manifest.json") == manifest)
    }

    /// The row checks of the file itself come first (as for every dataset); those that need
    /// the figures (flagged that month, a history conflict) once the data is valid.
    @Test func decisionErrorsNameTheRowAndWriteNothing() throws {
        let rowChecks = """
            employee_id,month,decision,decided_by,decided_on,reason
            A,2026-03,coach,HR,2026-04-06,
            B,2026-03,issue,HR,2026-04-06,
            B,2026-03,dismiss,HR,2026-04-06,twice
            C,2026-03,issue,,2026-04-31,

            """
        let data = try CLI.dataDirectory(Self.data(extra: ["decisions.csv": rowChecks]))
        let out = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        let r = try Self.generate(data, out)
        #expect(r.status == 3)
        #expect(
            r.stderr.contains(
                "decisions.csv:2: reason is required for the decision coach (only issue may leave it empty)"))
        #expect(
            r.stderr.contains("decisions.csv:4: a second decision for \"B\" in 2026-03 (first at line 3); keep one"))
        #expect(r.stderr.contains("decisions.csv:5: decided_by is required (who decided)"))
        #expect(r.stderr.contains("decisions.csv:5: decided_on \"2026-04-31\" is not a date (expected YYYY-MM-DD)"))

        let figureChecks = """
            employee_id,month,decision,decided_by,decided_on,reason
            D,2026-03,issue,HR,2026-04-06,
            E,2026-03,issue,HR,2026-04-06,
            A,2026-09,issue,HR,2026-10-06,
            A,2026-02,dismiss,HR,2026-03-06,Not flagged in February? It was: 5 months missed by then

            """
        try figureChecks.write(to: data.appendingPathComponent("decisions.csv"), atomically: true, encoding: .utf8)
        let f = try Self.generate(data, out)
        #expect(f.status == 3)
        #expect(
            f.stderr.contains(
                "decisions.csv:2: \"D\" was not flagged for a plan in 2026-03: there is no proposal to decide on"))
        #expect(
            f.stderr.contains(
                "decisions.csv:3: cannot issue a plan for \"E\": plan cycle 1 (2025-10..2025-12) is over but has no outcome; "
                    + "record it first: give its outcome (succeeded, extended, escalated or closed) in the plans data "
                    + "(plans.csv:2)"
            ), "\(f.stderr)")
        #expect(!f.stderr.contains("decisions.csv:4"))  // a later month is left for its own run
        #expect(!f.stderr.contains("decisions.csv:5"))  // A was flagged in February too
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("2026-03").path))
    }

    @Test func aConflictIsBlockedThenResolvedByAPlansRow() throws {
        let decisions = "employee_id,month,decision,decided_by,decided_on,reason\nE,2026-03,issue,HR,2026-04-06,\n"
        let blocked = try CLI.dataDirectory(Self.data(extra: ["decisions.csv": decisions]))
        let out = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(blocked)
            CLI.cleanup(out)
        }
        #expect(try Self.generate(blocked, out).status == 3)
        // HR records the outcome of cycle 1: extended. E's plan is cycle 2 of 2 and says so.
        try "employee_id,cycle,start,end,outcome\nE,1,2025-10,2025-12,extended\n"
            .write(to: blocked.appendingPathComponent("plans.csv"), atomically: true, encoding: .utf8)
        let r = try Self.generate(blocked, out)
        #expect(r.status == 0, "\(r.stderr)")
        let plan = try Self.text(out, "employees/E/plan.md")
        #expect(plan.contains("| Plan cycle | 2 of 2 |"))
        #expect(plan.contains("This is your second plan. The first ran October–December 2025 and was extended."))
        #expect(
            plan.contains(
                "- This is the last plan cycle allowed (2 of 2). If the goals are not reached, HR will decide on further steps in line with company policy."
            ))
    }

    @Test func automaticApprovalIssuesAndTheWordReplacementNeverAppears() throws {
        let data = try CLI.dataDirectory(
            Self.data(extra: [
                "perfplan.json": "{\"approval\": \"automatic\"}\n",
                "plans.csv": "employee_id,cycle,start,end,outcome\n",
            ]))
        let out = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        #expect(try Self.generate(data, out).status == 0)
        for id in ["A", "B", "C", "E"] { #expect(try Self.files(out, id).contains("plan.md")) }
        #expect(
            try Self.text(out, "index.md").contains("| Ann (A) | Sales | Maria Lead | 1 of 2 | plan issued by policy |")
        )
        #expect(
            try Self.text(out, "employees/A/worksheet.md").contains("Issued automatically under the company's policy."))
        let all = try FileManager.default.subpathsOfDirectory(atPath: out.path)
        for f in all where f.hasSuffix(".md") || f.hasSuffix(".html") || f.hasSuffix(".xml") || f.hasSuffix(".csv") {
            let t = try String(contentsOf: out.appendingPathComponent(f), encoding: .utf8)
            #expect(!t.lowercased().contains("replacement"), "\(f)")
        }
        // Every template, the languages' folders (Templates/de/) included.
        for f in try FileManager.default.subpathsOfDirectory(
            atPath: CLI.repoRoot.appendingPathComponent("Templates").path)
        where f.hasSuffix(".mustache") || f.hasSuffix(".xsd") {
            let t = try String(contentsOf: CLI.repoRoot.appendingPathComponent("Templates/" + f), encoding: .utf8)
            #expect(!t.lowercased().contains("replacement"), "\(f)")
        }
    }

    /// The register records each decision with its batch (a rerun replaces it) and `plans
    /// show` lists them, also for someone coached who never had a plan.
    @Test func theRegisterRecordsDecisionsAndPlansShowListsThem() throws {
        let decisions =
            "employee_id,month,decision,decided_by,decided_on,reason\n"
            + "A,2026-03,issue,Sofia Rossi,2026-04-06,\nB,2026-03,coach,Sofia Rossi,2026-04-06,First time\n"
        let data = try CLI.dataDirectory(Self.data(extra: ["decisions.csv": decisions]))
        let out = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        for _ in 0..<2 {
            let r = try CLI.run(
                ["generate", "--data", data.path, "--as-of", "2026-03", "--out", out.path], env: Self.env)
            #expect(r.status == 0, "\(r.stderr)")
        }
        let b = try CLI.run(["plans", "show", "B", "--register", out.path])
        #expect(b.status == 0, "\(b.stderr)")
        #expect(b.stdout == "decision 2026-03: coach by Sofia Rossi on 2026-04-06: First time\n")
        let a = try CLI.run(["plans", "show", "A", "--register", out.path])
        #expect(a.stdout.hasPrefix("cycle 1: 2026-04–2026-06, active\n"), "\(a.stdout)")
        #expect(a.stdout.contains("decision 2026-03: issue by Sofia Rossi on 2026-04-06\n"), "\(a.stdout)")
        // C and E: proposals nobody decided, nothing recorded.
        #expect(try CLI.run(["plans", "show", "C", "--register", out.path]).status == 2)
    }
}
