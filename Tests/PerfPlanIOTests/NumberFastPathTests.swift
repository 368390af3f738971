import Testing

@testable import PerfPlanIO

/// The fast path that reads plain decimals on loading must accept exactly the numbers the
/// earlier, single-loop version accepted (kept here as the reference) and read them to the
/// correctly rounded value, which `Double(String)` gives.
@Suite struct NumberFastPathTests {
    /// The earlier reading: one loop over the bytes with the state in flags.
    static func reference(_ utf8: [UInt8]) -> Double? {
        let powers: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]
        var mantissa: Int64 = 0
        var digits = 0
        var fraction = 0
        var seenDot = false
        var negative = false
        var first = true
        var sawDigit = false
        for b in utf8 {
            if first {
                first = false
                if b == UInt8(ascii: "-") {
                    negative = true
                    continue
                }
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
        guard !first, sawDigit, fraction < powers.count else { return nil }
        let value = Double(mantissa) / powers[fraction]
        return negative ? -value : value
    }

    @Test func fastPathAcceptsAndReadsAsBefore() {
        var samples = [
            "", "-", ".", "-.", "0", "-0", "00", "5.", ".5", "-.5", "--5", "+5", "1.2.3", "1e5", " 1", "1 ", "12a",
            "199978", "8.34", "0.001", "000123.4500", "123456789012345", "1234567890123456", "0.123456789012345",
            "0.1234567890123456", "1000000000000000", "0000000000000000001", "-999999999999999.9", "9.99999999999999",
        ]
        var state: UInt64 = 5
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let alphabet = Array("0123456789.-0123456789".utf8) + [UInt8(ascii: "e"), UInt8(ascii: "+"), UInt8(ascii: " ")]
        for _ in 0..<50_000 {
            let length = Int(next() % 20)
            samples.append(
                String(
                    decoding: (0..<length).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }, as: UTF8.self))
            // Plain decimals of every length, the bulk of real files.
            let whole = String(next() % 10_000_000)
            let digits = String(next() % 100_000_000)
            samples.append(
                (next() % 2 == 0 ? "-" : "") + whole
                    + (next() % 3 == 0 ? "" : "." + String(digits.prefix(Int(next() % 9)))))
        }
        for s in samples {
            let bytes = Array(s.utf8)
            let fast = bytes.withUnsafeBufferPointer { NumberText.fastPath($0) }
            let expected = Self.reference(bytes)
            #expect(fast?.bitPattern == expected?.bitPattern, "\(s.debugDescription)")
            if let fast { #expect(fast == Double(s), "\(s.debugDescription)") }
            #expect(NumberText.fastPath(s.utf8)?.bitPattern == expected?.bitPattern, "\(s.debugDescription) (String)")
        }
    }
}
