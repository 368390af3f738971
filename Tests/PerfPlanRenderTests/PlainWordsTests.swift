import PerfPlanCore
import Testing

@testable import PerfPlanRender

/// The sentences of the documents the employee signs, worked out by hand: triggers without
/// the engine's words, earlier cycles in order, the "far below the role" rule at its edge,
/// and the review period's strengths-first order.
@Suite struct PlainWordsTests {
    static func m(_ text: String) -> Month { Month(parsing: text)! }
    static let names = ["calls": "Calls", "sales": "Sales", "late": "Report delay"]
    static func name(_ id: String) -> String { names[id] ?? id }

    @Test func triggersInPlainWords() {
        let composite = Reason.compositeBelow(
            threshold: 0.85, months: [Self.m("2026-08"), Self.m("2026-09"), Self.m("2026-10")],
            composites: [0.78, 0.8, 0.794])
        // 0.794 → 79 % (whole percents); the threshold 0.85 → 85 %.
        #expect(
            PlainReasons.sentence(composite, asOf: Self.m("2026-10"), name: Self.name)
                == "Overall, with all indicators taken together, results stayed below 85 % of what was expected in each of August–October 2026 (78 %, 80 % and 79 %)."
        )
        let one = Reason.compositeBelow(threshold: 0.85, months: [Self.m("2026-10")], composites: [0.5])
        #expect(
            PlainReasons.sentence(one, asOf: Self.m("2026-10"), name: Self.name)
                == "Overall, with all indicators taken together, results stayed below 85 % of what was expected in October 2026 (50 %)."
        )
        // Longest streak first; no policy limit.
        let streak = Reason.missStreak(
            limit: 3,
            streaks: [
                .init(indicatorId: "calls", months: 3), .init(indicatorId: "sales", months: 5),
                .init(indicatorId: "late", months: 3),
            ])
        #expect(
            PlainReasons.sentence(streak, asOf: Self.m("2026-10"), name: Self.name)
                == "Sales was missed 5 months in a row; Calls and Report delay were missed 3 months in a row.")
        #expect(
            PlainReasons.sentence(.criticalMissed(indicatorIds: ["sales"]), asOf: Self.m("2026-10"), name: Self.name)
                == "Sales, a critical indicator, was missed in October 2026.")
        #expect(
            PlainReasons.sentence(
                .criticalMissed(indicatorIds: ["sales", "calls"]), asOf: Self.m("2026-10"), name: Self.name)
                == "Sales and Calls, critical indicators, were missed in October 2026.")
    }

    @Test func earlierCyclesInOrder() {
        #expect(EarlierPlans.ordinal(1) == "first" && EarlierPlans.ordinal(10) == "tenth")
        #expect(
            EarlierPlans.ordinal(11) == "11th" && EarlierPlans.ordinal(12) == "12th"
                && EarlierPlans.ordinal(13) == "13th")
        #expect(
            EarlierPlans.ordinal(21) == "21st" && EarlierPlans.ordinal(22) == "22nd"
                && EarlierPlans.ordinal(23) == "23rd")
        #expect(EarlierPlans.ordinal(111) == "111th" && EarlierPlans.ordinal(101) == "101st")
        let first = PlanRecord(
            employeeId: "E1", cycle: 1, start: Self.m("2025-11"), end: Self.m("2026-01"), outcome: .extended)
        let second = PlanRecord(
            employeeId: "E1", cycle: 2, start: Self.m("2026-02"), end: Self.m("2026-04"), outcome: .escalated)
        #expect(EarlierPlans.sentence([], cycle: 1, planNow: true) == "")
        // Across a year the spaced dash (Prose.months).
        #expect(
            EarlierPlans.sentence([first], cycle: 2, planNow: true)
                == "This is your second plan. The first ran November 2025 – January 2026 and was extended.")
        #expect(
            EarlierPlans.sentence([first, second], cycle: 3, planNow: true)
                == "This is your third plan. The first ran November 2025 – January 2026 and was extended; the second ran February–April 2026 and was escalated."
        )
        let won = PlanRecord(
            employeeId: "E1", cycle: 1, start: Self.m("2026-01"), end: Self.m("2026-03"), outcome: .succeeded)
        #expect(
            EarlierPlans.sentence([won], cycle: 2, planNow: false)
                == "Earlier plans: the first ran January–March 2026 and was closed as a success.")
    }

    /// Role average 350 (shown): 280 is exactly 20 % below → raised; 281 is 19.7 % → not.
    /// Lower is better: 12 days against a role average of 10 is 20 % worse → raised.
    @Test func farBelowTheRoleAtItsEdge() {
        let eur = Indicator(id: "sales", name: "Sales", unit: "EUR", direction: .higher, weight: 1)
        let days = Indicator(id: "late", name: "Days late", unit: "days", direction: .lower, weight: 1)
        func row(_ ind: Indicator, actual: Double, status: Status, mean: Double?, shown: Bool = true)
            -> EmployeeDocument.Row
        {
            EmployeeDocument.Row(
                indicator: ind,
                result: IndicatorResult(
                    indicatorId: ind.id, actual: actual, target: 200, threshold: 0, weight: 1,
                    status: status, peerMean: mean, peerN: 6),
                nextTarget: 200, dataSource: nil, peersShown: shown)
        }
        #expect(PeerObservation.farBelowRole(row(eur, actual: 280, status: .met, mean: 350)))
        #expect(!PeerObservation.farBelowRole(row(eur, actual: 281, status: .met, mean: 350)))
        #expect(PeerObservation.farBelowRole(row(eur, actual: 219, status: .met, mean: 350)))
        // Not met: the interview shows it among what fell short instead; withheld: never.
        #expect(!PeerObservation.farBelowRole(row(eur, actual: 219, status: .atRisk, mean: 350)))
        #expect(!PeerObservation.farBelowRole(row(eur, actual: 219, status: .met, mean: 350, shown: false)))
        #expect(!PeerObservation.farBelowRole(row(eur, actual: 219, status: .met, mean: nil)))
        #expect(PeerObservation.farBelowRole(row(days, actual: 12, status: .met, mean: 10)))
        #expect(!PeerObservation.farBelowRole(row(days, actual: 8, status: .met, mean: 10)))
    }

    /// The interview's header line instead of the composite: the month's targets met, then
    /// the others by what became of them, in the order at risk, missed, without a result.
    @Test func targetsMetInsteadOfTheComposite() {
        let oct = "October 2026"
        #expect(
            TargetCount([.met, .missed, .met, .missed, .missed]).text(in: oct) == "2 of 5 in October 2026 (3 missed)")
        #expect(TargetCount([.met, .met]).text(in: oct) == "2 of 2 in October 2026")
        #expect(
            TargetCount([.missed, nil, .atRisk, .met, .met, .met]).text(in: oct)
                == "3 of 6 in October 2026 (1 at risk, 1 missed, 1 without a result)")
        #expect(TargetCount([.missed]).text(in: oct) == "0 of 1 in October 2026 (1 missed)")
        #expect(TargetCount([nil, nil]).text(in: oct) == "No results recorded for October 2026")
        #expect(TargetCount([Status?]()).text(in: oct) == "No targets for October 2026")
        #expect(
            TargetCount([.atRisk, nil, .met]) == TargetCount(indicators: 3, met: 1, atRisk: 1, missed: 0, noData: 1))
    }

    /// Shares of months on target, compared without division: 2/3 before 1/2 before 0/3;
    /// equal shares keep the indicators' order; rows without results last.
    @Test func reviewRowsStrengthsFirst() {
        func r(_ row: Int, _ met: Int, _ with: Int) -> EmployeeDocument.ReviewRow {
            EmployeeDocument.ReviewRow(row: row, months: [], withResult: with, met: met, average: nil)
        }
        let ordered = EmployeeDocument.ReviewRow.order([
            r(0, 0, 3), r(1, 0, 0), r(2, 1, 2), r(3, 2, 3), r(4, 2, 4), r(5, 3, 3),
        ])
        #expect(ordered.map(\.row) == [5, 3, 2, 4, 0, 1])
    }
}
