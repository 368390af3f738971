import Foundation
import Testing

/// `generate` writes each plan's calendar entries in its employee's language and each
/// manager's reminder in the manager's own; HR's message follows the HR views' language.
/// The fixture is `CalendarAndOutboxTests`' (its dates are worked out there by hand: the
/// check-ins on Tue 24 Nov and Tue 22 Dec 2026, the review on Thu 10 Dec 2026, 10:00 Berlin
/// time), with Ann and her manager Zoë reading German and `hr_language` French: HR's
/// message is in French.
@Suite(.serialized) struct CalendarLanguageEndToEndTests {
    static var files: [String: String] {
        var files = CalendarAndOutboxTests.files
        files["employees.csv"] =
            "employee_id,name,role,department,manager_id,email,language\n"
            + "M1,\"Zoë Émile, Jr.\",Manager,Sales,,m1@acme.example,de\nA,Ann Ångström,Rep,Sales,M1,ann@acme.example,de\n"
            + "B,Ben,Rep,Sales,M1,ben@acme.example,en\nC,Cem,Rep,Sales,M1,,\nD,Dora,Rep,Sales,M1,dora@acme.example,\n"
        files["actuals.csv"] = CalendarAndOutboxTests.actuals
        files["perfplan.json"] =
            #"{"approval": "automatic", "organization": "Acme", "hr_contact": {"name": "Hélène HR", "email": "hr@acme.example"}, "time_zone": "Europe/Berlin", "hr_language": "fr"}"#
        return files
    }

    /// Each event of `ics` as `SUMMARY|LANGUAGE|DTSTART`, read by Python's icalendar.
    static func events(_ ics: URL) throws -> [String] {
        try CLI.shell(
            "python3 -c 'import sys, icalendar\n"
                + "cal = icalendar.Calendar.from_ical(open(sys.argv[1], \"rb\").read())\n"
                + "for ev in cal.walk(\"VEVENT\"):\n"
                + "    s = ev.get(\"SUMMARY\"); print(\"%s|%s|%s\" % (s, s.params.get(\"LANGUAGE\"), ev.decoded(\"DTSTART\").isoformat()))'"
                + " '\(ics.path)'"
        ).split(separator: "\n").map(String.init)
    }

    @Test func germanEntriesAndAGermanReminder() throws {
        let data = try CLI.dataDirectory(Self.files)
        let out = try CLI.temporaryDirectory()
        let again = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
            CLI.cleanup(again)
        }
        let g = try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", out.path])
        #expect(g.status == 0, "\(g.stderr)")
        #expect(!g.stderr.contains("hr_language"), "\(g.stderr)")
        let month = out.appendingPathComponent("2026-10")
        // The independent checker: every entry against plan.xml, in its employee's language
        // (scripts/check-calendars.py writes the titles out itself), no figure in a message.
        #expect(try CalendarAndOutboxTests.check(month, data: data) == "")
        let ann = try Self.events(month.appendingPathComponent("employees/A/checkins.ics"))
        #expect(
            ann == [
                "Zwischengespräch: Ann Ångström / Zoë Émile, Jr.|de|2026-11-24T10:00:00+01:00",
                "Formelle Besprechung: Ann Ångström / Zoë Émile, Jr.|de|2026-12-10T10:00:00+01:00",
                "Zwischengespräch: Ann Ångström / Zoë Émile, Jr.|de|2026-12-22T10:00:00+01:00",
                "Formelle Besprechung: Ann Ångström / Zoë Émile, Jr.|de|2027-01-11T10:00:00+01:00",
                "Zwischengespräch: Ann Ångström / Zoë Émile, Jr.|de|2027-01-19T10:00:00+01:00",
                "Formelle Besprechung: Ann Ångström / Zoë Émile, Jr.|de|2027-02-10T10:00:00+01:00",
            ], "\(ann)")
        // Ben reads English: his entries as they always were. The manager's calendar holds
        // both, each in its employee's language, under the same UIDs.
        let ben = try Self.events(month.appendingPathComponent("employees/B/checkins.ics"))
        #expect(ben.first == "Check-in: Ben / Zoë Émile, Jr.|None|2026-11-24T10:00:00+01:00")
        let managers = try Self.events(month.appendingPathComponent("managers/M1/checkins.ics"))
        #expect(Set(ann + ben).isSubset(of: Set(managers)) && managers.count == 18)
        let a = try String(contentsOf: month.appendingPathComponent("employees/A/checkins.ics"), encoding: .utf8)
        #expect(a.contains("UID:perfplan-A-c1-20261210@perfplan\r\nSEQUENCE:0\r\n"))

        // Zoë's reminder in German; the check-ins of November, the reviews and check-ins of December.
        let m1 = try OutboxPendingTests.body(month.appendingPathComponent("outbox/manager-M1.eml"))
        let at = " um 10:00 Uhr (Europe/Berlin)"
        #expect(m1.hasPrefix("Guten Tag Zoë Émile, Jr.,\n\nhier finden Sie die Zwischengespräche"), "\(m1)")
        let meetings: [String] = [
            "Termine in diesem Monat (November 2026):",
            "- Di. 24. Nov. 2026\(at): Zwischengespräch mit Ann Ångström",
            "- Di. 24. Nov. 2026\(at): Zwischengespräch mit Ben",
            "- Di. 24. Nov. 2026\(at): Zwischengespräch mit Cem", "",
            "Termine im nächsten Monat (Dezember 2026):",
            "- Do. 10. Dez. 2026\(at): formelle Besprechung mit Ann Ångström",
            "- Do. 10. Dez. 2026\(at): formelle Besprechung mit Ben",
            "- Do. 10. Dez. 2026\(at): formelle Besprechung mit Cem",
            "- Di. 22. Dez. 2026\(at): Zwischengespräch mit Ann Ångström",
            "- Di. 22. Dez. 2026\(at): Zwischengespräch mit Ben",
            "- Di. 22. Dez. 2026\(at): Zwischengespräch mit Cem", "",
            "Pläne, die in diesem Monat enden:", "- keine", "",
        ]
        #expect(m1.contains(meetings.joined(separator: "\n")), "\(m1)")
        #expect(
            m1.contains("- Kalender dieser Termine: managers/M1/checkins.ics\n- Ann Ångström: employees/A/plan.html\n"))
        let subject = try CLI.shell(
            "python3 -c 'import email, email.policy, sys; "
                + "print(email.message_from_bytes(open(sys.argv[1], \"rb\").read(), policy=email.policy.default)[\"Subject\"])' '"
                + month.appendingPathComponent("outbox/manager-M1.eml").path + "'")
        #expect(subject == "Acme: Gespräche und Erinnerungen für November 2026\n")
        // HR's message in French, the language of the HR views (`hr_language`).
        let hr = try OutboxPendingTests.body(month.appendingPathComponent("outbox/hr.eml"))
        #expect(hr.hasPrefix("Bonjour Hélène HR,\n"), "\(hr)")
        #expect(
            hr.contains(
                "- mar. 24 nov. 2026 à 10:00 (Europe/Berlin)\u{A0}: point de suivi avec Ann Ångström et Zoë Émile, Jr.\n"
            ), "\(hr)")

        // Byte-identical rerun.
        #expect(try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", again.path]).status == 0)
        #expect(
            CalendarAndOutboxTests.files(in: again.appendingPathComponent("2026-10"), suffixes: [".ics", ".eml"])
                == CalendarAndOutboxTests.files(in: month, suffixes: [".ics", ".eml"]))
    }
}
