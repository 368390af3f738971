import PerfPlanCore

/// The monthly progress report in German. The outcome of a last cycle names the next step
/// neutrally, as the policy's consequence sentences do (contract §7.52).
extension GermanWording: ProgressWording {
    func goalStatus(_ s: GoalStatus) -> String {
        switch s {
        case .achieved: return "Erreicht"
        case .onTrack: return "Im Plan"
        case .behind: return "Im Rückstand"
        case .noData: return "Keine Daten"
        }
    }
    var onTrackButLate: String { "In diesem Monat im Plan, bei diesem Tempo aber zu spät für den Termin" }

    func projection(_ p: Projection) -> String {
        switch p {
        case .reached: return "Erwarteter Stand erreicht"
        case .projected(let m, let onTime, _):
            return "Beim bisherigen Tempo erreicht im \(month(m))"
                + (onTime ? " — rechtzeitig zum Termin" : " — nach dem Termin")
        case .notReached: return "Beim bisherigen Tempo nicht auf Kurs"
        case .insufficientData: return "Noch nicht genug Ergebnisse für eine Prognose"
        }
    }

    func outcomeWord(_ d: PlanDecision) -> String {
        switch d {
        case .succeeded: return "Erfolgreich"
        case .extend: return "Verlängert"
        case .escalate: return "Eskaliert"
        }
    }

    func decisionText(_ d: PlanDecision, cycle: Int, maxCycles: Int) -> String {
        switch d {
        case .succeeded:
            return
                "Jedes Ziel hat seinen erwarteten Stand erreicht: Der Plan wird als Erfolg abgeschlossen. Würdigen Sie das — es ist verdient."
        case .extend:
            return
                "Nicht jedes Ziel hat bis zum Ende des Plans seinen erwarteten Stand erreicht; der Plan wird daher verlängert: "
                + "Für Zyklus \(cycle + 1) von \(maxCycles) wird ein neuer Plan vereinbart."
        case .escalate:
            return
                "Nicht jedes Ziel hat im letzten zulässigen Zyklus (\(cycle) von \(maxCycles)) seinen erwarteten Stand erreicht; "
                + "die Angelegenheit geht daher an HR, das zu einem Gespräch über die weiteren Schritte nach den Richtlinien des Unternehmens einlädt."
        }
    }

    func stepsAfter(
        _ d: PlanDecision, name: String, manager: String?, cycle: Int, maxCycles: Int, open: [String],
        achieved: [String]
    ) -> [String] {
        let manager = manager ?? "der zuständigen Führungskraft"
        switch d {
        case .succeeded:
            return [
                "Würdigen Sie das Ergebnis mit \(name) in der abschließenden Besprechung; der Plan wird geschlossen.",
                "Halten Sie den erreichten Stand: Er wird ab jetzt in den regulären Besprechungen verfolgt.",
            ]
        case .extend:
            return [
                "Für Zyklus \(cycle + 1) von \(maxCycles) wird ein neuer Plan vereinbart: \(name) und \(manager) bereiten ihn in der abschließenden Besprechung vor."
            ]
                + open.map { "\($0) — vereinbaren Sie angepasste Etappen und Unterstützung für den neuen Zyklus." }
                + achieved.map { "\($0): erwarteter Stand erreicht — halten Sie ihn." }
        case .escalate:
            return ["HR vereinbart das Gespräch mit \(name) und \(manager); bringen Sie diesen Bericht mit."]
                + open.map { "\($0)." }
        }
    }

    func goalGap(name: String, actual: String?, expected: String, month m: Month) -> String {
        guard let actual else { return "\(name): kein Ergebnis erfasst für \(month(m)), erwartet \(expected)" }
        return "\(name): \(actual) bei erwarteten \(expected)"
    }
    func reachedExpected(name: String, actual: String, expected: String) -> String {
        "\(name): \(actual) erreicht den erwarteten Stand von \(expected)."
    }
    func reachedMilestone(name: String, actual: String, milestone: String, higherIsBetter: Bool) -> String {
        higherIsBetter
            ? "\(name): \(actual) erreicht die Etappe dieses Monats von \(milestone)."
            : "\(name): \(actual) liegt innerhalb der Etappe dieses Monats von höchstens \(milestone)."
    }
    func regression(name: String, actual: String, start: String) -> String {
        "\(name): \(actual) ist schlechter als die \(start), von denen der Plan ausging. Sprechen Sie darüber, was sich geändert hat."
    }
    func holdLevel(name: String) -> String { "\(name): den erreichten Stand halten." }
    func keepGoing(name: String, next: String) -> String { "\(name): weiter so; nächste Etappe \(next)." }
    func reviewOne(name: String, next: String) -> String {
        "\(name): Maßnahmen und Unterstützung im nächsten Zwischengespräch überprüfen; als Nächstes \(next)."
    }
    func reviewMany(names: [String], nexts: [String]) -> String {
        "Maßnahmen und Unterstützung im nächsten Zwischengespräch überprüfen für \(list(names)); als Nächstes: \(nexts.joined(separator: ", "))."
    }
    func noResultStep(name: String, month m: Month) -> String {
        "\(name): kein Ergebnis erfasst für \(month(m)); fragen Sie bei der zuständigen Stelle für die Daten nach."
    }
    func nextMilestone(value: String?, month m: Month, expected: String, deadline d: Day) -> String {
        guard let value else { return "die erwarteten \(expected) bis \(deadline(d))" }
        return "\(value) im \(month(m))"
    }
    func lastCycleWarning(cycle: Int, maxCycles: Int, end: Month) -> String {
        "Dies ist der letzte zulässige Planzyklus (\(cycle) von \(maxCycles)), und jedes Ziel ist im Rückstand: Bleibt es bis Ende \(month(end)) "
            + "dabei, geht die Angelegenheit an HR. Beziehen Sie HR jetzt ein, nicht erst in der abschließenden Besprechung."
    }
    func progressPageHead(name: String, id: String, month m: Month, planAsOf: Month) -> String {
        "\(name) (\(id)) · Fortschritt im \(month(m)) · Plan vom \(month(planAsOf))"
    }
    func progressChartTitle(indicator: String) -> String { "\(indicator): Ist-Werte gegenüber dem geplanten Verlauf" }
    func deadline(_ d: Day) -> String { d.day == d.monthValue.dayCount ? "Ende \(month(d.monthValue))" : day(d) }

    func party(_ p: SigningParty) -> String {
        switch p {
        case .employee: return "Mitarbeiter/in"
        case .manager: return "Führungskraft"
        case .hr: return "HR"
        }
    }
    func signature(_ s: PlanSignatures.State) -> String {
        switch s {
        case .signed(let on): return "unterschrieben am \(day(on))"
        case .declined(let on, let witness):
            return "Unterschrift verweigert am \(day(on))" + (witness.map { " — Zeuge/Zeugin: \($0)" } ?? "")
        case .awaited(let since, let days):
            return "ausstehend seit \(day(since)) (\(days) \(days == 1 ? "Tag" : "Tage"))"
        }
    }
}
