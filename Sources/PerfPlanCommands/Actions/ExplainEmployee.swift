import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// `perfplan explain`: how every figure of one employee was computed, on stdout.
package struct ExplainEmployee {
    /// Where the action prints (the standard streams unless a test captures them).
    package var console: any Terminal = StandardStreams()
    package var employeeId: String
    package var data: String
    package var asOf: Month

    package init(employeeId: String, data: String, asOf: Month) {
        self.employeeId = employeeId
        self.data = data
        self.asOf = asOf
    }

    /// Load → validate → index → explain. Throws `UsageError` (exit 2: an unknown employee,
    /// no actuals in the month) or `CommandExit` (3: invalid data) after printing why.
    package func perform() throws {
        let dataset = try DatasetLoading.load(data, console: console)
        let engine = GapEngine(dataset: dataset)
        try AsOfCheck.require(engine.index, employeeIds: [employeeId], month: asOf) { console.error($1) }
        guard let text = Explainer(engine: engine).explain(employeeId: employeeId, asOf: asOf) else {
            throw UsageError("unknown employee id \"\(employeeId)\"")
        }
        console.text(text)
    }
}
