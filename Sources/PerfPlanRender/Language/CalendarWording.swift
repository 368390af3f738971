import PerfPlanCore

/// The few sentences of calendar entries and reminder messages, one table per language,
/// written by hand in the plain, respectful register of the documents (the reader addressed
/// formally). Kept apart from the documents' catalogues (`Wording`): a reminder is read by
/// managers and HR, and all four languages are complete here.
///
/// The English table is the text the calendars and messages have always carried, byte for
/// byte. Dates follow the language (`LocaleFormat`); times stay `10:00` (CLDR's pattern in
/// all four) with the zone's IANA name. The French strings put U+00A0 before `:` and
/// U+202F before `;`, as French typography does.
package struct CalendarWording: Sendable {
    package let language: Language
    let format: LocaleFormat

    /// The calendar entry's title before the names: `Check-in: `, `Review: `.
    let checkinTitle: String
    let reviewTitle: String
    /// A meeting inside a message's line: `check-in`, `review`.
    let checkinWord: String
    let reviewWord: String
    /// Between the last two items of a list.
    let and: String

    let subjectWords: String
    let greeting: @Sendable (String) -> String
    let introForHR: @Sendable (String) -> String
    let introForManager: @Sendable (String) -> String
    let atTime: @Sendable (String) -> String
    let thisMonth: String
    let nextMonth: String
    /// `: review with Ann`
    let meetingWith: @Sendable (_ kind: String, _ with: String) -> String
    let cancelled: String
    let none: String
    let endingTitle: String
    let ending: @Sendable (_ name: String, _ end: String) -> String
    let decisionsTitle: String
    let signaturesTitle: String
    let unreachableTitle: String
    let documentsTitle: String
    let calendarLine: String
    let closing: String
    /// A proposal awaiting HR's decision.
    let proposal: String
    let signature: @Sendable (_ parties: String, _ several: Bool, _ since: String, _ late: Bool) -> String
    let party: @Sendable (SigningParty) -> String
    let managerSuffix: String
    /// `:` or ` :` (French, with U+00A0) after a name or a title.
    let colon: String

    /// The table of `language`.
    package static func of(_ language: Language) -> CalendarWording {
        switch language {
        case .en: return english
        case .de: return german
        case .es: return spanish
        case .fr: return french
        }
    }

    /// `Review: Ann Lee / Maria Moreau`: the kind of meeting and the two names, no more.
    /// Static, reading one title of one table: it runs for every calendar entry, and a copy
    /// of a whole table would retain each of its closures.
    static func summary(_ language: Language, formal: Bool, employee: String, manager: String?) -> String {
        let title: String
        switch language {
        case .en: title = formal ? english.reviewTitle : english.checkinTitle
        case .de: title = formal ? german.reviewTitle : german.checkinTitle
        case .es: title = formal ? spanish.reviewTitle : spanish.checkinTitle
        case .fr: title = formal ? french.reviewTitle : french.checkinTitle
        }
        return title + employee + (manager.map { " / " + $0 } ?? "")
    }

    func month(_ m: Month) -> String { language == .en ? Labels.month(m) : format.monthYear(m) }
    func day(_ d: Day) -> String { language == .en ? Labels.dayWithWeekday(d) : format.shortDateWithWeekday(d) }

    /// `A and B`, `A, B and C`; Spanish writes `e` before a word sounding /i/ (`Ana e Inés`).
    func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        if items.count == 1 { return last }
        var conjunction = and
        if language == .es {
            let start = last.lowercased()
            if (start.hasPrefix("i") || start.hasPrefix("í") || start.hasPrefix("hi") || start.hasPrefix("hí"))
                && !start.hasPrefix("hie") && !start.hasPrefix("hia")
            {
                conjunction = "e"
            }
        }
        return items.dropLast().joined(separator: ", ") + " " + conjunction + " " + last
    }

    static let english = CalendarWording(
        language: .en, format: .english, checkinTitle: "Check-in: ", reviewTitle: "Review: ", checkinWord: "check-in",
        reviewWord: "review", and: "and", subjectWords: "check-ins and reminders for ",
        greeting: { "Hello \($0)," },
        introForHR: {
            "These are the check-ins, reviews and plan dates of everyone with a plan, for \($0) and the month after."
        },
        introForManager: {
            "These are the check-ins and reviews with your team members on a plan, for \($0) and the month after."
        },
        atTime: { " at " + $0 }, thisMonth: "Meetings this month", nextMonth: "Meetings next month",
        meetingWith: { ": \($0) with \($1)" }, cancelled: " — cancelled, the plan was closed", none: "- none",
        endingTitle: "Plans ending this month:",
        ending: { "- \($0): the plan runs through \($1); its last review follows" },
        decisionsTitle: "Awaiting an HR decision:", signaturesTitle: "Signatures awaited:",
        unreachableTitle:
            "No reminder was written for these managers (no usable email address in the employee data):",
        documentsTitle: "Documents in this month's packet (paths inside its month folder):",
        calendarLine: "- Calendar of these meetings: ",
        closing: "This message was prepared by perfplan; the calendar files can be imported into any calendar.",
        proposal: "proposal awaiting HR's decision (issue, coach, defer or dismiss)",
        signature: { "signature of \($0) awaited since \($2)" + ($3 ? "; more than a week" : "") },
        party: { SignatureView.inProse($0) }, managerSuffix: " — manager ", colon: ":")

    /// German: formal `Sie`; the names of meetings and parties as the German plan uses them
    /// (`Zwischengespräch`, `formelle Besprechung`, `Führungskraft`, `HR`).
    static let german = CalendarWording(
        language: .de, format: .german, checkinTitle: "Zwischengespräch: ", reviewTitle: "Formelle Besprechung: ",
        checkinWord: "Zwischengespräch", reviewWord: "formelle Besprechung", and: "und",
        subjectWords: "Gespräche und Erinnerungen für ", greeting: { "Guten Tag \($0)," },
        introForHR: {
            "hier finden Sie die Zwischengespräche, formellen Besprechungen und Plantermine aller Mitarbeitenden "
                + "mit einem Plan für \($0) und den Folgemonat."
        },
        introForManager: {
            "hier finden Sie die Zwischengespräche und formellen Besprechungen mit den Mitgliedern Ihres Teams, "
                + "die einen Plan haben, für \($0) und den Folgemonat."
        },
        atTime: { " um " + $0 + " Uhr" }, thisMonth: "Termine in diesem Monat", nextMonth: "Termine im nächsten Monat",
        meetingWith: { ": \($0) mit \($1)" }, cancelled: " — abgesagt, der Plan wurde beendet", none: "- keine",
        endingTitle: "Pläne, die in diesem Monat enden:",
        ending: { "- \($0): Der Plan läuft bis einschließlich \($1); die abschließende Besprechung folgt danach" },
        decisionsTitle: "Offene Entscheidungen von HR:", signaturesTitle: "Ausstehende Unterschriften:",
        unreachableTitle:
            "Für diese Führungskräfte wurde keine Erinnerung erstellt (keine verwendbare E-Mail-Adresse in den "
            + "Mitarbeiterdaten):",
        documentsTitle: "Dokumente im Paket dieses Monats (Pfade innerhalb des Monatsordners):",
        calendarLine: "- Kalender dieser Termine: ",
        closing:
            "Diese Nachricht wurde von perfplan erstellt; die Kalenderdateien lassen sich in jeden Kalender importieren.",
        proposal:
            "Vorschlag wartet auf die Entscheidung von HR (Plan ausstellen, Coaching, zurückstellen oder verwerfen)",
        signature: {
            ($1 ? "Unterschriften" : "Unterschrift") + " ausstehend (\($0)) seit \($2)"
                + ($3 ? "; länger als eine Woche" : "")
        },
        party: {
            switch $0 {
            case .employee: return "Mitarbeiter/in"
            case .manager: return "Führungskraft"
            case .hr: return "HR"
            }
        }, managerSuffix: " — Führungskraft ", colon: ":")

    /// Spanish: `usted`; `Recursos Humanos` written out; the parties without gender
    /// (`persona empleada`, `responsable`).
    static let spanish = CalendarWording(
        language: .es, format: .spanish, checkinTitle: "Seguimiento: ", reviewTitle: "Revisión: ",
        checkinWord: "reunión de seguimiento", reviewWord: "revisión", and: "y",
        subjectWords: "reuniones y recordatorios de ", greeting: { "Hola, \($0):" },
        introForHR: {
            "Estas son las reuniones de seguimiento, las revisiones y los finales de plan de todas las personas "
                + "con un plan, para \($0) y el mes siguiente."
        },
        introForManager: {
            "Estas son las reuniones de seguimiento y las revisiones con las personas de su equipo que tienen "
                + "un plan, para \($0) y el mes siguiente."
        },
        atTime: { " a las " + $0 }, thisMonth: "Reuniones de este mes", nextMonth: "Reuniones del mes próximo",
        meetingWith: { ": \($0) con \($1)" }, cancelled: " — cancelada, el plan se ha cerrado", none: "- ninguna",
        endingTitle: "Planes que terminan este mes:",
        ending: { "- \($0): el plan dura hasta \($1), incluido; después tendrá lugar su última revisión" },
        decisionsTitle: "Pendiente de una decisión de Recursos Humanos:", signaturesTitle: "Firmas pendientes:",
        unreachableTitle:
            "No se ha preparado ningún recordatorio para estas personas responsables (no hay una dirección de "
            + "correo válida en los datos del personal):",
        documentsTitle: "Documentos del paquete de este mes (rutas dentro de la carpeta del mes):",
        calendarLine: "- Calendario de estas reuniones: ",
        closing:
            "Este mensaje lo ha preparado perfplan; los archivos de calendario se pueden importar en cualquier calendario.",
        proposal:
            "propuesta pendiente de la decisión de Recursos Humanos (emitir el plan, orientar, aplazar o desestimar)",
        signature: {
            ($1 ? "firmas pendientes" : "firma pendiente") + " (\($0)) desde el \($2)"
                + ($3 ? "; desde hace más de una semana" : "")
        },
        party: {
            switch $0 {
            case .employee: return "persona empleada"
            case .manager: return "responsable"
            case .hr: return "Recursos Humanos"
            }
        }, managerSuffix: " — responsable: ", colon: ":")

    /// French: `vous`; `RH` as French companies write it; U+00A0 before `:`, U+202F before `;`.
    static let french = CalendarWording(
        language: .fr, format: .french, checkinTitle: "Point de suivi\u{A0}: ",
        reviewTitle: "Entretien de bilan\u{A0}: ",
        checkinWord: "point de suivi", reviewWord: "entretien de bilan", and: "et",
        subjectWords: "entretiens et rappels de ", greeting: { "Bonjour \($0)," },
        introForHR: {
            "Voici les points de suivi, les entretiens de bilan et les fins de plan de toutes les personnes "
                + "ayant un plan, pour \($0) et le mois suivant."
        },
        introForManager: {
            "Voici les points de suivi et les entretiens de bilan avec les membres de votre équipe qui ont "
                + "un plan, pour \($0) et le mois suivant."
        },
        atTime: { " à " + $0 }, thisMonth: "Rendez-vous de ce mois-ci", nextMonth: "Rendez-vous du mois prochain",
        meetingWith: { "\u{A0}: \($0) avec \($1)" }, cancelled: " — annulé, le plan a été clôturé", none: "- aucun",
        endingTitle: "Plans qui se terminent ce mois-ci\u{A0}:",
        ending: {
            "- \($0)\u{A0}: le plan court jusqu’à la fin de \($1)\u{202F}; son dernier entretien de bilan suivra"
        },
        decisionsTitle: "En attente d’une décision des RH\u{A0}:", signaturesTitle: "Signatures en attente\u{A0}:",
        unreachableTitle:
            "Aucun rappel n’a été préparé pour ces responsables (pas d’adresse électronique utilisable dans les "
            + "données du personnel)\u{A0}:",
        documentsTitle: "Documents du dossier de ce mois (chemins dans le dossier du mois)\u{A0}:",
        calendarLine: "- Calendrier de ces rendez-vous\u{A0}: ",
        closing:
            "Ce message a été préparé par perfplan\u{202F}; les fichiers de calendrier peuvent être importés dans "
            + "n’importe quel agenda.",
        proposal: "proposition en attente de la décision des RH (émettre le plan, accompagner, reporter ou écarter)",
        signature: {
            ($1 ? "signatures en attente" : "signature en attente") + " (\($0)) depuis le \($2)"
                + ($3 ? "\u{202F}; depuis plus d’une semaine" : "")
        },
        party: {
            switch $0 {
            case .employee: return "personne salariée"
            case .manager: return "responsable"
            case .hr: return "RH"
            }
        }, managerSuffix: " — responsable\u{A0}: ", colon: "\u{A0}:")
}
