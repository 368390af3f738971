/// Lookups over a validated dataset, built once per run: ids interned to small integers,
/// every (employee, indicator) series of actuals as a sorted run in flat arrays, target
/// rows bucketed by scope, benchmarks and plan counts. The engine's inner loops then use
/// integer indexes and binary searches instead of string-keyed dictionaries.
package struct DatasetIndex: Sendable {
    package let dataset: Dataset
    package let employees: [Employee]
    package let indicators: [Indicator]
    package let employeeIndex: [String: Int]
    package let indicatorIndex: [String: Int]

    /// Series of (employee e, indicator i) = positions seriesLower[k] ..< seriesUpper[k] of
    /// `seriesMonths`/`seriesValues`, k = e * indicators.count + i, sorted by month. When the
    /// input came grouped these are the actuals table's own columns (no copy); otherwise
    /// copies in grouped order, with `seriesRows` mapping positions back to table rows.
    let seriesLower: [Int32]
    let seriesUpper: [Int32]
    let seriesMonths: [Int32]
    let seriesValues: [Double]
    let seriesRows: [Int32]?

    /// A target row reduced to what resolution needs: plain numbers, so the per-month
    /// lookups copy no strings and touch no reference counts. `row` indexes `dataset.targets`.
    struct CompactRule: Sendable {
        var first: Int32, last: Int32
        /// Period specificity: 2 month, 1 range, 0 `*`.
        var periodKind: Int8
        var target: Double
        var threshold: Double?
        var weight: Double?
        var row: Int32

        init(_ t: TargetRule, row: Int) {
            switch t.period {
            case .month(let m):
                first = Int32(m.index)
                last = Int32(m.index)
            case .range(let a, let b):
                first = Int32(a.index)
                last = Int32(b.index)
            case .always:
                first = Int32.min
                last = Int32.max
            }
            periodKind = Int8(t.period.specificity)
            target = t.target
            threshold = t.threshold
            weight = t.weight
            self.row = Int32(row)
        }

        @inline(__always) func covers(_ m: Month) -> Bool { first <= Int32(m.index) && Int32(m.index) <= last }
    }

    /// Target rows per indicator, bucketed by the scope they name.
    struct TargetBuckets: Sendable {
        var byEmployee: [Int: [CompactRule]] = [:]
        var byRole: [String: [CompactRule]] = [:]
        var byDepartment: [String: [CompactRule]] = [:]
        var everyone: [CompactRule] = []
    }
    let targets: [TargetBuckets]
    /// Each employee's role and department as a number, and the role and department rows
    /// of each (number, indicator) at `number * indicators.count + i`: resolved once so the
    /// per-month lookups hash nothing, without an entry per (employee, indicator).
    let employeeRole: [Int32]
    let employeeDepartment: [Int32]
    let roleRuleTable: [[CompactRule]]
    let departmentRuleTable: [[CompactRule]]
    /// The employee-scoped rows of each (employee, indicator), at `e * indicators.count + i`;
    /// empty when no target names an employee.
    let employeeRules: [[CompactRule]]

    @inline(__always) func roleRules(_ e: Int, _ i: Int) -> [CompactRule] {
        roleRuleTable[Int(employeeRole[e]) * indicators.count + i]
    }

    @inline(__always) func departmentRules(_ e: Int, _ i: Int) -> [CompactRule] {
        departmentRuleTable[Int(employeeDepartment[e]) * indicators.count + i]
    }

    /// What the engine's inner loops read of each indicator, without its strings: copying
    /// an `Indicator` costs a dozen reference-count operations.
    struct IndicatorFacts: Sendable {
        var higher: Bool
        var critical: Bool
        var weight: Double
        var threshold: Double?
    }
    let indicatorFacts: [IndicatorFacts]
    /// Industry benchmark per indicator.
    let benchmarks: [Double?]
    /// Plan rows per employee, in input order.
    let plans: [[PlanRecord]]
    /// Rows of `dataset.notes` by employee, in input order: employee e's are
    /// `noteRows[noteStart[e] ..< noteStart[e + 1]]` (one flat array, not one per employee;
    /// a scan of every note per employee made generate quadratic).
    let noteStart: [Int32]
    let noteRows: [Int32]

    package init(_ dataset: Dataset) {
        self.dataset = dataset
        var employees: [Employee] = []
        var employeeIndex: [String: Int] = [:]
        for e in dataset.employees where employeeIndex[e.id] == nil {
            employeeIndex[e.id] = employees.count
            employees.append(e)
        }
        var indicators: [Indicator] = []
        var indicatorIndex: [String: Int] = [:]
        for i in dataset.indicators where indicatorIndex[i.id] == nil {
            indicatorIndex[i.id] = indicators.count
            indicators.append(i)
        }
        self.employees = employees
        self.indicators = indicators
        self.employeeIndex = employeeIndex
        self.indicatorIndex = indicatorIndex

        // One run of the table's grouping per (employee, indicator) series.
        let nI = indicators.count
        let table = dataset.actuals
        let grouped = table.series
        let employeeOf = table.employeeIds.map { employeeIndex[$0] ?? -1 }
        let indicatorOf = table.indicatorIds.map { indicatorIndex[$0] ?? -1 }
        var lower = [Int32](repeating: 0, count: employees.count * nI)
        var upper = lower
        for r in 0..<grouped.runCount {
            let run = grouped.run(r)
            let row = grouped.row(at: run.lowerBound)
            let e = employeeOf[Int(table.employeeColumn[row])]
            let i = indicatorOf[Int(table.indicatorColumn[row])]
            guard e >= 0, i >= 0 else { continue }
            lower[e * nI + i] = Int32(run.lowerBound)
            upper[e * nI + i] = Int32(run.upperBound)
        }
        seriesLower = lower
        seriesUpper = upper
        if let order = grouped.order {
            seriesMonths = order.map { table.monthColumn[Int($0)] }
            seriesValues = order.map { table.valueColumn[Int($0)] }
        } else {
            seriesMonths = table.monthColumn
            seriesValues = table.valueColumn
        }
        seriesRows = grouped.order

        var buckets = [TargetBuckets](repeating: TargetBuckets(), count: nI)
        for (row, t) in dataset.targets.enumerated() {
            guard let i = indicatorIndex[t.indicatorId] else { continue }
            let rule = CompactRule(t, row: row)
            switch t.scope {
            case .employee(let id): if let e = employeeIndex[id] { buckets[i].byEmployee[e, default: []].append(rule) }
            case .role(let r): buckets[i].byRole[r, default: []].append(rule)
            case .department(let d): buckets[i].byDepartment[d, default: []].append(rule)
            case .everyone: buckets[i].everyone.append(rule)
            }
        }
        targets = buckets
        func numbered(_ key: (Employee) -> String) -> (of: [Int32], names: [String]) {
            var number: [String: Int32] = [:]
            var names: [String] = []
            let of = employees.map { e -> Int32 in
                let k = key(e)
                if let n = number[k] { return n }
                number[k] = Int32(names.count)
                names.append(k)
                return Int32(names.count - 1)
            }
            return (of, names)
        }
        let roles = numbered(\.role)
        let departments = numbered(\.department)
        employeeRole = roles.of
        employeeDepartment = departments.of
        roleRuleTable = roles.names.flatMap { r in (0..<nI).map { buckets[$0].byRole[r] ?? [] } }
        departmentRuleTable = departments.names.flatMap { d in (0..<nI).map { buckets[$0].byDepartment[d] ?? [] } }
        var employeeRules: [[CompactRule]] = []
        if buckets.contains(where: { !$0.byEmployee.isEmpty }) {
            employeeRules = [[CompactRule]](repeating: [], count: employees.count * nI)
            for i in 0..<nI {
                for (e, rules) in buckets[i].byEmployee { employeeRules[e * nI + i] = rules }
            }
        }
        self.employeeRules = employeeRules
        indicatorFacts = indicators.map {
            IndicatorFacts(
                higher: $0.direction == .higher, critical: $0.critical, weight: $0.weight, threshold: $0.threshold)
        }

        var bench = [Double?](repeating: nil, count: nI)
        for b in dataset.benchmarks where b.scope == "industry" {
            if let i = indicatorIndex[b.indicatorId], bench[i] == nil { bench[i] = b.value }
        }
        benchmarks = bench

        var plans = [[PlanRecord]](repeating: [], count: employees.count)
        for p in dataset.plans { if let e = employeeIndex[p.employeeId] { plans[e].append(p) } }
        self.plans = plans

        let noteOwner = dataset.notes.map { employeeIndex[$0.employeeId] ?? -1 }
        var start = [Int32](repeating: 0, count: employees.count + 1)
        for e in noteOwner where e >= 0 { start[e + 1] += 1 }
        for e in 0..<employees.count { start[e + 1] += start[e] }
        var next = start
        var rows = [Int32](repeating: 0, count: Int(start[employees.count]))
        for (row, e) in noteOwner.enumerated() where e >= 0 {
            rows[Int(next[e])] = Int32(row)
            next[e] += 1
        }
        noteStart = start
        noteRows = rows
    }

    /// The notes about employee `e`, in input order.
    package func notes(of e: Int) -> [Note] {
        (Int(noteStart[e])..<Int(noteStart[e + 1])).map { dataset.notes[Int(noteRows[$0])] }
    }

    /// The range of (e, i)'s series in the flat arrays.
    @inline(__always)
    func series(_ e: Int, _ i: Int) -> Range<Int> {
        let k = e * indicators.count + i
        return Int(seriesLower[k])..<Int(seriesUpper[k])
    }

    /// The actual of an employee and indicator in a month, by id (for progress reports).
    package func actual(employeeId: String, indicatorId: String, month: Month) -> Double? {
        guard let e = employeeIndex[employeeId], let i = indicatorIndex[indicatorId] else { return nil }
        return value(e, i, at: month)
    }

    /// The value of (e, i) at month `m`, if any (binary search in the series).
    func value(_ e: Int, _ i: Int, at m: Month) -> Double? {
        position(e, i, at: m).map { seriesValues[$0] }
    }

    func position(_ e: Int, _ i: Int, at m: Month) -> Int? {
        let r = series(e, i)
        let target = Int32(m.index)
        var lo = r.lowerBound
        var hi = r.upperBound
        while lo < hi {
            let mid = (lo + hi) / 2
            if seriesMonths[mid] < target { lo = mid + 1 } else { hi = mid }
        }
        return lo < r.upperBound && seriesMonths[lo] == target ? lo : nil
    }

    /// The (month, value) pairs of (e, i) with from ≤ month ≤ through, oldest first.
    func window(_ e: Int, _ i: Int, from: Month, through: Month) -> [(month: Month, value: Double)] {
        let r = series(e, i)
        var out: [(month: Month, value: Double)] = []
        for p in r where seriesMonths[p] >= Int32(from.index) && seriesMonths[p] <= Int32(through.index) {
            out.append((Month(index: Int(seriesMonths[p])), seriesValues[p]))
        }
        return out
    }

    /// The positions of (e, i)'s series with from ≤ month ≤ through (a series is sorted by
    /// month, so they are contiguous): `seriesValues[range]` is the window without a copy.
    func positions(_ e: Int, _ i: Int, from: Month, through: Month) -> Range<Int> {
        let r = series(e, i)
        var lo = r.lowerBound
        var hi = r.upperBound
        while lo < hi, seriesMonths[lo] < Int32(from.index) { lo += 1 }
        while hi > lo, seriesMonths[hi - 1] > Int32(through.index) { hi -= 1 }
        return lo..<hi
    }

    /// The `count` most recent values at or before `m`, however far back (goal `current`).
    func latest(_ e: Int, _ i: Int, count: Int, atOrBefore m: Month) -> [Double] {
        let r = series(e, i)
        var out: [Double] = []
        var p = r.upperBound - 1
        while p >= r.lowerBound, out.count < count {
            if seriesMonths[p] <= Int32(m.index) { out.append(seriesValues[p]) }
            p -= 1
        }
        return out
    }

    /// The months of `latest(e, i, count:atOrBefore:)`'s values, newest first: a goal's
    /// "current level" says which results it averages ("average of August–October 2026").
    package func latestMonths(_ e: Int, _ i: Int, count: Int, atOrBefore m: Month) -> [Month] {
        let r = series(e, i)
        var out: [Month] = []
        var p = r.upperBound - 1
        while p >= r.lowerBound, out.count < count {
            if seriesMonths[p] <= Int32(m.index) { out.append(Month(index: Int(seriesMonths[p]))) }
            p -= 1
        }
        return out
    }

    /// The `source` of the most recent actual of (e, i) at or before `m` that names one.
    package func latestSource(_ e: Int, _ i: Int, atOrBefore m: Month) -> String? {
        for p in series(e, i).reversed() where seriesMonths[p] <= Int32(m.index) {
            if let s = dataset.actuals.dataSource(actualRow(p)) { return s }
        }
        return nil
    }

    /// The table row of the actual at a series position.
    func actualRow(_ position: Int) -> Int { seriesRows.map { Int($0[position]) } ?? position }
}
