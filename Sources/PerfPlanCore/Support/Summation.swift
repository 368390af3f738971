/// Correctly rounded means (contract §5.14): Neumaier's compensated summation keeps a
/// running error term so the result agrees with an exact sum rounded once.
package struct CompensatedSum: Sendable {
    package private(set) var sum: Double = 0
    private var compensation: Double = 0
    package private(set) var count: Int = 0

    package init() {}

    package mutating func add(_ x: Double) {
        let t = sum + x
        if abs(sum) >= abs(x) {
            compensation += (sum - t) + x
        } else {
            compensation += (x - t) + sum
        }
        sum = t
        count += 1
    }

    package var total: Double { sum + compensation }
    package var mean: Double? { count == 0 ? nil : total / Double(count) }
}

extension Sequence where Element == Double {
    /// Compensated sum of the elements.
    package func compensatedSum() -> Double {
        var s = CompensatedSum()
        for x in self { s.add(x) }
        return s.total
    }

    /// Compensated mean, or nil when empty.
    package func compensatedMean() -> Double? {
        var s = CompensatedSum()
        for x in self { s.add(x) }
        return s.mean
    }
}
