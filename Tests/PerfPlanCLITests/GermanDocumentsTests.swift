import Foundation
import Testing

/// An employee whose `language` is `de` gets the plan and the interview form in German:
/// every sentence from the German catalogue, every figure and date as German writes them.
/// The fixture is `GoalMethodsAndWordingTests`' (its figures are worked out there by hand),
/// with Ann's `language` column set to `de`:
/// - Revenue: 130 000 against 200 000 = 65 %, 70 000 below, missed 3 months in a row; the
///   current level 125 000 (the August–October average), milestones 153 333, 181 667,
///   210 000; trend 5 000 a month, improving.
/// - New accounts: 6 against 10 = 60 %, 4 below, missed 2 months in a row; current
///   23 / 3 = 7.67 (two more decimals); milestones 8, 9, 10; trend −1.5 a month, worsening.
/// - Satisfaction: 87 against 90 = 96.666… % → "97 %" whole, 3 percentage points below;
///   trend 0.75 points a month, improving.
/// - The plan runs November 2026 – January 2027: the goals' deadline is 31 January 2027.
@Suite struct GermanDocumentsTests {
    static let nbsp = "\u{00A0}"
    /// Words German writes too (or that are names of things in both): "ins Gewicht", "des
    /// Plans", "relevant", "Mentoring", "Do." (Thursday).
    static let sharedWithEnglish: Set<String> = [
        "hr", "name", "status", "plan", "plans", "coaching", "mentoring", "relevant", "in", "ins", "so",
        "was", "die", "and", "an", "am", "um", "bis", "mit", "von", "der", "oder", "also", "best",
        "ende", "ist", "art", "eur", "do",
    ]

    static func files(language: String = "de") -> [String: String] {
        var files = GoalMethodsAndWordingTests.files
        files["employees.csv"] = "employee_id,name,role,department,language\nE1,Ann,Rep,Sales,\(language)\n"
        return files
    }

    struct Documents {
        var planMD = "", planHTML = "", planXML = "", interviewMD = "", interviewHTML = "", interviewXML = "",
            worksheetMD = ""
    }

    static func generate(_ files: [String: String] = files(), epoch: String = "1793491200") throws -> (
        Documents, () -> Void
    ) {
        let data = try CLI.dataDirectory(files)
        let out = try CLI.temporaryDirectory("perfplan-out")
        let r = try CLI.run(
            ["generate", "--data", data.path, "--out", out.path, "--as-of", "2026-10"],
            env: ["SOURCE_DATE_EPOCH": epoch])
        #expect(r.status == 0, "\(r.stderr)")
        let e1 = out.appendingPathComponent("2026-10/employees/E1")
        func read(_ name: String) throws -> String {
            try String(contentsOf: e1.appendingPathComponent(name), encoding: .utf8)
        }
        let d = Documents(
            planMD: try read("plan.md"), planHTML: try read("plan.html"), planXML: try read("plan.xml"),
            interviewMD: try read("interview.md"), interviewHTML: try read("interview.html"),
            interviewXML: try read("interview.xml"), worksheetMD: try read("worksheet.md"))
        return (
            d,
            {
                CLI.cleanup(data)
                CLI.cleanup(out)
            }
        )
    }

