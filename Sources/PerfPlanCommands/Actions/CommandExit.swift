import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// Ends a command with `status` once its messages have been printed: what an action throws
/// for "failed" (1) and "invalid data" (3); the executable exits with the status as is.
package struct CommandExit: Error {
    package var status: Int32
    package init(_ status: Int32) { self.status = status }
}
