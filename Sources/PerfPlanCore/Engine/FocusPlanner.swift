/// Chooses the few indicators a plan concentrates on and sets a SMART goal for each
/// (contract §2 "focus" and "goal", §5.9–10).
package enum FocusPlanner {
    /// Indicators at risk or missed at P, most urgent first: weight × (1 − min(attainment, 1))
    /// descending, ties by indicator_id in code-point order; the first `maxFocus`.
    package static func focus(_ indicators: [IndicatorResult], maxFocus: Int) -> [String] {
        let candidates = indicators.filter { $0.status == .atRisk || $0.status == .missed }
        let ranked = candidates.sorted { a, b in
            let ka = a.weight * (1 - min(a.attainment ?? 0, 1))
            let kb = b.weight * (1 - min(b.attainment ?? 0, 1))
            if ka != kb { return ka > kb }
            return codePointLess(a.indicatorId, b.indicatorId)
        }
        return ranked.prefix(maxFocus).map(\.indicatorId)
    }

    /// current → expected in `planMonths` equal monthly steps; the deadline is the last day
    /// of P + planMonths. Milestones are rounded to the indicator's `decimals`, to the
    /// nearest, ties toward `expected`; the last one is `expected` itself (§6.36).
    package static func goal(
        indicatorId: String, recent: [Double], expected: Double, best3: Double?,
        direction: Direction, asOf p: Month, planMonths: Int, decimals: Int
    ) -> Goal? {
        guard let current = recent.compensatedMean() else { return nil }
        let end = p + planMonths
        let steps = max(planMonths, 1)
        let milestones = (1...steps).map { k in
            let raw = current + (expected - current) * Double(k) / Double(steps)
            return Goal.Milestone(
                month: p + k,
                value: k == steps ? expected : GoalRounding.round(raw, decimals: decimals, toward: expected))
        }
        return Goal(
            indicatorId: indicatorId, current: current, expected: expected,
            deadline: Day(year: end.year, month: end.month, day: end.dayCount)!,
            milestones: milestones, stretch: best3.map { direction.isBetter(expected, than: $0) })
    }
}
