import PerfPlanCore

/// The catalogue of the monthly progress report in one language other than English: the
/// sentences of `ProgressView` and `SignatureView`, with the same arguments. English keeps
/// its own code there, byte for byte.
package protocol ProgressWording: Wording {
    func goalStatus(_ s: GoalStatus) -> String
    /// On track this month but, at the rate so far, late for the deadline.
    var onTrackButLate: String { get }
    func projection(_ p: Projection) -> String
    func outcomeWord(_ d: PlanDecision) -> String
    func decisionText(_ d: PlanDecision, cycle: Int, maxCycles: Int) -> String
    /// The next steps after an outcome; `gaps`: each open goal's "name: actual against expected".
    func stepsAfter(
        _ d: PlanDecision, name: String, manager: String?, cycle: Int, maxCycles: Int, open: [String],
        achieved: [String]
    ) -> [String]
    /// "Revenue: no result recorded for November 2026, against the expected 210.000 EUR".
    func goalGap(name: String, actual: String?, expected: String, month: Month) -> String
    func reachedExpected(name: String, actual: String, expected: String) -> String
    func reachedMilestone(name: String, actual: String, milestone: String, higherIsBetter: Bool) -> String
    func regression(name: String, actual: String, start: String) -> String
    func holdLevel(name: String) -> String
    func keepGoing(name: String, next: String) -> String
    func reviewOne(name: String, next: String) -> String
    func reviewMany(names: [String], nexts: [String]) -> String
    func noResultStep(name: String, month: Month) -> String
    /// "210.000 EUR im Dezember 2026", or the expected level by the deadline.
    func nextMilestone(value: String?, month: Month, expected: String, deadline: Day) -> String
    func lastCycleWarning(cycle: Int, maxCycles: Int, end: Month) -> String
    func progressPageHead(name: String, id: String, month: Month, planAsOf: Month) -> String
    func progressChartTitle(indicator: String) -> String
    /// A goal's deadline after "by": the end of a month, or the date.
    func deadline(_ d: Day) -> String
    func party(_ p: SigningParty) -> String
    func signature(_ s: PlanSignatures.State) -> String
}

extension Language {
    /// The progress report's catalogue, where the language has one (`DocumentLanguage`).
    package var progressWording: (any ProgressWording)? {
        switch self {
        case .de: return GermanWording()
        case .fr: return FrenchWording()
        case .en, .es: return nil
        }
    }
}
