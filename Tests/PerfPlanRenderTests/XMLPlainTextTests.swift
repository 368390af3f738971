import CLibXML2
import Testing

@testable import PerfPlanRender

/// Strings with nothing to escape go to libxml2 as raw text; the document must be byte for
/// byte what libxml2's own escaping paths (`xmlTextWriterWriteAttribute`/`WriteString`)
/// write, for every ASCII byte and for non-ASCII text, in attributes and element content.
@Suite struct XMLPlainTextTests {
    /// The document libxml2 writes for `<r><e a="value">text</e><e a="value"/></r>` by
    /// its escaping calls alone.
    static func reference(_ value: String) -> [UInt8] {
        let buffer = xmlBufferCreate()!
        defer { xmlBufferFree(buffer) }
        let w = xmlNewTextWriterMemory(buffer, 0)!
        xmlTextWriterSetIndent(w, 1)
        xmlTextWriterSetIndentString(w, "  ")
        xmlTextWriterStartDocument(w, "1.0", "UTF-8", nil)
        xmlTextWriterStartElementNS(w, nil, "r", XMLDocumentWriter.namespace)
        xmlTextWriterStartElement(w, "e")
        xmlTextWriterWriteAttribute(w, "a", value)
        xmlTextWriterWriteString(w, value)
        xmlTextWriterEndElement(w)
        xmlTextWriterStartElement(w, "e")
        xmlTextWriterWriteAttribute(w, "a", value)
        xmlTextWriterEndElement(w)
        xmlTextWriterEndDocument(w)
        xmlFreeTextWriter(w)
        return Array(UnsafeBufferPointer(start: xmlBufferContent(buffer), count: Int(xmlBufferLength(buffer))))
    }

    static func written(_ value: String, bytes: Bool) -> [UInt8] {
        let w = XMLDocumentWriter(root: "r")
        w.start("e")
        w.attribute("a", value)
        if bytes { w.text { $0.append(contentsOf: value.utf8) } } else { w.text(value) }
        w.end()
        w.start("e")
        if bytes { w.attribute("a") { $0.append(contentsOf: value.utf8) } } else { w.attribute("a", value) }
        w.end()
        return w.finish()
    }

    @Test func plainAndEscapedStringsWriteWhatLibxml2Writes() {
        // Every ASCII byte but NUL (a C string's end) and the other C0 controls XML forbids
        // (cleaned to U+FFFD before libxml2 sees them, tested elsewhere), alone and in words.
        var samples: [String] = [
            "", "E000123", "Hannah Berg", "Zoë O'Brien", "Ünal & Co", "→ steady", "a\tb\nc\rd", "—", "日本",
        ]
        for b in UInt8(0x09)...UInt8(0x7F) where b >= 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
            let c = String(UnicodeScalar(b))
            samples += [c, "x" + c + "y"]
        }
        for s in samples {
            let expected = Self.reference(s)
            #expect(Self.written(s, bytes: false) == expected, "\(Array(s.utf8))")
            #expect(Self.written(s, bytes: true) == expected, "\(Array(s.utf8)) as bytes")
        }
    }
}
