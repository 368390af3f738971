/// `perfplan gaps --format csv` and the packet's `gaps.csv` (contract §5.28): one row per
/// employee and indicator, employee fields first, lists joined with `|`, null empty, CRLF.
///
/// Text cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
/// tab or CR) get a leading `'` (OWASP CSV injection); numbers are ours and stay numeric.
package enum GapsCSV {
    package static func render(_ report: GapReport) -> String {
        header + rows(report.employees)
    }

    package static var header: String {
        (GapsFields.employeeNames + GapsFields.indicatorNames).joined(separator: ",") + "\r\n"
    }

    /// The rows of some employees, for writing batch by batch.
    package static func rows(_ employees: [EmployeeResult]) -> String {
        var out: [UInt8] = []
        append(rowsOf: employees[...], to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The same rows as UTF-8 bytes (the packet's gaps.csv is written straight from them).
    package static func append(rowsOf employees: ArraySlice<EmployeeResult>, to out: inout [UInt8]) {
        for e in employees { append(rowsOf: e, to: &out) }
    }

    /// One employee's rows (one per indicator, or one with empty indicator cells); number
    /// cells from `figures` (the employee's, already formatted) when given.
    package static func append(rowsOf e: EmployeeResult, figures: MachineFigures? = nil, to out: inout [UInt8]) {
        var employee: [UInt8] = []
        appendText(e.employeeId, to: &employee)
        employee.append(UInt8(ascii: ","))
        if let c = e.composite { ByteFormat.append(number: c, to: &employee) }
        employee.append(UInt8(ascii: ","))
        appendText(e.rating ?? "", to: &employee)
        ByteFormat.append(e.flagged ? ",true," : ",false,", to: &employee)
        for (n, reason) in e.reasons.enumerated() {
            if n > 0 { employee.append(UInt8(ascii: "|")) }
            employee.append(utf8: reason.code)
        }
        employee.append(UInt8(ascii: ","))
        ByteFormat.append(integer: Int64(e.cycle), to: &employee)
        employee.append(UInt8(ascii: ","))
        appendText(e.focus.joined(separator: "|"), to: &employee)
        if e.indicators.isEmpty {
            out += employee
            out.append(contentsOf: repeatElement(UInt8(ascii: ","), count: GapsFields.indicatorNames.count))
            ByteFormat.append("\r\n", to: &out)
            return
        }
        for n in e.indicators.indices {
            out += employee
            GapsFields.visit(e.indicators[n]) { _, value in
                out.append(UInt8(ascii: ","))
                switch value {
                case .text(let s): appendText(s ?? "", to: &out)
                case .number(let x, let field):
                    if let figures {
                        figures.append(n, field, to: &out)
                    } else if let x {
                        ByteFormat.append(number: x, to: &out)
                    }
                case .integer(let n): ByteFormat.append(integer: Int64(n), to: &out)
                }
            }
            ByteFormat.append("\r\n", to: &out)
        }
    }

    /// A text cell: formula-looking starts (`=`, `+`, `-`, `@`, tab, CR) neutralised with a
    /// leading `'`, then quoted with `""` doubled when RFC 4180 needs it (comma, quote, line
    /// break). The characters involved are all ASCII, so deciding on bytes is exact.
    static func appendText(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { bytes in
            let neutralise = bytes.first.map { [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D].contains($0) } ?? false
            let quote = bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            if quote { out.append(0x22) }
            if neutralise { out.append(UInt8(ascii: "'")) }
            if quote {
                for b in bytes {
                    if b == 0x22 { out.append(0x22) }
                    out.append(b)
                }
                out.append(0x22)
            } else {
                out.append(contentsOf: bytes)
            }
        }
    }
}
