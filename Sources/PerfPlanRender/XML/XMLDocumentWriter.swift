import CLibXML2
import PerfPlanCore

/// Builds one XML document in memory with libxml2's `xmlTextWriter`, so escaping and
/// well-formedness are libxml2's job, not string concatenation's.
///
/// Characters XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF) are replaced by U+FFFD
/// and counted in `replacedCharacters`, so hostile input yields a valid document, never a
/// broken one.
///
/// Unsafe (C interop, plus measured borrows): libxml2 takes `xmlChar *`; names are static
/// strings' NUL-terminated bytes, values borrowed for the call (`withCString`, views of
/// `scratch`); `scratch` is one allocated `[UInt8]` owned by the writer and freed in
/// `deinit`; `finish` lends libxml2's buffer during `body` only (the writer outlives it).
package final class XMLDocumentWriter {
    package static let namespace = "urn:perfplan:1"

    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    package private(set) var replacedCharacters = 0

    package init(root: StaticString) {
        xmlInitParser()
        scratch = .allocate(capacity: 1)
        scratch.initialize(to: [])
        scratch.pointee.reserveCapacity(64)
        buffer = xmlBufferCreateSize(16_384)
        writer = xmlNewTextWriterMemory(buffer, 0)
        xmlTextWriterSetIndent(writer, 1)
        xmlTextWriterSetIndentString(writer, "  ")
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
        xmlTextWriterStartElementNS(writer, nil, Self.chars(root), Self.namespace)
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
        scratch.deinitialize(count: 1)
        scratch.deallocate()
    }

    /// Hands libxml2 `value`'s UTF-8 with forbidden characters replaced. Those are C0
    /// controls (bytes below 0x20) and U+FFFE/U+FFFF (which start with 0xEF in UTF-8): a
    /// value without those bytes (nearly all) goes as it is, without a copy or a scalar walk.
    @inline(__always)
    private func withCleanXMLChars<R>(_ value: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
        Self.isClean(value) ? withXMLChars(value, body) : withXMLChars(clean(value), body)
    }

    private func clean(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var changed = false
        for s in text.unicodeScalars {
            let v = s.value
            let allowed =
                v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD)
                || v >= 0x10000
            if allowed {
                out.append(s)
            } else {
                out.append("\u{FFFD}")
                changed = true
                replacedCharacters += 1
            }
        }
        return changed ? String(out) : text
    }

    /// Element and attribute names are literals: their NUL-terminated UTF-8 is in the binary,
    /// so libxml2 gets it without the stack copy `withCString` makes of a short `String`.
    @inline(__always)
    private static func chars(_ name: StaticString) -> UnsafePointer<xmlChar> {
        UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: xmlChar.self)
    }

    /// Hands libxml2 a string's UTF-8 without a copy. (Passing a `String` where it takes
    /// `xmlChar *` made Swift build a NUL-terminated array per call: an allocation for
    /// every element and attribute name and value.)
    @inline(__always)
    private func withXMLChars<R>(_ s: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
        s.withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
    }

    /// Formatting space for numbers and dates, reused. Held through a pointer: `inout`
    /// access to a class's stored property pays a dynamic exclusivity check and reference
    /// counting per call, and a plan writes thousands of numeric attributes.
    private let scratch: UnsafeMutablePointer<[UInt8]>

    /// No C0 control other than tab and line breaks, and no 0xEF byte.
    @inline(__always)
    static func isClean(_ text: String) -> Bool {
        // Read in place (a native string's UTF-8 is contiguous): no copy of the string.
        if let clean = text.utf8.withContiguousStorageIfAvailable(isClean) { return clean }
        var text = text
        return text.withUTF8(isClean)
    }

    @inline(__always)
    private static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in bytes where b < 0x20 || b == 0xEF {
            if b == 0xEF || (0xFFFF_D9FF as UInt32) >> UInt32(b) & 1 != 0 { return false }
        }
        return true
    }

    package func start(_ name: StaticString) { _ = xmlTextWriterStartElement(writer, Self.chars(name)) }
    package func end() { xmlTextWriterEndElement(writer) }

    package func attribute(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        // Ids, names and labels are mostly printable ASCII without `" & < >`: libxml2 would
        // copy those unchanged, so they go as the attribute's raw text, as numbers do.
        let plain = value.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard !bytes.isEmpty, Self.isPlainAttribute(bytes) else { return false }
            rawAttribute(name, bytes)
            return true
        }
        if plain == true { return }
        withCleanXMLChars(value) { v in _ = xmlTextWriterWriteAttribute(writer, Self.chars(name), v) }
    }

    /// A string attribute whose value `format` writes as UTF-8: raw when plain (as above),
    /// else through libxml2's escaping.
    package func attribute(_ name: StaticString, _ format: (inout [UInt8]) -> Void) {
        scratch.pointee.removeAll(keepingCapacity: true)
        format(&scratch.pointee)
        if !scratch.pointee.isEmpty, scratch.pointee.withUnsafeBufferPointer(Self.isPlainAttribute) {
            scratch.pointee.withUnsafeMutableBufferPointer { rawAttribute(name, UnsafeBufferPointer($0)) }
            return
        }
        attribute(name, String(decoding: scratch.pointee, as: UTF8.self))
    }

    /// Printable ASCII but `" & < >`: the bytes libxml2 writes unchanged in an attribute
    /// value (it escapes those four, tab and line breaks, and writes non-ASCII as character
    /// references, since the writer has no document to name its encoding).
    @inline(__always)
    static func isPlainAttribute(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in bytes where b < 0x20 || b > 0x7E || b == 0x22 || b == 0x26 || b == 0x3C || b == 0x3E { return false }
        return true
    }

    /// No C0 control but tab and line feed, no `" & < >` and no 0xEF: text libxml2 writes
    /// unchanged as element content (it escapes those four and carriage return; 0xEF may
    /// start a character XML forbids, which `clean` replaces).
    @inline(__always)
    static func isPlainText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for b in bytes where b < 0x20 || b == 0x22 || b == 0x26 || b == 0x3C || b == 0x3E || b == 0xEF {
            if b != 0x09 && b != 0x0A { return false }
        }
        return true
    }

    /// Numbers as `NumberFormat.machine` prints them (`ByteFormat` gives the same bytes);
    /// digits never need cleaning.
    package func attribute(_ name: StaticString, _ value: Double?) {
        guard let value else { return }
        writeBytes(name) { ByteFormat.append(number: value, to: &$0) }
    }

    package func attribute(_ name: StaticString, _ value: Int?) {
        guard let value else { return }
        writeBytes(name) { ByteFormat.append(integer: Int64(value), to: &$0) }
    }

    /// An already formatted number (`MachineFigures`); nothing when it is empty (null).
    package func attribute(_ name: StaticString, figure: Span<UInt8>) {
        guard !figure.isEmpty else { return }
        figure.withUnsafeBufferPointer { rawAttribute(name, $0) }
    }

    /// `YYYY-MM`, as `Month.description`.
    package func attribute(_ name: StaticString, month: Month) {
        writeBytes(name) { month.append(to: &$0) }
    }

    /// `YYYY-MM-DD`, as `Day.description`.
    package func attribute(_ name: StaticString, day: Day) {
        writeBytes(name) { day.append(to: &$0) }
    }

    /// An attribute whose value `format` writes: a number or a date, ASCII digits with at
    /// most a sign, point, exponent or dashes, so nothing in it is escaped or cleaned. It
    /// goes to libxml2 as the attribute's raw text (`xmlTextWriterWriteRawLen` between
    /// start and end), which writes the same bytes as `xmlTextWriterWriteAttribute` without
    /// scanning them for characters to escape (most of the XML's attributes are numbers).
    @inline(__always)
    private func writeBytes(_ name: StaticString, _ format: (inout [UInt8]) -> Void) {
        scratch.pointee.removeAll(keepingCapacity: true)
        format(&scratch.pointee)
        // Mutable access: exclusive, so the buffer is not retained around the call.
        scratch.pointee.withUnsafeMutableBufferPointer { rawAttribute(name, UnsafeBufferPointer($0)) }
    }

    /// An attribute whose value is `value` as it stands (non-empty, nothing to escape or
    /// clean): libxml2 writes the name, the quotes and these bytes.
    @inline(__always)
    private func rawAttribute(_ name: StaticString, _ value: UnsafeBufferPointer<UInt8>) {
        xmlTextWriterStartAttribute(writer, Self.chars(name))
        xmlTextWriterWriteRawLen(writer, value.baseAddress, Int32(value.count))
        xmlTextWriterEndAttribute(writer)
    }
    package func attribute(_ name: StaticString, _ value: Bool?) {
        guard let value else { return }
        xmlTextWriterWriteAttribute(writer, Self.chars(name), Self.chars(value ? "true" : "false"))
    }

    package func text(_ value: String) {
        let plain = value.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard !bytes.isEmpty, Self.isPlainText(bytes), let base = bytes.baseAddress else { return false }
            xmlTextWriterWriteRawLen(writer, base, Int32(bytes.count))
            return true
        }
        if plain == true { return }
        withCleanXMLChars(value) { _ = xmlTextWriterWriteString(writer, $0) }
    }

    /// Text that `format` writes as UTF-8 (sentences of numbers and labels built as bytes,
    /// without a `String` each); cleaned like any other text when it holds a forbidden byte.
    package func text(_ format: (inout [UInt8]) -> Void) {
        scratch.pointee.removeAll(keepingCapacity: true)
        format(&scratch.pointee)
        if !scratch.pointee.isEmpty, scratch.pointee.withUnsafeBufferPointer(Self.isPlainText) {
            scratch.pointee.withUnsafeMutableBufferPointer { v in
                _ = xmlTextWriterWriteRawLen(writer, v.baseAddress, Int32(v.count))
            }
            return
        }
        guard scratch.pointee.withUnsafeBufferPointer(Self.isClean) else {
            text(String(decoding: scratch.pointee, as: UTF8.self))
            return
        }
        scratch.pointee.append(0)
        scratch.pointee.withUnsafeMutableBufferPointer { _ = xmlTextWriterWriteString(writer, $0.baseAddress) }
    }

    /// `<name attrs…>text</name>`
    package func element(_ name: StaticString, _ text: String? = nil, _ attributes: [(StaticString, String?)] = []) {
        start(name)
        for (k, v) in attributes { attribute(k, v) }
        if let text { self.text(text) }
        end()
    }

    /// Closes every open element and returns the document's bytes.
    package func finish() -> [UInt8] {
        finish { span in span.withUnsafeBytes { Array($0) } }
    }

    /// Closes every open element and hands `body` the document's bytes where libxml2 holds
    /// them, as a span that cannot outlive the call: a packet's XML goes to its file without
    /// a copy.
    package func finish<R>(_ body: (RawSpan) throws -> R) rethrows -> R {
        xmlTextWriterEndDocument(writer)
        xmlTextWriterFlush(writer)
        let count = Int(xmlBufferLength(buffer))
        let content = xmlBufferContent(buffer)
        let bytes = UnsafeRawBufferPointer(start: content, count: content == nil ? 0 : count)
        return try body(RawSpan(_unsafeBytes: bytes))
    }
}
