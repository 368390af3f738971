import Testing

@testable import PerfPlanIO

/// `firstInvalidUTF8Line` checks first and counts lines only on the way to an error; it
/// must name the same line as the earlier version, which counted every line break as it
/// went (kept here as the reference), for valid and broken text alike.
@Suite struct UTF8CheckTests {
    static func reference(_ bytes: [UInt8]) -> Int? {
        var line = 1
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0A { line += 1 }
                i += 1
                continue
            }
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0
            guard length > 0, i + length <= bytes.count else { return line }
            var iterator = bytes[i..<(i + length)].makeIterator()
            var decoder = UTF8()
            guard case .scalarValue = decoder.decode(&iterator) else { return line }
            i += length
        }
        return nil
    }

    @Test func namesTheSameLineAsCountingAsItGoes() {
        var state: UInt64 = 11
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        // Pieces: ASCII runs, line breaks, valid multi-byte characters and stray bytes
        // (continuations, overlong, surrogates, truncated sequences, 0xF5 and up).
        let pieces: [[UInt8]] = [
            Array("E000001,revenue,2024-11,199978,HRIS".utf8), [0x0A], [0x0D, 0x0A], Array("Zoë".utf8),
            Array("日本".utf8), Array("😀".utf8), [0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82],
            [0xF5, 0x80, 0x80, 0x80], [0xFF], Array("ab".utf8), [0xF0, 0x9F, 0x98],
        ]
        var invalid = 0
        for round in 0..<4_000 {
            var bytes: [UInt8] = []
            // Mostly valid text; every fourth sample may hold a stray byte.
            for _ in 0..<(next() % 40) {
                let k = next() % pieces.count
                if round % 4 != 0 && [6, 7, 8, 9, 10, 11, 13].contains(k) { continue }
                bytes += pieces[k]
            }
            let expected = Self.reference(bytes)
            if expected != nil { invalid += 1 }
            #expect(CSVReader.firstInvalidUTF8Line(bytes[...]) == expected, "\(bytes)")
            // A slice that does not start at zero reads the same.
            let shifted = [UInt8(ascii: "x")] + bytes
            #expect(CSVReader.firstInvalidUTF8Line(shifted[1...]) == expected)
        }
        #expect(invalid > 300)
        #expect(CSVReader.firstInvalidUTF8Line(Array("a\nb\nc\n\u{80}".utf8)[...]) == nil)
        #expect(CSVReader.firstInvalidUTF8Line([0x61, 0x0A, 0x62, 0x0A, 0xFF][...]) == 3)
    }
}
