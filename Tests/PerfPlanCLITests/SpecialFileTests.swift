import Foundation
import Testing

/// Issue 19: only regular files are read. A FIFO, device, socket or folder where a data file,
/// a template or a plan.xml belongs is refused before a byte is read — never a hang — and a
/// file over its size limit is refused from its size. Each run is killed after 10 s, which
/// fails the test instead of hanging the suite.
@Suite struct SpecialFileTests {
    static let valid = HostileInputTests.valid

    /// Runs `perfplan ARGS`; nil when it had to be killed after `seconds`.
    static func run(_ args: [String], seconds: Double = 10) throws -> CLI.Result? {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = args
        var env = ProcessInfo.processInfo.environment
        env["SOURCE_DATE_EPOCH"] = "1793577600"
        env["NO_COLOR"] = "1"
        process.environment = env
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("perfplan-out-\(UUID().uuidString)")
        let err = FileManager.default.temporaryDirectory.appendingPathComponent("perfplan-err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        return CLI.Result(
            status: process.terminationStatus,
            stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    /// A data directory with `file` replaced by a FIFO that nobody writes to.
    static func withFIFO(_ file: String) throws -> URL {
        var files = valid
        files.removeValue(forKey: file)
        let dir = try CLI.dataDirectory(files)
        #expect(mkfifo(dir.appendingPathComponent(file).path, 0o600) == 0)
        return dir
    }

    @Test(arguments: ["actuals.csv", "employees.csv", "dataset.json", "perfplan.json"])
    func aFIFOAsADataFileIsRefused(_ file: String) throws {
        let dir = try Self.withFIFO(file)
        defer { CLI.cleanup(dir) }
        let r = try #require(try Self.run(["validate", "--data", dir.path]), "validate hung on a FIFO named \(file)")
        #expect(r.status == 3, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("\(file): cannot be read: is a FIFO (named pipe), not a regular file"), "\(r.stdout)")
    }

    @Test func aFolderNamedActualsCSVIsRefused() throws {
        var files = Self.valid
        files.removeValue(forKey: "actuals.csv")
        let dir = try CLI.dataDirectory(files)
        defer { CLI.cleanup(dir) }
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("actuals.csv"), withIntermediateDirectories: false)
        let r = try #require(try Self.run(["validate", "--data", dir.path]))
        #expect(r.status == 3)
        #expect(r.stdout.contains("actuals.csv: cannot be read: is a directory, not a regular file"), "\(r.stdout)")
    }

    @Test func devZeroLinkedAsActualsCSVIsRefused() throws {
        var files = Self.valid
        files.removeValue(forKey: "actuals.csv")
        let dir = try CLI.dataDirectory(files)
        defer { CLI.cleanup(dir) }
        try FileManager.default.createSymbolicLink(
            atPath: dir.appendingPathComponent("actuals.csv").path, withDestinationPath: "/dev/zero")
        let r = try #require(try Self.run(["validate", "--data", dir.path]), "validate read /dev/zero without end")
        #expect(r.status == 3)
        #expect(
            r.stdout.contains("actuals.csv: cannot be read: is a character device, not a regular file"), "\(r.stdout)")
    }

