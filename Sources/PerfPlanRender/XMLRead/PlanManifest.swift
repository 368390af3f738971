import PerfPlanCore
import PerfPlanIO

/// The plans a `generate` month folder's `manifest.json` lists, with the size and SHA-256 each
/// `plan.xml` had when it was written: what was signed. Pure: bytes in, entries out.
///
/// The manifest is untrusted input like the plans (packets travel by shared drive): it is
/// parsed by the project's strict JSON parser, every entry must have the shape `generate`
/// writes, and a plan path must be exactly `employees/ID/plan.xml` with an `ID` that can be a
/// folder name, so no entry can point a reader outside the packet.
public struct PlanManifest: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var bytes: Int
        public var sha256: [UInt8]
    }

    /// `manifest.json` cannot be used to check any plan: every message is `FILE[:LINE]: …`.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// The manifest of 100 000 employees' packet is about 85 MB; beyond this it is not one
    /// `generate` wrote, and it is not read into memory.
    public static let maxBytes = 256 << 20

    /// The listed `plan.xml` of each employee folder, by folder name.
    public var plans: [String: Entry]

    public init(plans: [String: Entry]) { self.plans = plans }

    /// Parses `bytes`, the contents of the manifest at `path` (named in failures).
    public init(parsing bytes: [UInt8], path: String) throws(Failure) {
        func fail(_ line: Int, _ message: String) -> Failure { Failure(description: "\(path):\(line): \(message)") }
        let root: JSONNode
        do { root = try JSONParser.parse(bytes) } catch { throw fail(error.line, error.message) }
        guard case .object(let members) = root.value else {
            throw fail(root.line, "not a perfplan manifest (expected an object, found \(root.value.typeName))")
        }
        guard let files = members.first(where: { $0.key == "files" })?.node else {
            throw fail(root.line, "not a perfplan manifest (no \"files\" list)")
        }
        guard case .array(let entries) = files.value else {
            throw fail(files.line, "\"files\" must be a list, found \(files.value.typeName)")
        }
        var plans: [String: Entry] = [:]
        for node in entries {
            guard case .object(let fields) = node.value else {
                throw fail(node.line, "a file entry must be an object, found \(node.value.typeName)")
            }
            func field(_ key: String) -> JSONValue? { fields.first { $0.key == key }?.node.value }
            guard case .string(let filePath)? = field("path") else { throw fail(node.line, "a file entry lacks its \"path\"") }
            guard case .number(let size, _)? = field("bytes"), size >= 0, size <= Double(Int32.max), size == size.rounded() else {
                throw fail(node.line, "\(Quote.cell(filePath)): \"bytes\" must be a whole number of bytes")
            }
            guard case .string(let hex)? = field("sha256"), let digest = Self.digest(hex) else {
                throw fail(node.line, "\(Quote.cell(filePath)): \"sha256\" must be 64 hexadecimal digits")
            }
            let parts = filePath.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0] == "employees", parts[2] == "plan.xml" else { continue }
            let id = String(parts[1])
            if id.isEmpty || FolderName.problem(with: id) != nil {
                throw fail(node.line, "\(Quote.cell(filePath)) is not a plan path generate writes")
            }
            if plans[id] != nil { throw fail(node.line, "\(Quote.cell(filePath)) is listed twice") }
            plans[id] = Entry(bytes: Int(size), sha256: digest)
        }
        self.plans = plans
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
