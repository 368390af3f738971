import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// Where an action's messages go: stderr as plain lines, or as one JSON object a line for
/// log collectors (`progress --log-format json`).
package enum RunLog: String, Sendable, CaseIterable {
    case text, json

    /// Prints `message` at `level` ("info", "warning" or "error").
    package func callAsFunction(level: String, _ message: String, to console: any Terminal) {
        switch self {
        case .text: console.error(message)
        case .json:
            console.error(
                TerminalText.jsonEscaped("{\"level\": \"\(level)\", \"message\": \(JSONText.string(message))}"))
        }
    }
}
