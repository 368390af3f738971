/// A signed improvement plan as frozen in its `plan.xml`: what monthly progress is measured
/// against. Progress never re-derives goals from today's targets — a plan is an agreement,
/// and moving its goalposts after signing would be unfair to both parties.
package struct PlanSnapshot: Hashable, Sendable {
    package struct PlanGoal: Hashable, Sendable {
        package var indicatorId: String
        package var indicatorName: String
        package var unit: String?
        package var direction: Direction
        /// The level when the plan was made (mean of the last 3 values at or before the as-of month).
        package var current: Double
        package var expected: Double
        package var deadline: Day
        package var milestones: [Goal.Milestone]
        package var stretch: Bool?
        /// The top of a rating scale (qualitative indicators), so reports say "4 of 5".
        package var scaleMax: Double?
        /// The indicator's decimals when the plan was made (§6.36), so reports show figures
        /// at the plan's precision; nil in plans written before they were recorded.
        package var decimals: Int?

        package init(
            indicatorId: String, indicatorName: String, unit: String?, direction: Direction,
            current: Double, expected: Double, deadline: Day, milestones: [Goal.Milestone], stretch: Bool?,
            scaleMax: Double? = nil, decimals: Int? = nil
        ) {
            self.indicatorId = indicatorId
            self.indicatorName = indicatorName
            self.unit = unit
            self.direction = direction
            self.current = current
            self.expected = expected
            self.deadline = deadline
            self.milestones = milestones
            self.stretch = stretch
            self.scaleMax = scaleMax
            self.decimals = decimals
        }

        /// The milestone value planned for `month`, if the plan has one then.
        package func milestone(for month: Month) -> Double? {
            milestones.first { $0.month == month }?.value
        }
    }

    package var employeeId: String
    package var employeeName: String
    package var role: String
    /// The title the plan was issued with (plan.xml's `title`), shown where the plan showed
    /// it; nil for a plan file written without one, which then shows `role`.
    package var title: String?
    package var department: String
    package var managerId: String?
    package var managerName: String?
    /// The as-of month the plan was generated at; the plan runs from the month after.
    package var asOf: Month
    package var cycle: Int
    package var maxCycles: Int
    package var start: Month
    package var end: Month
    package var goals: [PlanGoal]
    package var checkins: [Day]
    /// Which of `checkins` are formal reviews (plan.xml's `formal="true"`), for calendars.
    package var reviewDates: Set<Day> = []
    /// Where the plan was read from, for messages.
    package var sourcePath: String

    package init(
        employeeId: String, employeeName: String, role: String, department: String,
        managerId: String?, managerName: String?, asOf: Month, cycle: Int, maxCycles: Int,
        start: Month, end: Month, goals: [PlanGoal], checkins: [Day], sourcePath: String = ""
    ) {
        self.employeeId = employeeId
        self.employeeName = employeeName
        self.role = role
        self.department = department
        self.managerId = managerId
        self.managerName = managerName
        self.asOf = asOf
        self.cycle = cycle
        self.maxCycles = maxCycles
        self.start = start
        self.end = end
        self.goals = goals
        self.checkins = checkins
        self.sourcePath = sourcePath
    }
}

extension PlanSnapshot {
    /// The plan with each goal shown at no fewer decimals than its indicator has in the
    /// current data (§6.30: the decimals written in the actuals): a plan made on whole
    /// numbers whose actual is now 11.7 shows "11.7 calls" against the milestone 12, never
    /// "12 calls … behind". A plan without recorded decimals keeps at least the former 2.
    package func showing(currentDecimals: [String: Int]) -> PlanSnapshot {
        var copy = self
        for k in copy.goals.indices {
            let now = currentDecimals[copy.goals[k].indicatorId] ?? 0
            copy.goals[k].decimals = max(copy.goals[k].decimals ?? 2, now)
        }
        return copy
    }

    /// Rule 41: name, department and manager come from the current data — a plan keeps its
    /// goals, not its org chart. `employees` is the current dataset's; a plan whose employee is
    /// not in it keeps what plan.xml says. The manager's name is the manager's current name.
    package static func withCurrentPeople(_ plans: [PlanSnapshot], employees: [Employee]) -> [PlanSnapshot] {
        var byId: [String: Employee] = [:]
        byId.reserveCapacity(employees.count)
        for e in employees { byId[e.id] = e }
        return plans.map { plan in
            guard let e = byId[plan.employeeId] else { return plan }
            var p = plan
            p.employeeName = e.name
            p.department = e.department
            p.managerId = e.managerId
            p.managerName = e.managerId.flatMap { byId[$0]?.name }
            return p
        }
    }
}
