import Foundation
import Testing

/// The monthly progress reports of Léa Moreau's French plan (`FrenchDocumentsTests`: plan of
/// October 2026, goal "Panier moyen" from 1 245.333 to 1 500 EUR, milestones 1 330.2 in
/// November, 1 415.1 in December, 1 500 in January), worked out by hand:
/// - November: 1 340 ≥ 1 330.2, on track; the line through 1 245.333 and 1 340 rises
///   94.67 a month and reaches 1 529.3 ≥ 1 500 in January 2027, by the deadline; next
///   milestone 1 415.1 in December.
/// - January 2027, the plan's last month: 1 480 < 1 500, so not achieved, and in cycle 1 of
///   2 the plan is extended. The least-squares line through 1 245.333, 1 340, 1 420.5 and
///   1 480 rises 78.45 a month: 1 489.1 in January, 1 567.6 in February 2027, after the
///   deadline. Generated on 31 January 2027 (SOURCE_DATE_EPOCH 1801353600).
/// - Signatures: the manager signed on 2 November 2026, the employee declined before a
///   witness; HR's is awaited since the plan meeting, 10 November 2026: 20 days at the end
///   of November, 20 + 31 + 31 = 82 at the end of January, overdue (more than 7).
@Suite struct FrenchProgressTests {
    static let (n, t) = (FrenchDocumentsTests.nbsp, FrenchDocumentsTests.nnbsp)

    static func reports() throws -> (november: String, january: String, januaryHTML: String, cleanup: () -> Void) {
        var files = FrenchDocumentsTests.files()
        files["acknowledgements.csv"] =
            "employee_id,cycle,party,signed_on,declined,witness\nE1,1,manager,2026-11-02,false,\n"
            + "E1,1,employee,2026-11-02,true,Sofia Rossi (RH)\n"
        let data = try CLI.dataDirectory(files)
        let packets = try CLI.temporaryDirectory()
        let reports = try CLI.temporaryDirectory()
        let cleanup = {
            CLI.cleanup(data)
            CLI.cleanup(packets)
            CLI.cleanup(reports)
        }
        let g = try CLI.run(
            ["generate", "--data", data.path, "--as-of", "2026-10", "--out", packets.path],
            env: ["SOURCE_DATE_EPOCH": "1793491200"])
        #expect(g.status == 0, "\(g.stderr)")
        let later =
            "E1,basket,2026-11,1340\nE1,basket,2026-12,1420.5\nE1,basket,2027-01,1480\n"
            + "E1,service,2026-11,97\nE1,service,2026-12,97.2\nE1,service,2027-01,97.5\n"
        try Data((files["actuals.csv"]! + later).utf8).write(to: data.appendingPathComponent("actuals.csv"))
        func progress(_ month: String) throws -> URL {
            let r = try CLI.run(
                [
                    "progress", "--data", data.path, "--plans", packets.appendingPathComponent("2026-10").path,
                    "--as-of", month, "--out", reports.path,
                ], env: ["SOURCE_DATE_EPOCH": "1801353600"])
            #expect(r.status == 0, "\(r.stderr)")
            return reports.appendingPathComponent("\(month)/employees/E1")
        }
        let november = try progress("2026-11")
        let january = try progress("2027-01")
        return (
            try String(contentsOf: november.appendingPathComponent("progress.md"), encoding: .utf8),
            try String(contentsOf: january.appendingPathComponent("progress.md"), encoding: .utf8),
            try String(contentsOf: january.appendingPathComponent("progress.html"), encoding: .utf8),
            cleanup
        )
    }

    @Test func theProgressReportsAreFrench() throws {
        let (md, last, html, cleanup) = try Self.reports()
        defer { cleanup() }
        let (n, t) = (Self.n, Self.t)
        #expect(md.hasPrefix("# Avancement du plan d’amélioration\(n): novembre 2026\n"), "\(md)")
        #expect(
            md.contains(
                "| Cycle du plan | 1 sur 2 |\n| Mois du plan | 1 sur 3 |\n| Situation d’ensemble | En bonne voie |"))
        #expect(
            md.contains(
                "| Panier moyen | 1\(t)330,2\(n)EUR | 1\(t)340\(n)EUR | En bonne voie | 1\(t)500\(n)EUR d’ici fin janvier 2027 | "
                    + "À ce rythme, atteint en janvier 2027 — dans les délais |"), "\(md)")
        #expect(md.contains("- Panier moyen\(n): 1\(t)340\(n)EUR atteint le jalon de ce mois, 1\(t)330,2\(n)EUR.\n"))
        #expect(
            md.contains("- Panier moyen\(n): continuez ainsi\(t); visez ensuite 1\(t)415,1\(n)EUR en décembre 2026.\n"))
        #expect(md.contains("| Salarié(e) | signature refusée le 2 novembre 2026 — témoin\(n): Sofia Rossi (RH) |"))
        #expect(md.contains("| Responsable | signé le 2 novembre 2026 |"))
        #expect(md.contains("| RH | en attente depuis le 10 novembre 2026 (20 jours) — en retard |"))
        #expect(
            md.contains(
                "Prochains points d’étape\(n): jeu. 10 déc. 2026\(t); mar. 22 déc. 2026\(t); lun. 11 janv. 2027."))

        #expect(last.contains("| Mois du plan | 3 sur 3 |\n| Situation d’ensemble | En retard |"))
        #expect(
            last.contains(
                "> **Issue du plan\(n): Prolongation.** Certains objectifs n’ont pas atteint leur niveau attendu à la fin "
                    + "du plan, qui est donc prolongé\(n): un nouveau plan sera convenu pour le cycle 2 sur 2.\n"),
            "\(last)")
        #expect(
            last.contains(
                "| 1\(t)480\(n)EUR | En retard | 1\(t)500\(n)EUR d’ici fin janvier 2027 | À ce rythme, atteint en février 2027 — après l’échéance |"
            ))
        #expect(
            last.contains(
                "- Panier moyen\(n): 1\(t)480\(n)EUR pour un niveau attendu de 1\(t)500\(n)EUR — convenez de jalons révisés "
                    + "et du soutien nécessaire pour le nouveau cycle.\n"))
        #expect(last.contains("| RH | en attente depuis le 10 novembre 2026 (82 jours) — en retard |"))
        #expect(last.contains("Rapport établi le 31 janvier 2027. Confidentiel.*"), "\(last.suffix(200))")
        #expect(html.contains("<html lang=\"fr\">"))
        #expect(html.contains("<footer>Rapport établi le 31 janvier 2027."))

        let data = ["Léa Moreau", "Élodie Fournier", "Commerciale", "Ventes", "Northwind", "EUR", "Sofia Rossi", "RH"]
        for (name, text) in [("progress.md (Nov)", md), ("progress.md (Jan)", last), ("progress.html (Jan)", html)] {
            let left = try FrenchWordCheck.left(in: text, data: data)
            #expect(left.isEmpty, "\(name): \(left.sorted())")
        }
    }
}
