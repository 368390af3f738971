import PerfPlanCore
import PerfPlanIO

/// The `manifest.json` of a month folder read back for `merge`: what made it (as-of month,
/// generated day, provenance) and every file with its size and SHA-256. Pure: bytes in,
/// fields out; every failure is `FILE:LINE: message`. Parsed by the project's strict JSON
/// parser: parts travel over shared volumes and are checked like any input.
struct PartManifest: Sendable {
    struct File: Sendable {
        var bytes: Int
        var sha256: [UInt8]
    }

    struct Failure: Error, CustomStringConvertible, Sendable {
        var description: String
    }

    var asOf: Month
    var generated: Day
    /// nil for a manifest without provenance (written before perfplan recorded it).
    var provenance: Provenance?
    var files: [String: File]

    init(parsing bytes: [UInt8], path: String) throws(Failure) {
        func fail(_ line: Int, _ message: String) -> Failure { Failure(description: "\(path):\(line): \(message)") }
        let root: JSONNode
        do { root = try JSONParser.parse(bytes) } catch { throw fail(error.line, error.message) }
        guard case .object(let members) = root.value else {
            throw fail(root.line, "not a perfplan manifest (expected an object, found \(root.value.typeName))")
        }
        func text(_ key: String) throws(Failure) -> String? {
            guard let node = members.first(where: { $0.key == key })?.node else { return nil }
            guard case .string(let s) = node.value else { throw fail(node.line, "\"\(key)\" must be a string, found \(node.value.typeName)") }
            return s
        }
        guard let asOfText = try text("as_of"), let asOf = Month(parsing: asOfText) else {
            throw fail(root.line, "not a perfplan manifest (no \"as_of\" month YYYY-MM)")
        }
        guard let generatedText = try text("generated"), let generated = Day(parsing: generatedText) else {
            throw fail(root.line, "not a perfplan manifest (no \"generated\" day YYYY-MM-DD)")
        }
        self.asOf = asOf; self.generated = generated
        if let version = try text("perfplan") {
            guard let input = try text("input"), let templates = try text("templates") else {
                throw fail(root.line, "\"perfplan\" is recorded but \"input\" or \"templates\" is not")
            }
            var shard: Shard?
            if let s = try text("shard") {
                guard let parsed = Scope.parseShard(s) else { throw fail(root.line, "\"shard\": \"\(s)\" is not K/N with 1 ≤ K ≤ N") }
                shard = Shard(k: parsed.k, n: parsed.n)
            }
            provenance = Provenance(version: version, input: input, templates: templates, shard: shard)
        }
        guard let list = members.first(where: { $0.key == "files" })?.node else {
            throw fail(root.line, "not a perfplan manifest (no \"files\" list)")
        }
        guard case .array(let entries) = list.value else { throw fail(list.line, "\"files\" must be a list, found \(list.value.typeName)") }
        var files: [String: File] = [:]
        for node in entries {
            guard case .object(let fields) = node.value else {
                throw fail(node.line, "a file entry must be an object, found \(node.value.typeName)")
            }
            func field(_ key: String) -> JSONValue? { fields.first { $0.key == key }?.node.value }
            guard case .string(let filePath)? = field("path") else { throw fail(node.line, "a file entry lacks its \"path\"") }
            guard Self.isPacketPath(filePath) else {
                throw fail(node.line, "\(Quote.cell(filePath)) is not a path perfplan writes in a month folder")
            }
            guard case .number(let size, _)? = field("bytes"), size >= 0, size <= Double(Int32.max), size == size.rounded() else {
                throw fail(node.line, "\(Quote.cell(filePath)): \"bytes\" must be a whole number of bytes")
            }
            guard case .string(let hex)? = field("sha256"), let digest = PlanManifest.digest(hex) else {
                throw fail(node.line, "\(Quote.cell(filePath)): \"sha256\" must be 64 hexadecimal digits")
            }
            guard files[filePath] == nil else { throw fail(node.line, "\(Quote.cell(filePath)) is listed twice") }
            files[filePath] = File(bytes: Int(size), sha256: digest)
        }
        self.files = files
    }

    /// A file directly in the month folder (`gaps.csv`, `index.html`) or in an employee's
    /// folder (`employees/ID/plan.xml`), every name one a folder may have: no entry can
    /// lead a reader or writer outside the month folder.
    static func isPacketPath(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        func plain(_ name: String) -> Bool { !name.isEmpty && FolderName.problem(with: name) == nil }
        switch parts.count {
        case 1: return plain(parts[0]) && parts[0] != "manifest.json"
        case 3: return parts[0] == "employees" && plain(parts[1]) && plain(parts[2])
        default: return false
        }
    }

    /// The employee folder of an `employees/ID/FILE` path, nil for a file of the month folder.
    static func employee(of path: String) -> String? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 3 ? String(parts[1]) : nil
    }
}
