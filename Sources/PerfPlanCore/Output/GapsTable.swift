/// `perfplan gaps --format table`: a reading for people at a terminal. One block per
/// employee; status words (not colour alone) so it reads the same without colour.
package struct GapsTable {
    package var color: Bool

    package init(color: Bool) { self.color = color }

    private func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    package func render(_ report: GapReport, dataset: Dataset) -> String {
        let employees = Dictionary(dataset.employees.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let indicators = Dictionary(dataset.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let flagged = report.employees.filter(\.flagged).count
        var out =
            "As of \(report.asOf): \(report.employees.count) employee\(report.employees.count == 1 ? "" : "s"), \(flagged) flagged for a plan\n"

        let header = [
            "Indicator", "Actual", "Target", "Attainment", "Status", "Streak", "Trend/month", "Peer mean", "Percentile",
        ]
        for e in report.employees {
            let person = employees[e.employeeId]
            out +=
                "\n" + paint(e.employeeId, "1") + "  "
                + TerminalText.escaped(person.map { "\($0.name) — \($0.role), \($0.department)" } ?? "") + "\n"
            var summary = "composite " + (e.composite.map { HumanNumber.format($0, decimals: 3) } ?? "—")
            summary += " · " + TerminalText.escaped(e.rating ?? "no rating") + " · cycle \(e.cycle)"
            if e.flagged {
                summary +=
                    " · " + paint("FLAGGED", "1;31") + " ("
                    + TerminalText.escaped(e.reasons.map(\.words).joined(separator: ", ")) + ")"
            }
            if !e.focus.isEmpty { summary += " · focus: " + TerminalText.escaped(e.focus.joined(separator: ", ")) }
            out += "  " + summary + "\n"
            guard !e.indicators.isEmpty else {
                out += "  (no indicator has a target in \(report.asOf))\n"
                continue
            }
            let rows: [[String]] = e.indicators.map { i in
                let ind = indicators[i.indicatorId]
                func shown(_ x: Double) -> String {
                    ind.map { HumanNumber.format(x, for: $0) } ?? HumanNumber.format(x)
                }
                return [
                    TerminalText.escaped(ind?.name ?? i.indicatorId),
                    i.actual.map(shown) ?? "no data",
                    shown(i.target),
                    i.attainment.map(HumanNumber.percent) ?? "—",
                    i.status.map(Self.statusWord) ?? "no data",
                    String(i.missStreak),
                    i.trendSlope.map { HumanNumber.signed($0) } ?? "—",
                    i.peerMean.map { HumanNumber.format($0) } ?? "—",
                    i.percentile.map { HumanNumber.format($0, decimals: 0) } ?? "—",
                ]
            }
            let widths = header.indices.map { c in ([header] + rows).map { $0[c].count }.max() ?? 0 }
            func line(_ cells: [String], status: Status?) -> String {
                var text = "  "
                for (c, cell) in cells.enumerated() {
                    let pad = String(repeating: " ", count: widths[c] - cell.count)
                    var shown = c == 0 || c == 4 ? cell + pad : pad + cell
                    if c == 4, let status { shown = paint(shown, Self.statusColor(status)) }
                    text += (c == 0 ? "" : "  ") + shown
                }
                return text + "\n"
            }
            out += paint(line(header, status: nil), "2")
            for (row, i) in zip(rows, e.indicators) { out += line(row, status: i.status) }
        }
        return out
    }

    static func statusWord(_ s: Status) -> String {
        switch s {
        case .met: return "met"
        case .atRisk: return "at risk"
        case .missed: return "MISSED"
        }
    }

    static func statusColor(_ s: Status) -> String {
        switch s {
        case .met: return "32"
        case .atRisk: return "33"
        case .missed: return "31"
        }
    }
}

extension Reason {
    /// The code in words, `miss streak`, for short lists (tables, the packet index).
    package var words: String { String(code.map { $0 == "_" ? " " : $0 }) }
}
