import Foundation
import Testing

/// The monthly progress report of a German plan, and an indicator's German name from the
/// `name_de` column. The fixture is `GermanDocumentsTests`' (plan of October 2026, goals
/// Revenue and New accounts) with `name_de` "Umsatz" for revenue, then November's results:
/// - Revenue 160 000 against November's milestone 153 333 (125 000 + 85 000 / 3, rounded
///   as the plan states it): on track; next milestone 181 667 in December.
/// - New accounts 7 against November's milestone 8: behind, the only goal behind, so its
///   step names its next milestone, 9 accounts in December; and below the 23 / 3 = 7.67 the
///   plan started from (shown at the indicator's 0 decimals, "8 accounts"): regressed.
@Suite struct GermanProgressTests {
    static let nbsp = "\u{00A0}"

    @Test func theProgressReportIsGermanAndUsesTheGermanIndicatorName() throws {
        var files = GermanDocumentsTests.files()
        files["indicators.csv"] =
            "indicator_id,name,unit,direction,weight,name_de\nrevenue,Revenue,EUR,higher,3,Umsatz\n"
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
        // The German name everywhere in the plan; the other indicators keep theirs.
        #expect(plan.contains("| Umsatz | 200.000\(n)EUR | 130.000\(n)EUR | 65\(n)% | Verfehlt |"), "\(plan)")
        #expect(
            plan.contains("### Umsatz (ambitioniertes Ziel)")
                && plan.contains("- Das Ziel bei Umsatz wurde 3 Monate in Folge verfehlt."))
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
        #expect(md.hasPrefix("# Fortschritt des Verbesserungsplans: November 2026\n"), "\(md)")
        #expect(
            md.contains(
                "| Planzeitraum | November 2026 – Januar 2027 |\n| Planzyklus | 1 von 2 |\n| Planmonat | 1 von 3 |"))
        #expect(
            md.contains("| Umsatz | 153.333\(n)EUR | 160.000\(n)EUR | Im Plan | 210.000\(n)EUR bis Ende Januar 2027 |"),
            "\(md)")
        #expect(
            md.contains(
                "| New accounts (verschlechtert) | 8\(n)accounts | 7\(n)accounts | Im Rückstand | 10\(n)accounts bis Ende Januar 2027 |"
            ))
        #expect(
            md.contains(
                "- New accounts: 7\(n)accounts ist schlechter als die 8\(n)accounts, von denen der Plan ausging. Sprechen Sie darüber, was sich geändert hat.\n"
            ))
        #expect(md.contains("| Gesamtstand | Im Rückstand |"))
        #expect(md.contains("- Umsatz: 160.000\(n)EUR erreicht die Etappe dieses Monats von 153.333\(n)EUR.\n"))
        #expect(md.contains("- Umsatz: weiter so; nächste Etappe 181.667\(n)EUR im Dezember 2026.\n"))
        #expect(
            md.contains(
                "- New accounts: Maßnahmen und Unterstützung im nächsten Zwischengespräch überprüfen; als Nächstes 9\(n)accounts im Dezember 2026.\n"
            ))
        #expect(
            md.contains(
                "*Die Ziele sind die im Plan vom Oktober 2026 vereinbarten. Bericht erstellt am 1\\. November 2026. Vertraulich.*"
            ), "\(md.suffix(200))")
        let html = try String(contentsOf: folder.appendingPathComponent("progress.html"), encoding: .utf8)
        #expect(html.contains("<html lang=\"de\">"))
        let english = try EnglishWords.progressCatalogue(except: GermanDocumentsTests.sharedWithEnglish)
        for (name, text) in [("progress.md", md), ("progress.html", html)] {
            let left = EnglishWords.left(
                in: EnglishWords.visibleText(text), english: english,
                data: ["New accounts", "accounts", "EUR", "Ann", "Rep", "Sales", "Northwind"])
            #expect(left.isEmpty, "\(name): \(left.sorted())")
        }
    }
}
