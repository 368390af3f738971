import Foundation
import Testing

/// An employee whose `language` is `es` gets the plan, its draft and the interview form in
/// Spanish: every sentence from the Spanish catalogue, every figure and date as Spanish
/// writes them (CLDR es: four-digit numbers ungrouped, `12.500,5`, U+00A0 before `%` and
/// units, `31 de enero de 2027`). The fixture is `GermanDocumentsTests`' (Ann's figures are
/// worked out in its header and in `GoalMethodsAndWordingTests`) with `language` `es`:
/// - Revenue 130 000 against 200 000 (65 %, 70 000 below, 3 months missed); current level
///   125 000, milestones 153 333, 181 667, 210 000; trend 5 000 a month, written "5000":
///   Spanish groups only from five digits.
/// - New accounts 6 against 10; current 23 / 3 = 7.67; trend −1.5 a month.
/// - Satisfaction 87 against 90: 96.67 % → "97 %", 3 percentage points below; trend 0.75.
/// - Overall, weights 3, 2, 1 (the shares 50 % and 33 % of the goals): August
///   (0.6·3 + 0.9·2 + 0.95)/6 = 76 %, September (0.625·3 + 0.8·2 + 0.9556)/6 = 74 %,
///   October (0.65·3 + 0.6·2 + 0.9667)/6 = 69 %, below 80 %: "Por debajo de las expectativas".
/// - The plan runs November 2026 – January 2027: the goals' deadline is 31 January 2027.
@Suite struct SpanishDocumentsTests {
    static let nbsp = "\u{00A0}"
    /// Words Spanish writes too: "plan", "coaching" (as Spanish HR says it), "no" ("no
    /// cumplido"), "formal" ("revisión formal"), "actual" ("nivel actual": the current level).
    static let sharedWithEnglish: Set<String> = ["plan", "coaching", "no", "formal", "actual"]

    static func files(language: String = "es") -> [String: String] { GermanDocumentsTests.files(language: language) }

    /// Fixture B, for figures of four and five digits and a percentage with a decimal:
    /// Lucía (E2) met every target in August–October 2026 and has no plan, only the interview
    /// form. Monthly sales 12 800.5 against 12 500.5, average order 1 250.5 against 1 200,
    /// on-time delivery 96.9 % against 95 %, the same each month (averages equal, trends
    /// steady); the indicators' Spanish names come from `name_es`.
    static let figureFiles: [String: String] = [
        "perfplan.json": #"{"approval": "automatic", "organization": "Northwind", "trend_months": 3}"#,
        "employees.csv": "employee_id,name,role,department,language\nE2,Lucía Gómez,Buyer,Purchasing,es\n",
        "indicators.csv": "indicator_id,name,unit,direction,weight,decimals,name_es\n"
            + "sales,Monthly sales,EUR,higher,2,1,Ventas mensuales\n"
            + "order,Average order,EUR,higher,1,1,Importe medio de pedido\n"
            + "ontime,On-time delivery,%,higher,1,1,Entregas a tiempo\n",
        "targets.csv": "indicator_id,scope,period,target\nsales,*,*,12500.5\norder,*,*,1200\nontime,*,*,95\n",
        "actuals.csv": "employee_id,indicator_id,period,value\n"
            + ["2026-08", "2026-09", "2026-10"].map {
                "E2,sales,\($0),12800.5\nE2,order,\($0),1250.5\nE2,ontime,\($0),96.9\n"
            }
            .joined(),
    ]

