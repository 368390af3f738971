import Foundation
import Testing

/// Contract §6.33–34 end to end: an id with an invisible character or a figure that would
/// overflow stops every command with exit 3 and FILE:LINE, and nothing is written.
@Suite struct InvisibleIdAndHugeNumberTests {
    static func files(
        employees: String = "A,Ann,Rep,Sales\n", actuals: String = "A,x,2026-10,60\n",
        policy: String? = nil
    ) -> [String: String] {
        var f = [
            "employees.csv": "employee_id,name,role,department\n" + employees,
            "indicators.csv": "indicator_id,name,direction,weight\nx,Orders,higher,1\n",
            "targets.csv": "indicator_id,scope,period,target\nx,*,*,100\n",
            "actuals.csv": "employee_id,indicator_id,period,value\n" + actuals,
        ]
        f["perfplan.json"] = policy
        return f
    }

    static func refused(_ files: [String: String], _ message: String) throws {
        let data = try CLI.dataDirectory(files)
        let out = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        for args in [
            ["validate", "--data", data.path], ["gaps", "--data", data.path, "--format", "json"],
            ["generate", "--data", data.path, "--out", out.path],
        ] {
            let r = try CLI.run(args)
            #expect(r.status == 3, "\(args[0]): \(r.stderr)")
            // validate lists its report on stdout; the other commands write errors to stderr only.
            #expect(
                (args[0] == "validate" ? r.stdout : r.stderr).contains(message), "\(args[0]): \(r.stdout) \(r.stderr)")
            if args[0] != "validate" { #expect(r.stdout.isEmpty) }
        }
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).isEmpty)
    }

    @Test func zeroWidthSpaceInAnId() throws {
        try Self.refused(
            Self.files(employees: "A,Ann,Rep,Sales\nA\u{200B},Ann Twin,Rep,Sales\n"),
            "employees.csv:3: employee_id \"A\\u{200b}\" contains an invisible format character (U+200B)")
    }

    @Test func rightToLeftOverrideInAnActualsReference() throws {
        try Self.refused(
            Self.files(actuals: "A,x,2026-10,60\n\u{202E}A,x,2026-10,61\n"),
            "actuals.csv:3: employee_id \"\\u{202e}A\" contains an invisible format character (U+202E) and is not an employee_id of the employees dataset"
        )
    }

    @Test func anActualOf1e308() throws {
        try Self.refused(
            Self.files(actuals: "A,x,2026-10,1e308\n"),
            "actuals.csv:2: value 1e+308 is beyond ±1e15, the largest magnitude accepted")
    }

    @Test func anAttainmentCapOf1e308() throws {
        try Self.refused(
            Self.files(policy: "{\n  \"attainment_cap\": 1e308\n}\n"),
            "perfplan.json:2: \"attainment_cap\" must be a number from 1 to 100 (found 1e308)")
    }

    @Test func aTinyTargetGivesFiniteFiguresEverywhere() throws {
        var files = Self.files(
            actuals: "A,x,2026-08,1000000000000000\nA,x,2026-09,-1000000000000000\nA,x,2026-10,1000000000000000\n")
        files["targets.csv"] = "indicator_id,scope,period,target\nx,*,*,1e-300\n"
        let data = try CLI.dataDirectory(files)
        let out = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        let gaps = try CLI.run(["gaps", "--data", data.path, "--format", "json"])
        #expect(gaps.status == 0, "\(gaps.stderr)")
        #expect(gaps.stdout.contains("\"attainment\": 1.5, \"status\": \"met\""), "\(gaps.stdout)")
        let explain = try CLI.run(["explain", "A", "--data", data.path])
        #expect(
            explain.status == 0 && explain.stdout.contains("more than 1e308, clipped to [0, 1.5] → 1.5"),
            "\(explain.stdout)")
        let generate = try CLI.run(["generate", "--data", data.path, "--out", out.path])
        #expect(generate.status == 0, "\(generate.stderr)")
        let nonFinite = try CLI.shell("grep -rilwE 'inf|nan|infinity' '\(out.path)' || true")
        #expect(nonFinite.isEmpty, "\(nonFinite)")
    }
}
