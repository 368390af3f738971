import PerfPlanCore
import PerfPlanRender

/// Which plans a `progress` month folder's calendars and reminders carry.
package enum PlanCalendarInput {
    /// Every plan reported this month, as issued (its dates from plan.xml), and every plan
    /// HR closed (a `closed` row in the plans data or the register) with meetings still
    /// ahead after `month`: those meetings cancelled, under the UIDs they were issued with.
    /// A plan that ends in an extension or escalation keeps its last review, where the
    /// outcome is told; the next cycle's meetings come with the plan `generate` issues for it
    /// (a new cycle, so new UIDs).
    package static func progress(
        progresses: [PlanProgress], snapshots: [PlanSnapshot], records: [PlanRecord], dataset: Dataset,
        month: Month, formats: [DocumentFormat], stamp: Int
    ) -> (CalendarOutput, [PlanMeetings]) {
        var people: [String: Employee] = [:]
        for e in dataset.employees { people[e.id] = e }
        let policy = dataset.policy
        let format = [DocumentFormat.html, .md, .xml].first(where: formats.contains)
        var plans: [PlanMeetings] = progresses.map { p in
            let folder = "employees/" + p.plan.employeeId + "/"
            return PlanMeetings.reported(
                p.plan, people: people, policy: policy,
                documents: (format.map { [folder + "progress." + $0.rawValue] } ?? []) + [folder + "checkins.ics"])
        }
        struct Key: Hashable {
            var id: String
            var cycle: Int
        }
        let closed = Set(records.filter { $0.outcome == .closed }.map { Key(id: $0.employeeId, cycle: $0.cycle) })
        let monthEnd = Day(year: month.year, month: month.month, day: month.dayCount)!
        let current = PlanSnapshot.withCurrentPeople(snapshots, employees: dataset.employees)
        for s in current
        where closed.contains(Key(id: s.employeeId, cycle: s.cycle)) && s.checkins.contains(where: { $0 > monthEnd }) {
            plans.append(
                PlanMeetings.reported(
                    s, people: people, policy: policy, cancelledAfter: monthEnd,
                    documents: ["employees/" + s.employeeId + "/checkins.ics"]))
        }
        plans.sort { a, b in
            a.employeeId != b.employeeId ? codePointLess(a.employeeId, b.employeeId) : a.cycle < b.cycle
        }
        let years =
            plans.isEmpty
            ? month.year...month.year
            : plans.map(\.start.year).min()!...plans.map { ($0.meetings.last?.date.year ?? $0.end.year) }.max()!
        let output = CalendarOutput(policy: policy, asOf: month, years: years, stamp: stamp, command: "progress")
        return (output, plans)
    }
}
