/// Numbers for people: thousands grouped, at most `decimals` fraction digits with trailing
/// zeros dropped (`219,000`, `4.5`, `-131,000`). Machine outputs use `NumberFormat.machine`.
///
/// Unsafe (measured: every number a document shows): `digits` writes right to left into 48
/// bytes of stack (at most 16 digits, 5 separators, 15 decimals, a point and a sign) and
/// hands the used tail to `body` during the call; `[UInt8].ends(from:with:)` compares in
/// place after checking the lengths match.
package enum HumanNumber {
    package static func format(_ x: Double, decimals: Int = 2) -> String {
        digits(x, decimals: decimals) { String(decoding: $0, as: UTF8.self) } ?? formatSlowly(x, decimals: decimals)
    }

    /// Appends `format(x, decimals:)` as UTF-8: the documents' views are built as bytes.
    package static func append(_ x: Double, decimals: Int = 2, to out: inout [UInt8]) {
        if digits(x, decimals: decimals, { out.append(contentsOf: $0) }) == nil {
            out.append(contentsOf: formatSlowly(x, decimals: decimals).utf8)
        }
    }

    /// The text of `format` handed to `body` from a stack buffer; nil where only
    /// `formatSlowly` applies (non-finite, beyond 2^53, unusual `decimals`).
    @inline(__always)
    private static func digits<R>(_ x: Double, decimals: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        guard x.isFinite, decimals >= 0, decimals <= 15 else { return nil }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = roundHalfAway(abs(x) * scale) / scale
        // Beyond 2^53 `formatSlowly` takes over; below it the floor is an integer round trip.
        guard rounded < 9.007_199_254_740_992e15 else { return nil }
        let whole = Double(Int64(rounded))
        let f = decimals > 0 ? Int(roundHalfAway((rounded - whole) * scale)) : 0
        guard Double(f) < scale else { return nil }
        // The same figures as `formatSlowly`, written right to left into one stack buffer:
        // this runs for every number a document shows, and the string pieces and
        // concatenations were most of its cost.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buffer in
            var end = buffer.count
            func put(_ b: UInt8) {
                end -= 1
                buffer[end] = b
            }
            if f > 0 {
                var v = f
                var length = decimals
                while v % 10 == 0 {
                    v /= 10
                    length -= 1
                }  // trailing zeros dropped
                for _ in 0..<length {
                    put(UInt8(48 + v % 10))
                    v /= 10
                }
                put(UInt8(ascii: "."))
            }
            var n = Int64(whole)
            var count = 0
            repeat {
                if count > 0 && count % 3 == 0 { put(UInt8(ascii: ",")) }
                put(UInt8(48 + n % 10))
                n /= 10
                count += 1
            } while n > 0
            if x < 0 && rounded != 0 { put(UInt8(ascii: "-")) }
            return body(UnsafeBufferPointer(rebasing: buffer[end...]))
        }
    }

    /// `y.rounded()` (half away from zero) for y >= 0, without a libm call: below 2^52 the
    /// fraction `y - trunc(y)` is exact, and from 2^52 every double is a whole number.
    @inline(__always)
    package static func roundHalfAway(_ y: Double) -> Double {
        guard y < 4_503_599_627_370_496 else { return y }
        let t = Double(Int64(y))
        return y - t >= 0.5 ? t + 1 : t
    }

    /// The reference formatting, kept for what the fast path does not cover (non-finite,
    /// beyond 2^53, unusual `decimals`); `HumanNumberTests` compares the two.
    static func formatSlowly(_ x: Double, decimals: Int = 2) -> String {
        guard x.isFinite else { return x.description }
        // From 2^53 every double is whole, so there is no fraction to round; scaling by
        // 10^decimals could overflow (1e305 × 1e4), and ∞ − ∞ = NaN would trap in `Int` below.
        if abs(x) >= 9.007_199_254_740_992e15 { return NumberFormat.machine(x) }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (abs(x) * scale).rounded() / scale
        let negative = x < 0 && rounded != 0
        let whole = rounded.rounded(.down)
        var fraction = ""
        if decimals > 0 {
            var f = Int(((rounded - whole) * scale).rounded())
            if f > 0 {
                var digits = String(f)
                digits = String(repeating: "0", count: decimals - digits.count) + digits
                while digits.hasSuffix("0") { digits.removeLast() }
                fraction = "." + digits
                f = 0
            }
        }
        let wholeText: String
        if whole < 9.007_199_254_740_992e15 {
            // Digits with a comma every three, built as bytes (this runs for every figure shown).
            var n = Int64(whole)
            var bytes: [UInt8] = []
            bytes.reserveCapacity(24)
            var count = 0
            repeat {
                if count > 0 && count % 3 == 0 { bytes.append(UInt8(ascii: ",")) }
                bytes.append(UInt8(48 + n % 10))
                n /= 10
                count += 1
            } while n > 0
            bytes.reverse()
            wholeText = String(decoding: bytes, as: UTF8.self)
        } else {
            wholeText = NumberFormat.machine(whole)
        }
        return (negative ? "-" : "") + wholeText + fraction
    }

    /// With the indicator's unit, `219,000 EUR`; `%` attaches without a space.
    package static func format(_ x: Double, unit: String?, decimals: Int = 2) -> String {
        text { append(x, unit: unit, decimals: decimals, to: &$0) }
    }

    package static func append(_ x: Double, unit: String?, decimals: Int = 2, to out: inout [UInt8]) {
        let start = out.count
        append(x, decimals: decimals, to: &out)
        guard let unit, !unit.isEmpty else { return }
        if unit == "%" {
            ByteFormat.append(" %", to: &out)
            return
        }
        out.append(0x20)
        // "1 day", not "1 days": units are given in the plural.
        if out.ends(from: start, with: "1 ") || out.ends(from: start, with: "-1 "), unit.count > 2, unit.hasSuffix("s"),
            !unit.hasSuffix("ss")
        {
            out.append(contentsOf: unit.utf8.dropLast())
        } else {
            out.append(utf8: unit)
        }
    }

    /// A value of an indicator as a reader expects it: `219,000 EUR`, `2 days`, or for a
    /// rating `4 of 5`.
    /// `decimals`: at most that many fraction digits (documents pass the indicator's own,
    /// contract §6.36; HR's gaps table keeps 2).
    package static func format(_ x: Double, for indicator: Indicator, decimals: Int = 2) -> String {
        text { append(x, for: indicator, decimals: decimals, to: &$0) }
    }

    package static func append(_ x: Double, for indicator: Indicator, decimals: Int = 2, to out: inout [UInt8]) {
        if indicator.kind == .qualitative, let top = indicator.scaleMax {
            append(x, decimals: decimals, to: &out)
            ByteFormat.append(" of ", to: &out)
            append(top, to: &out)
        } else {
            append(x, unit: indicator.unit, decimals: decimals, to: &out)
        }
    }

    /// An attainment or share as a percentage: 1.095 → `109.5 %` (documents pass
    /// `decimals: 0` for whole percents, `110 %`).
    package static func percent(_ ratio: Double) -> String { percent(ratio, decimals: 1) }
    package static func percent(_ ratio: Double, decimals: Int) -> String {
        text { appendPercent(ratio, decimals: decimals, to: &$0) }
    }

    package static func appendPercent(_ ratio: Double, decimals: Int = 1, to out: inout [UInt8]) {
        append(ratio * 100, decimals: decimals, to: &out)
        ByteFormat.append(" %", to: &out)
    }

    /// A signed difference: `+1,200` / `-131,000` / `0`.
    package static func signed(_ x: Double, decimals: Int = 2) -> String {
        text { appendSigned(x, decimals: decimals, to: &$0) }
    }

    package static func appendSigned(_ x: Double, decimals: Int = 2, to out: inout [UInt8]) {
        let start = out.count
        append(x, decimals: decimals, to: &out)
        if x > 0 && !out.ends(from: start, with: "0") { out.insert(UInt8(ascii: "+"), at: start) }
    }

    /// The String of a byte-writing formatter (each formatter writes bytes, the one
    /// implementation of its rule; the String forms wrap it).
    @inline(__always)
    package static func text(_ write: (inout [UInt8]) -> Void) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        write(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension [UInt8] {
    /// True when the bytes from `start` to the end are `text`. Compared in place: a slice
    /// (`self[start...]`) kept alive across the next append would make that append copy the
    /// whole buffer.
    @inline(__always)
    package func ends(from start: Int, with text: StaticString) -> Bool {
        guard count - start == text.utf8CodeUnitCount else { return false }
        return withUnsafeBufferPointer { b in
            text.withUTF8Buffer { t in
                for k in 0..<t.count where b[start + k] != t[k] { return false }
                return true
            }
        }
    }
}
