import Foundation
import Testing

@testable import PerfPlanCore
@testable import PerfPlanRender

/// The workbook's pieces: cell text escaped, columns lettered, figures rounded as the
/// documents round them, the same sheets zipped to the same bytes.
@Suite struct WorkbookTests {
    @Test func columnLetters() {
        #expect(
            [0, 1, 25, 26, 27, 51, 52, 701, 702].map(SheetXML.column) == [
                "A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA",
            ])
    }

    @Test func textIsEscapedAndForbiddenCharactersReplaced() {
        var row = SheetXML.Row()
        row.text("<b>Tom & \"Jerry\"</b>\u{1}x")
        row.number(2.5)
        row.blank()
        row.text("", style: .text)
        let xml = String(decoding: row.finished(), as: UTF8.self)
        #expect(
            xml
                == "<row><c t=\"inlineStr\"><is><t xml:space=\"preserve\">&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;\u{FFFD}x</t></is></c>"
                + "<c><v>2.5</v></c><c/><c s=\"5\"/></row>")
    }

    /// Half away from zero on the binary value, as `HumanNumber` prints: 2.5 → 3, -2.5 → -3,
    /// 0.125 at 2 places → 0.13, 1.005 (binary 1.00499…) at 2 places → 1.
    @Test func roundingAsTheDocuments() {
        #expect(HRWorkbook.rounded(2.5, 0) == 3 && HRWorkbook.rounded(-2.5, 0) == -3)
        #expect(HRWorkbook.rounded(0.125, 2) == 0.13 && HRWorkbook.rounded(1.005, 2) == 1)
        #expect(HRWorkbook.rounded(1234.5678, 1) == 1234.6 && HRWorkbook.rounded(-0.04, 1) == 0)
        for (x, d) in [(12.345, 2), (-7.25, 1), (99.95, 1), (1_000_000.5, 0)] {
            #expect(HumanNumber.format(HRWorkbook.rounded(x, d), decimals: d) == HumanNumber.format(x, decimals: d))
        }
    }

    @Test func reviewSheetHasTheDecisionsColumnsAndDropDown() {
        let rows = [
            HRWorkbook.ReviewRow(
                employeeId: "E1", name: "Ann", manager: "Mo", department: "Sales", cycle: 2,
                reasons: "critical indicator missed: Orders", cautions: "")
        ]
        let sheet = HRWorkbook.review(rows, month: Month(parsing: "2026-10")!)
        let xml = String(decoding: sheet.xml(), as: UTF8.self)
        let header =
            HRWorkbook.reviewInformational + ["employee_id", "month", "decision", "decided_by", "decided_on", "reason"]
        #expect(header.allSatisfy { xml.contains("<t xml:space=\"preserve\">\($0)</t>") })
        #expect(
            xml.contains("<dataValidation type=\"list\"")
                && xml.contains("sqref=\"I2:I1048576\"><formula1>\"issue,coach,defer,dismiss\"</formula1>"))
        #expect(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(xml.contains("<autoFilter ref=\"A1:L2\"/>") && xml.contains("<dimension ref=\"A1:L2\"/>"))
        #expect(
            xml.contains(
                "<c s=\"5\" t=\"inlineStr\"><is><t xml:space=\"preserve\">E1</t></is></c><c s=\"5\" t=\"inlineStr\"><is><t xml:space=\"preserve\">2026-10</t></is></c><c s=\"5\"/>"
            ))
    }

    @Test func sameSheetsSameBytes() throws {
        func sheets() -> [SheetXML] {
            var s = SheetXML(name: "A & B's", header: ["x"], widths: [10])
            var row = SheetXML.Row()
            row.number(1)
            s.append(row)
            return [s]
        }
        let date = Date(timeIntervalSince1970: 1_793_577_600)
        let a = try WorkbookPackage.zip(sheets(), date: date)
        let b = try WorkbookPackage.zip(sheets(), date: date)
        #expect(a == b && a.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let workbook = String(decoding: WorkbookPackage.workbook(sheets()), as: UTF8.self)
        #expect(
            workbook.contains("<sheet name=\"A &amp; B&apos;s\"") || workbook.contains("<sheet name=\"A &amp; B's\""))
        #expect(workbook.contains("'A &amp; B''s'!$A$1:$A$2</definedName>"))
    }

    /// The Gaps sheet's shared strings: statuses at 0-3, the indicators' names in the index's
    /// order, departments and manager labels sorted and each once, then every employee's id
    /// and name by position; text escaped; an employee not at the position asked is refused
    /// (the row then carries inline text).
    @Test func gapsSharedStrings() {
        let ann = Employee(id: "E1", name: "Ann & Bo", role: "r", department: "Sales")
        let cy = Employee(id: "E2", name: "Cy", role: "r", department: "Ops")
        let orders = Indicator(id: "I1", name: "Orders", direction: .higher, weight: 1)
        let calls = Indicator(id: "I2", name: "Calls <daily>", direction: .higher, weight: 1)
        let strings = GapsStrings(
            indicators: [orders, calls], employees: [ann, cy], managerLabels: ["No manager", "Mo", "Sales"])
        // met, at risk, missed, no data | Orders, Calls | Ops, Sales | Mo, No manager ("Sales" is there once) | E1, Ann, E2, Cy
        #expect(strings.indicator(0) == 4 && strings.indicator(1) == 5)
        #expect(strings.index(of: "Ops") == 6 && strings.index(of: "Sales") == 7)
        #expect(
            strings.index(of: "Mo") == 8 && strings.index(of: "No manager") == 9 && strings.index(of: "Nobody") == nil)
        #expect(strings.employee(ann, at: 0)! == (10, 11) && strings.employee(cy, at: 1)! == (12, 13))
        #expect(strings.employee(cy, at: 0) == nil && strings.employee(ann, at: 2) == nil)
        let xml = String(decoding: Array(strings.part().joined()), as: UTF8.self)
        let texts = [
            "met", "at risk", "missed", "no data", "Orders", "Calls &lt;daily&gt;", "Ops", "Sales", "Mo", "No manager",
            "E1", "Ann &amp; Bo", "E2", "Cy",
        ]
        #expect(
            xml.hasSuffix(
                "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + texts.map { "<si><t xml:space=\"preserve\">\($0)</t></si>" }.joined() + "</sst>"))

        // A row refers to the table; a workbook with it lists the part in its content types and relationships.
        var row = SheetXML.Row()
        row.shared(12)
        row.shared(GapsStrings.missed, style: .missed)
        #expect(
            String(decoding: row.finished(), as: UTF8.self)
                == "<row><c t=\"s\"><v>12</v></c><c s=\"4\" t=\"s\"><v>2</v></c></row>")
        let types = String(decoding: WorkbookPackage.contentTypes(1, sharedStrings: true), as: UTF8.self)
        #expect(
            types.contains(
                "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
            ))
        let rels = String(decoding: WorkbookPackage.workbookRelationships(1, sharedStrings: true), as: UTF8.self)
        #expect(
            rels.contains(
                "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            ))
    }

    /// A part handed to the archive in pieces reads as the pieces joined, whatever the buffer size.
    @Test func piecesReadFrontToBack() {
        var reader = WorkbookPackage.PieceReader([[1, 2, 3], [], [4], [5, 6, 7, 8]])
        #expect(reader.count == 8)
        #expect([UInt8](reader.read(from: 0, count: 2)) == [1, 2])
        #expect([UInt8](reader.read(from: 2, count: 3)) == [3, 4, 5])
        #expect([UInt8](reader.read(from: 5, count: 3)) == [6, 7, 8])
    }
}
