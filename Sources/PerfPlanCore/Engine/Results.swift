/// The engine's output: every figure of contract §2 for one employee at the as-of month.
///
/// These are plain values shared by `gaps`, `explain` and the document renderers, so each
/// figure is computed once and printed everywhere the same. Optional means "does not exist"
/// (printed as null), never "zero".

package enum Status: String, Sendable, Hashable, Codable {
    case met
    case atRisk = "at_risk"
    case missed
}

/// Why an employee is flagged for a plan. Codes are the JSON `reasons` (contract §5.8).
package enum Reason: Hashable, Sendable {
    /// Composite below `threshold` in each of `months` (oldest first), with the composites.
    case compositeBelow(threshold: Double, months: [Month], composites: [Double])
    /// The longest miss streaks that reached the policy's limit, one per indicator.
    case missStreak(limit: Int, streaks: [IndicatorStreak])
    /// Critical indicators missed at the as-of month.
    case criticalMissed(indicatorIds: [String])

    package struct IndicatorStreak: Hashable, Sendable {
        package var indicatorId: String
        package var months: Int
        package init(indicatorId: String, months: Int) {
            self.indicatorId = indicatorId
            self.months = months
        }
    }

    package var code: String {
        switch self {
        case .compositeBelow: return "composite_below"
        case .missStreak: return "miss_streak"
        case .criticalMissed: return "critical_missed"
        }
    }
}

/// One month of an indicator's history, for charts and the explain command.
package struct HistoryPoint: Hashable, Sendable {
    package var month: Month
    package var actual: Double?
    package var target: Double?
    package var attainment: Double?
    package var status: Status?
    package init(month: Month, actual: Double?, target: Double?, attainment: Double?, status: Status?) {
        self.month = month
        self.actual = actual
        self.target = target
        self.attainment = attainment
        self.status = status
    }
}

package struct IndicatorResult: Hashable, Sendable {
    package var indicatorId: String
    package var actual: Double?
    package var target: Double
    /// The effective threshold (defaults filled in), never null.
    package var threshold: Double
    /// The weight resolved at the as-of month (target row override, else the indicator's).
    package var weight: Double
    package var gap: Double?
    package var shortfall: Double?
    package var attainment: Double?
    package var status: Status?
    package var prev: Double?
    package var yoy: Double?
    package var annualAvg: Double?
    package var best3Avg: Double?
    package var worst3Avg: Double?
    package var trendSlope: Double?
    package var missStreak: Int
    package var peerMean: Double?
    package var peerMedian: Double?
    package var peerN: Int
    package var percentile: Double?
    package var gapToPeer: Double?
    package var benchmark: Double?
    package var gapToBenchmark: Double?
    /// The calendar months ending at the as-of month (oldest first, `baseline_months` long),
    /// with gaps as nil actuals; for charts.
    package var history: [HistoryPoint]
    /// The target row that won at the as-of month, for explanations.
    package var targetSource: SourceLocation

    package init(
        indicatorId: String, actual: Double? = nil, target: Double, threshold: Double, weight: Double,
        gap: Double? = nil, shortfall: Double? = nil, attainment: Double? = nil, status: Status? = nil,
        prev: Double? = nil, yoy: Double? = nil, annualAvg: Double? = nil, best3Avg: Double? = nil,
        worst3Avg: Double? = nil, trendSlope: Double? = nil, missStreak: Int = 0,
        peerMean: Double? = nil, peerMedian: Double? = nil, peerN: Int = 0, percentile: Double? = nil,
        gapToPeer: Double? = nil, benchmark: Double? = nil, gapToBenchmark: Double? = nil,
        history: [HistoryPoint] = [], targetSource: SourceLocation = .synthetic
    ) {
        self.indicatorId = indicatorId
        self.actual = actual
        self.target = target
        self.threshold = threshold
        self.weight = weight
        self.gap = gap
        self.shortfall = shortfall
        self.attainment = attainment
        self.status = status
        self.prev = prev
        self.yoy = yoy
        self.annualAvg = annualAvg
        self.best3Avg = best3Avg
        self.worst3Avg = worst3Avg
        self.trendSlope = trendSlope
        self.missStreak = missStreak
        self.peerMean = peerMean
        self.peerMedian = peerMedian
        self.peerN = peerN
        self.percentile = percentile
        self.gapToPeer = gapToPeer
        self.benchmark = benchmark
        self.gapToBenchmark = gapToBenchmark
        self.history = history
        self.targetSource = targetSource
    }
}

