import PerfPlanCore
import PerfPlanSystem
import PerfPlanIO
import PerfPlanRender

extension Scope {
    /// The selected employee ids of `dataset`, or a usage error (exit 2) for an unknown id.
    public func selectIds(from dataset: Dataset) throws -> [String] {
        do { return try select(from: dataset.employees) } catch {
            throw UsageError(error.description)
        }
    }
}
