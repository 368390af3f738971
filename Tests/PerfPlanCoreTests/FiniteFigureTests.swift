import Foundation
import PropertyBased
import Testing

@testable import PerfPlanCore

/// Contract §6.34: every accepted value (|v| ≤ 1e15, tiny non-zero targets included) computes
/// to finite figures, and nothing prints or traps on infinity.
@Suite struct FiniteFigureTests {
    @Test func anOverflowingRatioIsClippedToTheCapNotZero() {
        // (1e15 − 0) / (1e-300 − 0) overflows to +∞: far above the target, so the cap.
        #expect(Attainment.attainment(actual: 1e15, target: 1e-300, threshold: 0, cap: 1.5) == 1.5)
        #expect(Attainment.attainment(actual: -1e15, target: 1e-300, threshold: 0, cap: 1.5) == 0)
        // Lower is better: target 1e-300 with threshold 2e-300; an actual of 1e15 is far worse.
        #expect(Attainment.attainment(actual: 1e15, target: 1e-300, threshold: 2e-300, cap: 1.5) == 0)
        #expect(Attainment.attainment(actual: -1e15, target: 1e-300, threshold: 2e-300, cap: 1.5) == 1.5)
    }

    @Test func hugeFiniteNumbersFormatWithoutATrap() {
        // 1e305 × 10^4 overflowed, and ∞ − ∞ reached `Int(NaN)` (explain shows ratios at 4 decimals).
        #expect(HumanNumber.format(1.2345678e306, decimals: 4) == "1.2345678e+306")
        #expect(HumanNumber.format(-1.7e308, decimals: 6) == "-1.7e+308")
        #expect(HumanNumber.format(1e16, decimals: 2) == "1e+16")
    }

    @Test func explainNeverShowsInfinity() throws {
        let d = Dataset(
            employees: [F.emp("E1")], indicators: [F.ind("x")], targets: [F.target("x", value: 1e-300)],
            actuals: F.actuals("E1", "x", ["2026-10": 1e15]))
        #expect(F.indicator(F.result(d, "E1"), "x")?.status == .met)
        let text = try #require(Explainer(engine: GapEngine(dataset: d)).explain(employeeId: "E1", asOf: F.P))
        #expect(text.contains("= more than 1e308, clipped to [0, 1.5] → 1.5"), "\(text)")
        #expect(!Self.showsNonFinite(text), "\(text)")
    }

    @Test func aNearlyFlatProjectionIsNotReachedInsteadOfATrap() throws {
        // Starting level 0, then 1e-310 a month: the line crosses 180 at x ≈ 1e312 (= ∞).
        let goal = PlanSnapshot.PlanGoal(
            indicatorId: "X", indicatorName: "X", unit: nil, direction: .higher, current: 0, expected: 180,
            deadline: Day(parsing: "2026-09-30")!, milestones: [.init(month: F.m("2026-07"), value: 60)], stretch: nil)
        let plan = PlanSnapshot(
            employeeId: "E1", employeeName: "Ana", role: "Rep", department: "Sales", managerId: nil,
            managerName: nil, asOf: F.m("2026-06"), cycle: 1, maxCycles: 2, start: F.m("2026-07"),
            end: F.m("2026-09"), goals: [goal], checkins: [])
        let engine = ProgressEngine { _, _, m in m == F.m("2026-07") ? 1e-310 : m == F.m("2026-08") ? 2e-310 : nil }
        let p = try #require(engine.progress(of: plan, at: F.m("2026-08")))
        guard case .notReached = p.goals[0].projection else {
            Issue.record("expected notReached, got \(p.goals[0].projection)")
            return
        }
    }

    /// Random datasets whose every number is extreme but valid — magnitudes from 5e-324 to
    /// 1e15, tiny targets just off their thresholds, weights from 1e-300 to 1e15, cap up to
    /// 100 — give finite figures throughout, and an explanation without inf or nan.
    @Test func extremeButValidDatasetsGiveFiniteFigures() async {
        await propertyCheck(count: 60, input: Gen.uint64(in: 0...UInt64.max)) { seed in
            let d = Self.extremeDataset(seed: seed)
            let engine = GapEngine(dataset: d)
            for r in engine.report(asOf: F.P, employeeIds: d.employees.map(\.id)).employees {
                let bad = Self.nonFinite(r)
                #expect(bad.isEmpty, "seed \(seed): \(r.employeeId) \(bad)")
            }
            let text = Explainer(engine: engine).explain(employeeId: "E0", asOf: F.P) ?? ""
            #expect(!Self.showsNonFinite(text), "seed \(seed)")
        }
    }

