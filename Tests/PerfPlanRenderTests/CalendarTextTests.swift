import PerfPlanCore
import Testing

@testable import PerfPlanRender

/// The RFC 5545 and RFC 5322 text rules, against lines written out by hand: TEXT escaping,
/// parameter quoting, folding at 75 octets (never inside a UTF-8 sequence), UIDs, times,
/// the time zone's observances, quoted-printable and encoded words.
@Suite struct CalendarTextTests {
    private func folded(_ line: String) -> String {
        var out: [UInt8] = []
        ICSText.appendLine(line, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func textIsEscaped() {
        #expect(ICSText.escape("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne")
        #expect(ICSText.escape("one\r\ntwo\rthree") == "one\\ntwo\\nthree")
        #expect(ICSText.escape("bell\u{7}tab\t") == "bell tab\t")
        #expect(ICSText.escape("Núñez, Ana") == "Núñez\\, Ana")
        #expect(ICSText.parameter("Ann \"The Boss\"; Ltd: x") == "\"Ann 'The Boss'; Ltd: x\"")
    }

    @Test func linesFoldAt75OctetsWithCRLF() {
        #expect(folded(String(repeating: "A", count: 75)) == String(repeating: "A", count: 75) + "\r\n")
        #expect(folded(String(repeating: "A", count: 80)) == String(repeating: "A", count: 75) + "\r\n " + "AAAAA\r\n")
        // A continuation line holds 74 octets after its space.
        #expect(
            folded(String(repeating: "B", count: 160))
                == String(repeating: "B", count: 75) + "\r\n " + String(repeating: "B", count: 74) + "\r\n "
                + String(repeating: "B", count: 11) + "\r\n")
        #expect(folded("") == "\r\n")
    }

    @Test func foldingNeverSplitsACharacter() {
        // "é" is 2 octets at 75–76: the first line stops at 74.
        #expect(folded(String(repeating: "A", count: 74) + "éx") == String(repeating: "A", count: 74) + "\r\n éx\r\n")
        // A 4-octet emoji starting at octet 74 moves whole to the next line.
        #expect(folded(String(repeating: "A", count: 73) + "😀") == String(repeating: "A", count: 73) + "\r\n 😀\r\n")
        // Every line of a long non-ASCII text is valid UTF-8 and at most 75 octets.
        var out: [UInt8] = []
        ICSText.appendLine("SUMMARY:" + String(repeating: "Zielińska Wiśniewski 😀 ", count: 12), to: &out)
        let lines = out.split(separator: 0x0A).map { Array($0) }
        for line in lines {
            #expect(line.last == 0x0D)
            #expect(line.count - 1 <= 75)
            #expect(String(validating: line, as: UTF8.self) != nil)
        }
    }

    @Test func uidsNameEmployeeCycleAndDate() {
        #expect(
            PlanCalendar.uid(employeeId: "E013", cycle: 1, date: Day(year: 2026, month: 11, day: 2)!)
                == "perfplan-E013-c1-20261102@perfplan")
        #expect(
            PlanCalendar.uid(employeeId: "E 1/é", cycle: 2, date: Day(year: 2027, month: 1, day: 25)!)
                == "perfplan-E%201%2F%C3%A9-c2-20270125@perfplan")
    }

    @Test func timesAreAllDayFloatingOrZoned() {
        let day = Day(year: 2026, month: 11, day: 2)!
        let allDay = CalendarSettings(time: nil, minutes: 30, zone: nil, stamp: 0)
        #expect(PlanCalendar.times(day, allDay) == ["DTSTART;VALUE=DATE:20261102", "DTEND;VALUE=DATE:20261103"])
        let late = CalendarSettings(
            time: MeetingPolicy.TimeOfDay(hour: 23, minute: 45), minutes: 30, zone: nil, stamp: 0)
        #expect(PlanCalendar.times(day, late) == ["DTSTART:20261102T234500", "DTEND:20261103T001500"])
        let berlin = CalendarSettings(
            time: MeetingPolicy.TimeOfDay(hour: 10, minute: 0), minutes: 45,
            zone: ZoneRules(identifier: "Europe/Berlin", years: 2026...2026), stamp: 0)
        #expect(
            PlanCalendar.times(day, berlin) == [
                "DTSTART;TZID=Europe/Berlin:20261102T100000", "DTEND;TZID=Europe/Berlin:20261102T104500",
            ])
    }

    @Test func zoneRulesFollowTheZoneData() throws {
        // EU rules: summer time from the last Sunday of March (29 March 2026) 01:00 UTC, to the
        // last Sunday of October (25 October 2026) 01:00 UTC; DTSTART is local time before the change.
        let berlin = try #require(ZoneRules(identifier: "Europe/Berlin", years: 2026...2026))
        #expect(
            berlin.lines == [
                "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
                "BEGIN:STANDARD", "DTSTART:20260101T000000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:20260329T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT",
                "BEGIN:STANDARD", "DTSTART:20261025T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
                "END:VTIMEZONE",
            ])
        // A zone without summer time: one observance.
        let kolkata = try #require(ZoneRules(identifier: "Asia/Kolkata", years: 2026...2027))
        #expect(
            kolkata.lines == [
                "BEGIN:VTIMEZONE", "TZID:Asia/Kolkata", "BEGIN:STANDARD", "DTSTART:20260101T000000",
                "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530", "END:STANDARD", "END:VTIMEZONE",
            ])
        #expect(ZoneRules(identifier: "Nowhere/Atlantis", years: 2026...2026) == nil)
    }

    @Test func quotedPrintableKeepsLinesShortAndNamesIntact() {
        func qp(_ s: String) -> String { String(decoding: MailMessage.quotedPrintable(s), as: UTF8.self) }
        #expect(qp("Grüße = ok \nnext\n") == "Gr=C3=BC=C3=9Fe =3D ok=20\r\nnext\r\n")
        #expect(qp(String(repeating: "a", count: 80) + "\n") == String(repeating: "a", count: 75) + "=\r\naaaaa\r\n")
        // An encoded octet is never split by a soft break.
        #expect(qp(String(repeating: "a", count: 74) + "é\n") == String(repeating: "a", count: 74) + "=\r\n=C3=A9\r\n")
    }

    @Test func headersAreASCII() {
        #expect(
            MailMessage.mailbox(CalendarPerson(name: "Núñez, Ana", email: "ana@x.example"))
                == "=?utf-8?b?TsO6w7FleiwgQW5h?= <ana@x.example>")
        #expect(
            MailMessage.mailbox(CalendarPerson(name: "Bob \"B\" Smith", email: "b@x.example"))
                == "\"Bob \\\"B\\\" Smith\" <b@x.example>")
        #expect(MailMessage.headerText("check-ins for December 2026") == "check-ins for December 2026")
        #expect(MailMessage.date(1_796_000_000) == "Mon, 30 Nov 2026 00:53:20 +0000")
    }

    @Test func onlyPlainAddressesAreUsed() {
        for ok in ["ana.nunez@northwind.example", "o'brien+hr@a-b.example", "x@y"] {
            #expect(MailAddress.isPlain(ok), "\(ok)")
        }
        for bad in [
            "", "ana", "@x", "ana@", "a b@x.example", "ana@x..example", ".ana@x.example", "ana@-x.example",
            "\"ana\"@x.example", "ana@x.example>", "jörg@x.example", "a@b@c",
        ] {
            #expect(!MailAddress.isPlain(bad), "\(bad)")
        }
        #expect(CalendarPerson(name: "X", email: "not an address").email == nil)
    }

    /// A cancelled plan's entries keep their UIDs, with a higher SEQUENCE and STATUS:CANCELLED;
    /// the summary names the meeting kind and the two people, nothing else.
    @Test func cancelledEntriesKeepTheirUIDs() {
        let meetings = [
            CheckinSchedule.Meeting(date: Day(year: 2026, month: 11, day: 16)!),
            CheckinSchedule.Meeting(
                date: Day(year: 2026, month: 12, day: 10)!, reviewOf: Month(year: 2026, month: 11)!),
        ]
        var plan = PlanMeetings(
            employee: CalendarPerson(id: "A", name: "Ann; Lee", email: "ann@x.example"),
            manager: CalendarPerson(id: "M1", name: "Maria", email: nil), hrContact: Policy.HRContact(name: "HR Desk"),
            cycle: 1, start: Month(year: 2026, month: 11)!, end: Month(year: 2027, month: 1)!, meetings: meetings)
        // 2026-11-01T00:00:00Z
        let settings = CalendarSettings(time: nil, minutes: 30, zone: nil, stamp: 1_793_491_200)
        let issued = String(decoding: PlanCalendar.ics([plan], settings: settings), as: UTF8.self)
        #expect(issued.contains("UID:perfplan-A-c1-20261116@perfplan\r\nSEQUENCE:0\r\nDTSTAMP:20261101T000000Z\r\n"))
        #expect(issued.contains("SUMMARY:Check-in: Ann\\; Lee / Maria\r\nSTATUS:CONFIRMED\r\nCLASS:PRIVATE\r\n"))
        #expect(issued.contains("SUMMARY:Review: Ann\\; Lee / Maria\r\n"))
        // No organizer without the manager's email; the employee invited; HR as the contact.
        #expect(!issued.contains("ORGANIZER"))
        #expect(issued.contains("ATTENDEE;CN=\"Ann; Lee\";ROLE=REQ-PARTICIPANT:mailto:ann@x.example\r\n"))
        #expect(issued.contains("CONTACT:HR Desk\r\n"))
        plan.cancelledAfter = Day(year: 2026, month: 11, day: 30)!
        let cancelled = String(decoding: PlanCalendar.ics([plan], settings: settings), as: UTF8.self)
        #expect(!cancelled.contains("20261116"))
        #expect(cancelled.contains("UID:perfplan-A-c1-20261210@perfplan\r\nSEQUENCE:1\r\n"))
        #expect(cancelled.contains("STATUS:CANCELLED\r\n"))
    }
}
