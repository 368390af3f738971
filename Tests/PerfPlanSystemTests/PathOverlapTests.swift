import Foundation
import Testing

@testable import PerfPlanSystem

/// `progress --plans` and `--out` compared as the file system sees them (contract rule 43).
@Suite struct PathOverlapTests {
    /// A real (symlink-free) temporary folder holding `packets/2026-10/employees`,
    /// `packets/current → 2026-10` and `reports/`.
    static func tree() throws -> String {
        let tmp = URL(fileURLWithPath: PathOverlap.realPath(NSTemporaryDirectory())!)
        let root = tmp.appendingPathComponent("overlap-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(
            atPath: root + "/packets/2026-10/employees", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/reports", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/packets/current", withDestinationPath: "2026-10")
        return root
    }

    @Test func symbolicLinksAndDotDotAreResolved() throws {
        let root = try Self.tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let month = PathOverlap.components(of: root + "/packets/2026-10")
        #expect(PathOverlap.resolve(root + "/packets/current") == month)
        #expect(PathOverlap.resolve(root + "/packets/current/") == month)
        #expect(PathOverlap.resolve(root + "/packets/current/employees/..") == month)
        #expect(PathOverlap.resolve(root + "/packets/./2026-10//") == month)
        // Relative to a given folder, through the link.
        #expect(PathOverlap.resolve("current", from: root + "/packets") == month)
        #expect(PathOverlap.resolve("../packets/current", from: root + "/reports") == month)
    }

    @Test func aFolderThatDoesNotExistYetIsResolvedAsFarAsItExists() throws {
        let root = try Self.tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let base = PathOverlap.components(of: root)
        #expect(
            PathOverlap.resolve(root + "/packets/current/new/deeper") == base + ["packets", "2026-10", "new", "deeper"])
        // `..` after a missing folder steps out of it, then resolves what exists again.
        #expect(PathOverlap.resolve(root + "/missing/../packets/current") == base + ["packets", "2026-10"])
        #expect(PathOverlap.resolve(root + "/reports/new/..") == base + ["reports"])
    }

    @Test func containmentComparesWholeComponents() {
        #expect(PathOverlap.contains(["a", "b"], ["a", "b", "c"]))
        #expect(PathOverlap.contains(["a", "b"], ["a", "b"]))
        #expect(!PathOverlap.contains(["a", "b"], ["a", "bc"]))
        #expect(!PathOverlap.contains(["a", "b", "c"], ["a", "b"]))
        #expect(PathOverlap.contains([], ["a"]))  // the root holds everything
    }

    @Test func conflictsBetweenPlansAndOut() throws {
        let root = try Self.tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let p = root + "/packets"
        // The packets folder as --out, the plans through the `current` link: refused.
        let viaLink = try #require(PathOverlap.conflict(plans: p + "/current", out: p))
        #expect(viaLink.contains("lies inside --out"))
        #expect(viaLink.contains(p + "/2026-10"))
        #expect(
            PathOverlap.conflict(plans: p + "/2026-10", out: p + "/current/")?.contains("are the same folder") == true)
        #expect(PathOverlap.conflict(plans: p + "/2026-10", out: p + "/2026-10/..") != nil)
        #expect(
            PathOverlap.conflict(plans: p + "/current", out: p + "/2026-10/employees/new")?.contains(
                "lies inside --plans") == true)
        #expect(PathOverlap.conflict(plans: "current", out: ".", from: p) != nil)
        // Apart: allowed, whether --out exists or not.
        #expect(PathOverlap.conflict(plans: p + "/current", out: root + "/reports") == nil)
        #expect(PathOverlap.conflict(plans: p + "/current", out: root + "/reports/not-yet") == nil)
        #expect(PathOverlap.conflict(plans: p + "/2026-10", out: p + "/2026-10-reports") == nil)
    }
}
