import PerfPlanCore

extension GoalProgress {
    /// The points of a progress report's chart: the level the plan started from (at the
    /// plan's as-of month), then each plan month's actual against its milestone. The same
    /// in every language; only the chart's title is the report's.
    func chartPoints(_ plan: PlanSnapshot) -> [HistoryPoint] {
        var points = [HistoryPoint(month: plan.asOf, actual: nil, target: goal.current, attainment: nil, status: nil)]
        var m = plan.start
        while m <= plan.end {
            let actual = actualsByMonth.first { $0.month == m }?.value
            points.append(
                HistoryPoint(month: m, actual: actual, target: goal.milestone(for: m), attainment: nil, status: nil))
            m = m + 1
        }
        return points
    }
}
