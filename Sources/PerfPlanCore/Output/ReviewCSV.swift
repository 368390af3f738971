/// `review.csv` (contract §7.49): one row per proposal of HR's review list, followed by the
/// `decisions` columns, `month` filled in and the rest empty, so HR fills in each row and
/// saves the file as `decisions.csv` (the loader ignores the extra columns, with one
/// warning, and skips rows left undecided). CRLF line ends, like gaps.csv.
package enum ReviewCSV {
    package static let columns = [
        "employee_id", "name", "manager", "department", "cycle", "reasons", "cautions",
        "month", "decision", "decided_by", "decided_on", "reason",
    ]

    /// Lists inside a cell (reasons, cautions) are joined with this.
    package static let separator = " | "

    package static func bytes(_ rows: [ReviewList.Row], month: Month) -> [UInt8] {
        var out: [UInt8] = []
        out.append(contentsOf: columns.joined(separator: ",").utf8)
        out.append(contentsOf: "\r\n".utf8)
        for r in rows {
            // The id goes out as written (a neutralising quote would change it on the way
            // back in); the free texts are neutralised against spreadsheet formulas.
            appendQuoted(r.employeeId, to: &out)
            out.append(0x2C)
            for text in [r.name, r.manager ?? "", r.department] {
                GapsCSV.appendText(text, to: &out)
                out.append(0x2C)
            }
            out.append(contentsOf: String(r.cycle).utf8)
            out.append(0x2C)
            GapsCSV.appendText(r.reasons.joined(separator: separator), to: &out)
            out.append(0x2C)
            GapsCSV.appendText(r.cautions.map(\.sentence).joined(separator: separator), to: &out)
            out.append(0x2C)
            out.append(contentsOf: month.description.utf8)
            out.append(contentsOf: ",,,,\r\n".utf8)
        }
        return out
    }

    /// RFC 4180 quoting without the formula guard.
    static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        let bytes = Array(s.utf8)
        guard bytes.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D || $0 == 0x3B }) else {
            out.append(contentsOf: bytes)
            return
        }
        out.append(0x22)
        for b in bytes {
            if b == 0x22 { out.append(0x22) }
            out.append(b)
        }
        out.append(0x22)
    }
}
