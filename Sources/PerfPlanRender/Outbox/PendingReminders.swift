import PerfPlanCore

/// The reminder lines that are not meetings: proposals awaiting HR's decision (`generate`)
/// and signatures still awaited (`progress`), each with the manager it concerns, so their
/// manager's message and HR's carry them. Words and dates only: a message names no figure,
/// not even a cycle or a count of days.
package struct PendingReminders: Sendable, Hashable {
    package struct Line: Sendable, Hashable {
        /// The manager whose message carries the line (nil: only HR's).
        package var manager: CalendarPerson?
        package var item: ReminderDigest.PendingItem
        package init(manager: CalendarPerson?, item: ReminderDigest.PendingItem) {
            self.manager = manager
            self.item = item
        }
    }

    package var decisions: [Line] = []
    package var signatures: [Line] = []

    package init(decisions: [Line] = [], signatures: [Line] = []) {
        self.decisions = decisions
        self.signatures = signatures
    }

    package var isEmpty: Bool { decisions.isEmpty && signatures.isEmpty }

    /// The manager of employee `id` as a message recipient, from today's data.
    static func manager(of id: String, index: DatasetIndex) -> CalendarPerson? {
        guard let k = index.employeeIndex[id], let m = index.employees[k].managerId else { return nil }
        guard let j = index.employeeIndex[m] else {
            return CalendarPerson(
                id: m, name: m, email: nil, language: DocumentLanguage.of(nil, policy: index.dataset.policy))
        }
        let e = index.employees[j]
        return CalendarPerson(
            id: m, name: e.name, email: e.email, language: DocumentLanguage.of(e, policy: index.dataset.policy))
    }

    /// `generate`: each proposal of HR's review list (in its order, most urgent first),
    /// linked to its draft plan in the first of `formats` (HTML preferred).
    package static func proposals(_ review: ReviewList, index: DatasetIndex, formats: [DocumentFormat])
        -> PendingReminders
    {
        let format = [DocumentFormat.html, .md, .xml].first(where: formats.contains)
        return PendingReminders(
            decisions: review.proposals.map { row in
                Line(
                    manager: manager(of: row.employeeId, index: index),
                    item: .init(
                        name: row.name, what: .decision,
                        link: format.map { "employees/\(row.employeeId)/plan-draft.\($0.rawValue)" }))
            })
    }

    /// `progress`: each plan with a signature still awaited, by employee id, naming whose
    /// and since when, and saying so when it has waited longer than the summary allows.
    package static func signatures(_ progresses: [PlanProgress], index: DatasetIndex, formats: [DocumentFormat])
        -> PendingReminders
    {
        let format = [DocumentFormat.html, .md, .xml].first(where: formats.contains)
        var lines: [Line] = []
        for p in progresses.sorted(by: { codePointLess($0.plan.employeeId, $1.plan.employeeId) }) {
            guard let s = p.signatures, !s.awaited.isEmpty else { continue }
            lines.append(
                Line(
                    manager: manager(of: p.plan.employeeId, index: index),
                    item: .init(
                        name: p.plan.employeeName,
                        what: .signatures(awaited: s.awaited, since: s.handedOver, late: !s.overdue.isEmpty),
                        link: format.map { "employees/\(p.plan.employeeId)/progress.\($0.rawValue)" })))
        }
        return PendingReminders(signatures: lines)
    }
}
