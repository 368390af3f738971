/// The roll-up a manager or HR reads first: how many people are on plans and how they fare,
/// by department and by manager.
package struct ProgressCounts: Hashable, Sendable {
    package var onPlans = 0
    /// Every goal on track or achieved.
    package var onTrack = 0
    /// At least one goal behind.
    package var behind = 0
    /// No goal behind, but at least one without an actual this month.
    package var noData = 0
    /// At least one goal worse than where the plan started.
    package var regressed = 0
    package var succeeded = 0
    package var extended = 0
    package var escalated = 0

    package init() {}

    package mutating func add(_ p: PlanProgress) {
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

package struct ProgressSummary: Sendable {
    package struct Group: Sendable {
        /// Department name, or manager id.
        package var key: String
        /// Manager's name where known (manager groups only).
        package var label: String
        /// What a reader sees: `label`, and for a manager whose name another manager in the
        /// summary shares, the id too ("Ahmed Nair (E000310)").
        package var displayName: String
        package var counts: ProgressCounts
        /// Employee ids in the group, ordered by id.
        package var employeeIds: [String]
    }

    package var month: Month
    package var total: ProgressCounts
    package var byDepartment: [Group]
    package var byManager: [Group]

    /// Departments ordered by name, managers by name then id (code-point order), so the summary
    /// is deterministic and a reader finds a manager where the alphabet puts them.
    package init(month: Month, progresses: [PlanProgress]) {
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
