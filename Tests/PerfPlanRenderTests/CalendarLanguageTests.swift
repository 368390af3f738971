import Foundation
import PerfPlanCore
import Testing

@testable import PerfPlanRender

/// Calendar entries and reminders in Spanish and French (`CalendarWording`), read back by
/// independent parsers (Python's icalendar and email) and compared with text and dates
/// written out by hand. The days: Tue 24 Nov 2026 (a check-in) and Thu 10 Dec 2026 (the
/// review of November's results); the plan ends in November 2026 here, so it is also
/// listed among the plans ending in the reminder's month.
@Suite(.serialized) struct CalendarLanguageTests {
    static let nbsp = "\u{00A0}"
    static let thin = "\u{202F}"

    static func plan(_ language: Language, employee: String, manager: String) -> PlanMeetings {
        PlanMeetings(
            employee: CalendarPerson(id: "E1", name: employee, email: "e1@x.example", language: language),
            manager: CalendarPerson(id: "M1", name: manager, email: "m1@x.example", language: language),
            hrContact: Policy.HRContact(name: "RH"), cycle: 1, start: Month(year: 2026, month: 9)!,
            end: Month(year: 2026, month: 11)!,
            meetings: [
                CheckinSchedule.Meeting(date: Day(year: 2026, month: 11, day: 24)!),
                CheckinSchedule.Meeting(
                    date: Day(year: 2026, month: 12, day: 10)!, reviewOf: Month(year: 2026, month: 11)!),
            ], documents: ["employees/E1/plan.html"])
    }

    /// 10:00 in `zone` (or floating), stamped 2026-11-01T00:00:00Z.
    static func settings(_ zone: String) -> CalendarSettings {
        CalendarSettings(
            time: MeetingPolicy.TimeOfDay(parsing: "10:00"), minutes: 30,
            zone: ZoneRules(identifier: zone, years: 2026...2026), stamp: 1_793_491_200)
    }

    /// Runs `script` (Python) on `bytes` written to a file; its standard output.
    static func python(_ script: String, _ bytes: [UInt8]) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("perfplan-cal-\(UUID().uuidString)")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Each event as `SUMMARY|LANGUAGE|DTSTART (ISO)|TZID`, by icalendar.
    static func events(_ ics: [UInt8]) throws -> [String] {
        let script = """
            import sys, icalendar
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
            for ev in cal.walk("VEVENT"):
                s = ev.get("SUMMARY")
                start = ev.decoded("DTSTART")
                print("%s|%s|%s|%s" % (str(s), s.params.get("LANGUAGE"), start.isoformat(), start.tzinfo))
            """
        return try python(script, ics).split(separator: "\n").map(String.init)
    }

    /// The message's decoded Subject and text body, by Python's email package.
    static func message(_ eml: [UInt8]) throws -> String {
        let script = """
            import sys, email, email.policy
            m = email.message_from_bytes(open(sys.argv[1], "rb").read(), policy=email.policy.default)
            print(m["Subject"]); print(m.get_content(), end="")
            """
        return try python(script, eml).replacingOccurrences(of: "\r\n", with: "\n")
    }

    @Test func aSpanishEventAndReminder() throws {
        // "e" before "Inés": Spanish writes "y" as "e" before a word sounding /i/.
        let p = Self.plan(.es, employee: "Luis Gil", manager: "Inés Núñez")
        let ics = PlanCalendar.ics([p], settings: Self.settings("Europe/Madrid"))
        #expect(
            try Self.events(ics) == [
                "Seguimiento: Luis Gil / Inés Núñez|es|2026-11-24T10:00:00+01:00|Europe/Madrid",
                "Revisión: Luis Gil / Inés Núñez|es|2026-12-10T10:00:00+01:00|Europe/Madrid",
            ])
        // Every machine field as in English: the UID, the sequence, the stamp.
        let text = String(decoding: ics, as: UTF8.self)
        #expect(text.contains("UID:perfplan-E1-c1-20261124@perfplan\r\nSEQUENCE:0\r\nDTSTAMP:20261101T000000Z\r\n"))

