import CLibXML2
import PerfPlanCore

/// Validates documents against the shipped XSD with libxml2. The schema is compiled once;
/// each validation gets its own context, so one validator serves many threads.
///
/// Unsafe (C interop): the compiled schema is read-only after `init` and libxml2 documents
/// validation with a context per call as thread-safe, hence `@unchecked Sendable`; the error
/// collector travels as an unretained `Unmanaged` pointer, alive on the stack of `validate`
/// throughout the validation that calls back.
package final class XMLSchemaValidator: @unchecked Sendable {
    private let schema: xmlSchemaPtr

    package struct Failure: Error, CustomStringConvertible, Sendable {
        package var description: String
    }

    package init(xsd: String) throws {
        xmlInitParser()
        let bytes = Array(xsd.utf8)
        // The parser context only points at the bytes: parse while they are alive.
        let compiled: xmlSchemaPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { text -> xmlSchemaPtr? in
                guard let parser = xmlSchemaNewMemParserCtxt(text, Int32(buf.count)) else { return nil }
                defer { xmlSchemaFreeParserCtxt(parser) }
                xmlSchemaSetParserStructuredErrors(parser, { _, _ in }, nil)
                return xmlSchemaParse(parser)
            }
        }
        guard let compiled else { throw Failure(description: "the XML schema does not compile") }
        schema = compiled
    }

    deinit { xmlSchemaFree(schema) }

    /// Problems found in `bytes` (empty when the document is valid).
    package func problems(in bytes: [UInt8]) -> [String] {
        final class Collector { var messages: [String] = [] }
        let collector = Collector()
        let options = Int32(XML_PARSE_NONET.rawValue)
        guard
            let doc = bytes.withUnsafeBufferPointer({ buf in
                buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                    xmlReadMemory($0, Int32(buf.count), "document.xml", "UTF-8", options)
                }
            })
        else { return ["not well-formed XML"] }
        defer { xmlFreeDoc(doc) }
        guard let ctxt = xmlSchemaNewValidCtxt(schema) else { return ["out of memory"] }
        defer { xmlSchemaFreeValidCtxt(ctxt) }
        let unmanaged = Unmanaged.passUnretained(collector).toOpaque()
        xmlSchemaSetValidStructuredErrors(
            ctxt,
            { userData, error in
                guard let userData, let error else { return }
                let c = Unmanaged<Collector>.fromOpaque(userData).takeUnretainedValue()
                let message = error.pointee.message.map { String(cString: $0) } ?? "invalid"
                c.messages.append("line \(error.pointee.line): " + message.trimmingWhitespace())
            }, unmanaged)
        let rc = xmlSchemaValidateDoc(ctxt, doc)
        if rc != 0 && collector.messages.isEmpty { collector.messages.append("invalid (libxml2 code \(rc))") }
        return collector.messages
    }
}
