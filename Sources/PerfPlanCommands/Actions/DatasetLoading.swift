import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// The load and validate steps of every command that reads `--data`.
package enum DatasetLoading {
    /// Loads and validates `directory`; on any error prints the report to stderr and ends the
    /// run with exit 3 before anything is written. Warnings go to stderr too.
    package static func load(_ directory: String, console: any Terminal) throws -> Dataset {
        let result = DatasetLoader.load(directory: directory)
        let lines = DiagnosticReport.lines(result.diagnostics)
        if !lines.isEmpty { console.error(lines.joined(separator: "\n")) }
        guard let dataset = result.dataset else {
            console.error(
                "\(directory): \(result.errors.count) error\(result.errors.count == 1 ? "" : "s") in the input data; nothing was written (run `perfplan validate --data \(directory)` for the full report)"
            )
            throw CommandExit(ExitStatus.invalidData)
        }
        if let warning = HRLanguage.fallbackWarning(dataset.policy) { console.error("warning: " + warning) }
        return dataset
    }
}
