import Foundation
import Testing

/// End to end: what is planted inside `--out` is never followed or overwritten; the run
/// exits 1 naming the path. `--out` itself may be a link (the user's own argument).
@Suite struct OutputTrustCLITests {
    static let sample = CLI.repoRoot.appendingPathComponent("SampleData").path

    static func generate(_ out: URL) throws -> CLI.Result {
        try CLI.run(["generate", "--data", sample, "--out", out.path, "--employee", "E001"])
    }

    @Test func plantedLinksAreRefusedNamingThePath() throws {
        let root = try CLI.temporaryDirectory()
        defer { CLI.cleanup(root) }
        let out = root.appendingPathComponent("out")
        let victim = root.appendingPathComponent("victim")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: victim, withIntermediateDirectories: true)
        let precious = victim.appendingPathComponent("precious.txt")
        try Data("the owner's data\n".utf8).write(to: precious)
        let fm = FileManager.default

        // The lock file: to a file, and dangling.
        for target in [precious.path, victim.appendingPathComponent("appears").path] {
            try fm.createSymbolicLink(atPath: out.path + "/.perfplan.lock", withDestinationPath: target)
            let r = try Self.generate(out)
            #expect(r.status == 1)
            #expect(r.stderr.contains("\(out.path)/.perfplan.lock: is a symbolic link"), "\(r.stderr)")
            try fm.removeItem(atPath: out.path + "/.perfplan.lock")
        }
        // The month folder: to a folder, and dangling.
        for target in [victim.path, victim.appendingPathComponent("appears").path] {
            try fm.createSymbolicLink(atPath: out.path + "/2026-10", withDestinationPath: target)
            let r = try Self.generate(out)
            #expect(r.status == 1)
            #expect(r.stderr.contains("\(out.path)/2026-10: is a symbolic link"), "\(r.stderr)")
            try fm.removeItem(atPath: out.path + "/2026-10")
        }
        #expect(try fm.contentsOfDirectory(atPath: victim.path) == ["precious.txt"])
        #expect(try String(contentsOf: precious, encoding: .utf8) == "the owner's data\n")
        #expect(try fm.contentsOfDirectory(atPath: out.path) == [".perfplan.lock"])
    }

    @Test func aFileOrForeignFolderAtTheMonthIsRefusedAndSurvives() throws {
        let out = try CLI.temporaryDirectory()
        defer { CLI.cleanup(out) }
        let month = out.appendingPathComponent("2026-10")
        try Data("saved by hand\n".utf8).write(to: month)
        let onFile = try Self.generate(out)
        #expect(onFile.status == 1)
        #expect(
            onFile.stderr.contains("\(month.path): exists and is not a month folder perfplan wrote"), "\(onFile.stderr)"
        )
        #expect(try String(contentsOf: month, encoding: .utf8) == "saved by hand\n")

        try FileManager.default.removeItem(at: month)
        try FileManager.default.createDirectory(at: month, withIntermediateDirectories: false)
        try Data("mine\n".utf8).write(to: month.appendingPathComponent("notes.txt"))
        let onFolder = try Self.generate(out)
        #expect(onFolder.status == 1)
        #expect(
            onFolder.stderr.contains("\(month.path): exists and is not a month folder perfplan wrote"),
            "\(onFolder.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: month.path) == ["notes.txt"])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == [".perfplan.lock", "2026-10"])
    }

    @Test func outItselfMayBeALinkAndStaleStagingOfEveryMonthIsRemoved() throws {
        let root = try CLI.temporaryDirectory()
        defer { CLI.cleanup(root) }
        let real = root.appendingPathComponent("real")
        let link = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        for name in [".2025-03.tmp-999999/employees/E1", ".2026-10.tmp-1"] {
            try FileManager.default.createDirectory(
                at: real.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        let r = try Self.generate(link)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: real.path).sorted() == [
                ".perfplan.lock", "2026-10", "perfplan.sqlite",
            ])
    }
}
