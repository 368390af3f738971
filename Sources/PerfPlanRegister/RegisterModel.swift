import PerfPlanCore

/// The register's records as plain values, exactly as stored: what the pure rules in
/// `RegisterHistory` and `BatchValidity` work on, with no database in sight.
package struct RegisterContents: Sendable, Equatable {
    package var batches: [RegisterBatch] = []
    package var issued: [IssuedPlan] = []
    package var reports: [ProgressEntry] = []
    package var closures: [PlanClosure] = []
    package var imported: [PlanRecord] = []

    package init(
        batches: [RegisterBatch] = [], issued: [IssuedPlan] = [], reports: [ProgressEntry] = [],
        closures: [PlanClosure] = [], imported: [PlanRecord] = []
    ) {
        self.batches = batches
        self.issued = issued
        self.reports = reports
        self.closures = closures
        self.imported = imported
    }

    /// Only what belongs to the batches in `ids` (closures and imported rows belong to none).
    package func keeping(batches ids: Set<Int64>) -> RegisterContents {
        RegisterContents(
            batches: batches.filter { ids.contains($0.id) }, issued: issued.filter { ids.contains($0.batch) },
            reports: reports.filter { ids.contains($0.batch) }, closures: closures, imported: imported)
    }
}

/// One month folder a run published (or was about to publish) and the register entries
/// made with it. A rerun of the same month into the same folder replaces the batch (and the
/// folder: what it held is gone): the key is `kind`, `month`, for progress the plans packet
/// it read (`source`), and the folder. A run of the same month into another `--out` folder
/// (another scope, say) adds a batch beside it, so neither erases the other's plans.
package struct RegisterBatch: Sendable, Hashable {
    package enum Kind: String, Sendable { case generate, progress }
    /// `pending`: committed before the folder swap, in force only if the folder on disk
    /// carries `manifestSHA256`; `final`: confirmed after the swap.
    package enum State: String, Sendable { case pending, final }

    package var id: Int64
    package var kind: Kind
    package var month: Month
    /// Progress: the generate month whose plans were read; generate: nil.
    package var source: Month?
    /// The month folder's absolute path.
    package var folder: String
    package var manifestSHA256: String
    package var state: State

    package init(
        id: Int64, kind: Kind, month: Month, source: Month?, folder: String, manifestSHA256: String, state: State
    ) {
        self.id = id
        self.kind = kind
        self.month = month
        self.source = source
        self.folder = folder
        self.manifestSHA256 = manifestSHA256
        self.state = state
    }

    struct Key: Hashable {
        var kind: Kind
        var month: Month
        var source: Month?
        var folder: String
    }
    var key: Key { Key(kind: kind, month: month, source: source, folder: folder) }
}

/// A goal as issued (what progress will measure against).
package struct IssuedGoal: Sendable, Hashable, Codable {
    package var indicatorId: String
    package var current: Double
    package var expected: Double
    package var deadline: String

    package init(indicatorId: String, current: Double, expected: Double, deadline: String) {
        self.indicatorId = indicatorId
        self.current = current
        self.expected = expected
        self.deadline = deadline
    }
}

/// A plan `generate` wrote into a packet.
package struct IssuedPlan: Sendable, Hashable {
    package var batch: Int64
    package var employeeId: String
    package var cycle: Int
    package var maxCycles: Int
    package var escalate: Bool
    package var start: Month
    package var end: Month
    /// The packet month (the generate as-of month).
    package var packet: Month
    /// `employees/ID/plan.xml`'s SHA-256 from the manifest (nil without an XML plan).
    package var planSHA256: String?
    package var goals: [IssuedGoal]

    package init(
        batch: Int64 = 0, employeeId: String, cycle: Int, maxCycles: Int, escalate: Bool, start: Month, end: Month,
        packet: Month, planSHA256: String?, goals: [IssuedGoal]
    ) {
        self.batch = batch
        self.employeeId = employeeId
        self.cycle = cycle
        self.maxCycles = maxCycles
        self.escalate = escalate
        self.start = start
        self.end = end
        self.packet = packet
        self.planSHA256 = planSHA256
        self.goals = goals
    }
}

/// What `progress` reported for one plan in one month.
package struct ProgressEntry: Sendable, Hashable {
    package var batch: Int64
    package var employeeId: String
    package var cycle: Int
    /// The packet month of the plan reported on.
    package var packet: Month
    package var month: Month
    /// The plan's overall status (`achieved`, `on_track`, `behind`, `no_data`).
    package var overall: String
    /// Each goal's status, `indicator=status`, in the plan's order.
    package var goals: [String]
    /// At the plan's last month: `succeeded`, `extend` or `escalate`.
    package var decision: PlanDecision?

    package init(
        batch: Int64 = 0, employeeId: String, cycle: Int, packet: Month, month: Month, overall: String,
        goals: [String], decision: PlanDecision?
    ) {
        self.batch = batch
        self.employeeId = employeeId
        self.cycle = cycle
        self.packet = packet
        self.month = month
        self.overall = overall
        self.goals = goals
        self.decision = decision
    }
}

/// A plan HR closed by hand (`perfplan plans close`): the employee left, the plan was withdrawn.
package struct PlanClosure: Sendable, Hashable {
    package var employeeId: String
    package var cycle: Int
    package var reason: String
    package var closedOn: String

    package init(employeeId: String, cycle: Int, reason: String, closedOn: String) {
        self.employeeId = employeeId
        self.cycle = cycle
        self.reason = reason
        self.closedOn = closedOn
    }
}
