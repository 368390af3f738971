import PerfPlanCore

/// The monthly progress report in French. The outcome of a last cycle names the next step
/// neutrally, as the policy's consequence sentences do (contract §7.52).
extension FrenchWording: ProgressWording {
    func goalStatus(_ s: GoalStatus) -> String {
        switch s {
        case .achieved: return "Atteint"
        case .onTrack: return "En bonne voie"
        case .behind: return "En retard"
        case .noData: return "Pas de données"
        }
    }
    var onTrackButLate: String { "En bonne voie ce mois-ci, mais en retard sur l’échéance à ce rythme" }

    func projection(_ p: Projection) -> String {
        switch p {
        case .reached: return "Niveau attendu atteint"
        case .projected(let m, let onTime, _):
            return "À ce rythme, atteint en \(month(m))" + (onTime ? " — dans les délais" : " — après l’échéance")
        case .notReached: return "Pas en voie d’être atteint à ce rythme"
        case .insufficientData: return "Pas encore assez de résultats pour une prévision"
        }
    }

    func outcomeWord(_ d: PlanDecision) -> String {
        switch d {
        case .succeeded: return "Réussite"
        case .extend: return "Prolongation"
        case .escalate: return "Transmission aux RH"
        }
    }

    func decisionText(_ d: PlanDecision, cycle: Int, maxCycles: Int) -> String {
        switch d {
        case .succeeded:
            return
                "Chaque objectif a atteint son niveau attendu\(Self.colon) le plan se conclut par une réussite. "
                + "Saluez-la — elle est méritée."
        case .extend:
            return
                "Certains objectifs n’ont pas atteint leur niveau attendu à la fin du plan, qui est donc prolongé\(Self.colon) "
                + "un nouveau plan sera convenu pour le cycle \(cycle + 1) sur \(maxCycles)."
        case .escalate:
            return
                "Certains objectifs n’ont pas atteint leur niveau attendu lors du dernier cycle autorisé (\(cycle) sur \(maxCycles))"
                + "\(Self.semicolon) le dossier est donc transmis aux RH, qui proposent un entretien sur la suite à donner, "
                + "conformément aux règles de l’entreprise."
        }
    }

    func stepsAfter(
        _ d: PlanDecision, name: String, manager: String?, cycle: Int, maxCycles: Int, open: [String],
        achieved: [String]
    ) -> [String] {
        let manager = manager ?? "son ou sa responsable"
        switch d {
        case .succeeded:
            return [
                "Saluez le résultat avec \(name) lors du bilan final\(Self.semicolon) le plan est clos.",
                "Maintenez les niveaux atteints\(Self.colon) ils sont désormais suivis dans les entretiens habituels.",
            ]
        case .extend:
            return [
                "Un nouveau plan sera convenu pour le cycle \(cycle + 1) sur \(maxCycles)\(Self.colon) \(name) et \(manager) "
                    + "le préparent lors du bilan final."
            ]
                + open.map { "\($0) — convenez de jalons révisés et du soutien nécessaire pour le nouveau cycle." }
                + achieved.map { "\($0)\(Self.colon) niveau attendu atteint — maintenez-le." }
        case .escalate:
            return ["Les RH organisent l’entretien avec \(name) et \(manager)\(Self.semicolon) apportez ce rapport."]
                + open.map { "\($0)." }
        }
    }

    func goalGap(name: String, actual: String?, expected: String, month m: Month) -> String {
        guard let actual else {
            return
                "\(name)\(Self.colon) aucun résultat enregistré pour \(month(m)), pour un niveau attendu de \(expected)"
        }
        return "\(name)\(Self.colon) \(actual) pour un niveau attendu de \(expected)"
    }
    func reachedExpected(name: String, actual: String, expected: String) -> String {
        "\(name)\(Self.colon) \(actual) atteint le niveau attendu de \(expected)."
    }
    func reachedMilestone(name: String, actual: String, milestone: String, higherIsBetter: Bool) -> String {
        higherIsBetter
            ? "\(name)\(Self.colon) \(actual) atteint le jalon de ce mois, \(milestone)."
            : "\(name)\(Self.colon) \(actual) respecte le jalon de ce mois, \(milestone) au plus."
    }
    func regression(name: String, actual: String, start: String) -> String {
        "\(name)\(Self.colon) \(actual), c’est moins bien que le niveau de départ du plan, \(start). "
            + "Parlez ensemble de ce qui a changé."
    }
    func holdLevel(name: String) -> String { "\(name)\(Self.colon) maintenez le niveau atteint." }
    func keepGoing(name: String, next: String) -> String {
        "\(name)\(Self.colon) continuez ainsi\(Self.semicolon) visez ensuite \(next)."
    }
    func reviewOne(name: String, next: String) -> String {
        "\(name)\(Self.colon) revoyez les moyens et le soutien au prochain point d’étape\(Self.semicolon) visez ensuite \(next)."
    }
    func reviewMany(names: [String], nexts: [String]) -> String {
        "Revoyez les moyens et le soutien au prochain point d’étape pour \(list(names))\(Self.semicolon) "
            + "prochains jalons\(Self.colon) \(nexts.joined(separator: ", "))."
    }
    func noResultStep(name: String, month m: Month) -> String {
        "\(name)\(Self.colon) aucun résultat enregistré pour \(month(m))\(Self.semicolon) "
            + "renseignez-vous auprès de la personne chargée des données."
    }
    /// "181 667 EUR en décembre 2026", or "les 210 000 EUR attendus d’ici fin janvier 2027".
    func nextMilestone(value: String?, month m: Month, expected: String, deadline d: Day) -> String {
        guard let value else { return "les \(expected) attendus d’ici \(deadline(d))" }
        return "\(value) en \(month(m))"
    }
    func lastCycleWarning(cycle: Int, maxCycles: Int, end: Month) -> String {
        "C’est le dernier cycle de plan autorisé (\(cycle) sur \(maxCycles)) et chaque objectif est en retard\(Self.colon) "
            + "si cela se confirme fin \(month(end)), le dossier sera transmis aux RH. Associez les RH dès maintenant, "
            + "sans attendre le bilan final."
    }
    func progressPageHead(name: String, id: String, month m: Month, planAsOf: Month) -> String {
        "\(name) (\(id)) · avancement \(of(m)) · plan \(of(planAsOf))"
    }
    func progressChartTitle(indicator: String) -> String {
        "\(indicator)\(Self.colon) réalisé par rapport à la trajectoire prévue"
    }
    /// "fin janvier 2027" for a month's last day, else "le 15 janvier 2027": templates
    /// write "d’ici {{deadline}}".
    func deadline(_ d: Day) -> String {
        d.day == d.monthValue.dayCount ? "fin \(month(d.monthValue))" : "le \(day(d))"
    }

    func party(_ p: SigningParty) -> String {
        switch p {
        case .employee: return "Salarié(e)"
        case .manager: return "Responsable"
        case .hr: return "RH"
        }
    }
    func signature(_ s: PlanSignatures.State) -> String {
        switch s {
        case .signed(let on): return "signé le \(day(on))"
        case .declined(let on, let witness):
            return "signature refusée le \(day(on))" + (witness.map { " — témoin\(Self.colon) \($0)" } ?? "")
        case .awaited(let since, let days):
            return "en attente depuis le \(day(since)) (\(days) \(days == 1 ? "jour" : "jours"))"
        }
    }
}
