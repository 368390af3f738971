import Foundation
import Testing

/// `gaps --format json` against the independent Python implementation of the contract
/// (tools/reference/perfplan_ref.py), on generated data in both file forms and a changed policy.
@Suite struct DifferentialTests {
    func agree(_ data: URL, asOf: String) throws {
        let root = CLI.repoRoot.appendingPathComponent("tools/reference").path
        let swift = try CLI.run(["gaps", "--data", data.path, "--as-of", asOf, "--format", "json"])
        #expect(swift.status == 0)
        let mine = data.appendingPathComponent("swift-\(asOf).json")
        let ref = data.appendingPathComponent("ref-\(asOf).json")
        try Data(swift.stdout.utf8).write(to: mine)
        _ = try CLI.shell("python3 '\(root)/perfplan_ref.py' --data '\(data.path)' --as-of \(asOf) > '\(ref.path)'")
        let result = try CLI.shell("python3 '\(root)/compare.py' '\(ref.path)' '\(mine.path)'; echo rc=$?")
        #expect(result.hasSuffix("identical within 1e-9\nrc=0\n"), "\(result.suffix(3000))")
    }

    @Test func generatedDataAgreesWithTheReference() throws {
        let parent = try CLI.temporaryDirectory()
        defer { CLI.cleanup(parent) }
        let csv = parent.appendingPathComponent("csv")
        let json = parent.appendingPathComponent("json")
        #expect(try CLI.run(["sample", csv.path, "--employees", "400", "--seed", "11"]).status == 0)
        #expect(
            try CLI.run([
                "sample", json.path, "--employees", "250", "--seed", "12", "--format", "json", "--months", "15",
            ]).status == 0)
        try agree(csv, asOf: "2026-10")
        try agree(csv, asOf: "2026-03")
        try agree(json, asOf: "2026-10")
        let policy =
            #"{"attainment_cap": 1.2, "at_risk_tolerance": 0.2, "baseline_months": 6, "trend_months": 4, "triggers": {"composite_below": null, "miss_streak": 2}, "max_focus": 2, "rating_bands": [{"min": 1, "label": "Good"}, {"min": 0.5, "label": "OK"}]}"#
        try Data(policy.utf8).write(to: csv.appendingPathComponent("perfplan.json"))
        try agree(csv, asOf: "2026-10")
    }

    @Test func sampleDataAgreesWithTheReference() throws {
        let copy = try CLI.temporaryDirectory()
        defer { CLI.cleanup(copy) }
        _ = try CLI.shell("cp -r '\(CLI.repoRoot.appendingPathComponent("SampleData").path)/.' '\(copy.path)'")
        try agree(copy, asOf: "2026-10")
        try agree(copy, asOf: "2025-07")
    }
}
