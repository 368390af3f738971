import Foundation
import Testing

/// Issue 19, item 8: a full (`/dev/full`) or closed stdout or stderr ends the run with
/// exit 1 and a message where one can still be written — never a crash (Foundation's
/// `FileHandle.write` trapped with exit 132) — and `generate` still lands its packet.
@Suite struct StandardStreamTests {
    /// Runs `perfplan ARGS` through the shell with `redirect` applied (e.g. `>/dev/full`,
    /// `>&-`); stdout and stderr not redirected go to /dev/null. Returns the exit status.
    static func status(_ args: [String], _ redirect: String, env: [String: String] = [:]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let quoted = ([CLI.binary.path] + args).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        process.arguments = ["-c", "exec " + quoted.joined(separator: " ") + " >/dev/null 2>/dev/null " + redirect]
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = "1793577600"
        environment["NO_COLOR"] = "1"
        for (k, v) in env { environment[k] = v }
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        // A crash shows as a signal (SIGILL 4, SIGSEGV 11), which must never happen here.
        #expect(process.terminationReason == .exit, "\(args) \(redirect) died of signal \(process.terminationStatus)")
        return process.terminationStatus
    }

    static let sample = CLI.repoRoot.appendingPathComponent("SampleData").path

    /// Every command that prints its result on stdout.
    static let stdoutCommands: [[String]] = [
        ["validate", "--data", sample],
        ["gaps", "--data", sample],
        ["gaps", "--data", sample, "--format", "csv"],
        ["gaps", "--data", sample, "--format", "json"],
        ["explain", "E001", "--data", sample],
        ["--help"],
        ["--version"],
        ["gaps", "--help"],
    ]

    @Test(arguments: ["1>/dev/full", "1>&-"])
    func stdoutThatRefusesEndsWithExit1(_ redirect: String) throws {
        for args in Self.stdoutCommands {
            #expect(try Self.status(args, redirect) == 1, "\(args) \(redirect)")
        }
    }

    @Test(arguments: ["2>/dev/full", "2>&-"])
    func stderrThatRefusesEndsWithExit1(_ redirect: String) throws {
        // Messages on stderr: a usage error, a data error, and a successful generate's
        // summary line. The statuses otherwise would be 2, 3 and 0.
        let bad = try CLI.dataDirectory(["employees.csv": "employee_id\n"])
        defer { CLI.cleanup(bad) }
        #expect(try Self.status(["gaps", "--data", Self.sample, "--as-of", "2026-13"], redirect) == 1)
        // report on stdout: fine
        #expect(try Self.status(["validate", "--data", bad.path], "1>/dev/null " + redirect) == 3)
        #expect(try Self.status(["gaps", "--data", bad.path], redirect) == 1)

        let out = try CLI.temporaryDirectory("perfplan-out")
        defer { CLI.cleanup(out) }
        #expect(try Self.status(["generate", "--data", Self.sample, "--out", out.path], redirect) == 1)
        // The log disk being full does not take the packet down with it.
        let manifest = out.appendingPathComponent("2026-10/manifest.json")
        #expect(FileManager.default.fileExists(atPath: manifest.path))
        let again = try CLI.run(["generate", "--data", Self.sample, "--out", out.path])
        #expect(again.status == 0, "\(again.stderr)")
    }

    /// With stdout and stderr closed, the files perfplan opens would get descriptors 1 and
    /// 2, and a message meant for stderr would land in a document. The run ends with exit 1
    /// (its summary line could not be written), and every file is the one its manifest lists.
    @Test func closedStandardDescriptorsAreNotReusedForFiles() throws {
        let out = try CLI.temporaryDirectory("perfplan-out")
        defer { CLI.cleanup(out) }
        #expect(try Self.status(["generate", "--data", Self.sample, "--out", out.path], "0<&- 1>&- 2>&-") == 1)
        let month = out.appendingPathComponent("2026-10")
        let manifest = try String(contentsOf: month.appendingPathComponent("manifest.json"), encoding: .utf8)
        var checked = 0
        for line in manifest.split(separator: "\n") where line.contains("\"sha256\"") {
            let path = line.components(separatedBy: "\"path\": \"")[1].components(separatedBy: "\"")[0]
            let sha = line.components(separatedBy: "\"sha256\": \"")[1].prefix(64)
            let actual = try CLI.shell("sha256sum '\(month.appendingPathComponent(path).path)'").prefix(64)
            #expect(actual == sha, "\(path)")
            checked += 1
        }
        #expect(checked > 100)
    }
}
