import Foundation
import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// Phase timings on stderr when asked for (`--timing`, or `PERFPLAN_TIMING=1`): how the
/// benchmark and docs/performance.md split a run into loading, engine, rendering and writing.
package struct PhaseTimer {
    package let enabled: Bool
    private var last = Date()
    private var phases: [(String, Double)] = []

    package init(enabled: Bool) { self.enabled = enabled }

    package mutating func lap(_ name: String) {
        let now = Date()
        phases.append((name, now.timeIntervalSince(last)))
        last = now
    }

    package func report(to console: any Terminal) {
        guard enabled else { return }
        console.error("timing: " + phases.map { "\($0.0) \(String(format: "%.3f", $0.1)) s" }.joined(separator: ", "))
    }
}