        var hr = ReminderDigest(
            recipient: CalendarPerson(name: "Marta", email: nil, language: .es), forHR: true,
            month: Month(year: 2026, month: 11)!, plans: [p])
        hr.signaturesAwaited = [
            .init(
                name: "Luis Gil",
                what: .signatures(awaited: [.manager, .hr], since: Day(year: 2026, month: 11, day: 10)!, late: true),
                link: "employees/E1/progress.html", manager: "Inés Núñez")
        ]
        let m = MailMessage(
            from: nil, to: [CalendarPerson(name: "Marta", email: "rh@x.example")],
            subject: ReminderText.subject(hr, organization: "Acme"), date: 1_793_491_200, messageId: "x@x.example",
            body: ReminderText.body(hr, time: MeetingPolicy.TimeOfDay(parsing: "10:00"), zone: "Europe/Madrid"))
        let read = try Self.message(m.bytes)
        #expect(
            read == """
                Acme: reuniones y recordatorios de noviembre de 2026
                Hola, Marta:

                Estas son las reuniones de seguimiento, las revisiones y los finales de plan de todas las personas con un plan, para noviembre de 2026 y el mes siguiente.

                Reuniones de este mes (noviembre de 2026):
                - mar, 24 nov 2026 a las 10:00 (Europe/Madrid): reunión de seguimiento con Luis Gil e Inés Núñez

                Reuniones del mes próximo (diciembre de 2026):
                - jue, 10 dic 2026 a las 10:00 (Europe/Madrid): revisión con Luis Gil e Inés Núñez

                Planes que terminan este mes:
                - Luis Gil: el plan dura hasta noviembre de 2026, incluido; después tendrá lugar su última revisión

                Firmas pendientes:
                - Luis Gil: firmas pendientes (responsable y Recursos Humanos) desde el mar, 10 nov 2026; desde hace más de una semana — responsable: Inés Núñez (employees/E1/progress.html)

                Documentos del paquete de este mes (rutas dentro de la carpeta del mes):
                - Luis Gil: employees/E1/plan.html

                Este mensaje lo ha preparado perfplan; los archivos de calendario se pueden importar en cualquier calendario.

                """, "\(read)")
    }

    @Test func aFrenchEventAndReminder() throws {
        let n = Self.nbsp
        let p = Self.plan(.fr, employee: "Anne Dupont", manager: "Luc Martin")
        let ics = PlanCalendar.ics([p], settings: Self.settings("Europe/Paris"))
        #expect(
            try Self.events(ics) == [
                "Point de suivi\(n): Anne Dupont / Luc Martin|fr|2026-11-24T10:00:00+01:00|Europe/Paris",
                "Entretien de bilan\(n): Anne Dupont / Luc Martin|fr|2026-12-10T10:00:00+01:00|Europe/Paris",
            ])
        var d = ReminderDigest(
            recipient: CalendarPerson(id: "M1", name: "Luc Martin", email: "m1@x.example", language: .fr),
            forHR: false, month: Month(year: 2026, month: 11)!, plans: [p], calendarLink: "managers/M1/checkins.ics")
        d.decisionsAwaiting = [.init(name: "Paul Roy", what: .decision, link: "employees/E2/plan-draft.html")]
        let m = MailMessage(
            from: nil, to: [d.recipient], subject: ReminderText.subject(d, organization: "Acme"), date: 1_793_491_200,
            messageId: "x@x.example", body: ReminderText.body(d, time: nil, zone: nil))
        let read = try Self.message(m.bytes)
        let t = Self.thin
        #expect(
            read == """
                Acme\(n): entretiens et rappels de novembre 2026
                Bonjour Luc Martin,

                Voici les points de suivi et les entretiens de bilan avec les membres de votre équipe qui ont un plan, pour novembre 2026 et le mois suivant.

                Rendez-vous de ce mois-ci (novembre 2026)\(n):
                - mar. 24 nov. 2026\(n): point de suivi avec Anne Dupont

                Rendez-vous du mois prochain (décembre 2026)\(n):
                - jeu. 10 déc. 2026\(n): entretien de bilan avec Anne Dupont

                Plans qui se terminent ce mois-ci\(n):
                - Anne Dupont\(n): le plan court jusqu’à la fin de novembre 2026\(t); son dernier entretien de bilan suivra

                En attente d’une décision des RH\(n):
                - Paul Roy\(n): proposition en attente de la décision des RH (émettre le plan, accompagner, reporter ou écarter) (employees/E2/plan-draft.html)

                Documents du dossier de ce mois (chemins dans le dossier du mois)\(n):
                - Calendrier de ces rendez-vous\(n): managers/M1/checkins.ics
                - Anne Dupont\(n): employees/E1/plan.html

                Ce message a été préparé par perfplan\(t); les fichiers de calendrier peuvent être importés dans n’importe quel agenda.

                """, "\(read)")
    }

    /// English keeps its bytes: no LANGUAGE parameter, the words as they always were.
    @Test func englishIsUnchanged() {
        let p = Self.plan(.en, employee: "Ann", manager: "Bo")
        let text = String(decoding: PlanCalendar.ics([p], settings: Self.settings("Europe/Berlin")), as: UTF8.self)
        #expect(
            text.contains("\r\nSUMMARY:Check-in: Ann / Bo\r\n") && text.contains("\r\nSUMMARY:Review: Ann / Bo\r\n"))
        #expect(!text.contains("LANGUAGE"))
        #expect(CalendarWording.of(.en).list(["Ann", "Ines"]) == "Ann and Ines")
        #expect(CalendarWording.of(.es).list(["Ana", "Hilario"]) == "Ana e Hilario")
        #expect(CalendarWording.of(.es).list(["Ana", "Hierro"]) == "Ana y Hierro")
    }
}
