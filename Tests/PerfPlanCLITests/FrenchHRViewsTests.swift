import Foundation
import Testing

/// `hr_language` `fr`: HR's views in French, on `GermanHRViewsTests`' fixture (its figures
/// are worked out there by hand): the indicators under their `name_fr`, figures as French
/// writes them (`210 000 EUR` with U+202F between the groups and U+00A0 before the unit,
/// `65 %` with U+00A0), dates `3 novembre 2026`, `1er novembre 2026`, a no-break space
/// before `:` and a narrow one before `;`.
@Suite struct FrenchHRViewsTests {
    static let n = "\u{00A0}"
    static let t = "\u{202F}"

    @Test func theWorksheetIndexAndCalibrationAreFrench() throws {
        let p = try GermanHRViewsTests.generate(GermanHRViewsTests.files(hrLanguage: "fr"))
        let n = Self.n
        let t = Self.t
        #expect(!p.stderr.contains("warning"), "\(p.stderr)")
        let md = p["employees/E1/worksheet.md"]
        #expect(md.hasPrefix("# Fiche de calcul\(n): comment les chiffres ont été obtenus\n"), "\(md.prefix(300))")
        #expect(md.contains("| Période du plan | novembre 2026 – janvier 2027, cycle 1 sur 2 |"))
        #expect(
            md.contains(
                "- Chiffre d’affaires, septembre 2026\(n): le résultat porte la note «\(n)Messe abgesagt\(n)».\n"
                    + "- Chiffre d’affaires\(n): l’objectif de 210\(t)000\(n)EUR dépasse la moyenne des 3 meilleurs mois de la personne (125\(t)000\(n)EUR).\n"
                    + "- Nouveaux comptes\(n): l’objectif de 10\(n)accounts dépasse la moyenne des 3 meilleurs mois de la personne (8\(n)accounts).\n"
                    + "- Résultats pour seulement 3 des 12 mois sur lesquels reposent les références, le premier en août 2026.\n"
            ), "\(md)")
        #expect(
            md.contains(
                "- Score global inférieur à 0,85 chaque mois d’août à octobre 2026\(n): 0,76\(t); 0,74\(t); 0,69.\n"
                    + "- Chiffre d’affaires\(n): objectif non atteint 3 mois de suite (limite fixée par les règles\(n): 3 mois).\n"
            ))
        #expect(
            md.contains(
                "| Chiffre d’affaires | 3 | 200\(t)000\(n)EUR | 0\(n)EUR | 130\(t)000\(n)EUR | 65\(n)% | Non atteint | -70\(t)000\(n)EUR |"
            ), "\(md)")
        #expect(
            md.contains(
                "| Satisfaction client | 1 | 90,0\(n)% | 0,0\(n)% | 87,0\(n)% | 97\(n)% | À risque | -3,0\(n)points de pourcentage |"
            ))
        #expect(
            md.contains(
                "Étapes\(n): novembre 2026 153\(t)333\(n)EUR\(t); décembre 2026 181\(t)667\(n)EUR\(t); janvier 2027 210\(t)000\(n)EUR\(t);"
            ))
        #expect(
            md.contains("*Généré par perfplan le 1er novembre 2026 à partir des résultats arrêtés fin octobre 2026."))
        #expect(
            p["employees/E2/worksheet.md"].contains(
                "Un coaching plutôt qu’un plan, décidé par Maria Lopez le 3 novembre 2026\(n): Neu in der Rolle"))
        #expect(p["employees/E1/worksheet.html"].contains("<html lang=\"fr\">"))

        let index = p["index.md"]
        #expect(index.hasPrefix("# Dossier de performance\(n): octobre 2026\n"))
        #expect(
            index.contains(
                "1 proposition attend une décision (review.csv la reprend, prête à compléter et à enregistrer sous decisions.csv)\(t); aucun plan établi."
            ))
        #expect(
            index.contains(
                "| Ann (E1) | Sales | Aucun responsable enregistré | 1 sur 2 | proposition | En deçà des attentes | 0,69 | "
                    + "global\(n): sous 0,85 depuis 3 mois\(t); série\(n): Chiffre d’affaires (3 mois) |"), "\(index)")
        #expect(index.contains("| Ben (E2) | Sales | Aucun responsable enregistré | 1 sur 2 | coaching |"))
        #expect(index.contains("[Formulaire d’entretien (Markdown)](employees/E3/interview.md)"))

        let calibration = p["calibration.md"]
        #expect(calibration.contains("Marqués\(n): aucun sur 2 services, aucun sur 1 responsable."))
        #expect(
            calibration.contains("| Sales | 2 | 0 | 0 | 0 | 2 | 0 | 2 | 100\(n)% | 0\(n)% | 0,3333 |  |"),
            "\(calibration)")
        #expect(
            p["calibration.html"].contains(
                "<title id=\"calibration-chart-t\">Taux de signalement par responsable</title>"))

        let hr = try GermanHRViewsTests.body(p["outbox/hr.eml"])
        #expect(hr.hasPrefix("Bonjour Hanna Berger,\n"), "\(hr)")

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

    @Test func theProgressSummaryIsFrench() throws {
        let p = try GermanHRViewsTests.progress(hrLanguage: "fr")
        let n = Self.n
        let md = p["summary.md"]
        #expect(md.hasPrefix("# Plans d’amélioration\(n): novembre 2026\n"), "\(md)")
        #expect(
            md.contains(
                "· Ressources humaines · 2 avec un plan · 1 en bonne voie · 1 en retard · 0 sans données · 1 en recul · 0 réussis · 0 prolongés · 0 transmis aux RH"
            ), "\(md)")
        #expect(md.contains("| Aucun responsable enregistré | 2 | 1 | 1 | 0 | 1 | 0 | 0 | 0 |"))
        #expect(md.contains("| Ann (E1) | Sales | — | En retard | [rapport (md)](employees/E1/progress.md)"))
        #expect(md.contains("| Ben (E2) | Sales | — | En bonne voie |"))
        #expect(md.contains("| Ann (E1) | Salarié(e) et RH | 10 novembre 2026 | 20 |"), "\(md)")
        #expect(md.contains("| Ben (E2) | Salarié(e), Responsable et RH | 10 novembre 2026 | 20 |"))
        #expect(md.contains("*Généré par perfplan le 2 décembre 2026.*"))
        let english = try EnglishWords.hrCatalogue(except: Self.sharedWithEnglish)
        for name in ["summary.md", "summary.html"] {
            let visible = EnglishWords.visibleText(p[name]).replacingOccurrences(
                of: "\\]\\([^)]*\\)", with: "]", options: .regularExpression)
            let left = EnglishWords.left(in: visible, english: english, data: GermanHRViewsTests.data)
            #expect(left.isEmpty, "\(name): \(left.sorted())")
        }
    }

    /// Words French writes too: "plan", "coaching", "organisation", "service", "documents" …
    static let sharedWithEnglish: Set<String> = [
        "plan", "plans", "coaching", "organisation", "service", "services", "documents", "cycle", "rapport", "en", "de",
        "la", "le", "les", "des", "du", "et", "ou", "un", "une", "à", "au", "aux", "par", "pour", "sur", "sous", "md",
        "html", "xml", "rh", "p", "fisher", "test", "personnes", "points", "global", "critique", "score", "plus",
        "moins", "mois", "taux", "ratio", "responsable", "responsables", "note",
        "objectif", "indicateur", "actuel", "référence", "tendance", "ne", "pas", "se", "si", "sa", "son", "ces",
        "exact", "performance", "question", "part", "contact", "signatures",
    ]
}
