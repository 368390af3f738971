import Foundation
import PerfPlanCore
import PerfPlanRender

extension ScopeOptions {
    /// The selected employee ids, or a usage error (exit 2) for an unknown id. Without
    /// `applyingShard`, everyone the other options select: `generate` and `progress` shards
    /// render their share but write the index, gaps.csv and summary of everyone.
    func select(from dataset: Dataset, applyingShard: Bool = true) throws -> [String] {
        let shard = applyingShard ? try resolvedShard() : nil
        let scope = Scope(employeeIds: employees, manager: manager, department: department, shard: shard.map { ($0.k, $0.n) })
        do { return try scope.select(from: dataset.employees) } catch {
            throw UsageError(error.description)
        }
    }

    /// `--shard` as K and N (from the scheduler's environment for slurm or kubernetes).
    func resolvedShard() throws -> Shard? {
        guard let shard else { return nil }
        do { return try ShardArgument.resolve(shard, environment: ProcessInfo.processInfo.environment) } catch {
            throw UsageError(error.description)
        }
    }
}
