/// `perfplan gaps --format csv` and the packet's `gaps.csv` (contract §5.28): one row per
/// employee and indicator, employee fields first, lists joined with `|`, null empty, CRLF.
///
/// Text cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
/// tab or CR) get a leading `'` (OWASP CSV injection); numbers are ours and stay numeric.
public enum GapsCSV {
    public static func render(_ report: GapReport) -> String {
        header + rows(report.employees)
    }

    public static var header: String { (GapsFields.employeeNames + GapsFields.indicatorNames).joined(separator: ",") + "\r\n" }

    /// The rows of some employees, for writing batch by batch.
    public static func rows(_ employees: [EmployeeResult]) -> String {
        var out = ""
        for e in employees {
            let employee = [
                text(e.employeeId), e.composite.map(NumberFormat.machine) ?? "", text(e.rating ?? ""),
                e.flagged ? "true" : "false", e.reasons.map(\.code).joined(separator: "|"), String(e.cycle),
                text(e.focus.joined(separator: "|")),
            ].joined(separator: ",")
            if e.indicators.isEmpty {
                out += employee + String(repeating: ",", count: GapsFields.indicatorNames.count) + "\r\n"
                continue
            }
            for i in e.indicators {
                out += employee
                for field in GapsFields.indicator(i) {
                    out += ","
                    switch field.value {
                    case .text(let s): out += text(s ?? "")
                    case .number(let x): out += x.map(NumberFormat.machine) ?? ""
                    case .integer(let n): out += String(n)
                    }
                }
                out += "\r\n"
            }
        }
        return out
    }

    /// A text cell: formula-looking starts neutralised, then quoted when RFC 4180 needs it.
    public static func text(_ s: String) -> String {
        var cell = s
        if let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { cell = "'" + s }
        if cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            cell = "\"" + cell.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
        }
        return cell
    }
}
