import Foundation
import Testing

/// An employee whose `language` is `fr` gets the plan (or its draft) and the interview form
/// in French: every sentence from the French catalogue, every figure and date as French
/// writes them, with French typography. Léa Moreau's figures, worked out by hand:
/// - Panier moyen (average basket, EUR, 1 decimal, weight 2): 1 250.5 in October against
///   1 500 = 83.37 % → "83 %", 249.5 below, missed August–October (1 240, 1 245.5): 3
///   months in a row, so a plan. Current level (1 240 + 1 245.5 + 1 250.5) / 3 = 1 245.333…
///   (three decimals: the indicator's one and two more); milestones 1 245.333 + 254.667 / 3
///   = 1 330.2, 1 415.1, 1 500 (to the indicator's decimal). Trend (1 250.5 − 1 240) / 2
///   = 5.25 a month → two significant digits, "5,3 EUR".
/// - Taux de service (%, 1 decimal, weight 1): 96.9 against 95 = 102.0 % → "102 %", met;
///   trend (96.9 − 96.2) / 2 = 0.35 percentage points a month.
/// - Overall (2 × 0.83367 + 1 × 1.02) / 3 = 0.8958 → "90 %", in the built-in band 80–95 %:
///   "Répond partiellement aux attentes"; the basket weighs 2 / 3 = "67 %".
/// - Generated on 2026-11-01 (SOURCE_DATE_EPOCH 1793491200): "1er novembre 2026"; the plan
///   runs November 2026 – January 2027; the first check-in is Tuesday 24 November 2026 and
///   the first formal review Thursday 10 December 2026.
@Suite struct FrenchDocumentsTests {
    /// U+00A0: before `%`, a unit, `:` and inside `« »`.
    static let nbsp = "\u{00A0}"
    /// U+202F: between groups of digits, and before `;`.
    static let nnbsp = "\u{202F}"

    static func files(language: String = "fr", approval: String = "automatic") -> [String: String] {
        [
            "perfplan.json": #"{"approval": "\#(approval)", "organization": "Northwind", "trend_months": 3}"#,
            "employees.csv": "employee_id,name,role,department,manager_id,language\n"
                + "E1,Léa Moreau,Commerciale,Ventes,M1,\(language)\nM1,Élodie Fournier,Directrice commerciale,Ventes,,\n",
            "indicators.csv": "indicator_id,name,unit,direction,weight,decimals,name_fr\n"
                + "basket,Average basket,EUR,higher,2,1,Panier moyen\nservice,Service level,%,higher,1,1,Taux de service\n",
            "targets.csv": "indicator_id,scope,period,target\nbasket,*,*,1500\nservice,*,*,95\n",
            "actuals.csv": "employee_id,indicator_id,period,value\n"
                + "E1,basket,2026-08,1240\nE1,basket,2026-09,1245.5\nE1,basket,2026-10,1250.5\n"
                + "E1,service,2026-08,96.2\nE1,service,2026-09,96.5\nE1,service,2026-10,96.9\n",
        ]
    }

