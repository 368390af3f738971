/// The target that applies to one employee, indicator and month (contract §1): the most
/// specific scope (employee > role > department > `*`), then the most specific period
/// (month > range > `*`). Validation has rejected ties, so the winner is unique.
public struct ResolvedTarget: Hashable, Sendable {
    /// The winning row's position in `Dataset.targets` (an index keeps this value free of
    /// reference counting; `explain` lists the rows themselves through `candidates`).
    public var row: Int
    public var target: Double
    /// The effective threshold: the row's, else the indicator's, else 0 (higher) or 2 × target (lower).
    public var threshold: Double
    /// The row's weight, else the indicator's.
    public var weight: Double
}

public struct TargetResolver: Sendable {
    let index: DatasetIndex

    public init(index: DatasetIndex) { self.index = index }

    /// Every row that applies to the employee at that month, most specific first.
    func candidates(employee e: Int, indicator i: Int, month m: Month) -> [TargetRule] {
        let buckets = index.targets[i]
        let k = e * index.indicators.count + i
        let compact = (buckets.byEmployee[e] ?? []) + index.roleRules[k] + index.departmentRules[k] + buckets.everyone
        let rows = compact.filter { $0.covers(m) }.map { index.dataset.targets[Int($0.row)] }
        return rows.sorted { ($0.scope.specificity, $0.period.specificity) > ($1.scope.specificity, $1.period.specificity) }
    }

    public func resolve(employee e: Int, indicator i: Int, month m: Month) -> ResolvedTarget? {
        let buckets = index.targets[i]
        let k = e * index.indicators.count + i
        // Scopes from most to least specific; the first level with a covering row wins.
        for level in 0..<4 {
            let rows: [DatasetIndex.CompactRule]
            switch level {
            case 0: rows = buckets.byEmployee.isEmpty ? [] : buckets.byEmployee[e] ?? []
            case 1: rows = index.roleRules[k]
            case 2: rows = index.departmentRules[k]
            default: rows = buckets.everyone
            }
            var best: DatasetIndex.CompactRule?
            for r in rows where r.covers(m) {
                if best == nil || r.periodKind > best!.periodKind { best = r }
            }
            if let best { return Self.effective(best, index.indicators[i]) }
        }
        return nil
    }

    static func effective(_ rule: DatasetIndex.CompactRule, _ indicator: Indicator) -> ResolvedTarget {
        let threshold = rule.threshold ?? indicator.threshold
            ?? (indicator.direction == .higher ? 0 : 2 * rule.target)
        return ResolvedTarget(row: Int(rule.row), target: rule.target, threshold: threshold, weight: rule.weight ?? indicator.weight)
    }
}
