import Foundation
import Testing

/// A decision the register recorded stands: rerunning a month without the decisions file
/// keeps its plans issued (same bytes), a row that contradicts it is an error at that row
/// with nothing written, and the next month never turns an issued plan back into a proposal.
@Suite(.serialized) struct RecordedDecisionsRerunTests {
    /// Every file under `folder` by relative path, without `skip`.
    static func tree(_ folder: URL, skipping skip: Set<String> = []) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let base = folder.standardizedFileURL.path
        for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)! {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else {
                continue
            }
            let rel = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
            if !skip.contains(rel) { out[rel] = try Data(contentsOf: url) }
        }
        return out
    }

    static func sampleCopy() throws -> URL {
        let data = try CLI.temporaryDirectory("perfplan-sample")
        try FileManager.default.removeItem(at: data)
        try FileManager.default.copyItem(at: CLI.repoRoot.appendingPathComponent("SampleData"), to: data)
        return data
    }

    /// The sample's decisions.csv as the register exports it: the rows of 2026-10 by employee.
    static let sampleDecisions = """
        employee_id,month,decision,decided_by,decided_on,reason
        E013,2026-10,issue,Sofia Rossi (HR),2026-11-04,
        E021,2026-10,issue,Sofia Rossi (HR),2026-11-04,
        E031,2026-10,coach,Sofia Rossi (HR),2026-11-04,"Rated Meets overall; a 2-day report delay that waited for the final bank statement is a matter for a coaching conversation, not a plan"
        E033,2026-10,issue,Sofia Rossi (HR),2026-11-04,
        E037,2026-10,defer,Sofia Rossi (HR),2026-11-04,On-time delivery missed in the month of the carrier strike (9–12 October) while the annual average is above the goal; decide on November's results

        """

    @Test func aRerunWithoutTheDecisionsFileKeepsTheRecordedDecisions() throws {
        let data = try Self.sampleCopy()
        let out = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        let first = try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", out.path])
        #expect(first.status == 0, "\(first.stderr)")
        let month = out.appendingPathComponent("2026-10")
        let before = try Self.tree(month)
        #expect(before["employees/E013/plan.md"] != nil && before["employees/E013/plan-draft.md"] == nil)
        #expect(
            try CLI.run(["plans", "export", "--register", out.path, "--dataset", "decisions"]).stdout
                == Self.sampleDecisions)

        // The decisions file is gone (approval is required): the register's decisions apply.
        try FileManager.default.removeItem(at: data.appendingPathComponent("decisions.csv"))
        let rerun = try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", out.path])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let after = try Self.tree(month)
        // Every document the same bytes; only the manifest's fingerprint of the input differs.
        #expect(after.keys.sorted() == before.keys.sorted())
        for (path, bytes) in before where path != "manifest.json" { #expect(after[path] == bytes, "\(path) changed") }
        #expect(
            after["employees/E013/plan.md"] != nil && after["employees/E021/plan.xml"] != nil
                && after["employees/E033/plan.html"] != nil)
        #expect(after.keys.filter { $0.hasSuffix("plan-draft.md") }.sorted() == ["employees/E023/plan-draft.md"])
        // E031 coached, E037 deferred: worksheet, no plan.
        #expect(after["employees/E031/worksheet.md"] != nil && after["employees/E031/plan.md"] == nil)
        #expect(after["employees/E037/worksheet.md"] != nil && after["employees/E037/plan-draft.md"] == nil)
        #expect(
            try CLI.run(["plans", "export", "--register", out.path, "--dataset", "decisions"]).stdout
                == Self.sampleDecisions)

        // A row that repeats a recorded decision is fine (same input as the first run: same bytes, manifest too).
        try Data(Self.sampleDecisions.utf8).write(to: data.appendingPathComponent("decisions.csv"))
        let same = try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", out.path])
        #expect(same.status == 0, "\(same.stderr)")
        // (The export is byte for byte the sample's decisions.csv, so the input is the first run's.)
        #expect(try Self.tree(month) == before)

        // A row that contradicts one (E031 issued instead of coached; line 4): exit 3, named, nothing written.
        let settled = try Self.tree(month)
        try Data(Self.sampleDecisions.replacingOccurrences(of: "E031,2026-10,coach", with: "E031,2026-10,issue").utf8)
            .write(to: data.appendingPathComponent("decisions.csv"))
        let contradicted = try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", out.path])
        #expect(contradicted.status == 3)
        #expect(
            contradicted.stderr.hasPrefix(
                #"decisions.csv:4: this decision for "E031" in 2026-10 contradicts the one the plan register recorded (coach by "Sofia Rossi (HR)" on 2026-11-04: "#
            ), "\(contradicted.stderr)")
        #expect(contradicted.stderr.contains("perfplan: 1 problem(s) in the decisions; nothing was written"))
        #expect(try Self.tree(month) == settled)
    }

    /// A, B and C: Orders 60 of 100 every month, 2026-05..2026-11 (flagged in October and November).
    static let files: [String: String] = [
        "employees.csv":
            "employee_id,name,role,department,manager_id\nM1,Maria Lead,Manager,Sales,\nA,Ann,Rep,Sales,M1\nB,Ben,Rep,Sales,M1\nC,Cem,Rep,Sales,M1\n",
        "indicators.csv": "indicator_id,name,unit,direction,weight\nx,Orders,orders,higher,1\n",
        "targets.csv": "indicator_id,scope,period,target\nx,role:Rep,*,100\n",
        "actuals.csv": {
            var s = "employee_id,indicator_id,period,value\n"
            for m in ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"] {
                for e in ["A", "B", "C"] { s += "\(e),x,\(m),60\n" }
            }
            return s
        }(),
        "decisions.csv":
            "employee_id,month,decision,decided_by,decided_on,reason\nA,2026-10,issue,Hana Berg,2026-11-04,\nB,2026-10,coach,Hana Berg,2026-11-04,First time below target\n",
    ]

    /// The policy issued C's plan (automatic); HR then switches approval to required and
    /// reruns October: the plan stays issued and still says it was issued by policy.
    @Test func aPlanThePolicyIssuedStaysIssuedWhenApprovalBecomesRequired() throws {
        var files = Self.files
        files["perfplan.json"] = #"{"approval": "automatic"}"#
        let data = try CLI.dataDirectory(files)
        let out = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        #expect(try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", out.path]).status == 0)
        let month = out.appendingPathComponent("2026-10")
        let before = try Self.tree(month)
        #expect(before["employees/C/plan.md"] != nil)
        #expect(
            String(decoding: before["index.md"]!, as: UTF8.self).contains(
                "| Cem (C) | Sales | Maria Lead | 1 of 2 | plan issued by policy |"))
        try Data(#"{"approval": "required"}"#.utf8).write(to: data.appendingPathComponent("perfplan.json"))
        let rerun = try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", out.path])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let after = try Self.tree(month)
        #expect(after.keys.sorted() == before.keys.sorted())
        for (path, bytes) in before where path != "manifest.json" { #expect(after[path] == bytes, "\(path) changed") }
        // The policy's decision is recorded once, as it was: on the generated day (SOURCE_DATE_EPOCH 1793577600 = 2026-11-02).
        let decisions = try CLI.run(["plans", "export", "--register", out.path, "--dataset", "decisions"]).stdout
        #expect(decisions.contains("\nC,2026-10,issue,policy,2026-11-02,approval: automatic\n"), "\(decisions)")
    }

    @Test func theNextMonthWithoutDecisionsNeverTurnsAnIssuedPlanBackIntoAProposal() throws {
        let data = try CLI.dataDirectory(Self.files)
        let out = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        #expect(try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", out.path]).status == 0)
        let october = try Self.tree(out.appendingPathComponent("2026-10"))
        try FileManager.default.removeItem(at: data.appendingPathComponent("decisions.csv"))
        let next = try CLI.run(["generate", "--data", data.path, "--as-of", "2026-11", "--out", out.path])
        #expect(next.status == 0, "\(next.stderr)")
        let november = try Self.tree(out.appendingPathComponent("2026-11"))
        // A's plan (2026-11..2027-01) is in force: no new proposal, no second plan.
        #expect(
            november.keys.filter { $0.hasPrefix("employees/A/") }.sorted()
                == ["employees/A/interview.html", "employees/A/interview.md", "employees/A/interview.xml"])
        let index = String(decoding: november["index.md"]!, as: UTF8.self)
        #expect(index.contains("on plan until January 2027"), "\(index)")
        // B was coached for October; November's flag is a new proposal for HR. C is proposed again.
        #expect(november["employees/B/plan-draft.md"] != nil && november["employees/C/plan-draft.md"] != nil)
        #expect(november["employees/B/plan.md"] == nil && november["employees/C/plan.md"] == nil)
        // October's packet is untouched, A's plan still issued there; the register still says so.
        #expect(try Self.tree(out.appendingPathComponent("2026-10")) == october)
        #expect(october["employees/A/plan.md"] != nil)
        let list = try CLI.run(["plans", "list", "--register", out.path, "--format", "json"])
        #expect(
            list.stdout.contains(
                #""employee_id": "A", "cycle": 1, "start": "2026-11", "end": "2027-01", "outcome": "active""#),
            "\(list.stdout)")
        // And a rerun of October without the file keeps A issued and B coached.
        let rerun = try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", out.path])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let again = try Self.tree(out.appendingPathComponent("2026-10"))
        for (path, bytes) in october where path != "manifest.json" { #expect(again[path] == bytes, "\(path) changed") }
    }
}
