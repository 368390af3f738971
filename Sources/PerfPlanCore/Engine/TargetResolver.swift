/// The target that applies to one employee, indicator and month (contract §1): the most
/// specific scope (employee > role > department > `*`), then the most specific period
/// (month > range > `*`). Validation has rejected ties, so the winner is unique.
package struct ResolvedTarget: Hashable, Sendable {
    /// The winning row's position in `Dataset.targets` (an index keeps this value free of
    /// reference counting; `explain` lists the rows themselves through `candidates`).
    package var row: Int
    package var target: Double
    /// The effective threshold: the row's, else the indicator's, else 0 (higher) or 2 × target (lower).
    package var threshold: Double
    /// The row's weight, else the indicator's.
    package var weight: Double
}

package struct TargetResolver: Sendable {
    package let index: DatasetIndex

    package init(index: DatasetIndex) { self.index = index }

    /// Every row that applies to the employee at that month, most specific first.
    func candidates(employee e: Int, indicator i: Int, month m: Month) -> [TargetRule] {
        let buckets = index.targets[i]
        let compact =
            (buckets.byEmployee[e] ?? []) + index.roleRules(e, i) + index.departmentRules(e, i) + buckets.everyone
        let rows = compact.filter { $0.covers(m) }.map { index.dataset.targets[Int($0.row)] }
        return rows.sorted {
            ($0.scope.specificity, $0.period.specificity) > ($1.scope.specificity, $1.period.specificity)
        }
    }

    package func resolve(employee e: Int, indicator i: Int, month m: Month) -> ResolvedTarget? {
        rules(employee: e, indicator: i).resolve(m)
    }

    /// The rows that can apply to (e, i) in any month, taken once: the engine resolves many
    /// months of one series against them without re-fetching (and reference counting) the
    /// four scope buckets each month.
    func rules(employee e: Int, indicator i: Int) -> Rules {
        let k = e * index.indicators.count + i
        let facts = index.indicatorFacts[i]
        return Rules(
            employee: index.employeeRules.isEmpty ? [] : index.employeeRules[k],
            role: index.roleRules(e, i), department: index.departmentRules(e, i), everyone: index.targets[i].everyone,
            threshold: facts.threshold, weight: facts.weight, higher: facts.higher)
    }

    struct Rules {
        let employee: [DatasetIndex.CompactRule]
        let role: [DatasetIndex.CompactRule]
        let department: [DatasetIndex.CompactRule]
        let everyone: [DatasetIndex.CompactRule]
        let threshold: Double?
        let weight: Double
        let higher: Bool

        /// Scopes from most to least specific; the first level with a covering row wins,
        /// and within it the most specific period (the first such row on a tie).
        func resolve(_ m: Month) -> ResolvedTarget? {
            if let best = Self.best(employee, m) ?? Self.best(role, m) ?? Self.best(department, m)
                ?? Self.best(everyone, m)
            {
                let threshold = best.threshold ?? self.threshold ?? (higher ? 0 : 2 * best.target)
                return ResolvedTarget(
                    row: Int(best.row), target: best.target, threshold: threshold, weight: best.weight ?? weight)
            }
            return nil
        }

        @inline(__always)
        private static func best(_ rows: [DatasetIndex.CompactRule], _ m: Month) -> DatasetIndex.CompactRule? {
            var best: DatasetIndex.CompactRule?
            for r in rows where r.covers(m) {
                if best == nil || r.periodKind > best!.periodKind { best = r }
            }
            return best
        }
    }
}
