import Foundation
import Testing

/// `hr_language` `es`: HR's views in Spanish, on `GermanHRViewsTests`' fixture (its figures
/// are worked out there by hand): the indicators under their `name_es`, figures as Spanish
/// writes them (`5000 EUR` ungrouped below five digits, `96,9 %`), dates `3 de noviembre de 2026`.
@Suite struct SpanishHRViewsTests {
    static let n = "\u{00A0}"

    @Test func theWorksheetIndexAndCalibrationAreSpanish() throws {
        let p = try GermanHRViewsTests.generate(GermanHRViewsTests.files(hrLanguage: "es"))
        let n = Self.n
        #expect(!p.stderr.contains("warning"), "\(p.stderr)")
        let md = p["employees/E1/worksheet.md"]
        #expect(md.hasPrefix("# Hoja de trabajo: cómo se calcularon las cifras\n"), "\(md.prefix(300))")
        #expect(md.contains("| Periodo del plan | noviembre de 2026 – enero de 2027, ciclo 1 de 2 |"))
        #expect(
            md.contains(
                "- Ingresos, septiembre de 2026: el resultado lleva la nota «Messe abgesagt».\n"
                    + "- Ingresos: el objetivo de 210.000\(n)EUR supera la media de los 3 mejores meses de la propia persona (125.000\(n)EUR).\n"
                    + "- Cuentas nuevas: el objetivo de 10\(n)accounts supera la media de los 3 mejores meses de la propia persona (8\(n)accounts).\n"
                    + "- Solo hay resultados de 3 de los 12 meses en los que se basan las referencias; el primero, de agosto de 2026.\n"
            ), "\(md)")
        #expect(
            md.contains(
                "- Puntuación global por debajo de 0,85 en cada uno de los meses de agosto a octubre de 2026: 0,76; 0,74; 0,69.\n"
                    + "- El objetivo de Ingresos se incumplió 3 meses seguidos (el límite de la política es de 3 meses).\n"
            ))
        #expect(
            md.contains(
                "| Ingresos | 3 | 200.000\(n)EUR | 0\(n)EUR | 130.000\(n)EUR | 65\(n)% | Incumplido | -70.000\(n)EUR |")
        )
        #expect(
            md.contains(
                "| Satisfacción | 1 | 90,0\(n)% | 0,0\(n)% | 87,0\(n)% | 97\(n)% | En riesgo | -3,0\(n)puntos porcentuales |"
            ))
        #expect(md.contains("aprox. 5000\(n)EUR más al mes (mejora)"), "\(md)")
        #expect(
            md.contains(
                "Hitos: noviembre de 2026 153.333\(n)EUR; diciembre de 2026 181.667\(n)EUR; enero de 2027 210.000\(n)EUR;"
            ))
        #expect(md.contains("*Generado por perfplan el 1 de noviembre de 2026 con resultados a octubre de 2026."))
        #expect(
            p["employees/E2/worksheet.md"].contains(
                "Coaching en lugar de un plan, decidido por Maria Lopez el 3 de noviembre de 2026: Neu in der Rolle"))
        #expect(p["employees/E1/worksheet.html"].contains("<html lang=\"es\">"))

        let index = p["index.md"]
        #expect(index.hasPrefix("# Documentación de desempeño: octubre de 2026\n"))
        #expect(
            index.contains(
                "1 propuesta espera una decisión (review.csv la recoge, lista para completar y guardar como decisions.csv); ningún plan emitido."
            ))
        #expect(
            index.contains(
                "| Ann (E1) | Sales | Sin responsable registrado | 1 de 2 | propuesta | Por debajo de las expectativas | 0,69 | "
                    + "global: por debajo de 0,85 durante 3 meses; serie: Ingresos (3 meses) |"), "\(index)")
        #expect(index.contains("| Ben (E2) | Sales | Sin responsable registrado | 1 de 2 | coaching |"))
        #expect(index.contains("[Formulario de entrevista (Markdown)](employees/E3/interview.md)"))
        #expect(index.contains("| Cleo (E3) | Rep | Cumple las expectativas | 1,07 | — |"))

        let calibration = p["calibration.md"]
        #expect(calibration.contains("Marcados: ninguno de 2 departamentos, ninguno de 1 responsable."))
        #expect(calibration.contains("| Sales | 2 | 0 | 0 | 0 | 2 | 0 | 2 | 100\(n)% | 0\(n)% | 0,3333 |  |"))
        #expect(
            p["calibration.html"].contains(
                "<title id=\"calibration-chart-t\">Tasa de señalados por responsable</title>"))

        let hr = try GermanHRViewsTests.body(p["outbox/hr.eml"])
        #expect(hr.hasPrefix("Hola, Hanna Berger:\n"), "\(hr)")

        let english = try EnglishWords.hrCatalogue(except: Self.sharedWithEnglish)
        var checked = 0
        for (name, text) in p.files.sorted(by: { $0.key < $1.key }) {
            let hrView = name.hasPrefix("index.") || name.hasPrefix("calibration.") || name.contains("/worksheet.")
            guard hrView, !name.hasSuffix(".xml") else { continue }
            let visible = EnglishWords.visibleText(text).replacingOccurrences(
                of: "\\]\\([^)]*\\)", with: "]", options: .regularExpression)
            let left = EnglishWords.left(in: visible, english: english, data: GermanHRViewsTests.data)
            #expect(left.isEmpty, "\(name): \(left.sorted())")
            checked += 1
        }
        #expect(checked == 8)
    }

    @Test func theProgressSummaryIsSpanish() throws {
        let p = try GermanHRViewsTests.progress(hrLanguage: "es")
        let md = p["summary.md"]
        #expect(md.hasPrefix("# Planes de mejora: noviembre de 2026\n"), "\(md)")
        #expect(
            md.contains(
                "· Recursos Humanos · 2 con plan · 1 según lo previsto · 1 con retraso · 0 sin datos · 1 con retroceso · 0 superados · 0 prorrogados · 0 escalados"
            ), "\(md)")
        #expect(md.contains("| Sin responsable registrado | 2 | 1 | 1 | 0 | 1 | 0 | 0 | 0 |"))
        #expect(md.contains("| Ann (E1) | Sales | — | Con retraso | [informe (md)](employees/E1/progress.md)"))
        #expect(md.contains("| Ben (E2) | Sales | — | Según lo previsto |"))
        #expect(md.contains("| Ann (E1) | Empleado/a y Recursos Humanos | 10 de noviembre de 2026 | 20 |"), "\(md)")
        #expect(md.contains("| Ben (E2) | Empleado/a, Responsable y Recursos Humanos | 10 de noviembre de 2026 | 20 |"))
        #expect(md.contains("*Generado por perfplan el 2 de diciembre de 2026.*"))
        let english = try EnglishWords.hrCatalogue(except: Self.sharedWithEnglish)
        for name in ["summary.md", "summary.html"] {
            let visible = EnglishWords.visibleText(p[name]).replacingOccurrences(
                of: "\\]\\([^)]*\\)", with: "]", options: .regularExpression)
            let left = EnglishWords.left(in: visible, english: english, data: GermanHRViewsTests.data)
            #expect(left.isEmpty, "\(name): \(left.sorted())")
        }
    }

    /// Words Spanish writes too: "plan", "real", "coaching", "nivel actual", "revisión formal" …
    static let sharedWithEnglish: Set<String> = [
        "plan", "planes", "coaching", "real", "no", "de", "en", "la", "los", "las", "el", "con", "por", "a", "y", "o",
        "un", "una", "es", "se", "al", "del", "md", "html", "xml", "p", "fisher", "personas", "once", "has", "me",
        "actual", "formal",
    ]
}
