/// Whether a trend deserves a verdict ("improving", "worsening") in the documents, or only
/// its size. A slope fitted to a few months of noisy results always points somewhere; a
/// reader who meets every target and reads "worsening" four times is misled. So a trend is
/// judged against what the plan is about — the target — over the plan's own horizon
/// (docs/data-format.md, "Trends"):
///
/// - a result below target: when over `horizon` months the trend moves it by at least
///   `materialShare` of its distance to the target (the distance the plan must close);
/// - a result meeting the target, worsening: only when, carried on for `horizon` months,
///   it would leave the target unmet at the indicator's decimals (results are recorded at
///   those: a rating of 4 heading for 3.58 still reads 4, on target);
/// - a result meeting the target, improving: when over `horizon` months it moves the result
///   by at least `materialShare` of the distance between the threshold and the target (the
///   scale attainment counts on; the target itself when the two are equal).
package enum TrendVerdict: Sendable, Equatable {
    case improving, worsening

    /// The share of the distance to the target (or, once met, of the threshold-to-target
    /// scale) a trend must cover over the horizon.
    package static let materialShare = 0.1

    /// The verdict, or nil when the trend is not worth a word.
    package static func judge(
        slope: Double?, actual: Double?, target: Double, threshold: Double,
        direction: Direction, horizon: Int, decimals: Int = 6
    ) -> TrendVerdict? {
        guard let slope, slope != 0, slope.isFinite else { return nil }
        let months = Double(max(horizon, 1))
        let better = direction.isBetter(slope, than: 0)
        let verdict: TrendVerdict = better ? .improving : .worsening
        guard let actual else { return nil }
        let change = abs(slope) * months
        if direction.isBetter(target, than: actual) {
            return change >= materialShare * abs(target - actual) ? verdict : nil
        }
        if !better {
            // Meets the target now: worth a word only if the target would be lost.
            var scale = 1.0
            for _ in 0..<min(max(decimals, 0), 15) { scale *= 10 }
            let projected = actual + slope * months
            let recorded = HumanNumber.roundHalfAway(abs(projected) * scale) / scale * (projected < 0 ? -1 : 1)
            return direction.isBetter(target, than: recorded) ? .worsening : nil
        }
        var span = abs(target - threshold)
        if span == 0 { span = abs(target) }
        guard span > 0 else { return verdict }
        return change >= materialShare * span ? verdict : nil
    }
}
