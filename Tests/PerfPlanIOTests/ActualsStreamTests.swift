import PerfPlanCore
import Testing

@testable import PerfPlanIO
@testable import PerfPlanSystem

/// `actuals.csv` is read in pieces straight into the column store. Whatever the piece size,
/// rows and messages must be exactly those of the whole-file reader used for every other
/// CSV file — including records that straddle a piece, CRLF split between pieces, quoted
/// line breaks, malformed quotes and bad bytes.
@Suite struct ActualsStreamTests {
    static let header = "employee_id,indicator_id,period,value,note,source\n"
    static let inputs: [String] = [
        header + "E1,x,2026-01,5,,CRM\nE1,x,2026-02,6.5,,CRM\nE2,x,2026-01,-3,late,LMS\n",
        "\u{FEFF}" + header.replacingOccurrences(of: "\n", with: "\r\n")
            + "E1,x,2026-01,5,,CRM\r\nE1,y,2026-01,7,,\r\n\r\nE2,x,2026-02,1e3,,CRM\r\n",
        header.replacingOccurrences(of: "\n", with: "\r") + "E1,x,2026-01,5,,\rE1,x,2026-02,4,,\r",
        header + "\"E1\",x,2026-01,\"5\",\"a note\nover two lines\",CRM\nE1,x,2026-02,5,\"say \"\"hi\"\"\",\n",
        header
            + "E1,x,2026-01,5,,\nE1,x\"y,2026-02,5,,\nE1,\"x\"z,2026-03,5,,\nE1,x,2026-04,5,,,extra\nE1,x,2026-05,5,, ,\n",
        header + "E1,x,2026-1,5,,\nE1,x,2026-02,abc,,\n,x,2026-03,5,,\nE1,x,2026-02,5,,\n  E1 ,x,2026-06,5,,\n",
        header + "E1,x,2026-01,5,,\nE1,x,2026-02,\"5,\n",
        header + "E1,x,2026-01,5,,\nE1,x,2026-02,5,\u{E9}t\u{E9},\n",
        "employee_id;indicator_id;period;value\nE1;x;2026-01;1,5\nE1;x;2026-02;2\n",
        "employee_id,period,value\nE1,2026-01,5\n",
        // Periods and values the parsing thread reads ahead (and those it leaves to the
        // decoder), with the columns in another order and one named twice.
        "value,period,indicator_id,employee_id,value\n5,2026-01,x,E1,9\n+3,2026-02,x,E1,\n 5,2026-03,x,E1,\n-0,2026-04,x,E1,\n"
            + ".5,2026-05,x,E1,\n5.,2026-06,x,E1,\n1234567890123456,2026-07,x,E1,\n0.123456789012345,2026-08,x,E1,\n"
            + "7, 2026-09,x,E1,\n7,2026-13,x,E1,\n7,2026-00,x,E1,\n\"12.50\",\"2026-10\",x,E1,\n-12.5,2026-11,x,E2\n",
        header,
        "\n\n",
        "",
    ]

    static func wholeFile(_ bytes: [UInt8]) -> (rows: [Actual], messages: [String]) {
        var diags = DiagnosticList()
        var decoders = RecordDecoders()
        var table = ActualsTable()
        let raw = TableReaders.csv(bytes, file: "actuals.csv", schema: .actuals, into: &diags)
        var fast = ActualsFastPath(file: "actuals.csv")
        decoders.actuals(raw, into: &table, fast: &fast)
        diags.append(contentsOf: decoders.diags.items)
        return (Array(table), diags.sorted.map(\.description))
    }

    static func streamed(_ bytes: [UInt8], pieceSize: Int) -> (rows: [Actual], messages: [String]) {
        var diags = DiagnosticList()
        var decoders = RecordDecoders()
        var table = ActualsTable()
        _ = ActualsCSVReader.read(
            ByteStream(bytes: bytes), file: "actuals.csv", pieceSize: pieceSize,
            into: &table, decoders: &decoders, diags: &diags)
        diags.append(contentsOf: decoders.diags.items)
        return (Array(table), diags.sorted.map(\.description))
    }

    @Test(arguments: inputs.indices)
    func everyPieceSizeReadsLikeTheWholeFile(_ k: Int) {
        let bytes = Array(Self.inputs[k].utf8)
        let expected = Self.wholeFile(bytes)
        for size in Array(1...24) + [64, 1 << 20] {
            let got = Self.streamed(bytes, pieceSize: size)
            #expect(got.rows == expected.rows, "input \(k), piece size \(size)")
            #expect(got.messages == expected.messages, "input \(k), piece size \(size)")
        }
    }

    @Test func invalidUTF8AfterGoodPiecesGivesOnlyThatMessage() {
        var bytes = Array((Self.header + String(repeating: "E1,x,2026-01,5,,\n", count: 3) + "E1,y,2026-01,5,,\n").utf8)
        bytes += [0x45, 0xFF, 0x0A]
        for size in [8, 40, 1 << 20] {
            let got = Self.streamed(bytes, pieceSize: size)
            #expect(got.rows.isEmpty)
            #expect(
                got.messages == [
                    "actuals.csv:6: the file is not UTF-8 text (first invalid byte on this line); save it as UTF-8"
                ])
        }
    }

    @Test func rowsKeepTheirValuesIdsAndLines() {
        let text = Self.header + "E1,x,2026-01,5,,CRM\nE2,y,2026-02,6.25,a note,\n\nE1,x,2026-03,7,,CRM\n"
        let got = Self.streamed(Array(text.utf8), pieceSize: 10)
        #expect(got.messages == [])
        #expect(got.rows.map(\.employeeId) == ["E1", "E2", "E1"])
        #expect(got.rows.map(\.value) == [5, 6.25, 7])
        #expect(got.rows.map(\.source.line) == [2, 3, 5])
        #expect(got.rows.map(\.dataSource) == ["CRM", nil, "CRM"])
        #expect(got.rows.map(\.note) == [nil, "a note", nil])
        #expect(got.rows.map(\.period.description) == ["2026-01", "2026-02", "2026-03"])
    }
}
