import PerfPlanCore
import PerfPlanIO
import PerfPlanSystem

/// A run that would report on nobody: `gaps`, `generate` and `progress` refuse it (exit 3,
/// nothing written) instead of publishing an empty month folder over a full one or telling
/// a cron job that all went well. `--manager` for someone without reports is the usual
/// cause; a `--department` and `--employee` that exclude each other is another.
extension Scope {
    /// The selected ids (`selectIds`), or exit 3 naming the options when they select no one.
    /// `log(level, message)`: where the message goes (the action's terminal).
    package func selectSomeone(
        from dataset: Dataset, command: String,
        log: (_ level: String, _ message: String) -> Void
    ) throws -> [String] {
        let ids = try selectIds(from: dataset)
        guard ids.isEmpty else { return ids }
        log("error", "perfplan \(command): \(emptyReason(employeeCount: dataset.employees.count)); nothing was written")
        throw CommandExit(ExitStatus.invalidData)
    }

    /// Why the selection is empty, in the user's terms.
    func emptyReason(employeeCount: Int) -> String {
        guard employeeCount > 0 else { return "the data has no employees" }
        var options: [String] = employeeIds.map { "--employee \(Quote.cell($0))" }
        if let manager { options.append("--manager \(Quote.cell(manager))") }
        if let department { options.append("--department \(Quote.cell(department))") }
        if manager != nil && employeeIds.isEmpty && department == nil {
            return "--manager \(Quote.cell(manager!)) has no reports in the data, so the scope selects no employee"
        }
        return "the scope (\(options.joined(separator: " "))) selects no employee"
    }
}
