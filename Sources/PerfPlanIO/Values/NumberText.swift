import PerfPlanCore

/// Number text as the contract accepts it (§5.18): `1`, `-1.5`, `.5`, `1e3`; never `nan`,
/// `inf`, `1_000`, `0x10`, and never `1,5` silently read as 15 or 1. Under
/// `"decimal_separator": ","` the same with `,` for the point, and `.` never accepted.
///
/// Unsafe: `fastPath` reads a cell as the caller's borrowed view (`CSVRows`, `CSVTable`),
/// checking the count before each byte; nothing is kept past the call.
package enum NumberText {
    package enum Result: Equatable, Sendable {
        case value(Double)
        /// The reason, phrased to follow `FIELD "TEXT" `.
        case invalid(String)
    }

    /// With `reading.separator` `,` the same grammar with `,` for the point (`96,9`,
    /// `-0,25`, `1,5e3`); a `.` is then never accepted, neither as the point nor as grouping.
    package static func parse(_ text: String, _ reading: NumberReading = NumberReading()) -> Result {
        let point = reading.separator.byte
        if let fast = fastPath(text.utf8, point: point) { return .value(fast) }
        var bytes = Array(text.utf8)
        if reading.separator == .comma {
            guard !bytes.contains(UInt8(ascii: ".")) else { return .invalid(NumberProblem.describe(text, reading)) }
            for k in bytes.indices where bytes[k] == point { bytes[k] = UInt8(ascii: ".") }
        }
        guard isDecimal(bytes) else { return .invalid(NumberProblem.describe(text, reading)) }
        guard let value = Double(String(decoding: bytes, as: UTF8.self)), value.isFinite else {
            return .invalid("is out of range")
        }
        return .value(value)
    }

    /// Plain decimals such as `219000`, `-3.5` or `0.25` (the bulk of any actuals file):
    /// with at most 15 significant digits the digits form an exact integer and 10^k is exact,
    /// so one division gives the correctly rounded value (Clinger's fast path). Anything else
    /// returns nil and takes the general path.
    private static let powersOfTen: [Double] = [
        1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ]

    static func fastPath(_ utf8: some Sequence<UInt8>, point: UInt8 = UInt8(ascii: ".")) -> Double? {
        if let fast = utf8.withContiguousStorageIfAvailable({ fastPath($0, point: point) }) { return fast }
        return Array(utf8).withUnsafeBufferPointer { fastPath($0, point: point) }
    }

    /// The same on bytes in place: the whole part, then the fraction, each in its own tight
    /// loop (one actuals file is millions of these, read on loading's critical path).
    @inline(__always)
    static func fastPath(_ p: UnsafeBufferPointer<UInt8>, point: UInt8 = UInt8(ascii: ".")) -> Double? {
        var fraction = 0
        return fastPath(p, fractionDigits: &fraction, point: point)
    }

    /// `fastPath(p)`, also giving the number of digits written after the point (`12.50` → 2,
    /// `12` → 0): the decimals an indicator's actuals are written with (contract §6.30),
    /// counted in the same scan, at no extra cost per row. `point` is the decimal
    /// separator's byte (`.`, or `,` under `"decimal_separator": ","`).
    @inline(__always)
    static func fastPath(_ p: UnsafeBufferPointer<UInt8>, fractionDigits: inout Int, point: UInt8 = UInt8(ascii: "."))
        -> Double?
    {
        let n = p.count
        var i = 0
        let negative = n > 0 && p[0] == UInt8(ascii: "-")
        if negative { i = 1 }
        // Significant digits (leading zeros of the whole part are not); more than 15 fail
        // below, so the wrapping arithmetic of a longer run is never used.
        var mantissa: Int64 = 0
        var significant = 0
        var fraction = 0
        var sawDigit = false
        while i < n {
            let d = p[i] &- 48
            guard d <= 9 else { break }
            sawDigit = true
            if significant > 0 || d != 0 {
                significant += 1
                mantissa = mantissa &* 10 &+ Int64(d)
            }
            i += 1
        }
        if i < n {
            guard p[i] == point else { return nil }
            i += 1
            while i < n {
                let d = p[i] &- 48
                guard d <= 9 else { return nil }
                sawDigit = true
                significant += 1
                mantissa = mantissa &* 10 &+ Int64(d)
                fraction += 1
                i += 1
            }
        }
        guard sawDigit, significant <= 15, fraction < powersOfTen.count else { return nil }
        fractionDigits = fraction
        let value = Double(mantissa) / powersOfTen[fraction]
        return negative ? -value : value
    }

    /// The decimal places written in a number's text (contract §6.30): the digits after the
    /// point, less the exponent, never below 0 — `12.50` → 2, `12` → 0, `.5` → 1,
    /// `1.25e2` (125) → 0, `5e-3` (0.005) → 3. Text that is not a number gives 0.
    package static func writtenDecimals(_ text: some StringProtocol, separator: DecimalSeparator = .point) -> Int {
        let b = Array(text.utf8)
        let point = separator.byte
        var i = 0
        if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
        while i < b.count, b[i] >= 48, b[i] <= 57 { i += 1 }
        var fraction = 0
        if i < b.count, b[i] == point {
            i += 1
            while i < b.count, b[i] >= 48, b[i] <= 57 {
                i += 1
                fraction += 1
            }
        }
        var exponent = 0
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            var negative = false
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
                negative = b[i] == UInt8(ascii: "-")
                i += 1
            }
            while i < b.count, b[i] >= 48, b[i] <= 57 {
                exponent = min(exponent * 10 + Int(b[i] - 48), 10_000)
                i += 1
            }
            if negative { exponent = -exponent }
        }
        guard i == b.count else { return 0 }
        return max(0, fraction - exponent)
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
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { return false }
        }
        return i == b.count
    }
}
