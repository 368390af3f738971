/// The checks of the `decisions` rows that need the engine (contract §7.45): a decision
/// for someone the triggers did not flag that month, and `issue` over a history conflict
/// (§7.47). Rows after the as-of month are left for the runs of their months, so a
/// decisions file that grows month by month can rerun an earlier month.
package enum DecisionCheck {
    package static func problems(engine: GapEngine, decisions: [DecisionRecord], asOf p: Month) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let index = engine.index
        for d in decisions where d.month <= p {
            guard let e = index.employeeIndex[d.employeeId] else { continue }  // reported by the validator
            let r = engine.triggerResult(employee: e, asOf: d.month)
            guard r.flagged else {
                out.append(
                    .error(
                        d.source,
                        "\(Quote.cell(d.employeeId)) was not flagged for a plan in \(d.month): "
                            + "there is no proposal to decide on"))
                continue
            }
            guard d.month == p, d.decision == .issue else { continue }
            if let c = PlanHistory.conflicts(engine.plans(of: e), asOf: p).first {
                out.append(
                    .error(
                        d.source,
                        "cannot issue a plan for \(Quote.cell(d.employeeId)): plan cycle \(c.cycle) "
                            + "(\(c.start)..\(c.end)) is over but has no outcome; record it first: "
                            + PlanHistory.howToRecordOutcome(end: c.end, row: c.source)))
            }
        }
        return out
    }

    /// HR's decision for each employee at month `p` (already checked: one per employee).
    package static func byEmployee(_ decisions: [DecisionRecord], month p: Month) -> [String: DecisionRecord] {
        var out: [String: DecisionRecord] = [:]
        for d in decisions where d.month == p { out[d.employeeId] = d }
        return out
    }
}

extension GapEngine {
    /// The employee's result at `p` without peer figures: enough to know whether and why a
    /// trigger fired (the triggers read no peers), at a fraction of a full result's cost.
    package func triggerResult(employee e: Int, asOf p: Month) -> EmployeeResult {
        result(employee: e, asOf: p, peers: Array(repeating: [:], count: index.indicators.count))
    }
}
