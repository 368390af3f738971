import PerfPlanCore
import PerfPlanIO
import PerfPlanSystem
import PerfPlanRender

/// Where an action's messages go: stderr as plain lines, or as one JSON object a line for
/// log collectors (`progress --log-format json`).
public enum RunLog: String, Sendable, CaseIterable {
    case text, json

    /// Prints `message` at `level` ("info", "warning" or "error").
    public func callAsFunction(level: String, _ message: String) {
        switch self {
        case .text: Console.error(message)
        case .json: Console.error(TerminalText.jsonEscaped("{\"level\": \"\(level)\", \"message\": \(JSONText.string(message))}"))
        }
    }
}
