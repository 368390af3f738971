import Foundation
import PerfPlanCore
import PerfPlanSystem
import Testing

@testable import PerfPlanCommands
@testable import PerfPlanRender

@Suite struct BuiltInTemplatesTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Templates")

    /// SwiftPM embeds every file of Templates/; `BuiltInTemplates` must name each one. A
    /// language's folder holds `NAME.LANG.FORMAT.mustache`, built in as `LANG/NAME.FORMAT.mustache`.
    @Test func compiledInCopiesEqualTheFilesInTemplates() throws {
        var files: [String: URL] = [:]
        for entry in try FileManager.default.contentsOfDirectory(atPath: Self.templates.path) {
            let url = Self.templates.appendingPathComponent(entry)
            guard let language = Language(rawValue: entry) else {
                files[entry] = url
                continue
            }
            for file in try FileManager.default.contentsOfDirectory(atPath: url.path) {
                let parts = file.split(separator: ".", maxSplits: 2).map(String.init)
                #expect(
                    parts.count == 3 && parts[1] == language.rawValue,
                    "\(entry)/\(file): name it NAME.\(entry).FORMAT.mustache")
                guard parts.count == 3 else { continue }
                files["\(entry)/\(parts[0]).\(parts[2])"] = url.appendingPathComponent(file)
            }
        }
        #expect(
            BuiltInTemplates.files.keys.sorted() == files.keys.sorted(),
            "add new files of Templates/ to BuiltInTemplates.swift")
        for (name, url) in files {
            let bytes = try [UInt8](Data(contentsOf: url))
            #expect(BuiltInTemplates.files[name] == bytes, "\(name) differs from Templates/")
        }
    }

    @Test func schemaCompilesAndRejectsAStrangerDocument() throws {
        let validator = try XMLSchemaValidator(xsd: TemplateSet.schema)
        #expect(!validator.problems(in: Array("<plan xmlns=\"urn:perfplan:1\"/>".utf8)).isEmpty)
        #expect(!validator.problems(in: Array("<other/>".utf8)).isEmpty)
    }

    @Test func markdownEscapingKeepsTextLiteral() {
        #expect(MarkdownContentType.escape("a|b *c* _d_ `e` <script>") == "a\\|b \\*c\\* \\_d\\_ \\`e\\` \\<script\\>")
        #expect(MarkdownContentType.escape("# not a heading") == "\\# not a heading")
        #expect(MarkdownContentType.escape("- not a list\nnext line") == "\\- not a list next line")
        #expect(MarkdownContentType.escape("1. not a list") == "1\\. not a list")
        #expect(MarkdownContentType.escape("[x](javascript:alert(1))") == "\\[x\\](javascript:alert(1))")
        #expect(MarkdownContentType.escape("-131,000 in 2026-08 (0.62)") == "-131,000 in 2026-08 (0.62)")
        #expect(MarkdownContentType.escape("## x") == "\\## x")
        #expect(MarkdownContentType.escape("---") == "\\---")
        // Every block-start shape, and its near misses, worked out by hand.
        let shapes: [(String, String)] = [
            ("+ x", "\\+ x"), ("+x", "+x"), ("-", "\\-"), ("-x", "-x"), ("===", "\\==="), ("=a", "=a"), ("#x", "#x"),
            ("#", "\\#"), ("12) a", "12\\) a"), ("1.", "1\\."), ("1.5", "1.5"), ("123456789. x", "123456789\\. x"),
            ("1234567890. x", "1234567890. x"),
            (String(repeating: "#", count: 12), "\\" + String(repeating: "#", count: 12)),
            (String(repeating: "#", count: 13), String(repeating: "#", count: 13)), ("2026-08", "2026-08"),
        ]
        for (value, escaped) in shapes { #expect(MarkdownContentType.escape(value) == escaped, "\(value)") }
    }

    /// Numbers and dates go to libxml2 as raw attribute text; the document must be what
    /// the escaping path writes, indentation included (written out by hand here), whatever
    /// follows the attribute: nothing, child elements, or text.
    @Test func xmlNumberAttributesKeepTheLayout() throws {
        let w = XMLDocumentWriter(root: "index")
        w.attribute("as-of", month: Month(year: 2026, month: 10)!)
        w.start("a")
        w.attribute("n", 1.5)
        w.attribute("d", day: Day(parsing: "2026-11-02")!)
        w.end()
        w.start("b")
        w.attribute("n", -2 as Int)
        w.start("c")
        w.attribute("x", 0.1 + 0.2)
        w.end()
        w.end()
        w.start("d")
        w.attribute("n", 1e-7)
        w.attribute("ok", true)
        w.text("t & u")
        w.end()
        w.start("e")
        w.attribute("s", "<&>")
        w.attribute("n", 12345678.25)
        w.end()
        let expected = """
            <?xml version="1.0" encoding="UTF-8"?>
            <index as-of="2026-10" xmlns="urn:perfplan:1">
              <a n="1.5" d="2026-11-02"/>
              <b n="-2">
                <c x="0.30000000000000004"/>
              </b>
              <d n="1e-07" ok="true">t &amp; u</d>
              <e s="&lt;&amp;&gt;" n="12345678.25"/>
            </index>

            """
        #expect(String(decoding: w.finish(), as: UTF8.self) == expected)
    }

    @Test func xmlWriterReplacesForbiddenCharacters() throws {
        let w = XMLDocumentWriter(root: "index")
        w.attribute("as-of", "2026-10")
        w.element("organization", "A\u{1}B ]]> & <x>")
        // Text built as bytes goes the same way: escaped, and cleaned only when it must be.
        w.start("text")
        w.text { ByteFormat.append("C\u{1}D\u{FFFE} & <y>", to: &$0) }
        w.end()
        w.start("text")
        w.text { ByteFormat.append("clean ]]> & <z> é", to: &$0) }
        w.end()
        let bytes = w.finish()
        #expect(w.replacedCharacters == 3)
        let tree = try SafeXMLReader.parse(bytes, path: "t.xml")
        #expect(tree.child("organization")?.text == "A\u{FFFD}B ]]> & <x>")
        #expect(tree.children("text").map(\.text) == ["C\u{FFFD}D\u{FFFD} & <y>", "clean ]]> & <z> é"])
    }
}
