import PerfPlanCore

/// French: formal address ("vous"), the plain tone of the English documents, CLDR fr
/// figures (`1 250,5 EUR` grouped with U+202F, `96,9 %` with U+00A0) and dates
/// (`31 janvier 2027`, `1er janvier 2027`). French typography: a no-break space before a
/// colon (`FrenchWording.colon`), a narrow no-break space before `;`, `!` and `?`
/// (`FrenchWording.semicolon`), `« »` with no-break spaces inside, the typographic
/// apostrophe, lists `A, B et C`.
struct FrenchWording: Wording {
    var language: Language { .fr }
    var figures: LocalFigures { .french }
    private var f: LocaleFormat { .french }

    /// " :" with U+00A0: the colon's space that never ends a line.
    static let colon = "\u{00A0}:"
    /// " ;" with U+202F: the semicolon's narrow space (also `!` and `?`).
    static let semicolon = "\u{202F};"
    private var colon: String { Self.colon }
    private var semicolon: String { Self.semicolon }

    // MARK: Dates and months

    // Months and dates: `Wording`'s, from `LocaleFormat.french` (`31 janvier 2027`); a
    // period as a label (a table cell) `août–octobre 2026`, in running text `span`.

    /// `A`, `A et B`, `A, B et C` (no comma before "et").
    func list(_ items: [String]) -> String { listed(items) { _ in " et " } }
    func endOf(_ m: Month) -> String { "Fin \(month(m))" }
    func byEndOf(_ m: Month) -> String { "d’ici fin \(month(m))" }

    /// "de" before a month, elided before a vowel: `de novembre 2026`, `d’octobre 2026`.
    func of(_ m: Month) -> String { Self.elide("de", month(m)) }
    /// A period in running text: `d’août à octobre 2026`, `de novembre 2025 à janvier 2026`,
    /// `d’octobre 2026` for a single month.
    func span(from first: Month, to last: Month) -> String {
        if first == last { return of(first) }
        let start = first.year == last.year ? f.monthNames[first.month - 1] : month(first)
        return Self.elide("de", start) + " à " + month(last)
    }
    /// `de` or `d’` before `word` (French elides before a vowel; the month names that start
    /// with one are avril, août and octobre).
    static func elide(_ preposition: String, _ word: String) -> String {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y", "â", "é", "è", "ê", "î", "ô", "û", "h"]
        guard let first = word.lowercased().first, vowels.contains(first) else { return preposition + " " + word }
        return preposition.dropLast() + "’" + word
    }

    // MARK: Labels

    func status(_ s: Status?) -> String {
        switch s {
        case .met: return "Atteint"
        case .atRisk: return "À risque"
        case .missed: return "Non atteint"
        case nil: return "Pas de données"
        }
    }
    var noRating: String { "Pas d’appréciation (aucun résultat ce mois-ci)" }
    var defaultRatingLabels: [String] {
        [
            "Dépasse les attentes", "Répond aux attentes", "Répond partiellement aux attentes",
            "En deçà des attentes",
        ]
    }
    var fewPeersCell: String { "Trop peu de collègues pour comparer" }
    func pageHead(name: String, id: String, asOf: Month, generated: Day) -> String {
        "\(name) (\(id)) · résultats \(of(asOf)) · établi le \(day(generated))"
    }
    func checkinKind(formal: Bool, reviewOf: Month?) -> String {
        guard formal else { return "Point d’étape" }
        return reviewOf.map { "Bilan formel des résultats \(of($0))" } ?? "Bilan formel"
    }
    func chartTitle(indicator: String, months: Int) -> String {
        "\(indicator)\(colon) les \(months) derniers mois, réalisé et objectif"
    }

    // MARK: Sentences

