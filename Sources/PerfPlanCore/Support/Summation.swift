/// Correctly rounded means (contract §5.14): Neumaier's compensated summation keeps a
/// running error term so the result agrees with an exact sum rounded once.
public struct CompensatedSum: Sendable {
    public private(set) var sum: Double = 0
    private var compensation: Double = 0
    public private(set) var count: Int = 0

    public init() {}

    public mutating func add(_ x: Double) {
        let t = sum + x
        if abs(sum) >= abs(x) {
            compensation += (sum - t) + x
        } else {
            compensation += (x - t) + sum
        }
        sum = t
        count += 1
    }

    public var total: Double { sum + compensation }
    public var mean: Double? { count == 0 ? nil : total / Double(count) }
}

extension Sequence where Element == Double {
    /// Compensated sum of the elements.
    public func compensatedSum() -> Double {
        var s = CompensatedSum()
        for x in self { s.add(x) }
        return s.total
    }

    /// Compensated mean, or nil when empty.
    public func compensatedMean() -> Double? {
        var s = CompensatedSum()
        for x in self { s.add(x) }
        return s.mean
    }
}
