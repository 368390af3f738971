import PerfPlanCore

/// HR's views in French: the worksheet, the index and its review list, the progress summary
/// and the calibration report, in the plain register of the French documents
/// (`FrenchWording`), with their figures, dates and typography (a no-break space before
/// `:`, a narrow one before `;`, `« »` with no-break spaces inside). "Flagged for an
/// improvement plan" is "signalé pour un plan d’amélioration" throughout, its rate the
/// "taux de signalement".
struct FrenchHRWording: HRWording {
    private let w = FrenchWording()
    var documents: any ProgressWording { w }
    private var colon: String { FrenchWording.colon }
    private var semicolon: String { FrenchWording.semicolon }
    private func quoted(_ s: String) -> String { "«\u{00A0}\(s)\u{00A0}»" }

    // MARK: The worksheet

    func outcome(_ o: PlanOutcome) -> String {
        switch o {
        case .succeeded: return "Réussi"
        case .extended: return "Prolongé"
        case .escalated: return "Transmis aux RH"
        case .closed: return "Clos"
        case .active: return "Aucun résultat enregistré"
        }
    }

    /// - composite: "Score global inférieur à 0,85 chaque mois d’août à octobre 2026 : 0,76 ; 0,74 ; 0,69."
    /// - streak: "Chiffre d’affaires : objectif non atteint 3 mois de suite (limite fixée par les règles : 3 mois)."
    /// - critical: "Chiffre d’affaires, indicateur critique : objectif non atteint en octobre 2026."
    func trigger(_ reason: Reason, asOf: Month, name: (String) -> String) -> String {
        let v = w.figures
        switch reason {
        case .compositeBelow(let threshold, let months, let composites):
            let when =
                months.count == 1
                ? "en \(w.month(months[0]))" : "chaque mois \(w.span(from: months.first!, to: months.last!))"
            let values = composites.map { v.number($0, decimals: 2) }.joined(separator: "\(semicolon) ")
            return "Score global inférieur à \(v.number(threshold, decimals: 2)) \(when)\(colon) \(values)."
        case .missStreak(let limit, let streaks):
            var lengths: [Int] = []
            for s in streaks where !lengths.contains(s.months) { lengths.append(s.months) }
            let clauses = lengths.sorted(by: >).map { months -> String in
                let names = streaks.filter { $0.months == months }.map { name($0.indicatorId) }
                return names.count == 1
                    ? "\(names[0])\(colon) objectif non atteint \(months) mois de suite"
                    : "\(w.list(names))\(colon) objectifs non atteints \(months) mois de suite"
            }
            return clauses.joined(separator: "\(semicolon) ") + " (limite fixée par les règles\(colon) \(limit) mois)."
        case .criticalMissed(let ids):
            let names = w.list(ids.map(name))
            return ids.count == 1
                ? "\(names), indicateur critique\(colon) objectif non atteint en \(w.month(asOf))."
                : "\(names), indicateurs critiques\(colon) objectifs non atteints en \(w.month(asOf))."
        }
    }

    func caution(_ c: Caution) -> String {
        let v = w.figures
        switch c {
        case .ratedWell(let rating, let composite):
            return
                "Appréciation \(quoted(rating)) (\(v.percent(composite)) au total)\(colon) le résultat global se situe dans la tranche médiane ou au-dessus."
        case .noteOnTriggerMonth(let indicator, let month, let note):
            return "\(indicator), \(w.month(month))\(colon) le résultat porte la note \(quoted(note))."
        case .goalAboveBest3(let indicator, let expected, let best3):
            return
                "\(indicator)\(colon) l’objectif de \(expected) dépasse la moyenne des 3 meilleurs mois de la personne (\(best3))."
        case .littleData(let months, let of, let first):
            let since = first.map { ", le premier en \(w.month($0))" } ?? ""
            return "Résultats pour seulement \(months) des \(of) mois sur lesquels reposent les références\(since)."
        case .recentlyHired(let day):
            return "Embauche le \(w.day(day)), pendant la période examinée."
        case .historyConflict(let cycle, let start, let end, let row):
            let how: String
            if let row, row != .synthetic {
                how =
                    "Indiquez son résultat (succeeded, extended, escalated ou closed) dans les données des plans (\(row))"
            } else {
                how =
                    "Produisez le rapport de suivi \(w.of(end)), qui l’enregistre, ou clôturez le plan avec "
                    + "perfplan plans close s’il a été retiré"
            }
            return
                "Le cycle \(cycle) du plan (\(w.months(from: start, to: end))) est terminé, mais son résultat n’a jamais "
                + "été enregistré\(semicolon) aucun nouveau plan ne peut être établi tant qu’il ne l’est pas. \(how)."
        case .onlyFocusDoesNotTrigger(let indicator):
            return "Le seul axe du plan est \(indicator), un indicateur marqué comme ne déclenchant pas de plan."
        }
    }

