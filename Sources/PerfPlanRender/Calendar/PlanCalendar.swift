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
        summary(formal: meeting.formal, plan)
    }

    static func summary(formal: Bool, _ plan: PlanMeetings) -> String {
        CalendarWording.summary(
            plan.employee.language, formal: formal, employee: plan.employee.name, manager: plan.manager?.name)
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
        // What every entry of the calendar shares, and what every entry of one plan shares,
        // folded once: only the UID and the times differ from one meeting to the next.
        var stamp: [UInt8] = []
        ICSText.appendLine("DTSTAMP:" + ICSDate.utc(settings.stamp), to: &stamp)
        let shared = plans.map { PlanLines($0) }
        var entries: [(meeting: CheckinSchedule.Meeting, plan: Int)] = []
        for (k, p) in plans.enumerated() { for m in p.calendarMeetings { entries.append((m, k)) } }
        entries.sort { a, b in
            if a.meeting.date != b.meeting.date { return a.meeting.date < b.meeting.date }
            let p = plans[a.plan]
            let q = plans[b.plan]
            if p.employeeId != q.employeeId { return codePointLess(p.employeeId, q.employeeId) }
            return p.cycle < q.cycle
        }
        for e in entries {
            let plan = plans[e.plan]
            let lines = shared[e.plan]
            out.append(contentsOf: lines.begin)
            ICSText.appendLine(
                "UID:" + uid(employeeId: plan.employeeId, cycle: plan.cycle, date: e.meeting.date), to: &out)
            out.append(contentsOf: lines.sequence)
            out.append(contentsOf: stamp)
            for line in times(e.meeting.date, settings) { ICSText.appendLine(line, to: &out) }
            out.append(contentsOf: e.meeting.formal ? lines.review : lines.checkin)
        }
        ICSText.appendLine("END:VCALENDAR", to: &out)
        return out
    }

    /// One plan's content lines that are the same in each of its entries, folded: BEGIN and
    /// SEQUENCE, and everything from SUMMARY to END:VEVENT for a check-in and for a review.
    struct PlanLines {
        var begin: [UInt8] = []
        var sequence: [UInt8] = []
        var checkin: [UInt8] = []
        var review: [UInt8] = []

        init(_ plan: PlanMeetings) {
            // A cancellation supersedes the entry as issued (sequence 0).
            let cancelled = plan.cancelledAfter != nil
            ICSText.appendLine("BEGIN:VEVENT", to: &begin)
            ICSText.appendLine("SEQUENCE:" + (cancelled ? "1" : "0"), to: &sequence)
            var rest: [String] = [
                "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"),
                "CLASS:PRIVATE",
            ]
            if let manager = plan.manager, let email = manager.email {
                rest.append("ORGANIZER;CN=" + ICSText.parameter(manager.name) + ":mailto:" + email)
            }
            if let email = plan.employee.email {
                rest.append(
                    "ATTENDEE;CN=" + ICSText.parameter(plan.employee.name) + ";ROLE=REQ-PARTICIPANT:mailto:" + email)
            }
            if let manager = plan.manager, let email = manager.email {
                rest.append("ATTENDEE;CN=" + ICSText.parameter(manager.name) + ";ROLE=CHAIR:mailto:" + email)
            }
            if let hr = plan.hrContact {
                let text = [hr.name, hr.email, hr.phone].compactMap { $0 }.joined(separator: ", ")
                rest.append("CONTACT:" + ICSText.escape(text))
            }
            rest.append("END:VEVENT")
            for formal in [false, true] {
                var lines: [UInt8] = []
                ICSText.appendLine(
                    summaryProperty(plan.employee.language) + ICSText.escape(summary(formal: formal, plan)), to: &lines)
                for line in rest { ICSText.appendLine(line, to: &lines) }
                if formal { review = lines } else { checkin = lines }
            }
        }
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
