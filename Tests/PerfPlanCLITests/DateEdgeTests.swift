import Foundation
import Testing

/// Issue 19, item 7: every `--as-of` and `SOURCE_DATE_EPOCH` that is accepted works end to
/// end; anything else is exit 2 with a message — never a crash, never a month `0000-00`.
@Suite struct DateEdgeTests {
    static let sample = CLI.repoRoot.appendingPathComponent("SampleData").path

    @Test(arguments: [
        "0000-01", "1899-12", "9900-01", "9999-12", "2026-00", "2026-13", "99999-01", "-001-01", "2026-1",
    ])
    func asOfOutsideTheCalendarIsAUsageError(_ month: String) throws {
        for command in ["gaps", "generate", "progress", "explain"] {
            var args = [command, "--data", Self.sample, "--as-of", month]
            if command == "explain" { args.insert("E001", at: 1) }
            if command != "gaps" && command != "explain" { args += ["--out", "/nonexistent/never-written"] }
            if command == "progress" { args += ["--plans", "/nonexistent/plans"] }
            let r = try CLI.run(args)
            #expect(r.status == 2, "\(command) --as-of \(month): \(r.status) \(r.stderr)")
            #expect(r.stderr.contains("--as-of"), "\(r.stderr)")
        }
    }

    @Test(arguments: [
        "99999999999999", "-99999999999", "9223372036854775807", "-9223372036854775808",
        "253402300800", "-2206310401", "1e9", "12 ", "0x10",
    ])
    func sourceDateEpochOutsideTheCalendarIsAUsageError(_ epoch: String) throws {
        let r = try CLI.run(["gaps", "--data", Self.sample], env: ["SOURCE_DATE_EPOCH": epoch])
        #expect(r.status == 2, "SOURCE_DATE_EPOCH=\(epoch): \(r.status) \(r.stderr)")
        #expect(r.stderr.contains("SOURCE_DATE_EPOCH"))
    }

    /// The first and last accepted days: the generated date is printed as it is, and the
    /// default as-of month is the month before.
    @Test func theEdgesOfTheCalendarWorkEndToEnd() throws {
        let data = try CLI.dataDirectory([
            "employees.csv":
                "employee_id,name,role,department,manager_id\nM1,Ana,Manager,Sales,\nE1,Bob,Rep,Sales,M1\n",
            "perfplan.json": #"{"approval": "automatic"}"#,
            "indicators.csv": "indicator_id,name,direction,weight\nsales,Sales,higher,1\n",
            "targets.csv": "indicator_id,scope,period,target\nsales,*,*,100\n",
            "actuals.csv": "employee_id,indicator_id,period,value\n"
                + "E1,sales,1900-01,50\nE1,sales,9899-10,50\nE1,sales,9899-11,40\nE1,sales,9899-12,30\n"
                + "M1,sales,1900-01,150\nM1,sales,9899-12,150\n",
        ])
        defer { CLI.cleanup(data) }
        let out = try CLI.temporaryDirectory("perfplan-out")
        defer { CLI.cleanup(out) }
        // 9999-12-31T23:59:59Z: the latest "now"; the as-of month is given.
        let late = try CLI.run(
            ["generate", "--data", data.path, "--out", out.path, "--as-of", "9899-12"],
            env: ["SOURCE_DATE_EPOCH": "253402300799"])
        #expect(late.status == 0, "\(late.stderr)")
        let plan = try String(contentsOf: out.appendingPathComponent("9899-12/employees/E1/plan.xml"), encoding: .utf8)
        #expect(plan.contains("generated=\"9999-12-31\""))
        #expect(plan.contains("deadline=\"9900-03-31\""))  // three plan months after 9899-12
        #expect(!plan.contains("0000-00"))
        // 1900-02-01: the earliest "now", whose default as-of month is 1900-01.
        let early = try CLI.run(
            ["gaps", "--data", data.path, "--format", "json"], env: ["SOURCE_DATE_EPOCH": "-2206310400"])
        #expect(early.status == 0, "\(early.stderr)")
        #expect(early.stdout.contains("\"as_of\": \"1900-01\""))
        // The second before it is refused, as is the default as-of month after 9899-12.
        let before = try CLI.run(["gaps", "--data", data.path], env: ["SOURCE_DATE_EPOCH": "-2206310401"])
        #expect(before.status == 2)
        let after = try CLI.run(["gaps", "--data", data.path], env: ["SOURCE_DATE_EPOCH": "253402300799"])
        #expect(after.status == 2)
        #expect(after.stderr.contains("give --as-of"), "\(after.stderr)")
    }
}
