/// Numbers for people: thousands grouped, at most `decimals` fraction digits with trailing
/// zeros dropped (`219,000`, `4.5`, `-131,000`). Machine outputs use `NumberFormat.machine`.
public enum HumanNumber {
    public static func format(_ x: Double, decimals: Int = 2) -> String {
        guard x.isFinite, decimals >= 0, decimals <= 15 else { return formatSlowly(x, decimals: decimals) }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (abs(x) * scale).rounded() / scale
        let whole = rounded.rounded(.down)
        let f = decimals > 0 ? Int(((rounded - whole) * scale).rounded()) : 0
        guard whole < 9.007_199_254_740_992e15, Double(f) < scale else { return formatSlowly(x, decimals: decimals) }
        // The same figures as `formatSlowly`, written right to left into one stack buffer:
        // this runs for every number a document shows, and the string pieces and
        // concatenations were most of its cost.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buffer in
            var end = buffer.count
            func put(_ b: UInt8) { end -= 1; buffer[end] = b }
            if f > 0 {
                var v = f, length = decimals
                while v % 10 == 0 { v /= 10; length -= 1 }  // trailing zeros dropped
                for _ in 0..<length { put(UInt8(48 + v % 10)); v /= 10 }
                put(UInt8(ascii: "."))
            }
            var n = Int64(whole), count = 0
            repeat {
                if count > 0 && count % 3 == 0 { put(UInt8(ascii: ",")) }
                put(UInt8(48 + n % 10))
                n /= 10
                count += 1
            } while n > 0
            if x < 0 && rounded != 0 { put(UInt8(ascii: "-")) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[end...]), as: UTF8.self)
        }
    }

    /// The reference formatting, kept for what the fast path does not cover (non-finite,
    /// beyond 2^53, unusual `decimals`); `HumanNumberTests` compares the two.
    static func formatSlowly(_ x: Double, decimals: Int = 2) -> String {
        guard x.isFinite else { return x.description }
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
    public static func format(_ x: Double, unit: String?, decimals: Int = 2) -> String {
        let n = format(x, decimals: decimals)
        guard let unit, !unit.isEmpty else { return n }
        if unit == "%" { return n + " %" }
        // "1 day", not "1 days": units are given in the plural.
        if n == "1" || n == "-1", unit.count > 2, unit.hasSuffix("s"), !unit.hasSuffix("ss") { return n + " " + unit.dropLast() }
        return n + " " + unit
    }

    /// A value of an indicator as a reader expects it: `219,000 EUR`, `2 days`, or for a
    /// rating `4 of 5`.
    public static func format(_ x: Double, for indicator: Indicator) -> String {
        if indicator.kind == .qualitative, let top = indicator.scaleMax { return "\(format(x)) of \(format(top))" }
        return format(x, unit: indicator.unit)
    }

    /// An attainment or share as a percentage: 1.095 → `109.5 %`.
    public static func percent(_ ratio: Double) -> String { format(ratio * 100, decimals: 1) + " %" }

    /// A signed difference: `+1,200` / `-131,000` / `0`.
    public static func signed(_ x: Double, decimals: Int = 2) -> String {
        let text = format(x, decimals: decimals)
        return x > 0 && text != "0" ? "+" + text : text
    }
}
