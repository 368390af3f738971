import PerfPlanCore

extension ScopeOptions {
    /// The selected employee ids, or a usage error (exit 2) for an unknown id.
    func select(from dataset: Dataset) throws -> [String] {
        let scope = Scope(employeeIds: employees, manager: manager, department: department,
                          shard: shard.flatMap(Scope.parseShard))
        do { return try scope.select(from: dataset.employees) } catch {
            throw UsageError(error.description)
        }
    }
}
