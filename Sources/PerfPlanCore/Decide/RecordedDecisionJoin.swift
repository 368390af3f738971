/// How HR's decisions in the data join the decisions the plan register recorded for the same
/// month, so that a rerun of a month never undoes what was decided (an issued plan never
/// turns back into a draft because the decisions file was not at hand).
///
/// A recorded decision stands: it applies when the data has no row for that employee and
/// month; a data row that says the same is fine; a data row that says anything else is an
/// error at that row. A plan may have been handed over and signed on the strength of the
/// recorded decision, so silently letting a later file supersede it would change documents
/// people already hold; a new decision belongs to a later month (`defer` exists for that).
package enum RecordedDecisionJoin {
    /// `data`: the checked `decisions` rows of month `p`, by employee. `recorded`: the
    /// register's decisions of month `p` (their `source` names the register). `flagged`:
    /// whether the data flags the employee at `p` (nil: not in the data). `approval`: with
    /// `automatic`, the policy's own recorded `issue` is left to the policy, which decides
    /// the same again (and the documents keep saying "issued by policy").
    package static func join(
        data: [String: DecisionRecord], recorded: [DecisionRecord], month p: Month,
        approval: Policy.Approval, flagged: (String) -> Bool?
    )
        -> (decisions: [String: DecisionRecord], problems: [Diagnostic], warnings: [String])
    {
        var out = data
        var problems: [Diagnostic] = []
        var warnings: [String] = []
        for r in recorded.sorted(by: { codePointLess($0.employeeId, $1.employeeId) }) where r.month == p {
            if let given = data[r.employeeId] {
                if !sameDecision(given, r) {
                    problems.append(
                        .error(
                            given.source,
                            "this decision for \(Quote.cell(r.employeeId)) in \(p) contradicts the one "
                                + "the plan register recorded (\(describe(r))); a recorded decision stands: make this row "
                                + "match it or remove it, and put a new decision in a later month"))
                }
                continue
            }
            guard let isFlagged = flagged(r.employeeId) else { continue }  // not in this data (another scope's people)
            guard isFlagged else {
                warnings.append(
                    "warning: \(r.source.file): the plan register recorded \(describe(r)) for "
                        + "\(Quote.cell(r.employeeId)) in \(p), but the data no longer flags \(Quote.cell(r.employeeId)) "
                        + "in \(p); the decision is not applied")
                continue
            }
            if approval == .automatic, isPolicyIssue(r) { continue }
            out[r.employeeId] = r
        }
        return (out, problems, warnings)
    }

    /// The decision the policy records when approval is automatic (`RecordedDecision.of`).
    package static let policyDecider = "policy"
    package static let policyReason = "approval: automatic"

    package static func isPolicyIssue(_ d: DecisionRecord) -> Bool {
        d.decision == .issue && d.decidedBy == policyDecider && d.reason == policyReason
    }

    /// The same decision, by the same person, on the same day, for the same reason (an
    /// absent reason and an empty one are the same).
    package static func sameDecision(_ a: DecisionRecord, _ b: DecisionRecord) -> Bool {
        a.employeeId == b.employeeId && a.month == b.month && a.decision == b.decision && a.decidedBy == b.decidedBy
            && a.decidedOn == b.decidedOn && (a.reason ?? "") == (b.reason ?? "")
    }

    /// "coach by Sofia Rossi on 2026-11-04: First time".
    package static func describe(_ d: DecisionRecord) -> String {
        "\(d.decision.rawValue) by \(Quote.cell(d.decidedBy)) on \(d.decidedOn)"
            + ((d.reason ?? "").isEmpty ? "" : ": \(Quote.cell(d.reason ?? ""))")
    }
}
