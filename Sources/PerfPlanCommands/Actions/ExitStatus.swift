import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// Exit codes of contract §3.
public enum ExitStatus {
    public static let ok: Int32 = 0
    public static let failed: Int32 = 1
    public static let usage: Int32 = 2
    public static let invalidData: Int32 = 3
}
