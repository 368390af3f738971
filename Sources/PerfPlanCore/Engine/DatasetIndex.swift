/// Lookups over a validated dataset, built once per run: ids interned to small integers,
/// every (employee, indicator) series of actuals as a sorted run in flat arrays, target
/// rows bucketed by scope, benchmarks and plan counts. The engine's inner loops then use
/// integer indexes and binary searches instead of string-keyed dictionaries.
public struct DatasetIndex: Sendable {
    public let dataset: Dataset
    public let employees: [Employee]
    public let indicators: [Indicator]
    public let employeeIndex: [String: Int]
    public let indicatorIndex: [String: Int]

    /// Series of (employee e, indicator i) = months/values[seriesStart[k] ..< seriesStart[k+1]],
    /// k = e * indicators.count + i, sorted by month.
    let seriesStart: [Int]
    let seriesMonths: [Int32]
    let seriesValues: [Double]
    /// Where each actual came from, same order as `seriesValues` (for `explain`).
    let seriesRows: [Int32]

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
            case .month(let m): first = Int32(m.index); last = Int32(m.index)
            case .range(let a, let b): first = Int32(a.index); last = Int32(b.index)
            case .always: first = Int32.min; last = Int32.max
            }
            periodKind = Int8(t.period.specificity)
            target = t.target; threshold = t.threshold; weight = t.weight; self.row = Int32(row)
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
    /// The role and department rows that apply to each (employee, indicator), at
    /// `e * indicators.count + i`: resolved once so the per-month lookups hash nothing.
    /// (The arrays share storage with the buckets; this costs a pointer per entry.)
    let roleRules: [[CompactRule]]
    let departmentRules: [[CompactRule]]
    /// Industry benchmark per indicator.
    let benchmarks: [Double?]
    /// Plan rows per employee, in input order.
    let plans: [[PlanRecord]]

    public init(_ dataset: Dataset) {
        self.dataset = dataset
        var employees: [Employee] = [], employeeIndex: [String: Int] = [:]
        for e in dataset.employees where employeeIndex[e.id] == nil {
            employeeIndex[e.id] = employees.count
            employees.append(e)
        }
        var indicators: [Indicator] = [], indicatorIndex: [String: Int] = [:]
        for i in dataset.indicators where indicatorIndex[i.id] == nil {
            indicatorIndex[i.id] = indicators.count
            indicators.append(i)
        }
        self.employees = employees; self.indicators = indicators
        self.employeeIndex = employeeIndex; self.indicatorIndex = indicatorIndex

        // Bucket actuals by series with a counting pass, then sort each short run by month.
        let nI = indicators.count
        var keys = [Int](repeating: -1, count: dataset.actuals.count)
        var counts = [Int](repeating: 0, count: employees.count * nI + 1)
        // Actuals usually come grouped by employee: remember the last id to skip most hashing.
        var lastEmployee = "", lastE: Int? = nil
        for (n, a) in dataset.actuals.enumerated() {
            if a.employeeId != lastEmployee { lastEmployee = a.employeeId; lastE = employeeIndex[a.employeeId] }
            guard let e = lastE, let i = indicatorIndex[a.indicatorId] else { continue }
            let k = e * nI + i
            keys[n] = k
            counts[k + 1] += 1
        }
        for k in 1..<counts.count { counts[k] += counts[k - 1] }
        var fill = counts
        var months = [Int32](repeating: 0, count: counts.last ?? 0)
        var values = [Double](repeating: 0, count: counts.last ?? 0)
        var rows = [Int32](repeating: 0, count: counts.last ?? 0)
        for (n, a) in dataset.actuals.enumerated() where keys[n] >= 0 {
            let slot = fill[keys[n]]
            fill[keys[n]] += 1
            months[slot] = Int32(a.period.index); values[slot] = a.value; rows[slot] = Int32(n)
        }
        for k in 0..<(counts.count - 1) where counts[k + 1] - counts[k] > 1 {
            // Insertion sort: runs are a couple of dozen months and usually already sorted.
            for j in (counts[k] + 1)..<counts[k + 1] {
                var p = j
                while p > counts[k], months[p - 1] > months[p] {
                    months.swapAt(p - 1, p); values.swapAt(p - 1, p); rows.swapAt(p - 1, p)
                    p -= 1
                }
            }
        }
        seriesStart = counts; seriesMonths = months; seriesValues = values; seriesRows = rows

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
        var roleRules: [[CompactRule]] = [], departmentRules: [[CompactRule]] = []
        roleRules.reserveCapacity(employees.count * nI)
        departmentRules.reserveCapacity(employees.count * nI)
        for e in employees {
            for i in 0..<nI {
                roleRules.append(buckets[i].byRole[e.role] ?? [])
                departmentRules.append(buckets[i].byDepartment[e.department] ?? [])
            }
        }
        self.roleRules = roleRules
        self.departmentRules = departmentRules

        var bench = [Double?](repeating: nil, count: nI)
        for b in dataset.benchmarks where b.scope == "industry" {
            if let i = indicatorIndex[b.indicatorId], bench[i] == nil { bench[i] = b.value }
        }
        benchmarks = bench

        var plans = [[PlanRecord]](repeating: [], count: employees.count)
        for p in dataset.plans { if let e = employeeIndex[p.employeeId] { plans[e].append(p) } }
        self.plans = plans
    }

    /// The range of (e, i)'s series in the flat arrays.
    @inline(__always)
    func series(_ e: Int, _ i: Int) -> Range<Int> {
        let k = e * indicators.count + i
        return seriesStart[k]..<seriesStart[k + 1]
    }

    /// The actual of an employee and indicator in a month, by id (for progress reports).
    public func actual(employeeId: String, indicatorId: String, month: Month) -> Double? {
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
        var lo = r.lowerBound, hi = r.upperBound
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

    /// The `source` of the most recent actual of (e, i) at or before `m` that names one.
    public func latestSource(_ e: Int, _ i: Int, atOrBefore m: Month) -> String? {
        for p in series(e, i).reversed() where seriesMonths[p] <= Int32(m.index) {
            if let s = actualRow(p).dataSource { return s }
        }
        return nil
    }

    /// The source row of the actual at a flat position.
    func actualRow(_ position: Int) -> Actual { dataset.actuals[Int(seriesRows[position])] }
}
