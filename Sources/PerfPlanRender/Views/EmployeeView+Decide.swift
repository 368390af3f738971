import PerfPlanCore

extension EmployeeView {
    /// The members that follow from HR's decision (contract §7): the draft's marking, the
    /// coaching form's topics, the cautions, the decision itself and the policy's
    /// consequence sentences.
    static func decide(_ d: EmployeeDocument, into b: inout ViewBuilder) {
        b.bool(.draft, d.disposition.isProposal)
        b.bool(.coaching, d.disposition.isCoaching)
        b.bool(.planIssued, d.disposition.issuesPlan)
        let topics = d.disposition.isCoaching ? d.reasons : []
        b.texts(.coachingTopics, topics)
        b.bool(.hasCoachingTopics, !topics.isEmpty)
        let cautions = d.cautions.map(\.sentence)
        b.texts(.cautions, cautions)
        b.bool(.hasCautions, !cautions.isEmpty)
        let note = decisionNote(d.disposition)
        b.text(.decisionNote, note ?? "")
        b.bool(.hasDecisionNote, note != nil)
        b.text(.consequenceExtend, Consequences.extend(d.policy, cycle: d.result.cycle))
        b.text(.consequenceFinal, Consequences.final(d.policy, cycle: d.result.cycle))
    }

    /// "Coaching instead of a plan, decided by Maria Lopez on 2026-11-03: …" (HR's record).
    static func decisionNote(_ disposition: Disposition) -> String? {
        switch disposition {
        case .proposal(let conflicts):
            let base = "Proposal for HR's decision: not a plan until HR decides to issue it."
            guard !conflicts.isEmpty else { return base }
            return base + " It cannot be issued until the outcome of "
                + Prose.list(conflicts.map { "plan cycle \($0.cycle) (\(Prose.months(from: $0.start, to: $0.end)))" })
                + " is recorded."
        case .issued(let d?) where !disposition.isByPolicy:
            return "Issued by decision of \(d.decidedBy) on \(d.decidedOn)" + (d.reason.map { ": \($0)" } ?? ".")
        case .issued: return "Issued automatically under the company's policy."
        case .coach(let d):
            return "Coaching instead of a plan, decided by \(d.decidedBy) on \(d.decidedOn): \(d.reason ?? "")"
        case .deferred(let d):
            return "Decision deferred to next month by \(d.decidedBy) on \(d.decidedOn): \(d.reason ?? "")"
        case .dismissed(let d): return "No action, decided by \(d.decidedBy) on \(d.decidedOn): \(d.reason ?? "")"
        case .none, .inForce: return nil
        }
    }
}
