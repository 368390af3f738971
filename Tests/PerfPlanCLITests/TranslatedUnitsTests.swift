import Foundation
import Testing

/// Units in the reader's language (`unit_de`, `unit_es`, `unit_fr`). One indicator each
/// way: `delay` in days (lower is better, threshold 5, target 1) translated with its
/// singular (`Tag|Tage`, `día|días`, `jour|jours`), and `calls` without a translation
/// (empty cells), which every language prints as the data writes it. Four employees of one
/// role, German, Spanish, French and English, each with the same results, worked out by hand:
/// - delay 3, 2, 3 days (August–October 2026): October 3 against 1 → (3 − 5) / (1 − 5) =
///   50 % of the way, 2 days over the target, missed 3 months in a row (each month's
///   attainment 0.5 and 0.75 is below 0.9); flagged, so a plan (approval automatic).
///   Current level (3 + 2 + 3) / 3 = 2.67 (two more decimals); expected 1 (the target);
///   milestones 2.67 − 1.67 · k / 3 = 2.11, 1.56, 1 → at 0 decimals "2", "2", "1". The
///   evidence table shares one decimal with the 2.7 averages: "1,0 Tage" (German and
///   Spanish take the singular after exactly "1" only), "1,0 jour" (French below 2).
/// - calls 110, 115, 120 against 100: met; trend 5 more a month.
/// - November: delay 1 (the expected level: achieved), calls 125.
@Suite struct TranslatedUnitsTests {
    static let n = "\u{00A0}"

    static let files: [String: String] = [
        "perfplan.json": #"{"approval": "automatic", "organization": "Northwind", "trend_months": 3}"#,
        "employees.csv": "employee_id,name,role,department,language\nE1,Ann,Rep,Sales,de\nE2,Bea,Rep,Sales,es\n"
            + "E3,Cloé,Rep,Sales,fr\nE4,Dan,Rep,Sales,\n",
        "indicators.csv":
            "indicator_id,name,unit,direction,weight,threshold,name_de,name_es,name_fr,unit_de,unit_es,unit_fr\n"
            + "delay,Report delay,days,lower,1,5,Verzug,Retraso,Retard,Tag|Tage,día|días,jour|jours\n"
            + "calls,Calls,calls,higher,1,,Anrufe,Llamadas,Appels,,,\n",
        "targets.csv": "indicator_id,scope,period,target\ndelay,*,*,1\ncalls,*,*,100\n",
        "actuals.csv": "employee_id,indicator_id,period,value\n"
            + ["E1", "E2", "E3", "E4"].map {
                "\($0),delay,2026-08,3\n\($0),delay,2026-09,2\n\($0),delay,2026-10,3\n"
                    + "\($0),calls,2026-08,110\n\($0),calls,2026-09,115\n\($0),calls,2026-10,120\n"
            }.joined(),
    ]

