import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// A month folder's `manifest.json` as `PacketWriter` writes it: an object of header strings
/// (`as_of`, `generated`, the provenance) and a `files` list of `{path, bytes, sha256}`.
/// The one reader of it: `progress` takes the signed plans from it (`PlanManifest`), `merge`
/// every file and what made the part (`PartManifest`).
///
/// The manifest is untrusted input (packets travel by shared drive and volume): it is parsed
/// by the project's strict JSON parser and every entry must have the shape perfplan writes;
/// which paths are acceptable is the caller's to say. Pure: bytes in, fields out; every
/// failure is `FILE:LINE: message`.
struct ManifestFile {
    struct Entry {
        var path: String
        var bytes: Int
        var sha256: [UInt8]
        /// The entry's line, for the caller's messages.
        var line: Int
    }

    let path: String
    let root: JSONNode
    let members: [JSONMember]

    /// Parses `bytes`, the contents of the manifest at `path` (named in failures).
    init(parsing bytes: [UInt8], path: String) throws(ManifestFailure) {
        self.path = path
        do { root = try JSONParser.parse(bytes) } catch { throw ManifestFailure(path, error.line, error.message) }
        guard case .object(let members) = root.value else {
            throw ManifestFailure(
                path, root.line, "not a perfplan manifest (expected an object, found \(root.value.typeName))")
        }
        self.members = members
    }

    /// A failure at `line` of this manifest.
    func fail(_ line: Int, _ message: String) -> ManifestFailure { ManifestFailure(path, line, message) }

    /// A failure of the manifest as a whole, at the line its object opens.
    func fail(_ message: String) -> ManifestFailure { ManifestFailure(path, root.line, message) }

    /// The header string `key`, nil when absent; another kind of value is a failure.
    func text(_ key: String) throws(ManifestFailure) -> String? {
        guard let node = members.first(where: { $0.key == key })?.node else { return nil }
        guard case .string(let s) = node.value else {
            throw fail(node.line, "\"\(key)\" must be a string, found \(node.value.typeName)")
        }
        return s
    }

    /// Every entry of `files`, in order, each checked for its shape; `pathProblem` says
    /// what is wrong with a path (nil: acceptable), checked before the entry's other fields.
    func entries(pathProblem: (String) -> String? = { _ in nil }) throws(ManifestFailure) -> [Entry] {
        guard let list = members.first(where: { $0.key == "files" })?.node else {
            throw fail("not a perfplan manifest (no \"files\" list)")
        }
        guard case .array(let nodes) = list.value else {
            throw fail(list.line, "\"files\" must be a list, found \(list.value.typeName)")
        }
        var entries: [Entry] = []
        entries.reserveCapacity(nodes.count)
        for node in nodes {
            guard case .object(let fields) = node.value else {
                throw fail(node.line, "a file entry must be an object, found \(node.value.typeName)")
            }
            func field(_ key: String) -> JSONValue? { fields.first { $0.key == key }?.node.value }
            guard case .string(let filePath)? = field("path") else {
                throw fail(node.line, "a file entry lacks its \"path\"")
            }
            if let problem = pathProblem(filePath) { throw fail(node.line, "\(Quote.cell(filePath)) \(problem)") }
            guard case .number(let size, _)? = field("bytes"), size >= 0, size <= Double(Int32.max),
                size == size.rounded()
            else {
                throw fail(node.line, "\(Quote.cell(filePath)): \"bytes\" must be a whole number of bytes")
            }
            guard case .string(let hex)? = field("sha256"), let digest = Self.digest(hex) else {
                throw fail(node.line, "\(Quote.cell(filePath)): \"sha256\" must be 64 hexadecimal digits")
            }
            entries.append(Entry(path: filePath, bytes: Int(size), sha256: digest, line: node.line))
        }
        return entries
    }

    /// The 32 bytes of a SHA-256 written as 64 hexadecimal digits, or nil.
    static func digest(_ hex: String) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count == 64 else { return nil }
        func value(_ d: UInt8) -> UInt8? {
            switch d {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return d - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): return d - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): return d - UInt8(ascii: "A") + 10
            default: return nil
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(32)
        for i in stride(from: 0, to: 64, by: 2) {
            guard let hi = value(digits[i]), let lo = value(digits[i + 1]) else { return nil }
            out.append(hi << 4 | lo)
        }
        return out
    }
}

/// A `manifest.json` that cannot be used: `FILE:LINE: message` (`FILE: message` when the
/// file itself is missing or unreadable).
package struct ManifestFailure: Error, CustomStringConvertible, Sendable {
    package var description: String
    package init(description: String) { self.description = description }
    init(_ path: String, _ line: Int, _ message: String) { description = "\(path):\(line): \(message)" }
}
