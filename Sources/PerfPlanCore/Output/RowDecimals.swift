/// How many decimals the figures of one table row share (docs/data-format.md, "Decimals in
/// one row"). A row of the evidence tables puts recorded figures (target, actual) beside
/// computed ones (averages of 3 or 12 months, the colleagues' average), and an average of
/// whole accounts is rarely whole: "Annual avg 5 accounts" for 4.67 tells a reader she
/// averaged five. So the row is shown at the indicator's decimals, or at one or two more
/// when rounding to fewer would move some figure of the row by more than a twentieth of its
/// size (`tolerance`; so a figure that is not zero never reads 0); every figure of the row then shows that many
/// decimals, trailing zeros kept, so the column lines up and no figure looks more or less
/// precise than its neighbours ("40.00 EUR" beside "44.08 EUR", never "40 EUR").
///
/// A twentieth: a reader takes a printed figure as right to within a few percent; beyond
/// that the rounding changes what the figure says. Two more decimals at most, because more
/// would claim a precision the data does not have.
package enum RowDecimals {
    package static let tolerance = 0.05
    package static let maxExtra = 2

    package static func of(_ values: [Double?], base: Int) -> Int {
        let figures = values.compactMap { $0 }.filter(\.isFinite)
        for d in base..<(base + maxExtra) where holds(figures, at: d) { return d }
        return base + maxExtra
    }

    /// Whether `d` decimals show every figure within `tolerance` of its size. (Two averages
    /// that read the same, 6.13 and 6.133, are no reason for more: they are the same to a
    /// reader.)
    static func holds(_ figures: [Double], at d: Int) -> Bool {
        let scale = SharedDecimals.pow10(d)
        for x in figures where x != 0 {
            let shown = HumanNumber.roundHalfAway(abs(x) * scale) / scale
            if abs(shown - abs(x)) > tolerance * abs(x) { return false }
        }
        return true
    }
}
