import Foundation
import Testing

/// Contract §6.35: the as-of month must have data. Nobody in scope with an actual in it:
/// exit 3, nothing written, the latest month with data named. Some without: one warning.
@Suite struct AsOfMonthTests {
    /// A and B report through 2026-10; C stopped at 2026-09.
    static let files: [String: String] = [
        "employees.csv": "employee_id,name,role,department\nA,Ann,Rep,Sales\nB,Ben,Rep,Sales\nC,Cem,Rep,Sales\n",
        "indicators.csv": "indicator_id,name,direction,weight\nx,Orders,higher,1\n",
        "targets.csv": "indicator_id,scope,period,target\nx,*,*,100\n",
        "actuals.csv": "employee_id,indicator_id,period,value\n"
            + "A,x,2026-09,60\nA,x,2026-10,60\nB,x,2026-09,120\nB,x,2026-10,120\nC,x,2026-08,50\nC,x,2026-09,50\n",
    ]
    static let none =
        "perfplan: no actuals for 2026-11 for the employees in scope; the latest month with data is 2026-10 (use --as-of 2026-10)"

    static func entries(_ dir: URL) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    }

    @Test func aMonthWithoutDataStopsEveryCommandAndWritesNothing() throws {
        let data = try CLI.dataDirectory(Self.files)
        let packets = try CLI.temporaryDirectory()
        let reports = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(packets)
            CLI.cleanup(reports)
        }
        let plans = try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", packets.path])
        #expect(plans.status == 0, "\(plans.stderr)")

        let out = try CLI.temporaryDirectory()
        defer { CLI.cleanup(out) }
        for format in ["json", "csv", "table"] {
            let r = try CLI.run(["gaps", "--data", data.path, "--as-of", "2026-11", "--format", format])
            #expect(r.status == 3 && r.stdout.isEmpty, "\(format): \(r.status) \(r.stdout)")
            #expect(r.stderr.contains(Self.none), "\(r.stderr)")
        }
        // The default as-of (SOURCE_DATE_EPOCH 2026-12-01 → 2026-11) is refused the same way.
        let byDefault = try CLI.run(
            ["generate", "--data", data.path, "--out", out.path], env: ["SOURCE_DATE_EPOCH": "1796169600"])
        #expect(byDefault.status == 3 && byDefault.stderr.contains(Self.none), "\(byDefault.stderr)")
        #expect(Self.entries(out).isEmpty, "\(Self.entries(out))")
        let generate = try CLI.run(["generate", "--data", data.path, "--as-of", "2026-11", "--out", out.path])
        #expect(generate.status == 3 && generate.stderr.contains(Self.none), "\(generate.stderr)")
        #expect(Self.entries(out).isEmpty)
        let progress = try CLI.run([
            "progress", "--data", data.path, "--plans", packets.appendingPathComponent("2026-10").path,
            "--as-of", "2026-11", "--out", reports.path,
        ])
        #expect(progress.status == 3 && progress.stderr.contains(Self.none), "\(progress.stderr)")
        #expect(Self.entries(reports).isEmpty, "\(Self.entries(reports))")
        let explain = try CLI.run(["explain", "A", "--data", data.path, "--as-of", "2026-11"])
        #expect(explain.status == 3 && explain.stdout.isEmpty)
        #expect(
            explain.stderr.contains(
                "perfplan: no actuals for 2026-11 for employee \"A\"; the latest month with data is 2026-10 (use --as-of 2026-10)"
            ),
            "\(explain.stderr)")
    }

    @Test func theScopeDecidesAndNamesItsOwnLatestMonth() throws {
        let data = try CLI.dataDirectory(Self.files)
        defer { CLI.cleanup(data) }
        let c = try CLI.run(["gaps", "--data", data.path, "--as-of", "2026-10", "--employee", "C", "--format", "json"])
        #expect(c.status == 3 && c.stdout.isEmpty)
        #expect(
            c.stderr.contains(
                "perfplan: no actuals for 2026-10 for employee \"C\"; the latest month with data is 2026-09 (use --as-of 2026-09)"
            ),
            "\(c.stderr)")
        let ab = try CLI.run([
            "gaps", "--data", data.path, "--as-of", "2026-10", "--employee", "A", "--employee", "B", "--format", "json",
        ])
        #expect(ab.status == 0 && !ab.stderr.contains("warning"), "\(ab.stderr)")
    }

    @Test func someWithoutDataGiveOneWarningWithTheCount() throws {
        let data = try CLI.dataDirectory(Self.files)
        let out = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        let warning = "warning: 1 of 3 employees has no actuals for 2026-10"
        for args in [
            ["gaps", "--data", data.path, "--format", "json"],
            ["generate", "--data", data.path, "--out", out.path],
        ] {
            let r = try CLI.run(args)
            #expect(r.status == 0, "\(r.stderr)")
            let warnings = r.stderr.split(separator: "\n").filter { $0.contains("warning") }
            #expect(warnings == [Substring(warning)], "\(args[0]): \(r.stderr)")
        }
        // C's interview says there is no data for the month, indicator by indicator, and still
        // shows the review period (August–October): 50 and 50 against 100, both missed →
        // average 50, 0 of 2 months on target; October's result (in the months and its own
        // column) and trend are dashes.
        let interview = try String(
            contentsOf: out.appendingPathComponent("2026-10/employees/C/interview.md"), encoding: .utf8)
        #expect(
            interview.contains("| Targets met | No results recorded for October 2026 |")
                && interview.contains(
                    "| Orders | 100 | Aug 50 / Sep 50 / Oct — | 50 | 0 of 2 months | — | No data | — |"),
            "\(interview)")
    }
}