    /// Generates October 2026, then November's progress reports; hands `check` a reader of
    /// `MONTH/employees/ID/FILE` in either output.
    static func run(_ check: (_ read: (String) throws -> String) throws -> Void) throws {
        let data = try CLI.dataDirectory(files)
        let packets = try CLI.temporaryDirectory()
        let reports = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(packets)
            CLI.cleanup(reports)
        }
        let env = ["SOURCE_DATE_EPOCH": "1793491200"]
        let g = try CLI.run(["generate", "--data", data.path, "--as-of", "2026-10", "--out", packets.path], env: env)
        #expect(g.status == 0, "\(g.stderr)")
        let november = ["E1", "E2", "E3", "E4"].map { "\($0),delay,2026-11,1\n\($0),calls,2026-11,125\n" }.joined()
        try Data((files["actuals.csv"]! + november).utf8).write(to: data.appendingPathComponent("actuals.csv"))
        let p = try CLI.run(
            [
                "progress", "--data", data.path, "--plans", packets.appendingPathComponent("2026-10").path,
                "--as-of", "2026-11", "--out", reports.path,
            ], env: env)
        #expect(p.status == 0, "\(p.stderr)")
        try check { path in
            let root = path.hasPrefix("2026-11") ? reports : packets
            return try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        }
    }

    @Test func germanDocumentsPrintTheGermanUnitWithItsSingular() throws {
        let n = Self.n
        try Self.run { read in
            let plan = try read("2026-10/employees/E1/plan.md")
            #expect(
                plan.contains(
                    "**Was und warum:** 3\(n)Tage bei einem Ziel von 1\(n)Tag (50\(n)% des Wegs von 5\(n)Tage bis zum Ziel), "
                        + "2\(n)Tage über dem Ziel, 3 Monate in Folge verfehlt;"), "\(plan)")
            #expect(plan.contains("- Aktueller Stand: 2,67\(n)Tage, Durchschnitt aus August–Oktober 2026\n"))
            #expect(plan.contains("- Erwarteter Stand: 1\(n)Tag\n"))
            #expect(
                plan.contains(
                    "| November 2026 | 2\(n)Tage |\n| Dezember 2026 | 2\(n)Tage |\n| Januar 2027 | 1\(n)Tag |"))
            #expect(plan.contains("**Messung:** Verzug (Tage), ein niedrigerer Wert ist besser, monatlich erfasst."))
            #expect(plan.contains("| Verzug | 1,0\(n)Tage | 3,0\(n)Tage | 50\(n)% | Verfehlt | 2,7\(n)Tage |"))
            #expect(plan.contains("- Verzug: gezählt ab 5\(n)Tage (0\(n)%) bis zum Ziel von 1\(n)Tag (100\(n)%)"))
            // No translation: the data's unit, German spacing.
            #expect(plan.contains("| Anrufe | 100\(n)calls | 120\(n)calls | 120\(n)% | Erreicht |"))
            #expect(plan.contains("- Anrufe: etwa 5\(n)calls mehr pro Monat (Verbesserung)\n"))
            #expect(!plan.contains("days") && !plan.contains(" day"))

            let interview = try read("2026-10/employees/E1/interview.md")
            #expect(
                interview.contains(
                    "| Verzug | 1,0\(n)Tage | Aug. 3,0\(n)Tage / Sept. 2,0\(n)Tage / Okt. 3,0\(n)Tage | 2,7\(n)Tage | 0 von 3 Monaten |"
                ), "\(interview)")
            #expect(
                interview.contains("| Verzug (Planziel) | 2\(n)Tage im November 2026, 1\(n)Tag bis Ende Januar 2027 |"))

            let progress = try read("2026-11/employees/E1/progress.md")
            #expect(
                progress.contains(
                    "| Verzug | 2\(n)Tage | 1\(n)Tag | Erreicht | 1\(n)Tag bis Ende Januar 2027 | Erwarteter Stand erreicht |"
                ), "\(progress)")
            #expect(progress.contains("- Verzug: 1\(n)Tag erreicht den erwarteten Stand von 1\(n)Tag.\n"))
        }
    }

    @Test func spanishDocumentsPrintTheSpanishUnitWithItsSingular() throws {
        let n = Self.n
        try Self.run { read in
            let plan = try read("2026-10/employees/E2/plan.md")
            #expect(
                plan.contains(
                    "**Qué y por qué:** 3\(n)días frente a un objetivo de 1\(n)día (50\(n)% del camino desde 5\(n)días hasta el objetivo), "
                        + "2\(n)días por encima, incumplido 3 meses seguidos;"), "\(plan)")
            #expect(plan.contains("- Nivel actual: 2,67\(n)días, media de agosto a octubre de 2026\n"))
            #expect(plan.contains("- Nivel esperado: 1\(n)día\n"))
            #expect(
                plan.contains(
                    "| noviembre de 2026 | 2\(n)días |\n| diciembre de 2026 | 2\(n)días |\n| enero de 2027 | 1\(n)día |"
                ))
            #expect(plan.contains("**Medición:** Retraso (días), cuanto más bajo, mejor; registrado mensualmente."))
            #expect(plan.contains("| Retraso | 1,0\(n)días | 3,0\(n)días | 50\(n)% | Incumplido |"))
            #expect(plan.contains("- Llamadas: 120\(n)calls frente a un objetivo de 100\(n)calls\n"))

            let progress = try read("2026-11/employees/E2/progress.md")
            #expect(
                progress.contains(
                    "| Retraso | 2\(n)días | 1\(n)día | Alcanzado | 1\(n)día para el 31 de enero de 2027 |"),
                "\(progress)")
            #expect(progress.contains("- Retraso: con 1\(n)día se alcanza el nivel esperado de 1\(n)día.\n"))
        }
    }

    @Test func frenchDocumentsPrintTheFrenchUnitInTheSingularBelowTwo() throws {
        let n = Self.n
        try Self.run { read in
            let plan = try read("2026-10/employees/E3/plan.md")
            #expect(
                plan.contains(
                    "**Quoi et pourquoi\(n):** 3\(n)jours pour un objectif de 1\(n)jour (50\(n)% du chemin entre 5\(n)jours et l’objectif), "
                        + "2\(n)jours au-dessus de l’objectif, non atteint 3 mois de suite"), "\(plan)")
            #expect(plan.contains("- Niveau attendu\(n): 1\(n)jour\n"))
            #expect(
                plan.contains(
                    "| novembre 2026 | 2\(n)jours |\n| décembre 2026 | 2\(n)jours |\n| janvier 2027 | 1\(n)jour |"))
            // Below 2 in French: "1,0 jour" where German and Spanish write "1,0 Tage", "1,0 días".
            #expect(plan.contains("| Retard | 1,0\(n)jour | 3,0\(n)jours | 50\(n)% | Non atteint | 2,7\(n)jours |"))
            #expect(plan.contains("**Mesure\(n):** Retard (jours), relevé chaque mois"))
            #expect(plan.contains("- Appels\(n): en hausse d’environ 5\(n)calls par mois (amélioration)\n"))

            let progress = try read("2026-11/employees/E3/progress.md")
            #expect(
                progress.contains("| Retard | 2\(n)jours | 1\(n)jour | Atteint | 1\(n)jour d’ici fin janvier 2027 |"),
                "\(progress)")
        }
    }

    /// English documents keep the data's unit and their own singular; every XML keeps the
    /// machine unit, whatever the language, while its sentences are in the document's.
    @Test func englishDocumentsAndTheXMLKeepTheDataUnit() throws {
        try Self.run { read in
            let plan = try read("2026-10/employees/E4/plan.md")
            #expect(plan.contains("| January 2027 | 1 day |"), "\(plan)")
            #expect(!plan.contains("Tag") && !plan.contains("día") && !plan.contains("jour"))
            for (id, words) in [("E1", "Tage"), ("E2", "días"), ("E3", "jours")] {
                let xml = try read("2026-10/employees/\(id)/plan.xml")
                #expect(
                    xml.contains(#"<goal indicator="delay""#) && xml.contains(#"unit="days" decimals="0""#), "\(xml)")
                #expect(!xml.contains(#"unit="\#(words)""#))
                let interview = try read("2026-10/employees/\(id)/interview.xml")
                #expect(interview.contains(#"unit="days""#) && interview.contains("3\u{00A0}\(words)"))
                let progress = try read("2026-11/employees/\(id)/progress.xml")
                #expect(progress.contains(#"<goal indicator="delay" name=""#) && progress.contains(#"unit="days""#))
            }
        }
    }

    /// A translation of no unit, an empty side of `Tag|Tage` or a second `|` is an error at
    /// its line; an empty cell falls back; a column for another language is an unknown one.
    @Test func translatedUnitsAreValidated() throws {
        var files = Self.files
        files["indicators.csv"] =
            "indicator_id,name,unit,direction,weight,threshold,unit_de,unit_es,unit_fr,unit_it\n"
            + "delay,Report delay,days,lower,1,5,Tag|,,jour|jours|j,giorni\n"
            + "calls,Calls,,higher,1,,Anrufe,,,\n"
        let data = try CLI.dataDirectory(files)
        defer { CLI.cleanup(data) }
        let r = try CLI.run(["validate", "--data", data.path])
        #expect(r.status == 3)
        #expect(r.stdout.contains("indicators.csv:1: warning: unknown column ignored: \"unit_it\""), "\(r.stdout)")
        #expect(
            r.stdout.contains(
                "indicators.csv:2: unit_de \"Tag|\" must be the unit (\"Tage\"), or its singular and plural as \"Tag|Tage\""
            ))
        #expect(r.stdout.contains("indicators.csv:2: unit_fr \"jour|jours|j\" must be the unit"))
        #expect(
            r.stdout.contains(
                "indicators.csv:3: unit_de \"Anrufe\" translates a unit the indicator does not have (give unit, the unit of the English documents and the XML)"
            ))
        #expect(!r.stdout.contains("unit_es"))
        #expect(r.stdout.hasSuffix("; 1 warning, 3 errors\n"), "\(r.stdout)")
    }

    /// The JSON indicators file takes the same keys; one form without a singular is printed
    /// after every figure, "1 Tage" included.
    @Test func jsonIndicatorsTakeTheSameKeys() throws {
        var files = Self.files
        files["indicators.csv"] = nil
        files["indicators.json"] = """
            [{"indicator_id": "delay", "name": "Report delay", "unit": "days", "direction": "lower", "weight": 1,
              "threshold": 5, "unit_de": "Tage", "unit_es": "", "unit_fr": null},
             {"indicator_id": "calls", "name": "Calls", "unit": "calls", "direction": "higher", "weight": 1}]
            """
        let data = try CLI.dataDirectory(files)
        let out = try CLI.temporaryDirectory()
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        let r = try CLI.run(
            ["generate", "--data", data.path, "--as-of", "2026-10", "--out", out.path],
            env: ["SOURCE_DATE_EPOCH": "1793491200"])
        #expect(r.status == 0, "\(r.stderr)")
        let n = Self.n
        func plan(_ id: String) throws -> String {
            try String(
                contentsOf: out.appendingPathComponent("2026-10/employees/\(id)/plan.md"), encoding: .utf8)
        }
        #expect(try plan("E1").contains("| Januar 2027 | 1\(n)Tage |"))
        // Empty and null: the data's unit.
        #expect(try plan("E2").contains("| enero de 2027 | 1\(n)days |"))
        #expect(try plan("E3").contains("| janvier 2027 | 1\(n)days |"))
    }
}