    func compositeRule(below: Double?, months: Int) -> String {
        guard let below else { return "le score global (ce critère est désactivé)" }
        return "un score global inférieur à \(w.figures.number(below, decimals: 2)) "
            + (months == 1 ? "le dernier mois" : "chacun des \(months) derniers mois")
    }
    func streakRule(_ months: Int?) -> String {
        guard let months else { return "une série de mois non atteints (ce critère est désactivé)" }
        return "un indicateur dont l’objectif n’est pas atteint \(months) mois de suite"
    }
    func criticalRule(_ on: Bool) -> String {
        on
            ? "un indicateur critique dont l’objectif n’est pas atteint ce mois-ci"
            : "un indicateur critique non atteint (ce critère est désactivé)"
    }
    func band(_ label: String, from: Double) -> String {
        "\(quoted(label)) à partir de \(w.figures.number(from, decimals: 2))"
    }
    func currentInputs(_ items: [(value: String, month: Month)]) -> String {
        w.list(items.map { "\($0.value) (\(w.shortMonth($0.month)))" })
    }

    // MARK: The index and its review list

    func decisionSummary(proposals: Int, issued: Int) -> String {
        let waiting: String
        switch proposals {
        case 0: waiting = "Aucune proposition n’attend de décision"
        case 1:
            waiting =
                "1 proposition attend une décision (review.csv la reprend, prête à compléter et à enregistrer sous decisions.csv)"
        default:
            waiting =
                "\(proposals) propositions attendent une décision (review.csv les reprend, prêtes à compléter et à enregistrer sous decisions.csv)"
        }
        let plans: String
        switch issued {
        case 0: plans = "aucun plan établi"
        case 1: plans = "1 plan établi"
        default: plans = "\(issued) plans établis"
        }
        return "\(waiting)\(semicolon) \(plans)."
    }
    func cycle(_ cycle: Int, of maxCycles: Int) -> String {
        cycle > maxCycles ? "\(cycle), au-delà de \(maxCycles)" : "\(cycle) sur \(maxCycles)"
    }
    func dispositionLabel(_ d: Disposition) -> String {
        switch d {
        case .none: return ""
        case .inForce(let p): return "plan en cours (cycle \(p.cycle) jusqu’en \(w.month(p.end)))"
        case .proposal(let c): return c.isEmpty ? "proposition" : "proposition, bloquée"
        case .issued: return d.isByPolicy ? "plan établi selon les règles" : "plan établi"
        case .coach: return "coaching"
        case .deferred: return "reporté"
        case .dismissed: return "écarté"
        }
    }
    func dispositionWords(_ d: Disposition) -> String {
        switch d {
        case .none: return "—"
        case .inForce(let p): return "plan en cours jusqu’en \(w.month(p.end))"
        case .proposal(let c):
            return c.isEmpty ? "proposition en attente des RH" : "bloqué\(colon) conflit dans l’historique des plans"
        case .issued: return "plan établi"
        case .coach: return "coaching"
        case .deferred: return "reporté"
        case .dismissed: return "écarté"
        }
    }
    func overallReason(below: Double, months: Int) -> String {
        "global\(colon) sous \(w.figures.number(below, decimals: 2)) depuis \(months) mois"
    }
    func streakReason(_ name: String, months: Int) -> String { "série\(colon) \(name) (\(months) mois)" }
    func criticalReason(_ name: String) -> String { "critique\(colon) \(name)" }
    var reasonSeparator: String { "\u{202F}; " }
    var noManager: String { "Aucun responsable enregistré" }
    func documentName(_ kind: String) -> String {
        switch kind {
        case "plan": return "Plan"
        case "plan-draft": return "Projet de plan"
        case "interview": return "Formulaire d’entretien"
        case "worksheet": return "Fiche de calcul"
        default: return kind
        }
    }
    var xmlData: String { "données XML" }

    // MARK: The progress summary

    func reportLink(_ format: DocumentFormat) -> String { "rapport (\(format.rawValue))" }
    func partyInProse(_ p: SigningParty) -> String { w.party(p) }

    // MARK: The calibration report

    func finding(higher: Bool, rate: String, restRate: String, p: String) -> String {
        "\(higher ? "plus élevé" : "plus faible") que dans le reste de l’organisation (\(rate) contre \(restRate), p = \(p))"
    }
    var noOneToCompare: String { "personne d’autre dans le périmètre à qui comparer" }
    var noRatingColumn: String { "sans appréciation" }
    func markedSummary(departments: Int, of allDepartments: Int, managers: Int, of allManagers: Int) -> String {
        func part(_ n: Int, _ all: Int, _ one: String, _ many: String) -> String {
            (n == 0 ? "aucun" : String(n)) + " sur \(all) " + (all == 1 ? one : many)
        }
        return "Marqués\(colon) " + part(departments, allDepartments, "service", "services") + ", "
            + part(managers, allManagers, "responsable", "responsables") + "."
    }
    func chartNote(drawn: Int, of all: Int) -> String {
        "Le graphique montre les \(drawn) responsables dont le taux diffère\(semicolon) les \(all) figurent dans le tableau ci-dessous."
    }
    var chartTitle: String { "Taux de signalement par responsable" }
    func chartDescription(organisationRate: String) -> String {
        "Une barre par responsable\(colon) la part de son équipe signalée pour un plan d’amélioration\(semicolon) la ligne "
            + "pointillée est le taux de l’organisation, \(organisationRate). Le tableau ci-dessous donne les mêmes chiffres."
    }
    var organisationLine: String { "organisation" }
}
