import Foundation
import Testing

/// Unsafe code stays inside the named types docs/architecture.md lists ("Unsafe code"): a
/// file of Sources/ that uses a pointer, `Unmanaged`, `@unchecked Sendable` or any other
/// unsafe construct outside a comment must be in that section's tables, and every file
/// listed there must still use one (a table that outlives its code misleads).
@Suite struct UnsafeInventoryTests {
    /// Paths under Sources/ of the Swift files with an unsafe construct in a line that is
    /// not a comment: `UnsafePointer`, `withUnsafeBytes`, `unsafeBitCast`, `unowned(unsafe)`,
    /// `withUnsafeTemporaryAllocation`, `unsafeUninitializedCapacity`, `Unmanaged`,
    /// `@unchecked Sendable`.
    static func filesWithUnsafeCode(in sources: URL) throws -> Set<String> {
        let construct = /[Uu]nsafe|Unmanaged|@unchecked/
        var found: Set<String> = []
        let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            let code = text.split(separator: "\n").filter { !$0.drop(while: { $0 == " " }).hasPrefix("//") }
            if code.contains(where: { $0.contains(construct) }) {
                found.insert(String(url.standardizedFileURL.path.dropFirst(sources.standardizedFileURL.path.count + 1)))
            }
        }
        return found
    }

    /// The `….swift` paths named in the "Unsafe code" section of the architecture guide.
    static func listedFiles(in architecture: String) -> Set<String> {
        guard let start = architecture.range(of: "\n## Unsafe code\n") else { return [] }
        let rest = architecture[start.upperBound...]
        let section = rest.range(of: "\n## ").map { rest[..<$0.lowerBound] } ?? rest
        return Set(
            section.split(separator: "\n").filter { $0.hasPrefix("| `") }.flatMap { row in
                row.matches(of: /`([A-Za-z0-9_\/]+\.swift)`/).map { String($0.output.1) }
            })
    }

    @Test func everyFileWithUnsafeCodeIsListedAndEveryListedFileHasSome() throws {
        let found = try Self.filesWithUnsafeCode(in: CLI.repoRoot.appendingPathComponent("Sources"))
        let guide = try String(contentsOf: CLI.repoRoot.appendingPathComponent("docs/architecture.md"), encoding: .utf8)
        let listed = Self.listedFiles(in: guide)
        // The scan and the parse themselves work: the best-known entry is seen by both.
        #expect(found.contains("PerfPlanRender/Templates/ByteBuffer.swift"))
        #expect(listed.contains("PerfPlanRender/Templates/ByteBuffer.swift"))
        let unlisted = found.subtracting(listed).sorted()
        let stale = listed.subtracting(found).sorted()
        #expect(
            unlisted.isEmpty,
            "unsafe code outside the types docs/architecture.md lists (list it with why and what keeps it correct, or make it safe): \(unlisted)"
        )
        #expect(
            stale.isEmpty,
            "listed in docs/architecture.md's \"Unsafe code\" but without unsafe code now (remove the row): \(stale)")
    }

    @Test func commentsDoNotCount() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unsafe-inventory-\(getpid())")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("M"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "/// Unsafe: explained\n    // withUnsafeBytes in a comment\nlet x = 1\n".write(
            to: folder.appendingPathComponent("M/Quiet.swift"), atomically: true, encoding: .utf8)
        try "let n = a.withUnsafeBytes { $0.count }\n".write(
            to: folder.appendingPathComponent("M/Loud.swift"), atomically: true, encoding: .utf8)
        #expect(try Self.filesWithUnsafeCode(in: folder) == ["M/Loud.swift"])
    }
}
