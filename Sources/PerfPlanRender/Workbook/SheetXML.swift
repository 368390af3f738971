import PerfPlanCore

/// One worksheet of an Office Open XML workbook, its XML streamed into byte buffers row by
/// row: header row frozen, autofilter over the used range, column widths set. Text goes in
/// inline strings, or as an index into the workbook's shared strings where the sheet's maker
/// has one (`Row.shared`, the Gaps sheet: `GapsStrings`); numbers as numbers.
package struct SheetXML: Sendable {
    /// The cell styles of `WorkbookPackage.styles`, by their index there.
    enum Style: Int, Sendable {
        case plain = 0
        case header = 1
        case met = 2
        case atRisk = 3
        case missed = 4
        case text = 5
    }

    /// A drop-down list on a column: the allowed values, offered on every row below the header.
    struct ListValidation: Sendable {
        var column: Int
        var values: [String]
    }

    let name: String
    let widths: [Double]
    var validations: [ListValidation] = []
    /// Columns whose cells (filled in later by a person) are formatted as text, so that a
    /// date typed there stays as typed when the sheet is saved as CSV.
    var textColumns: Set<Int> = []
    /// The sheet's rows so far (the `<row>` elements), in pieces in order: rows made
    /// elsewhere arrive as whole pieces and are never copied into one buffer.
    private(set) var rows: [[UInt8]] = []
    private(set) var rowCount = 0

    init(name: String, header: [String], widths: [Double]) {
        self.name = name
        self.widths = widths
        var row = Row()
        for h in header { row.text(h, style: .header) }
        append(row)
    }

    /// Rows are built apart (on worker threads, for Gaps) and appended in order.
    mutating func append(_ row: Row) {
        // Small rows share a piece (a piece per row would be many small arrays).
        if rows.isEmpty || rows[rows.count - 1].count >= 1 << 16 { rows.append([]) }
        rows[rows.count - 1] += row.finished()
        rowCount += 1
    }

    /// Appends rows made elsewhere: `bytes` holds `count` finished rows numbered from `rowCount + 1`.
    package mutating func append(rows bytes: [UInt8], count: Int) {
        guard count > 0 else { return }
        rows.append(bytes)
        rowCount += count
    }

    /// The worksheet part in one buffer.
    func xml() -> [UInt8] { Array(parts().joined()) }

    /// The worksheet part as pieces in order: what precedes the rows, the rows, what follows.
    func parts() -> [[UInt8]] { [head()] + rows + [tail()] }

    private func head() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(2048)
        out.append(
            utf8: "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
        // Printed landscape, as wide as one page (rows run on over as many pages as needed).
        out.append(utf8: "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>")
        out.append(utf8: "<dimension ref=\"A1:\(Self.column(widths.count - 1))\(rowCount)\"/>")
        out.append(
            utf8:
                "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>")
        out.append(utf8: "<sheetFormatPr defaultRowHeight=\"15\"/><cols>")
        for (k, w) in widths.enumerated() {
            out.append(
                utf8: "<col min=\"\(k + 1)\" max=\"\(k + 1)\" width=\"\(NumberFormat.machine(w))\" customWidth=\"1\"")
            if textColumns.contains(k) { out.append(utf8: " style=\"\(Style.text.rawValue)\"") }
            out.append(utf8: "/>")
        }
        out.append(utf8: "</cols><sheetData>")
        return out
    }

    private func tail() -> [UInt8] {
        var out: [UInt8] = []
        out.append(utf8: "</sheetData>")
        out.append(utf8: "<autoFilter ref=\"\(filterRange)\"/>")
        if !validations.isEmpty {
            out.append(utf8: "<dataValidations count=\"\(validations.count)\">")
            for v in validations {
                let col = Self.column(v.column)
                out.append(
                    utf8:
                        "<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" "
                        + "errorTitle=\"Not an allowed value\" error=\"Choose one of: \(Self.escaped(v.values.joined(separator: ", ")))\" "
                        + "sqref=\"\(col)2:\(col)1048576\"><formula1>\"\(Self.escaped(v.values.joined(separator: ",")))\"</formula1></dataValidation>"
                )
            }
            out.append(utf8: "</dataValidations>")
        }
        out.append(
            utf8: "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
                + "<pageSetup orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>")
        return out
    }

    /// The autofilter's range: the header and every row (the header alone when empty).
    var filterRange: String { "A1:\(Self.column(widths.count - 1))\(max(rowCount, 1))" }

    /// Column letters of a zero-based column: 0 → A, 25 → Z, 26 → AA.
    static func column(_ k: Int) -> String {
        var k = k + 1
        var s = ""
        while k > 0 {
            let r = (k - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            k = (k - 1) / 26
        }
        return s
    }

    /// Text escaped for XML content and attributes; characters XML 1.0 forbids become U+FFFD.
    static func escaped(_ s: String) -> String {
        var out: [UInt8] = []
        appendEscaped(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendEscaped(_ s: String, to out: inout [UInt8]) {
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x26: out.append(utf8: "&amp;")
            case 0x3C: out.append(utf8: "&lt;")
            case 0x3E: out.append(utf8: "&gt;")
            case 0x22: out.append(utf8: "&quot;")
            case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF:
                out.append(contentsOf: String(scalar).utf8)
            default: out.append(contentsOf: "\u{FFFD}".utf8)
            }
        }
    }

    /// One row being filled cell by cell, left to right. Rows and cells carry no reference
    /// (`r` is optional in SpreadsheetML): each cell is written, a blank one as `<c/>`, so a
    /// row can be made on any thread before its number is known.
    struct Row {
        private var bytes: [UInt8] = Array("<row>".utf8)

        init() {}

        private mutating func open(_ style: Style) {
            bytes.append(utf8: "<c")
            if style != .plain { bytes.append(utf8: " s=\"\(style.rawValue)\"") }
        }

        /// A text cell (blank for nil or empty).
        mutating func text(_ s: String?, style: Style = .plain) {
            guard let s, !s.isEmpty else {
                blank(style: style)
                return
            }
            open(style)
            bytes.append(utf8: " t=\"inlineStr\"><is><t xml:space=\"preserve\">")
            SheetXML.appendEscaped(s, to: &bytes)
            bytes.append(utf8: "</t></is></c>")
        }

        /// A text cell given as the index of its (non-empty) text in the workbook's shared strings.
        mutating func shared(_ index: Int, style: Style = .plain) {
            open(style)
            bytes.append(utf8: " t=\"s\"><v>")
            ByteFormat.append(integer: Int64(index), to: &bytes)
            bytes.append(utf8: "</v></c>")
        }

        /// A number cell (blank for nil).
        mutating func number(_ x: Double?, style: Style = .plain) {
            guard let x, x.isFinite else {
                blank(style: style)
                return
            }
            open(style)
            bytes.append(utf8: "><v>")
            ByteFormat.append(number: x, to: &bytes)
            bytes.append(utf8: "</v></c>")
        }

        mutating func integer(_ n: Int) { number(Double(n)) }

        /// An empty cell (styled: what a person types there takes the style).
        mutating func blank(style: Style = .plain) {
            open(style)
            bytes.append(utf8: "/>")
        }

        func finished() -> [UInt8] { bytes + Array("</row>".utf8) }

        /// Empties the row for the next one, keeping its buffer.
        mutating func restart() {
            bytes.removeAll(keepingCapacity: true)
            bytes.append(utf8: "<row>")
        }

        /// Appends the finished row to `out` (what `finished()` returns, without a copy of its own).
        func finish(into out: inout [UInt8]) {
            out.append(contentsOf: bytes)
            out.append(utf8: "</row>")
        }
    }
}
