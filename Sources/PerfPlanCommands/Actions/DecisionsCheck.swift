import PerfPlanCore
import PerfPlanIO
import PerfPlanSystem

/// The decisions' checks that need the engine (contract §7.45, §7.47), for `generate`:
/// every problem as `FILE:LINE: message`, then exit 3 before anything is written.
public enum DecisionsCheck {
    public static func require(_ engine: GapEngine, asOf: Month) throws -> [String: DecisionRecord] {
        let decisions = engine.index.dataset.decisions
        let problems = DecisionCheck.problems(engine: engine, decisions: decisions, asOf: asOf).sorted()
        guard problems.isEmpty else {
            for p in problems { Console.error(p.description) }
            Console.error("perfplan: \(problems.count) problem(s) in the decisions; nothing was written")
            throw CommandExit(ExitStatus.invalidData)
        }
        return DecisionCheck.byEmployee(decisions, month: asOf)
    }
}