    /// A sparse file one byte over the limit: refused from its size, so no 256 MiB is read.
    @Test func aDataFileOverTheLimitIsRefusedBeforeReading() throws {
        let dir = try CLI.dataDirectory(Self.valid)
        defer { CLI.cleanup(dir) }
        let path = dir.appendingPathComponent("employees.csv").path
        #expect(truncate(path, off_t((256 << 20) + 1)) == 0)
        let started = Date()
        let r = try #require(try Self.run(["validate", "--data", dir.path]))
        #expect(r.status == 3)
        #expect(
            r.stdout.contains(
                "employees.csv: cannot be read: it is 268435457 bytes, over the 256 MiB limit for this file"),
            "\(r.stdout)")
        #expect(Date().timeIntervalSince(started) < 5)
    }

    /// actuals.csv has no size limit, but a record that never ends is stopped at 8 MiB.
    // The endless-record tests allow 60 s, not 10: a debug build scanning 8 MiB took up to
    // 10 s while other suites ran on two loaded cores. Where it stopped is shown by the line in
    // the message; how fast the release build stops is scripts/hostile-large.sh's job.
    @Test(arguments: ["", "\"", "E1,sales,2026-10,\""])
    func anEndlessRecordInActualsStopsAtItsLine(_ opening: String) throws {
        let dir = try CLI.dataDirectory(Self.valid)
        defer { CLI.cleanup(dir) }
        var bytes = Array("employee_id,indicator_id,period,value\nE1,sales,2026-10,110\n\(opening)".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 9 << 20)
        try Data(bytes).write(to: dir.appendingPathComponent("actuals.csv"))
        let r = try #require(try Self.run(["validate", "--data", dir.path], seconds: 60))
        #expect(r.status == 3)
        #expect(
            r.stdout.contains("actuals.csv:3: this record runs past 8 MiB without ending"), "\(r.stdout.prefix(2000))")
    }

    /// A first line with no line break at all (a file of NUL bytes, say) is stopped as well.
    @Test func anEndlessFirstLineInActualsStopsAtLineOne() throws {
        let dir = try CLI.dataDirectory(Self.valid)
        defer { CLI.cleanup(dir) }
        let path = dir.appendingPathComponent("actuals.csv").path
        #expect(truncate(path, 0) == 0 && truncate(path, off_t(64 << 20)) == 0)
        let r = try #require(try Self.run(["validate", "--data", dir.path], seconds: 60))
        #expect(r.status == 3)
        #expect(
            r.stdout.contains("actuals.csv:1: this record runs past 8 MiB without ending"), "\(r.stdout.prefix(2000))")
    }

    @Test func aFIFOAsATemplateIsRefused() throws {
        let dir = try CLI.dataDirectory(Self.valid)
        let templates = try CLI.temporaryDirectory("perfplan-templates")
        let out = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(dir)
            CLI.cleanup(templates)
            CLI.cleanup(out)
        }
        let fifo = templates.appendingPathComponent("plan.md.mustache").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let r = try #require(
            try Self.run([
                "generate", "--data", dir.path, "--out", out.appendingPathComponent("p").path,
                "--templates", templates.path,
            ]), "generate hung on a FIFO template")
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("\(fifo): cannot be read: is a FIFO (named pipe), not a regular file"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("p").path))
    }

    @Test func aFIFOAsAPlanXMLIsRefused() throws {
        let dir = try CLI.dataDirectory(Self.valid)
        let plans = try CLI.temporaryDirectory("perfplan-plans")
        let out = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(dir)
            CLI.cleanup(plans)
            CLI.cleanup(out)
        }
        try FileManager.default.createDirectory(
            at: plans.appendingPathComponent("employees/E1"), withIntermediateDirectories: true)
        let fifo = plans.appendingPathComponent("employees/E1/plan.xml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // A generate month folder whose manifest lists the plan: the FIFO is then met when read.
        let manifest =
            "{\"as_of\": \"2026-10\", \"generated\": \"2026-11-01\", \"files\": [\n  {\"path\": \"employees/E1/plan.xml\", \"bytes\": 10, \"sha256\": \""
            + String(repeating: "0", count: 64) + "\"}\n]}\n"
        try Data(manifest.utf8).write(to: plans.appendingPathComponent("manifest.json"))
        let r = try #require(
            try Self.run([
                "progress", "--data", dir.path, "--plans", plans.path, "--out", out.appendingPathComponent("p").path,
            ]),
            "progress hung on a FIFO plan.xml")
        #expect(r.status == 3, "\(r.stderr)")
        #expect(
            r.stderr.contains("plan.xml") && r.stderr.contains("is a FIFO (named pipe), not a regular file"),
            "\(r.stderr)")
    }
}