    /// - composite: "Globalement, tous indicateurs confondus, les résultats sont restés en
    ///   dessous de 85 % de l’attendu chaque mois d’août à octobre 2026 (78 %, 80 % et 79 %)."
    /// - streak: "Revenue : objectif non atteint 3 mois de suite."
    /// - critical: "Revenue, indicateur critique : objectif non atteint en octobre 2026."
    func reason(_ reason: Reason, asOf: Month, name: (String) -> String) -> String {
        switch reason {
        case .compositeBelow(let threshold, let months, let composites):
            let when =
                months.count == 1
                ? "en \(month(months[0]))" : "chaque mois \(span(from: months.first!, to: months.last!))"
            let figures = list(composites.map { self.figures.percent($0) })
            return
                "Globalement, tous indicateurs confondus, les résultats sont restés en dessous de "
                + "\(self.figures.percent(threshold)) de l’attendu \(when) (\(figures))."
        case .missStreak(_, let streaks):
            // Each clause starts with an indicator's name, which keeps its own case.
            return streakGroups(streaks, name: name).map { months, names in
                names.count == 1
                    ? "\(names[0])\(colon) objectif non atteint \(months) mois de suite"
                    : "\(list(names))\(colon) objectifs non atteints \(months) mois de suite"
            }.joined(separator: "\(semicolon) ") + "."
        case .criticalMissed(let ids):
            let names = list(ids.map(name))
            return ids.count == 1
                ? "\(names), indicateur critique\(colon) objectif non atteint en \(month(asOf))."
                : "\(names), indicateurs critiques\(colon) objectifs non atteints en \(month(asOf))."
        }
    }

    static let ordinals = [
        "premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième",
        "neuvième", "dixième",
    ]
    /// `premier` … `dixième`, then `11e`.
    func ordinal(_ n: Int) -> String { ordinal(n, words: Self.ordinals) { "\($0)e" } }

    func outcome(_ o: PlanOutcome) -> String {
        switch o {
        case .succeeded: return "s’est conclu par une réussite"
        case .extended: return "a été prolongé"
        case .escalated: return "a été transmis aux RH"
        case .closed: return "a été clos"
        case .active: return "n’a pas encore de résultat enregistré"
        }
    }

    /// "C’est votre deuxième plan. Le premier s’est déroulé de janvier à mars 2026 et a été prolongé."
    func earlierPlans(_ earlier: [PlanRecord], cycle: Int, planNow: Bool) -> String {
        earlierPlansText(
            earlier, planNow: planNow, thisIs: "C’est votre \(ordinal(cycle)) plan.",
            label: "Plans précédents\(colon) ",
            separator: "\(semicolon) "
        ) {
            "le \(ordinal($0.cycle)) s’est déroulé \(span(from: $0.start, to: $0.end)) et \(outcome($0.outcome))"
        }
    }

    /// "130 000 EUR pour un objectif de 200 000 EUR (65 % de l’objectif), 70 000 EUR en
    /// dessous de l’objectif, non atteint 3 mois de suite ; 232 000 EUR en dessous de la
    /// moyenne de la fonction (350 000 EUR) ; moyenne des 3 meilleurs mois : 230 000 EUR."
    /// The clauses and decimals of the English sentence (`EmployeeView.evidence`).
    func evidence(_ row: EmployeeDocument.Row) -> String {
        guard let e = evidenceFigures(row) else { return "Aucun résultat n’est enregistré pour ce mois." }
        var s = "\(e.actual) pour un objectif de \(e.target) ("
        switch e.attainment {
        case .ofTarget(let percent): s += "\(percent) de l’objectif)"
        case .notPast(let threshold, let higher):
            s +=
                "\(higher ? "pas au-dessus de" : "pas en dessous de") \(threshold), "
                + "seuil à partir duquel la progression vers l’objectif est comptée)"
        case .wayFrom(let percent, let threshold): s += "\(percent) du chemin entre \(threshold) et l’objectif)"
        }
        if let off = e.off { s += ", \(off.amount) \(off.below ? "en dessous de" : "au-dessus de") l’objectif" }
        if let months = e.streak { s += ", non atteint \(months) mois de suite" }
        switch e.peers {
        case .withheld: s += "\(semicolon) trop peu de personnes dans cette fonction pour une comparaison"
        case .differ(let amount, let above, let mean):
            s +=
                "\(semicolon) \(amount) \(above ? "au-dessus de" : "en dessous de") la moyenne de la fonction (\(mean))"
        case .same: break
        }
        if let best3 = e.best3 { s += "\(semicolon) moyenne des 3 meilleurs mois\(colon) \(best3)" }
        return s + "."
    }

    /// "en hausse d’environ 5 000 EUR par mois (amélioration)", "en baisse d’environ 0,4
    /// points de pourcentage par mois", "stable": the rounding and verdict of `Labels.trend`.
    func trend(_ ir: IndicatorResult, _ indicator: Indicator, months: Int, horizon: Int) -> String {
        switch trendClause(ir, indicator, months: months, horizon: horizon) {
        case .none: return "—"
        case .steady: return "stable"
        case .change(let amount, let rising, _, let improving):
            return "en \(rising ? "hausse" : "baisse") d’environ \(amount) par mois"
                + (improving.map { $0 ? " (amélioration)" : " (dégradation)" } ?? "")
        }
    }

