import PerfPlanCore
import PerfPlanSystem

/// What a `plan.xml` may hold beyond what its schema says. The schema's `xs:double` admits
/// `NaN` and `INF`, and its months admit year 1 to 9999; a plan file edited by hand (and its
/// manifest updated to match) could otherwise put "inf EUR" into a report, make the
/// progress XML fail its own schema, or ask for a projection across eight thousand years.
/// Checked field by field, so the message names what to fix.
package enum PlanFileLimits {
    /// The longest plan period, in months: the policy's longest `plan_months`.
    package static let maxPlanMonths = PolicyRanges.planMonths.upperBound

    /// Why the figure `text` of `field` cannot be used, or nil: it must be a finite number
    /// within ±1e15, as every figure of the data must (contract §6.34).
    package static func figureProblem(_ value: Double, field: String) -> String? {
        guard value.isFinite else {
            return "\(field) is \(value.isNaN ? "NaN" : "infinite"); a plan holds finite figures only"
        }
        guard abs(value) <= FigureLimits.maxMagnitude else {
            return "\(field) \(NumberFormat.machine(value)) is beyond ±1e15, the largest magnitude accepted"
        }
        return nil
    }

    /// Why the period `start`…`end` cannot be a plan's, or nil: it ends on or after it
    /// starts, lasts at most `maxPlanMonths`, and lies in the years `--as-of` accepts.
    package static func periodProblem(start: Month, end: Month) -> String? {
        if end < start { return "the plan period ends (\(end)) before it starts (\(start))" }
        let months = end - start + 1
        if months > maxPlanMonths {
            return
                "the plan period \(start)–\(end) lasts \(months) months, more than the \(maxPlanMonths) a plan may last"
        }
        if start.year < 1900 || end.year > 9899 {
            return "the plan period \(start)–\(end) lies outside the years 1900–9899"
        }
        return nil
    }
}
