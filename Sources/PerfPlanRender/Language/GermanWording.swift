import PerfPlanCore

/// German: formal address ("Sie", "Ihr"), the plain tone of the English documents, CLDR
/// de figures (`1.250,5 EUR`, `96,9 %` with a no-break space) and dates (`31. Januar 2027`).
struct GermanWording: Wording {
    var language: Language { .de }
    var figures: LocalFigures { .german }

    // MARK: Dates and months

    // Months and dates: `Wording`'s, from `LocaleFormat.german` (`31. Januar 2027`).

    /// `A`, `A und B`, `A, B und C` (no comma before "und" in German).
    func list(_ items: [String]) -> String { listed(items) { _ in " und " } }
    func endOf(_ m: Month) -> String { "Ende \(month(m))" }
    func byEndOf(_ m: Month) -> String { "bis Ende \(month(m))" }

    // MARK: Labels

    func status(_ s: Status?) -> String {
        switch s {
        case .met: return "Erreicht"
        case .atRisk: return "Gefährdet"
        case .missed: return "Verfehlt"
        case nil: return "Keine Daten"
        }
    }
    var noRating: String { "Keine Bewertung (keine Ergebnisse in diesem Monat)" }
    var defaultRatingLabels: [String] {
        [
            "Übertrifft die Erwartungen", "Erfüllt die Erwartungen", "Erfüllt die Erwartungen teilweise",
            "Unter den Erwartungen",
        ]
    }
    var fewPeersCell: String { "Zu wenige Vergleichspersonen" }
    func pageHead(name: String, id: String, asOf: Month, generated: Day) -> String {
        "\(name) (\(id)) · Ergebnisse Stand \(month(asOf)) · erstellt am \(day(generated))"
    }
    func checkinKind(formal: Bool, reviewOf: Month?) -> String {
        guard formal else { return "Zwischengespräch" }
        return reviewOf.map { "Formelle Besprechung der Ergebnisse für \(month($0))" } ?? "Formelle Besprechung"
    }
    func chartTitle(indicator: String, months: Int) -> String {
        "\(indicator): letzte \(months) Monate, Ist-Wert gegenüber Ziel"
    }

    // MARK: Sentences

    /// - composite: "Insgesamt lagen die Ergebnisse über alle Kennzahlen hinweg in den Monaten
    ///   August–Oktober 2026 jeweils unter 85 % des Erwarteten (78 %, 80 % und 79 %)."
    /// - streak: "Das Ziel bei Umsatz wurde 3 Monate in Folge verfehlt."
    /// - critical: "Das Ziel bei Umsatz (kritische Kennzahl) wurde im Oktober 2026 verfehlt."
    func reason(_ reason: Reason, asOf: Month, name: (String) -> String) -> String {
        switch reason {
        case .compositeBelow(let threshold, let months, let composites):
            let span = self.months(from: months.first!, to: months.last!)
            let when = months.count == 1 ? "im \(span)" : "in den Monaten \(span) jeweils"
            let figures = list(composites.map { self.figures.percent($0) })
            return
                "Insgesamt lagen die Ergebnisse über alle Kennzahlen hinweg \(when) unter \(self.figures.percent(threshold)) "
                + "des Erwarteten (\(figures))."
        case .missStreak(_, let streaks):
            return sentence(
                streakGroups(streaks, name: name).map { months, names in
                    names.count == 1
                        ? "das Ziel bei \(names[0]) wurde \(months) Monate in Folge verfehlt"
                        : "die Ziele bei \(list(names)) wurden \(months) Monate in Folge verfehlt"
                })
        case .criticalMissed(let ids):
            let names = list(ids.map(name))
            return ids.count == 1
                ? "Das Ziel bei \(names) (kritische Kennzahl) wurde im \(month(asOf)) verfehlt."
                : "Die Ziele bei \(names) (kritische Kennzahlen) wurden im \(month(asOf)) verfehlt."
        }
    }

