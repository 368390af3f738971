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

/// One record of a dataset; `value(slot)` gives its cell in the schema's field order (nil = absent).
struct RawRow {
    var location: SourceLocation
    let cells: Cells

    enum Cells {
        /// A JSON object's members, already placed by slot.
        case values([RawValue?])
        /// A CSV record, read from the table's buffer only when a cell is asked for.
        case csv(CSVRows, CSVRecord)
    }

    init(location: SourceLocation, values: [RawValue?]) {
        self.location = location
        cells = .values(values)
    }
    init(location: SourceLocation, csv: CSVRows, record: CSVRecord) {
        self.location = location
        cells = .csv(csv, record)
    }

    func value(_ slot: Int) -> RawValue? {
        switch cells {
        case .values(let v): return v[slot]
        case .csv(let rows, let record):
            return rows.text(record, slot).map { .text($0) }
        }
    }
}

/// A parsed CSV file and where each schema field sits in it. Rows keep a reference, so a
/// million-record file is not copied into per-row arrays of strings.
///
/// Unsafe: cells are read through base pointers taken once from the two arrays held here.
/// What keeps that correct is that nothing here changes after `init`: the arrays are never
/// mutated (so their buffers never move or go away while this object lives), and `cell`
/// checks every index against the record's field count. Being immutable, it may be read
/// from any thread, hence `Sendable` (the loader decodes the datasets other than actuals on
/// a thread of their own).
final class CSVRows: @unchecked Sendable {
    let columnOfSlot: [Int?]
    /// The records that are rows (records with extra cells were reported and left out).
    let records: [CSVRecord]
    /// The table's field bytes and bounds. The arrays are shared with the table, not copied
    /// (for a 1 GB file that would be gigabytes), and never mutated, so their buffers stay
    /// put; the base pointers are taken once so reading a cell costs no reference counting.
    private let storage: [UInt8]
    private let fieldBounds: [Int32]
    private let bytes: UnsafePointer<UInt8>?
    private let bounds: UnsafePointer<Int32>?
    private let slots: [Int]

    init(table: CSVTable, columnOfSlot: [Int?], records: [CSVRecord]) {
        self.columnOfSlot = columnOfSlot
        self.records = records
        storage = table.storage
        fieldBounds = table.fieldBounds
        bytes = storage.withUnsafeBufferPointer { $0.baseAddress }
        bounds = fieldBounds.withUnsafeBufferPointer { $0.baseAddress }
        slots = columnOfSlot.map { $0 ?? -1 }
    }

    /// The cell of `slot` in `record`, or nil when the column is missing or the record short.
    func text(_ record: CSVRecord, _ slot: Int) -> String? {
        cell(record, slot).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The bytes of a cell, valid as long as this object lives; nil when absent.
    func cell(_ record: CSVRecord, _ slot: Int) -> UnsafeBufferPointer<UInt8>? {
        let column = slots[slot]
        guard column >= 0, column < record.fieldCount, let bytes, let bounds else { return nil }
        let i = (record.firstField + column) * 2
        let start = Int(bounds[i])
        let end = Int(bounds[i + 1])
        return UnsafeBufferPointer(start: bytes + start, count: end - start)
    }
}

/// The rows of one dataset, whichever file form they came from.
struct RawTable {
    var schema: DatasetSchema
    var jsonRows: [RawRow] = []
    var csv: CSVRows?
    /// Required fields whose column is missing: reported once at line 1, not on every row.
    var missingColumns: Set<Int> = []
    /// Where a file-level problem is reported (`employees.csv` or `dataset.json`).
    var fileName: String
    /// How number cells of a CSV file are read (JSON numbers are JSON's).
    var numbers = NumberReading()

    var count: Int { csv?.records.count ?? jsonRows.count }

    /// The file's location, re-pointed per row with `atLine`.
    var csvLocation: SourceLocation { SourceLocation(file: fileName, line: 0) }

    func row(_ n: Int) -> RawRow {
        if let csv {
            return RawRow(location: csvLocation.atLine(csv.records[n].line), csv: csv, record: csv.records[n])
        }
        return jsonRows[n]
    }

    /// Every row in file order.
    var rows: LazyMapSequence<Range<Int>, RawRow> { (0..<count).lazy.map { row($0) } }
}

/// The fields of one dataset (contract §1), in the order the contract lists them.
struct DatasetSchema: Sendable {
    var name: String
    var fields: [String]
    var required: Set<String>
    /// Columns the schema does not name are kept as extra fields rather than ignored
    /// (`employees`: HR's own columns, for `generate --group-by`).
    var keepsUnknown = false

    func slot(_ field: String) -> Int { fields.firstIndex(of: field)! }

    /// The schema with `names` it does not have appended as fields (first seen first).
    func keeping(_ names: [String]) -> DatasetSchema {
        guard keepsUnknown else { return self }
        var copy = self
        for n in names where !n.isEmpty && !copy.fields.contains(n) { copy.fields.append(n) }
        return copy
    }

    static let employees = DatasetSchema(
        name: "employees",
        fields: [
            "employee_id", "name", "title", "role", "department", "manager_id", "email", "hire_date", "location",
            "language",
        ],
        required: ["employee_id", "name", "role", "department"], keepsUnknown: true)
    static let indicators = DatasetSchema(
        name: "indicators",
        fields: [
            "indicator_id", "name", "unit", "direction", "kind", "scale_min", "scale_max", "weight",
            "threshold", "critical", "category", "description", "decimals", "triggers_plan", "name_de", "name_es",
            "name_fr", "unit_de", "unit_es", "unit_fr",
        ],
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
        name: "notes", fields: ["employee_id", "period", "kind", "text", "category", "indicator_id"],
        required: ["employee_id", "period", "kind"])

    static let decisions = DatasetSchema(
        name: "decisions", fields: ["employee_id", "month", "decision", "decided_by", "decided_on", "reason"],
        required: ["employee_id", "month"])
    static let acknowledgements = DatasetSchema(
        name: "acknowledgements", fields: ["employee_id", "cycle", "party", "signed_on", "declined", "witness"],
        required: ["employee_id", "cycle", "party", "signed_on"])

    static let all: [DatasetSchema] = [
        employees, indicators, targets, actuals, benchmarks, plans, notes, decisions, acknowledgements,
    ]
    static let requiredDatasets: Set<String> = ["employees", "indicators", "targets", "actuals"]
}
