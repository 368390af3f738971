import PerfPlanCore
import Testing

@testable import PerfPlanRender

/// A progress report that prompts action (docs/data-format.md, "Decimals in one row, and in
/// progress reports"), figures worked out by hand. A plan made at 2026-06 runs 2026-07..09.
@Suite struct ProgressWordingTests {
    static func m(_ s: String) -> Month { Month(parsing: s)! }
    static let deadline = Day(parsing: "2026-09-30")!

    /// Sales (higher): current 150, expected 180, milestones 160, 170, 180.
    static let sales = PlanSnapshot.PlanGoal(
        indicatorId: "SALES", indicatorName: "Sales", unit: "EUR", direction: .higher,
        current: 150, expected: 180, deadline: deadline,
        milestones: [
            .init(month: m("2026-07"), value: 160), .init(month: m("2026-08"), value: 170),
            .init(month: m("2026-09"), value: 180),
        ],
        stretch: false)
    /// Report delay (lower): current 6, expected 3, milestones 5, 4, 3.
    static let delay = PlanSnapshot.PlanGoal(
        indicatorId: "DELAY", indicatorName: "Report delay", unit: "days", direction: .lower,
        current: 6, expected: 3, deadline: deadline,
        milestones: [
            .init(month: m("2026-07"), value: 5), .init(month: m("2026-08"), value: 4),
            .init(month: m("2026-09"), value: 3),
        ],
        stretch: nil)

    static func plan(cycle: Int = 1, goals: [PlanSnapshot.PlanGoal] = [sales, delay]) -> PlanSnapshot {
        PlanSnapshot(
            employeeId: "E1", employeeName: "Ana", role: "Rep", department: "Sales", managerId: "M1",
            managerName: "Mia",
            asOf: m("2026-06"), cycle: cycle, maxCycles: 2, start: m("2026-07"), end: m("2026-09"), goals: goals,
            checkins: [])
    }

    static func view(_ plan: PlanSnapshot, _ values: [String: Double]) throws -> [String: Any] {
        let e = ProgressEngine { _, indicator, _ in values[indicator] }
        let p = try #require(e.progress(of: plan, at: m("2026-07")))
        return ProgressView.make(p, generated: Day(parsing: "2026-08-11")!)
    }

    static func texts(_ v: [String: Any], _ key: String) -> [String] {
        (v[key] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
    }

    @Test func lowerIsBetterMilestonesAreWithinNotReached() throws {
        // July: Sales 165 ≥ 160, Report delay 4.8 ≤ 5: both on track.
        let v = try Self.view(Self.plan(), ["SALES": 165, "DELAY": 4.8])
        #expect(
            Self.texts(v, "reached") == [
                "Sales: 165 EUR reaches this month's milestone of 160 EUR.",
                "Report delay: 4.8 days is within this month's milestone of at most 5 days.",
            ])
        #expect(Self.texts(v, "warnings").isEmpty)
    }

    @Test func onTrackButLateForTheDeadlineSaysSo() throws {
        // Milestones 152, 154, 180: July 153 ≥ 152 is on track, but the line through (June, 150)
        // and (July, 153) rises 3 a month and reaches 180 at 150 + 3 × 10: April 2027, after
        // the September 2026 deadline.
        var late = Self.sales
        late.milestones = [
            .init(month: Self.m("2026-07"), value: 152), .init(month: Self.m("2026-08"), value: 154),
            .init(month: Self.m("2026-09"), value: 180),
        ]
        let v = try Self.view(Self.plan(goals: [late]), ["SALES": 153])
        let goal = try #require((v["goals"] as? [[String: Any]])?.first)
        #expect(goal["status"] as? String == "On track this month, late for the deadline at this rate")
        #expect(goal["statusClass"] as? String == "risk")
        #expect(goal["projection"] as? String == "At the current rate, reached in April 2027 — after the deadline")
    }

    @Test func adviceForGoalsBehindIsGivenOnceAndTheLastCycleWarns() throws {
        // July: Sales 155 < 160 and Report delay 5.5 > 5: both behind.
        let v = try Self.view(Self.plan(), ["SALES": 155, "DELAY": 5.5])
        #expect(
            Self.texts(v, "nextSteps") == [
                "Review methods and support at the next check-in for Sales and Report delay; "
                    + "next: Sales 170 EUR in August 2026, Report delay 4 days in August 2026."
            ])
        #expect(Self.texts(v, "warnings").isEmpty)  // cycle 1 of 2: an extension is still open
        let last = try Self.view(Self.plan(cycle: 2), ["SALES": 155, "DELAY": 5.5])
        #expect(
            Self.texts(last, "warnings") == [
                "This is the last allowed plan cycle (2 of 2) and every goal is behind: "
                    + "if that holds at the end of September 2026, the matter is escalated. Involve HR now, not at the final review."
            ])
        // One goal on track in the last cycle: no warning.
        let mixed = try Self.view(Self.plan(cycle: 2), ["SALES": 165, "DELAY": 5.5])
        #expect(Self.texts(mixed, "warnings").isEmpty)
    }

    @Test func anEmptySummaryMonthSaysSo() throws {
        let empty = ProgressSummary(month: Self.m("2026-07"), progresses: [])
        let v = ProgressView.summary(empty, progresses: [], formats: [.html], generated: Day(parsing: "2026-08-11")!)
        #expect(v["hasReports"] as? Bool == false)
        let e = ProgressEngine { _, indicator, _ in ["SALES": 165.0, "DELAY": 4.8][indicator] }
        let p = try #require(e.progress(of: Self.plan(), at: Self.m("2026-07")))
        let one = ProgressView.summary(
            ProgressSummary(month: Self.m("2026-07"), progresses: [p]), progresses: [p], formats: [.html],
            generated: Day(parsing: "2026-08-11")!)
        #expect(one["hasReports"] as? Bool == true)
    }
}
