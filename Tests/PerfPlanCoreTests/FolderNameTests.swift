import Testing

@testable import PerfPlanCore

/// ASCII ids are checked byte by byte now; the answer (and its wording, which names the
/// first offending character) must be the scalar walk's, kept here as the reference.
@Suite struct FolderNameTests {
    static func reference(_ id: String) -> String? {
        if id == "." || id == ".." { return "cannot be used as a folder name (it is \(id))" }
        if id.utf8.count > 128 { return "is longer than 128 bytes and cannot be used as a folder name" }
        for scalar in id.unicodeScalars {
            if scalar == "/" || scalar == "\\" { return "cannot be used as a folder name (it contains '\(scalar)')" }
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
                return "cannot be used as a folder name (it contains a control character)"
            }
            if scalar.properties.isWhitespace { return "must not contain spaces" }
        }
        return nil
    }

    @Test func answersAsTheScalarWalk() {
        var samples = [
            "", ".", "..", "...", "E000123", "E 1", "a/b", "a\\b", "\t", "x\u{7F}", String(repeating: "x", count: 129),
            "Zoë", "a\u{A0}b", "a\u{85}b", "a\u{2003}b", "a\u{2028}", "日本",
        ]
        var state: UInt64 = 17
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        for _ in 0..<5_000 {
            var s = ""
            for _ in 0..<(next() % 8) {
                // Mostly letters and digits; sometimes any ASCII byte, sometimes a non-ASCII one.
                switch next() % 10 {
                case 0: s.unicodeScalars.append(Unicode.Scalar(UInt8(1 + next() % 127)))
                case 1: s.unicodeScalars.append(Unicode.Scalar([0xA0, 0x85, 0x2003, 0xE9, 0x3000][next() % 5])!)
                default: s.unicodeScalars.append(Unicode.Scalar(UInt8(ascii: "A") + UInt8(next() % 26)))
                }
            }
            samples.append(s)
        }
        for s in samples { #expect(FolderName.problem(with: s) == Self.reference(s), "\(Array(s.unicodeScalars))") }
    }
}
