import PerfPlanCore

/// The catalogue of one language: every sentence, label, date and figure the engine writes
/// into an employee's plan, with its arguments typed. English keeps its own code
/// (`EmployeeView`, `Labels`, `PlainReasons`, `GoalWording`), byte for byte; each other
/// language is one value of this protocol (`GermanWording`), written by hand in the plain,
/// respectful register of the English, addressing the employee formally. What the languages'
/// sentences share (their clauses and figures, how lists and streaks group, dates) is built
/// once (`Wording+Clauses.swift`, `TrendFigure.swift`): a catalogue holds its words and order.
package protocol Wording: Sendable {
    var language: Language { get }
    var figures: LocalFigures { get }

    // Dates and months.
    func month(_ m: Month) -> String
    func day(_ d: Day) -> String
    func dayWithWeekday(_ d: Day) -> String
    func shortMonth(_ m: Month) -> String
    func months(from first: Month, to last: Month) -> String
    func list(_ items: [String]) -> String
    /// A goal's deadline, `End of January 2027`.
    func endOf(_ m: Month) -> String
    /// `by the end of January 2027`.
    func byEndOf(_ m: Month) -> String

    // Labels.
    func status(_ s: Status?) -> String
    var noRating: String { get }
    /// The built-in rating bands' labels (`Exceeds`, `Meets`, `Partially meets`, `Below`)
    /// in this language, in that order. A policy's own `rating_bands` are the company's
    /// words and are printed as given.
    var defaultRatingLabels: [String] { get }
    var fewPeersCell: String { get }
    func pageHead(name: String, id: String, asOf: Month, generated: Day) -> String
    func checkinKind(formal: Bool, reviewOf: Month?) -> String
    func chartTitle(indicator: String, months: Int) -> String

    // Sentences.
    func reason(_ reason: Reason, asOf: Month, name: (String) -> String) -> String
    func earlierPlans(_ earlier: [PlanRecord], cycle: Int, planNow: Bool) -> String
    func evidence(_ row: EmployeeDocument.Row) -> String
    func trend(_ ir: IndicatorResult, _ indicator: Indicator, months: Int, horizon: Int) -> String
    func scaleNote(_ ir: IndicatorResult, _ indicator: Indicator) -> String
    func metSentence(_ row: EmployeeDocument.Row) -> String
    func currentBasis(_ months: [Month]) -> String
    func targetChange(_ g: EmployeeDocument.GoalRow) -> String?
    func weightShare(_ share: Double) -> String
    func focusNote(_ others: [String], maxFocus: Int) -> String
    func measure(_ indicator: Indicator, dataSource: String?) -> String
    func decisionNote(_ disposition: Disposition) -> String?
    var defaultConsequenceExtend: String { get }
    var defaultConsequenceFinal: String { get }

    // The interview form.
    /// `Aug`: a month within the review period, without its year.
    func shortMonthName(_ m: Month) -> String
    func targetsMet(_ count: TargetCount, in month: Month) -> String
    /// `3 of 3 months`.
    func monthsOnTarget(met: Int, of months: Int) -> String
    /// A target met below (or above, lower being better) the role average.
    func observation(_ ir: IndicatorResult, _ indicator: Indicator) -> String
    /// One earlier month short of its target: `below target in August 2026 (180,000 EUR against 200,000 EUR)`.
    func earlierMiss(atRisk: Bool, month: Month, actual: String, target: String) -> String
    /// An indicator's name and its clauses, punctuated as the language does (`Wording+Punctuation`).
    func namedClauses(_ name: String, _ clauses: [String]) -> String
    /// A plan goal's objective: its first milestone and its expected level by the deadline.
    func goalObjective(first: String, start: Month, expected: String, deadline: Month) -> String
    /// Another indicator's objective: its target for the first month.
    func keepObjective(target: String, start: Month) -> String
    func nextMeetingPurpose(flagged: Bool, formal: Bool, reviewOf: Month?, asOf: Month) -> String
    /// The words around the machine figures of interview.xml's objectives: "reach 1500 by
    /// 2027-01-31", "at or better than 1000 in 2026-11".
    var xmlObjectiveWords: (reach: String, by: String, atOrBetter: String, in: String) { get }
}

extension Wording {
    /// The rating as the documents print it: a built-in band's label in this language.
    func rating(_ label: String?, policy: Policy) -> String {
        guard let label else { return noRating }
        guard policy.ratingBands == Policy.default.ratingBands,
            let k = Policy.default.ratingBands.firstIndex(where: { $0.label == label }),
            k < defaultRatingLabels.count
        else { return label }
        return defaultRatingLabels[k]
    }
}

extension Language {
    /// The catalogue of a language other than English that `DocumentLanguage.translated`
    /// lists; nil for English (its own code) and for languages without one.
    package var wording: (any Wording)? {
        switch self {
        case .de: return GermanWording()
        case .es: return SpanishWording()
        case .fr: return FrenchWording()
        case .en: return nil
        }
    }
}
