import PerfPlanCore

/// How meetings are placed in time: the policy's hour and length, in its zone (a VTIMEZONE
/// is emitted) or in floating local time; all-day without an hour. `stamp` (seconds since
/// 1970, UTC) is every entry's DTSTAMP.
package struct CalendarSettings: Sendable, Hashable {
    package var time: MeetingPolicy.TimeOfDay?
    package var minutes: Int
    package var zone: ZoneRules?
    package var stamp: Int

    package init(time: MeetingPolicy.TimeOfDay?, minutes: Int, zone: ZoneRules?, stamp: Int) {
        self.time = time
        self.minutes = minutes
        self.zone = zone
        self.stamp = stamp
    }

    /// The policy's settings, the zone's rules covering `years`.
    package init(_ policy: MeetingPolicy, years: ClosedRange<Int>, stamp: Int) {
        self.init(
            time: policy.time, minutes: policy.minutes,
            zone: policy.time == nil ? nil : policy.timeZone.flatMap { ZoneRules(identifier: $0, years: years) },
            stamp: stamp)
    }
}

/// RFC 5545 calendar files of plans' meetings (`checkins.ics`). Pure: plans in, bytes out.
///
/// Entries say only "Check-in" or "Review" and the two names: a colleague who glimpses a
/// shared calendar learns nothing more, and CLASS:PRIVATE asks calendars to hide even that.
/// The employee and the manager are attendees (the manager also the organizer), when their
/// emails are plain addresses; HR is the entry's CONTACT rather than an attendee, so that
/// HR is named on every meeting without being invited to all of them.
package enum PlanCalendar {
    /// The entry's UID: the employee, the plan's cycle and the date, so a rerun, a later
    /// month's packet and a cancellation all speak of the same entry. The id is
    /// percent-encoded (anything but letters, digits and `.-_~`) so the UID is plain ASCII.
    package static func uid(employeeId: String, cycle: Int, date: Day) -> String {
        "perfplan-" + percentEncoded(employeeId) + "-c\(cycle)-" + ICSDate.date(date) + "@perfplan"
    }

    package static func percentEncoded(_ s: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for b in s.utf8 {
            if (48...57).contains(b) || (65...90).contains(b) || (97...122).contains(b) || b == 0x2D || b == 0x2E
                || b == 0x5F || b == 0x7E
            {
                out.append(b)
            } else {
                out += [0x25, hex[Int(b >> 4)], hex[Int(b & 15)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// "Check-in: Ana López / Bob Smith" or "Review: …"; the employee alone without a manager.
    /// In the employee's language (`CalendarWording`): the manager's calendar carries the same
    /// entry under the same UID, so both read alike.
    package static func summary(_ meeting: CheckinSchedule.Meeting, _ plan: PlanMeetings) -> String {
        CalendarWording.summary(
            plan.employee.language, formal: meeting.formal, employee: plan.employee.name, manager: plan.manager?.name)
    }

    /// `SUMMARY:` or, for a language other than English, `SUMMARY;LANGUAGE=de:` (RFC 5545 §3.2.10).
    static func summaryProperty(_ language: Language) -> String {
        language == .en ? "SUMMARY:" : "SUMMARY;LANGUAGE=" + language.rawValue + ":"
    }

    /// The calendar of `plans`' meetings, by date, then employee id, then cycle.
    package static func ics(_ plans: [PlanMeetings], settings: CalendarSettings) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1024 + plans.count * 12 * 420)
        for line in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//perfplan//perfplan//EN", "CALSCALE:GREGORIAN"] {
            ICSText.appendLine(line, to: &out)
        }
        for line in settings.zone?.lines ?? [] { ICSText.appendLine(line, to: &out) }
        var entries: [(meeting: CheckinSchedule.Meeting, plan: PlanMeetings)] = []
        for p in plans { for m in p.calendarMeetings { entries.append((m, p)) } }
        entries.sort { a, b in
            if a.meeting.date != b.meeting.date { return a.meeting.date < b.meeting.date }
            if a.plan.employeeId != b.plan.employeeId { return codePointLess(a.plan.employeeId, b.plan.employeeId) }
            return a.plan.cycle < b.plan.cycle
        }
        for e in entries { appendEvent(e.meeting, of: e.plan, settings: settings, to: &out) }
        ICSText.appendLine("END:VCALENDAR", to: &out)
        return out
    }

    static func appendEvent(
        _ m: CheckinSchedule.Meeting, of plan: PlanMeetings, settings: CalendarSettings, to out: inout [UInt8]
    ) {
        let cancelled = plan.cancelledAfter != nil
        var lines = [
            "BEGIN:VEVENT",
            "UID:" + uid(employeeId: plan.employeeId, cycle: plan.cycle, date: m.date),
            // A cancellation supersedes the entry as issued (sequence 0).
            "SEQUENCE:" + (cancelled ? "1" : "0"),
            "DTSTAMP:" + ICSDate.utc(settings.stamp),
        ]
        lines += times(m.date, settings)
        lines += [
            summaryProperty(plan.employee.language) + ICSText.escape(summary(m, plan)),
            "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"),
            "CLASS:PRIVATE",
        ]
        if let manager = plan.manager, let email = manager.email {
            lines.append("ORGANIZER;CN=" + ICSText.parameter(manager.name) + ":mailto:" + email)
        }
        if let email = plan.employee.email {
            lines.append(
                "ATTENDEE;CN=" + ICSText.parameter(plan.employee.name) + ";ROLE=REQ-PARTICIPANT:mailto:" + email)
        }
        if let manager = plan.manager, let email = manager.email {
            lines.append("ATTENDEE;CN=" + ICSText.parameter(manager.name) + ";ROLE=CHAIR:mailto:" + email)
        }
        if let hr = plan.hrContact {
            let text = [hr.name, hr.email, hr.phone].compactMap { $0 }.joined(separator: ", ")
            lines.append("CONTACT:" + ICSText.escape(text))
        }
        lines.append("END:VEVENT")
        for line in lines { ICSText.appendLine(line, to: &out) }
    }

    /// DTSTART and DTEND: all-day (DTEND the next day, exclusive), or timed in the zone or floating.
    static func times(_ day: Day, _ s: CalendarSettings) -> [String] {
        guard let time = s.time else {
            return ["DTSTART;VALUE=DATE:" + ICSDate.date(day), "DTEND;VALUE=DATE:" + ICSDate.date(day.adding(days: 1))]
        }
        let zone = s.zone.map { ";TZID=" + $0.identifier } ?? ""  // a plain IANA name (checked by the policy decoder)
        func at(_ minutes: Int) -> String {
            let d = day.adding(days: minutes / 1440)
            let m = minutes % 1440
            return ICSDate.date(d) + "T" + ICSDate.pad(m / 60) + ICSDate.pad(m % 60) + "00"
        }
        let start = time.hour * 60 + time.minute
        return ["DTSTART" + zone + ":" + at(start), "DTEND" + zone + ":" + at(start + s.minutes)]
    }
}
