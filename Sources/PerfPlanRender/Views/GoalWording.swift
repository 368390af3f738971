import PerfPlanCore

/// The sentences that explain a goal's numbers: which results the
/// current level averages, that the target changes during the plan, and how much the
/// indicator weighs when weights decide the focus. Pure functions of the document, so
/// each wording is tested with figures worked out by hand (GoalWordingTests).
enum GoalWording {
    /// "the average of August–October 2026" for consecutive months; "the average of June
    /// 2026, August 2026 and October 2026" with gaps; "the October 2026 result" for one.
    /// `months`: oldest first.
    static func currentBasis(_ months: [Month]) -> String {
        guard let first = months.first, let last = months.last else { return "" }
        if months.count == 1 { return "the \(Prose.month(first)) result" }
        if last - first == months.count - 1 { return "the average of \(Prose.months(from: first, to: last))" }
        return "the average of \(Prose.list(months.map(Prose.month)))"
    }

    /// "The target rises to 210,000 EUR from November 2026 (200,000 EUR in October 2026);
    /// the expected level is the new target." nil when the goal ends at the target shown in
    /// the evidence.
    static func targetChange(_ g: EmployeeDocument.GoalRow) -> String? {
        guard let from = g.targetChange else { return nil }
        let ind = g.row.indicator
        let now = g.row.result.target
        let verb = g.goal.expected > now ? "rises" : "falls"
        return "The target \(verb) to \(Labels.value(g.goal.expected, ind)) from \(Prose.month(from)) "
            + "(\(Labels.value(now, ind)) in \(Prose.month(from - 1))); the expected level is the new target."
    }

    /// The weights of the indicators that count in this month's overall score (those with
    /// an attainment). Weights decide the focus only when they differ; equal weights say
    /// nothing, so no sentence then.
    struct Weights {
        var total = 0.0
        var differ = false

        init(_ rows: [EmployeeDocument.Row]) {
            var first: Double? = nil
            for r in rows where r.result.attainment != nil {
                total += r.result.weight
                if let f = first, f != r.result.weight { differ = true }
                first = first ?? r.result.weight
            }
        }

        /// "It counts for 40 % of the overall score." A share is what a reader can weigh;
        /// "weight 3 of 6.5 in total" asks them to do the division.
        func sentence(_ row: EmployeeDocument.Row) -> String? {
            guard differ, total > 0, row.result.attainment != nil else { return nil }
            return "It counts for \(HumanNumber.percent(row.result.weight / total, decimals: 0)) of the overall score."
        }
    }

    /// The indicators below target that are no goal of this plan, and why: "Also below
    /// target, but not a goal of this plan: Customer satisfaction. A plan concentrates on at
    /// most 1 area, where the shortfall weighs most in the overall score." nil when every
    /// indicator below target is a goal.
    static func focusNote(_ d: EmployeeDocument) -> String? {
        let goals = Set(d.goals.map(\.goal.indicatorId))
        let others = d.rows.filter {
            ($0.result.status == .atRisk || $0.result.status == .missed) && !goals.contains($0.indicator.id)
        }
        guard !others.isEmpty else { return nil }
        let n = d.policy.maxFocus
        return "Also below target, but not a goal of this plan: \(Prose.list(others.map(\.indicator.name))). "
            + "A plan concentrates on at most \(n) \(n == 1 ? "area" : "areas"), where the shortfall weighs most in the overall score."
    }
}
