import PerfPlanCore

/// What one reminder message says, for one manager or for HR: the meetings of this month
/// and next, the plans ending this month, and (when fed) the HR decisions and signatures
/// still awaited, with the packet's documents to open. Plain words and dates only — never a
/// figure: mail is read on phones and forwarded.
package struct ReminderDigest: Sendable, Hashable {
    /// A line of a section fed from elsewhere (HR decisions due, signatures awaited): who it
    /// is about, what is awaited, and the document to open, relative to the month folder.
    /// `what` stays data until the message is written, in its reader's language.
    package struct PendingItem: Sendable, Hashable {
        package enum What: Sendable, Hashable {
            /// A proposal awaiting HR's decision.
            case decision
            /// Signatures of `awaited` since the plan was handed over; `late`: longer than a week.
            case signatures(awaited: [SigningParty], since: Day, late: Bool)
        }
        package var name: String
        package var what: What
        package var link: String?
        /// The manager the line concerns, named in HR's message.
        package var manager: String?
        package init(name: String, what: What, link: String? = nil, manager: String? = nil) {
            self.name = name
            self.what = what
            self.link = link
            self.manager = manager
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

/// The words of a reminder (`ReminderDigest`) as a message body, in the recipient's language
/// (`CalendarPerson.language`; `CalendarWording` holds each language's sentences).
package enum ReminderText {
    package static func subject(_ d: ReminderDigest, organization: String) -> String {
        let w = CalendarWording.of(d.recipient.language)
        return (organization.isEmpty ? "" : organization + w.colon + " ") + w.subjectWords + w.month(d.month)
    }

    /// `time`: the policy's meeting time, nil for all-day; `zone` its IANA name if any.
    package static func body(_ d: ReminderDigest, time: MeetingPolicy.TimeOfDay?, zone: String?) -> String {
        let w = CalendarWording.of(d.recipient.language)
        var lines = [w.greeting(d.recipient.name), ""]
        lines.append(d.forHR ? w.introForHR(w.month(d.month)) : w.introForManager(w.month(d.month)))
        let at = time.map { w.atTime($0.text) + (zone.map { " (\($0))" } ?? "") } ?? ""
        for (title, month) in [(w.thisMonth, d.month), (w.nextMonth, d.month + 1)] {
            lines += ["", "\(title) (\(w.month(month)))" + w.colon]
            var entries: [(Day, String)] = []
            for p in d.plans {
                for m in p.calendarMeetings where Month(m.date) == month {
                    let kind = m.formal ? w.reviewWord : w.checkinWord
                    let with =
                        d.forHR ? w.list([p.employee.name] + (p.manager.map { [$0.name] } ?? [])) : p.employee.name
                    let cancelled = p.cancelledAfter != nil ? w.cancelled : ""
                    entries.append((m.date, "- " + w.day(m.date) + at + w.meetingWith(kind, with) + cancelled))
                }
            }
            entries.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            lines += entries.isEmpty ? [w.none] : entries.map(\.1)
        }
        let ending = d.plans.filter { $0.end == d.month && $0.cancelledAfter == nil }
        lines += ["", w.endingTitle]
        lines += ending.isEmpty ? [w.none] : ending.map { w.ending($0.employee.name, w.month($0.end)) }
        if !d.decisionsAwaiting.isEmpty {
            lines += ["", w.decisionsTitle] + d.decisionsAwaiting.map { item($0, w) }
        }
        if !d.signaturesAwaited.isEmpty {
            lines += ["", w.signaturesTitle] + d.signaturesAwaited.map { item($0, w) }
        }
        if !d.unreachable.isEmpty {
            lines += ["", w.unreachableTitle]
            lines += d.unreachable.map { "- \($0)" }
        }
        let documents = d.plans.flatMap { p in p.documents.map { "- " + p.employee.name + w.colon + " " + $0 } }
        if !documents.isEmpty || d.calendarLink != nil {
            lines += ["", w.documentsTitle]
            if let c = d.calendarLink { lines.append(w.calendarLine + c) }
            lines += documents
        }
        lines += ["", w.closing]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func item(_ i: ReminderDigest.PendingItem, _ w: CalendarWording) -> String {
        let text: String
        switch i.what {
        case .decision: text = w.proposal
        case .signatures(let awaited, let since, let late):
            text = w.signature(w.list(awaited.map(w.party)), awaited.count > 1, w.day(since), late)
        }
        return "- " + i.name + w.colon + " " + text + (i.manager.map { w.managerSuffix + $0 } ?? "")
            + (i.link.map { " (\($0))" } ?? "")
    }
}
