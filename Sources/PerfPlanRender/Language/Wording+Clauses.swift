import PerfPlanCore

/// The structure every language's sentences share, built once: which clauses a sentence
/// has, which figures go in them at which decimals, how lists and streaks are grouped.
/// Each `Wording` supplies only its words and their order, so a new language is a
/// catalogue of phrases, not a copy of this logic.

/// The figures of an indicator's evidence sentence ("118.000 EUR bei einem Ziel von
/// 200.000 EUR (59 % des Ziels), 82.000 EUR unter dem Ziel, …"), in a language's figures at
/// the sentence's shared decimals (`Wording.evidenceDecimals`), with the clauses the
/// English sentence (`EmployeeView.evidence`) has.
struct EvidenceFigures {
    /// How far toward the target the actual is.
    enum Attainment {
        /// Counted from zero: "59 % of target".
        case ofTarget(percent: String)
        /// Not past the threshold, where progress toward the target starts to count.
        case notPast(threshold: String, higherIsBetter: Bool)
        /// Counted from the threshold: "37 % of the way from 8 hours to the target".
        case wayFrom(percent: String, threshold: String)
    }

    /// The comparison with the role's average.
    enum Peers {
        /// Too few people in the role to compare (`PeerPrivacy`).
        case withheld
        /// `amount` above (or below) the role's average `mean`.
        case differ(amount: String, above: Bool, mean: String)
        /// No other peer, or no difference at these decimals: no clause.
        case same
    }

    var actual: String, target: String
    var attainment: Attainment
    /// Short of (or over) the target by `amount`, when missed or at risk and visible.
    var off: (amount: String, below: Bool)?
    /// Months missed in a row, when more than one.
    var streak: Int?
    var peers: Peers
    var best3: String?
}

extension Wording {
    /// The evidence sentence's figures for `row`; nil when no result is recorded this month.
    func evidenceFigures(_ row: EmployeeDocument.Row) -> EvidenceFigures? {
        let ir = row.result
        let ind = row.indicator
        let v = figures
        guard let a = ir.actual else { return nil }
        let d = evidenceDecimals(row)
        let attainment: EvidenceFigures.Attainment
        if EmployeeView.plainPercent(ir, ind) {
            attainment = .ofTarget(percent: v.percent(ir.attainment ?? 0))
        } else if (ir.attainment ?? 0) <= 0 {
            attainment = .notPast(threshold: v.value(ir.threshold, ind), higherIsBetter: ind.direction == .higher)
        } else {
            attainment = .wayFrom(percent: v.percent(ir.attainment ?? 0), threshold: v.value(ir.threshold, ind))
        }
        func shows(_ x: Double) -> Bool { HumanNumber.roundHalfAway(abs(x) * EmployeeView.pow10(d)) != 0 }
        let off = a - ir.target
        let peer = row.peersShown && ir.peerN > 1 ? ir.peerMean : nil
        var peers = EvidenceFigures.Peers.same
        if !row.peersShown {
            peers = .withheld
        } else if let peer, shows(a - peer) {
            peers = .differ(
                amount: v.difference(abs(a - peer), ind, decimals: d), above: a > peer,
                mean: v.value(peer, ind, decimals: d))
        }
        return EvidenceFigures(
            actual: v.value(a, ind, decimals: d), target: v.value(ir.target, ind, decimals: d),
            attainment: attainment,
            off: (ir.status == .atRisk || ir.status == .missed) && shows(off)
                ? (v.difference(abs(off), ind, decimals: d), off < 0) : nil,
            streak: ir.missStreak > 1 ? ir.missStreak : nil, peers: peers,
            best3: ir.best3Avg.map { v.value($0, ind, decimals: d) })
    }

    /// Miss streaks grouped by their length, longest first, each with its indicators' names
    /// in the order given: one clause per length ("A and B missed 3 months in a row; C 2").
    func streakGroups(_ streaks: [Reason.IndicatorStreak], name: (String) -> String) -> [(
        months: Int, names: [String]
    )] {
        var lengths: [Int] = []
        for s in streaks where !lengths.contains(s.months) { lengths.append(s.months) }
        return lengths.sorted(by: >).map { months in
            (months, streaks.filter { $0.months == months }.map { name($0.indicatorId) })
        }
    }

    /// Clauses as one sentence: joined by `separator`, the first letter capitalised, a full stop.
    func sentence(_ clauses: [String], separator: String = "; ") -> String {
        let text = clauses.joined(separator: separator)
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    /// The earlier plans, each a clause (`clause`): after "This is your second plan." when a
    /// plan is made now (`thisIs`), else after a label ("Earlier plans: ").
    func earlierPlansText(
        _ earlier: [PlanRecord], planNow: Bool, thisIs: String, label: String, separator: String = "; ",
        clause: (PlanRecord) -> String
    ) -> String {
        guard !earlier.isEmpty else { return "" }
        let clauses = earlier.map(clause)
        if planNow { return thisIs + " " + sentence(clauses, separator: separator) }
        return label + clauses.joined(separator: separator) + "."
    }

    /// `words[n - 1]` ("second", "zweiter"), else `beyond(n)` (`11.`, `11e`).
    func ordinal(_ n: Int, words: [String], beyond: (Int) -> String) -> String {
        n >= 1 && n <= words.count ? words[n - 1] : beyond(n)
    }

    /// `A`, `A and B`, `A, B and C` with no comma before the conjunction, which may depend
    /// on the word it stands before (Spanish "e" before /i/).
    func listed(_ items: [String], and conjunction: (String) -> String) -> String {
        guard let last = items.last else { return "" }
        if items.count == 1 { return last }
        return items.dropLast().joined(separator: ", ") + conjunction(last) + last
    }

    /// " (1 at risk, 2 missed)": the counts above zero, each with its words; empty when none.
    func counts(_ counts: [(count: Int, words: String)]) -> String {
        let shown = counts.filter { $0.count > 0 }.map { "\($0.count) \($0.words)" }
        return shown.isEmpty ? "" : " (" + shown.joined(separator: ", ") + ")"
    }
}

/// Dates as every catalogue so far writes them, from its `LocaleFormat`; a language that
/// writes them otherwise implements its own.
extension Wording {
    func month(_ m: Month) -> String { figures.format.monthYear(m) }
    func day(_ d: Day) -> String { figures.format.longDate(d) }
    func dayWithWeekday(_ d: Day) -> String { figures.format.shortDateWithWeekday(d) }
    func shortMonth(_ m: Month) -> String { figures.format.shortMonthNames[m.month - 1] + " " + String(m.year) }
    func shortMonthName(_ m: Month) -> String { figures.format.shortMonthNames[m.month - 1] }
    /// A period as a label: `Oktober 2026`, `August–Oktober 2026`, `November 2025 – Januar 2026`.
    func months(from first: Month, to last: Month) -> String {
        if first == last { return month(first) }
        if first.year == last.year { return "\(figures.format.monthNames[first.month - 1])–\(month(last))" }
        return "\(month(first)) – \(month(last))"
    }
}
