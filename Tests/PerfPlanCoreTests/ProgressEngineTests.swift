import Testing
@testable import PerfPlanCore

/// Hand-worked progress scenarios. A plan made at 2026-06 runs 2026-07..2026-09.
@Suite struct ProgressEngineTests {
    static let asOf = Month(parsing: "2026-06")!

    /// Sales goal (higher): current 150, expected 180 → milestones 160, 170, 180.
    static let salesGoal = PlanSnapshot.PlanGoal(
        indicatorId: "SALES", indicatorName: "Sales", unit: "EUR", direction: .higher,
        current: 150, expected: 180, deadline: Day(parsing: "2026-09-30")!,
        milestones: [.init(month: Month(parsing: "2026-07")!, value: 160),
                     .init(month: Month(parsing: "2026-08")!, value: 170),
                     .init(month: Month(parsing: "2026-09")!, value: 180)],
        stretch: false)

    /// Delay goal (lower): current 6, expected 3 → milestones 5, 4, 3.
    static let delayGoal = PlanSnapshot.PlanGoal(
        indicatorId: "DELAY", indicatorName: "Report delay", unit: "days", direction: .lower,
        current: 6, expected: 3, deadline: Day(parsing: "2026-09-30")!,
        milestones: [.init(month: Month(parsing: "2026-07")!, value: 5),
                     .init(month: Month(parsing: "2026-08")!, value: 4),
                     .init(month: Month(parsing: "2026-09")!, value: 3)],
        stretch: nil)

    static func plan(cycle: Int = 1, goals: [PlanSnapshot.PlanGoal] = [salesGoal, delayGoal]) -> PlanSnapshot {
        PlanSnapshot(employeeId: "E1", employeeName: "Ana", role: "Rep", department: "Sales",
                     managerId: "M1", managerName: "Mia", asOf: asOf, cycle: cycle, maxCycles: 2,
                     start: Month(parsing: "2026-07")!, end: Month(parsing: "2026-09")!, goals: goals,
                     checkins: [Day(parsing: "2026-07-14")!, Day(parsing: "2026-07-31")!,
                                Day(parsing: "2026-08-11")!, Day(parsing: "2026-08-31")!])
    }

    static func engine(_ values: [String: [String: Double]]) -> ProgressEngine {
        ProgressEngine { _, indicator, month in values[indicator]?[month.description] }
    }

    @Test func statusesAgainstMilestoneAndExpected() throws {
        let e = Self.engine(["SALES": ["2026-07": 165], "DELAY": ["2026-07": 5.5]])
        let p = try #require(e.progress(of: Self.plan(), at: Month(parsing: "2026-07")!))
        // Sales 165 ≥ milestone 160, < expected 180 → on track; delay 5.5 > milestone 5 → behind.
        #expect(p.goals[0].status == .onTrack)
        #expect(p.goals[0].milestone == 160)
        #expect(p.goals[0].milestoneNewlyReached)
        #expect(p.goals[1].status == .behind)
        #expect(!p.goals[1].regressed)  // 5.5 is better than the starting 6 for a lower indicator
        #expect(p.overall == .behind)
        #expect(p.decision == nil)
        #expect(p.planMonth == 1)
        #expect(p.upcomingCheckins.map(\.description) == ["2026-08-11", "2026-08-31"])
    }

    @Test func regressionAndNoData() throws {
        let e = Self.engine(["SALES": ["2026-08": 140]])
        let p = try #require(e.progress(of: Self.plan(), at: Month(parsing: "2026-08")!))
        #expect(p.goals[0].status == .behind)
        #expect(p.goals[0].regressed)  // 140 < current 150
        #expect(p.goals[1].status == .noData)
        #expect(!p.goals[1].regressed)
        #expect(p.anyRegressed)
    }

    @Test func equalToExpectedIsAchieved() throws {
        // "At least as good as expected": exactly 180 and exactly 3 both count.
        let e = Self.engine(["SALES": ["2026-09": 180], "DELAY": ["2026-09": 3]])
        let p = try #require(e.progress(of: Self.plan(), at: Month(parsing: "2026-09")!))
        #expect(p.goals.map(\.status) == [.achieved, .achieved])
        #expect(p.decision == .succeeded)
        #expect(p.overall == .achieved)
    }

    @Test func lastMonthOutcomeDependsOnCycle() throws {
        let e = Self.engine(["SALES": ["2026-09": 179], "DELAY": ["2026-09": 3]])
        let last = Month(parsing: "2026-09")!
        #expect(e.progress(of: Self.plan(cycle: 1), at: last)?.decision == .extend)
        #expect(e.progress(of: Self.plan(cycle: 2), at: last)?.decision == .escalate)
        #expect(e.progress(of: Self.plan(cycle: 3), at: last)?.decision == .escalate)
        // After the end the plan is not reported again: its outcome was reported at its last month.
        #expect(e.progress(of: Self.plan(cycle: 1), at: Month(parsing: "2026-10")!) == nil)
        #expect(e.progress(of: Self.plan(cycle: 1), at: Month(parsing: "2026-06")!) == nil)
    }