    static let ordinals = [
        "erster", "zweiter", "dritter", "vierter", "fünfter", "sechster", "siebter", "achter", "neunter", "zehnter",
    ]
    /// `erster` … `zehnter`, then `11.`.
    func ordinal(_ n: Int) -> String { ordinal(n, words: Self.ordinals) { "\($0)." } }

    func outcome(_ o: PlanOutcome) -> String {
        switch o {
        case .succeeded: return "wurde als Erfolg abgeschlossen"
        case .extended: return "wurde verlängert"
        case .escalated: return "wurde an die nächste Stufe übergeben"
        case .closed: return "wurde beendet"
        case .active: return "hat noch kein festgehaltenes Ergebnis"
        }
    }

    /// "Dies ist Ihr zweiter Plan. Der erste lief Januar–März 2026 und wurde verlängert."
    func earlierPlans(_ earlier: [PlanRecord], cycle: Int, planNow: Bool) -> String {
        earlierPlansText(
            earlier, planNow: planNow, thisIs: "Dies ist Ihr \(ordinal(cycle)) Plan.", label: "Frühere Pläne: "
        ) {
            "der \(ordinal($0.cycle)) lief \(months(from: $0.start, to: $0.end)) und \(outcome($0.outcome))"
        }
    }

    /// "118.000 EUR bei einem Ziel von 200.000 EUR (59 % des Ziels), 82.000 EUR unter dem
    /// Ziel, 3 Monate in Folge verfehlt; 232.000 EUR unter dem Durchschnitt der Rolle von
    /// 350.000 EUR; Durchschnitt der besten 3 Monate 230.000 EUR." The clauses and shared
    /// decimals of the English sentence (`EmployeeView.evidence`).
    func evidence(_ row: EmployeeDocument.Row) -> String {
        guard let e = evidenceFigures(row) else { return "Für diesen Monat ist kein Ergebnis erfasst." }
        var s = "\(e.actual) bei einem Ziel von \(e.target) ("
        switch e.attainment {
        case .ofTarget(let percent): s += "\(percent) des Ziels)"
        case .notPast(let threshold, let higher):
            s += "\(higher ? "nicht über" : "nicht unter") \(threshold); erst ab dort zählt der Fortschritt zum Ziel)"
        case .wayFrom(let percent, let threshold): s += "\(percent) des Wegs von \(threshold) bis zum Ziel)"
        }
        if let off = e.off { s += ", \(off.amount) \(off.below ? "unter" : "über") dem Ziel" }
        if let months = e.streak { s += ", \(months) Monate in Folge verfehlt" }
        switch e.peers {
        case .withheld: s += "; zu wenige Personen in dieser Rolle für einen Vergleich"
        case .differ(let amount, let above, let mean):
            s += "; \(amount) \(above ? "über" : "unter") dem Durchschnitt der Rolle von \(mean)"
        case .same: break
        }
        if let best3 = e.best3 { s += "; Durchschnitt der besten 3 Monate \(best3)" }
        return s + "."
    }

    /// "etwa 1.200 EUR mehr pro Monat (Verbesserung)", "etwa 0,4 Prozentpunkte niedriger pro
    /// Monat", "gleichbleibend": the rounding and verdict of `Labels.trend`.
    func trend(_ ir: IndicatorResult, _ indicator: Indicator, months: Int, horizon: Int) -> String {
        switch trendClause(ir, indicator, months: months, horizon: horizon) {
        case .none: return "—"
        case .steady: return "gleichbleibend"
        case .change(let amount, let rising, let inUnits, let improving):
            let word = inUnits ? (rising ? "mehr" : "weniger") : (rising ? "höher" : "niedriger")
            return "etwa \(amount) \(word) pro Monat"
                + (improving.map { $0 ? " (Verbesserung)" : " (Verschlechterung)" } ?? "")
        }
    }

