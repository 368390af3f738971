/// The engine's output: every figure of contract §2 for one employee at the as-of month.
///
/// These are plain values shared by `gaps`, `explain` and the document renderers, so each
/// figure is computed once and printed everywhere the same. Optional means "does not exist"
/// (printed as null), never "zero".

public enum Status: String, Sendable, Hashable, Codable {
    case met
    case atRisk = "at_risk"
    case missed
}

/// Why an employee is flagged for a plan. Codes are the JSON `reasons` (contract §5.8).
public enum Reason: Hashable, Sendable {
    /// Composite below `threshold` in each of `months` (oldest first), with the composites.
    case compositeBelow(threshold: Double, months: [Month], composites: [Double])
    /// The longest miss streaks that reached the policy's limit, one per indicator.
    case missStreak(limit: Int, streaks: [IndicatorStreak])
    /// Critical indicators missed at the as-of month.
    case criticalMissed(indicatorIds: [String])

    public struct IndicatorStreak: Hashable, Sendable {
        public var indicatorId: String
        public var months: Int
        public init(indicatorId: String, months: Int) {
            self.indicatorId = indicatorId
            self.months = months
        }
    }

    public var code: String {
        switch self {
        case .compositeBelow: return "composite_below"
        case .missStreak: return "miss_streak"
        case .criticalMissed: return "critical_missed"
        }
    }
}

/// One month of an indicator's history, for charts and the explain command.
public struct HistoryPoint: Hashable, Sendable {
    public var month: Month
    public var actual: Double?
    public var target: Double?
    public var attainment: Double?
    public var status: Status?
    public init(month: Month, actual: Double?, target: Double?, attainment: Double?, status: Status?) {
        self.month = month
        self.actual = actual
        self.target = target
        self.attainment = attainment
        self.status = status
    }
}

public struct IndicatorResult: Hashable, Sendable {
    public var indicatorId: String
    public var actual: Double?
    public var target: Double
    /// The effective threshold (defaults filled in), never null.
    public var threshold: Double
    /// The weight resolved at the as-of month (target row override, else the indicator's).
    public var weight: Double
    public var gap: Double?
    public var shortfall: Double?
    public var attainment: Double?
    public var status: Status?
    public var prev: Double?
    public var yoy: Double?
    public var annualAvg: Double?
    public var best3Avg: Double?
    public var worst3Avg: Double?
    public var trendSlope: Double?
    public var missStreak: Int
    public var peerMean: Double?
    public var peerMedian: Double?
    public var peerN: Int
    public var percentile: Double?
    public var gapToPeer: Double?
    public var benchmark: Double?
    public var gapToBenchmark: Double?
    /// The calendar months ending at the as-of month (oldest first, `baseline_months` long),
    /// with gaps as nil actuals; for charts.
    public var history: [HistoryPoint]
    /// The target row that won at the as-of month, for explanations.
    public var targetSource: SourceLocation

    public init(
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
public struct Goal: Hashable, Sendable {
    public struct Milestone: Hashable, Sendable {
        public var month: Month
        public var value: Double
        public init(month: Month, value: Double) {
            self.month = month
            self.value = value
        }
    }
    public var indicatorId: String
    /// Mean of the 3 most recent values at or before the as-of month.
    public var current: Double
    public var expected: Double
    /// Last day of as-of + `plan_months`.
    public var deadline: Day
    public var milestones: [Milestone]
    /// Expected is better than best3_avg; nil without best3_avg.
    public var stretch: Bool?

    public init(
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

public struct EmployeeResult: Hashable, Sendable {
    public var employeeId: String
    public var composite: Double?
    public var rating: String?
    public var flagged: Bool
    public var reasons: [Reason]
    public var cycle: Int
    public var escalate: Bool
    /// Focus indicator ids, most urgent first.
    public var focus: [String]
    public var goals: [Goal]
    /// Indicators with a target at the as-of month, ordered by indicator_id.
    public var indicators: [IndicatorResult]
    /// Composite for each of the last `baseline_months` calendar months (oldest first).
    public var compositeHistory: [(month: Month, composite: Double?)]

    public init(
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

    public static func == (a: EmployeeResult, b: EmployeeResult) -> Bool {
        a.employeeId == b.employeeId && a.composite == b.composite && a.rating == b.rating
            && a.flagged == b.flagged && a.reasons == b.reasons && a.cycle == b.cycle
            && a.escalate == b.escalate && a.focus == b.focus && a.goals == b.goals
            && a.indicators == b.indicators
            && a.compositeHistory.map(\.month) == b.compositeHistory.map(\.month)
            && a.compositeHistory.map(\.composite) == b.compositeHistory.map(\.composite)
    }

    public func hash(into h: inout Hasher) {
        h.combine(employeeId)
        h.combine(composite)
    }
}

/// The whole run: every employee in scope at the as-of month, ordered by employee_id.
public struct GapReport: Sendable {
    public var asOf: Month
    public var policy: Policy
    public var employees: [EmployeeResult]
    public init(asOf: Month, policy: Policy, employees: [EmployeeResult]) {
        self.asOf = asOf
        self.policy = policy
        self.employees = employees
    }
}
