/// One (employee, indicator, month) evaluated: the target that applies and, with an actual,
/// its attainment and status. The building block of history, streaks and composites.
struct MonthFigures {
    var target: ResolvedTarget?
    var actual: Double?
    var attainment: Double?
    var status: Status?

    init(
        index: DatasetIndex, resolver: TargetResolver, policy: Policy, employee e: Int, indicator i: Int, month m: Month
    ) {
        self.init(
            target: resolver.resolve(employee: e, indicator: i, month: m), actual: index.value(e, i, at: m),
            policy: policy)
    }

    @inline(__always)
    init(target: ResolvedTarget?, actual: Double?, policy: Policy) {
        self.target = target
        self.actual = actual
        if let t = target, let a = actual {
            let att = Attainment.attainment(
                actual: a, target: t.target, threshold: t.threshold, cap: policy.attainmentCap)
            attainment = att
            status = Attainment.status(att, tolerance: policy.atRiskTolerance)
        }
    }
}
