import Testing

@testable import PerfPlanCore

/// Every figure against a value worked out by hand; the working is in the comments.
@Suite struct GapEngineTests {
    /// The contract's two examples: sales and report delay.
    static let contractExamples = Dataset(
        employees: [F.emp("E1"), F.emp("E2"), F.emp("E3"), F.emp("M1", role: "Manager")],
        indicators: [F.ind("sales", weight: 2), F.ind("delay", .lower, weight: 1, threshold: 5, critical: true)],
        targets: [F.target("sales", value: 200_000), F.target("delay", value: 0)],
        actuals: F.actuals("E1", "sales", ["2026-10": 219_000, "2026-09": 190_000])
            + F.actuals("E2", "sales", ["2026-10": 400_000])
            + F.actuals("E3", "sales", ["2026-10": 431_000]) + F.actuals("E1", "delay", ["2026-10": 2])
            + F.actuals("M1", "sales", ["2026-10": 1]),
        benchmarks: [
            Benchmark(indicatorId: "sales", value: 250_000), Benchmark(indicatorId: "sales", value: 9, scope: "region"),
        ])

    @Test func salesExample() throws {
        let r = F.result(Self.contractExamples, "E1")
        let s = try #require(F.indicator(r, "sales"))
        #expect(s.actual == 219_000)
        #expect(s.target == 200_000)
        #expect(s.threshold == 0)
        #expect(s.gap == 19_000)
        #expect(s.shortfall == 0)
        #expect(s.attainment == 1.095)  // (219000 − 0) / (200000 − 0)
        #expect(s.status == .met)
        // Role "Rep" at P: 219000, 400000, 431000 → mean 350000 (M1 is another role).
        #expect(s.peerN == 3)
        #expect(s.peerMean == 350_000)
        #expect(s.peerMedian == 400_000)
        #expect(s.gapToPeer == -131_000)
        // Worse 0, equal 1 (E1 itself): 100 × 0.5 / 3.
        let expectedPercentile: Double = 50.0 / 3
        #expect(s.percentile == expectedPercentile)
        #expect(s.prev == 190_000)
        #expect(s.yoy == nil)
        // Only the industry benchmark counts.
        #expect(s.benchmark == 250_000)
        #expect(s.gapToBenchmark == -31_000)
    }

    @Test func reportDelayExample() throws {
        let r = F.result(Self.contractExamples, "E1")
        let d = try #require(F.indicator(r, "delay"))
        // Lower, target 0, threshold 5, actual 2: (2 − 5) / (0 − 5) = 0.6 → missed.
        #expect(d.attainment == 0.6)
        #expect(d.status == .missed)
        #expect(d.gap == 2)
        #expect(d.shortfall == 2)
        #expect(d.threshold == 5)
        // Composite = (2 × 1.095 + 1 × 0.6) / 3 = 2.79 / 3 = 0.93.
        #expect(abs(r.composite! - 0.93) < 1e-15)
        #expect(r.rating == "Partially meets")  // 0.80 ≤ 0.93 < 0.95
        // Critical and missed at P; composite_below needs 3 months and 08 has none.
        #expect(r.reasons == [.criticalMissed(indicatorIds: ["delay"])])
        #expect(r.flagged)
        #expect(r.focus == ["delay"])
    }

    @Test func lowerWithPositiveTargetAndNoThreshold() {
        // h = 2 × 10 = 20: actual 15 → (15 − 20)/(10 − 20) = 0.5; 5 → 1.5 (cap); 25 → −0.5 → 0.
        let d = Dataset(
            employees: [F.emp("A"), F.emp("B"), F.emp("C")], indicators: [F.ind("x", .lower)],
            targets: [F.target("x", value: 10)],
            actuals: F.actuals("A", "x", ["2026-10": 15]) + F.actuals("B", "x", ["2026-10": 5])
                + F.actuals("C", "x", ["2026-10": 25]))
        #expect(F.indicator(F.result(d, "A"), "x")?.threshold == 20)
        #expect(F.indicator(F.result(d, "A"), "x")?.attainment == 0.5)
        #expect(F.indicator(F.result(d, "B"), "x")?.attainment == 1.5)
        #expect(F.indicator(F.result(d, "C"), "x")?.attainment == 0)
        #expect(F.indicator(F.result(d, "C"), "x")?.shortfall == 15)
        // Lower: worse means larger. A=15 among 5, 15, 25: one worse (25), itself equal → 100 × 1.5/3 = 50.
        #expect(F.indicator(F.result(d, "A"), "x")?.percentile == 50)
        let percentileB: Double = 250.0 / 3
        #expect(F.indicator(F.result(d, "B"), "x")?.percentile == percentileB)
    }