    /// Rule 39: reported only while the month lies in the plan's period and the plans data has
    /// no `closed` row for that employee and cycle.
    @Test func reportedOnlyWithinItsPeriodAndUnlessClosed() {
        let plans = [Self.plan(cycle: 1)]
        func reported(_ month: String, _ records: [PlanRecord] = []) -> Int {
            ProgressEngine.reported(plans, at: Month(parsing: month)!, records: records).count
        }
        #expect(reported("2026-06") == 0)  // the as-of month: not started
        #expect(reported("2026-07") == 1)
        #expect(reported("2026-09") == 1)  // the last month, with its outcome
        #expect(reported("2026-10") == 0)
        let start = Month(parsing: "2026-07")!, end = Month(parsing: "2026-09")!
        #expect(reported("2026-08", [PlanRecord(employeeId: "E1", cycle: 1, start: start, end: end, outcome: .closed)]) == 0)
        // Another cycle's, another employee's, or another outcome's row leaves it reported.
        #expect(reported("2026-08", [PlanRecord(employeeId: "E1", cycle: 2, start: start, end: end, outcome: .closed),
                                     PlanRecord(employeeId: "E2", cycle: 1, start: start, end: end, outcome: .closed),
                                     PlanRecord(employeeId: "E1", cycle: 1, start: start, end: end, outcome: .active)]) == 1)
    }

    @Test func notStartedPlanHasNoProgress() {
        #expect(Self.engine([:]).progress(of: Self.plan(), at: Self.asOf) == nil)
    }

    @Test func projectionThroughStartingLevelAndActuals() throws {
        // Points (x relative to 2026-06): (0,150), (1,156), (2,162): slope 6/month exactly.
        // Reaching 180 needs x = 5 → 2026-11, after the deadline 2026-09.
        let e = Self.engine(["SALES": ["2026-07": 156, "2026-08": 162]])
        let p = try #require(e.progress(of: Self.plan(goals: [Self.salesGoal]), at: Month(parsing: "2026-08")!))
        guard case .projected(let month, let onTime, let slope) = p.goals[0].projection else {
            Issue.record("expected a projection, got \(p.goals[0].projection)"); return
        }
        #expect(month.description == "2026-11")
        #expect(!onTime)
        #expect(abs(slope - 6) < 1e-12)
    }

    @Test func projectionOnTimeAndAwayFromGoal() throws {
        // Delay: (0,6), (1,4.5): slope −1.5; 3 reached at x = 2 → 2026-08, on time.
        let e = Self.engine(["DELAY": ["2026-07": 4.5]])
        let p = try #require(e.progress(of: Self.plan(goals: [Self.delayGoal]), at: Month(parsing: "2026-07")!))
        #expect(p.goals[0].projection == .projected(month: Month(parsing: "2026-08")!, onTime: true, slopePerMonth: -1.5))
        // Getting worse: (0,6), (1,7) → slope +1 for a lower indicator: not reached at this pace.
        let worse = Self.engine(["DELAY": ["2026-07": 7]])
        let q = try #require(worse.progress(of: Self.plan(goals: [Self.delayGoal]), at: Month(parsing: "2026-07")!))
        #expect(q.goals[0].projection == .notReached(slopePerMonth: 1))
        // No actual yet: only the starting point.
        let none = try #require(Self.engine([:]).progress(of: Self.plan(goals: [Self.delayGoal]), at: Month(parsing: "2026-07")!))
        #expect(none.goals[0].projection == .insufficientData)
    }

    @Test func summaryCountsEqualPerEmployeeStatuses() throws {
        let e = Self.engine(["SALES": ["2026-09": 180], "DELAY": ["2026-09": 3]])
        var a = Self.plan(); a.employeeId = "E2"
        var b = Self.plan(goals: [Self.salesGoal]); b.employeeId = "E1"; b.department = "Finance"
        let month = Month(parsing: "2026-09")!
        let ps = [a, b].compactMap { e.progress(of: $0, at: month) }
        let s = ProgressSummary(month: month, progresses: ps)
        #expect(s.total.onPlans == 2)
        #expect(s.total.succeeded == 2)
        #expect(s.total.onTrack == 2)
        #expect(s.byDepartment.map(\.key) == ["Finance", "Sales"])
        #expect(s.byManager.map(\.employeeIds) == [["E1", "E2"]])
    }
}
