/// Everything read from a `--data` directory, after parsing and validation.
///
/// Arrays keep input order; lookups are built once by `DatasetIndex` in the engine.
package struct Dataset: Sendable {
    package var employees: [Employee]
    package var indicators: [Indicator]
    package var targets: [TargetRule]
    package var actuals: ActualsTable
    package var benchmarks: [Benchmark]
    package var plans: [PlanRecord]
    package var notes: [Note]
    package var policy: Policy
    /// HR's decisions on proposals (contract §7.45), optional.
    package var decisions: [DecisionRecord] = []
    /// Signatures of issued plans (§7.50), optional.
    package var acknowledgements: [Acknowledgement] = []
    /// The `employees` columns beyond the data format's (HR's own, such as an age band),
    /// in file order: each employee's `extra` holds their values.
    package var employeeExtraColumns: [String] = []

    package init(
        employees: [Employee] = [], indicators: [Indicator] = [], targets: [TargetRule] = [],
        actuals: ActualsTable = ActualsTable(), benchmarks: [Benchmark] = [], plans: [PlanRecord] = [],
        notes: [Note] = [], policy: Policy = .default
    ) {
        self.employees = employees
        self.indicators = indicators
        self.targets = targets
        self.actuals = actuals
        self.benchmarks = benchmarks
        self.plans = plans
        self.notes = notes
        self.policy = policy
        // Each indicator's precision: as given, else as its actuals are written (§6.30).
        for k in self.indicators.indices {
            self.indicators[k].resolveDecimals(writtenDecimals: actuals.writtenDecimals(self.indicators[k].id))
        }
    }

    /// The same from a list of actuals (tests, small generated datasets).
    package init(
        employees: [Employee] = [], indicators: [Indicator] = [], targets: [TargetRule] = [],
        actuals: [Actual], benchmarks: [Benchmark] = [], plans: [PlanRecord] = [],
        notes: [Note] = [], policy: Policy = .default
    ) {
        self.init(
            employees: employees, indicators: indicators, targets: targets, actuals: ActualsTable(actuals),
            benchmarks: benchmarks, plans: plans, notes: notes, policy: policy)
    }
}
