import PerfPlanCore
import Testing

@testable import PerfPlanIO
@testable import PerfPlanSystem

/// `indicators.decimals` and the decimals written in the actuals (contract §6.30).
@Suite struct DecimalsTests {
    @Test func writtenDecimalsOfNumberText() {
        // Digits after the point, less the exponent, never below 0.
        let cases: [(String, Int)] = [
            ("12.50", 2), ("12", 0), (".5", 1), ("12.", 0), ("-3.125", 3), ("+0.10", 2),
            ("1.25e2", 0), ("1.5e1", 0), ("1.25E1", 1), ("5e-3", 3), ("2.5e-1", 2), ("1e3", 0), ("abc", 0),
        ]
        for (text, expected) in cases { #expect(NumberText.writtenDecimals(text) == expected, "\(text)") }
    }

    @Test func fastPathCountsFractionDigits() {
        for (text, expected) in [("219000", 0), ("-3.5", 1), ("12.50", 2), (".125", 3), ("7.", 0)] {
            var fraction = -1
            let bytes = Array(text.utf8)
            let value = bytes.withUnsafeBufferPointer { NumberText.fastPath($0, fractionDigits: &fraction) }
            #expect(value != nil)
            #expect(fraction == expected, "\(text)")
        }
    }

    @Test func shortestDecimalsOfAValue() {
        // Actuals given as numbers (tests, generated data): the shortest text that reads back.
        #expect(ActualsTable.shortestDecimals(12) == 0)
        #expect(ActualsTable.shortestDecimals(12.5) == 1)
        #expect(ActualsTable.shortestDecimals(-0.25) == 2)
        #expect(ActualsTable.shortestDecimals(0.00001) == 5)  // "1e-05"
        #expect(ActualsTable.shortestDecimals(1.5e16) == 0)  // "1.5e+16"
    }

    /// Loads the fixture with `indicators.csv` and `actuals.csv` replaced; the decimals by indicator.
    private func decimals(indicators: String = Fixture.indicators, actuals: String) throws -> (
        decimals: [String: Int], messages: [String]
    ) {
        var files = Fixture.csvFiles
        files["indicators.csv"] = indicators
        files["actuals.csv"] = actuals
        let result = try Fixture.load(files)
        let d = result.partial.indicators
        return (Dictionary(uniqueKeysWithValues: d.map { ($0.id, $0.decimals) }), result.diagnostics.map(\.description))
    }

    @Test func derivedFromTheWrittenActuals() throws {
        // sales_revenue written "205000", "219000.5", "219000.50" → 2 (as written, though
        // 219000.50 = 219000.5); report delay "2", "3" → 0; csat ".5"… "3.5" → 1.
        let got = try decimals(
            actuals: """
                employee_id,indicator_id,period,value,note,source
                E1,sales_revenue,2026-08,205000,,CRM
                E1,sales_revenue,2026-09,219000.5,,CRM
                E1,sales_revenue,2026-10,219000.50,,CRM
                E2,report_delay_days,2026-09,2,,finance
                E2,report_delay_days,2026-10,3,,finance
                E2,csat,2026-10,3.5,,survey
                """)
        #expect(got.messages == [])
        #expect(got.decimals == ["sales_revenue": 2, "report_delay_days": 0, "csat": 1])
    }

    @Test func slowPathRowsAndTheCapOfFour() throws {
        // Exponents and a leading '+' take the decoder's slow path: "1.5e1" (15) → 0,
        // "+2.125" → 3 for revenue; "0.1234567" has 7 → capped at 4 for delay.
        let got = try decimals(
            actuals: """
                employee_id,indicator_id,period,value,note,source
                E1,sales_revenue,2026-09,1.5e1,,CRM
                E1,sales_revenue,2026-10,+2.125,,CRM
                E2,report_delay_days,2026-10,0.1234567,,finance
                E2,csat,2026-10,4,,survey
                """)
        #expect(got.messages == [])
        #expect(got.decimals == ["sales_revenue": 3, "report_delay_days": 4, "csat": 0])
    }

    @Test func givenDecimalsWinAndAreChecked() throws {
        let indicators = """
            indicator_id,name,unit,direction,kind,scale_min,scale_max,weight,threshold,critical,category,description,decimals
            sales_revenue,Sales revenue,EUR,higher,quantitative,,,3,,true,sales,Monthly booked revenue,0
            report_delay_days,Report delay,days,lower,,,,1,5,false,delivery,Days late,6
            csat,Customer rating,rating,higher,qualitative,1,5,2,1,,quality,,
            """
        let got = try decimals(indicators: indicators, actuals: Fixture.actuals)
        #expect(got.messages == [])
        // Given 0 and 6; csat derived from "3.5" → 1.
        #expect(got.decimals == ["sales_revenue": 0, "report_delay_days": 6, "csat": 1])

        for bad in ["2.5", "7", "-1", "two"] {
            let text = indicators.replacingOccurrences(
                of: "Monthly booked revenue,0", with: "Monthly booked revenue,\(bad)")
            let messages = try decimals(indicators: text, actuals: Fixture.actuals).messages
            let expected =
                bad == "two"
                ? "indicators.csv:2: decimals \"two\" is not a number"
                : "indicators.csv:2: decimals \(bad) must be a whole number from 0 to 6"
            #expect(messages.contains(expected), "\(bad): \(messages)")
        }
    }

    @Test func jsonLiteralsCountAsWritten() throws {
        var files = Fixture.csvFiles
        files["actuals.csv"] = nil
        // 12.50 keeps its two decimals in JSON too; 3 has none; 2.5e-1 (0.25) has 2.
        files["actuals.json"] = #"""
            [{"employee_id": "E1", "indicator_id": "sales_revenue", "period": "2026-10", "value": 12.50},
             {"employee_id": "E2", "indicator_id": "report_delay_days", "period": "2026-10", "value": 3},
             {"employee_id": "E2", "indicator_id": "csat", "period": "2026-10", "value": 2.5e-1}]
            """#
        let result = try Fixture.load(files)
        let d = result.partial
        #expect(
            Dictionary(uniqueKeysWithValues: d.indicators.map { ($0.id, $0.decimals) })
                == ["sales_revenue": 2, "report_delay_days": 0, "csat": 2])
    }

    @Test(arguments: [1, 7, 64, 1 << 20])
    func streamedPiecesAgreeWithTheWholeFile(_ pieceSize: Int) {
        // Preparsed on the parsing thread or read by the decoder: the same maxima. x: "5",
        // "6.5", "1e3" (slow path) → 1; y: "7.125" → 3.
        let text =
            ActualsStreamTests.header
            + "E1,x,2026-01,5,,CRM\nE1,x,2026-02,6.5,,CRM\nE2,y,2026-01,7.125,,\nE2,x,2026-02,1e3,,\n"
        var diags = DiagnosticList()
        var decoders = RecordDecoders()
        var table = ActualsTable()
        _ = ActualsCSVReader.read(
            ByteStream(bytes: Array(text.utf8)), file: "actuals.csv", pieceSize: pieceSize,
            into: &table, decoders: &decoders, diags: &diags)
        #expect(table.writtenDecimals("x") == 1)
        #expect(table.writtenDecimals("y") == 3)
        #expect(table.writtenDecimals("z") == 0)
    }
}
