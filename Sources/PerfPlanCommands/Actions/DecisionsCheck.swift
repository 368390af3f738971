import PerfPlanCore
import PerfPlanIO
import PerfPlanSystem

/// The decisions' checks that need the engine (contract §7.45, §7.47), for `generate`:
/// every problem as `FILE:LINE: message`, then exit 3 before anything is written.
package enum DecisionsCheck {
    /// `recorded`: the plan register's decisions of the as-of month, which stand unless the
    /// data says the same (`RecordedDecisionJoin`); a contradiction is a problem at the row.
    package static func require(
        _ engine: GapEngine, asOf: Month, recorded: [DecisionRecord] = [],
        console: any Terminal
    ) throws -> [String: DecisionRecord] {
        let decisions = engine.index.dataset.decisions
        var problems = DecisionCheck.problems(engine: engine, decisions: decisions, asOf: asOf)
        let joined = RecordedDecisionJoin.join(
            data: DecisionCheck.byEmployee(decisions, month: asOf), recorded: recorded, month: asOf,
            approval: engine.policy.approval,
            flagged: { id in
                engine.index.employeeIndex[id].map { engine.triggerResult(employee: $0, asOf: asOf).flagged }
            })
        problems += joined.problems
        problems.sort()
        guard problems.isEmpty else {
            for p in problems { console.error(p.description) }
            console.error("perfplan: \(problems.count) problem(s) in the decisions; nothing was written")
            throw CommandExit(ExitStatus.invalidData)
        }
        for w in joined.warnings { console.error(w) }
        return joined.decisions
    }
}
