import Foundation
import Testing

/// The monthly progress report of a Spanish plan, and an indicator's Spanish name from the
/// `name_es` column. The fixture is `SpanishDocumentsTests`' (plan of October 2026, goals
/// Revenue and New accounts) with `name_es` "Ingresos" for revenue, then November's results:
/// - Revenue 160 000 against November's milestone 153 333 (125 000 + 85 000 / 3, rounded
///   as the plan states it): on track; next milestone 181 667 in December.
/// - New accounts 7 against November's milestone 8: behind, the only goal behind, so its
///   step names its next milestone, 9 accounts in December; and below the 23 / 3 = 7.67 the
///   plan started from (shown at the indicator's 0 decimals, "8 accounts"): regressed.
/// - Signatures awaited since the plan meeting of 10 November 2026: 20 days at the report's
///   counting day, 30 November 2026.
@Suite struct SpanishProgressTests {
    static let nbsp = "\u{00A0}"

    @Test func theProgressReportIsSpanishAndUsesTheSpanishIndicatorName() throws {
        var files = SpanishDocumentsTests.files()
        files["indicators.csv"] =
            "indicator_id,name,unit,direction,weight,name_es\nrevenue,Revenue,EUR,higher,3,Ingresos\n"
            + "accounts,New accounts,accounts,higher,2,\ncsat,Satisfaction,%,higher,1,\n"
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
        let plan = try String(
            contentsOf: packets.appendingPathComponent("2026-10/employees/E1/plan.md"), encoding: .utf8)
        let n = Self.nbsp
        // The Spanish name everywhere in the plan; the other indicators keep theirs.
        #expect(plan.contains("| Ingresos | 200.000\(n)EUR | 130.000\(n)EUR | 65\(n)% | Incumplido |"), "\(plan)")
        #expect(
            plan.contains("### Ingresos (objetivo ambicioso)")
                && plan.contains("- No se alcanzó el objetivo de Ingresos durante 3 meses seguidos."))
        #expect(!plan.contains("Revenue"))
        #expect(plan.contains("### New accounts"))

        let november = "E1,revenue,2026-11,160000\nE1,accounts,2026-11,7\nE1,csat,2026-11,88\n"
        try Data((files["actuals.csv"]! + november).utf8).write(to: data.appendingPathComponent("actuals.csv"))
        let r = try CLI.run(
            [
                "progress", "--data", data.path, "--plans", packets.appendingPathComponent("2026-10").path,
                "--as-of", "2026-11", "--out", reports.path,
            ], env: env)
        #expect(r.status == 0, "\(r.stderr)")
        let folder = reports.appendingPathComponent("2026-11/employees/E1")
        let md = try String(contentsOf: folder.appendingPathComponent("progress.md"), encoding: .utf8)
        #expect(md.hasPrefix("# Avance del plan de mejora: noviembre de 2026\n"), "\(md)")
        #expect(
            md.contains(
                "| Periodo del plan | noviembre de 2026 – enero de 2027 |\n| Ciclo del plan | 1 de 2 |\n"
                    + "| Mes del plan | 1 de 3 |"))
        #expect(
            md.contains(
                "| Ingresos | 153.333\(n)EUR | 160.000\(n)EUR | Según lo previsto | 210.000\(n)EUR para el 31 de enero de 2027 |"
            ), "\(md)")
        #expect(
            md.contains(
                "| New accounts (ha empeorado) | 8\(n)accounts | 7\(n)accounts | Con retraso | 10\(n)accounts para el 31 de "
                    + "enero de 2027 |"))
        #expect(
            md.contains(
                "- New accounts: 7\(n)accounts es peor que el nivel del que partió el plan (8\(n)accounts). Hablen de qué ha cambiado.\n"
            ))
        #expect(md.contains("| Situación general | Con retraso |"))
        #expect(md.contains("- Ingresos: con 160.000\(n)EUR se alcanza el hito de este mes (153.333\(n)EUR).\n"))
        #expect(md.contains("- Ingresos: siga así; próximo hito: 181.667\(n)EUR en diciembre de 2026.\n"))
        #expect(
            md.contains(
                "- New accounts: revisen los métodos y el apoyo en la próxima reunión de seguimiento; a continuación: "
                    + "9\(n)accounts en diciembre de 2026.\n"))
        #expect(
            md.contains("| Empleado/a | pendiente desde el 10 de noviembre de 2026 (20 días) — con retraso |"), "\(md)")
        #expect(
            md.contains("Próximas reuniones de seguimiento: jue, 10 dic 2026; mar, 22 dic 2026; lun, 11 ene 2027.\n"))
        #expect(
            md.contains(
                "*Los objetivos son los acordados en el plan de octubre de 2026. Informe elaborado el 1 de noviembre de 2026. Confidencial.*"
            ), "\(md.suffix(200))")
        let html = try String(contentsOf: folder.appendingPathComponent("progress.html"), encoding: .utf8)
        #expect(html.contains("<html lang=\"es\">"))
        #expect(html.contains("counter(page) \" de \" counter(pages)"))
        let english = try EnglishWords.progressCatalogue(except: SpanishDocumentsTests.sharedWithEnglish)
        for (name, text) in [("progress.md", md), ("progress.html", html)] {
            let left = EnglishWords.left(
                in: EnglishWords.visibleText(text), english: english,
                data: ["New accounts", "accounts", "EUR", "Ann", "Rep", "Sales", "Northwind"])
            #expect(left.isEmpty, "\(name): \(left.sorted())")
        }
        // A rerun writes the same bytes.
        let again = try CLI.temporaryDirectory()
        defer { CLI.cleanup(again) }
        let r2 = try CLI.run(
            [
                "progress", "--data", data.path, "--plans", packets.appendingPathComponent("2026-10").path,
                "--as-of", "2026-11", "--out", again.path,
            ], env: env)
        #expect(r2.status == 0, "\(r2.stderr)")
        for name in ["progress.md", "progress.html", "progress.xml"] {
            #expect(
                try Data(contentsOf: folder.appendingPathComponent(name))
                    == Data(contentsOf: again.appendingPathComponent("2026-11/employees/E1/\(name)")), "\(name)")
        }
    }
}
