/// The checks that need more than one row (contract §1, §5.15–17, §5.21–22): unknown and
/// duplicate ids, duplicate actuals, scales, target/threshold consistency, tied target rows
/// and manager cycles. Row-level problems (bad numbers, missing fields) were reported by
/// the loader; ids from rows it rejected are in `seen…` so references to them stay quiet.
package struct DatasetValidator: Sendable {
    package var dataset: Dataset
    package var seenEmployeeIds: Set<String>
    package var seenIndicatorIds: Set<String>
    private var diags = DiagnosticList()

    package init(dataset: Dataset, seenEmployeeIds: Set<String>, seenIndicatorIds: Set<String>) {
        self.dataset = dataset
        self.seenEmployeeIds = seenEmployeeIds
        self.seenIndicatorIds = seenIndicatorIds
    }

    /// Every problem of the dataset. `parallel` (the caller's executor; serial by default)
    /// checks the actuals beside the other datasets.
    package mutating func validate(parallel: any Parallelism = Serial()) -> [Diagnostic] {
        let employees = checkEmployees()
        let indicators = checkIndicators()
        // The actuals (28 million rows at 100 000 employees) are checked on two threads, by
        // series: most on the second, the rest here after the other datasets (a fraction of
        // the actuals' work), so neither thread waits long for the other. Each series is
        // checked whole by one thread, and the loader sorts all messages, so the report is
        // the same as checking one after the other.
        var actualsCheck = DatasetValidator(
            dataset: dataset, seenEmployeeIds: seenEmployeeIds, seenIndicatorIds: seenIndicatorIds)
        var rest = self
        let runs = dataset.actuals.isEmpty ? 0 : dataset.actuals.series.runCount
        let split = runs * 2 / 5
        let (_, checkedActuals) = parallel.both(
            {
                rest.checkManagers()
                rest.checkTargets(employees: employees, indicators: indicators)
                rest.checkBenchmarks()
                rest.checkPlansAndNotes()
                rest.checkDecisionsAndAcknowledgements()
                rest.checkActuals(indicators: indicators, runs: 0..<split)
            },
            { [actualsCheck] in
                var check = actualsCheck
                check.checkActuals(indicators: indicators, runs: split..<runs)
                return check
            })
        actualsCheck = checkedActuals
        self = rest
        diags.append(contentsOf: actualsCheck.diags.items)
        return diags.items
    }

    /// `FIELD "ID" is not an employee_id of the employees dataset`, naming the invisible
    /// character the id holds, if any (§6.33): without it the message would seem to quote a
    /// known id. (A reference to an id whose own row was rejected for one is not unknown.)
    static func unknownId(_ field: String, _ id: String, employee: Bool) -> String {
        let what = employee ? "an employee_id of the employees dataset" : "an indicator_id of the indicators dataset"
        guard let scalar = IdCharacters.invisible(in: id) else { return "\(field) \(Quote.cell(id)) is not \(what)" }
        return "\(field) \(Quote.cell(id)) \(IdCharacters.problem(scalar)) and is not \(what)"
    }

    private mutating func unknownEmployee(_ id: String, at location: SourceLocation, field: String = "employee_id")
        -> Bool
    {
        if seenEmployeeIds.contains(id) { return false }
        diags.error(location, Self.unknownId(field, id, employee: true))
        return true
    }

    private mutating func unknownIndicator(_ id: String, at location: SourceLocation) -> Bool {
        if seenIndicatorIds.contains(id) { return false }
        diags.error(location, Self.unknownId("indicator_id", id, employee: false))
        return true
    }

    /// First row per id; later rows with the same id are errors.
    private mutating func checkEmployees() -> [String: Employee] {
        var byId: [String: Employee] = [:]
        byId.reserveCapacity(dataset.employees.count)
        for e in dataset.employees {
            if let first = byId[e.id] {
                diags.error(e.source, "duplicate employee_id \(Quote.cell(e.id)) (first at \(first.source.reference))")
            } else {
                byId[e.id] = e
            }
        }
        return byId
    }

    private mutating func checkIndicators() -> [String: Indicator] {
        var byId: [String: Indicator] = [:]
        for i in dataset.indicators {
            if let first = byId[i.id] {
                diags.error(i.source, "duplicate indicator_id \(Quote.cell(i.id)) (first at \(first.source.reference))")
            } else {
                byId[i.id] = i
            }
        }
        return byId
    }

    /// Unknown managers, and every cycle in the reporting lines reported once, at its
    /// earliest row.
    private mutating func checkManagers() {
        // Rows by position: the first row of each id is the one `byId` kept, and the walk
        // below follows integer links (string-keyed state for 100 000 employees was most of
        // validation's serial time).
        let employees = dataset.employees
        var firstRow: [String: Int] = [:]
        firstRow.reserveCapacity(employees.count)
        // By position, reading the fields used: a copy of each row retained its strings.
        for k in employees.indices where firstRow[employees[k].id] == nil { firstRow[employees[k].id] = k }
        var manager = [Int](repeating: -1, count: employees.count)
        var isFirst = [Bool](repeating: false, count: employees.count)
        for k in employees.indices where firstRow[employees[k].id] == k {
            isFirst[k] = true
            guard let m = employees[k].managerId else { continue }
            if !seenEmployeeIds.contains(m) {
                diags.error(employees[k].source, Self.unknownId("manager_id", m, employee: true))
            }
            manager[k] = firstRow[m] ?? -1
        }
        var state = [UInt8](repeating: 0, count: employees.count)  // 1 = on the current path, 2 = done
        var path: [Int] = []
        for start in employees.indices where isFirst[start] && state[start] == 0 {
            path.removeAll(keepingCapacity: true)
            var current = start
            while current >= 0, state[current] == 0 {
                state[current] = 1
                path.append(current)
                current = manager[current]
            }
            if current >= 0, state[current] == 1, let from = path.firstIndex(of: current) {
                let cycle = path[from...].map { employees[$0] }
                if let first = cycle.min(by: { $0.source.line < $1.source.line }) {
                    if cycle.count == 1 {
                        diags.error(first.source, "employee \(Quote.cell(first.id)) is their own manager")
                    } else {
                        let chain = (cycle + [cycle[0]]).map { Quote.cell($0.id) }.joined(separator: " → ")
                        diags.error(first.source, "manager cycle: \(chain)")
                    }
                }
            }
            for p in path { state[p] = 2 }
        }
    }

    private mutating func checkTargets(employees: [String: Employee], indicators: [String: Indicator]) {
        let roles = Set(dataset.employees.map(\.role))
        let departments = Set(dataset.employees.map(\.department))
        struct GroupKey: Hashable {
            var indicator: String
            var scope: TargetScope
            var periodKind: Int
        }
        var groups: [GroupKey: [TargetRule]] = [:]
        for t in dataset.targets {
            if unknownIndicator(t.indicatorId, at: t.source) { continue }
            switch t.scope {
            case .employee(let id): _ = unknownEmployee(id, at: t.source, field: "scope employee")
            case .role(let r) where !roles.contains(r):
                diags.warning(t.source, "scope \(Quote.cell(t.scope.description)) matches no employee's role")
            case .department(let d) where !departments.contains(d):
                diags.warning(t.source, "scope \(Quote.cell(t.scope.description)) matches no employee's department")
            default: break
            }
            if let indicator = indicators[t.indicatorId] { checkThreshold(t, indicator) }
            let key = GroupKey(indicator: t.indicatorId, scope: t.scope, periodKind: t.period.specificity)
            if let earlier = groups[key]?.first(where: { $0.period.overlaps(t.period) }) {
                diags.error(
                    t.source,
                    "ties with the target row at \(earlier.source.reference) (same indicator, scope \(Quote.cell(t.scope.description)) and period kind, months in common); keep one"
                )
            }
            groups[key, default: []].append(t)
        }
    }

    /// §5.16: attainment divides by target − threshold, so they must differ and the
    /// threshold must lie on the worse side of the target.
    private mutating func checkThreshold(_ t: TargetRule, _ i: Indicator) {
        let explicit = t.threshold ?? i.threshold
        let h = explicit ?? (i.direction == .higher ? 0 : 2 * t.target)
        let target = NumberFormat.machine(t.target)
        let threshold = NumberFormat.machine(h)
        if h == t.target {
            if explicit == nil, i.direction == .lower {
                diags.error(
                    t.source,
                    "target \(target) for lower-is-better indicator \(Quote.cell(i.id)) needs a threshold (the default 2 × target is also \(threshold), so attainment would divide by zero)"
                )
            } else {
                diags.error(
                    t.source, "target \(target) equals its threshold \(threshold): attainment would divide by zero")
            }
        } else if i.direction == .higher, h > t.target {
            diags.error(
                t.source,
                "threshold \(threshold) is above the target \(target) of higher-is-better indicator \(Quote.cell(i.id)): attainment would be inverted"
            )
        } else if i.direction == .lower, h < t.target {
            diags.error(
                t.source,
                "threshold \(threshold) is below the target \(target) of lower-is-better indicator \(Quote.cell(i.id)): attainment would be inverted"
            )
        }
    }

    /// Sees every actual — millions of rows in a large run — one (employee, indicator) run
    /// at a time: ids are looked up once per run, and a duplicate is a month equal to the
    /// one before it within the run (the grouping keeps input order among equal months, so
    /// the message points at the first).
    /// `runs`: the series (by number) to check.
    private mutating func checkActuals(indicators: [String: Indicator], runs: Range<Int>) {
        let table = dataset.actuals
        guard !table.isEmpty, !runs.isEmpty else { return }
        let employeeKnown = table.employeeIds.map { seenEmployeeIds.contains($0) }
        let indicatorKnown = table.indicatorIds.map { seenIndicatorIds.contains($0) }
        // The scale of each qualitative indicator, by the table's indicator number.
        let scales: [ClosedRange<Double>?] = table.indicatorIds.map { id in
            guard let ind = indicators[id], ind.kind == .qualitative, let lo = ind.scaleMin, let hi = ind.scaleMax,
                lo <= hi
            else { return nil }
            return lo...hi
        }
        let series = table.series
        let months = table.monthColumn
        let values = table.valueColumn
        for r in runs {
            let positions = series.run(r)
            let first = series.row(at: positions.lowerBound)
            let e = Int(table.employeeColumn[first])
            let i = Int(table.indicatorColumn[first])
            guard employeeKnown[e], indicatorKnown[i] else {
                for p in positions {
                    let row = series.row(at: p)
                    if !employeeKnown[e] {
                        diags.error(
                            table.source(row), Self.unknownId("employee_id", table.employeeIds[e], employee: true))
                    }
                    if !indicatorKnown[i] {
                        diags.error(
                            table.source(row), Self.unknownId("indicator_id", table.indicatorIds[i], employee: false))
                    }
                }
                continue
            }
            var sameMonthFirst = first
            for p in positions {
                let row = series.row(at: p)
                if p > positions.lowerBound, months[row] == months[sameMonthFirst] {
                    diags.error(
                        table.source(row),
                        "duplicate actual for employee \(Quote.cell(table.employeeIds[e])), indicator \(Quote.cell(table.indicatorIds[i])), period \(table.period(row)) (first at \(table.source(sameMonthFirst).reference))"
                    )
                    continue
                }
                sameMonthFirst = row
                if let scale = scales[i], !scale.contains(values[row]) {
                    diags.error(
                        table.source(row),
                        "value \(NumberFormat.machine(values[row])) is outside the scale \(NumberFormat.machine(scale.lowerBound))–\(NumberFormat.machine(scale.upperBound)) of qualitative indicator \(Quote.cell(table.indicatorIds[i]))"
                    )
                }
            }
        }
    }

    private mutating func checkBenchmarks() {
        struct Key: Hashable {
            var indicator: String
            var scope: String
        }
        var first: [Key: SourceLocation] = [:]
        for b in dataset.benchmarks {
            if unknownIndicator(b.indicatorId, at: b.source) { continue }
            let key = Key(indicator: b.indicatorId, scope: b.scope)
            if let earlier = first[key] {
                diags.error(
                    b.source,
                    "duplicate benchmark for indicator \(Quote.cell(b.indicatorId)), scope \(Quote.cell(b.scope)) (first at \(earlier.reference))"
                )
            } else {
                first[key] = b.source
            }
        }
    }

    /// Static checks of the decisions and signatures (§7.45, §7.50); the checks that need
    /// the engine (flagged that month, a history conflict) are `DecisionCheck`'s.
    mutating func checkDecisionsAndAcknowledgements() {
        struct DecisionKey: Hashable {
            var employee: String
            var month: Month
        }
        var first: [DecisionKey: SourceLocation] = [:]
        for d in dataset.decisions {
            if unknownEmployee(d.employeeId, at: d.source) { continue }
            let key = DecisionKey(employee: d.employeeId, month: d.month)
            if let earlier = first[key] {
                diags.error(
                    d.source,
                    "a second decision for \(Quote.cell(d.employeeId)) in \(d.month) (first at \(earlier.reference)); keep one"
                )
            } else {
                first[key] = d.source
            }
        }
        struct SignatureKey: Hashable {
            var employee: String
            var cycle: Int
            var party: SigningParty
        }
        var signed: [SignatureKey: SourceLocation] = [:]
        for a in dataset.acknowledgements {
            if unknownEmployee(a.employeeId, at: a.source) { continue }
            let key = SignatureKey(employee: a.employeeId, cycle: a.cycle, party: a.party)
            if let earlier = signed[key] {
                diags.error(
                    a.source,
                    "a second \(a.party.rawValue) signature for \(Quote.cell(a.employeeId)) cycle \(a.cycle) (first at \(earlier.reference))"
                )
            } else {
                signed[key] = a.source
            }
        }
    }

    private mutating func checkPlansAndNotes() {
        struct Key: Hashable {
            var employee: String
            var cycle: Int
        }
        var first: [Key: SourceLocation] = [:]
        for p in dataset.plans {
            if unknownEmployee(p.employeeId, at: p.source) { continue }
            let key = Key(employee: p.employeeId, cycle: p.cycle)
            if let earlier = first[key] {
                diags.error(
                    p.source,
                    "duplicate plan cycle \(p.cycle) for employee \(Quote.cell(p.employeeId)) (first at \(earlier.reference))"
                )
            } else {
                first[key] = p.source
            }
        }
        for n in dataset.notes {
            _ = unknownEmployee(n.employeeId, at: n.source)
            guard let id = n.indicatorId else { continue }
            // §6.31 ties causes, strengths, actions and support to a goal; a comment is the
            // manager's word on the plan as a whole, so the id is dropped, and said so.
            if n.kind == .comment {
                diags.warning(
                    n.source,
                    "indicator_id \(Quote.cell(id)) is ignored on a comment note (it ties cause, strength, action and support notes to a goal); the comment belongs to the whole plan"
                )
            } else {
                _ = unknownIndicator(id, at: n.source)
            }
        }
    }
}
