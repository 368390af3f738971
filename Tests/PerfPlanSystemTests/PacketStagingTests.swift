import Foundation
import PerfPlanCore
import Synchronization
import Testing

@testable import PerfPlanSystem

/// The staged API (`PacketWriter.stage` → writes → `PacketStaging.publish`): the lock is held
/// from the first step to the swap, a step that fails (or a staging dropped unpublished)
/// leaves no staging folder and the previous month folder as it was, and a publish writes
/// the manifest `PacketWriter.publish` always wrote.
@Suite struct PacketStagingTests {
    static let month = Month(parsing: "2026-10")!
    static let generated = Day(parsing: "2026-11-02")!
    /// SHA-256 of "a" and of "b" (`printf a | sha256sum`).
    static let shaA = "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb"
    static let shaB = "3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d"
    /// The manifest of "a.txt" ("a") and "sub/b.txt" ("b"), written out by hand.
    static let manifestAB = """
        {"as_of": "2026-10", "generated": "2026-11-02", "files": [
          {"path": "a.txt", "bytes": 1, "sha256": "\(shaA)"},
          {"path": "sub/b.txt", "bytes": 1, "sha256": "\(shaB)"}
        ]}

        """
    /// `printf '%s' "$manifestAB" | sha256sum`.
    static let manifestABSHA256 = "9270f6246beeec493661a0b0f4fb9785ad2a7bf94da863373c9d891a71d3ce2b"

    struct StepFailed: Error {}

