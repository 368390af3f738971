/// Rounding of goal figures to an indicator's decimals (contract §6.36): to the nearest,
/// ties toward the figure the goal is heading for.
package enum GoalRounding {
    /// `x` rounded to `decimals` places (0–6), to the nearest; a value halfway between two
    /// candidates goes to the one nearer `toward` (the goal's `expected`).
    ///
    /// Ties are decided on the decimal value, not its binary approximation: a milestone such
    /// as 10 + (13 − 10) × 1/2 = 11.5 is exact, but one like 2.675 is stored as
    /// 2.67499999999999982236431605997495353221893310546875. So `x × 10^decimals` counts as
    /// a tie when its fraction lies within a few units in the last place of 0.5 (8 ulps of
    /// the scaled value, a relative 2e-15): far below any difference a person could write,
    /// far above the error of one multiplication and division.
    /// Whole results are returned as the nearest double to the decimal (`112 / 100` = 1.12),
    /// and never as −0.
    package static func round(_ x: Double, decimals: Int, toward: Double) -> Double {
        guard x.isFinite, decimals >= 0, decimals <= 15 else { return x }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = x * scale
        // From 2^52 every double is whole: nothing to round.
        guard abs(scaled) < 4_503_599_627_370_496 else { return x }
        let low = scaled.rounded(.down)
        let fraction = scaled - low
        let tolerance = 8 * scaled.ulp
        let whole: Double
        if abs(fraction - 0.5) <= tolerance {
            // A tie: toward `expected` (`toward × scale` above the midpoint → up).
            whole = toward * scale > low + 0.5 ? low + 1 : low
        } else {
            whole = fraction > 0.5 ? low + 1 : low
        }
        let result = whole / scale
        return result == 0 ? 0 : result
    }
}
