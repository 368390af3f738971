/// The accepted range of every number in `perfplan.json` (contract §5.24, §6.34), in one
/// place so the decoder and docs/data-format.md agree. The bounds keep every figure finite:
/// a composite is at most `attainment_cap` × the largest weight, documents show caps and
/// band minimums as percentages, and month counts size per-employee windows and plans.
package enum PolicyRanges {
    /// A range of decimal numbers; `upperInclusive` false for [lower, upper).
    package struct Number: Sendable, CustomStringConvertible {
        package let lower: Double
        package let upper: Double
        package let upperInclusive: Bool

        package func contains(_ v: Double) -> Bool {
            v.isFinite && v >= lower && (upperInclusive ? v <= upper : v < upper)
        }

        package var description: String {
            let lo = NumberFormat.machine(lower)
            let hi = NumberFormat.machine(upper)
            return upperInclusive ? "a number from \(lo) to \(hi)" : "a number from \(lo) up to (not including) \(hi)"
        }
    }

    package static let attainmentCap = Number(lower: 1, upper: 100, upperInclusive: true)
    package static let atRiskTolerance = Number(lower: 0, upper: 1, upperInclusive: false)
    /// A composite lies between 0 and `attainment_cap`, so a bar beyond 100 could never matter.
    package static let compositeBelow = Number(lower: 0, upper: 100, upperInclusive: true)
    package static let bandMin = Number(lower: 0, upper: 100, upperInclusive: true)

    /// `baseline_months`, `review_months`, `triggers.composite_months`: up to ten years.
    package static let months: ClosedRange<Int> = 1...120
    /// A slope needs two months at least.
    package static let trendMonths: ClosedRange<Int> = 2...120
    /// 0 switches the trigger off.
    package static let missStreak: ClosedRange<Int> = 0...120
    /// One milestone per month: a plan is a matter of months, not years.
    package static let planMonths: ClosedRange<Int> = 1...24
    package static let maxFocus: ClosedRange<Int> = 1...100
    package static let maxCycles: ClosedRange<Int> = 1...100
    package static let checkinEveryWeeks: ClosedRange<Int> = 1...52
    package static let minPeerGroup: ClosedRange<Int> = 1...10_000
    /// Every month has a day 28.
    package static let reviewDay: ClosedRange<Int> = 1...28
}
