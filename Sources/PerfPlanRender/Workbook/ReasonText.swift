import PerfPlanCore

/// Why an employee was flagged, in one line naming the indicators (the workbook's Review
/// sheet): "composite below 0.85 in 2026-08, 2026-09, 2026-10; miss streak of 3+ months:
/// Revenue (4); critical missed: Quality".
enum ReasonText {
    static func sentence(_ reasons: [Reason], index: DatasetIndex) -> String {
        func name(_ id: String) -> String { index.indicatorIndex[id].map { index.indicators[$0].name } ?? id }
        return reasons.map { r -> String in
            switch r {
            case .compositeBelow(let threshold, let months, _):
                return "composite below \(HumanNumber.format(threshold, decimals: 2)) in "
                    + months.map(\.description).joined(separator: ", ")
            case .missStreak(let limit, let streaks):
                return "missed \(limit)+ months running: "
                    + streaks.map { "\(name($0.indicatorId)) (\($0.months))" }.joined(separator: ", ")
            case .criticalMissed(let ids):
                return "critical indicator missed: " + ids.map(name).joined(separator: ", ")
            }
        }.joined(separator: "; ")
    }
}
