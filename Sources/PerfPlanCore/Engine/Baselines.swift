/// Historical reference levels over a window of months that have a value (contract §2).
public enum Baselines {
    /// Mean of the 3 best (`best: true`) or 3 worst values; nil with fewer than 3.
    public static func mean3(_ values: [Double], direction: Direction, best: Bool) -> Double? {
        guard values.count >= 3 else { return nil }
        let sorted = values.sorted()  // ascending
        let higherIsWanted = (direction == .higher) == best
        let three = higherIsWanted ? Array(sorted.suffix(3)) : Array(sorted.prefix(3))
        return three.compensatedMean()
    }

    /// Least-squares slope of value against calendar month number, in units per month;
    /// nil with fewer than 3 points. x is centred first, which leaves the slope unchanged
    /// and keeps the sums small.
    public static func trendSlope(_ points: [(month: Month, value: Double)]) -> Double? {
        guard points.count >= 3 else { return nil }
        let n = Double(points.count)
        let xs = points.map { Double($0.month.index - points[0].month.index) }
        let xMean = xs.compensatedSum() / n
        let yMean = points.map(\.value).compensatedSum() / n
        var sxy = CompensatedSum(), sxx = CompensatedSum()
        for (x, p) in zip(xs, points) {
            let dx = x - xMean
            sxy.add(dx * (p.value - yMean))
            sxx.add(dx * dx)
        }
        return sxx.total == 0 ? nil : sxy.total / sxx.total
    }
}