/// A SMART goal for one focus indicator (contract §2 "goal", §5.10).
package struct Goal: Hashable, Sendable {
    package struct Milestone: Hashable, Sendable {
        package var month: Month
        package var value: Double
        package init(month: Month, value: Double) {
            self.month = month
            self.value = value
        }
    }
    package var indicatorId: String
    /// Mean of the 3 most recent values at or before the as-of month.
    package var current: Double
    package var expected: Double
    /// Last day of as-of + `plan_months`.
    package var deadline: Day
    package var milestones: [Milestone]
    /// Expected is better than best3_avg; nil without best3_avg.
    package var stretch: Bool?

    package init(
        indicatorId: String, current: Double, expected: Double, deadline: Day,
        milestones: [Milestone], stretch: Bool?
    ) {
        self.indicatorId = indicatorId
        self.current = current
        self.expected = expected
        self.deadline = deadline
        self.milestones = milestones
        self.stretch = stretch
    }
}

package struct EmployeeResult: Hashable, Sendable {
    package var employeeId: String
    package var composite: Double?
    package var rating: String?
    package var flagged: Bool
    package var reasons: [Reason]
    package var cycle: Int
    package var escalate: Bool
    /// Focus indicator ids, most urgent first.
    package var focus: [String]
    package var goals: [Goal]
    /// Indicators with a target at the as-of month, ordered by indicator_id.
    package var indicators: [IndicatorResult]
    /// Composite for each of the last `baseline_months` calendar months (oldest first).
    package var compositeHistory: [(month: Month, composite: Double?)]

    package init(
        employeeId: String, composite: Double? = nil, rating: String? = nil, flagged: Bool = false,
        reasons: [Reason] = [], cycle: Int = 1, escalate: Bool = false, focus: [String] = [],
        goals: [Goal] = [], indicators: [IndicatorResult] = [],
        compositeHistory: [(month: Month, composite: Double?)] = []
    ) {
        self.employeeId = employeeId
        self.composite = composite
        self.rating = rating
        self.flagged = flagged
        self.reasons = reasons
        self.cycle = cycle
        self.escalate = escalate
        self.focus = focus
        self.goals = goals
        self.indicators = indicators
        self.compositeHistory = compositeHistory
    }

    package static func == (a: EmployeeResult, b: EmployeeResult) -> Bool {
        a.employeeId == b.employeeId && a.composite == b.composite && a.rating == b.rating
            && a.flagged == b.flagged && a.reasons == b.reasons && a.cycle == b.cycle
            && a.escalate == b.escalate && a.focus == b.focus && a.goals == b.goals
            && a.indicators == b.indicators
            && a.compositeHistory.map(\.month) == b.compositeHistory.map(\.month)
            && a.compositeHistory.map(\.composite) == b.compositeHistory.map(\.composite)
    }

    package func hash(into h: inout Hasher) {
        h.combine(employeeId)
        h.combine(composite)
    }
}

/// The whole run: every employee in scope at the as-of month, ordered by employee_id.
package struct GapReport: Sendable {
    package var asOf: Month
    package var policy: Policy
    package var employees: [EmployeeResult]
    package init(asOf: Month, policy: Policy, employees: [EmployeeResult]) {
        self.asOf = asOf
        self.policy = policy
        self.employees = employees
    }
}
