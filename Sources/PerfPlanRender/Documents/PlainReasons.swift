import PerfPlanCore

/// Why a plan now, in the words of the documents the employee signs
/// (DOMAIN.md: "both speak plainly (no formulas or engine words)"). The engine's own
/// sentences (`Reason.sentence`: "Composite score below 0.85 …", "the policy's limit is 3
/// months") go to the worksheet for HR and the manager, with the same figures.
enum PlainReasons {
    /// - composite: "Overall, with all indicators taken together, results stayed below 85 % of
    ///   what was expected in each of August–October 2026 (78 %, 80 % and 79 %)."
    /// - streak: "Monthly report delay was missed 3 months in a row."
    /// - critical: "Sales revenue, a critical indicator, was missed in October 2026."
    static func sentence(_ reason: Reason, asOf: Month, name: (String) -> String) -> String {
        switch reason {
        case .compositeBelow(let threshold, let months, let composites):
            let span = Prose.months(from: months.first!, to: months.last!)
            let each = months.count == 1 ? "in" : "in each of"
            let figures = Prose.list(composites.map { HumanNumber.percent($0, decimals: 0) })
            return
                "Overall, with all indicators taken together, results stayed below \(HumanNumber.percent(threshold, decimals: 0)) "
                + "of what was expected \(each) \(span) (\(figures))."
        case .missStreak(_, let streaks):
            return Reason.streakClauses(streaks, name: name).joined(separator: "; ") + "."
        case .criticalMissed(let ids):
            let many = ids.count > 1
            return
                "\(Prose.list(ids.map(name))), \(many ? "critical indicators, were" : "a critical indicator, was") missed in \(Prose.month(asOf))."
        }
    }
}

/// What came before a second or third plan, from the plans data:
/// "This is your second plan. The first ran January–March 2026 and was extended."
enum EarlierPlans {
    static let ordinals = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    ]

    /// `first` … `tenth`, then `11th`, `21st`, `22nd`, `23rd`.
    static func ordinal(_ n: Int) -> String {
        if n >= 1, n <= ordinals.count { return ordinals[n - 1] }
        let teen = (n % 100) / 10 == 1
        let suffix = teen ? "th" : [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
        return "\(n)\(suffix)"
    }

    /// "was extended", "was closed as a success", …
    static func outcome(_ o: PlanOutcome) -> String {
        switch o {
        case .succeeded: return "was closed as a success"
        case .extended: return "was extended"
        case .escalated: return "was escalated"
        case .closed: return "was closed"
        case .active: return "has no recorded outcome yet"
        }
    }

    /// `earlier`: the ended cycles, oldest first. `cycle`: the cycle a plan now would be;
    /// `planNow`: whether the documents make one. Empty without earlier cycles.
    static func sentence(_ earlier: [PlanRecord], cycle: Int, planNow: Bool) -> String {
        guard !earlier.isEmpty else { return "" }
        let runs = earlier.map {
            "the \(ordinal($0.cycle)) ran \(Prose.months(from: $0.start, to: $0.end)) and \(outcome($0.outcome))"
        }
        let detail = runs.joined(separator: "; ")
        if planNow {
            return "This is your \(ordinal(cycle)) plan. " + detail.prefix(1).uppercased() + detail.dropFirst() + "."
        }
        return "Earlier plans: " + detail + "."
    }
}
