import Foundation
import Testing

@Suite struct InitAndSampleDataTests {
    @Test func sampleDataValidates() throws {
        let r = try CLI.run(["validate", "--data", CLI.repoRoot.appendingPathComponent("SampleData").path])
        #expect(r.status == 0)
        #expect(
            r.stdout.hasSuffix(
                "SampleData: 40 employees, 11 indicators, 3092 actual rows, months 2025-05..2026-10; 0 warnings, 0 errors\n"
            ))
    }

    @Test func initWritesExactlyTheSampleData() throws {
        let parent = try CLI.temporaryDirectory()
        defer { CLI.cleanup(parent) }
        let target = parent.appendingPathComponent("starter")
        let r = try CLI.run(["init", target.path])
        #expect(r.status == 0)
        let sample = CLI.repoRoot.appendingPathComponent("SampleData")
        let expected = try FileManager.default.contentsOfDirectory(atPath: sample.path).sorted()
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.path).sorted() == expected)
        for name in expected {
            #expect(
                try Data(contentsOf: target.appendingPathComponent(name))
                    == Data(contentsOf: sample.appendingPathComponent(name)),
                "\(name) differs from SampleData/ (a new file there must be named in Sources/perfplan/EmbeddedSampleData.swift)"
            )
        }
        #expect(try CLI.run(["validate", "--data", target.path]).status == 0)
    }

    @Test func initRefusesANonEmptyDirectory() throws {
        let dir = try CLI.dataDirectory(["keep.txt": "mine"])
        defer { CLI.cleanup(dir) }
        let r = try CLI.run(["init", dir.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("is not empty"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["keep.txt"])
    }
}

@Suite struct SampleCommandTests {
    @Test func sampleWritesValidDataInBothFormats() throws {
        let parent = try CLI.temporaryDirectory()
        defer { CLI.cleanup(parent) }
        for format in ["csv", "json"] {
            let dir = parent.appendingPathComponent(format)
            let r = try CLI.run(["sample", dir.path, "--employees", "50", "--months", "6", "--format", format])
            #expect(r.status == 0, "\(r.stderr)")
            let v = try CLI.run(["validate", "--data", dir.path])
            #expect(v.status == 0, "\(v.stdout)")
            #expect(v.stdout.contains(": 50 employees, 12 indicators,"))
            #expect(v.stdout.contains("months 2026-05..2026-10; 0 warnings, 0 errors"))
        }
        let csv = try CLI.run(["gaps", "--data", parent.appendingPathComponent("csv").path, "--format", "json"]).stdout
        let json = try CLI.run(["gaps", "--data", parent.appendingPathComponent("json").path, "--format", "json"])
            .stdout
        #expect(csv == json && !csv.isEmpty)
        #expect(try CLI.run(["sample", parent.appendingPathComponent("csv").path, "--employees", "5"]).status == 1)
        #expect(try CLI.run(["sample", parent.appendingPathComponent("x").path, "--employees", "0"]).status == 2)
    }
}
