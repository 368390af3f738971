import PerfPlanCore
import PerfPlanRender
import PerfPlanSystem

/// Writes a month folder's calendars and reminders, for `generate` and `progress` alike:
/// `employees/ID/checkins.ics` per plan (`employeeCalendar`, by the employee's writer),
/// then `managers/ID/checkins.ics` per manager and `outbox/` (`writeShared`). The files go
/// through the packet writer, so they are in the manifest and published with the folder.
package struct CalendarOutput: Sendable {
    package let settings: CalendarSettings
    package let meetingPolicy: MeetingPolicy
    package let hrContact: Policy.HRContact
    package let departmentContacts: [Policy.HRContact]
    package let organization: String
    /// The language of HR's message: that of the HR views.
    package let hrLanguage: Language
    package let asOf: Month
    /// "generate" or "progress", in the Message-IDs: each run's messages are distinct.
    package let command: String

    /// `years`: the years the meetings fall in, for the time zone's rules.
    package init(policy: Policy, asOf: Month, years: ClosedRange<Int>, stamp: Int, command: String) {
        settings = CalendarSettings(policy.meetings, years: years, stamp: stamp)
        meetingPolicy = policy.meetings
        hrContact = policy.hrContact
        departmentContacts = policy.hrContactByDepartment.sorted { codePointLess($0.key, $1.key) }.map(\.value)
        organization = policy.organization
        hrLanguage = HRLanguage.of(policy)
        self.asOf = asOf
        self.command = command
    }

    /// DTSTAMP and Date: `SOURCE_DATE_EPOCH` when set (a whole number of seconds), else the
    /// first moment of the month after `asOf`, UTC — so reruns of a month are byte-identical
    /// even without it.
    package static func stamp(asOf: Month, environment: [String: String]) -> Int {
        if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int(text) { return seconds }
        let next = asOf + 1
        return Day(year: next.year, month: next.month, day: 1)!.daysSinceEpoch * 86_400
    }

    package func employeeCalendar(_ plan: PlanMeetings) -> [UInt8] { PlanCalendar.ics([plan], settings: settings) }

    /// Each manager's calendar of all their plans' meetings, and the outbox (unless the
    /// policy turns it off). A manager id that cannot be a folder name stops the run.
    /// `pending`: proposals and signatures awaited, for the messages; a manager with only
    /// those (no plan, so no calendar) still gets a message.
    package func writeShared(
        _ plans: [PlanMeetings], pending: PendingReminders = PendingReminders(), to out: PacketWriter
    ) throws {
        var byManager: [String: [PlanMeetings]] = [:]
        for p in plans { if let id = p.manager?.id { byManager[id, default: []].append(p) } }
        let managers = byManager.keys.sorted(by: codePointLess)
        var pendingPeople: [String: CalendarPerson] = [:]
        for line in pending.decisions + pending.signatures {
            if let m = line.manager, let id = m.id { pendingPeople[id] = m }
        }
        let recipients = Set(managers).union(pendingPeople.keys).sorted(by: codePointLess)
        for id in recipients {
            if let problem = FolderName.problem(with: id) {
                throw FileSystem.Failure(description: "manager id \(Quote.cell(id)) \(problem)")
            }
        }
        if !managers.isEmpty { try out.makeFolder("managers") }
        for id in managers {
            try out.makeFolder("managers/" + id)
            try out.put(PlanCalendar.ics(byManager[id]!, settings: settings), "managers/\(id)/checkins.ics")
        }
        guard meetingPolicy.outbox else { return }
        // The folder only with a message in it: a merge of shards rebuilds folders from
        // the files their manifests list, and an empty one would be lost there.
        var folderMade = false
        func put(_ m: MailMessage, _ name: String) throws {
            if !folderMade {
                try out.makeFolder("outbox")
                folderMade = true
            }
            try out.put(m.bytes, "outbox/" + name)
        }
        let month = asOf + 1
        let from = (meetingPolicy.outboxFrom ?? hrContact.email).map {
            CalendarPerson(name: hrContact.name ?? organization, email: $0)
        }
        var unreachable: [String] = []
        for id in recipients {
            let mine = byManager[id] ?? []
            let person = mine.first?.manager ?? pendingPeople[id]
            guard let manager = person, manager.email != nil else {
                unreachable.append(person?.name ?? id)
                continue
            }
            var digest = ReminderDigest(
                recipient: manager, forHR: false, month: month, plans: mine,
                calendarLink: mine.isEmpty ? nil : "managers/\(id)/checkins.ics")
            digest.decisionsAwaiting = pending.decisions.filter { $0.manager?.id == id }.map(\.item)
            digest.signaturesAwaited = pending.signatures.filter { $0.manager?.id == id }.map(\.item)
            try put(message(digest, from: from, key: "manager." + PlanCalendar.percentEncoded(id)), "manager-\(id).eml")
        }
        let hr = hrRecipients()
        guard !hr.isEmpty else { return }
        var digest = ReminderDigest(
            recipient: CalendarPerson(name: hr.count == 1 ? hr[0].name : "HR", email: nil, language: hrLanguage),
            forHR: true,
            month: month, plans: plans)
        digest.unreachable = unreachable
        // HR's message: every line, with the manager it concerns.
        func forHR(_ l: PendingReminders.Line) -> ReminderDigest.PendingItem {
            var item = l.item
            item.manager = l.manager?.name
            return item
        }
        digest.decisionsAwaiting = pending.decisions.map(forHR)
        digest.signaturesAwaited = pending.signatures.map(forHR)
        var m = message(digest, from: from, key: "hr")
        m.to = hr
        try put(m, "hr.eml")
    }

    /// HR's message goes to the organisation-wide contact; without an email there, to each
    /// department contact that has one.
    func hrRecipients() -> [CalendarPerson] {
        let main = CalendarPerson(name: hrContact.name ?? "HR", email: hrContact.email)
        if main.email != nil { return [main] }
        var seen = Set<String>()
        return departmentContacts.compactMap { c in
            let p = CalendarPerson(name: c.name ?? "HR", email: c.email)
            guard let e = p.email, seen.insert(e).inserted else { return nil }
            return p
        }
    }

    func message(_ d: ReminderDigest, from: CalendarPerson?, key: String) -> MailMessage {
        let domain = from?.email.map { String($0[$0.index(after: $0.lastIndex(of: "@")!)...]) } ?? "perfplan.invalid"
        return MailMessage(
            from: from, to: [d.recipient], subject: ReminderText.subject(d, organization: organization),
            date: settings.stamp, messageId: "perfplan.\(asOf).\(command).\(key)@\(domain)",
            body: ReminderText.body(d, time: settings.time, zone: settings.zone?.identifier))
    }
}
