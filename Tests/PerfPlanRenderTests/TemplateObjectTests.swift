import Testing
@testable import PerfPlanRender

/// The view objects' own hash table: lookups must behave as a dictionary's would, for small
/// (scanned) and large (hashed) objects alike.
@Suite struct TemplateObjectTests {
    private func text(_ v: TemplateValue?) -> String? {
        if case .text(let s)? = v { return s }
        return nil
    }

    @Test func smallAndLargeObjectsFindEveryKeyAndNothingElse() {
        for size in [0, 1, 8, 9, 17, 1000] {
            var object = TemplateObject()
            for k in 0..<size { object["key\(k)"] = .text("value \(k)") }
            #expect(object.count == size)
            for k in 0..<size { #expect(text(object["key\(k)"]) == "value \(k)", "size \(size), key \(k)") }
            #expect(object["key\(size)"] == nil)
            #expect(object["missing"] == nil)
            #expect(object[""] == nil)
        }
    }

    @Test func settingReplacesAndRemoving() {
        var object: TemplateObject = ["a": .text("1"), "b": .text("2")]
        object["a"] = .text("3")
        #expect(object.count == 2)
        #expect(text(object["a"]) == "3")
        for k in 0..<20 { object["x\(k)"] = .bool(true) }
        object["b"] = nil
        #expect(object["b"] == nil)
        #expect(object.count == 21)
        for k in 0..<20 { #expect(object["x\(k)"] != nil) }
        #expect(text(object["a"]) == "3")
    }

    @Test func precomputedHashesMatchAndNonASCIIKeysWork() {
        let object: TemplateObject = ["é": .text("accent"), "日本": .text("kanji"), "a.b": .text("dotted")]
        #expect(text(object["日本", TemplateObject.hash("日本")]) == "kanji")
        #expect(text(object["é"]) == "accent")
        #expect(text(object["a.b"]) == "dotted")
        #expect(TemplateObject.hash("a") != TemplateObject.hash("b"))
    }
}

/// The escapers' quick "anything to escape?" tests are bit masks; they must agree with the
/// byte rules they replace, for every byte value.
@Suite struct EscapeScanTests {
    @Test func masksMatchTheRulesForEveryByte() {
        let markdownSpecial = Set("\\`*_[]|~<>&".utf8), htmlSpecial = Set("&<>\"'".utf8)
        for b in 0...255 {
            let s = String(decoding: [UInt8(ascii: "a"), UInt8(b), UInt8(ascii: "z")], as: UTF8.self)
            let utf8 = Array(s.utf8)
            let markdownPlain = !utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 >= 0x80 || markdownSpecial.contains($0) }
            let htmlPlain = !utf8.contains { $0 < 0x20 || $0 >= 0x7F || htmlSpecial.contains($0) }
            #expect(MarkdownContentType.isInlinePlain(s) == markdownPlain, "byte \(b)")
            #expect(SafeHTMLContentType.leavesUnchanged(s) == htmlPlain, "byte \(b)")
            let xmlClean = !utf8.contains { ($0 < 0x20 && $0 != 0x9 && $0 != 0xA && $0 != 0xD) || $0 == 0xEF }
            #expect(XMLDocumentWriter.isClean(s) == xmlClean, "byte \(b)")
        }
    }

    /// The arena's escape bits, found in one pass when a value enters a view, must say
    /// exactly whether each escaper changes the text: for every byte in a word, the
    /// Markdown block-start shapes, numbers as the documents print them, non-ASCII text
    /// (C1 controls, non-characters, line separators) and hostile text.
    @Test func escapeNeedsSayExactlyWhatEachEscaperChanges() {
        var samples = (0...255).map { String(decoding: [UInt8(ascii: "a"), UInt8($0), UInt8(ascii: "z")], as: UTF8.self) }
        samples += (0...255).map { String(decoding: [UInt8($0)], as: UTF8.self) }
        samples += (0x80...0x2FF).map { "x\(Character(Unicode.Scalar($0)!))y" }
        samples += ["", "#", "# x", "#x", "## h", "############", "############ x", "-", "- x", "-x", "---", "-131,000", "+", "+ y",
                    "=", "===", "=a", "1.", "1. x", "1.5", "12) a", "123456789. x", "1234567890. x", "2026-08", "219,000 EUR",
                    "109.5 %", "→ steady", "↑ +1,200 EUR/month (improving)", "<script>", "a & b", "O'Brien", "\"q\"",
                    "tab\there", "line\nbreak", "\r\n", "*bold*", "a|b", "x\u{7F}y", "\u{FFFE}",
                    "\u{FDCF}\u{FDF0}", "\u{1FFFE}", "\u{10FFFF}", "\u{10FFFD}", "\u{2028}", "a\u{2029}b", "\u{2027}\u{202A}",
                    "\u{85}", "\u{9F}\u{A0}", "é", "中文", "— none", "😀 ok", "- — x", "1. é"]
        // Non-characters a Swift literal does not accept.
        samples += [0xFFFF, 0xFDD0, 0xFDEF, 0x2FFFF].map { "a" + String(Character(Unicode.Scalar(UInt32($0))!)) }
        for s in samples {
            var t = s
            let bits = t.withUTF8 { EscapeNeeds.of($0) }
            for e in [CompiledTemplate.Escaping.html, .safeHTML, .markdown, .text] {
                #expect((bits & EscapeNeeds.bit(e) == 0) == (e.escape(s) == s), "\(e) \(Array(s.utf8))")
                #expect(e.leavesUnchanged(s) == (e.escape(s) == s), "\(e) \(Array(s.utf8))")
            }
        }
    }
}
