/// The three plan triggers of contract §2 (§5.3, §5.8, §5.13), in the order of their codes.
package enum Triggers {
    package static func evaluate(
        policy: Policy, asOf p: Month, composites: (Month) -> Double?,
        streaks: [(indicatorId: String, months: Int)],
        criticalMissed: [String]
    ) -> [Reason] {
        var reasons: [Reason] = []
        let t = policy.triggers
        if let below = t.compositeBelow, t.compositeMonths > 0 {
            let months = (0..<t.compositeMonths).reversed().map { p - $0 }
            let values = months.map(composites)
            if values.allSatisfy({ $0 != nil && $0! < below }) {
                reasons.append(.compositeBelow(threshold: below, months: months, composites: values.map { $0! }))
            }
        }
        if let limit = t.missStreak, limit > 0 {
            let hits = streaks.filter { $0.months >= limit }.map {
                Reason.IndicatorStreak(indicatorId: $0.indicatorId, months: $0.months)
            }
            if !hits.isEmpty { reasons.append(.missStreak(limit: limit, streaks: hits)) }
        }
        if t.criticalMissed, !criticalMissed.isEmpty {
            reasons.append(.criticalMissed(indicatorIds: criticalMissed))
        }
        return reasons
    }
}

extension Reason {
    /// The reason as a sentence with its figures, for documents and `explain`: months and
    /// lists in prose, and indicators that missed the same number of months named together
    /// (a dozen "missed 4 months in a row" clauses read as noise).
    /// `name` turns an indicator id into its display name.
    package func sentence(asOf: Month, name: (String) -> String) -> String {
        switch self {
        case .compositeBelow(let threshold, let months, let composites):
            let span = Prose.months(from: months.first!, to: months.last!)
            let figures = composites.map { HumanNumber.format($0, decimals: 2) }.joined(separator: ", ")
            let each = months.count == 1 ? "in" : "in each of"
            return "Composite score below \(HumanNumber.format(threshold, decimals: 2)) \(each) \(span): \(figures)."
        case .missStreak(let limit, let streaks):
            return Self.streakClauses(streaks, name: name).joined(separator: "; ")
                + " (the policy's limit is \(limit) months)."
        case .criticalMissed(let ids):
            let many = ids.count > 1
            return
                "Critical indicator\(many ? "s" : "") \(Prose.list(ids.map(name))) \(many ? "were" : "was") missed in \(Prose.month(asOf))."
        }
    }

    /// "A and B were missed 4 months in a row", one clause per streak length, longest first;
    /// indicators keep their order within one length. The worksheet's sentence and the
    /// plain one of the documents the employee signs (`PlainReasons`) say it alike.
    package static func streakClauses(_ streaks: [IndicatorStreak], name: (String) -> String) -> [String] {
        var lengths: [Int] = []
        for s in streaks where !lengths.contains(s.months) { lengths.append(s.months) }
        return lengths.sorted(by: >).map { months -> String in
            let names = streaks.filter { $0.months == months }.map { name($0.indicatorId) }
            return "\(Prose.list(names)) \(names.count == 1 ? "was" : "were") missed \(months) months in a row"
        }
    }
}