    /// A fresh `--out` folder.
    static func outRoot() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("perfplan-staging-\(UUID().uuidString)").path
    }

    static func names(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    static func text(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    /// The first packet: "a.txt" alone.
    static func publishFirst(_ out: String) throws -> String {
        let staging = try PacketWriter.stage(outRoot: out, month: month)
        try staging.writer.put(Array("a".utf8), "a.txt")
        _ = try staging.publish(generated: generated)
        return try text(out + "/2026-10/manifest.json")
    }

    /// Stages a second packet, writes "b.txt" into it and checks that its staging folder is
    /// there, then drops it without publishing: by `fail`ing (throwing) or by returning.
    static func stageAndAbandon(_ out: String, fail: Bool) throws {
        let staging = try PacketWriter.stage(outRoot: out, month: month)
        try staging.writer.put(Array("b".utf8), "b.txt")
        #expect(names(out) == [".2026-10.tmp-\(getpid())", ".perfplan.lock", "2026-10"])
        #expect(names(out + "/.2026-10.tmp-\(getpid())") == ["b.txt"])
        if fail { throw StepFailed() }
    }

    @Test(arguments: [true, false])
    func aFailedOrAbandonedStagingLeavesNothingAndThePreviousMonthAsItWas(fail: Bool) throws {
        let out = Self.outRoot()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let before = try Self.publishFirst(out)
        if fail {
            #expect(throws: StepFailed.self) { try Self.stageAndAbandon(out, fail: true) }
        } else {
            try Self.stageAndAbandon(out, fail: false)
        }
        #expect(Self.names(out) == [".perfplan.lock", "2026-10"])
        #expect(Self.names(out + "/2026-10") == ["a.txt", "manifest.json"])
        #expect(try Self.text(out + "/2026-10/manifest.json") == before)
        #expect(try Self.text(out + "/2026-10/a.txt") == "a")
        // The lock was released with the staging: the next run stages at once.
        _ = try PacketWriter.stage(outRoot: out, month: Self.month)
    }

    @Test func theLockIsHeldFromStageToPublish() throws {
        let out = Self.outRoot()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let staging = try PacketWriter.stage(outRoot: out, month: Self.month)
        #expect {
            _ = try PacketWriter.stage(outRoot: out, month: Self.month)
        } throws: { error in
            guard case OutputLock.Failure.busy = error else { return false }
            return true
        }
        _ = try staging.publish(generated: Self.generated)
        _ = try PacketWriter.stage(outRoot: out, month: Self.month)
    }

    @Test func publishWritesTheManifestLastAndSwapsTheFolderIn() throws {
        let out = Self.outRoot()
        defer { try? FileManager.default.removeItem(atPath: out) }
        _ = try Self.publishFirst(out)
        let staging = try PacketWriter.stage(outRoot: out, month: Self.month)
        try staging.writer.put(Array("a".utf8), "a.txt")
        try staging.writer.makeFolder("sub")
        try staging.writer.put(Array("b".utf8), "sub/b.txt")
        let result = try staging.publish(generated: Self.generated)
        #expect(result.path == out + "/2026-10")
        #expect(result.files == 3)
        #expect(result.bytes == 2 + Self.manifestAB.utf8.count)
        #expect(try Self.text(out + "/2026-10/manifest.json") == Self.manifestAB)
        #expect(Self.names(out) == [".perfplan.lock", "2026-10"])
        #expect(Self.names(out + "/2026-10") == ["a.txt", "manifest.json", "sub"])
        // The one-step wrapper writes the same bytes.
        let other = Self.outRoot()
        defer { try? FileManager.default.removeItem(atPath: other) }
        let wrapped = try PacketWriter.publish(outRoot: other, month: Self.month, generated: Self.generated) { w in
            try w.put(Array("a".utf8), "a.txt")
            try w.makeFolder("sub")
            try w.put(Array("b".utf8), "sub/b.txt")
        }
        #expect(wrapped.files == result.files && wrapped.bytes == result.bytes)
        #expect(try Self.text(other + "/2026-10/manifest.json") == Self.manifestAB)
    }

    /// Records what a publish tells it, and what the month folder held at that moment.
    final class RecordingHook: PublishHook {
        let events = Mutex<[String]>([])
        let failing: Bool
        let out: String

        init(out: String, failing: Bool) {
            self.out = out
            self.failing = failing
        }

        func willPublish(_ staged: StagedPacket) throws {
            let manifest = (try? PacketStagingTests.text(out + "/2026-10/manifest.json")) ?? "none"
            let digests = staged.digests(["a.txt", "sub/b.txt", "missing.txt"])
            let listed = digests == ["a.txt": PacketStagingTests.shaA, "sub/b.txt": PacketStagingTests.shaB]
            events.withLock {
                $0.append("will \(staged.month) \(staged.manifestSHA256) \(listed)")
                $0.append("in place: \(manifest == PacketStagingTests.manifestAB ? "new" : "old")")
            }
            if failing { throw StagingHookRefused() }
        }

        func didPublish() {
            let manifest = (try? PacketStagingTests.text(out + "/2026-10/manifest.json")) ?? "none"
            events.withLock { $0.append("did, in place: \(manifest == PacketStagingTests.manifestAB ? "new" : "old")") }
        }

        func didNotPublish() { events.withLock { $0.append("did not") } }
    }

    struct StagingHookRefused: Error {}

    @Test(arguments: [false, true])
    func theHookIsToldBeforeAndAfterTheSwap(failing: Bool) throws {
        let out = Self.outRoot()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let before = try Self.publishFirst(out)
        let hook = RecordingHook(out: out, failing: failing)
        let staging = try PacketWriter.stage(outRoot: out, month: Self.month)
        try staging.writer.put(Array("a".utf8), "a.txt")
        try staging.writer.makeFolder("sub")
        try staging.writer.put(Array("b".utf8), "sub/b.txt")
        let will = "will 2026-10 \(Self.manifestABSHA256) true"
        if failing {
            // Refused before the swap: nothing is exchanged, the staging folder goes, and
            // the hook, whose own step failed, is not told again.
            #expect(throws: StagingHookRefused.self) { try staging.publish(generated: Self.generated, hook: hook) }
            #expect(hook.events.withLock { $0 } == [will, "in place: old"])
            #expect(try Self.text(out + "/2026-10/manifest.json") == before)
            #expect(Self.names(out) == [".perfplan.lock", "2026-10"])
        } else {
            _ = try staging.publish(generated: Self.generated, hook: hook)
            #expect(hook.events.withLock { $0 } == [will, "in place: old", "did, in place: new"])
        }
    }
}
