/// Historical reference levels over a window of months that have a value (contract §2).
package enum Baselines {
    /// Mean of the 3 best (`best: true`) or 3 worst values; nil with fewer than 3.
    package static func mean3(_ values: [Double], direction: Direction, best: Bool) -> Double? {
        guard values.count >= 3 else { return nil }
        let sorted = values.sorted()  // ascending
        let higherIsWanted = (direction == .higher) == best
        let three = higherIsWanted ? Array(sorted.suffix(3)) : Array(sorted.prefix(3))
        return three.compensatedMean()
    }

    /// Both `mean3`s from one sort: (best, worst). Each sums its three values in ascending
    /// order, as `mean3` does, so the figures are identical.
    package static func mean3Pair(_ values: ArraySlice<Double>, direction: Direction) -> (best: Double?, worst: Double?)
    {
        guard values.count >= 3 else { return (nil, nil) }
        let sorted = values.sorted()
        let top = sorted[(sorted.count - 3)...].compensatedMean()
        let bottom = sorted[..<3].compensatedMean()
        return direction == .higher ? (top, bottom) : (bottom, top)
    }

    /// Least-squares slope of value against calendar month number, in units per month;
    /// nil with fewer than 3 points. x is centred first, which leaves the slope unchanged
    /// and keeps the sums small.
    package static func trendSlope(_ points: [(month: Month, value: Double)]) -> Double? {
        trendSlope(months: points.map { Int32($0.month.index) }[...], values: points.map(\.value)[...])
    }

    /// The same over parallel columns of month indexes and values (the engine's series).
    package static func trendSlope(months: ArraySlice<Int32>, values: ArraySlice<Double>) -> Double? {
        guard months.count >= 3, months.count == values.count else { return nil }
        let n = Double(months.count)
        let m0 = months.first!
        var xSum = CompensatedSum()
        for m in months { xSum.add(Double(m - m0)) }
        let xMean = xSum.total / n
        let yMean = values.compensatedSum() / n
        var sxy = CompensatedSum()
        var sxx = CompensatedSum()
        for (m, v) in zip(months, values) {
            let dx = Double(m - m0) - xMean
            sxy.add(dx * (v - yMean))
            sxx.add(dx * dx)
        }
        return sxx.total == 0 ? nil : sxy.total / sxx.total
    }
}
