import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// The `manifest.json` of a month folder read back for `merge`: what made it (as-of month,
/// generated day, provenance) and every file with its size and SHA-256. Pure: bytes in,
/// fields out; every failure is `FILE:LINE: message` (`ManifestFile` reads the JSON).
struct PartManifest: Sendable {
    struct File: Sendable {
        var bytes: Int
        var sha256: [UInt8]
    }

    typealias Failure = ManifestFailure

    var asOf: Month
    var generated: Day
    /// nil for a manifest without provenance (written before perfplan recorded it).
    var provenance: Provenance?
    var files: [String: File]

    init(parsing bytes: [UInt8], path: String) throws(Failure) {
        let manifest = try ManifestFile(parsing: bytes, path: path)
        guard let asOfText = try manifest.text("as_of"), let asOf = Month(parsing: asOfText) else {
            throw manifest.fail("not a perfplan manifest (no \"as_of\" month YYYY-MM)")
        }
        guard let generatedText = try manifest.text("generated"), let generated = Day(parsing: generatedText) else {
            throw manifest.fail("not a perfplan manifest (no \"generated\" day YYYY-MM-DD)")
        }
        self.asOf = asOf
        self.generated = generated
        if let version = try manifest.text("perfplan") {
            guard let input = try manifest.text("input"), let templates = try manifest.text("templates") else {
                throw manifest.fail("\"perfplan\" is recorded but \"input\" or \"templates\" is not")
            }
            var shard: Shard?
            if let s = try manifest.text("shard") {
                guard let parsed = Scope.parseShard(s) else {
                    throw manifest.fail("\"shard\": \"\(s)\" is not K/N with 1 ≤ K ≤ N")
                }
                shard = Shard(k: parsed.k, n: parsed.n)
            }
            provenance = Provenance(version: version, input: input, templates: templates, shard: shard)
        }
        var files: [String: File] = [:]
        for entry in try manifest.entries(pathProblem: {
            Self.isPacketPath($0) ? nil : "is not a path perfplan writes in a month folder"
        }) {
            guard files[entry.path] == nil else {
                throw manifest.fail(entry.line, "\(Quote.cell(entry.path)) is listed twice")
            }
            files[entry.path] = File(bytes: entry.bytes, sha256: entry.sha256)
        }
        self.files = files
    }

    /// A file directly in the month folder (`gaps.csv`, `index.html`), in an employee's or a
    /// manager's folder (`employees/ID/plan.xml`, `managers/ID/checkins.ics`) or in
    /// `outbox/`, every name one a folder may have: no entry can
    /// lead a reader or writer outside the month folder.
    static func isPacketPath(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        func plain(_ name: String) -> Bool { IdRule.problem(with: name) == nil }
        switch parts.count {
        case 1: return plain(parts[0]) && parts[0] != "manifest.json"
        case 2: return parts[0] == "outbox" && plain(parts[1])
        case 3: return (parts[0] == "employees" || parts[0] == "managers") && plain(parts[1]) && plain(parts[2])
        default: return false
        }
    }

    /// The employee folder of an `employees/ID/FILE` path, nil for a file of the month folder.
    static func employee(of path: String) -> String? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 3 && parts[0] == "employees" ? String(parts[1]) : nil
    }
}
