import PerfPlanCore

/// The figures of a table row in a language other than English, as the English rows print
/// them (`RowFigures`): every figure of an indicator's row at the row's shared decimals
/// (`RowDecimals`), trailing zeros kept, so `4,0 accounts` stands beside `4,7 accounts`
/// rather than `4 accounts`. Every `Wording` inherits it through `LocalizedEmployeeView`.
extension LocalFigures {
    /// `x` at exactly `decimals` places (`1.250,50 EUR`, `4,0 von 5`); at 0 places as `value`.
    func row(_ x: Double?, _ indicator: Indicator, decimals: Int) -> String {
        guard let x else { return "—" }
        guard decimals > 0 else { return value(x, indicator, decimals: 0) }
        let number = fixed(x, decimals: decimals)
        if indicator.kind == .qualitative, let top = indicator.scaleMax {
            return number + " " + of + " " + format.number(top, decimals: 2)
        }
        return withUnit(number, indicator.unit, indicator.translatedUnits[format.language])
    }

    /// `x` with exactly `decimals` fraction digits in this language (`1.250,50`): the
    /// language's number, whose trailing zeros `HumanNumber` drops, padded back.
    func fixed(_ x: Double, decimals: Int) -> String {
        var text = format.number(x, decimals: decimals)
        guard decimals > 0, text.last?.isNumber == true else { return text }
        let separator = format.decimalSeparator
        var have = 0
        if let point = separator.first.flatMap({ text.lastIndex(of: $0) }) {
            have = text.distance(from: text.index(after: point), to: text.endIndex)
        } else {
            text += separator
        }
        if have < decimals { text += String(repeating: "0", count: decimals - have) }
        return text
    }
}

extension Wording {
    /// The decimals of the evidence sentence's figures, as the English sentence takes them:
    /// one more than the indicator's where rounding would hide a figure or a difference
    /// (`SharedDecimals`), and never fewer than the row's tables show (`RowDecimals`), so the
    /// best-3 average quoted reads as in the table beside it.
    func evidenceDecimals(_ row: EmployeeDocument.Row) -> Int {
        let ir = row.result
        guard let a = ir.actual else { return EmployeeView.rowDecimals(row) }
        let peer = row.peersShown && ir.peerN > 1 ? ir.peerMean : nil
        return max(
            SharedDecimals.of(
                [a, ir.target, a - ir.target] + (peer.map { [$0, a - $0] } ?? []), base: row.indicator.decimals),
            EmployeeView.rowDecimals(row))
    }
}
