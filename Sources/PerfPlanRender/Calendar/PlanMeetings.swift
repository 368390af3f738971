import PerfPlanCore

/// Someone named on a calendar entry or a message; `email` only when it is a plain address
/// (`MailAddress.isPlain`), since a `mailto:` URI and a `To:` header carry nothing else.
package struct CalendarPerson: Sendable, Hashable {
    package var id: String?
    package var name: String
    package var email: String?
    /// The language this person reads perfplan in (`DocumentLanguage`): the calendar entries
    /// of an employee's meetings, the reminder messages of a manager.
    package var language: Language

    package init(id: String? = nil, name: String, email: String?, language: Language = .en) {
        self.id = id
        self.name = name
        self.email = email.flatMap { MailAddress.isPlain($0) ? $0 : nil }
        self.language = language
    }
}

/// One plan's meetings and the people they concern: what its calendar entries and reminder
/// lines are made of, whether the plan was just issued (`generate`) or read back from its
/// plan.xml (`progress`).
package struct PlanMeetings: Sendable, Hashable {
    package var employee: CalendarPerson
    package var employeeId: String { employee.id ?? "" }
    package var manager: CalendarPerson?
    package var hrContact: Policy.HRContact?
    package var cycle: Int
    package var start: Month
    package var end: Month
    package var meetings: [CheckinSchedule.Meeting]
    /// Closed (HR closed it, in the plans data or the register): the meetings after this day
    /// are cancelled. nil: the plan is in force.
    package var cancelledAfter: Day?
    /// The plan's documents in the packet, relative to the month folder, for messages.
    package var documents: [String]

    package init(
        employee: CalendarPerson, manager: CalendarPerson?, hrContact: Policy.HRContact?, cycle: Int, start: Month,
        end: Month, meetings: [CheckinSchedule.Meeting], cancelledAfter: Day? = nil, documents: [String] = []
    ) {
        self.employee = employee
        self.manager = manager
        self.hrContact = hrContact
        self.cycle = cycle
        self.start = start
        self.end = end
        self.meetings = meetings
        self.cancelledAfter = cancelledAfter
        self.documents = documents
    }

    /// The meetings the calendar carries: all of a plan in force; of a closed plan, those
    /// still ahead, to be cancelled (those past are left as they were).
    package var calendarMeetings: [CheckinSchedule.Meeting] {
        guard let cancelledAfter else { return meetings }
        return meetings.filter { $0.date > cancelledAfter }
    }
}

extension PlanMeetings {
    /// A plan as `generate` issues it at `asOf`: the dates from `CheckinSchedule`, the same
    /// call that fills the plan's own table of meetings.
    package static func issued(
        _ r: EmployeeResult, index: DatasetIndex, policy: Policy, asOf: Month, documents: [String]
    ) -> PlanMeetings? {
        guard let k = index.employeeIndex[r.employeeId] else { return nil }
        let e = index.employees[k]
        let manager = e.managerId.flatMap { id in
            index.employeeIndex[id].map {
                CalendarPerson(
                    id: id, name: index.employees[$0].name, email: index.employees[$0].email,
                    language: DocumentLanguage.of(index.employees[$0], policy: policy))
            }
        }
        return PlanMeetings(
            employee: CalendarPerson(
                id: e.id, name: e.name, email: e.email, language: DocumentLanguage.of(e, policy: policy)),
            manager: manager,
            hrContact: policy.hrContact(forDepartment: e.department), cycle: r.cycle,
            start: asOf + 1, end: asOf + policy.planMonths,
            meetings: CheckinSchedule.meetings(ofPlanIssuedAt: asOf, policy: policy), documents: documents)
    }

    /// A plan read back from its plan.xml (`progress`): its dates exactly as issued; the
    /// people (names, emails, manager) from today's data, like the reports (rule 41).
    package static func reported(
        _ plan: PlanSnapshot, people: [String: Employee], policy: Policy, cancelledAfter: Day? = nil,
        documents: [String]
    ) -> PlanMeetings {
        let e = people[plan.employeeId]
        let manager = plan.managerId.map { id in
            CalendarPerson(
                id: id, name: people[id]?.name ?? plan.managerName ?? id, email: people[id]?.email,
                language: DocumentLanguage.of(people[id], policy: policy))
        }
        let meetings = plan.checkins.map { d in
            CheckinSchedule.Meeting(date: d, reviewOf: plan.reviewDates.contains(d) ? Month(d) - 1 : nil)
        }
        return PlanMeetings(
            employee: CalendarPerson(
                id: plan.employeeId, name: plan.employeeName, email: e?.email,
                language: DocumentLanguage.of(e, policy: policy)),
            manager: manager, hrContact: policy.hrContact(forDepartment: plan.department), cycle: plan.cycle,
            start: plan.start, end: plan.end, meetings: meetings, cancelledAfter: cancelledAfter,
            documents: documents)
    }
}
