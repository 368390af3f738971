import CLibXML2
import Testing

/// Proves libxml2 is linked and callable: write a tiny document with the writer API and parse it back.
@Suite struct LibXML2LinkTests {
    @Test func writerOutputParsesBack() throws {
        xmlInitParser()
        let buffer = try #require(xmlBufferCreate())
        defer { xmlBufferFree(buffer) }
        let writer = try #require(xmlNewTextWriterMemory(buffer, 0))
        #expect(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil) >= 0)
        #expect(xmlTextWriterStartElement(writer, "plan") >= 0)
        #expect(xmlTextWriterWriteAttribute(writer, "employee", "E<1>&") >= 0)
        #expect(xmlTextWriterWriteString(writer, "ok") >= 0)
        #expect(xmlTextWriterEndDocument(writer) >= 0)
        xmlFreeTextWriter(writer)

        let text = String(cString: xmlBufferContent(buffer))
        #expect(text.contains("E&lt;1&gt;&amp;"))
        let doc = try #require(
            xmlReadMemory(text, Int32(text.utf8.count), "mem.xml", "UTF-8", Int32(XML_PARSE_NONET.rawValue)))
        defer { xmlFreeDoc(doc) }
        let root = try #require(xmlDocGetRootElement(doc))
        #expect(String(cString: root.pointee.name) == "plan")
        let attr = try #require(xmlGetProp(root, "employee"))
        defer { perfplan_xmlFree(attr) }
        #expect(String(cString: attr) == "E<1>&")
    }
}
