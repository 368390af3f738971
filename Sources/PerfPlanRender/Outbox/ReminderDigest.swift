import PerfPlanCore

/// What one reminder message says, for one manager or for HR: the meetings of this month
/// and next, the plans ending this month, and (when fed) the HR decisions and signatures
/// still awaited, with the packet's documents to open. Plain words and dates only — never a
/// figure: mail is read on phones and forwarded.
package struct ReminderDigest: Sendable, Hashable {
    /// A line of a section fed from elsewhere (HR decisions due, signatures awaited): who it
    /// is about, what is awaited, and the document to open, relative to the month folder.
    package struct PendingItem: Sendable, Hashable {
        package var name: String
        package var text: String
        package var link: String?
        package init(name: String, text: String, link: String? = nil) {
            self.name = name
            self.text = text
            self.link = link
        }
    }

    package var recipient: CalendarPerson
    /// HR's message covers everyone and names each meeting's manager too.
    package var forHR: Bool
    /// The month the message is read in: the month after the packet's as-of month (a
    /// monthly run is made at the start of the month that follows the month it reports on).
    package var month: Month
    package var plans: [PlanMeetings]
    /// Proposals awaiting HR's decision; the section is left out when empty.
    package var decisionsAwaiting: [PendingItem] = []
    /// Plans whose signatures are awaited; the section is left out when empty.
    package var signaturesAwaited: [PendingItem] = []
    /// The recipient's calendar file in the packet, relative to the month folder.
    package var calendarLink: String?
    /// Managers whose reminders could not be written (no plain email), told to HR.
    package var unreachable: [String] = []

    package init(
        recipient: CalendarPerson, forHR: Bool, month: Month, plans: [PlanMeetings], calendarLink: String? = nil
    ) {
        self.recipient = recipient
        self.forHR = forHR
        self.month = month
        self.plans = plans
        self.calendarLink = calendarLink
    }
}

/// The words of a reminder (`ReminderDigest`) as a message body.
package enum ReminderText {
    package static func subject(_ d: ReminderDigest, organization: String) -> String {
        (organization.isEmpty ? "" : organization + ": ") + "check-ins and reminders for " + Labels.month(d.month)
    }

    /// `time`: the policy's meeting time, nil for all-day; `zone` its IANA name if any.
    package static func body(_ d: ReminderDigest, time: MeetingPolicy.TimeOfDay?, zone: String?) -> String {
        var lines = ["Hello \(d.recipient.name),", ""]
        lines.append(
            d.forHR
                ? "These are the check-ins, reviews and plan dates of everyone with a plan, for \(Labels.month(d.month)) and the month after."
                : "These are the check-ins and reviews with your team members on a plan, for \(Labels.month(d.month)) and the month after."
        )
        let at = time.map { " at " + $0.text + (zone.map { " (\($0))" } ?? "") } ?? ""
        for (title, month) in [("Meetings this month", d.month), ("Meetings next month", d.month + 1)] {
            lines += ["", "\(title) (\(Labels.month(month))):"]
            var entries: [(Day, String)] = []
            for p in d.plans {
                for m in p.calendarMeetings where Month(m.date) == month {
                    let kind = m.formal ? "review" : "check-in"
                    let with =
                        d.forHR ? "\(p.employee.name)" + (p.manager.map { " and \($0.name)" } ?? "") : p.employee.name
                    let cancelled = p.cancelledAfter != nil ? " — cancelled, the plan was closed" : ""
                    entries.append(
                        (m.date, "- \(Labels.dayWithWeekday(m.date))\(at): \(kind) with \(with)\(cancelled)"))
                }
            }
            entries.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            lines += entries.isEmpty ? ["- none"] : entries.map(\.1)
        }
        let ending = d.plans.filter { $0.end == d.month && $0.cancelledAfter == nil }
        lines += ["", "Plans ending this month:"]
        lines +=
            ending.isEmpty
            ? ["- none"]
            : ending.map {
                "- \($0.employee.name): the plan runs through \(Labels.month($0.end)); its last review follows"
            }
        if !d.decisionsAwaiting.isEmpty {
            lines += ["", "Awaiting an HR decision:"] + d.decisionsAwaiting.map(item)
        }
        if !d.signaturesAwaited.isEmpty {
            lines += ["", "Signatures awaited:"] + d.signaturesAwaited.map(item)
        }
        if !d.unreachable.isEmpty {
            lines += ["", "No reminder was written for these managers (no usable email address in the employee data):"]
            lines += d.unreachable.map { "- \($0)" }
        }
        let documents = d.plans.flatMap { p in p.documents.map { "- \(p.employee.name): \($0)" } }
        if !documents.isEmpty || d.calendarLink != nil {
            lines += ["", "Documents in this month's packet (paths inside its month folder):"]
            if let c = d.calendarLink { lines.append("- Calendar of these meetings: \(c)") }
            lines += documents
        }
        lines += ["", "This message was prepared by perfplan; the calendar files can be imported into any calendar."]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func item(_ i: ReminderDigest.PendingItem) -> String {
        "- \(i.name): \(i.text)" + (i.link.map { " (\($0))" } ?? "")
    }
}