    @Test func atRiskBandAndCap() {
        // Target 100, tolerance 0.10: 95 → 0.95 at risk; 89 → missed; 200 → capped at 1.5.
        var policy = Policy.default
        policy.attainmentCap = 1.2
        let d = Dataset(
            employees: [F.emp("A"), F.emp("B"), F.emp("C")], indicators: [F.ind("x")],
            targets: [F.target("x", value: 100)],
            actuals: F.actuals("A", "x", ["2026-10": 95]) + F.actuals("B", "x", ["2026-10": 89])
                + F.actuals("C", "x", ["2026-10": 200]), policy: policy)
        #expect(F.indicator(F.result(d, "A"), "x")?.status == .atRisk)
        #expect(F.indicator(F.result(d, "B"), "x")?.status == .missed)
        #expect(F.indicator(F.result(d, "C"), "x")?.attainment == 1.2)
        #expect(F.result(d, "C").rating == "Exceeds")
    }

    @Test func baselinesOverMonthsWithValuesAndTrendWithGaps() throws {
        // 12-month window 2025-11..2026-10 holds 5 values; 2025-10 (13 months back) is outside.
        let values: [String: Double] = [
            "2025-10": 1000, "2025-12": 8, "2026-03": 12, "2026-05": 10, "2026-07": 14, "2026-10": 20,
        ]
        let d = Dataset(
            employees: [F.emp("A")], indicators: [F.ind("x")], targets: [F.target("x", value: 15)],
            actuals: F.actuals("A", "x", values))
        let x = try #require(F.indicator(F.result(d, "A"), "x"))
        #expect(x.annualAvg == 12.8)  // (8 + 12 + 10 + 14 + 20) / 5 = 64 / 5
        let best3: Double = 46.0 / 3  // (12 + 14 + 20) / 3
        #expect(x.best3Avg == best3)
        #expect(x.worst3Avg == 10)  // (8 + 10 + 12) / 3 = 30 / 3
        #expect(x.yoy == 1000)  // 2025-10 is P − 12, outside the baseline window but the year-ago value
        #expect(x.prev == nil)
        // Trend over 2026-05..2026-10: x = 0, 2, 5; y = 10, 14, 20.
        // x̄ = 7/3, ȳ = 44/3; Sxy = 98/9 + 2/9 + 128/9 = 228/9; Sxx = 114/9 → slope 2.
        #expect(abs(x.trendSlope! - 2) < 1e-12)
    }

    @Test func fewerThanThreeValues() throws {
        let d = Dataset(
            employees: [F.emp("A")], indicators: [F.ind("x", .lower, threshold: 10)],
            targets: [F.target("x", value: 2)],
            actuals: F.actuals("A", "x", ["2026-09": 4, "2026-10": 3]))
        let x = try #require(F.indicator(F.result(d, "A"), "x"))
        #expect(x.annualAvg == 3.5)
        #expect(x.best3Avg == nil)
        #expect(x.worst3Avg == nil)
        #expect(x.trendSlope == nil)
        #expect(x.prev == 4)
        // A single peer: itself. percentile 50, gap 0.
        #expect(x.peerN == 1)
        #expect(x.percentile == 50)
        #expect(x.gapToPeer == 0)
        #expect(x.peerMedian == 3)
    }

