import Testing

@testable import PerfPlanCore

/// Milestones at the indicator's precision (contract §6.30, §6.36), worked out by hand.
@Suite struct GoalRoundingTests {
    private func r(_ x: Double, _ d: Int, toward t: Double) -> Double { GoalRounding.round(x, decimals: d, toward: t) }

    @Test func nearestAwayFromTies() {
        // Not halfway: plain nearest, whichever way the goal heads.
        #expect(r(11.4, 0, toward: 13) == 11)
        #expect(r(11.6, 0, toward: 10) == 12)
        #expect(r(98 + 2.0 / 3, 0, toward: 130) == 99)  // 98.67
        #expect(r(114 + 1.0 / 3, 0, toward: 130) == 114)  // 114.33
        #expect(r(2 + 1.0 / 6, 2, toward: 2.5) == 2.17)  // 2.1667
        #expect(r(2.3333333, 2, toward: 2.5) == 2.33)
        #expect(r(-3.26, 1, toward: -5) == -3.3)
        #expect(r(-3.24, 1, toward: -5) == -3.2)
        // Already at the precision: unchanged.
        #expect(r(12, 0, toward: 20) == 12)
        #expect(r(0.25, 2, toward: 0) == 0.25)
    }

    @Test func tiesGoTowardExpected() {
        // 11.5 with 0 decimals is halfway between 11 and 12.
        #expect(r(11.5, 0, toward: 13) == 12)  // expected above → up
        #expect(r(11.5, 0, toward: 10) == 11)  // expected below → down
        // Negative values: -11.5 lies between -12 and -11.
        #expect(r(-11.5, 0, toward: -13) == -12)
        #expect(r(-11.5, 0, toward: -10) == -11)
        // One decimal: 1.25 between 1.2 and 1.3.
        #expect(r(1.25, 1, toward: 2) == 1.3)
        #expect(r(1.25, 1, toward: 0) == 1.2)
        // Two decimals: 2.675 is stored as 2.67499999999999982…, but it is the decimal 2.675,
        // halfway between 2.67 and 2.68, so it goes toward expected, never down by accident.
        #expect(r(2.675, 2, toward: 3) == 2.68)
        #expect(r(2.675, 2, toward: 2) == 2.67)
        // 0.15 is stored as 0.1499999999999999944…: a tie too.
        #expect(r(0.15, 1, toward: 1) == 0.2)
        #expect(r(0.15, 1, toward: 0) == 0.1)
        // A tie from arithmetic: 0.1 + (0.4 − 0.1) × 1/2 = 0.25000000000000006 in binary.
        let midpoint = 0.1 + (0.4 - 0.1) * 1 / 2
        #expect(r(midpoint, 1, toward: 0) == 0.2)
        #expect(r(midpoint, 1, toward: 0.4) == 0.3)
    }

    @Test func zeroIsNeverNegative() {
        let x = r(-0.4, 0, toward: 5)
        #expect(x == 0)
        #expect(x.sign == .plus)
    }

    @Test func hugeAndOddInputsPassThrough() {
        #expect(r(1e15 + 0.5, 2, toward: 0) == 1e15 + 0.5)  // × 100 is beyond 2^52: nothing to round
        #expect(r(.infinity, 0, toward: 0) == .infinity)
    }

    /// Progress shows a plan's goals at no fewer decimals than today's data has.
    @Test func progressWidensThePlansDecimals() {
        let d = Day(parsing: "2026-12-31")!
        func goal(_ id: String, _ decimals: Int?) -> PlanSnapshot.PlanGoal {
            PlanSnapshot.PlanGoal(
                indicatorId: id, indicatorName: id, unit: nil, direction: .higher, current: 10, expected: 13,
                deadline: d, milestones: [], stretch: nil, decimals: decimals)
        }
        let m = Month(year: 2026, month: 10)!
        let plan = PlanSnapshot(
            employeeId: "A", employeeName: "A", role: "R", department: "D", managerId: nil, managerName: nil,
            asOf: m, cycle: 1, maxCycles: 2, start: m + 1, end: m + 2,
            goals: [goal("calls", 0), goal("acc", 0), goal("old", nil), goal("gone", 1)], checkins: [])
        // calls: plan 0, data now 1 → 1; acc: 0 and 0 → 0; old plan without decimals: at least 2;
        // an indicator no longer in the data keeps the plan's 1.
        let shown = plan.showing(currentDecimals: ["calls": 1, "acc": 0, "old": 0])
        #expect(shown.goals.map(\.decimals) == [1, 0, 2, 1])
    }

    /// `FocusPlanner.goal`: the milestones rounded, the last one `expected` itself.
    @Test func goalMilestones() throws {
        let p = Month(year: 2026, month: 10)!
        func milestones(
            _ recent: [Double], _ expected: Double, months: Int, decimals: Int,
            _ direction: Direction = .higher
        ) throws -> [Double] {
            try #require(
                FocusPlanner.goal(
                    indicatorId: "x", recent: recent, expected: expected, best3: nil,
                    direction: direction, asOf: p, planMonths: months, decimals: decimals)
            ).milestones.map(\.value)
        }
        // current 10, expected 13, 2 months: raw 11.5, 13 → 11.5 is a tie, toward 13 → 12.
        #expect(try milestones([10, 10, 10], 13, months: 2, decimals: 0) == [12, 13])
        // A lower-is-better indicator going from 13 down to 10: 11.5 → toward 10 → 11.
        #expect(try milestones([13, 13, 13], 10, months: 2, decimals: 0, .lower) == [11, 10])
        // current (1 + 2 + 2.4) / 3 = 1.8 → 8 in 3 months: 1.8 + 6.2k/3 = 3.87, 5.93, 8 → 4, 6, 8.
        #expect(try milestones([1, 2, 2.4], 8, months: 3, decimals: 0) == [4, 6, 8])
        // The same at 1 decimal: 3.9, 5.9, 8.
        #expect(try milestones([1, 2, 2.4], 8, months: 3, decimals: 1) == [3.9, 5.9, 8])
        // 2 decimals: current 2 → 2.5 in 3 months: 2.1667, 2.3333, 2.5 → 2.17, 2.33, 2.5.
        #expect(try milestones([2, 2, 2], 2.5, months: 3, decimals: 2) == [2.17, 2.33, 2.5])
        // The last milestone is expected unrounded, even finer than the decimals: 10 → 8.25 in
        // 2 months at 0 decimals: 9.125 → 9, then 8.25 itself.
        #expect(try milestones([10, 10, 10], 8.25, months: 2, decimals: 0, .lower) == [9, 8.25])
        // Negative levels (a margin in EUR): -7 → -2 in 2 months: -4.5 is a tie, toward -2 → -4.
        #expect(try milestones([-7, -7, -7], -2, months: 2, decimals: 0) == [-4, -2])
    }
}
