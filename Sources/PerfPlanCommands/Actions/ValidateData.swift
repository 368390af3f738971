import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// `perfplan validate`: every problem of a data directory as `FILE:LINE: message`, then a
/// summary, on stdout.
package struct ValidateData {
    /// Where the action prints (the standard streams unless a test captures them).
    package var console: any Terminal = StandardStreams()
    package var data: String

    package init(data: String) { self.data = data }

    /// Load and validate → report. Any error is exit 3 (`CommandExit`); warnings alone pass.
    package func perform() throws {
        let result = DatasetLoader.load(directory: data)
        var text = DiagnosticReport.lines(result.diagnostics).joined(separator: "\n")
        if !text.isEmpty { text += "\n" }
        text += DiagnosticReport.summary(directory: data, result: result) + "\n"
        console.text(text)
        if result.dataset == nil { throw CommandExit(ExitStatus.invalidData) }
    }
}
