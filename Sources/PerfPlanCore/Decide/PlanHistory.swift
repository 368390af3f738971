/// The rules that keep one employee's plan history from contradicting itself (contract
/// §7.47): which earlier plan is a conflict, which plan is still in force, and which cycle
/// number a new plan gets. Pure: the plans data (joined with the register) in, answers out.
package enum PlanHistory {
    /// Plans whose end month lies before the as-of month and that still read `active`:
    /// nobody recorded how they ended, so a new plan would be built on an unknown. Oldest first.
    package static func conflicts(_ plans: [PlanRecord], asOf p: Month) -> [PlanRecord] {
        plans.filter { $0.outcome == .active && $0.end < p }.sorted { ($0.cycle, $0.start) < ($1.cycle, $1.start) }
    }

    /// An active plan that runs past the as-of month: a new plan from `p + 1` would overlap
    /// it, so the employee stays on it (progress follows it) and gets no new proposal.
    package static func inForce(_ plans: [PlanRecord], asOf p: Month) -> PlanRecord? {
        plans.filter { $0.outcome == .active && $0.end > p }.max { $0.cycle < $1.cycle }
    }

    /// The cycle of a plan starting after `p`: one more than the plans that ended with an
    /// outcome (§5.11), and never a number an earlier plan already carries — a plan whose
    /// period is over but whose outcome is missing still holds its number.
    package static func nextCycle(_ plans: [PlanRecord], asOf p: Month) -> Int {
        let counted = 1 + plans.filter { $0.outcome != .active }.count
        let highestEnded = plans.filter { $0.end <= p }.map(\.cycle).max() ?? 0
        return max(counted, highestEnded + 1)
    }

    /// Every earlier cycle, oldest first: the ones that ended with an outcome and the ones
    /// whose outcome is missing alike, so the plan's history sentence forgets none.
    package static func earlier(_ plans: [PlanRecord], asOf p: Month) -> [PlanRecord] {
        plans.filter { $0.outcome != .active || $0.end <= p }.sorted { ($0.cycle, $0.start) < ($1.cycle, $1.start) }
    }

    /// What HR does to record a missing outcome, as a clause: edit the data's row when the
    /// plan comes from the plans data; otherwise the plan is perfplan's own, whose outcome
    /// the progress report of its last month records (or `plans close`, for a plan withdrawn).
    package static func howToRecordOutcome(end: Month, row: SourceLocation?) -> String {
        if let row, row != .synthetic {
            return "give its outcome (succeeded, extended, escalated or closed) in the plans data (\(row))"
        }
        return "run the progress report for \(Prose.month(end)), which records it, or close the plan with "
            + "perfplan plans close if it was withdrawn"
    }
}
