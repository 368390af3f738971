import Foundation
import PerfPlanSystem
import Testing

@testable import PerfPlanCommands
@testable import PerfPlanRender

@Suite struct SafeXMLReaderTests {
    @Test func readsElementsAttributesAndText() throws {
        let xml =
            #"<?xml version="1.0"?><plan xmlns="urn:perfplan:1" id="E1"><goal k="a">x &amp; y</goal><goal k="b"/></plan>"#
        let root = try SafeXMLReader.parse(Array(xml.utf8), path: "plan.xml")
        #expect(root.name == "plan")
        #expect(root.namespace == "urn:perfplan:1")
        #expect(root.attributes["id"] == "E1")
        #expect(root.children("goal").map { $0.attributes["k"] } == ["a", "b"])
        #expect(root.child("goal")?.text == "x & y")
    }

    @Test func externalEntityIsRefusedWithoutReadingTheFile() throws {
        // If this were expanded, the document would contain the secret file's text.
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("secret-\(UUID().uuidString).txt")
        try Data("TOP-SECRET".utf8).write(to: secret)
        defer { try? FileManager.default.removeItem(at: secret) }
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE plan [ <!ENTITY x SYSTEM "file://\(secret.path)"> ]>
            <plan>&x;</plan>
            """
        #expect {
            try SafeXMLReader.parse(Array(xml.utf8), path: "evil.xml")
        } throws: { error in
            "\(error)".contains("evil.xml: a DOCTYPE is not allowed") && !"\(error)".contains("TOP-SECRET")
        }
    }

    @Test func billionLaughsIsRefused() {
        var xml = "<?xml version=\"1.0\"?>\n<!doctype lolz [\n<!ENTITY lol \"lol\">\n"
        for i in 1...9 {
            xml += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i == 1 ? "" : String(i - 1));", count: 10) + "\">\n"
        }
        xml += "]>\n<lolz>&lol9;</lolz>"
        #expect(throws: SafeXMLReader.Failure.self) { try SafeXMLReader.parse(Array(xml.utf8), path: "lol.xml") }
    }

    @Test func malformedXMLNamesFileAndLine() {
        let xml = "<plan>\n<goal>\n</plan>"
        #expect {
            try SafeXMLReader.parse(Array(xml.utf8), path: "bad.xml")
        } throws: { error in
            "\(error)".hasPrefix("bad.xml: line 3:")
        }
    }
}
