/// HR's review list (contract §7.49): every flagged employee of a run with the cycle, the
/// reasons naming their indicators, the cautions and what happens to them (proposal,
/// issued, coaching, …), ranked by urgency. Pure and format-free: review.csv, the index's
/// first table and any other HR view render the same rows.
package struct ReviewList: Sendable {
    package struct Row: Sendable {
        package var employeeId: String
        package var name: String
        /// The manager as the index names them (nil: no manager on record).
        package var manager: String?
        package var department: String
        package var cycle: Int
        package var maxCycles: Int
        /// Why, one entry per trigger and indicator: "critical: On-time delivery",
        /// "streak: Sales revenue (4 months)", "overall: below 0.85 for 3 months".
        package var reasons: [String]
        /// Critical indicators missed at the as-of month.
        package var criticalMisses: Int
        package var composite: Double?
        package var rating: String?
        package var cautions: [Caution]
        package var disposition: Disposition

        /// The plan would be the last cycle the policy allows, or past it.
        package var finalCycle: Bool { cycle >= maxCycles }

        package init(
            employeeId: String, name: String, manager: String?, department: String, cycle: Int, maxCycles: Int,
            reasons: [String], criticalMisses: Int, composite: Double?, rating: String?, cautions: [Caution],
            disposition: Disposition
        ) {
            self.employeeId = employeeId
            self.name = name
            self.manager = manager
            self.department = department
            self.cycle = cycle
            self.maxCycles = maxCycles
            self.reasons = reasons
            self.criticalMisses = criticalMisses
            self.composite = composite
            self.rating = rating
            self.cautions = cautions
            self.disposition = disposition
        }
    }

    /// Ranked: `rank`'s order.
    package let rows: [Row]

    package init(_ rows: [Row]) { self.rows = Self.rank(rows) }

    /// The rows review.csv holds: the proposals HR has yet to decide.
    package var proposals: [Row] { rows.filter(\.disposition.isProposal) }

    /// Most urgent first: a final cycle, then more critical misses, then the lower overall
    /// result (none last), then the id in code-point order.
    package static func rank(_ rows: [Row]) -> [Row] {
        rows.sorted { a, b in
            if a.finalCycle != b.finalCycle { return a.finalCycle }
            if a.criticalMisses != b.criticalMisses { return a.criticalMisses > b.criticalMisses }
            switch (a.composite, b.composite) {
            case (let x?, let y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return codePointLess(a.employeeId, b.employeeId)
            }
        }
    }

    /// One flagged employee's row, or nil when they are not flagged.
    package static func row(
        engine: GapEngine, result r: EmployeeResult, plans: [PlanRecord], disposition: Disposition,
        manager: String?, asOf p: Month
    ) -> Row? {
        guard r.flagged, let e = engine.index.employeeIndex[r.employeeId] else { return nil }
        let employee = engine.index.employees[e]
        let index = engine.index
        func name(_ id: String) -> String { index.indicatorIndex[id].map { index.indicators[$0].name } ?? id }
        var reasons: [String] = []
        var critical = 0
        for reason in r.reasons {
            switch reason {
            case .compositeBelow(let threshold, let months, _):
                reasons.append(
                    "overall: below \(HumanNumber.format(threshold, decimals: 2)) for \(months.count) months")
            case .missStreak(_, let streaks):
                reasons += streaks.map { "streak: \(name($0.indicatorId)) (\($0.months) months)" }
            case .criticalMissed(let ids):
                critical += ids.count
                reasons += ids.map { "critical: \(name($0))" }
            }
        }
        return Row(
            employeeId: employee.id, name: employee.name, manager: manager, department: employee.department,
            cycle: r.cycle, maxCycles: engine.policy.maxCycles, reasons: reasons, criticalMisses: critical,
            composite: r.composite, rating: r.rating,
            cautions: Cautions.find(engine: engine, result: r, plans: plans, asOf: p), disposition: disposition)
    }
}