    @Test func bestAndWorstFollowDirection() throws {
        let d = Dataset(
            employees: [F.emp("A")], indicators: [F.ind("x", .lower, threshold: 100)],
            targets: [F.target("x", value: 1)],
            actuals: F.actuals("A", "x", ["2026-07": 1, "2026-08": 2, "2026-09": 3, "2026-10": 10]))
        let x = try #require(F.indicator(F.result(d, "A"), "x"))
        #expect(x.best3Avg == 2)  // lower is better: 1, 2, 3
        #expect(x.worst3Avg == 5)  // the worst are the largest: (10 + 3 + 2) / 3
    }

    @Test func targetSpecificityAndOverrides() throws {
        let d = Dataset(
            employees: [F.emp("E1"), F.emp("E2"), F.emp("M1", role: "Manager")],
            indicators: [F.ind("x", weight: 1, threshold: 10)],
            targets: [
                F.target("x", "*", "*", 100, line: 2),
                F.target("x", "department:Sales", "2026-01..2026-12", 200, line: 3),
                F.target("x", "role:Rep", "*", 300, line: 4),
                F.target("x", "role:Rep", "2026-10", 310, threshold: 0, weight: 4, line: 5),
                F.target("x", "employee:E1", "2026-09", 400, line: 6),
            ],
            actuals: [])
        let engine = GapEngine(dataset: d)
        func t(_ e: String, _ month: String) -> ResolvedTarget? {
            engine.resolver.resolve(employee: engine.index.employeeIndex[e]!, indicator: 0, month: F.m(month))
        }
        #expect(t("E1", "2026-09")?.target == 400)  // employee beats role
        #expect(t("E1", "2026-08")?.target == 300)  // role beats department
        #expect(t("E1", "2026-10")?.target == 310)  // month beats * within role
        #expect(t("E1", "2026-10")?.threshold == 0)  // row overrides
        #expect(t("E1", "2026-10")?.weight == 4)
        #expect(t("E2", "2026-09")?.threshold == 10)  // indicator's
        #expect(t("E2", "2026-09")?.weight == 1)
        #expect(t("M1", "2026-06")?.target == 200)  // department range
        #expect(t("M1", "2027-01")?.target == 100)  // outside the range: *
        let r = F.result(d, "E1")
        #expect(F.indicator(r, "x")?.targetSource.line == 5)
        #expect(F.indicator(r, "x")?.actual == nil)
        #expect(F.indicator(r, "x")?.missStreak == 0)
        #expect(r.composite == nil)
        #expect(r.rating == nil)
        #expect(r.focus.isEmpty)
    }

    @Test func missStreakEndsAtAMissingMonth() {
        // Target 100: 07 missed, 08 no actual, 09 missed, 10 missed → streak 2, no trigger at 3.
        let d = Dataset(
            employees: [F.emp("A"), F.emp("B")], indicators: [F.ind("x")], targets: [F.target("x", value: 100)],
            actuals: F.actuals("A", "x", ["2026-06": 10, "2026-07": 10, "2026-09": 10, "2026-10": 10])
                + F.actuals("B", "x", ["2026-06": 95, "2026-07": 10, "2026-08": 10, "2026-09": 10, "2026-10": 10]))
        let a = F.result(d, "A")
        #expect(F.indicator(a, "x")?.missStreak == 2)
        #expect(!a.reasons.contains { $0.code == "miss_streak" })
        // B: 06 at risk (0.95) ends the streak at 4 months.
        let b = F.result(d, "B")
        #expect(F.indicator(b, "x")?.missStreak == 4)
        #expect(b.reasons.contains(.missStreak(limit: 3, streaks: [.init(indicatorId: "x", months: 4)])))
    }

