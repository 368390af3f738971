import PerfPlanCore
import PerfPlanSystem

/// Why a `progress` run has no plan to report. Such a run is refused (exit 3, nothing
/// written): an empty report published over last month's, with exit 0, would tell HR and
/// the cron job that every plan was seen to. Pure: the caller logs and exits.
package enum NothingToReport {
    /// The reason, in the user's terms, or nil when some plan is reported. `snapshots`: the
    /// usable plans of the packet `plans`; `inScope`: the employees selected; `records`:
    /// the plans rows (closures); `month`: the as-of month.
    package static func reason(
        plans: String, snapshots: [PlanSnapshot], unusable: Int, inScope: Set<String>,
        records: [PlanRecord], month: Month, reported: Int
    ) -> String? {
        guard reported == 0 else { return nil }
        if snapshots.isEmpty {
            if unusable > 0 { return "no plan of --plans \(plans) can be used (\(unusable) unusable)" }
            return
                "--plans \(plans) holds no plan.xml (progress reads plan.xml: the packet was generated without xml in --format, or nobody was flagged that month)"
        }
        let mine = snapshots.filter { inScope.contains($0.employeeId) }
        guard !mine.isEmpty else {
            return "none of the \(count(snapshots.count)) in --plans \(plans) is for an employee in scope"
        }
        let later = mine.filter { $0.start > month }
        let ended = mine.filter { $0.end < month }
        var parts: [String] = []
        if !later.isEmpty {
            parts.append(
                "\(later.count) start\(later.count == 1 ? "s" : "") after \(month) (the first in \(later.map(\.start).min()!))"
            )
        }
        if !ended.isEmpty {
            parts.append("\(ended.count) ended before \(month) (the last in \(ended.map(\.end).max()!))")
        }
        let closedCount = mine.count - later.count - ended.count
        if closedCount > 0 { parts.append("\(closedCount) closed") }
        return "no plan of --plans \(plans) runs in \(month): of its \(count(mine.count)) in scope, "
            + parts.joined(separator: ", ")
    }

    static func count(_ n: Int) -> String { n == 1 ? "1 plan" : "\(n) plans" }
}
