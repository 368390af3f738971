import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// Exit codes of contract §3.
package enum ExitStatus {
    package static let ok: Int32 = 0
    package static let failed: Int32 = 1
    package static let usage: Int32 = 2
    package static let invalidData: Int32 = 3
}
