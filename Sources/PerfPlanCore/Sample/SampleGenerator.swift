/// Synthetic but realistic performance data at any size (`perfplan sample`): a hierarchy,
/// roles, every target scope and period kind, trends, noise, missing months, and roughly a
/// tenth of the staff deteriorating so the triggers have work to do.
///
/// Everything except the actuals is built up front; actuals are produced one employee at a
/// time through `actuals(of:_:)`, so 100 000 employees × 24 months never sit in memory.
package struct SampleGenerator: Sendable {
    package let employees: [Employee]
    package let indicators: [Indicator]
    package let targets: [TargetRule]
    package let benchmarks: [Benchmark]
    package let plans: [PlanRecord]
    package let notes: [Note]
    package let firstMonth: Month
    package let lastMonth: Month
    let seed: UInt64
    /// Per indicator: the base target and threshold.
    let base: [(target: Double, threshold: Double)]
    let struggling: [Bool]
    /// Resolves the target rows above, so values are drawn around the target that applies.
    let resolver: TargetResolver
    /// Resolved (target, threshold) per role/department group, indicator and month, flat
    /// (`(group × K + indicator) × months + month`): shared by everyone in the group, and one
    /// array rather than nested ones so the per-value lookup costs no reference counting.
    /// Employees with their own rows resolve directly.
    let groupTargets: [(Double, Double)?]
    /// How each indicator's values are rounded, decided once instead of per value.
    let rounding: [Rounding]
    let groupOfEmployee: [Int]
    let hasOwnTargets: [Bool]

    static let departments = [
        ("Sales", ["Sales Representative", "Account Manager"]),
        ("Customer Service", ["Support Agent", "Support Specialist"]),
        ("Finance", ["Accountant", "Controller"]), ("Operations", ["Logistics Coordinator", "Warehouse Planner"]),
        ("Marketing", ["Marketing Specialist", "Content Manager"]), ("IT", ["Developer", "IT Support Engineer"]),
        ("Procurement", ["Buyer", "Supplier Manager"]), ("Human Resources", ["HR Generalist", "Recruiter"]),
    ]
    static let firstNames = [
        "Ana", "Bob", "Chloé", "Dmitri", "Élodie", "Fatima", "Grace", "Hannah", "Ines", "Jonas", "Kenji", "Lena",
        "Mateo", "Noah", "Olivia", "Priya", "Rafael", "Sofia", "Tomasz", "Yusuf", "Zoë", "Ahmed", "Björn", "Mei",
    ]
    static let lastNames = [
        "Núñez", "Stone", "Martin", "Volkov", "Fournier", "Rahman", "Kim", "Weber", "Carvalho", "Berg", "Watanabe",
        "Novak", "García", "Fischer", "O'Brien", "Nair", "Souza", "Rossi", "Wiśniewski", "Demir", "van Dijk", "Hassan",
    ]
    /// (id, name, unit, direction, qualitative, weight, critical, category, base target, threshold, decimals)
    static let catalogue: [(String, String, String, Direction, Bool, Double, Bool, String, Double, Double)] = [
        ("revenue", "Revenue", "EUR", .higher, false, 3, false, "sales", 200_000, 0),
        ("new_accounts", "New accounts", "accounts", .higher, false, 1, false, "sales", 8, 0),
        ("report_delay_days", "Report delay", "days", .lower, false, 1, false, "delivery", 0, 5),
        ("response_hours", "First response time", "hours", .lower, false, 2, false, "quality", 4, 12),
        ("csat", "Customer satisfaction", "rating", .higher, true, 2, false, "quality", 4, 1),
        ("tickets_resolved", "Tickets resolved", "tickets", .higher, false, 2, false, "delivery", 120, 0),
        ("error_rate", "Error rate", "%", .lower, false, 2, true, "quality", 1, 5),
        ("on_time_delivery", "On-time delivery", "%", .higher, false, 3, true, "delivery", 95, 70),
        ("cost_per_order", "Cost per order", "EUR", .lower, false, 1, false, "delivery", 40, 70),
        ("training_hours", "Training hours", "hours", .higher, false, 0.5, false, "learning", 4, 0),
        ("peer_feedback", "Peer feedback", "rating", .higher, true, 1, false, "learning", 4, 1),
        ("projects_delivered", "Projects delivered", "projects", .higher, false, 1, false, "delivery", 3, 0),
    ]

    package init(employees count: Int, months: Int = 24, indicators k: Int = 12, seed: UInt64 = 1, lastMonth: Month) {
        var rng = SplitMix64(seed: seed)
        self.seed = seed
        self.lastMonth = lastMonth
        firstMonth = lastMonth - (max(months, 1) - 1)
        let n = max(count, 1)
        func id(_ k: Int) -> String {
            let digits = String(k)
            return "E" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
        }
        func name(_ r: inout SplitMix64) -> String {
            let last = r.pick(Self.lastNames)
            let first = r.pick(Self.firstNames)
            return r.chance(0.02) ? "\(last), \(first)" : "\(first) \(last)"
        }
        func hire(_ r: inout SplitMix64) -> Day {
            Day(year: 2010 + Int(r.next() % 15), month: 1 + Int(r.next() % 12), day: 1 + Int(r.next() % 28))!
        }

        // Hierarchy: a managing director, one head per department, managers of ~8, staff.
        let deptCount = min(Self.departments.count, max(1, min(8, 4 + n / 5000)))
        let depts = Array(Self.departments.prefix(deptCount))
        var people: [Employee] = []
        people.append(
            Employee(
                id: id(1), name: name(&rng), title: "Managing Director", role: "Managing Director",
                department: depts[0].0, managerId: nil, email: nil, hireDate: hire(&rng), location: "Hamburg"))
        var next = 2
        var heads: [String] = []
        for d in depts where next <= n {
            heads.append(id(next))
            people.append(
                Employee(
                    id: id(next), name: name(&rng), title: "Head of \(d.0)", role: "Head of Department",
                    department: d.0,
                    managerId: id(1), hireDate: hire(&rng), location: rng.pick(["Hamburg", "Madrid", "Lyon", "Poznań"]))
            )
            next += 1
        }
        let remaining = max(0, n - people.count)
        let perDept = (0..<deptCount).map { remaining / deptCount + ($0 < remaining % deptCount ? 1 : 0) }
        for (d, dept) in depts.enumerated() where d < heads.count {
            let size = perDept[d]
            let managers = max(0, (size + 8) / 9)
            var managerIds: [String] = []
            for _ in 0..<managers where next <= n {
                managerIds.append(id(next))
                people.append(
                    Employee(
                        id: id(next), name: name(&rng), title: "Team Lead", role: "Team Lead", department: dept.0,
                        managerId: heads[d], hireDate: hire(&rng),
                        location: rng.pick(["Hamburg", "Madrid", "Lyon", "Poznań"])))
                next += 1
            }
            for s in 0..<(size - managers) where next <= n {
                let role = dept.1[s % 2]
                people.append(
                    Employee(
                        id: id(next), name: name(&rng), title: role, role: role, department: dept.0,
                        managerId: managerIds.isEmpty ? heads[d] : managerIds[s % managerIds.count],
                        email: "\(id(next).lowercased())@example.com", hireDate: hire(&rng),
                        location: rng.pick(["Hamburg", "Madrid", "Lyon", "Poznań"])))
                next += 1
            }
        }
        employees = people

        // Indicators: the catalogue, cycled with a suffix beyond 12.
        var inds: [Indicator] = []
        var bases: [(Double, Double)] = []
        for k in 0..<max(k, 1) {
            let c = Self.catalogue[k % Self.catalogue.count]
            let suffix = k < Self.catalogue.count ? "" : "_\(k / Self.catalogue.count + 1)"
            inds.append(
                Indicator(
                    id: c.0 + suffix, name: c.1 + (suffix.isEmpty ? "" : " \(k / Self.catalogue.count + 1)"), unit: c.2,
                    direction: c.3, kind: c.4 ? .qualitative : .quantitative, scaleMin: c.4 ? 1 : nil,
                    scaleMax: c.4 ? 5 : nil,
                    weight: c.5, threshold: c.3 == .lower || c.4 || c.9 > 0 ? c.9 : nil, critical: c.6, category: c.7,
                    description: "\(c.1), measured monthly"))
            bases.append((c.8, c.9))
        }
        indicators = inds
        base = bases

        // Targets: every scope and period kind, never two rows that tie.
        var rules: [TargetRule] = []
        let mid = firstMonth + (months / 2)
        for (i, ind) in inds.enumerated() {
            let (t, _) = bases[i]
            let q = ind.kind == .qualitative
            rules.append(TargetRule(indicatorId: ind.id, scope: .everyone, period: .always, target: t))
            // A tougher target from the middle of the period on, for everyone (range).
            if !q && t > 0 {
                rules.append(
                    TargetRule(
                        indicatorId: ind.id, scope: .everyone, period: .range(mid, lastMonth + 12),
                        target: Self.roundTarget(ind, ind.direction == .higher ? t * 1.05 : t * 0.95)))
            }
            // December peak: a single-month target for everyone.
            if !q && t > 0 && i % 2 == 0 {
                var m = lastMonth
                while m.month != 12 { m = m - 1 }
                rules.append(
                    TargetRule(
                        indicatorId: ind.id, scope: .everyone, period: .month(m),
                        target: Self.roundTarget(ind, ind.direction == .higher ? t * 1.1 : t * 0.9)))
            }
            for (d, dept) in depts.enumerated() where (d + i) % 3 == 0 && !q && t > 0 {
                rules.append(
                    TargetRule(
                        indicatorId: ind.id, scope: .department(dept.0), period: .always,
                        target: Self.roundTarget(ind, ind.direction == .higher ? t * 0.95 : t * 1.05)))
            }
            for dept in depts where i % 4 == 1 && !q && t > 0 {
                rules.append(
                    TargetRule(
                        indicatorId: ind.id, scope: .role(dept.1[0]), period: .range(firstMonth, lastMonth + 12),
                        target: Self.roundTarget(ind, ind.direction == .higher ? t * 1.02 : t * 0.98),
                        weight: ind.weight * 1.5))
            }
        }
        // Individual agreements for about 2 % of staff: a lower bar in the last month.
        for (k, e) in people.enumerated() where k % 50 == 7 && !inds.isEmpty {
            let i = k % inds.count
            let (t, _) = bases[i]
            if inds[i].kind == .quantitative && t > 0 {
                rules.append(
                    TargetRule(
                        indicatorId: inds[i].id, scope: .employee(e.id), period: .month(lastMonth),
                        target: Self.roundTarget(inds[i], inds[i].direction == .higher ? t * 0.9 : t * 1.1)))
            }
        }
        targets = rules

        benchmarks =
            inds.enumerated().map { i, ind in
                Benchmark(
                    indicatorId: ind.id, value: Self.round(bases[i].0 * (ind.direction == .higher ? 1.02 : 0.98)),
                    scope: "industry",
                    dataSource: "Industry survey")
            }
            + (inds.first.map {
                [Benchmark(indicatorId: $0.id, value: Self.round(bases[0].0 * 0.9), scope: "region-south")]
            } ?? [])

        // A tenth of the staff slips in the last months; some have plan history and notes.
        var struggling = [Bool](repeating: false, count: people.count)
        var plans: [PlanRecord] = []
        var notes: [Note] = []
        for k in people.indices where k > deptCount {
            var r = SplitMix64(seed: seed &+ UInt64(k) &* 0x9E37_79B9)
            struggling[k] = r.chance(0.11)
            if r.chance(0.05) {
                let outcome = r.pick([PlanOutcome.succeeded, .closed, .extended, .succeeded])
                plans.append(
                    PlanRecord(
                        employeeId: people[k].id, cycle: 1, start: firstMonth + 2, end: firstMonth + 4, outcome: outcome
                    ))
                if outcome == .extended {
                    // The second cycle: every outcome the contract knows, including escalation.
                    plans.append(
                        PlanRecord(
                            employeeId: people[k].id, cycle: 2, start: firstMonth + 5, end: firstMonth + 7,
                            outcome: r.pick([PlanOutcome.succeeded, .succeeded, .escalated, .active])))
                }
            }
            if struggling[k] {
                let category = r.pick(CauseCategory.allCases)
                notes.append(
                    Note(
                        employeeId: people[k].id, period: lastMonth, kind: .cause,
                        text: Self.causeText[category]!, category: category))
                notes.append(
                    Note(
                        employeeId: people[k].id, period: lastMonth, kind: .support,
                        text: "Weekly 30-minute review with the team lead"))
                notes.append(
                    Note(
                        employeeId: people[k].id, period: lastMonth, kind: .action,
                        text: r.pick(Self.actionTexts)))
            } else if r.chance(0.05) {
                notes.append(
                    Note(
                        employeeId: people[k].id, period: lastMonth, kind: .strength,
                        text: "Reliable, and helps new colleagues settle in"))
            }
            if r.chance(0.03) {
                notes.append(
                    Note(
                        employeeId: people[k].id, period: lastMonth - 1, kind: .comment,
                        text: "Discussed in the quarterly review; \"no concerns\" from the customer side"))
            }
        }
        self.plans = plans
        self.notes = notes
        self.struggling = struggling

        let index = DatasetIndex(Dataset(employees: people, indicators: inds, targets: rules))
        let resolver = TargetResolver(index: index)
        self.resolver = resolver
        let first = firstMonth
        var groups: [String: Int] = [:]
        var groupOf: [Int] = []
        var table: [(Double, Double)?] = []
        for (k, e) in people.enumerated() {
            let key = e.role + "\u{1}" + e.department
            if let g = groups[key] {
                groupOf.append(g)
                continue
            }
            groups[key] = groups.count
            groupOf.append(groups.count - 1)
            for i in inds.indices {
                for m in 0...(lastMonth - first) {
                    table.append(
                        resolver.resolve(employee: k, indicator: i, month: first + m).map { ($0.target, $0.threshold) })
                }
            }
        }
        // Counts (days, accounts, tickets, projects) are whole, as people record them: their
        // decimals come out as 0 and the plans ask for whole accounts (contract §6.30).
        rounding = inds.map {
            $0.kind == .qualitative
                ? .scale($0.scaleMin ?? 1, $0.scaleMax ?? 5) : Self.countUnits.contains($0.unit ?? "") ? .whole : .cents
        }
        groupTargets = table
        groupOfEmployee = groupOf
        let personal = Set(
            rules.compactMap { rule -> String? in
                if case .employee(let id) = rule.scope { return id } else { return nil }
            })
        hasOwnTargets = people.map { personal.contains($0.id) }
    }

    /// Agreed actions for struggling staff (one contains a comma, to exercise CSV quoting).
    static let actionTexts = [
        "Shadow a senior colleague on two customer calls a week", "Complete the new-system training by month end",
        "Plan the week with the team lead every Monday", "Reduce open items, oldest first, before new work",
    ]

    static let causeText: [CauseCategory: String] = [
        .attitude: "Motivation dropped after the reorganisation", .skills: "New system not yet mastered",
        .knowledge: "Product range changed; training pending", .external: "A key customer cut orders",
        .supervisor: "Few one-to-ones since the team lead changed", .environment: "Team understaffed for two months",
    ]

    /// Whole numbers above 100, else two decimals: what people type into a spreadsheet.
    static func round(_ x: Double) -> Double { abs(x) >= 100 ? x.rounded() : (x * 100).rounded() / 100 }

    static let countUnits: Set<String> = ["days", "accounts", "tickets", "projects"]

    /// A target as HR would set it: whole for counts (8 accounts, not 8.4), else `round`.
    static func roundTarget(_ indicator: Indicator, _ x: Double) -> Double {
        countUnits.contains(indicator.unit ?? "") ? x.rounded() : round(x)
    }

    /// How a drawn value becomes what people would type: a rating within its scale, whole
    /// days, or a spreadsheet-rounded amount.
    enum Rounding: Sendable {
        case scale(Double, Double)
        case whole, cents
    }

    /// One employee's actuals, month by month, oldest first: (indicator index, month, value).
    /// About 3 % of months are missing; values are deterministic per seed and employee.
    package func actuals(of k: Int, _ body: (Int, Month, Double) -> Void) {
        var r = SplitMix64(seed: seed ^ (UInt64(k + 1) &* 0xD1B5_4A32_D192_ED03))
        let skill = r.uniform(0.97, 1.18)
        let months = lastMonth - firstMonth + 1
        let ownRows = hasOwnTargets[k]
        let k0 = indicators.count
        let row = groupOfEmployee[k] * k0
        for i in 0..<k0 {
            let drift = r.uniform(-0.01, 0.01)
            let missingFrom = r.chance(0.01) ? Int(r.next() % UInt64(months)) : months
            for m in 0..<months {
                if m >= missingFrom || r.chance(0.03) { continue }
                let resolved =
                    ownRows
                    ? resolver.resolve(employee: k, indicator: i, month: firstMonth + m).map {
                        ($0.target, $0.threshold)
                    }
                    : groupTargets[(row + i) * months + m]
                let (t, h) = resolved ?? (base[i].target, base[i].threshold)
                var a = skill + drift * Double(m - months / 2) + r.uniform(-0.06, 0.06)
                if struggling[k] && m >= months - 4 { a = r.uniform(0.45, 0.8) }
                var value = h + a * (t - h)
                switch rounding[i] {
                case .scale(let lo, let hi): value = min(hi, max(lo, value.rounded()))
                case .whole: value = max(0, value.rounded())
                case .cents: value = max(0, Self.round(value))
                }
                body(i, firstMonth + m, value)
            }
        }
    }

    /// The whole dataset in memory (small sizes: tests, and `sample` under a few thousand employees).
    package func dataset(policy: Policy = .synthetic) -> Dataset {
        var rows: [Actual] = []
        for k in employees.indices {
            actuals(of: k) { i, m, v in
                rows.append(
                    Actual(
                        employeeId: employees[k].id, indicatorId: indicators[i].id, period: m, value: v,
                        dataSource: "HRIS"))
            }
        }
        return Dataset(
            employees: employees, indicators: indicators, targets: targets, actuals: rows, benchmarks: benchmarks,
            plans: plans, notes: notes, policy: policy)
    }
}
