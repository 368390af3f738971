import PerfPlanCore

/// HR's views in German: the worksheet, the index and its review list, the progress summary
/// and the calibration report, for a reader in HR (no formal address needed: the sentences
/// state facts), with the figures and dates of the German documents (`GermanWording`).
/// "Flagged for an improvement plan" is "für einen Verbesserungsplan vorgemerkt" throughout,
/// its rate the "Vormerkquote".
struct GermanHRWording: HRWording {
    private let w = GermanWording()
    var documents: any ProgressWording { w }

    // MARK: The worksheet

    func outcome(_ o: PlanOutcome) -> String {
        switch o {
        case .succeeded: return "Erfolgreich"
        case .extended: return "Verlängert"
        case .escalated: return "Eskaliert"
        case .closed: return "Beendet"
        case .active: return "Kein Ergebnis festgehalten"
        }
    }

    /// - composite: "Gesamtwert unter 0,85 in jedem der Monate August–Oktober 2026: 0,78; 0,8; 0,79."
    ///   (semicolons: a comma is the decimal separator)
    /// - streak: "Das Ziel bei Umsatz wurde 3 Monate in Folge verfehlt (Grenze laut Richtlinie: 3 Monate)."
    /// - critical: "Die kritische Kennzahl Umsatz wurde im Oktober 2026 verfehlt."
    func trigger(_ reason: Reason, asOf: Month, name: (String) -> String) -> String {
        let v = w.figures
        switch reason {
        case .compositeBelow(let threshold, let months, let composites):
            let span = w.months(from: months.first!, to: months.last!)
            let when = months.count == 1 ? "im \(span)" : "in jedem der Monate \(span)"
            let values = composites.map { v.number($0, decimals: 2) }.joined(separator: "; ")
            return "Gesamtwert unter \(v.number(threshold, decimals: 2)) \(when): \(values)."
        case .missStreak(let limit, let streaks):
            var lengths: [Int] = []
            for s in streaks where !lengths.contains(s.months) { lengths.append(s.months) }
            let clauses = lengths.sorted(by: >).map { months -> String in
                let names = streaks.filter { $0.months == months }.map { name($0.indicatorId) }
                return names.count == 1
                    ? "das Ziel bei \(names[0]) wurde \(months) Monate in Folge verfehlt"
                    : "die Ziele bei \(w.list(names)) wurden \(months) Monate in Folge verfehlt"
            }
            let text = clauses.joined(separator: "; ")
            return text.prefix(1).uppercased() + text.dropFirst()
                + " (Grenze laut Richtlinie: \(limit) \(limit == 1 ? "Monat" : "Monate"))."
        case .criticalMissed(let ids):
            let names = w.list(ids.map(name))
            return ids.count == 1
                ? "Die kritische Kennzahl \(names) wurde im \(w.month(asOf)) verfehlt."
                : "Die kritischen Kennzahlen \(names) wurden im \(w.month(asOf)) verfehlt."
        }
    }

    func caution(_ c: Caution) -> String {
        let v = w.figures
        switch c {
        case .ratedWell(let rating, let composite):
            return
                "Bewertet mit „\(rating)“ (insgesamt \(v.percent(composite))): Das Gesamtergebnis liegt im mittleren Bereich oder darüber."
        case .noteOnTriggerMonth(let indicator, let month, let note):
            return "\(indicator), \(w.month(month)): Zum Ergebnis ist vermerkt: „\(note)“."
        case .goalAboveBest3(let indicator, let expected, let best3):
            return
                "\(indicator): Das Ziel von \(expected) liegt über dem eigenen Durchschnitt der besten 3 Monate von \(best3)."
        case .littleData(let months, let of, let first):
            let since = first.map { ", das erste für \(w.month($0))" } ?? ""
            return
                "Ergebnisse liegen nur für \(months) der \(of) Monate vor, auf denen die Vergleichswerte beruhen\(since)."
        case .recentlyHired(let day):
            return "Eingestellt am \(w.day(day)), innerhalb des Betrachtungszeitraums."
        case .historyConflict(let cycle, let start, let end, let row):
            let how: String
            if let row, row != .synthetic {
                how =
                    "Tragen Sie sein Ergebnis (succeeded, extended, escalated oder closed) in den Plandaten ein (\(row))"
            } else {
                how =
                    "Erstellen Sie den Fortschrittsbericht für \(w.month(end)), der es festhält, oder schließen Sie den Plan "
                    + "mit perfplan plans close, falls er zurückgezogen wurde"
            }
            return
                "Planzyklus \(cycle) (\(w.months(from: start, to: end))) ist abgelaufen, sein Ergebnis wurde aber nie "
                + "festgehalten; bis dahin kann kein neuer Plan ausgegeben werden. \(how)."
        case .onlyFocusDoesNotTrigger(let indicator):
            return
                "Einziger Schwerpunkt des Plans ist \(indicator), eine Kennzahl, die als nicht planauslösend gekennzeichnet ist."
        }
    }