    @Test func thePlanIsSpanishWithSpanishFiguresAndDates() throws {
        let (d, cleanup) = try GermanDocumentsTests.generate(Self.files())
        defer { cleanup() }
        let md = d.planMD
        let n = Self.nbsp
        #expect(md.hasPrefix("# Plan de mejora del rendimiento\n"), "\(md.prefix(200))")
        #expect(md.contains("| Periodo del plan | noviembre de 2026 – enero de 2027 |"))
        #expect(md.contains("| Resultados a | octubre de 2026 |"))
        #expect(md.contains("| Ciclo del plan | 1 de 2 |"))
        #expect(
            md.contains(
                "- En conjunto, con todos los indicadores, los resultados se quedaron por debajo del 85\(n)% de lo esperado "
                    + "en cada mes de agosto a octubre de 2026 (76\(n)%, 74\(n)% y 69\(n)%).\n"), "\(md)")
        #expect(
            md.contains(
                "**Qué y por qué:** 130.000\(n)EUR frente a un objetivo de 200.000\(n)EUR (65\(n)% del objetivo), "
                    + "70.000\(n)EUR por debajo, incumplido 3 meses seguidos; muy pocas personas en este "
                    + "puesto para hacer una comparación; media de los 3 mejores meses: 125.000\(n)EUR. "
                    + "Este indicador pesa un 50\(n)% en el resultado global.\n"), "\(md)")
        #expect(
            md.contains(
                "- Nivel actual: 125.000\(n)EUR, media de agosto a octubre de 2026\n- Nivel esperado: 210.000\(n)EUR\n"
                    + "- Plazo: 31 de enero de 2027\n"))
        #expect(
            md.contains(
                "El objetivo sube a 210.000\(n)EUR a partir de noviembre de 2026 (octubre de 2026: 200.000\(n)EUR); "
                    + "el nivel esperado es el nuevo objetivo."))
        #expect(
            md.contains(
                "| noviembre de 2026 | 153.333\(n)EUR |\n| diciembre de 2026 | 181.667\(n)EUR |\n"
                    + "| enero de 2027 | 210.000\(n)EUR |"))
        // 23 / 3 at two more decimals, with a decimal comma; 2 / 6 of the weight is 33 %.
        #expect(md.contains("- Nivel actual: 7,67\(n)accounts, media de agosto a octubre de 2026\n"))
        #expect(md.contains("Este indicador pesa un 33\(n)% en el resultado global."))
        // 5 000 a month has four digits: ungrouped.
        #expect(md.contains("- Revenue: aprox. 5000\(n)EUR más al mes (mejora)\n"), "\(md)")
        #expect(md.contains("- New accounts: aprox. 1,5\(n)accounts menos al mes (empeora)\n"))
        #expect(md.contains("- Satisfaction: aprox. 0,75\(n)puntos porcentuales más al mes (mejora)\n"))
        // The row at its shared decimals (85.5 in August has one): 90,0 and 87,0 beside 86,2.
        #expect(md.contains("| Satisfaction | 90,0\(n)% | 87,0\(n)% | 97\(n)% | En riesgo | 86,2\(n)% |"), "\(md)")
        #expect(md.contains("| Revenue | 200.000\(n)EUR | 130.000\(n)EUR | 65\(n)% | Incumplido |"))
        #expect(md.contains("| sept 2026 | 125.000\(n)EUR | 200.000\(n)EUR | Incumplido |"))
        #expect(
            md.contains(
                "También por debajo del objetivo, pero fuera de este plan: Satisfaction. Un plan se centra en un máximo de 2 áreas"
            ))
        #expect(md.contains("**Medición:** Revenue (EUR), cuanto más alto, mejor; registrado mensualmente.\n"))
        // The check-ins: 24 November 2026 is a Tuesday, 10 December a Thursday.
        #expect(md.contains("| mar, 24 nov 2026 | Reunión de seguimiento | |"))
        #expect(md.contains("| jue, 10 dic 2026 | Revisión formal de los resultados de noviembre de 2026 | |"))
        #expect(
            md.contains(
                "- Si se alcanzan todos los objetivos para el 31 de enero de 2027, el plan se cierra con éxito.\n"
            ))
        #expect(
            md.contains(
                "- Este es el ciclo 1 de 2. De lo contrario, el plan podrá prorrogarse un ciclo más, y los objetivos se revisarán conjuntamente.\n"
            ))
        // Generated 2026-11-01 (SOURCE_DATE_EPOCH 1793491200): "1 de", nothing for Markdown to escape.
        #expect(
            md.contains(
                "*Plan elaborado el 1 de noviembre de 2026 con los resultados a octubre de 2026. Confidencial: para el "
                    + "empleado o la empleada, su responsable y Recursos Humanos.*"), "\(md.suffix(300))")
        #expect(md.contains("69\(n)% del objetivo, con la valoración **Por debajo de las expectativas**."))
        #expect(md.contains("Se negó a firmar — testigo: "))
        #expect(!md.contains("125,000") && !md.contains("7.67") && !md.contains(" 5.000"))

        let html = d.planHTML
        #expect(html.contains("<html lang=\"es\">"))
        #expect(html.contains("<title>Plan de mejora del rendimiento — Ann — octubre de 2026</title>"))
        #expect(html.contains("<dd>125.000\(n)EUR, media de agosto a octubre de 2026</dd>"))
        #expect(html.contains("<dt>Plazo</dt><dd>31 de enero de 2027</dd>"))
        #expect(html.contains("counter(page) \" de \" counter(pages)"))
        #expect(html.contains("<footer>Plan elaborado el 1 de noviembre de 2026 con los resultados a octubre de 2026."))
        // The chart's axis: Spanish months, the page head in the print margin.
        #expect(html.contains(">nov 2025</text>"), "the chart's month labels")
        #expect(html.contains(" · resultados a octubre de 2026 · elaborado el 1 de noviembre de 2026\""))
        #expect(d.planXML.contains("<plan as-of=\"2026-10\" generated=\"2026-11-01\" xml:lang=\"es\" "))
        #expect(
            d.planXML.contains(
                "<reason code=\"miss_streak\">No se alcanzó el objetivo de Revenue durante 3 meses seguidos.</reason>"))
    }

    @Test func theInterviewIsSpanish() throws {
        let (d, cleanup) = try GermanDocumentsTests.generate(Self.files())
        defer { cleanup() }
        let md = d.interviewMD
        let n = Self.nbsp
        #expect(md.hasPrefix("# Entrevista de evaluación del desempeño\n"), "\(md.prefix(200))")
        #expect(md.contains("| Periodo revisado | agosto–octubre de 2026 |"))
        #expect(
            md.contains("| Objetivos cumplidos | 0 de 3 en octubre de 2026 (1 en riesgo, 2 incumplidos) |"), "\(md)")
        // Revenue each month, the average (120 000 + 125 000 + 130 000) / 3 = 125 000, 0 of 3 months on target.
        #expect(
            md.contains(
                "| Revenue | 200.000\(n)EUR | ago 120.000\(n)EUR / sept 125.000\(n)EUR / oct 130.000\(n)EUR | 125.000\(n)EUR "
                    + "| 0 de 3 meses | 130.000\(n)EUR | Incumplido | aprox. 5000\(n)EUR más al mes (mejora) |"),
            "\(md)")
        // Satisfaction: "del 90 %", the article Spanish puts before a percentage; 90 − 87 = 3 points.
        #expect(
            md.contains(
                "- **Satisfaction:** 87\(n)% frente a un objetivo del 90\(n)% (97\(n)% del objetivo), 3\(n)puntos porcentuales "
                    + "por debajo; muy pocas personas en este puesto para hacer una comparación; "
                    + "media de los 3 mejores meses: 86,2\(n)%.\n"), "\(md)")
        #expect(
            md.contains(
                "| Revenue (objetivo del plan) | 153.333\(n)EUR en noviembre de 2026; 210.000\(n)EUR para el "
                    + "31 de enero de 2027 |"))
        #expect(md.contains("| Satisfaction | 90\(n)% o mejor en noviembre de 2026 |"))
        // The plan's first meeting, a check-in on Tuesday 24 November 2026.
        #expect(
            md.contains(
                "## 8. La próxima reunión\n\n**mar, 24 nov 2026**: la primera reunión de seguimiento del plan.\n"))
        #expect(
            md.contains(
                "> Los resultados requieren un plan de mejora del rendimiento, que también se trata en esta reunión. En conjunto,"
            ))
        #expect(d.interviewHTML.contains("<html lang=\"es\">"))
        #expect(
            d.interviewHTML.contains(
                "<dt>Objetivos cumplidos</dt><dd>0 de 3 en octubre de 2026 (1 en riesgo, 2 incumplidos)</dd>"))
        #expect(d.interviewXML.contains(" xml:lang=\"es\""))
        #expect(
            d.interviewXML.contains(
                "<objective indicator=\"revenue\" focus=\"true\">alcanzar 210000 para el 2027-01-31</objective>"
            ))
        #expect(
            d.interviewXML.contains(
                "<objective indicator=\"csat\" focus=\"false\">igual o mejor que 90 en 2026-11</objective>"))
        // HR's worksheet is in the policy's hr_language (English here).
        #expect(d.worksheetMD.hasPrefix("# Worksheet: how the figures were computed"))
    }

    /// Four digits ungrouped, five grouped, a percentage with a decimal, each with U+00A0;
    /// the Spanish indicator names from `name_es`; an interview form with no plan.
    @Test func figuresOfFourAndFiveDigitsAndAPercentage() throws {
        let data = try CLI.dataDirectory(Self.figureFiles)
        let out = try CLI.temporaryDirectory("perfplan-out")
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        let r = try CLI.run(
            ["generate", "--data", data.path, "--out", out.path, "--as-of", "2026-10"],
            env: ["SOURCE_DATE_EPOCH": "1793491200"])
        #expect(r.status == 0, "\(r.stderr)")
        let folder = out.appendingPathComponent("2026-10/employees/E2")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("plan.md").path))
        let md = try String(contentsOf: folder.appendingPathComponent("interview.md"), encoding: .utf8)
        let n = Self.nbsp
        #expect(md.contains("| Objetivos cumplidos | 3 de 3 en octubre de 2026 |"), "\(md)")
        // Each table row at its decimals (1, given by `decimals`): the target 1200 as 1200,0.
        #expect(
            md.contains(
                "| Importe medio de pedido | 1200,0\(n)EUR | ago 1250,5\(n)EUR / sept 1250,5\(n)EUR / oct 1250,5\(n)EUR "
                    + "| 1250,5\(n)EUR | 3 de 3 meses | 1250,5\(n)EUR | Cumplido | estable |"), "\(md)")
        #expect(
            md.contains(
                "| Ventas mensuales | 12.500,5\(n)EUR | ago 12.800,5\(n)EUR / sept 12.800,5\(n)EUR / oct 12.800,5\(n)EUR "
                    + "| 12.800,5\(n)EUR | 3 de 3 meses | 12.800,5\(n)EUR | Cumplido | estable |"))
        #expect(
            md.contains(
                "| Entregas a tiempo | 95,0\(n)% | ago 96,9\(n)% / sept 96,9\(n)% / oct 96,9\(n)% | 96,9\(n)% | 3 de 3 meses "
                    + "| 96,9\(n)% | Cumplido | estable |"))
        // What went well: each met target, "del 95 %" before a percentage.
        #expect(md.contains("- Entregas a tiempo: 96,9\(n)% frente a un objetivo del 95\(n)%\n"))
        #expect(md.contains("- Importe medio de pedido: 1250,5\(n)EUR frente a un objetivo de 1200\(n)EUR\n"))
        #expect(md.contains("No se incumplió ningún objetivo en octubre de 2026.\n"))
        #expect(md.contains("| Ventas mensuales | 12.500,5\(n)EUR o mejor en noviembre de 2026 |"))
        #expect(md.contains(": la próxima entrevista de evaluación, sobre los resultados de "))
        #expect(!md.contains("Monthly sales"))
        let english = try EnglishWords.catalogue(except: Self.sharedWithEnglish)
        for name in ["interview.md", "interview.html", "interview.xml"] {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let left = EnglishWords.left(
                in: EnglishWords.visibleText(text), english: english,
                data: ["Lucía Gómez", "Buyer", "Purchasing", "Northwind", "EUR"])
            #expect(left.isEmpty, "\(name): \(left.sorted())")
        }
    }

    /// With approval required, Ann's proposal is a draft for HR, in Spanish, marked on every
    /// page and without signatures.
    @Test func theDraftIsSpanish() throws {
        var files = Self.files()
        files["perfplan.json"] =
            #"{"approval": "required", "organization": "Northwind", "max_focus": 2, "trend_months": 3}"#
        let data = try CLI.dataDirectory(files)
        let out = try CLI.temporaryDirectory("perfplan-out")
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        let r = try CLI.run(
            ["generate", "--data", data.path, "--out", out.path, "--as-of", "2026-10"],
            env: ["SOURCE_DATE_EPOCH": "1793491200"])
        #expect(r.status == 0, "\(r.stderr)")
        let folder = out.appendingPathComponent("2026-10/employees/E1")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("plan.md").path))
        let md = try String(contentsOf: folder.appendingPathComponent("plan-draft.md"), encoding: .utf8)
        #expect(
            md.hasPrefix("# Plan de mejora del rendimiento — BORRADOR PARA RECURSOS HUMANOS\n"), "\(md.prefix(300))")
        #expect(
            md.contains(
                "**BORRADOR PARA RECURSOS HUMANOS — NO ENTREGAR.** Propuesta para la decisión de Recursos Humanos: no es un "
                    + "plan hasta que Recursos Humanos decida emitirlo.\n"))
        #expect(md.contains("*Un borrador no lleva firmas: Recursos Humanos decide si se emite este plan"))
        #expect(!md.contains("Firma: "))
        let html = try String(contentsOf: folder.appendingPathComponent("plan-draft.html"), encoding: .utf8)
        #expect(html.contains("<html lang=\"es\">"))
        #expect(html.contains("<div class=\"draft-mark\" role=\"note\">BORRADOR PARA RECURSOS HUMANOS — NO ENTREGAR. "))
        let english = try EnglishWords.catalogue(except: Self.sharedWithEnglish)
        for (name, text) in [("plan-draft.md", md), ("plan-draft.html", html)] {
            // "issue" is the value of the decisions file's `decision` column, quoted as data;
            // perfplan and its file names are names.
            let left = EnglishWords.left(
                in: EnglishWords.visibleText(text), english: english,
                data: Self.dataWords + ["«issue»", "perfplan", "plan.md", "plan.html"])
            #expect(left.isEmpty, "\(name): \(left.sorted())")
        }
    }

    /// The data's own words in fixture A: names, units, notes.
    static let dataWords = [
        "Revenue", "New accounts", "Satisfaction", "accounts", "EUR", "Ann", "Rep", "Sales", "Northwind",
        "Two joint customer visits a month with Bo", "Weekly pipeline review with the manager",
        "Lost two key accounts to a competitor", "Block two hours a week for CRM updates",
        "Clients praise the follow-up", "Unclear priorities between products",
    ]

    /// No word of the English templates and sentences is left in any text node of a Spanish
    /// document, once the data's own words are taken out.
    @Test func noEnglishWordIsLeft() throws {
        let (d, cleanup) = try GermanDocumentsTests.generate(Self.files())
        defer { cleanup() }
        let english = try EnglishWords.catalogue(except: Self.sharedWithEnglish)
        for (name, text) in [
            ("plan.md", d.planMD), ("plan.html", d.planHTML), ("plan.xml", d.planXML), ("interview.md", d.interviewMD),
            ("interview.html", d.interviewHTML), ("interview.xml", d.interviewXML),
        ] {
            let left = EnglishWords.left(in: EnglishWords.visibleText(text), english: english, data: Self.dataWords)
            #expect(left.isEmpty, "\(name): \(left.sorted())")
        }
    }

    /// `--templates DIR/es/plan.md.mustache` replaces the Spanish plan, and only it.
    @Test func aLanguagesTemplateIsOverriddenInItsSubfolder() throws {
        let data = try CLI.dataDirectory(Self.files())
        let templates = try CLI.temporaryDirectory("perfplan-templates")
        let out = try CLI.temporaryDirectory("perfplan-out")
        defer {
            CLI.cleanup(data)
            CLI.cleanup(templates)
            CLI.cleanup(out)
        }
        let es = templates.appendingPathComponent("es")
        try FileManager.default.createDirectory(at: es, withIntermediateDirectories: true)
        try Data("Plan propio para {{employee.name}}: {{asOf}}\n".utf8).write(
            to: es.appendingPathComponent("plan.md.mustache"))
        let r = try CLI.run([
            "generate", "--data", data.path, "--out", out.path, "--as-of", "2026-10", "--templates", templates.path,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let e1 = out.appendingPathComponent("2026-10/employees/E1")
        #expect(
            try String(contentsOf: e1.appendingPathComponent("plan.md"), encoding: .utf8)
                == "Plan propio para Ann: octubre de 2026\n")
        #expect(
            try String(contentsOf: e1.appendingPathComponent("interview.md"), encoding: .utf8).hasPrefix(
                "# Entrevista de evaluación del desempeño\n"))
    }

    @Test func xmlValidatesAndRerunsAreByteIdentical() throws {
        let data = try CLI.dataDirectory(Self.files())
        let a = try CLI.temporaryDirectory("perfplan-out")
        let b = try CLI.temporaryDirectory("perfplan-out")
        defer {
            CLI.cleanup(data)
            CLI.cleanup(a)
            CLI.cleanup(b)
        }
        for out in [a, b] {
            let r = try CLI.run(
                ["generate", "--data", data.path, "--out", out.path, "--as-of", "2026-10"],
                env: ["SOURCE_DATE_EPOCH": "1793491200"])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let folder = "2026-10/employees/E1"
        for name in ["plan.md", "plan.html", "plan.xml", "interview.md", "interview.html", "interview.xml"] {
            let first = try Data(contentsOf: a.appendingPathComponent("\(folder)/\(name)"))
            let second = try Data(contentsOf: b.appendingPathComponent("\(folder)/\(name)"))
            #expect(!first.isEmpty && first == second, "\(name)")
        }
        let xsd = CLI.repoRoot.appendingPathComponent("Templates/perfplan.xsd").path
        let e1 = a.appendingPathComponent(folder).path
        let lint = try CLI.shell(
            "xmllint --noout --schema '\(xsd)' '\(e1)/plan.xml' '\(e1)/interview.xml' 2>&1; echo rc=$?")
        #expect(lint.hasSuffix("rc=0\n"), "\(lint)")
        // Spanish is no longer English with another `lang`: the English plan differs.
        let (en, cleanupEn) = try GermanDocumentsTests.generate(Self.files(language: "en"))
        defer { cleanupEn() }
        let es = try String(contentsOf: a.appendingPathComponent("\(folder)/plan.md"), encoding: .utf8)
        #expect(en.planMD.hasPrefix("# Performance improvement plan\n") && es != en.planMD)
    }
}
