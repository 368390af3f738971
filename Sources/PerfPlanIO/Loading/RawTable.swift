import PerfPlanCore

/// One cell as read, before it is interpreted as text, number, month or flag.
enum RawValue {
    /// A CSV cell or a JSON string, untrimmed.
    case text(String)
    /// A JSON number with its literal text.
    case number(Double, String)
    case bool(Bool)
    /// A JSON array or object where a scalar belongs; the payload names the type found.
    case wrongType(String)
}

/// One record of a dataset with its cells in the schema's field order (nil = absent).
struct RawRow {
    var location: SourceLocation
    var values: [RawValue?]
}

/// The rows of one dataset, whichever file form they came from.
struct RawTable {
    var schema: DatasetSchema
    var rows: [RawRow] = []
    /// Required fields whose column is missing: reported once at line 1, not on every row.
    var missingColumns: Set<Int> = []
    /// Where a file-level problem is reported (`employees.csv` or `dataset.json`).
    var fileName: String
}

/// The fields of one dataset (contract §1), in the order the contract lists them.
struct DatasetSchema: Sendable {
    var name: String
    var fields: [String]
    var required: Set<String>

    func slot(_ field: String) -> Int { fields.firstIndex(of: field)! }

    static let employees = DatasetSchema(
        name: "employees",
        fields: ["employee_id", "name", "title", "role", "department", "manager_id", "email", "hire_date", "location"],
        required: ["employee_id", "name", "role", "department"])
    static let indicators = DatasetSchema(
        name: "indicators",
        fields: ["indicator_id", "name", "unit", "direction", "kind", "scale_min", "scale_max", "weight",
                 "threshold", "critical", "category", "description"],
        required: ["indicator_id", "name", "direction", "weight"])
    static let targets = DatasetSchema(
        name: "targets", fields: ["indicator_id", "scope", "period", "target", "threshold", "weight"],
        required: ["indicator_id", "scope", "period", "target"])
    static let actuals = DatasetSchema(
        name: "actuals", fields: ["employee_id", "indicator_id", "period", "value", "note", "source"],
        required: ["employee_id", "indicator_id", "period", "value"])
    static let benchmarks = DatasetSchema(
        name: "benchmarks", fields: ["indicator_id", "value", "scope", "source"], required: ["indicator_id", "value"])
    static let plans = DatasetSchema(
        name: "plans", fields: ["employee_id", "cycle", "start", "end", "outcome"],
        required: ["employee_id", "cycle", "start", "end", "outcome"])
    static let notes = DatasetSchema(
        name: "notes", fields: ["employee_id", "period", "kind", "text", "category"],
        required: ["employee_id", "period", "kind"])

    static let all: [DatasetSchema] = [employees, indicators, targets, actuals, benchmarks, plans, notes]
    static let requiredDatasets: Set<String> = ["employees", "indicators", "targets", "actuals"]
}

