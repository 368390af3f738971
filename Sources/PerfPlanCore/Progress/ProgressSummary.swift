/// The roll-up a manager or HR reads first: how many people are on plans and how they fare,
/// by department and by manager.
public struct ProgressCounts: Hashable, Sendable {
    public var onPlans = 0
    /// Every goal on track or achieved.
    public var onTrack = 0
    /// At least one goal behind.
    public var behind = 0
    /// No goal behind, but at least one without an actual this month.
    public var noData = 0
    /// At least one goal worse than where the plan started.
    public var regressed = 0
    public var succeeded = 0
    public var extended = 0
    public var escalated = 0

    public init() {}

    public mutating func add(_ p: PlanProgress) {
        onPlans += 1
        switch p.overall {
        case .achieved, .onTrack: onTrack += 1
        case .behind: behind += 1
        case .noData: noData += 1
        }
        if p.anyRegressed { regressed += 1 }
        switch p.decision {
        case .succeeded: succeeded += 1
        case .extend: extended += 1
        case .escalate: escalated += 1
        case nil: break
        }
    }
}

public struct ProgressSummary: Sendable {
    public struct Group: Sendable {
        /// Department name, or manager id.
        public var key: String
        /// Manager's name where known (manager groups only).
        public var label: String
        /// What a reader sees: `label`, and for a manager whose name another manager in the
        /// summary shares, the id too ("Ahmed Nair (E000310)").
        public var displayName: String
        public var counts: ProgressCounts
        /// Employee ids in the group, ordered by id.
        public var employeeIds: [String]
    }

    public var month: Month
    public var total: ProgressCounts
    public var byDepartment: [Group]
    public var byManager: [Group]

    /// Departments ordered by name, managers by name then id (code-point order), so the summary
    /// is deterministic and a reader finds a manager where the alphabet puts them.
    public init(month: Month, progresses: [PlanProgress]) {
        self.month = month
        var total = ProgressCounts()
        var departments: [String: Group] = [:]
        var managers: [String: Group] = [:]
        for p in progresses.sorted(by: { codePointLess($0.plan.employeeId, $1.plan.employeeId) }) {
            total.add(p)
            let d = p.plan.department
            departments[d, default: Group(key: d, label: d, displayName: d, counts: ProgressCounts(), employeeIds: [])]
                .counts.add(p)
            departments[d]!.employeeIds.append(p.plan.employeeId)
            let mkey = p.plan.managerId ?? ""
            let mlabel = p.plan.managerName ?? (p.plan.managerId ?? "No manager on record")
            managers[
                mkey,
                default: Group(key: mkey, label: mlabel, displayName: mlabel, counts: ProgressCounts(), employeeIds: [])
            ].counts.add(p)
            managers[mkey]!.employeeIds.append(p.plan.employeeId)
        }
        self.total = total
        self.byDepartment = departments.values.sorted { codePointLess($0.key, $1.key) }
        // Managers by name (code-point order), ties by id; people without a manager last.
        let names = ManagerLabels(managers.values.filter { !$0.key.isEmpty }.map { (id: $0.key, name: $0.label) })
        self.byManager = managers.values.sorted { a, b in
            if a.key.isEmpty != b.key.isEmpty { return !a.key.isEmpty }
            if a.label != b.label { return codePointLess(a.label, b.label) }
            return codePointLess(a.key, b.key)
        }.map { g in
            var g = g
            if !g.key.isEmpty { g.displayName = names.label(id: g.key, name: g.label) }
            return g
        }
    }
}
