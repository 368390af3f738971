import PerfPlanCore

/// The `employees` column that `--group-by` names: one the data format defines, whose
/// value is read from each employee.
public enum CalibrationGroupColumn: String, CaseIterable, Sendable {
    case location, department, role, title

    public init?(column: String) { self.init(rawValue: column) }

    func value(of e: Employee) -> String? {
        switch self {
        case .location: e.location
        case .department: e.department
        case .role: e.role
        case .title: e.title
        }
    }
}