    /// "Verzug Monatsbericht: gezählt ab 5 Tage (0 %) bis zum Ziel von 0 Tage (100 %); weniger ist besser."
    func scaleNote(_ ir: IndicatorResult, _ indicator: Indicator) -> String {
        let zero = figures.format.percent(0, decimals: 0)
        let hundred = figures.format.percent(100, decimals: 0)
        return "\(indicator.name): gezählt ab \(figures.value(ir.threshold, indicator)) (\(zero)) bis zum Ziel von "
            + "\(figures.value(ir.target, indicator)) (\(hundred))"
            + (indicator.direction == .lower ? "; weniger ist besser." : ".")
    }

    /// "Umsatz: 219.000 EUR bei einem Ziel von 200.000 EUR".
    func metSentence(_ row: EmployeeDocument.Row) -> String {
        "\(row.indicator.name): \(figures.value(row.result.actual, row.indicator)) bei einem Ziel von \(figures.value(row.result.target, row.indicator))"
    }

    /// "Durchschnitt aus August–Oktober 2026", "Ergebnis für Oktober 2026".
    func currentBasis(_ months: [Month]) -> String {
        guard let first = months.first, let last = months.last else { return "" }
        if months.count == 1 { return "Ergebnis für \(month(first))" }
        if last - first == months.count - 1 { return "Durchschnitt aus \(self.months(from: first, to: last))" }
        return "Durchschnitt aus \(list(months.map(month)))"
    }

    /// "Das Ziel steigt ab November 2026 auf 210.000 EUR (Oktober 2026: 200.000 EUR); der
    /// erwartete Stand ist das neue Ziel."
    func targetChange(_ g: EmployeeDocument.GoalRow) -> String? {
        guard let from = g.targetChange else { return nil }
        let ind = g.row.indicator
        let now = g.row.result.target
        return
            "Das Ziel \(g.goal.expected > now ? "steigt" : "sinkt") ab \(month(from)) auf \(figures.value(g.goal.expected, ind)) "
            + "(\(month(from - 1)): \(figures.value(now, ind))); der erwartete Stand ist das neue Ziel."
    }

    func weightShare(_ share: Double) -> String {
        "Die Kennzahl geht mit \(figures.percent(share)) in das Gesamtergebnis ein."
    }

    func focusNote(_ others: [String], maxFocus n: Int) -> String {
        "Ebenfalls unter dem Ziel, aber nicht Gegenstand dieses Plans: \(list(others)). Ein Plan konzentriert sich auf höchstens "
            + "\(n) \(n == 1 ? "Bereich" : "Bereiche"), und zwar dort, wo der Rückstand im Gesamtergebnis am stärksten ins Gewicht fällt."
    }

    /// "Umsatz (EUR), ein höherer Wert ist besser, monatlich erfasst in CRM".
    func measure(_ indicator: Indicator, dataSource: String?) -> String {
        "\(indicator.name) (\(figures.unit(indicator) ?? "Wert")), \(indicator.direction == .higher ? "ein höherer" : "ein niedrigerer") Wert ist besser, "
            + "monatlich erfasst" + (dataSource.map { " in \($0)" } ?? "")
    }

    func decisionNote(_ disposition: Disposition) -> String? {
        switch disposition {
        case .proposal(let conflicts):
            let base =
                "Vorschlag zur Entscheidung durch HR: Dies ist kein Plan, solange HR nicht über seine Ausgabe entschieden hat."
            guard !conflicts.isEmpty else { return base }
            return base + " Er kann erst ausgegeben werden, wenn das Ergebnis von "
                + list(conflicts.map { "Planzyklus \($0.cycle) (\(months(from: $0.start, to: $0.end)))" })
                + " festgehalten ist."
        case .issued(let d?):
            return "Ausgegeben auf Entscheidung von \(d.decidedBy) am \(day(d.decidedOn))"
                + (d.reason.map { ": \($0)" } ?? ".")
        case .issued(nil): return "Automatisch nach der Richtlinie des Unternehmens ausgegeben."
        case .coach(let d):
            return
                "Coaching statt eines Plans, entschieden von \(d.decidedBy) am \(day(d.decidedOn)): \(d.reason ?? "")"
        case .deferred(let d):
            return
                "Entscheidung auf den nächsten Monat verschoben von \(d.decidedBy) am \(day(d.decidedOn)): \(d.reason ?? "")"
        case .dismissed(let d):
            return "Keine Maßnahme, entschieden von \(d.decidedBy) am \(day(d.decidedOn)): \(d.reason ?? "")"
        case .none, .inForce: return nil
        }
    }

