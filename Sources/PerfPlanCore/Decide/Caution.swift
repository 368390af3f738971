/// Something HR should weigh before issuing a proposal (contract §7.48), with its evidence.
/// Each reads as one plain sentence on the review list, in the worksheet and in review.csv.
package enum Caution: Hashable, Sendable {
    /// Rated in the middle band or above: flagged only by a streak or a critical miss.
    case ratedWell(rating: String, composite: Double)
    /// An actual of a month a trigger read carries a note (often an external cause).
    case noteOnTriggerMonth(indicator: String, month: Month, note: String)
    /// A goal asks for more than the employee's own best three months.
    case goalAboveBest3(indicator: String, expected: String, best3: String)
    /// Fewer months with results than the baselines read.
    case littleData(months: Int, of: Int, first: Month?)
    /// Hired within the review window.
    case recentlyHired(on: Day)
    /// An earlier plan's period is over but its outcome was never recorded (§7.47). `row`:
    /// the plans data's row that holds it (nil: the register's plan), because the way to
    /// record the outcome differs: the data's row is edited, the register's plan is closed
    /// by the progress report of its last month (or `plans close`).
    case historyConflict(cycle: Int, start: Month, end: Month, row: SourceLocation?)
    /// The plan's only focus is an indicator HR marked as not triggering plans.
    case onlyFocusDoesNotTrigger(indicator: String)

    /// A short code for machines and tests (review.csv keeps the sentences).
    package var code: String {
        switch self {
        case .ratedWell: return "rated_well"
        case .noteOnTriggerMonth: return "note_on_trigger_month"
        case .goalAboveBest3: return "goal_above_best3"
        case .littleData: return "little_data"
        case .recentlyHired: return "recently_hired"
        case .historyConflict: return "history_conflict"
        case .onlyFocusDoesNotTrigger: return "only_focus_does_not_trigger"
        }
    }

    /// The caution in plain words, with its evidence.
    package var sentence: String {
        switch self {
        case .ratedWell(let rating, let composite):
            return
                "Rated \(rating) (\(HumanNumber.percent(composite, decimals: 0)) overall): the overall result is in the middle band or above."
        case .noteOnTriggerMonth(let indicator, let month, let note):
            return "\(indicator), \(Prose.month(month)): the result carries the note \u{201C}\(note)\u{201D}."
        case .goalAboveBest3(let indicator, let expected, let best3):
            return "\(indicator): the goal \(expected) is above the employee's own best-3-month average of \(best3)."
        case .littleData(let months, let of, let first):
            let since = first.map { ", the first in \(Prose.month($0))" } ?? ""
            return "Results for only \(months) of the \(of) months the baselines read\(since)."
        case .recentlyHired(let day):
            return "Hired on \(day), within the review period."
        case .historyConflict(let cycle, let start, let end, let row):
            return
                "Plan cycle \(cycle) (\(Prose.months(from: start, to: end))) is over but its outcome was never recorded, "
                + "so no new plan can be issued until it is: " + PlanHistory.howToRecordOutcome(end: end, row: row)
                + "."
        case .onlyFocusDoesNotTrigger(let indicator):
            return "The plan's only focus is \(indicator), an indicator marked as not triggering plans."
        }
    }
}
