import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// A problem with how perfplan was called (exit 2), found after argument parsing: the
/// executable prints `perfplan: MESSAGE`.
package struct UsageError: Error, CustomStringConvertible {
    package var description: String
    package init(_ message: String) { description = message }
}
