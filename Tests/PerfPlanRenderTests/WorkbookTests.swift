import Foundation
import Testing
@testable import PerfPlanCore
@testable import PerfPlanRender

/// The workbook's pieces: cell text escaped, columns lettered, figures rounded as the
/// documents round them, the same sheets zipped to the same bytes.
@Suite struct WorkbookTests {
    @Test func columnLetters() {
        #expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(SheetXML.column) == ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"])
    }

    @Test func textIsEscapedAndForbiddenCharactersReplaced() {
        var row = SheetXML.Row()
        row.text("<b>Tom & \"Jerry\"</b>\u{1}x")
        row.number(2.5)
        row.blank()
        row.text("", style: .text)
        let xml = String(decoding: row.finished(), as: UTF8.self)
        #expect(xml == "<row><c t=\"inlineStr\"><is><t xml:space=\"preserve\">&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;\u{FFFD}x</t></is></c>"
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
        let rows = [HRWorkbook.ReviewRow(employeeId: "E1", name: "Ann", manager: "Mo", department: "Sales", cycle: 2,
                                         reasons: "critical indicator missed: Orders", cautions: "")]
        let sheet = HRWorkbook.review(rows, month: Month(parsing: "2026-10")!)
        let xml = String(decoding: sheet.xml(), as: UTF8.self)
        let header = HRWorkbook.reviewInformational + ["employee_id", "month", "decision", "decided_by", "decided_on", "reason"]
        #expect(header.allSatisfy { xml.contains("<t xml:space=\"preserve\">\($0)</t>") })
        #expect(xml.contains("<dataValidation type=\"list\"") && xml.contains("sqref=\"I2:I1048576\"><formula1>\"issue,coach,defer,dismiss\"</formula1>"))
        #expect(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(xml.contains("<autoFilter ref=\"A1:L2\"/>") && xml.contains("<dimension ref=\"A1:L2\"/>"))
        #expect(xml.contains("<c s=\"5\" t=\"inlineStr\"><is><t xml:space=\"preserve\">E1</t></is></c><c s=\"5\" t=\"inlineStr\"><is><t xml:space=\"preserve\">2026-10</t></is></c><c s=\"5\"/>"))
    }

    @Test func sameSheetsSameBytes() throws {
        func sheets() -> [SheetXML] {
            var s = SheetXML(name: "A & B's", header: ["x"], widths: [10])
            var row = SheetXML.Row(); row.number(1); s.append(row)
            return [s]
        }
        let date = Date(timeIntervalSince1970: 1_793_577_600)
        let a = try WorkbookPackage.zip(sheets(), date: date), b = try WorkbookPackage.zip(sheets(), date: date)
        #expect(a == b && a.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let workbook = String(decoding: WorkbookPackage.workbook(sheets()), as: UTF8.self)
        #expect(workbook.contains("<sheet name=\"A &amp; B&apos;s\"") || workbook.contains("<sheet name=\"A &amp; B's\""))
        #expect(workbook.contains("'A &amp; B''s'!$A$1:$A$2</definedName>"))
    }
}