    func compositeRule(below: Double?, months: Int) -> String {
        guard let below else { return "den Gesamtwert (dieser Auslöser ist ausgeschaltet)" }
        return "einen Gesamtwert unter \(w.figures.number(below, decimals: 2)) "
            + (months == 1 ? "im letzten Monat" : "in jedem der letzten \(months) Monate")
    }
    func streakRule(_ months: Int?) -> String {
        guard let months else { return "eine Serie verfehlter Monate (dieser Auslöser ist ausgeschaltet)" }
        return "eine Kennzahl, deren Ziel \(months) \(months == 1 ? "Monat" : "Monate") in Folge verfehlt wurde"
    }
    func criticalRule(_ on: Bool) -> String {
        on
            ? "eine kritische Kennzahl, deren Ziel in diesem Monat verfehlt wurde"
            : "eine verfehlte kritische Kennzahl (dieser Auslöser ist ausgeschaltet)"
    }
    func band(_ label: String, from: Double) -> String { "„\(label)“ ab \(w.figures.number(from, decimals: 2))" }
    func currentInputs(_ items: [(value: String, month: Month)]) -> String {
        w.list(items.map { "\($0.value) (\(w.shortMonth($0.month)))" })
    }

    // MARK: The index and its review list

    func decisionSummary(proposals: Int, issued: Int) -> String {
        let waiting: String
        switch proposals {
        case 0: waiting = "Kein Vorschlag wartet auf eine Entscheidung"
        case 1:
            waiting =
                "1 Vorschlag wartet auf eine Entscheidung (review.csv führt ihn auf, zum Ausfüllen und Speichern als decisions.csv)"
        default:
            waiting =
                "\(proposals) Vorschläge warten auf eine Entscheidung (review.csv führt sie auf, zum Ausfüllen und Speichern als decisions.csv)"
        }
        let plans: String
        switch issued {
        case 0: plans = "kein Plan ausgegeben"
        case 1: plans = "1 Plan ausgegeben"
        default: plans = "\(issued) Pläne ausgegeben"
        }
        return "\(waiting); \(plans)."
    }
    func cycle(_ cycle: Int, of maxCycles: Int) -> String {
        cycle > maxCycles ? "\(cycle), über \(maxCycles) hinaus" : "\(cycle) von \(maxCycles)"
    }
    func dispositionLabel(_ d: Disposition) -> String {
        switch d {
        case .none: return ""
        case .inForce(let p): return "Plan läuft (Zyklus \(p.cycle) bis \(w.month(p.end)))"
        case .proposal(let c): return c.isEmpty ? "Vorschlag" : "Vorschlag, blockiert"
        case .issued: return d.isByPolicy ? "Plan nach Richtlinie ausgegeben" : "Plan ausgegeben"
        case .coach: return "Coaching"
        case .deferred: return "zurückgestellt"
        case .dismissed: return "verworfen"
        }
    }
    func dispositionWords(_ d: Disposition) -> String {
        switch d {
        case .none: return "—"
        case .inForce(let p): return "Plan läuft bis \(w.month(p.end))"
        case .proposal(let c):
            return c.isEmpty ? "Vorschlag wartet auf HR" : "blockiert: Widerspruch in der Planhistorie"
        case .issued: return "Plan ausgegeben"
        case .coach: return "Coaching"
        case .deferred: return "zurückgestellt"
        case .dismissed: return "verworfen"
        }
    }
    func overallReason(below: Double, months: Int) -> String {
        "gesamt: unter \(w.figures.number(below, decimals: 2)) seit \(months) \(months == 1 ? "Monat" : "Monaten")"
    }
    func streakReason(_ name: String, months: Int) -> String {
        "Serie: \(name) (\(months) \(months == 1 ? "Monat" : "Monate"))"
    }
    func criticalReason(_ name: String) -> String { "kritisch: \(name)" }
    var reasonSeparator: String { "; " }
    var noManager: String { "Keine Führungskraft erfasst" }
    func documentName(_ kind: String) -> String {
        switch kind {
        case "plan": return "Plan"
        case "plan-draft": return "Planentwurf"
        case "interview": return "Gesprächsbogen"
        case "worksheet": return "Arbeitsblatt"
        default: return kind
        }
    }
    var xmlData: String { "XML-Daten" }

    // MARK: The progress summary

    func reportLink(_ format: DocumentFormat) -> String { "Bericht (\(format.rawValue))" }
    func partyInProse(_ p: SigningParty) -> String { w.party(p) }

    // MARK: The calibration report

    func finding(higher: Bool, rate: String, restRate: String, p: String) -> String {
        "\(higher ? "höher" : "niedriger") als im Rest der Organisation (\(rate) gegenüber \(restRate), p = \(p))"
    }
    var noRatingColumn: String { "ohne Bewertung" }
    var noOneToCompare: String { "niemand sonst im Umfang, mit dem verglichen werden könnte" }
    func markedSummary(departments: Int, of allDepartments: Int, managers: Int, of allManagers: Int) -> String {
        func part(_ n: Int, _ all: Int, _ one: String, _ many: String) -> String {
            (n == 0 ? "keine" : String(n)) + " von \(all) " + (all == 1 ? one : many)
        }
        return "Markiert: " + part(departments, allDepartments, "Abteilung", "Abteilungen") + ", "
            + part(managers, allManagers, "Führungskraft", "Führungskräften") + "."
    }
    func chartNote(drawn: Int, of all: Int) -> String {
        "Das Diagramm zeigt die \(drawn) Führungskräfte, deren Quote abweicht; alle \(all) stehen in der Tabelle unten."
    }
    var chartTitle: String { "Vormerkquote nach Führungskraft" }
    func chartDescription(organisationRate: String) -> String {
        "Ein Balken je Führungskraft: der Anteil des Teams, der für einen Verbesserungsplan vorgemerkt ist; die gestrichelte "
            + "Linie ist die Quote der Organisation, \(organisationRate). Die Tabelle unten enthält dieselben Zahlen."
    }
    var organisationLine: String { "Organisation" }
}
