/// Everything read from a `--data` directory, after parsing and validation.
///
/// Arrays keep input order; lookups are built once by `DatasetIndex` in the engine.
public struct Dataset: Sendable {
    public var employees: [Employee]
    public var indicators: [Indicator]
    public var targets: [TargetRule]
    public var actuals: ActualsTable
    public var benchmarks: [Benchmark]
    public var plans: [PlanRecord]
    public var notes: [Note]
    public var policy: Policy
    /// HR's decisions on proposals (contract §7.45), optional.
    public var decisions: [DecisionRecord] = []
    /// Signatures of issued plans (§7.50), optional.
    public var acknowledgements: [Acknowledgement] = []
    /// The `employees` columns beyond the data format's (HR's own, such as an age band),
    /// in file order: each employee's `extra` holds their values.
    public var employeeExtraColumns: [String] = []

    public init(
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
    public init(
        employees: [Employee] = [], indicators: [Indicator] = [], targets: [TargetRule] = [],
        actuals: [Actual], benchmarks: [Benchmark] = [], plans: [PlanRecord] = [],
        notes: [Note] = [], policy: Policy = .default
    ) {
        self.init(
            employees: employees, indicators: indicators, targets: targets, actuals: ActualsTable(actuals),
            benchmarks: benchmarks, plans: plans, notes: notes, policy: policy)
    }
}