    /// "Retard du rapport : compté de 5 jours (0 %) jusqu’à l’objectif de 0 jours (100 %) ;
    /// plus la valeur est basse, mieux c’est."
    func scaleNote(_ ir: IndicatorResult, _ indicator: Indicator) -> String {
        let zero = figures.format.percent(0, decimals: 0)
        let hundred = figures.format.percent(100, decimals: 0)
        return "\(indicator.name)\(colon) compté de \(figures.value(ir.threshold, indicator)) (\(zero)) jusqu’à "
            + "l’objectif de \(figures.value(ir.target, indicator)) (\(hundred))"
            + (indicator.direction == .lower ? "\(semicolon) plus la valeur est basse, mieux c’est." : ".")
    }

    /// "Revenue : 219 000 EUR pour un objectif de 200 000 EUR".
    func metSentence(_ row: EmployeeDocument.Row) -> String {
        "\(row.indicator.name)\(colon) \(figures.value(row.result.actual, row.indicator)) pour un objectif de "
            + figures.value(row.result.target, row.indicator)
    }

    /// "moyenne d’août à octobre 2026", "résultat d’octobre 2026", "moyenne de juin 2026,
    /// août 2026 et octobre 2026".
    func currentBasis(_ months: [Month]) -> String {
        guard let first = months.first, let last = months.last else { return "" }
        if months.count == 1 { return "résultat \(of(first))" }
        if last - first == months.count - 1 { return "moyenne \(span(from: first, to: last))" }
        return "moyenne " + Self.elide("de", list(months.map(month)))
    }

    /// "L’objectif est relevé à 210 000 EUR à partir de novembre 2026 (200 000 EUR en
    /// octobre 2026) ; le niveau attendu est le nouvel objectif."
    func targetChange(_ g: EmployeeDocument.GoalRow) -> String? {
        guard let from = g.targetChange else { return nil }
        let ind = g.row.indicator
        let now = g.row.result.target
        return
            "L’objectif est \(g.goal.expected > now ? "relevé" : "abaissé") à \(figures.value(g.goal.expected, ind)) "
            + "à partir \(of(from)) (\(figures.value(now, ind)) en \(month(from - 1)))\(semicolon) "
            + "le niveau attendu est le nouvel objectif."
    }

    func weightShare(_ share: Double) -> String {
        "Cet indicateur compte pour \(figures.percent(share)) du résultat global."
    }

    func focusNote(_ others: [String], maxFocus n: Int) -> String {
        "Également en dessous de l’objectif, sans faire partie des objectifs de ce plan\(colon) \(list(others)). "
            + "Un plan se concentre sur \(n) \(n == 1 ? "domaine" : "domaines") au plus, là où l’écart pèse le plus "
            + "dans le résultat global."
    }

    /// "Revenue (EUR), relevé chaque mois dans CRM ; une valeur plus élevée est meilleure".
    func measure(_ indicator: Indicator, dataSource: String?) -> String {
        "\(indicator.name) (\(figures.unit(indicator) ?? "valeur")), relevé chaque mois"
            + (dataSource.map { " dans \($0)" } ?? "")
            + "\(semicolon) une valeur plus \(indicator.direction == .higher ? "élevée" : "basse") est meilleure"
    }

    func decisionNote(_ disposition: Disposition) -> String? {
        switch disposition {
        case .proposal(let conflicts):
            let base =
                "Proposition soumise à la décision des RH\(colon) ce document n’est pas un plan tant que les RH n’ont pas "
                + "décidé de l’établir."
            guard !conflicts.isEmpty else { return base }
            return base + " Il ne pourra être établi qu’une fois enregistré le résultat "
                + list(conflicts.map { "du cycle \($0.cycle) (\(months(from: $0.start, to: $0.end)))" }) + "."
        // As the English note: a plan the register recorded as issued by policy is automatic.
        case .issued(let d?) where !disposition.isByPolicy:
            return "Établi sur décision de \(d.decidedBy) le \(day(d.decidedOn))"
                + (d.reason.map { "\(colon) \($0)" } ?? ".")
        case .issued: return "Établi automatiquement selon les règles de l’entreprise."
        case .coach(let d):
            return
                "Un coaching plutôt qu’un plan, décidé par \(d.decidedBy) le \(day(d.decidedOn))\(colon) \(d.reason ?? "")"
        case .deferred(let d):
            return
                "Décision reportée au mois suivant par \(d.decidedBy) le \(day(d.decidedOn))\(colon) \(d.reason ?? "")"
        case .dismissed(let d):
            return "Aucune mesure, décidé par \(d.decidedBy) le \(day(d.decidedOn))\(colon) \(d.reason ?? "")"
        case .none, .inForce: return nil
        }
    }

