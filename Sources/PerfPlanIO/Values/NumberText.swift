/// Number text as the contract accepts it (§5.18): `1`, `-1.5`, `.5`, `1e3`; never `nan`,
/// `inf`, `1_000`, `0x10`, and never `1,5` silently read as 15 or 1.
public enum NumberText {
    public enum Result: Equatable, Sendable {
        case value(Double)
        /// The reason, phrased to follow `FIELD "TEXT" `.
        case invalid(String)
    }

    public static func parse(_ text: String) -> Result {
        if let fast = fastPath(text.utf8) { return .value(fast) }
        let bytes = Array(text.utf8)
        guard isDecimal(bytes) else {
            if looksLikeCommaDecimal(bytes) { return .invalid("is not a number (decimal separator is '.')") }
            return .invalid("is not a number")
        }
        guard let value = Double(text), value.isFinite else { return .invalid("is out of range") }
        return .value(value)
    }

    /// Plain decimals such as `219000`, `-3.5` or `0.25` (the bulk of any actuals file):
    /// with at most 15 significant digits the digits form an exact integer and 10^k is exact,
    /// so one division gives the correctly rounded value (Clinger's fast path). Anything else
    /// returns nil and takes the general path.
    private static let powersOfTen: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]

    static func fastPath(_ utf8: some Sequence<UInt8>) -> Double? {
        var mantissa: Int64 = 0, digits = 0, fraction = 0, seenDot = false, negative = false, first = true, sawDigit = false
        for b in utf8 {
            if first {
                first = false
                if b == UInt8(ascii: "-") { negative = true; continue }
            }
            if b >= 48 && b <= 57 {
                sawDigit = true
                if digits == 0 && b == 48 && !seenDot { digits = 0 } else { digits += 1 }
                if digits > 15 { return nil }
                mantissa = mantissa * 10 + Int64(b - 48)
                if seenDot { fraction += 1 }
            } else if b == UInt8(ascii: "."), !seenDot {
                seenDot = true
            } else {
                return nil
            }
        }
        guard !first, sawDigit, fraction < powersOfTen.count else { return nil }
        let value = Double(mantissa) / powersOfTen[fraction]
        return negative ? -value : value
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
