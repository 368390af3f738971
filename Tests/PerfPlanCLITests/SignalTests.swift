import Foundation
import Testing

/// SIGTERM, SIGINT and SIGHUP in the middle of `generate` remove the staging folder, release
/// the lock and leave the previous month folder as it was; the run exits 128 + the signal.
@Suite(.serialized) struct SignalTests {
    static func stagingFolders(_ out: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).filter { $0.contains(".tmp-") }
    }

    @Test func termIntAndHupLeaveThePreviousMonthAndNoStagingFolder() throws {
        let data = try CLI.temporaryDirectory()
        let out = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        let sample = data.appendingPathComponent("d")
        #expect(try CLI.run(["sample", sample.path, "--employees", "600"]).status == 0)
        let month = out.appendingPathComponent("2026-10")
        #expect(
            try CLI.run(["generate", "--data", sample.path, "--out", out.path, "--employee", "E000001"]).status == 0)
        var previous = try Data(contentsOf: month.appendingPathComponent("manifest.json"))

        var generator = SystemRandomNumberGenerator()
        for signal in [SIGTERM, SIGINT, SIGHUP, SIGTERM, SIGINT, SIGHUP] {
            var interrupted = false
            var longest = 0.4
            for _ in 0..<3 where !interrupted {
                let p = Process()
                p.executableURL = CLI.binary
                p.arguments = ["generate", "--data", sample.path, "--out", out.path]
                p.environment = ["SOURCE_DATE_EPOCH": "1793577600", "PATH": "/usr/bin:/bin"]
                p.standardError = FileHandle.nullDevice
                try p.run()
                // Signal it while it writes its staging folder (after loading the data), at
                // a random moment of that.
                let deadline = Date().addingTimeInterval(30)
                while p.isRunning && Self.stagingFolders(out).isEmpty && Date() < deadline { usleep(5_000) }
                Thread.sleep(forTimeInterval: Double.random(in: 0...longest, using: &generator))
                kill(p.processIdentifier, signal)
                p.waitUntilExit()
                if p.terminationReason == .exit && p.terminationStatus == 0 {
                    // It finished first: that packet is now the previous one; try sooner.
                    previous = try Data(contentsOf: month.appendingPathComponent("manifest.json"))
                    longest /= 4
                    continue
                }
                interrupted = true
                #expect(
                    p.terminationReason == .exit && p.terminationStatus == 128 + signal,
                    "signal \(signal): \(p.terminationReason == .exit ? "exit" : "killed by signal") \(p.terminationStatus)"
                )
                #expect(Self.stagingFolders(out) == [], "signal \(signal) left a staging folder")
                #expect(
                    try Data(contentsOf: month.appendingPathComponent("manifest.json")) == previous,
                    "signal \(signal) changed the previous month folder")
            }
            #expect(interrupted, "every run with signal \(signal) finished before it was interrupted")
        }
        #expect(try KillTests.complete(month))
        // The lock was released: the next run takes it and publishes.
        #expect(
            try CLI.run(["generate", "--data", sample.path, "--out", out.path, "--employee", "E000002"]).status == 0)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == [
                ".perfplan.lock", "2026-10", "perfplan.sqlite",
            ])
        #expect(try KillTests.registerAgrees(out, month))
    }
}
