/// How many decimals the figures of one row or sentence share (docs/data-format.md,
/// "Decimals in one row"): the indicator's, or one more when rounding to the indicator's
/// would hide what the row is about — a figure that is not zero would read 0 ("the role
/// average of 0 days" for 0.4), or two different figures would read the same. One more
/// decimal is enough to show the difference in every case a reader can act on; more
/// would suggest a precision the data does not have.
package enum SharedDecimals {
    package static func of(_ values: [Double], base: Int) -> Int {
        let finite = values.filter(\.isFinite)
        func shown(_ x: Double) -> Double { HumanNumber.roundHalfAway(abs(x) * pow10(base)) * (x < 0 ? -1 : 1) }
        if finite.contains(where: { $0 != 0 && shown($0) == 0 }) { return base + 1 }
        for i in finite.indices {
            for j in finite.indices where j > i && finite[i] != finite[j] && shown(finite[i]) == shown(finite[j]) {
                return base + 1
            }
        }
        return base
    }

    /// The decimals that show a goal's current level: two more than the indicator's, so the
    /// milestones, interpolated from the unrounded level and then rounded, can be worked out
    /// again from the figure printed (2.33 days → 2, 1, 0; "2 days" would give 1.33 → 1).
    package static let currentLevelExtra = 2

    static func pow10(_ n: Int) -> Double {
        var x = 1.0
        for _ in 0..<max(n, 0) { x *= 10 }
        return x
    }
}
