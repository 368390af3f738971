import Testing

@testable import PerfPlanCore

/// Reasons read as sentences: months in words, lists joined as a person writes them, and
/// indicators with the same streak named together. Expected texts written out by hand.
@Suite struct ProseTests {
    static func m(_ s: String) -> Month { Month(parsing: s)! }

    @Test func months() {
        #expect(Prose.month(Self.m("2026-10")) == "October 2026")
        #expect(Prose.month(Self.m("2027-01")) == "January 2027")
        #expect(Prose.months(from: Self.m("2026-10"), to: Self.m("2026-10")) == "October 2026")
        #expect(Prose.months(from: Self.m("2026-08"), to: Self.m("2026-10")) == "August–October 2026")
        #expect(Prose.months(from: Self.m("2025-11"), to: Self.m("2026-01")) == "November 2025 – January 2026")
    }

    /// §6.38 / issue 21.10: a deadline is the end of a month, said so.
    @Test func deadlines() {
        #expect(Prose.byEndOf(Self.m("2027-01")) == "by the end of January 2027")
        #expect(Prose.endOf(Self.m("2026-12")) == "End of December 2026")
        #expect(Month(Day(parsing: "2027-01-31")!) == Self.m("2027-01"))
    }

    @Test func lists() {
        #expect(Prose.list([]) == "")
        #expect(Prose.list(["Error rate"]) == "Error rate")
        #expect(Prose.list(["Error rate", "Revenue"]) == "Error rate and Revenue")
        #expect(Prose.list(["A", "B", "C"]) == "A, B and C")
    }

    @Test func criticalMissed() {
        let names = ["err": "Error rate", "otd": "On-time delivery", "rev": "Revenue"]
        let one = Reason.criticalMissed(indicatorIds: ["err"])
        #expect(
            one.sentence(asOf: Self.m("2026-10")) { names[$0]! }
                == "Critical indicator Error rate was missed in October 2026.")
        let three = Reason.criticalMissed(indicatorIds: ["err", "otd", "rev"])
        #expect(
            three.sentence(asOf: Self.m("2026-10")) { names[$0]! }
                == "Critical indicators Error rate, On-time delivery and Revenue were missed in October 2026.")
    }

    @Test func streaksOfOneLengthNamedTogether() {
        let streaks = [
            Reason.IndicatorStreak(indicatorId: "a", months: 3), .init(indicatorId: "b", months: 5),
            .init(indicatorId: "c", months: 3), .init(indicatorId: "d", months: 3),
        ]
        let r = Reason.missStreak(limit: 3, streaks: streaks)
        #expect(
            r.sentence(asOf: Self.m("2026-10")) { $0.uppercased() }
                == "B was missed 5 months in a row; A, C and D were missed 3 months in a row (the policy's limit is 3 months)."
        )
        let single = Reason.missStreak(limit: 3, streaks: [.init(indicatorId: "a", months: 4)])
        #expect(
            single.sentence(asOf: Self.m("2026-10")) { $0 }
                == "a was missed 4 months in a row (the policy's limit is 3 months).")
    }

    @Test func compositeBelowInOneMonth() {
        let r = Reason.compositeBelow(threshold: 0.85, months: [Self.m("2026-10")], composites: [0.5])
        #expect(r.sentence(asOf: Self.m("2026-10")) { $0 } == "Composite score below 0.85 in October 2026: 0.5.")
    }
}
