import Foundation
import PerfPlanCore
import Testing

@testable import PerfPlanRegister
@testable import PerfPlanSystem

/// The register's second-round rules: batches per folder, nothing left by a run that did
/// not publish, and a reader that writes nothing.
@Suite(.serialized) struct RegisterHardeningTests {
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reg-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func batchesOfTheSameMonthInTwoFoldersBothCount() {
        func batch(_ id: Int64, _ folder: String, _ state: RegisterBatch.State, manifest: String = "m") -> RegisterBatch
        {
            RegisterBatch(
                id: id, kind: .generate, month: Month(parsing: "2026-10")!, source: nil, folder: folder,
                manifestSHA256: manifest, state: state)
        }
        // Two scopes into /a and /b: both in force; a rerun into /a replaces /a's only.
        let two = [batch(1, "/a/2026-10", .final), batch(2, "/b/2026-10", .final)]
        #expect(BatchValidity.decide(two) { _ in nil }.current == [1, 2])
        let rerun = two + [batch(3, "/a/2026-10", .pending, manifest: "new")]
        #expect(
            BatchValidity.decide(rerun) { $0 == "/a/2026-10" ? "new" : nil }
                == .init(current: [2, 3], confirm: [3], drop: [1]))
    }

    @Test func aRunThatDoesNotPublishLeavesNoRegisterItCreated() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/perfplan.sqlite"
        let hook = RegisterHook.generate(register: path) { _ in }
        try hook.willPublish(
            StagedPacket(
                outRoot: dir, month: Month(parsing: "2026-10")!, folder: dir + "/2026-10",
                manifestSHA256: "abc", digests: { _ in [:] }))
        #expect(FileManager.default.fileExists(atPath: path))
        hook.didNotPublish()
        let left = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix("perfplan.sqlite") }
        #expect(left.isEmpty)
    }

    @Test func aRunThatDoesNotPublishKeepsARegisterThatWasThere() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/perfplan.sqlite"
        _ = try PlanRegister.openForWriting(path)
        let hook = RegisterHook.generate(register: path) { _ in }
        try hook.willPublish(
            StagedPacket(
                outRoot: dir, month: Month(parsing: "2026-10")!, folder: dir + "/2026-10",
                manifestSHA256: "abc", digests: { _ in [:] }))
        hook.didNotPublish()
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try PlanRegister.openIfPresent(path)?.contents().batches.isEmpty == true)
    }

    @Test func aReaderCreatesNoJournalFiles() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/perfplan.sqlite"
        do { _ = try PlanRegister.openForWriting(path) }
        let before = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        #expect(before == ["perfplan.sqlite"])
        let reader = try PlanRegister.openIfPresent(path)
        #expect(try reader?.contents() == RegisterContents())
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == before)
    }

    @Test func theReadOnlyURIEscapesThePath() {
        #expect(ReadOnlyOpen.uri("/a b/p?#%.sqlite", immutable: false) == "file:/a%20b/p%3F%23%25.sqlite?mode=ro")
        #expect(ReadOnlyOpen.uri("/x/ü", immutable: true) == "file:/x/%C3%BC?mode=ro&immutable=1")
    }

    @Test func theRegisterMayNotLieInsideAMonthOrStagingFolder() {
        #expect(RegisterPlacement.problem(register: "/p/perfplan.sqlite", roots: ["/p"], from: "/") == nil)
        #expect(RegisterPlacement.problem(register: "/elsewhere/r.sqlite", roots: ["/p"], from: "/") == nil)
        #expect(RegisterPlacement.problem(register: "/p/registers/r.sqlite", roots: ["/p"], from: "/") == nil)
        #expect(
            RegisterPlacement.problem(register: "/p/2026-10/r.sqlite", roots: ["/p"], from: "/")?.contains(
                "lies inside /p/2026-10") == true)
        #expect(RegisterPlacement.problem(register: "/p/2026-10/sub/r.sqlite", roots: ["/q", "/p"], from: "/") != nil)
        #expect(RegisterPlacement.problem(register: "/p/.2026-10.tmp-12/r.sqlite", roots: ["/p"], from: "/") != nil)
        #expect(RegisterPlacement.problem(register: "r.sqlite", roots: ["."], from: "/p/2026-10") == nil)
        #expect(RegisterPlacement.problem(register: "2026-10/r.sqlite", roots: ["."], from: "/p") != nil)
    }
}
