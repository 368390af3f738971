import Testing

@testable import PerfPlanCore

/// Hand-worked progress scenarios. A plan made at 2026-06 runs 2026-07..2026-09.
@Suite struct ProgressEngineTests {
    static let asOf = Month(parsing: "2026-06")!

    /// Sales goal (higher): current 150, expected 180 → milestones 160, 170, 180.
    static let salesGoal = PlanSnapshot.PlanGoal(
        indicatorId: "SALES", indicatorName: "Sales", unit: "EUR", direction: .higher,
        current: 150, expected: 180, deadline: Day(parsing: "2026-09-30")!,
        milestones: [
            .init(month: Month(parsing: "2026-07")!, value: 160),
            .init(month: Month(parsing: "2026-08")!, value: 170),
            .init(month: Month(parsing: "2026-09")!, value: 180),
        ],
        stretch: false)

    /// Delay goal (lower): current 6, expected 3 → milestones 5, 4, 3.
    static let delayGoal = PlanSnapshot.PlanGoal(
        indicatorId: "DELAY", indicatorName: "Report delay", unit: "days", direction: .lower,
        current: 6, expected: 3, deadline: Day(parsing: "2026-09-30")!,
        milestones: [
            .init(month: Month(parsing: "2026-07")!, value: 5),
            .init(month: Month(parsing: "2026-08")!, value: 4),
            .init(month: Month(parsing: "2026-09")!, value: 3),
        ],
        stretch: nil)

