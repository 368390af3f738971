import Testing

@testable import PerfPlanRender

/// SAFE_HTML escaping works on bytes now; it must give what the earlier walk by
/// `Unicode.Scalar` gave (kept here as the reference) for every kind of character.
@Suite struct SafeHTMLEscapeTests {
    static func reference(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                let v = c.value
                let forbidden =
                    (v < 0x20 && v != 0x9 && v != 0xA && v != 0xD) || (0x7F...0x9F).contains(v)
                    || (0xFDD0...0xFDEF).contains(v) || (v & 0xFFFE) == 0xFFFE
                if forbidden { out += "\u{FFFD}" } else { out.unicodeScalars.append(c) }
            }
        }
        return out
    }

    @Test func bytesEscapeAsTheScalarWalkDid() {
        let scalars: [UInt32] = [
            0x41, 0x20, 0x26, 0x3C, 0x3E, 0x22, 0x27, 0x09, 0x0A, 0x0D, 0x00, 0x1B, 0x1F, 0x7E, 0x7F, 0x80, 0x9F,
            0xA0, 0xEB, 0x2014, 0x2028, 0xFDCF, 0xFDD0, 0xFDEF, 0xFDF0, 0xFFFD, 0xFFFE, 0xFFFF, 0x10000,
            0x1F600, 0x1FFFE, 0x1FFFF, 0x10FFFD, 0x10FFFE, 0x10FFFF, 0xE000, 0xD7FF,
        ]
        var state: UInt64 = 3
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        var changed = 0
        for _ in 0..<3_000 {
            var s = String.UnicodeScalarView()
            for _ in 0..<(next() % 24) { s.append(Unicode.Scalar(scalars[next() % scalars.count])!) }
            let text = String(s)
            let expected = Self.reference(text)
            if expected != text { changed += 1 }
            #expect(SafeHTMLContentType().escapeText(text) == expected, "\(Array(text.unicodeScalars))")
            var bytes: [UInt8] = Array("x".utf8)
            Array(text.utf8).withUnsafeBufferPointer { SafeHTMLContentType.escape($0, to: &bytes) }
            #expect(bytes == Array(("x" + expected).utf8))
        }
        #expect(changed > 2_000)
        #expect(SafeHTMLContentType().escapeText("Zoë O'Brien <b>\u{7F}") == "Zoë O&#39;Brien &lt;b&gt;\u{FFFD}")
    }
}
