/// Where one goal stands in a month (contract §2, progress).
package enum GoalStatus: String, Sendable, Hashable, CaseIterable {
    case achieved
    case onTrack = "on_track"
    case behind
    case noData = "no_data"
}

/// What the plan leads to at its last month.
package enum PlanDecision: String, Sendable, Hashable, CaseIterable {
    case succeeded, extend, escalate
}

/// When the expected level would be reached if the plan's trend so far continued.
package enum Projection: Hashable, Sendable {
    /// The expected level is already reached.
    case reached
    /// Reached in `month` (by the deadline when `onTime`).
    case projected(month: Month, onTime: Bool, slopePerMonth: Double)
    /// Not on course at the current rate: the trend is flat or points away from the expected
    /// level (a slope of the wrong sign), or reaches it only beyond the horizon (rule 42).
    case notReached(slopePerMonth: Double)
    /// Fewer than two points to draw a trend through.
    case insufficientData
}

package struct GoalProgress: Hashable, Sendable {
    package var goal: PlanSnapshot.PlanGoal
    package var actual: Double?
    /// The milestone planned for this month (nil outside the plan's months).
    package var milestone: Double?
    package var status: GoalStatus
    /// Worse than the level the plan started from: something to look into.
    package var regressed: Bool
    /// Rule 40: the goal is on track or achieved this month — its milestone is reached, to acknowledge.
    package var milestoneReached: Bool
    package var projection: Projection
    /// Actual per plan month so far (start…month), nil where no value, for the chart.
    package var actualsByMonth: [(month: Month, value: Double?)]

    package static func == (a: GoalProgress, b: GoalProgress) -> Bool {
        a.goal == b.goal && a.actual == b.actual && a.milestone == b.milestone && a.status == b.status
            && a.regressed == b.regressed && a.milestoneReached == b.milestoneReached
            && a.projection == b.projection && a.actualsByMonth.map(\.month) == b.actualsByMonth.map(\.month)
            && a.actualsByMonth.map(\.value) == b.actualsByMonth.map(\.value)
    }

    package func hash(into h: inout Hasher) {
        h.combine(goal)
        h.combine(actual)
    }
}

/// One employee's plan at one month.
package struct PlanProgress: Hashable, Sendable {
    package var plan: PlanSnapshot
    package var month: Month
    package var goals: [GoalProgress]
    /// 1-based month of the plan (1 = its first month).
    package var planMonth: Int
    /// Set at (and after) the plan's last month.
    package var decision: PlanDecision?
    /// The worst goal status: behind > no data > on track > achieved.
    package var overall: GoalStatus
    package var anyRegressed: Bool
    /// Check-ins still ahead after this month, earliest first.
    package var upcomingCheckins: [Day]
    /// Who has signed the plan, and whose signature is awaited (§7.50); nil until set by
    /// the caller from the `acknowledgements` data.
    package var signatures: PlanSignatures? = nil

    package var isFinalMonth: Bool { month >= plan.end }
}
