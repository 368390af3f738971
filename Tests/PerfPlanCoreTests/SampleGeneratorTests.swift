import Testing
@testable import PerfPlanCore

@Suite struct SampleGeneratorTests {
    static let last = Month(parsing: "2026-10")!

    static func collect(_ g: SampleGenerator) -> [String] {
        var out: [String] = []
        for k in g.employees.indices { g.actuals(of: k) { i, m, v in out.append("\(k) \(i) \(m) \(v)") } }
        return out
    }

    @Test func deterministicPerSeed() {
        let a = SampleGenerator(employees: 120, seed: 7, lastMonth: Self.last)
        let b = SampleGenerator(employees: 120, seed: 7, lastMonth: Self.last)
        let c = SampleGenerator(employees: 120, seed: 8, lastMonth: Self.last)
        #expect(a.employees == b.employees && a.targets == b.targets && a.plans == b.plans && a.notes == b.notes)
        #expect(Self.collect(a) == Self.collect(b))
        #expect(Self.collect(a) != Self.collect(c))
    }

    @Test func sizesScopesPeriodsAndNoTies() {
        let g = SampleGenerator(employees: 300, months: 24, indicators: 12, seed: 1, lastMonth: Self.last)
        #expect(g.employees.count == 300 && g.indicators.count == 12)
        #expect(Set(g.employees.map(\.id)).count == 300)
        let n = Self.collect(g).count
        #expect(n > 300 * 12 * 24 * 90 / 100 && n < 300 * 12 * 24)  // ~3 % missing
        let scopes = Set(g.targets.map { $0.scope.specificity }), periods = Set(g.targets.map { $0.period.specificity })
        #expect(scopes == [0, 1, 2, 3] && periods == [0, 1, 2])
        // The validator finds nothing wrong: ids, hierarchy, ties, thresholds, scales.
        let d = g.dataset()
        var v = DatasetValidator(dataset: d, seenEmployeeIds: Set(d.employees.map(\.id)), seenIndicatorIds: Set(d.indicators.map(\.id)))
        #expect(v.validate().filter { $0.severity == .error }.map(\.description) == [])
    }

    @Test func roughlyOneInSevenIsFlagged() {
        let g = SampleGenerator(employees: 1000, seed: 3, lastMonth: Self.last)
        let d = g.dataset()
        let report = GapEngine(dataset: d).report(asOf: Self.last, employeeIds: d.employees.map(\.id))
        let share = Double(report.employees.filter(\.flagged).count) / 1000
        #expect(share >= 0.08 && share <= 0.25, "\(share)")
    }
}
