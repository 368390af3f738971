import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// `perfplan explain`: how every figure of one employee was computed, on stdout.
public struct ExplainEmployee {
    /// Where the action prints (the standard streams unless a test captures them).
    public var console: any Terminal = StandardStreams()
    public var employeeId: String
    public var data: String
    public var asOf: Month

    public init(employeeId: String, data: String, asOf: Month) {
        self.employeeId = employeeId
        self.data = data
        self.asOf = asOf
    }

    /// Load → validate → index → explain. Throws `UsageError` (exit 2: an unknown employee,
    /// no actuals in the month) or `CommandExit` (3: invalid data) after printing why.
    public func perform() throws {
        let dataset = try DatasetLoading.load(data, console: console)
        let engine = GapEngine(dataset: dataset)
        try AsOfCheck.require(engine.index, employeeIds: [employeeId], month: asOf) { console.error($1) }
        guard let text = Explainer(engine: engine).explain(employeeId: employeeId, asOf: asOf) else {
            throw UsageError("unknown employee id \"\(employeeId)\"")
        }
        console.text(text)
    }
}
