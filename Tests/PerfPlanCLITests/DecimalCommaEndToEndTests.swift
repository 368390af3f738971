import Foundation
import Testing

/// `perfplan init --language de|es|fr` writes the sample as Excel in those locales exports
/// it (`;` between cells, `,` decimals, `"decimal_separator": ","`); it validates, and gives
/// the very same gaps as the sample in `,` and `.`.
@Suite struct DecimalCommaEndToEndTests {
    static let sample = CLI.repoRoot.appendingPathComponent("SampleData")

    static func text(_ dir: URL, _ name: String) throws -> String {
        try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func germanStarterValidatesAndGivesTheSameGaps() throws {
        let parent = try CLI.temporaryDirectory()
        defer { CLI.cleanup(parent) }
        let german = parent.appendingPathComponent("de")
        let r = try CLI.run(["init", german.path, "--language", "de"])
        #expect(r.status == 0, "\(r.stderr)")
        let actuals = try Self.text(german, "actuals.csv")
        #expect(actuals.hasPrefix("employee_id;indicator_id;period;value;note;source\n"))
        #expect(actuals.contains(";1,4;"))  // a value of 1.4 in SampleData
        #expect(!actuals.contains(";1.4;"))
        #expect(try Self.text(german, "perfplan.json").contains("\"decimal_separator\": \",\""))
        #expect(try Self.text(german, "employees.csv").contains("E002;Núñez, Ana;"))

        let v = try CLI.run(["validate", "--data", german.path])
        #expect(v.status == 0, "\(v.stdout)")
        #expect(
            v.stdout.hasSuffix(
                ": 40 employees, 11 indicators, 3092 actual rows, months 2025-05..2026-10; 0 warnings, 0 errors\n"))

        let fromComma = try CLI.run(["gaps", "--data", german.path, "--as-of", "2026-10", "--format", "json"])
        let fromPoint = try CLI.run(["gaps", "--data", Self.sample.path, "--as-of", "2026-10", "--format", "json"])
        #expect(fromComma.status == 0 && fromPoint.status == 0)
        #expect(!fromPoint.stdout.isEmpty)
        #expect(fromComma.stdout == fromPoint.stdout)
    }

    @Test func spanishAndFrenchStartersAreTheSameFiles() throws {
        let parent = try CLI.temporaryDirectory()
        defer { CLI.cleanup(parent) }
        var csv: [String: [String: String]] = [:]
        for language in ["de", "es", "fr"] {
            let dir = parent.appendingPathComponent(language)
            #expect(try CLI.run(["init", dir.path, "--language", language]).status == 0)
            #expect(
                try Self.text(dir, "perfplan.json").hasPrefix(
                    "{\n  \"language\": \"\(language)\",\n  \"decimal_separator\": \",\","))
            for name in ["actuals.csv", "targets.csv", "indicators.csv", "notes.csv"] {
                csv[language, default: [:]][name] = try Self.text(dir, name)
            }
        }
        #expect(csv["de"] == csv["es"] && csv["de"] == csv["fr"])
        // Plain init and `--language en` are the sample as it is (InitAndSampleDataTests).
        let english = parent.appendingPathComponent("en")
        #expect(try CLI.run(["init", english.path, "--language", "EN"]).status == 0)
        #expect(try Self.text(english, "actuals.csv") == Self.text(Self.sample, "actuals.csv"))
        #expect(try Self.text(english, "perfplan.json") == Self.text(Self.sample, "perfplan.json"))
        let bad = try CLI.run(["init", parent.appendingPathComponent("pt").path, "--language", "pt"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--language"))
    }

    @Test func aPointInTheGermanStarterIsAnErrorAtItsLine() throws {
        let parent = try CLI.temporaryDirectory()
        defer { CLI.cleanup(parent) }
        let dir = parent.appendingPathComponent("de")
        #expect(try CLI.run(["init", dir.path, "--language", "de"]).status == 0)
        var lines = try Self.text(dir, "actuals.csv").components(separatedBy: "\n")
        let k = try #require(lines.firstIndex { $0.contains(";1,4;") })
        lines[k] = lines[k].replacingOccurrences(of: ";1,4;", with: ";1.4;")
        try Data(lines.joined(separator: "\n").utf8).write(to: dir.appendingPathComponent("actuals.csv"))
        let v = try CLI.run(["validate", "--data", dir.path])
        #expect(v.status == 3)
        #expect(
            v.stdout.hasPrefix(
                "actuals.csv:\(k + 1): value \"1.4\" is not a number (decimal separator is ',' as perfplan.json sets)\n"
            ))
        let g = try CLI.run([
            "generate", "--data", dir.path, "--as-of", "2026-10", "--out", parent.appendingPathComponent("out").path,
        ])
        #expect(g.status == 3)
        #expect(!FileManager.default.fileExists(atPath: parent.appendingPathComponent("out/2026-10").path))
    }
}
