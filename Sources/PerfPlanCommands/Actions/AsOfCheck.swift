import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// The as-of month check of `gaps`, `explain`, `generate` and `progress` (contract §6.35),
/// in one place so the four say the same thing: exit 3 with the latest month that has data
/// when nobody in scope has any in the month, one warning with the count when some lack it.
package enum AsOfCheck {
    /// `log(level, message)`: where the messages go ("warning" or "error"): the action's terminal.
    package static func require(
        _ index: DatasetIndex, employeeIds: [String], month: Month,
        log: (_ level: String, _ message: String) -> Void
    ) throws {
        switch AsOfCoverage.check(index, employeeIds: employeeIds, month: month) {
        case .complete:
            return
        case .partial(let missing, let total):
            log(
                "warning",
                "warning: \(missing) of \(total) employees \(missing == 1 ? "has" : "have") no actuals for \(month)")
        case .empty(let latest):
            let who =
                employeeIds.count == 1 ? "for employee \(Quote.cell(employeeIds[0]))" : "for the employees in scope"
            let hint =
                latest.map { "the latest month with data is \($0) (use --as-of \($0))" }
                ?? "they have no actuals in any month"
            log("error", "perfplan: no actuals for \(month) \(who); \(hint)")
            throw CommandExit(ExitStatus.invalidData)
        }
    }
}
