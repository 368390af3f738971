import Foundation
import Testing
@testable import PerfPlanRender
import PerfPlanCore

@Suite struct EmbeddedTemplatesTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Templates")

    @Test func compiledInCopiesEqualTheFilesInTemplates() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.templates.path).sorted()
        #expect(EmbeddedTemplates.files.keys.sorted() == names)
        for name in names {
            let text = try String(contentsOf: Self.templates.appendingPathComponent(name), encoding: .utf8)
            #expect(EmbeddedTemplates.files[name] == text, "\(name) differs: run scripts/embed-files.py Templates Sources/PerfPlanRender/Generated/EmbeddedTemplates.swift EmbeddedTemplates")
        }
    }

    @Test func schemaCompilesAndRejectsAStrangerDocument() throws {
        let validator = try XMLSchemaValidator(xsd: TemplateSet.schema)
        #expect(!validator.problems(in: Array("<plan xmlns=\"urn:perfplan:1\"/>".utf8)).isEmpty)
        #expect(!validator.problems(in: Array("<other/>".utf8)).isEmpty)
    }

    @Test func markdownEscapingKeepsTextLiteral() {
        #expect(MarkdownContentType.escape("a|b *c* _d_ `e` <script>") == "a\\|b \\*c\\* \\_d\\_ \\`e\\` &lt;script&gt;")
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
            ("1234567890. x", "1234567890. x"), (String(repeating: "#", count: 12), "\\" + String(repeating: "#", count: 12)),
            (String(repeating: "#", count: 13), String(repeating: "#", count: 13)), ("2026-08", "2026-08"),
        ]
        for (value, escaped) in shapes { #expect(MarkdownContentType.escape(value) == escaped, "\(value)") }
    }

    @Test func xmlWriterReplacesForbiddenCharacters() throws {
        let w = XMLDocumentWriter(root: "index")
        w.attribute("as-of", "2026-10")
        w.element("organization", "A\u{1}B ]]> & <x>")
        // Text built as bytes goes the same way: escaped, and cleaned only when it must be.
        w.start("text"); w.text { ByteFormat.append("C\u{1}D\u{FFFE} & <y>", to: &$0) }; w.end()
        w.start("text"); w.text { ByteFormat.append("clean ]]> & <z> é", to: &$0) }; w.end()
        let bytes = w.finish()
        #expect(w.replacedCharacters == 3)
        let tree = try SafeXMLReader.parse(bytes, path: "t.xml")
        #expect(tree.child("organization")?.text == "A\u{FFFD}B ]]> & <x>")
        #expect(tree.children("text").map(\.text) == ["C\u{FFFD}D\u{FFFD} & <y>", "clean ]]> & <z> é"])
    }
}