    var defaultConsequenceExtend: String {
        "À défaut, le plan pourra être prolongé d’un cycle, et les objectifs seront revus ensemble."
    }
    var defaultConsequenceFinal: String {
        "Si les objectifs ne sont pas atteints, les RH décideront de la suite, conformément aux règles de l’entreprise."
    }

    // MARK: The interview form

    /// "0 sur 3 en octobre 2026 (1 à risque, 2 non atteints)", "Aucun résultat enregistré
    /// pour octobre 2026", "Aucun objectif pour octobre 2026".
    func targetsMet(_ c: TargetCount, in m: Month) -> String {
        if c.indicators == 0 { return "Aucun objectif pour \(month(m))" }
        if c.noData == c.indicators { return "Aucun résultat enregistré pour \(month(m))" }
        return "\(c.met) sur \(c.indicators) en \(month(m))"
            + counts([
                (c.atRisk, "à risque"), (c.missed, c.missed == 1 ? "non atteint" : "non atteints"),
                (c.noData, "sans résultat"),
            ])
    }

    /// "3 mois sur 3", "1 mois sur 1".
    func monthsOnTarget(met: Int, of months: Int) -> String { "\(met) mois sur \(months)" }

    /// "l’objectif de 200 000 EUR est atteint avec 219 000 EUR, mais c’est 131 000 EUR en
    /// dessous de la moyenne de la fonction (350 000 EUR)."
    func observation(_ ir: IndicatorResult, _ ind: Indicator) -> String {
        let diff = figures.difference(abs((ir.actual ?? 0) - (ir.peerMean ?? 0)), ind)
        return
            "l’objectif de \(figures.value(ir.target, ind)) est atteint avec \(figures.value(ir.actual, ind)), mais c’est \(diff) "
            + "\(ind.direction == .higher ? "en dessous de" : "au-dessus de") la moyenne de la fonction "
            + "(\(figures.value(ir.peerMean, ind)))"
            + (ind.direction == .higher ? "." : ", et une valeur plus basse est meilleure.")
    }

    /// "en août 2026, en dessous de l’objectif (180 000 EUR pour 200 000 EUR)".
    func earlierMiss(atRisk: Bool, month m: Month, actual: String, target: String) -> String {
        "en \(month(m)), \(atRisk ? "à risque" : "en dessous de l’objectif") (\(actual) pour \(target))"
    }

    /// "Revenue : en août 2026, … ; en septembre 2026, …".
    func namedClauses(_ name: String, _ clauses: [String]) -> String {
        "\(name)\(colon) \(clauses.joined(separator: "\(semicolon) "))"
    }

    /// "153 333 EUR en novembre 2026, 210 000 EUR d’ici fin janvier 2027".
    func goalObjective(first: String, start: Month, expected: String, deadline: Month) -> String {
        "\(first) en \(month(start)), \(expected) \(byEndOf(deadline))"
    }

    /// "90 % ou mieux en novembre 2026".
    func keepObjective(target: String, start: Month) -> String { "\(target) ou mieux en \(month(start))" }

    func nextMeetingPurpose(flagged: Bool, formal: Bool, reviewOf: Month?, asOf: Month) -> String {
        if flagged {
            return (formal ? "le premier bilan formel du plan" : "le premier point d’étape du plan")
                + (reviewOf.map { ", consacré aux résultats \(of($0))" } ?? "")
        }
        return
            "le prochain entretien de suivi, consacré aux résultats \(span(from: asOf + 1, to: reviewOf ?? asOf + 1))"
    }

    /// "atteindre 1500 d’ici le 2027-01-31", "égal ou meilleur que 1000 en 2026-11" (machine figures).
    var xmlObjectiveWords: (reach: String, by: String, atOrBetter: String, in: String) {
        ("atteindre ", " d’ici le ", "égal ou meilleur que ", " en ")
    }
}
