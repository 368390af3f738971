import Foundation
import Testing

@testable import PerfPlanSystem

@Suite struct OutputLockTests {
    func tempDir() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lock-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    @Test func secondLockOnSameFolderIsBusy() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let first = try OutputLock(directory: dir)
        do {
            _ = try OutputLock(directory: dir)
            Issue.record("a second lock was granted while the first was held")
        } catch let failure as OutputLock.Failure {
            #expect(failure.description.contains("another perfplan run (pid \(getpid()))"))
        }
        withExtendedLifetime(first) {}
    }

    @Test func releasedLockCanBeTakenAgain() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        do { _ = try OutputLock(directory: dir) }
        let again = try OutputLock(directory: dir)
        withExtendedLifetime(again) {}
    }

    /// A lock left behind by a process killed with SIGKILL is recovered: the kernel drops flock locks.
    @Test func lockOfKilledProcessIsRecovered() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let lockPath = dir + "/" + OutputLock.fileName
        // A child that takes the same flock and then sleeps until it is killed.
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        // `--close`: only the flock process holds the lock, not the sleep it starts.
        child.arguments = ["--exclusive", "--close", lockPath, "sleep", "5"]
        try child.run()
        var busy = false
        for _ in 0..<100 {  // wait until the child holds it
            do {
                _ = try OutputLock(directory: dir)
                usleep(20_000)
            } catch {
                busy = true
                break
            }
        }
        #expect(busy)
        kill(child.processIdentifier, SIGKILL)
        // Not waitUntilExit: Foundation waits for the orphaned `sleep` too. Poll for the lock instead.
        var recovered: OutputLock?
        for _ in 0..<100 where recovered == nil {
            recovered = try? OutputLock(directory: dir)
            if recovered == nil { usleep(20_000) }
        }
        #expect(recovered != nil)
    }
}
