import PerfPlanIO
import PerfPlanCore
import PerfPlanSystem
import PerfPlanRender

/// `perfplan validate`: every problem of a data directory as `FILE:LINE: message`, then a
/// summary, on stdout.
public struct ValidateData {
    public var data: String

    public init(data: String) { self.data = data }

    /// Load and validate → report. Any error is exit 3 (`CommandExit`); warnings alone pass.
    public func perform() throws {
        let result = DatasetLoader.load(directory: data)
        var text = DiagnosticReport.lines(result.diagnostics).joined(separator: "\n")
        if !text.isEmpty { text += "\n" }
        text += DiagnosticReport.summary(directory: data, result: result) + "\n"
        Console.text(text)
        if result.dataset == nil { throw CommandExit(ExitStatus.invalidData) }
    }
}
