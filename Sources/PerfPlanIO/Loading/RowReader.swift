import PerfPlanCore

/// Interprets the cells of one row, collecting a message for each bad cell so a row with
/// three problems reports all three. `isValid` turns false on the first error.
struct RowReader {
    let row: RawRow
    let table: RawTable
    var diags: [Diagnostic] = []
    var isValid = true

    init(_ row: RawRow, in table: RawTable) {
        self.row = row
        self.table = table
    }

    /// No field of the contract needs more; a larger cell is nearly always a stray quote
    /// that swallowed the rest of the file, and would bloat every document it lands in.
    static let maxCellBytes = 65_536

    mutating func fail(_ message: String) {
        diags.append(.error(row.location, message))
        isValid = false
    }

    private func slot(_ field: String) -> Int { table.schema.slot(field) }

    /// The trimmed text of a field; nil when absent or empty (§5.18). JSON numbers give
    /// their literal text (ids written as integers), booleans `true`/`false`.
    mutating func text(_ field: String) -> String? { text(field, row.value(slot(field))) }

    /// `text(field)` for a cell already fetched.
    mutating func text(_ field: String, _ value: RawValue?) -> String? {
        let s = slot(field)
        switch value {
        case nil: break
        case .text(let raw):
            if raw.utf8.count > Self.maxCellBytes {
                fail(
                    "\(field) is \(raw.utf8.count) bytes long; at most \(Self.maxCellBytes) are accepted (is a quote missing?)"
                )
                return nil
            }
            let t = raw.trimmingWhitespace()
            if !t.isEmpty { return t }
        case .number(_, let literal): return literal
        case .bool(let b): return b ? "true" : "false"
        case .wrongType(let type):
            fail("\(field) must be text, found \(type)")
            return nil
        }
        if table.schema.required.contains(field) && !table.missingColumns.contains(s) {
            fail("missing required field \(Quote.cell(field))")
        } else if table.missingColumns.contains(s) {
            isValid = false  // already reported once at line 1
        }
        return nil
    }

    /// A number: CSV text by §5.18, JSON only as a JSON number.
    mutating func number(_ field: String) -> Double? {
        let value = row.value(slot(field))
        if case .number(let v, let literal)? = value {
            if v.isFinite { return v }
            fail("\(field) \(literal) is out of range")
            return nil
        }
        if case .text(let raw)? = value, row.location.isJSONIndex, !raw.trimmingWhitespace().isEmpty {
            fail("\(field) \(Quote.cell(raw)) must be a JSON number, not a string")
            return nil
        }
        if case .bool? = value {
            fail("\(field) must be a number, found a boolean")
            return nil
        }
        guard let t = text(field, value) else { return nil }
        switch NumberText.parse(t, table.numbers) {
        case .value(let v): return v
        case .invalid(let why):
            fail("\(field) \(Quote.cell(t)) \(why)")
            return nil
        }
    }

    /// A number that enters the computations (values, targets, thresholds, scale bounds,
    /// weights, benchmarks): `number(field)` within ±`FigureLimits.maxMagnitude`, so no
    /// figure computed from it can overflow (contract §6.34). The actuals' fast path reads at
    /// most 15 digits without an exponent, below the bound, so only this slow path checks.
    mutating func figure(_ field: String) -> Double? {
        guard let v = number(field) else { return nil }
        guard abs(v) <= FigureLimits.maxMagnitude else {
            fail(
                "\(field) \(NumberFormat.machine(v)) is beyond ±1e15, the largest magnitude accepted (figures computed from it would overflow)"
            )
            return nil
        }
        return v
    }

    /// The text of an id field, failing the row when it holds an invisible Unicode format
    /// character (contract §6.33): `E1` and `E\u{200B}1` would look the same everywhere.
    mutating func id(_ field: String) -> String? {
        guard let t = text(field) else { return nil }
        if let scalar = IdCharacters.invisible(in: t) {
            fail("\(field) \(Quote.cell(t)) \(IdCharacters.problem(scalar))")
        }
        return t
    }

    /// A whole number ≥ 1 (plan cycles).
    mutating func positiveInteger(_ field: String) -> Int? {
        guard let v = number(field) else { return nil }
        guard v >= 1, v == v.rounded(), v < 1e9 else {
            fail("\(field) \(NumberFormat.machine(v)) must be a whole number of 1 or more")
            return nil
        }
        return Int(v)
    }

    mutating func month(_ field: String) -> Month? {
        guard let t = text(field) else { return nil }
        guard let m = Month(parsing: t) else {
            fail("\(field) \(Quote.cell(t)) is not a month (expected YYYY-MM)")
            return nil
        }
        return m
    }

    mutating func day(_ field: String) -> Day? {
        guard let t = text(field) else { return nil }
        guard let d = Day(parsing: t) else {
            fail("\(field) \(Quote.cell(t)) is not a date (expected YYYY-MM-DD)")
            return nil
        }
        return d
    }

    /// `true`/`false` (any case) in CSV; a JSON boolean or those words in JSON.
    mutating func flag(_ field: String) -> Bool? {
        if case .bool(let b)? = row.value(slot(field)) { return b }
        guard let t = text(field) else { return nil }
        switch t.lowercased() {
        case "true": return true
        case "false": return false
        default:
            fail("\(field) \(Quote.cell(t)) must be true or false")
            return nil
        }
    }

    /// One of a fixed set of words (case-insensitive).
    mutating func choice<T: RawRepresentable>(_ field: String, _ type: T.Type, allowed: [T]) -> T?
    where T.RawValue == String {
        guard let t = text(field) else { return nil }
        if let v = T(rawValue: t.lowercased()), allowed.contains(where: { $0.rawValue == v.rawValue }) { return v }
        let names = allowed.map(\.rawValue)
        let list = names.count == 2 ? "\(names[0]) or \(names[1])" : "one of " + names.joined(separator: ", ")
        fail("\(field) \(Quote.cell(t)) must be \(list)")
        return nil
    }
}

extension RowReader {
    /// A document language: `en`, `de`, `es` or `fr`, any case (BCP 47 tags are
    /// case-insensitive); a regional tag (`de-CH`) or another language is an error.
    mutating func language(_ field: String) -> Language? {
        guard let t = text(field) else { return nil }
        guard let language = Language(tag: t) else {
            fail("\(field) \(Quote.cell(t)) \(Language.problem(with: t))")
            return nil
        }
        return language
    }
}
