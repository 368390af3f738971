/// Number text as the contract accepts it (§5.18): `1`, `-1.5`, `.5`, `1e3`; never `nan`,
/// `inf`, `1_000`, `0x10`, and never `1,5` silently read as 15 or 1.
public enum NumberText {
    public enum Result: Equatable, Sendable {
        case value(Double)
        /// The reason, phrased to follow `FIELD "TEXT" `.
        case invalid(String)
    }

    public static func parse(_ text: String) -> Result {
        let bytes = Array(text.utf8)
        guard isDecimal(bytes) else {
            if looksLikeCommaDecimal(bytes) { return .invalid("is not a number (decimal separator is '.')") }
            return .invalid("is not a number")
        }
        guard let value = Double(text), value.isFinite else { return .invalid("is out of range") }
        return .value(value)
    }

    /// `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`
    static func isDecimal(_ b: [UInt8]) -> Bool {
        var i = 0
        func digits() -> Int {
            let s = i
            while i < b.count, b[i] >= 48, b[i] <= 57 { i += 1 }
            return i - s
        }
        if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
        var mantissa = digits()
        if i < b.count, b[i] == UInt8(ascii: ".") { i += 1; mantissa += digits() }
        guard mantissa > 0 else { return false }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { return false }
        }
        return i == b.count
    }

    /// Digits with a comma and no dot, such as `12,5` or `1.234,5`: a locale's decimal comma.
    static func looksLikeCommaDecimal(_ b: [UInt8]) -> Bool {
        guard b.contains(UInt8(ascii: ",")) else { return false }
        return b.allSatisfy { ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".")
            || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }
    }
}
