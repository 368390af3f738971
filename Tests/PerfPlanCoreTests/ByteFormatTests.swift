import Testing

@testable import PerfPlanCore

/// The byte writers behind `gaps`: escaping checked against hand-worked text, numbers
/// against `NumberFormat.machine` (the exact formatter they fall back to).
@Suite struct ByteFormatTests {
    private func bytes(_ body: (inout [UInt8]) -> Void) -> String {
        var out: [UInt8] = []
        body(&out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func jsonStringsAreEscaped() {
        // Worked by hand from RFC 8259: quote, backslash and C0 controls escaped (DEL too,
        // by our rule); everything else, non-ASCII included, as it is.
        let cases: [(String, String)] = [
            ("", "\"\""), ("plain", "\"plain\""), ("quote \" and \\ backslash", "\"quote \\\" and \\\\ backslash\""),
            ("line\nbreak\r\ttab", "\"line\\nbreak\\r\\ttab\""),
            ("\u{0}\u{1}\u{1F}\u{7F}", "\"\\u0000\\u0001\\u001f\\u007f\""),
            ("é — 日本 🎉", "\"é — 日本 🎉\""), ("\u{80}\u{9F}", "\"\u{80}\u{9F}\""), ("end\\", "\"end\\\\\""),
        ]
        for (s, expected) in cases {
            #expect(bytes { ByteFormat.append(jsonString: s, to: &$0) } == expected, "\(s.debugDescription)")
            #expect(JSONText.string(s) == expected)
        }
        #expect(bytes { ByteFormat.append(jsonString: nil, to: &$0) } == "null")
    }

    @Test func integersAreTheirDecimalDigits() {
        var values: [Int64] = [
            0, 1, -1, 9, -9, 10, -10, 99, 100, 101, 999, 1_000, 12_345, -987_654_321, .max, .min, .max - 1, .min + 1,
        ]
        var p: Int64 = 1
        for _ in 0..<18 {
            p *= 10
            values += [p - 1, p, p + 1, -p]
        }
        var state: UInt64 = 9
        for _ in 0..<5_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            values.append(Int64(bitPattern: state) >> (state % 63))
        }
        for v in values {
            #expect(
                bytes {
                    $0 += Array("x".utf8)
                    ByteFormat.append(integer: v, to: &$0)
                } == "x" + String(v))
        }
    }

    @Test func numbersAreFormattedLikeNumberFormatMachine() {
        var values: [Double] = [
            0, -0.0, 1, -1, 0.5, 0.1, 0.01, 0.001, 1e-5, 123.45, -123.45, 2.5e15, 9.007_199_254_740_992e15,
            1e16, 1e21, -1e-7, 0.8533333333333334, 100.0 / 3, 1e12, 999_999_999_999.99, .pi,
        ]
        var state: UInt64 = 42
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        for _ in 0..<20_000 {
            let unit = Double(next()) / Double(1 << 53)
            let scale = [1.0, 100, 1e4, 1e9, 1e-3][Int(next() % 5)]
            values.append((unit - 0.3) * scale)  // arbitrary doubles
            values.append(((unit - 0.3) * scale * 100).rounded() / 100)  // exact cents
        }
        // Any double at all (every exponent, subnormals), the extremes and the non-finite.
        for _ in 0..<20_000 { values.append(Double(bitPattern: next() << 11 | next() & 0x7FF)) }
        values += [
            5e-324, -2.2250738585072014e-308, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .infinity,
            -.infinity, .nan,
            1.7976931348623157e308 / 3, 9.007_199_254_740_993e15, -9.007_199_254_740_991e15,
        ]
        for x in values {
            #expect(bytes { ByteFormat.append(number: x, to: &$0) } == NumberFormat.machine(x), "\(x)")
            // Appended after what the buffer holds, which stays.
            #expect(
                bytes {
                    $0 = Array("x=".utf8)
                    ByteFormat.append(number: x, to: &$0)
                } == "x=" + NumberFormat.machine(x), "\(x)")
        }
        #expect(bytes { ByteFormat.append(jsonNumber: nil, to: &$0) } == "null")
    }

    @Test func csvCellsAreNeutralisedAndQuoted() {
        // Worked by hand: OWASP formula starts get a leading ', RFC 4180 quoting doubles ".
        let cases: [(String, String)] = [
            ("", ""), ("plain", "plain"), ("=SUM(A1)", "'=SUM(A1)"), ("+1", "'+1"), ("-2", "'-2"), ("@x", "'@x"),
            ("\tx", "'\tx"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
            ("\rx", "\"'\rx\""), ("=a,\"b\"", "\"'=a,\"\"b\"\"\""), ("é, 日本", "\"é, 日本\""), ("'quoted'", "'quoted'"),
        ]
        for (s, expected) in cases {
            #expect(bytes { GapsCSV.appendText(s, to: &$0) } == expected, "\(s.debugDescription)")
        }
    }

    @Test func appendingAStringsUTF8CopiesItsBytes() {
        let samples = [
            "", "a", "EUR", "fifteen bytes!!", "sixteen bytes!!!", String(repeating: "long text ", count: 40),
            "é", "Zoë Müller-Łukasiewicz", "→ steady", "😀", "a\u{0}b", ("sub" + "string").dropFirst().description,
        ]
        for s in samples {
            var out: [UInt8] = [1, 2]
            out.append(utf8: s)
            #expect(out == [1, 2] + Array(s.utf8), "\(s.debugDescription)")
        }
    }
}
