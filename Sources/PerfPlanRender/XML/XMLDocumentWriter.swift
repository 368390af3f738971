import CLibXML2
import PerfPlanCore

/// Builds one XML document in memory with libxml2's `xmlTextWriter`, so escaping and
/// well-formedness are libxml2's job, not string concatenation's.
///
/// Characters XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF) are replaced by U+FFFD
/// and counted in `replacedCharacters`, so hostile input yields a valid document, never a
/// broken one.
public final class XMLDocumentWriter {
    public static let namespace = "urn:perfplan:1"

    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    public private(set) var replacedCharacters = 0

    public init(root: String) {
        xmlInitParser()
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        xmlTextWriterSetIndent(writer, 1)
        xmlTextWriterSetIndentString(writer, "  ")
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
        xmlTextWriterStartElementNS(writer, nil, root, Self.namespace)
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    func clean(_ text: String) -> String {
        // Forbidden characters are C0 controls (bytes below 0x20) and U+FFFE/U+FFFF (which
        // start with 0xEF in UTF-8): text without those bytes needs no scalar walk.
        if !text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x9 && $0 != 0xA && $0 != 0xD) || $0 == 0xEF }) { return text }
        var out = String.UnicodeScalarView()
        var changed = false
        for s in text.unicodeScalars {
            let v = s.value
            let allowed = v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD) || v >= 0x10000
            if allowed { out.append(s) } else { out.append("\u{FFFD}"); changed = true; replacedCharacters += 1 }
        }
        return changed ? String(out) : text
    }

    public func start(_ name: String) { xmlTextWriterStartElement(writer, name) }
    public func end() { xmlTextWriterEndElement(writer) }

    public func attribute(_ name: String, _ value: String?) {
        guard let value else { return }
        xmlTextWriterWriteAttribute(writer, name, clean(value))
    }

    public func attribute(_ name: String, _ value: Double?) { attribute(name, value.map(NumberFormat.machine)) }
    public func attribute(_ name: String, _ value: Int?) { attribute(name, value.map(String.init)) }
    public func attribute(_ name: String, _ value: Bool?) { attribute(name, value.map { $0 ? "true" : "false" }) }

    public func text(_ value: String) { xmlTextWriterWriteString(writer, clean(value)) }

    /// `<name attrs…>text</name>`
    public func element(_ name: String, _ text: String? = nil, _ attributes: [(String, String?)] = []) {
        start(name)
        for (k, v) in attributes { attribute(k, v) }
        if let text { self.text(text) }
        end()
    }

    /// Closes every open element and returns the document's bytes.
    public func finish() -> [UInt8] {
        xmlTextWriterEndDocument(writer)
        xmlTextWriterFlush(writer)
        let count = Int(xmlBufferLength(buffer))
        guard let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }
}
