import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// A problem with how perfplan was called (exit 2), found after argument parsing: the
/// executable prints `perfplan: MESSAGE`.
public struct UsageError: Error, CustomStringConvertible {
    public var description: String
    public init(_ message: String) { description = message }
}
