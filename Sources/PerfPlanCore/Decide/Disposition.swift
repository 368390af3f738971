/// What a `generate` run does for one flagged employee (contract §7.44–47): the one place
/// that combines the trigger, HR's decision, the approval policy and the plan history.
package enum Disposition: Hashable, Sendable {
    /// Not flagged this month: the interview form only.
    case none
    /// The employee is on a plan that runs past the as-of month: no new proposal (periods
    /// never overlap); progress follows the plan in force.
    case inForce(PlanRecord)
    /// A draft for HR (`plan-draft.*` and the worksheet); `conflicts` non-empty: it cannot
    /// be issued until the earlier plans' outcomes are recorded.
    case proposal(conflicts: [PlanRecord])
    /// `plan.*` is written: HR's `issue` decision, or nil when the policy issues automatically.
    case issued(DecisionRecord?)
    /// No plan: a coaching conversation on the flagged indicators.
    case coach(DecisionRecord)
    case deferred(DecisionRecord)
    case dismissed(DecisionRecord)

    /// `decision`: HR's row for this employee and the as-of month, if any. A decision over a
    /// conflict is refused by `DecisionCheck` before this is asked.
    package static func decide(
        flagged: Bool, plans: [PlanRecord], decision: DecisionRecord?, approval: Policy.Approval,
        asOf p: Month
    ) -> Disposition {
        guard flagged else { return .none }
        if let running = PlanHistory.inForce(plans, asOf: p) { return .inForce(running) }
        let conflicts = PlanHistory.conflicts(plans, asOf: p)
        if let d = decision {
            switch d.decision {
            case .issue: return conflicts.isEmpty ? .issued(d) : .proposal(conflicts: conflicts)
            case .coach: return .coach(d)
            case .defer: return .deferred(d)
            case .dismiss: return .dismissed(d)
            }
        }
        if approval == .automatic, conflicts.isEmpty { return .issued(nil) }
        return .proposal(conflicts: conflicts)
    }

    /// `plan.*` is written.
    package var issuesPlan: Bool { if case .issued = self { return true } else { return false } }
    /// `plan-draft.*` and the worksheet are written.
    package var isProposal: Bool { if case .proposal = self { return true } else { return false } }
    package var isCoaching: Bool { if case .coach = self { return true } else { return false } }

    /// The policy issued the plan (`"approval": "automatic"`): now, or in an earlier run of
    /// the month whose recorded decision a rerun applies (`RecordedDecisionJoin`), so the
    /// documents say the same either way.
    package var isByPolicy: Bool {
        guard case .issued(let d) = self else { return false }
        return d.map(RecordedDecisionJoin.isPolicyIssue) ?? true
    }

    /// HR's decision behind this disposition, if any.
    package var decision: DecisionRecord? {
        switch self {
        case .issued(let d): return d
        case .coach(let d), .deferred(let d), .dismissed(let d): return d
        case .none, .inForce, .proposal: return nil
        }
    }

    /// The word the index, review list and register use.
    package var label: String {
        switch self {
        case .none: return ""
        case .inForce(let p): return "on plan (cycle \(p.cycle) until \(p.end))"
        case .proposal(let c): return c.isEmpty ? "proposal" : "proposal, blocked"
        case .issued: return isByPolicy ? "plan issued by policy" : "plan issued"
        case .coach: return "coaching"
        case .deferred: return "deferred"
        case .dismissed: return "dismissed"
        }
    }
}
