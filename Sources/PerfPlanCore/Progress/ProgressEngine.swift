/// Measures active plans against their frozen goals, month by month (contract §2, progress).
///
/// Pure: it takes the plans and a lookup of actual values, so the cron command, tests and
/// any other caller see the same statuses.
public struct ProgressEngine: Sendable {
    /// The actual value of `indicatorId` for `employeeId` at a month, if any.
    public typealias ActualLookup = @Sendable (_ employeeId: String, _ indicatorId: String, _ month: Month) -> Double?

    let actual: ActualLookup

    public init(actual: @escaping ActualLookup) { self.actual = actual }

    /// The plans reported at `month` (contract rule 39): those whose period holds `month`
    /// (start ≤ month ≤ end) and that the plans data does not list as `closed` for that
    /// employee and cycle. A plan whose period ended was reported, with its outcome, at its
    /// last month; one not yet started has nothing to report.
    public static func reported(_ plans: [PlanSnapshot], at month: Month, records: [PlanRecord]) -> [PlanSnapshot] {
        struct Key: Hashable { var employeeId: String; var cycle: Int }
        let closed = Set(records.filter { $0.outcome == .closed }.map { Key(employeeId: $0.employeeId, cycle: $0.cycle) })
        return plans.filter { plan in
            plan.start <= month && month <= plan.end && !closed.contains(Key(employeeId: plan.employeeId, cycle: plan.cycle))
        }
    }

    /// The plan's progress at `month`, or nil when `month` lies outside the plan's period.
    public func progress(of plan: PlanSnapshot, at month: Month) -> PlanProgress? {
        guard plan.start <= month, month <= plan.end else { return nil }
        let m = month
        let goals = plan.goals.map { goalProgress($0, plan: plan, at: m) }
        let overall = Self.overall(goals.map(\.status))
        var decision: PlanDecision?
        if m == plan.end {
            if goals.allSatisfy({ $0.status == .achieved }) {
                decision = .succeeded
            } else {
                decision = plan.cycle < plan.maxCycles ? .extend : .escalate
            }
        }
        let monthEnd = Day(year: m.year, month: m.month, day: m.dayCount)!
        return PlanProgress(
            plan: plan, month: m, goals: goals, planMonth: m - plan.start + 1, decision: decision,
            overall: overall, anyRegressed: goals.contains { $0.regressed },
            upcomingCheckins: plan.checkins.filter { $0 > monthEnd })
    }

    /// behind > no data > on track > achieved: the summary shows the goal that needs attention.
    static func overall(_ statuses: [GoalStatus]) -> GoalStatus {
        if statuses.contains(.behind) { return .behind }
        if statuses.contains(.noData) { return .noData }
        if statuses.contains(.onTrack) { return .onTrack }
        return statuses.isEmpty ? .noData : .achieved
    }

    func goalProgress(_ goal: PlanSnapshot.PlanGoal, plan: PlanSnapshot, at month: Month) -> GoalProgress {
        let value = actual(plan.employeeId, goal.indicatorId, month)
        let milestone = goal.milestone(for: month)
        let status = Self.status(value: value, milestone: milestone, goal: goal)
        let regressed = value.map { goal.direction.isBetter(goal.current, than: $0) } ?? false

        // Newly reached: at least as good as this month's milestone, and last month's was not met.
        var newly = false
        if let value, let milestone, !goal.direction.isBetter(milestone, than: value) {
            let prevMonth = month - 1
            if prevMonth < plan.start {
                newly = true
            } else if let prevMilestone = goal.milestone(for: prevMonth) {
                let prevValue = actual(plan.employeeId, goal.indicatorId, prevMonth)
                newly = prevValue.map { goal.direction.isBetter(prevMilestone, than: $0) } ?? true
            }
        }

        var series: [(month: Month, value: Double?)] = []
        var m = plan.start
        while m <= month {
            series.append((m, actual(plan.employeeId, goal.indicatorId, m)))
            m = m + 1
        }
        let projection = Self.project(goal: goal, plan: plan, series: series, status: status)
        return GoalProgress(goal: goal, actual: value, milestone: milestone, status: status,
                            regressed: regressed, milestoneNewlyReached: newly, projection: projection,
                            actualsByMonth: series)
    }

    /// "At least as good as" is "not strictly better" the other way round, in the goal's direction.
    static func status(value: Double?, milestone: Double?, goal: PlanSnapshot.PlanGoal) -> GoalStatus {
        guard let value else { return .noData }
        if !goal.direction.isBetter(goal.expected, than: value) { return .achieved }
        if let milestone, !goal.direction.isBetter(milestone, than: value) { return .onTrack }
        return .behind
    }

    /// Least-squares line through the plan's starting level (at the as-of month) and the actuals
    /// of its months so far; where it crosses the expected level is the projected month.
    static func project(goal: PlanSnapshot.PlanGoal, plan: PlanSnapshot,
                        series: [(month: Month, value: Double?)], status: GoalStatus) -> Projection {
        if status == .achieved { return .reached }
        var points: [(x: Double, y: Double)] = [(Double(plan.asOf.index), goal.current)]
        for (month, value) in series { if let value { points.append((Double(month.index), value)) } }
        guard points.count >= 2 else { return .insufficientData }
        let n = Double(points.count)
        let meanX = points.map(\.x).compensatedSum() / n
        let meanY = points.map(\.y).compensatedSum() / n
        let sxy = points.map { ($0.x - meanX) * ($0.y - meanY) }.compensatedSum()
        let sxx = points.map { ($0.x - meanX) * ($0.x - meanX) }.compensatedSum()
        guard sxx > 0 else { return .insufficientData }
        let slope = sxy / sxx
        let improving = goal.direction == .higher ? slope > 0 : slope < 0
        guard improving else { return .notReached(slopePerMonth: slope) }
        let crossing = meanX + (goal.expected - meanY) / slope
        let lastMonth = series.last?.month ?? plan.asOf
        // A nearly flat line crosses centuries away, or at infinity (a slope of 1e-310):
        // that is "not at this pace", and `Int` below would trap on it.
        guard crossing.isFinite, crossing - Double(lastMonth.index) <= 1_000 else { return .notReached(slopePerMonth: slope) }
        // Never project into the past: the expected level is not reached yet at the last month.
        let index = max(Int((crossing - 1e-9).rounded(.up)), lastMonth.index + 1)
        // Cap the horizon: a projection decades away says "not at this pace" just as well.
        guard index - lastMonth.index <= 120 else { return .notReached(slopePerMonth: slope) }
        let projected = Month(index: index)
        return .projected(month: projected, onTime: projected <= plan.end, slopePerMonth: slope)
    }
}