    @Test func thePlanIsGermanWithGermanFiguresAndDates() throws {
        let (d, cleanup) = try Self.generate()
        defer { cleanup() }
        let md = d.planMD
        let n = Self.nbsp
        #expect(md.hasPrefix("# Leistungsverbesserungsplan\n"), "\(md.prefix(200))")
        #expect(md.contains("| Planzeitraum | November 2026 – Januar 2027 |"))
        #expect(md.contains("| Ergebnisse Stand | Oktober 2026 |"))
        #expect(
            md.contains(
                "**Was und warum:** 130.000\(n)EUR bei einem Ziel von 200.000\(n)EUR (65\(n)% des Ziels), 70.000\(n)EUR unter dem Ziel, "
                    + "3 Monate in Folge verfehlt; zu wenige Personen in dieser Rolle für einen Vergleich; Durchschnitt der besten 3 Monate 125.000\(n)EUR. "
                    + "Die Kennzahl geht mit 50\(n)% in das Gesamtergebnis ein.\n"), "\(md)")
        #expect(
            md.contains(
                "- Aktueller Stand: 125.000\(n)EUR, Durchschnitt aus August–Oktober 2026\n- Erwarteter Stand: 210.000\(n)EUR\n- Termin: Ende Januar 2027\n"
            ))
        #expect(
            md.contains(
                "Das Ziel steigt ab November 2026 auf 210.000\(n)EUR (Oktober 2026: 200.000\(n)EUR); der erwartete Stand ist das neue Ziel."
            ))
        #expect(
            md.contains(
                "| November 2026 | 153.333\(n)EUR |\n| Dezember 2026 | 181.667\(n)EUR |\n| Januar 2027 | 210.000\(n)EUR |"
            ))
        // 23 / 3 at two more decimals, with a decimal comma.
        #expect(md.contains("- Aktueller Stand: 7,67\(n)accounts, Durchschnitt aus August–Oktober 2026\n"))
        #expect(md.contains("- Revenue: etwa 5.000\(n)EUR mehr pro Monat (Verbesserung)\n"))
        #expect(md.contains("- New accounts: etwa 1,5\(n)accounts weniger pro Monat (Verschlechterung)\n"))
        #expect(md.contains("- Satisfaction: etwa 0,75\(n)Prozentpunkte höher pro Monat (Verbesserung)\n"))
        // 87 / 90 = 96.67 % in whole percents; the satisfaction row of the evidence table, its
        // figures at the row's shared decimals as in English (the data's 85.5 gives 1 decimal,
        // zeros kept: "90,0 %"; the annual average 258.5 / 3 = 86.17 → "86,2 %").
        #expect(
            md.contains("| Satisfaction | 90,0\(n)% | 87,0\(n)% | 97\(n)% | Gefährdet | 86,2\(n)% |"), "\(md)")
        #expect(
            md.contains(
                "Ebenfalls unter dem Ziel, aber nicht Gegenstand dieses Plans: Satisfaction. Ein Plan konzentriert sich auf höchstens 2 Bereiche"
            ))
        #expect(
            md.contains(
                "- Wenn alle Ziele bis Ende Januar 2027 erreicht sind, wird der Plan als Erfolg abgeschlossen.\n"))
        // Generated 2026-11-01 (SOURCE_DATE_EPOCH 1793491200); Markdown escapes the "1." that
        // could start an ordered list.
        #expect(
            md.contains("*Plan erstellt am 1\\. November 2026 auf Grundlage der Ergebnisse Stand Oktober 2026."),
            "\(md.suffix(300))")
        #expect(d.planHTML.contains("<footer>Plan erstellt am 1. November 2026 auf Grundlage"))
        // The built-in rating band in German: 69 % overall is below 80 %.
        #expect(md.contains("69\(n)% des Ziels, Bewertung **Unter den Erwartungen**."))
        #expect(!md.contains("125,000") && !md.contains("7.67"))

        let html = d.planHTML
        #expect(html.contains("<html lang=\"de\">"))
        #expect(html.contains("<dd>125.000\(n)EUR, Durchschnitt aus August–Oktober 2026</dd>"))
        #expect(html.contains("counter(page) \" von \" counter(pages)"))
        // The chart's axis in German figures and months.
        #expect(html.contains(">Aug. 2026</text>") || html.contains(">Nov. 2025</text>"), "the chart's month labels")
        #expect(d.planXML.contains("<plan xml:lang=\"de\" ") || d.planXML.contains(" xml:lang=\"de\""))
        #expect(
            d.planXML.contains("<reason code=\"streak\">Die Ziele bei Revenue und New accounts wurden")
                || d.planXML.contains("Monate in Folge verfehlt"))
    }

    @Test func theInterviewIsGerman() throws {
        let (d, cleanup) = try Self.generate()
        defer { cleanup() }
        let md = d.interviewMD
        let n = Self.nbsp
        #expect(md.hasPrefix("# Feedbackgespräch zur Leistung\n"), "\(md.prefix(200))")
        #expect(md.contains("| Betrachteter Zeitraum | August–Oktober 2026 |"))
        #expect(md.contains("| Erreichte Ziele | 0 von 3 im Oktober 2026 (1 gefährdet, 2 verfehlt) |"), "\(md)")
        // Revenue each month, average (120 000 + 125 000 + 130 000) / 3 = 125 000, 0 of 3 months on target.
        #expect(
            md.contains(
                "| Revenue | 200.000\(n)EUR | Aug. 120.000\(n)EUR / Sept. 125.000\(n)EUR / Okt. 130.000\(n)EUR | 125.000\(n)EUR | 0 von 3 Monaten | 130.000\(n)EUR | Verfehlt |"
            ), "\(md)")
        #expect(
            md.contains("| Revenue (Planziel) | 153.333\(n)EUR im November 2026, 210.000\(n)EUR bis Ende Januar 2027 |")
        )
        #expect(md.contains("| Satisfaction | 90\(n)% oder besser im November 2026 |"))
        // The plan's first meeting: its schedule is the plan's own (a check-in or the formal review).
        #expect(md.contains("## 8. Das nächste Gespräch\n\n**"))
        #expect(md.contains("des Plans"))
        #expect(d.interviewHTML.contains("<html lang=\"de\">"))
        #expect(d.interviewXML.contains(" xml:lang=\"de\""))
        // HR's worksheet is in the HR views' language: English here (no hr_language).
        #expect(d.worksheetMD.hasPrefix("# Worksheet: how the figures were computed"))
    }

    /// No word of the English templates and sentences is left in a German document, once the
    /// data's own words (names, units, notes) are taken out.
    @Test func noEnglishWordIsLeft() throws {
        let (d, cleanup) = try Self.generate()
        defer { cleanup() }
        let english = try EnglishWords.catalogue(except: Self.sharedWithEnglish)
        let data = [
            "Revenue", "New accounts", "Satisfaction", "accounts", "EUR", "Ann", "Rep", "Sales", "Northwind",
            "Two joint customer visits a month with Bo", "Weekly pipeline review with the manager",
            "Lost two key accounts to a competitor", "Block two hours a week for CRM updates",
            "Clients praise the follow-up", "Unclear priorities between products",
        ]
        for (name, text) in [
            ("plan.md", d.planMD), ("plan.html", d.planHTML), ("interview.md", d.interviewMD),
            ("interview.html", d.interviewHTML),
        ] {
            let left = EnglishWords.left(in: EnglishWords.visibleText(text), english: english, data: data)
            #expect(left.isEmpty, "\(name): \(left.sorted())")
        }
    }

    /// `--templates DIR/de/plan.md.mustache` replaces the German plan, and only it.
    @Test func aLanguagesTemplateIsOverriddenInItsSubfolder() throws {
        let data = try CLI.dataDirectory(Self.files())
        let templates = try CLI.temporaryDirectory("perfplan-templates")
        let out = try CLI.temporaryDirectory("perfplan-out")
        defer {
            CLI.cleanup(data)
            CLI.cleanup(templates)
            CLI.cleanup(out)
        }
        let de = templates.appendingPathComponent("de")
        try FileManager.default.createDirectory(at: de, withIntermediateDirectories: true)
        try Data("Eigener Plan für {{employee.name}}: {{asOf}}\n".utf8).write(
            to: de.appendingPathComponent("plan.md.mustache"))
        let r = try CLI.run([
            "generate", "--data", data.path, "--out", out.path, "--as-of", "2026-10", "--templates", templates.path,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let e1 = out.appendingPathComponent("2026-10/employees/E1")
        #expect(
            try String(contentsOf: e1.appendingPathComponent("plan.md"), encoding: .utf8)
                == "Eigener Plan für Ann: Oktober 2026\n")
        #expect(
            try String(contentsOf: e1.appendingPathComponent("interview.md"), encoding: .utf8).hasPrefix(
                "# Feedbackgespräch zur Leistung\n"))
    }

    @Test func rerunsAreByteIdenticalAndEnglishIsUnchanged() throws {
        let (a, cleanupA) = try Self.generate()
        defer { cleanupA() }
        let (b, cleanupB) = try Self.generate()
        defer { cleanupB() }
        #expect(
            a.planHTML == b.planHTML && a.planMD == b.planMD && a.interviewHTML == b.interviewHTML
                && a.planXML == b.planXML)
        // `en` in the column, or no column at all: the very same English documents.
        let (en, cleanupEn) = try Self.generate(Self.files(language: "en"))
        defer { cleanupEn() }
        let (none, cleanupNone) = try Self.generate(GoalMethodsAndWordingTests.files)
        defer { cleanupNone() }
        #expect(
            en.planHTML == none.planHTML && en.planMD == none.planMD && en.interviewMD == none.interviewMD
                && en.planXML == none.planXML)
        #expect(en.planHTML.contains("<html lang=\"en\">") && !en.planXML.contains("xml:lang"))
    }
}
