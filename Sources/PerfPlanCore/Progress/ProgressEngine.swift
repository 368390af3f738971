/// Measures active plans against their frozen goals, month by month (contract §2, progress).
///
/// Pure: it takes the plans and a lookup of actual values, so the cron command, tests and
/// any other caller see the same statuses.
package struct ProgressEngine: Sendable {
    /// The actual value of `indicatorId` for `employeeId` at a month, if any.
    package typealias ActualLookup = @Sendable (_ employeeId: String, _ indicatorId: String, _ month: Month) -> Double?

    let actual: ActualLookup

    package init(actual: @escaping ActualLookup) { self.actual = actual }

    /// The plans reported at `month` (contract rule 39): those whose period holds `month`
    /// (start ≤ month ≤ end) and that the plans data does not list as `closed` for that
    /// employee and cycle. A plan whose period ended was reported, with its outcome, at its
    /// last month; one not yet started has nothing to report.
    package static func reported(_ plans: [PlanSnapshot], at month: Month, records: [PlanRecord]) -> [PlanSnapshot] {
        struct Key: Hashable {
            var employeeId: String
            var cycle: Int
        }
        let closed = Set(
            records.filter { $0.outcome == .closed }.map { Key(employeeId: $0.employeeId, cycle: $0.cycle) })
        return plans.filter { plan in
            plan.start <= month && month <= plan.end
                && !closed.contains(Key(employeeId: plan.employeeId, cycle: plan.cycle))
        }
    }

    /// The plan's progress at `month`, or nil when `month` lies outside the plan's period.
    package func progress(of plan: PlanSnapshot, at month: Month) -> PlanProgress? {
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

        // Rule 40: a goal's milestone counts as reached whenever the goal is on track or achieved
        // this month — every month it holds, not only the first — so it is acknowledged each time.
        let reached = status == .onTrack || status == .achieved

        var series: [(month: Month, value: Double?)] = []
        var m = plan.start
        while m <= month {
            series.append((m, actual(plan.employeeId, goal.indicatorId, m)))
            m = m + 1
        }
        let projection = Self.project(goal: goal, plan: plan, series: series, status: status)
        return GoalProgress(
            goal: goal, actual: value, milestone: milestone, status: status,
            regressed: regressed, milestoneReached: reached, projection: projection,
            actualsByMonth: series)
    }

    /// "At least as good as" is "not strictly better" the other way round, in the goal's direction.
    static func status(value: Double?, milestone: Double?, goal: PlanSnapshot.PlanGoal) -> GoalStatus {
        guard let value else { return .noData }
        if !goal.direction.isBetter(goal.expected, than: value) { return .achieved }
        if let milestone, !goal.direction.isBetter(milestone, than: value) { return .onTrack }
        return .behind
    }

    /// How far past the deadline a projection still counts (rule 42): later than this many
    /// months after the deadline's month, the goal is "not on course at the current rate".
    package static let projectionHorizonMonths = 24

    /// Rule 42: the least-squares line through (plan start − 1, `current`) and the plan's monthly
    /// actuals so far (`series` runs from the plan's start to the report month *M*); the projected
    /// month is the first month from *M* + 1 on where the line reaches `expected`. None when the
    /// goal is achieved at *M*, when the line is flat or points away, or when that month lies more
    /// than `projectionHorizonMonths` after the deadline's month.
    static func project(
        goal: PlanSnapshot.PlanGoal, plan: PlanSnapshot,
        series: [(month: Month, value: Double?)], status: GoalStatus
    ) -> Projection {
        if status == .achieved { return .reached }
        // x counts months from plan start − 1 (x = 0): small numbers keep the sums exact.
        let origin = (plan.start - 1).index
        var points: [(x: Double, y: Double)] = [(0, goal.current)]
        for (month, value) in series { if let value { points.append((Double(month.index - origin), value)) } }
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
        // The line reaches `expected` at x = crossing and stays past it from there on.
        let crossing = meanX + (goal.expected - meanY) / slope
        let reportMonth = series.last?.month ?? (plan.start - 1)
        let deadlineMonth = Month(year: goal.deadline.year, month: goal.deadline.month)!
        let latest = deadlineMonth.index + Self.projectionHorizonMonths - origin
        // Beyond the horizon (or a nearly flat line crossing at infinity): not on course. Checked
        // before converting, so `Int` never sees a huge or infinite value.
        guard crossing.isFinite, crossing <= Double(latest) + 1 else { return .notReached(slopePerMonth: slope) }
        // The first whole month at or after the crossing (a hair of rounding error tolerated so a
        // line that reaches the level exactly at a month is not pushed a month later) …
        var x = Int((crossing - 1e-9).rounded(.up))
        // … and never the report month or earlier: the level is not reached at M.
        x = max(x, reportMonth.index - origin + 1)
        guard x <= latest else { return .notReached(slopePerMonth: slope) }
        let projected = Month(index: origin + x)
        return .projected(month: projected, onTime: projected <= plan.end, slopePerMonth: slope)
    }
}