    static func showsNonFinite(_ text: String) -> Bool {
        text.range(
            of: #"(?<![A-Za-z])(-?inf(inity)?|nan)(?![A-Za-z])"#, options: [.regularExpression, .caseInsensitive])
            != nil
    }

    /// Names of the figures of `r` that are not finite.
    static func nonFinite(_ r: EmployeeResult) -> [String] {
        var bad: [String] = []
        func check(_ name: String, _ v: Double?) { if let v, !v.isFinite { bad.append(name) } }
        check("composite", r.composite)
        for (m, c) in r.compositeHistory { check("composite \(m)", c) }
        for i in r.indicators {
            let figures: [(String, Double?)] = [
                ("actual", i.actual), ("target", i.target), ("threshold", i.threshold), ("weight", i.weight),
                ("gap", i.gap),
                ("shortfall", i.shortfall), ("attainment", i.attainment), ("prev", i.prev), ("yoy", i.yoy),
                ("annual_avg", i.annualAvg), ("best3_avg", i.best3Avg), ("worst3_avg", i.worst3Avg),
                ("trend_slope", i.trendSlope), ("peer_mean", i.peerMean), ("peer_median", i.peerMedian),
                ("percentile", i.percentile), ("gap_to_peer", i.gapToPeer), ("benchmark", i.benchmark),
                ("gap_to_benchmark", i.gapToBenchmark),
            ]
            for (name, v) in figures { check("\(i.indicatorId).\(name)", v) }
            for h in i.history { check("\(i.indicatorId).history.attainment", h.attainment) }
        }
        for g in r.goals {
            check("\(g.indicatorId).current", g.current)
            check("\(g.indicatorId).expected", g.expected)
            for m in g.milestones { check("\(g.indicatorId).milestone \(m.month)", m.value) }
        }
        return bad
    }

    /// A valid dataset (as validation would accept it) of extreme numbers.
    static func extremeDataset(seed: UInt64) -> Dataset {
        var r = SplitMix64(seed: seed)
        let magnitudes: [Double] = [0, 5e-324, 1e-300, 1e-10, 1, 1e6, 1e12, 1e15]
        func value() -> Double {
            let m = r.pick(magnitudes)
            let v = m == 0 ? 0 : m * (m >= 1e15 ? 1 : r.uniform(0.5, 1))
            return r.chance(0.3) ? -v : v
        }
        var indicators: [Indicator] = []
        var targets: [TargetRule] = []
        var benchmarks: [Benchmark] = []
        for k in 0..<3 {
            let id = "i\(k)"
            let higher = r.chance(0.5)
            // A target and a threshold on its worse side, apart by anything from one ulp to 2e15.
            var target = value()
            var h: Double
            switch r.next() % 3 {
            case 0: h = higher ? target.nextDown : target.nextUp
            case 1: h = higher ? target - r.pick([1e-300, 1, 1e15]) : target + r.pick([1e-300, 1, 1e15])
            default: h = higher ? -1e15 : 1e15
            }
            if abs(h) > 1e15 || h == target {
                target = higher ? 1e-300 : -1e-300
                h = 0
            }
            indicators.append(
                F.ind(
                    id, higher ? .higher : .lower, weight: r.pick([1e-300, 1e-6, 1, 1e15]), threshold: h,
                    critical: r.chance(0.3)))
            targets.append(F.target(id, value: target))
            if r.chance(0.5) { benchmarks.append(Benchmark(indicatorId: id, value: value())) }
        }
        var actuals: [Actual] = []
        let employees = (0..<4).map { F.emp("E\($0)") }
        for e in employees {
            for i in indicators {
                for back in 0..<14 where r.chance(0.85) {
                    actuals.append(Actual(employeeId: e.id, indicatorId: i.id, period: F.P - back, value: value()))
                }
            }
        }
        var policy = Policy.default
        policy.attainmentCap = r.pick([1, 1.5, 100])
        policy.triggers.compositeBelow = r.pick([0, 0.85, 100])
        return Dataset(
            employees: employees, indicators: indicators, targets: targets, actuals: actuals,
            benchmarks: benchmarks, policy: policy)
    }
}
