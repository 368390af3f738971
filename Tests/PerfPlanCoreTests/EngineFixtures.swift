@testable import PerfPlanCore

/// Terse builders for hand-worked engine tests.
enum F {
    static func m(_ s: String) -> Month { Month(parsing: s)! }
    // swift-format-ignore: AlwaysUseLowerCamelCase
    static let P = m("2026-10")

    static func emp(_ id: String, role: String = "Rep", dept: String = "Sales", manager: String? = nil) -> Employee {
        Employee(id: id, name: "Name \(id)", role: role, department: dept, managerId: manager)
    }

    static func ind(
        _ id: String, _ dir: Direction = .higher, weight: Double = 1, threshold: Double? = nil,
        critical: Bool = false
    ) -> Indicator {
        Indicator(
            id: id, name: "Indicator \(id)", direction: dir, weight: weight, threshold: threshold, critical: critical)
    }

    static func target(
        _ ind: String, _ scope: String = "*", _ period: String = "*", _ value: Double = 0, value named: Double? = nil,
        threshold: Double? = nil, weight: Double? = nil, line: Int = 0
    ) -> TargetRule {
        TargetRule(
            indicatorId: ind, scope: TargetScope(parsing: scope)!, period: PeriodSpec(parsing: period)!,
            target: named ?? value, threshold: threshold, weight: weight,
            source: SourceLocation(file: "targets.csv", line: line))
    }

    /// Actuals for one series: `values` keyed by month text.
    static func actuals(_ e: String, _ i: String, _ values: [String: Double]) -> [Actual] {
        values.map { Actual(employeeId: e, indicatorId: i, period: m($0.key), value: $0.value) }
    }

    static func result(_ d: Dataset, _ e: String, asOf: Month = P) -> EmployeeResult {
        GapEngine(dataset: d).result(employeeId: e, asOf: asOf)!
    }

    static func indicator(_ r: EmployeeResult, _ id: String) -> IndicatorResult? {
        r.indicators.first { $0.indicatorId == id }
    }
}