    static func plan(cycle: Int = 1, goals: [PlanSnapshot.PlanGoal] = [salesGoal, delayGoal]) -> PlanSnapshot {
        PlanSnapshot(
            employeeId: "E1", employeeName: "Ana", role: "Rep", department: "Sales",
            managerId: "M1", managerName: "Mia", asOf: asOf, cycle: cycle, maxCycles: 2,
            start: Month(parsing: "2026-07")!, end: Month(parsing: "2026-09")!, goals: goals,
            checkins: [
                Day(parsing: "2026-07-14")!, Day(parsing: "2026-07-31")!,
                Day(parsing: "2026-08-11")!, Day(parsing: "2026-08-31")!,
            ])
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
        #expect(p.goals[0].milestoneReached)
        #expect(!p.goals[1].milestoneReached)
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
        let start = Month(parsing: "2026-07")!
        let end = Month(parsing: "2026-09")!
        #expect(
            reported("2026-08", [PlanRecord(employeeId: "E1", cycle: 1, start: start, end: end, outcome: .closed)]) == 0
        )
        // Another cycle's, another employee's, or another outcome's row leaves it reported.
        #expect(
            reported(
                "2026-08",
                [
                    PlanRecord(employeeId: "E1", cycle: 2, start: start, end: end, outcome: .closed),
                    PlanRecord(employeeId: "E2", cycle: 1, start: start, end: end, outcome: .closed),
                    PlanRecord(employeeId: "E1", cycle: 1, start: start, end: end, outcome: .active),
                ]) == 1)
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
            Issue.record("expected a projection, got \(p.goals[0].projection)")
            return
        }
        #expect(month.description == "2026-11")
        #expect(!onTime)
        #expect(abs(slope - 6) < 1e-12)
    }

    @Test func projectionOnTimeAndAwayFromGoal() throws {
        // Delay: (0,6), (1,4.5): slope −1.5; 3 reached at x = 2 → 2026-08, on time.
        let e = Self.engine(["DELAY": ["2026-07": 4.5]])
        let p = try #require(e.progress(of: Self.plan(goals: [Self.delayGoal]), at: Month(parsing: "2026-07")!))
        #expect(
            p.goals[0].projection == .projected(month: Month(parsing: "2026-08")!, onTime: true, slopePerMonth: -1.5))
        // Getting worse: (0,6), (1,7) → slope +1 for a lower indicator: not reached at this pace.
        let worse = Self.engine(["DELAY": ["2026-07": 7]])
        let q = try #require(worse.progress(of: Self.plan(goals: [Self.delayGoal]), at: Month(parsing: "2026-07")!))
        #expect(q.goals[0].projection == .notReached(slopePerMonth: 1))
        // No actual yet: only the starting point.
        let none = try #require(
            Self.engine([:]).progress(of: Self.plan(goals: [Self.delayGoal]), at: Month(parsing: "2026-07")!))
        #expect(none.goals[0].projection == .insufficientData)
    }

    @Test func summaryCountsEqualPerEmployeeStatuses() throws {
        let e = Self.engine(["SALES": ["2026-09": 180], "DELAY": ["2026-09": 3]])
        var a = Self.plan()
        a.employeeId = "E2"
        var b = Self.plan(goals: [Self.salesGoal])
        b.employeeId = "E1"
        b.department = "Finance"
        let month = Month(parsing: "2026-09")!
        let ps = [a, b].compactMap { e.progress(of: $0, at: month) }
        let s = ProgressSummary(month: month, progresses: ps)
        #expect(s.total.onPlans == 2)
        #expect(s.total.succeeded == 2)
        #expect(s.total.onTrack == 2)
        #expect(s.byDepartment.map(\.key) == ["Finance", "Sales"])
        #expect(s.byManager.map(\.employeeIds) == [["E1", "E2"]])
    }

    /// Rule 40: "milestone reached" ⇔ on track or achieved at M — every such month, not only the first.
    @Test func milestoneReachedWheneverOnTrackOrAchieved() throws {
        // Sales milestones 160, 170, 180 (expected 180). 2026-07: 165 ≥ 160 on track; 2026-08: 172 ≥ 170
        // on track again (already reached last month — still reached); 2026-09: 181 ≥ 180 achieved.
        // Delay milestones 5, 4, 3 (lower). 2026-07: 5.5 > 5 behind; 2026-08 no actual: no data.
        let e = Self.engine(["SALES": ["2026-07": 165, "2026-08": 172, "2026-09": 181], "DELAY": ["2026-07": 5.5]])
        let plan = Self.plan()
        let july = try #require(e.progress(of: plan, at: Month(parsing: "2026-07")!))
        let august = try #require(e.progress(of: plan, at: Month(parsing: "2026-08")!))
        let september = try #require(e.progress(of: plan, at: Month(parsing: "2026-09")!))
        #expect(july.goals.map(\.milestoneReached) == [true, false])
        #expect(august.goals.map(\.status) == [.onTrack, .noData])
        #expect(august.goals.map(\.milestoneReached) == [true, false])
        #expect(september.goals[0].status == .achieved)
        #expect(september.goals[0].milestoneReached)
    }

    // MARK: Rule 42, hand-worked. A plan made at 2026-10 runs 2026-11..2027-01 (deadline
    // 2027-01-31). x counts months from plan start − 1 = 2026-10 (x = 0, the plan's `current`).

    static func goal42(_ direction: Direction, current: Double, expected: Double) -> PlanSnapshot.PlanGoal {
        let step = (expected - current) / 3
        return PlanSnapshot.PlanGoal(
            indicatorId: "G", indicatorName: "Goal", unit: nil, direction: direction, current: current,
            expected: expected,
            deadline: Day(parsing: "2027-01-31")!,
            milestones: (1...3).map {
                .init(month: Month(parsing: "2026-10")! + $0, value: current + step * Double($0))
            },
            stretch: nil)
    }

    static func project(
        _ goal: PlanSnapshot.PlanGoal, _ actuals: [String: Double], at month: String,
        asOf: String = "2026-10"
    ) throws -> Projection {
        let plan = PlanSnapshot(
            employeeId: "E1", employeeName: "Ana", role: "Rep", department: "Sales", managerId: nil,
            managerName: nil, asOf: Month(parsing: asOf)!, cycle: 1, maxCycles: 2,
            start: Month(parsing: "2026-11")!, end: Month(parsing: "2027-01")!, goals: [goal], checkins: [])
        let p = try #require(engine(["G": actuals]).progress(of: plan, at: Month(parsing: month)!))
        return p.goals[0].projection
    }

    @Test func projectionIsTheFirstMonthAfterMWhereTheLineReachesExpected() throws {
        // Points (0,100) (1,105) (2,112). mean x = 1, mean y = 317/3 = 105.667.
        // Sxy = (−1)(100 − 105.667) + 0 + (1)(112 − 105.667) = 5.667 + 6.333 = 12; Sxx = 1 + 0 + 1 = 2 → slope 6.
        // Line: y = 105.667 + 6(x − 1). y = 130 at x = 1 + 24.333/6 = 5.056; at x = 5 the line is 129.667 < 130,
        // at x = 6 it is 135.667 → x = 6 = 2027-04, after the deadline month 2027-01.
        let g = Self.goal42(.higher, current: 100, expected: 130)
        let p = try Self.project(g, ["2026-11": 105, "2026-12": 112], at: "2026-12")
        guard case .projected(let month, let onTime, let slope) = p else {
            Issue.record("got \(p)")
            return
        }
        #expect(month.description == "2027-04")
        #expect(!onTime)
        #expect(abs(slope - 6) < 1e-12)
        // The first x is plan start − 1 whatever the plan's as-of month says.
        #expect(try Self.project(g, ["2026-11": 105, "2026-12": 112], at: "2026-12", asOf: "2026-08") == p)
    }

    @Test func projectionNeverFallsOnOrBeforeTheReportMonth() throws {
        // Points (0,100) (1,140) (2,125): mean y = 365/3 = 121.667; Sxy = (−1)(−21.667) + (1)(3.333) = 25;
        // Sxx = 2 → slope 12.5. y = 130 at x = 1 + 8.333/12.5 = 1.667 → first whole month 2 = M (2026-12),
        // where 125 < 130 is not achieved: the first month from M + 1 on is x = 3 = 2027-01, the deadline month.
        let g = Self.goal42(.higher, current: 100, expected: 130)
        #expect(
            try Self.project(g, ["2026-11": 140, "2026-12": 125], at: "2026-12")
                == .projected(month: Month(parsing: "2027-01")!, onTime: true, slopePerMonth: 12.5))
    }

    @Test func lineThatPointsAwayHasNoProjection() throws {
        // Points (0,100) (1,98) (2,95): mean y = 97.667; Sxy = (−1)(2.333) + (1)(−2.667) = −5; Sxx = 2 → slope −2.5,
        // away from 130 for a higher goal: not on course at the current rate.
        let g = Self.goal42(.higher, current: 100, expected: 130)
        #expect(try Self.project(g, ["2026-11": 98, "2026-12": 95], at: "2026-12") == .notReached(slopePerMonth: -2.5))
        // Flat: (0,100) (1,100) → slope 0, not on course either.
        #expect(try Self.project(g, ["2026-11": 100], at: "2026-11") == .notReached(slopePerMonth: 0))
    }

    @Test func projectionBeyondTwentyFourMonthsAfterTheDeadlineIsNone() throws {
        // Points (0,100) (1,101) (2,102): slope exactly 1, line y = 100 + x. Deadline month 2027-01 is x = 3,
        // so the horizon ends at x = 3 + 24 = 27 = 2029-01.
        let actuals: [String: Double] = ["2026-11": 101, "2026-12": 102]
        // Expected 127: reached at x = 27 = 2029-01, exactly 24 months after the deadline month: still projected.
        #expect(
            try Self.project(Self.goal42(.higher, current: 100, expected: 127), actuals, at: "2026-12")
                == .projected(month: Month(parsing: "2029-01")!, onTime: false, slopePerMonth: 1))
        // Expected 127.5: x = 27.5 → 28 = 2029-02, one month beyond: none.
        #expect(
            try Self.project(Self.goal42(.higher, current: 100, expected: 127.5), actuals, at: "2026-12")
                == .notReached(slopePerMonth: 1))
        // Expected 130: x = 30 = 2029-04: none.
        #expect(
            try Self.project(Self.goal42(.higher, current: 100, expected: 130), actuals, at: "2026-12")
                == .notReached(slopePerMonth: 1))
        // A slope of 1e-300 crosses at x ≈ 3e301: none, and no trap converting it to a month.
        #expect(
            try Self.project(Self.goal42(.higher, current: 0, expected: 1), ["2026-11": 1e-300], at: "2026-11")
                == .notReached(slopePerMonth: 1e-300))
    }

    @Test func achievedGoalHasNoProjection() throws {
        // 131 ≥ expected 130 at M: achieved, nothing to project (even though the line (0,100) (1,131) would say x = 1).
        let g = Self.goal42(.higher, current: 100, expected: 130)
        #expect(try Self.project(g, ["2026-11": 131], at: "2026-11") == .reached)
    }

    @Test func lowerDirectionGoalProjectsDownwards() throws {
        // Days late, lower is better: current 6, expected 3. Points (0,6) (1,5.5) (2,5): mean y = 5.5;
        // Sxy = (−1)(0.5) + (1)(−0.5) = −1; Sxx = 2 → slope −0.5. y = 3 at x = 1 + (3 − 5.5)/(−0.5) = 6 exactly
        // → 2027-04, after the deadline.
        let g = Self.goal42(.lower, current: 6, expected: 3)
        #expect(
            try Self.project(g, ["2026-11": 5.5, "2026-12": 5], at: "2026-12")
                == .projected(month: Month(parsing: "2027-04")!, onTime: false, slopePerMonth: -0.5))
        // Getting later: (0,6) (1,6.5) (2,7) → slope +0.5, away from 3: none.
        #expect(try Self.project(g, ["2026-11": 6.5, "2026-12": 7], at: "2026-12") == .notReached(slopePerMonth: 0.5))
    }

    /// Rule 41: the person's name, department and manager come from the current data.
    @Test func currentPeopleReplaceThePlansOrgChart() {
        var plan = Self.plan()
        plan.employeeId = "E1"
        let employees = [
            Employee(id: "E1", name: "Ana Berg", role: "Rep", department: "Support", managerId: "M2"),
            Employee(id: "M1", name: "Mia", role: "Manager", department: "Sales"),
            Employee(id: "M2", name: "Zed", role: "Manager", department: "Support"),
        ]
        let other = PlanSnapshot(
            employeeId: "GONE", employeeName: "Old", role: "Rep", department: "Sales", managerId: "M1",
            managerName: "Mia", asOf: Self.asOf, cycle: 1, maxCycles: 2, start: plan.start, end: plan.end,
            goals: [], checkins: [])
        let now = PlanSnapshot.withCurrentPeople([plan, other], employees: employees)
        #expect(now[0].employeeName == "Ana Berg")
        #expect(now[0].department == "Support")
        #expect(now[0].managerId == "M2")
        #expect(now[0].managerName == "Zed")
        #expect(now[0].goals == plan.goals)  // the goals stay the plan's
        #expect(now[0].role == "Rep")
        #expect(now[1] == other)  // not in today's data: as plan.xml says
        // Rolled up under the new department and manager.
        let e = Self.engine(["SALES": ["2026-07": 165], "DELAY": ["2026-07": 5]])
        let s = ProgressSummary(
            month: Month(parsing: "2026-07")!, progresses: [e.progress(of: now[0], at: Month(parsing: "2026-07")!)!])
        #expect(s.byDepartment.map(\.key) == ["Support"])
        #expect(s.byManager.map(\.label) == ["Zed"])
    }

    /// Issue 21.11: managers by name (code-point order), ties by id, those without a manager last.
    @Test func managersSortedByNameThenId() throws {
        let e = Self.engine([:])
        let month = Month(parsing: "2026-07")!
        func plan(_ id: String, _ managerId: String?, _ managerName: String?) -> PlanSnapshot {
            var p = Self.plan()
            p.employeeId = id
            p.managerId = managerId
            p.managerName = managerName
            return p
        }
        let ps = [
            plan("E1", "M1", "Zoe"), plan("E2", "M3", "Ben"), plan("E3", nil, nil), plan("E4", "M2", "Ben"),
            plan("E5", "M0", "ben"),
        ].compactMap { e.progress(of: $0, at: month) }
        let s = ProgressSummary(month: month, progresses: ps)
        // "Ben" < "Zoe" < "ben" in code points; the two Bens by id M2 < M3.
        #expect(s.byManager.map(\.key) == ["M2", "M3", "M1", "M0", ""])
        #expect(s.byManager.last?.label == "No manager on record")
        // Two managers called Ben: the reader is told which is which; "ben" is another name.
        #expect(s.byManager.map(\.displayName) == ["Ben (M2)", "Ben (M3)", "Zoe", "ben", "No manager on record"])
        #expect(s.byManager.map(\.label) == ["Ben", "Ben", "Zoe", "ben", "No manager on record"])
    }
}
