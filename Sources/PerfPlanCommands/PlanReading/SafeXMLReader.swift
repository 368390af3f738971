import CLibXML2
import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// A parsed XML element: a small immutable tree, so callers never hold libxml2 pointers.
package struct XMLNodeTree: Sendable, Hashable {
    package var name: String
    package var namespace: String?
    package var attributes: [String: String]
    package var children: [XMLNodeTree]
    /// The concatenated text directly inside this element.
    package var text: String

    package func child(_ name: String) -> XMLNodeTree? { children.first { $0.name == name } }
    package func children(_ name: String) -> [XMLNodeTree] { children.filter { $0.name == name } }
}

/// Reads XML that may have been tampered with (plan files travel by e-mail and shared drives).
///
/// Defences, in order: a size cap; any `<!DOCTYPE` is refused before libxml2 sees the bytes
/// (no DTD means no entity declarations, so no external entities, no local-file reads and no
/// billion laughs); the parser runs with `XML_PARSE_NONET` and without `XML_PARSE_NOENT`/
/// `XML_PARSE_DTDLOAD`, so even a missed declaration is neither fetched nor expanded.
///
/// Unsafe (C interop): libxml2 parses the bytes from a pointer borrowed for the call, with
/// their count; the tree is copied into `XMLNodeTree` and the libxml2 document freed before
/// returning, so no libxml2 pointer escapes.
package enum SafeXMLReader {
    package struct Failure: Error, CustomStringConvertible, Sendable {
        package var path: String
        package var message: String
        package var description: String { "\(path): \(message)" }
    }

    package static let maxBytes = 16 << 20

    package static func parse(_ bytes: [UInt8], path: String) throws -> XMLNodeTree {
        guard bytes.count <= maxBytes else {
            throw Failure(path: path, message: "file is larger than \(maxBytes >> 20) MiB; not a perfplan document")
        }
        if containsDoctype(bytes) {
            throw Failure(
                path: path,
                message: "a DOCTYPE is not allowed in a perfplan document (entity declarations are refused for safety)")
        }
        xmlInitParser()
        guard let ctxt = xmlNewParserCtxt() else { throw Failure(path: path, message: "out of memory") }
        defer { xmlFreeParserCtxt(ctxt) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let doc = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                xmlCtxtReadMemory(ctxt, $0, Int32(buf.count), path, "UTF-8", options)
            }
        }
        guard let doc else {
            var message = "not well-formed XML"
            if let err = xmlCtxtGetLastError(ctxt), let msg = err.pointee.message {
                message = "line \(err.pointee.line): " + String(cString: msg).trimmingCharacters()
            }
            throw Failure(path: path, message: message)
        }
        defer { xmlFreeDoc(doc) }
        if doc.pointee.intSubset != nil || doc.pointee.extSubset != nil {
            throw Failure(path: path, message: "a DOCTYPE is not allowed in a perfplan document")
        }
        guard let root = xmlDocGetRootElement(doc) else { throw Failure(path: path, message: "empty document") }
        return tree(root)
    }

    /// A byte scan for `<!DOCTYPE` (case-insensitive), cheap enough to run on every file.
    static func containsDoctype(_ bytes: [UInt8]) -> Bool {
        let pattern = Array("<!doctype".utf8)
        guard bytes.count >= pattern.count else { return false }
        var i = 0
        while i <= bytes.count - pattern.count {
            if bytes[i] == UInt8(ascii: "<"), bytes[i + 1] == UInt8(ascii: "!") {
                var match = true
                for j in 2..<pattern.count where bytes[i + j] | 0x20 != pattern[j] {
                    match = false
                    break
                }
                if match { return true }
            }
            i += 1
        }
        return false
    }

    static func tree(_ node: xmlNodePtr) -> XMLNodeTree {
        var attributes: [String: String] = [:]
        var attr = node.pointee.properties
        while let a = attr {
            let name = String(cString: a.pointee.name)
            if let value = xmlNodeListGetString(node.pointee.doc, a.pointee.children, 1) {
                attributes[name] = String(cString: value)
                perfplan_xmlFree(value)
            } else {
                attributes[name] = ""
            }
            attr = a.pointee.next
        }
        var children: [XMLNodeTree] = []
        var text = ""
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE: children.append(tree(c))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content { text += String(cString: content) }
            default: break
            }
            child = c.pointee.next
        }
        let ns = node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) }
        return XMLNodeTree(
            name: String(cString: node.pointee.name), namespace: ns,
            attributes: attributes, children: children, text: text)
    }
}

extension String {
    fileprivate func trimmingCharacters() -> String {
        var s = Substring(self)
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return String(s)
    }
}