    /// Every file of E1's folder, by name.
    static func generate(_ files: [String: String] = files(), epoch: String = "1793491200") throws -> (
        [String: String], () -> Void
    ) {
        let data = try CLI.dataDirectory(files)
        let out = try CLI.temporaryDirectory("perfplan-out")
        let r = try CLI.run(
            ["generate", "--data", data.path, "--out", out.path, "--as-of", "2026-10"],
            env: ["SOURCE_DATE_EPOCH": epoch])
        #expect(r.status == 0, "\(r.stderr)")
        let e1 = out.appendingPathComponent("2026-10/employees/E1")
        var docs: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: e1.path) {
            docs[name] = try String(contentsOf: e1.appendingPathComponent(name), encoding: .utf8)
        }
        return (
            docs,
            {
                CLI.cleanup(data)
                CLI.cleanup(out)
            }
        )
    }

    @Test func thePlanIsFrenchWithFrenchFiguresAndDates() throws {
        let (d, cleanup) = try Self.generate()
        defer { cleanup() }
        let md = try #require(d["plan.md"])
        let (n, t) = (Self.nbsp, Self.nnbsp)
        #expect(md.hasPrefix("# Plan d’amélioration des performances\n"), "\(md.prefix(200))")
        #expect(md.contains("| Période du plan | novembre 2026 – janvier 2027 |\n| Cycle du plan | 1 sur 2 |"))
        #expect(md.contains("| Responsable | Élodie Fournier |"))
        #expect(md.contains("\n- Panier moyen\(n): objectif non atteint 3 mois de suite.\n"), "\(md)")
        #expect(
            md.contains(
                "Résultat global pour octobre 2026, tous indicateurs confondus\(n): 90\(n)% de l’objectif, "
                    + "appréciation **Répond partiellement aux attentes**."))
        // The code points of "1 250,5 EUR" and "96,9 %", spelled out; a row's figures share its decimals.
        #expect(
            md.contains(
                "| Panier moyen | 1\u{202F}500,0\u{00A0}EUR | 1\u{202F}250,5\u{00A0}EUR | 83\u{00A0}% | Non atteint |"))
        #expect(md.contains("| Taux de service | 95,0\(n)% | 96,9\(n)% | 102\(n)% | Atteint |"))
        #expect(
            md.contains(
                "**Quoi et pourquoi\(n):** 1\(t)250,5\(n)EUR pour un objectif de 1\(t)500\(n)EUR (83\(n)% de l’objectif), "
                    + "249,5\(n)EUR en dessous de l’objectif, non atteint 3 mois de suite\(t); trop peu de personnes dans "
                    + "cette fonction pour une comparaison\(t); moyenne des 3 meilleurs mois\(n): 1\(t)245,3\(n)EUR. "
                    + "Cet indicateur compte pour 67\(n)% du résultat global.\n"), "\(md)")
        #expect(
            md.contains(
                "- Niveau actuel\(n): 1\(t)245,333\(n)EUR, moyenne d’août à octobre 2026\n"
                    + "- Niveau attendu\(n): 1\(t)500\(n)EUR\n- Échéance\(n): Fin janvier 2027\n"))
        #expect(
            md.contains(
                "| novembre 2026 | 1\(t)330,2\(n)EUR |\n| décembre 2026 | 1\(t)415,1\(n)EUR |\n| janvier 2027 | 1\(t)500\(n)EUR |"
            ))
        #expect(md.contains("- Panier moyen\(n): en hausse d’environ 5,3\(n)EUR par mois\n"))
        #expect(md.contains("- Taux de service\(n): en hausse d’environ 0,35\(n)point de pourcentage par mois\n"))
        #expect(md.contains("| mar. 24 nov. 2026 | Point d’étape | |"))
        #expect(md.contains("| jeu. 10 déc. 2026 | Bilan formel des résultats de novembre 2026 | |"))
        #expect(md.contains("- Taux de service\(n): 96,9\(n)% pour un objectif de 95\(n)%\n"))
        #expect(
            md.contains(
                "- Si tous les objectifs sont atteints d’ici fin janvier 2027, le plan se conclut par une réussite.\n"))
        // "1er": the first of a month, as French writes it (no Markdown escape: not "1.").
        #expect(
            md.contains(
                "*Plan établi le 1er novembre 2026 à partir des résultats arrêtés fin octobre 2026. Confidentiel\(n): ")
        )
        #expect(!md.contains("1,250.5") && !md.contains("1250.5") && !md.contains("1 250,5 EUR"))

        let html = try #require(d["plan.html"])
        #expect(html.contains("<html lang=\"fr\">"))
        #expect(html.contains("<dd>1\(t)245,333\(n)EUR, moyenne d’août à octobre 2026</dd>"))
        #expect(html.contains("counter(page) \" sur \" counter(pages)"))
        #expect(html.contains("<footer>Plan établi le 1er novembre 2026 à partir des résultats"))
        // The chart's axis in French months.
        #expect(html.contains(">nov. 2025</text>"), "the chart's month labels")

        let xml = try #require(d["plan.xml"])
        #expect(xml.contains(" xml:lang=\"fr\""))
        #expect(
            xml.contains(
                "<reason code=\"miss_streak\">Panier moyen\(n): objectif non atteint 3 mois de suite.</reason>"))
    }

    @Test func theInterviewIsFrench() throws {
        let (d, cleanup) = try Self.generate()
        defer { cleanup() }
        let md = try #require(d["interview.md"])
        let (n, t) = (Self.nbsp, Self.nnbsp)
        #expect(md.hasPrefix("# Entretien de suivi de la performance\n"), "\(md.prefix(200))")
        #expect(
            md.contains(
                "| Période examinée | août–octobre 2026 |\n| Objectifs atteints | 1 sur 2 en octobre 2026 (1 non atteint) |"
            ))
        // Each month at the row's shared decimal (as English rows); the average 1 245.333 → 1 245,3.
        #expect(
            md.contains(
                "| Panier moyen | 1\(t)500,0\(n)EUR | août 1\(t)240,0\(n)EUR / sept. 1\(t)245,5\(n)EUR / oct. 1\(t)250,5\(n)EUR | "
                    + "1\(t)245,3\(n)EUR | 0 mois sur 3 | 1\(t)250,5\(n)EUR | Non atteint |"), "\(md)")
        #expect(
            md.contains(
                "| Taux de service | 95,0\(n)% | août 96,2\(n)% / sept. 96,5\(n)% / oct. 96,9\(n)% | 96,5\(n)% | 3 mois sur 3 |"
            ))
        #expect(
            md.contains(
                "- **Panier moyen\(n):** 1\(t)250,5\(n)EUR pour un objectif de 1\(t)500\(n)EUR (83\(n)% de l’objectif)")
        )
        #expect(
            md.contains(
                "| Panier moyen (objectif du plan) | 1\(t)330,2\(n)EUR en novembre 2026, 1\(t)500\(n)EUR d’ici fin janvier 2027 |"
            ))
        #expect(md.contains("| Taux de service | 95\(n)% ou mieux en novembre 2026 |"))
        #expect(md.contains("«\(n)(objectif du plan)\(n)»\(n): un objectif d’amélioration du plan"))
        #expect(md.contains("**mar. 24 nov. 2026**\(n): le premier point d’étape du plan.\n"))
        #expect(md.contains("*Formulaire établi le 1er novembre 2026 à partir des résultats arrêtés fin octobre 2026."))
        #expect(try #require(d["interview.html"]).contains("<html lang=\"fr\">"))
        let xml = try #require(d["interview.xml"])
        #expect(xml.contains(" xml:lang=\"fr\""))
        #expect(
            xml.contains(
                "<objective indicator=\"basket\" focus=\"true\">atteindre 1500 d’ici le 2027-01-31</objective>"))
        #expect(
            xml.contains(
                "<objective indicator=\"service\" focus=\"false\">égal ou meilleur que 95 en 2026-11</objective>"))
        // HR's worksheet stays in English (hr_language is another helper's).
        #expect(try #require(d["worksheet.md"]).hasPrefix("# Worksheet: how the figures were computed"))
    }

    /// The French XML validates against the shipped schema.
    @Test func theFrenchXMLValidates() throws {
        let data = try CLI.dataDirectory(Self.files())
        let out = try CLI.temporaryDirectory("perfplan-out")
        defer {
            CLI.cleanup(data)
            CLI.cleanup(out)
        }
        let r = try CLI.run(["generate", "--data", data.path, "--out", out.path, "--as-of", "2026-10"])
        #expect(r.status == 0, "\(r.stderr)")
        let folder = out.appendingPathComponent("2026-10/employees/E1").path
        let xsd = CLI.repoRoot.appendingPathComponent("Templates/perfplan.xsd").path
        let lint = try CLI.shell(
            "xmllint --noout --schema '\(xsd)' '\(folder)/plan.xml' '\(folder)/interview.xml' 2>&1; echo rc=$?")
        #expect(lint.hasSuffix("rc=0\n"), "\(lint)")
    }

    /// Without HR's decision the French draft: marked for HR, the proposal in French.
    @Test func theDraftIsFrench() throws {
        let (d, cleanup) = try Self.generate(Self.files(approval: "required"))
        defer { cleanup() }
        let md = try #require(d["plan-draft.md"])
        let n = Self.nbsp
        #expect(md.hasPrefix("# Plan d’amélioration des performances — PROJET POUR LES RH\n"), "\(md.prefix(300))")
        #expect(
            md.contains(
                "**PROJET POUR LES RH — À NE PAS REMETTRE.** Proposition soumise à la décision des RH\(n): ce document "
                    + "n’est pas un plan tant que les RH n’ont pas décidé de l’établir.\n"))
        #expect(md.contains("(perfplan écrit plan.md dès que la décision est «\(n)issue\(n)»)"))
        #expect(d["plan.md"] == nil)
    }

    /// A second plan states the first ("d’avril à juin 2026", elided before a vowel) and, in the
    /// last allowed cycle (2 of the default 2), the built-in final consequence in French; HR's
    /// `coach` turns the interview form into a French coaching conversation on the reasons.
    @Test func aSecondPlanAndACoachingConversation() throws {
        var files = Self.files()
        files["plans.csv"] = "employee_id,cycle,start,end,outcome\nE1,1,2026-04,2026-06,extended\n"
        let (d, cleanup) = try Self.generate(files)
        defer { cleanup() }
        let md = try #require(d["plan.md"])
        let n = Self.nbsp
        #expect(
            md.contains(
                "C’est votre deuxième plan. Le premier s’est déroulé d’avril à juin 2026 et a été prolongé.\n"), "\(md)"
        )
        #expect(md.contains("| Cycle du plan | 2 sur 2 |"))
        #expect(
            md.contains(
                "- Ce plan est le dernier cycle autorisé (2 sur 2). Si les objectifs ne sont pas atteints, les RH "
                    + "décideront de la suite, conformément aux règles de l’entreprise.\n"))

        var coached = Self.files(approval: "required")
        coached["decisions.csv"] =
            "employee_id,month,decision,decided_by,decided_on,reason\n"
            + "E1,2026-10,coach,Sofia Rossi (RH),2026-11-04,Un premier écart après de bons mois\n"
        let (c, cleanupCoached) = try Self.generate(coached)
        defer { cleanupCoached() }
        let form = try #require(c["interview.md"])
        #expect(form.hasPrefix("# Entretien de coaching\n"), "\(form.prefix(200))")
        #expect(
            form.contains(
                "> Il s’agit d’un entretien de coaching, et non d’un plan d’amélioration\(n): aucun plan n’est établi. "
                    + "Il porte ensemble sur ces résultats et sur ce qui pourrait aider\(n):\n> - Panier moyen\(n): "
                    + "objectif non atteint 3 mois de suite.\n"), "\(form)")
        #expect(c["plan.md"] == nil && c["plan-draft.md"] == nil)
        // A manager's note tied to an indicator carries its name, with French punctuation.
        var noted = Self.files()
        noted["notes.csv"] =
            "employee_id,period,kind,text,category,indicator_id\nE1,2026-10,action,Deux rendez-vous clients par semaine,,basket\n"
        let (withNote, cleanupNoted) = try Self.generate(noted)
        defer { cleanupNoted() }
        #expect(
            try #require(withNote["interview.md"]).contains(
                "\n- Panier moyen\(n): Deux rendez-vous clients par semaine\n"))
        let left = try FrenchWordCheck.left(
            in: form,
            data: [
                "Léa Moreau", "Élodie Fournier", "Commerciale", "Directrice commerciale", "Ventes", "Northwind", "EUR",
            ])
        #expect(left.isEmpty, "\(left.sorted())")
    }

    /// No word of the English templates and sentences is left in a French document, once the
    /// data's own words (names, units) are taken out.
    @Test func noEnglishWordIsLeft() throws {
        let (d, cleanup) = try Self.generate()
        defer { cleanup() }
        let (draft, cleanupDraft) = try Self.generate(Self.files(approval: "required"))
        defer { cleanupDraft() }
        let data = [
            "Léa Moreau", "Élodie Fournier", "Commerciale", "Directrice commerciale", "Ventes", "Northwind", "EUR",
        ]
        for (name, text) in [
            ("plan.md", d["plan.md"]), ("plan.html", d["plan.html"]), ("interview.md", d["interview.md"]),
            ("interview.html", d["interview.html"]), ("plan-draft.md", draft["plan-draft.md"]),
            ("plan-draft.html", draft["plan-draft.html"]),
        ] {
            let text = try #require(text, "\(name)")
            // The draft names the program, its file and HR's decision code as written.
            let left = try FrenchWordCheck.left(in: text, data: data + ["perfplan", "plan.md", "plan.html"])
            #expect(left.isEmpty, "\(name): \(left.sorted())")
        }
        // The XML's text nodes: the sentences, not the schema's element names.
        for name in ["plan.xml", "interview.xml"] {
            let xml = try #require(d[name])
            let nodes = xml.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
            let left = try FrenchWordCheck.left(in: nodes, data: data + ["basket", "service", "fr"])
            #expect(left.isEmpty, "\(name): \(left.sorted())")
        }
    }

    /// `--templates DIR/fr/plan.md.mustache` replaces the French plan, and only it.
    @Test func aFrenchTemplateIsOverriddenInItsSubfolder() throws {
        let data = try CLI.dataDirectory(Self.files())
        let templates = try CLI.temporaryDirectory("perfplan-templates")
        let out = try CLI.temporaryDirectory("perfplan-out")
        defer {
            CLI.cleanup(data)
            CLI.cleanup(templates)
            CLI.cleanup(out)
        }
        let fr = templates.appendingPathComponent("fr")
        try FileManager.default.createDirectory(at: fr, withIntermediateDirectories: true)
        try Data("Plan de {{employee.name}} : {{asOf}}\n".utf8).write(to: fr.appendingPathComponent("plan.md.mustache"))
        let r = try CLI.run([
            "generate", "--data", data.path, "--out", out.path, "--as-of", "2026-10", "--templates", templates.path,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let e1 = out.appendingPathComponent("2026-10/employees/E1")
        #expect(
            try String(contentsOf: e1.appendingPathComponent("plan.md"), encoding: .utf8)
                == "Plan de Léa Moreau : octobre 2026\n")
        #expect(
            try String(contentsOf: e1.appendingPathComponent("interview.md"), encoding: .utf8).hasPrefix(
                "# Entretien de suivi de la performance\n"))
    }

    @Test func rerunsAreByteIdenticalAndEnglishIsUnchanged() throws {
        let (a, cleanupA) = try Self.generate()
        defer { cleanupA() }
        let (b, cleanupB) = try Self.generate()
        defer { cleanupB() }
        #expect(a.keys.sorted() == b.keys.sorted())
        for (name, text) in a { #expect(b[name] == text, "\(name) differs on a rerun") }
        // `en` in the column: English documents, no xml:lang.
        let (en, cleanupEn) = try Self.generate(Self.files(language: "en"))
        defer { cleanupEn() }
        #expect(try #require(en["plan.md"]).hasPrefix("# Performance improvement plan\n"))
        #expect(try #require(en["plan.html"]).contains("<html lang=\"en\">"))
        #expect(try #require(en["plan.xml"]).contains("xml:lang") == false)
    }
}
