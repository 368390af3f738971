import Foundation
import PerfPlanCore
import Testing

@testable import PerfPlanSystem

/// The manifest is the same whether its entries were partly made early (`prepareManifest`,
/// beside the index) or all at the end, including when files recorded later sort among the
/// earlier ones.
@Suite struct ManifestTests {
    /// Publishes `first`, optionally prepares the manifest, publishes `then`; returns the
    /// manifest's text.
    static func manifest(_ first: [String], then: [String], prepare: Bool) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "perfplan-manifest-\(getpid())-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let month = Month(parsing: "2026-10")!
        let result = try PacketWriter.publish(outRoot: root.path, month: month, generated: Day(parsing: "2026-11-02")!)
        { out in
            try out.makeFolder("employees")
            for path in first { try out.put(Array("content of \(path)".utf8), path) }
            if prepare { out.prepareManifest() }
            for path in then { try out.put(Array("content of \(path)".utf8), path) }
        }
        return try String(contentsOfFile: result.path + "/manifest.json", encoding: .utf8)
    }

    @Test func preparedEntriesGiveTheSameManifest() throws {
        let employees = ["employees/E2.md", "employees/E10.md", "employees/E1.md", "gaps.csv"]
        // The index's files, after everything recorded before: the prepared entries are kept.
        let index = ["index.xml", "index.html", "index.md"]
        let whole = try Self.manifest(employees, then: index, prepare: false)
        #expect(try Self.manifest(employees, then: index, prepare: true) == whole)
        // Files that sort among the prepared ones: everything is made again, in order.
        let among = ["employees/E0.md", "a.txt", "zz.txt"]
        #expect(
            try Self.manifest(employees, then: among, prepare: true)
                == Self.manifest(employees + among, then: [], prepare: false))
        // Nothing before, or nothing after.
        #expect(try Self.manifest([], then: index, prepare: true) == Self.manifest([], then: index, prepare: false))
        #expect(
            try Self.manifest(employees, then: [], prepare: true) == Self.manifest(employees, then: [], prepare: false))
        // In path order (code points), each file once.
        let paths = whole.components(separatedBy: "\n").compactMap { line in
            line.range(of: "\"path\": \"").map { String(line[$0.upperBound...].prefix { $0 != "\"" }) }
        }
        #expect(
            paths == [
                "employees/E1.md", "employees/E10.md", "employees/E2.md", "gaps.csv", "index.html", "index.md",
                "index.xml",
            ])
    }
}