    var defaultConsequenceExtend: String {
        "Andernfalls kann der Plan um einen weiteren Zyklus verlängert werden; die Ziele werden dann gemeinsam überprüft."
    }
    var defaultConsequenceFinal: String {
        "Werden die Ziele nicht erreicht, entscheidet HR im Einklang mit den Richtlinien des Unternehmens über die weiteren Schritte."
    }

    // MARK: The interview form

    /// "2 von 5 im Oktober 2026 (1 gefährdet, 1 verfehlt)", "Für Oktober 2026 sind keine
    /// Ergebnisse erfasst", "Keine Ziele für Oktober 2026".
    func targetsMet(_ c: TargetCount, in m: Month) -> String {
        if c.indicators == 0 { return "Keine Ziele für \(month(m))" }
        if c.noData == c.indicators { return "Für \(month(m)) sind keine Ergebnisse erfasst" }
        return "\(c.met) von \(c.indicators) im \(month(m))"
            + counts([(c.atRisk, "gefährdet"), (c.missed, "verfehlt"), (c.noData, "ohne Ergebnis")])
    }

    /// "3 von 3 Monaten", "1 von 1 Monat".
    func monthsOnTarget(met: Int, of months: Int) -> String {
        "\(met) von \(months) \(months == 1 ? "Monat" : "Monaten")"
    }

    /// "das Ziel von 200.000 EUR wurde mit 219.000 EUR erreicht, liegt aber 131.000 EUR unter
    /// dem Durchschnitt der Rolle von 350.000 EUR."
    func observation(_ ir: IndicatorResult, _ ind: Indicator) -> String {
        let diff = figures.difference(abs((ir.actual ?? 0) - (ir.peerMean ?? 0)), ind)
        return
            "das Ziel von \(figures.value(ir.target, ind)) wurde mit \(figures.value(ir.actual, ind)) erreicht, liegt aber \(diff) "
            + "\(ind.direction == .higher ? "unter" : "über") dem Durchschnitt der Rolle von \(figures.value(ir.peerMean, ind))"
            + (ind.direction == .higher ? "." : " (niedriger ist besser).")
    }

    /// "im August 2026 unter dem Ziel (180.000 EUR gegenüber 200.000 EUR)".
    func earlierMiss(atRisk: Bool, month m: Month, actual: String, target: String) -> String {
        "im \(month(m)) \(atRisk ? "gefährdet" : "unter dem Ziel") (\(actual) gegenüber \(target))"
    }

    /// "1.200 EUR im November 2026, 1.500 EUR bis Ende Januar 2027".
    func goalObjective(first: String, start: Month, expected: String, deadline: Month) -> String {
        "\(first) im \(month(start)), \(expected) \(byEndOf(deadline))"
    }

    /// "1.000 EUR oder besser im November 2026".
    func keepObjective(target: String, start: Month) -> String { "\(target) oder besser im \(month(start))" }

    func nextMeetingPurpose(flagged: Bool, formal: Bool, reviewOf: Month?, asOf: Month) -> String {
        if flagged {
            return (formal ? "die erste formelle Besprechung des Plans" : "das erste Zwischengespräch des Plans")
                + (reviewOf.map { ", zu den Ergebnissen für \(month($0))" } ?? "")
        }
        return
            "das nächste Feedbackgespräch, zu den Ergebnissen für \(months(from: asOf + 1, to: reviewOf ?? asOf + 1))"
    }

    /// "Ziel 1500 bis 2027-01-31", "gleich oder besser als 1000 ab 2026-11" (machine figures).
    var xmlObjectiveWords: (reach: String, by: String, atOrBetter: String, in: String) {
        ("Ziel ", " bis ", "gleich oder besser als ", " ab ")
    }
}