    @Test func compositeTriggerNeedsEveryMonth() {
        // Weighted composite: x (w 3) and y (w 1), targets 100, threshold 0.
        // 08: x 50, y 100 → (3×0.5 + 1)/4 = 0.625; 09: no actuals; 10: x 80 → 0.8.
        let d = Dataset(
            employees: [F.emp("A"), F.emp("B")], indicators: [F.ind("x", weight: 3), F.ind("y", weight: 1)],
            targets: [F.target("x", value: 100), F.target("y", value: 100)],
            actuals: F.actuals("A", "x", ["2026-08": 50, "2026-10": 80]) + F.actuals("A", "y", ["2026-08": 100])
                + F.actuals("B", "x", ["2026-08": 50, "2026-09": 84, "2026-10": 80])
                + F.actuals("B", "y", ["2026-08": 100]))
        let a = F.result(d, "A")
        // 3 × 0.8 / 3 is 0.8000000000000002 in binary64, as in any IEEE implementation.
        let eight: Double = 3 * 0.8 / 3
        #expect(a.compositeHistory.suffix(3).map(\.composite) == [0.625, nil, eight])
        #expect(!a.reasons.contains { $0.code == "composite_below" })
        let b = F.result(d, "B")
        // 09: x 84 alone → 0.84.
        #expect(
            b.reasons.first
                == .compositeBelow(
                    threshold: 0.85, months: [F.m("2026-08"), F.m("2026-09"), F.m("2026-10")],
                    composites: [0.625, 0.84, eight]))
        #expect(
            b.reasons.first?.sentence(asOf: F.P, name: { $0 })
                == "Composite score below 0.85 in each of August–October 2026: 0.63, 0.84, 0.8.")
    }

    @Test func triggersSwitchOff() {
        var policy = Policy.default
        policy.triggers = .init(compositeBelow: nil, compositeMonths: 3, missStreak: nil, criticalMissed: false)
        var d = Self.contractExamples
        d.policy = policy
        let r = F.result(d, "E1")
        #expect(r.reasons.isEmpty)
        #expect(!r.flagged)
        #expect(r.focus == ["delay"])  // focus does not depend on being flagged
    }

    @Test func focusOrderTiesAndLimit() {
        // Keys weight × (1 − min(att, 1)): a 2 × 0.5 = 1.0, b 1 × 0.9 = 0.9, c 2 × 0.5 = 1.0, d met.
        var policy = Policy.default
        policy.maxFocus = 2
        let inds = [F.ind("c", weight: 2), F.ind("b", weight: 1), F.ind("a", weight: 2), F.ind("d", weight: 5)]
        let d = Dataset(
            employees: [F.emp("A")], indicators: inds, targets: inds.map { F.target($0.id, value: 100) },
            actuals: F.actuals("A", "a", ["2026-10": 50]) + F.actuals("A", "b", ["2026-10": 10])
                + F.actuals("A", "c", ["2026-10": 50]) + F.actuals("A", "d", ["2026-10": 100]), policy: policy)
        #expect(F.result(d, "A").focus == ["a", "c"])
    }

    @Test func goalsWithExpectedFromPlanEndAndFallback() throws {
        // Plan months 3 → deadline month 2027-01. x has a 2027 target of 130; y only the * target 50.
        let d = Dataset(
            employees: [F.emp("A")], indicators: [F.ind("x", weight: 2), F.ind("y", .lower, threshold: 100)],
            targets: [
                F.target("x", "*", "2026-01..2026-12", 120), F.target("x", "*", "2027-01..2027-12", 130),
                F.target("y", value: 50),
            ],
            actuals: F.actuals("A", "x", ["2025-01": 60, "2026-02": 90, "2026-10": 99])
                + F.actuals("A", "y", ["2026-08": 70, "2026-09": 80, "2026-10": 90]))
        let r = F.result(d, "A")
        let x = try #require(r.goals.first { $0.indicatorId == "x" })
        // current = (60 + 90 + 99) / 3 = 83 (the 3 most recent, however far back).
        #expect(x.current == 83)
        #expect(x.expected == 130)
        #expect(x.deadline.description == "2027-01-31")
        // Milestones 83 + 47k/3 = 98.67, 114.33, 130, rounded to x's decimals: its actuals are
        // written as whole numbers, so 0 (§6.30, §6.36) → 99, 114; the last is expected, 130.
        #expect(x.milestones.map(\.month.description) == ["2026-11", "2026-12", "2027-01"])
        #expect(x.milestones.map(\.value) == [99, 114, 130])
        // best3 over 12 months = (90 + 99) only 2 values → nil → stretch nil.
        #expect(x.stretch == nil)
        let y = try #require(r.goals.first { $0.indicatorId == "y" })
        // current = 80; expected falls back to the * target 50; best3 (lower) = 80 → 50 is better → stretch.
        #expect(y.current == 80)
        #expect(y.expected == 50)
        #expect(y.stretch == true)
    }

    @Test func cycleAndEscalate() {
        var d = Self.contractExamples
        d.plans = [
            PlanRecord(employeeId: "E1", cycle: 1, start: F.m("2026-01"), end: F.m("2026-03"), outcome: .extended),
            PlanRecord(employeeId: "E1", cycle: 2, start: F.m("2026-04"), end: F.m("2026-06"), outcome: .closed),
            PlanRecord(employeeId: "E1", cycle: 3, start: F.m("2026-07"), end: F.m("2026-09"), outcome: .active),
        ]
        let r = F.result(d, "E1")
        // 1 + two plans with an outcome = 3, but cycle 3 (ended 2026-09, still `active`) holds
        // that number: the next plan is cycle 4 (contract §7.47).
        #expect(r.cycle == 4)
        #expect(r.escalate)
        #expect(F.result(d, "E2").cycle == 1)
        #expect(!F.result(d, "E2").escalate)
    }

    @Test func peersWhenTheEmployeeHasNoValue() throws {
        let d = Dataset(
            employees: [F.emp("A"), F.emp("B"), F.emp("C")], indicators: [F.ind("x")],
            targets: [F.target("x", "employee:A", "*", 10)],
            actuals: F.actuals("B", "x", ["2026-10": 4]) + F.actuals("C", "x", ["2026-10": 4]))
        let x = try #require(F.indicator(F.result(d, "A"), "x"))
        // Peers are B and C (no target needed): mean 4, median 4; A has no value → nulls.
        #expect(x.peerN == 2)
        #expect(x.peerMean == 4)
        #expect(x.peerMedian == 4)
        #expect(x.percentile == nil)
        #expect(x.gapToPeer == nil)
        // B and C have no target: they list no indicator at all.
        #expect(F.result(d, "B").indicators.isEmpty)
    }

    @Test func equalValuesInThePercentile() {
        let d = Dataset(
            employees: ["A", "B", "C", "D"].map { F.emp($0) }, indicators: [F.ind("x")],
            targets: [F.target("x", value: 5)],
            actuals: F.actuals("A", "x", ["2026-10": 3]) + F.actuals("B", "x", ["2026-10": 3])
                + F.actuals("C", "x", ["2026-10": 3]) + F.actuals("D", "x", ["2026-10": 1]))
        // A: worse 1 (D), equal 3 → 100 × (1 + 1.5) / 4 = 62.5.
        #expect(F.indicator(F.result(d, "A"), "x")?.percentile == 62.5)
        #expect(F.indicator(F.result(d, "D"), "x")?.percentile == 12.5)
        // Median of 1, 3, 3, 3 = 3; mean 2.5.
        #expect(F.indicator(F.result(d, "D"), "x")?.peerMedian == 3)
    }

    @Test func reportOrderAndCodePointIds() {
        let d = Dataset(
            employees: [F.emp("b"), F.emp("B"), F.emp("a")], indicators: [F.ind("é"), F.ind("z")],
            targets: [F.target("é", value: 1), F.target("z", value: 1)], actuals: [])
        let report = GapEngine(dataset: d).report(asOf: F.P, employeeIds: ["B", "a", "b"])
        #expect(report.employees.map(\.employeeId) == ["B", "a", "b"])
        #expect(report.employees[0].indicators.map(\.indicatorId) == ["z", "é"])  // U+007A < U+00E9
    }
}
