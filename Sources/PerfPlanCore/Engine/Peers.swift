/// The values of every employee of one role for one indicator at the as-of month
/// (contract §2 "peers", §5.6), sorted once so each employee's percentile is two binary
/// searches.
package struct PeerGroup: Sendable {
    package let sorted: [Double]
    package let mean: Double?
    package let median: Double?

    package init(values: [Double]) {
        sorted = values.sorted()
        mean = sorted.compensatedMean()
        let n = sorted.count
        if n == 0 {
            median = nil
        } else if n % 2 == 1 {
            median = sorted[n / 2]
        } else {
            median = [sorted[n / 2 - 1], sorted[n / 2]].compensatedMean()
        }
    }

    /// 100 × (worse + 0.5 × equal) / n, where equal includes the employee. Exact equality.
    package func percentile(of v: Double, direction: Direction) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let below = lowerBound(v)
        let notAbove = upperBound(v)
        let equal = notAbove - below
        let worse = direction == .higher ? below : sorted.count - notAbove
        return 100 * (Double(worse) + 0.5 * Double(equal)) / Double(sorted.count)
    }

    private func lowerBound(_ v: Double) -> Int {
        var lo = 0
        var hi = sorted.count
        while lo < hi {
            let m = (lo + hi) / 2
            if sorted[m] < v { lo = m + 1 } else { hi = m }
        }
        return lo
    }

    private func upperBound(_ v: Double) -> Int {
        var lo = 0
        var hi = sorted.count
        while lo < hi {
            let m = (lo + hi) / 2
            if sorted[m] <= v { lo = m + 1 } else { hi = m }
        }
        return lo
    }
}
