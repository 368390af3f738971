import PerfPlanCore

/// The `employees` column that `--group-by` names: one the data format defines, or one of
/// HR's own columns that the employees file carries (an age band, a site code), whose value
/// is read from each employee.
package struct CalibrationGroupColumn: Sendable, Hashable {
    /// The data format's columns calibration can group by.
    package static let builtIn = ["location", "department", "role", "title"]

    package let rawValue: String
    /// Position in `Employee.extra` for one of HR's columns; nil for a built-in one.
    let extraIndex: Int?

    /// nil when `column` is neither built in nor among `extraColumns` (the dataset's
    /// `employeeExtraColumns`).
    package init?(column: String, extraColumns: [String] = []) {
        if Self.builtIn.contains(column) {
            rawValue = column
            extraIndex = nil
        } else if let k = extraColumns.firstIndex(of: column) {
            rawValue = column
            extraIndex = k
        } else {
            return nil
        }
    }

    /// What a usage error lists: the built-in columns, then the file's own.
    package static func available(extraColumns: [String]) -> [String] { builtIn + extraColumns }

    package func value(of e: Employee) -> String? {
        if let k = extraIndex { return k < e.extra.count ? e.extra[k] : nil }
        switch rawValue {
        case "location": return e.location
        case "department": return e.department
        case "role": return e.role
        default: return e.title
        }
    }
}
