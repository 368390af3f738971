import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

extension Scope {
    /// The selected employee ids of `dataset`, or a usage error (exit 2) for an unknown id.
    package func selectIds(from dataset: Dataset) throws -> [String] {
        do { return try select(from: dataset.employees) } catch {
            throw UsageError(error.description)
        }
    }
}
