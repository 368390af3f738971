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
        let scopes = Set(g.targets.map { $0.scope.specificity })
        let periods = Set(g.targets.map { $0.period.specificity })
        #expect(scopes == [0, 1, 2, 3] && periods == [0, 1, 2])
        // The validator finds nothing wrong: ids, hierarchy, ties, thresholds, scales.
        let d = g.dataset()
        var v = DatasetValidator(
            dataset: d, seenEmployeeIds: Set(d.employees.map(\.id)), seenIndicatorIds: Set(d.indicators.map(\.id)))
        #expect(v.validate().filter { $0.severity == .error }.map(\.description) == [])
    }

    @Test func roughlyOneInSevenIsFlagged() {
        let g = SampleGenerator(employees: 1000, seed: 3, lastMonth: Self.last)
        let d = g.dataset()
        let report = GapEngine(dataset: d).report(asOf: Self.last, employeeIds: d.employees.map(\.id))
        let share = Double(report.employees.filter(\.flagged).count) / 1000
        #expect(share >= 0.08 && share <= 0.25, "\(share)")
    }

    /// Every manager id names an employee, and following managers always ends at the top.
    @Test func hierarchyIsAcyclicAndComplete() {
        let g = SampleGenerator(employees: 2000, seed: 4, lastMonth: Self.last)
        let index = Dictionary(uniqueKeysWithValues: g.employees.map { ($0.id, $0) })
        #expect(g.employees.filter { $0.managerId == nil }.count == 1)
        for e in g.employees {
            var seen: Set<String> = [e.id]
            var current = e
            while let m = current.managerId {
                guard let boss = index[m] else {
                    Issue.record("\(e.id): unknown manager \(m)")
                    break
                }
                guard seen.insert(m).inserted else {
                    Issue.record("\(e.id): cycle through \(m)")
                    break
                }
                current = boss
            }
        }
        let departments = Set(g.employees.map(\.department))
        #expect((4...8).contains(departments.count))
    }

    /// Ratings are whole numbers within the scale; `lower` thresholds sit strictly above
    /// every target they bound, `higher` ones strictly below.
    @Test func valuesAndThresholdsAreValid() {
        let g = SampleGenerator(employees: 400, seed: 2, lastMonth: Self.last)
        for k in g.employees.indices {
            g.actuals(of: k) { i, _, v in
                let ind = g.indicators[i]
                if ind.kind == .qualitative {
                    #expect(v == v.rounded() && v >= ind.scaleMin! && v <= ind.scaleMax!)
                }
            }
        }
        #expect(g.indicators.contains { $0.direction == .lower } && g.indicators.contains { $0.critical })
        for rule in g.targets {
            let ind = g.indicators.first { $0.id == rule.indicatorId }!
            guard let threshold = rule.threshold ?? ind.threshold else { continue }
            if ind.direction == .lower {
                #expect(threshold > rule.target, "\(rule)")
            } else {
                #expect(threshold < rule.target, "\(rule)")
            }
        }
    }

    /// No two rows for the same indicator, scope and period kind cover a common month.
    @Test func noTiedTargetRows() {
        let g = SampleGenerator(employees: 3000, months: 36, indicators: 20, seed: 6, lastMonth: Self.last)
        func months(_ p: PeriodSpec) -> ClosedRange<Month>? {
            switch p {
            case .always: return nil
            case .month(let m): return m...m
            case .range(let a, let b): return a...b
            }
        }
        let groups = Dictionary(grouping: g.targets) { "\($0.indicatorId)|\($0.scope)|\($0.period.specificity)" }
        for (key, rows) in groups where rows.count > 1 {
            for a in rows.indices {
                for b in rows.indices where a < b {
                    let (x, y) = (months(rows[a].period), months(rows[b].period))
                    #expect(x != nil && y != nil && !x!.overlaps(y!), "tie in \(key)")
                }
            }
        }
    }

    /// The plan history and notes use every outcome and every note kind, so documents and
    /// progress see all of them.
    @Test func everyPlanOutcomeAndNoteKind() {
        let g = SampleGenerator(employees: 3000, seed: 1, lastMonth: Self.last)
        #expect(Set(g.plans.map(\.outcome)) == Set(PlanOutcome.allCases))
        #expect(Set(g.notes.map(\.kind)) == Set(NoteKind.allCases))
        #expect(g.notes.filter { $0.kind == .cause }.allSatisfy { $0.category != nil })
    }
}
