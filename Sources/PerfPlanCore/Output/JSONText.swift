/// Minimal JSON text building for outputs whose key order the contract fixes (§3), where
/// an encoder with sorted or arbitrary keys would not do.
package enum JSONText {
    /// Quotes, backslash, C0 controls and DEL escaped (`ByteFormat.append(jsonString:)`
    /// holds the rule, for the byte writers and this one alike).
    package static func string(_ s: String) -> String {
        var out: [UInt8] = []
        ByteFormat.append(jsonString: s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    package static func number(_ x: Double?) -> String { x.map(NumberFormat.machine) ?? "null" }
    package static func string(_ s: String?) -> String { s.map { string($0) } ?? "null" }
}
