import PerfPlanCore

/// Builds model records from raw rows, one function per dataset. A row with any bad cell
/// is reported and left out; its id is still remembered so rows that merely refer to it get
/// no second error (§5.21).
struct RecordDecoders {
    var diags = DiagnosticList()
    var seenEmployeeIds: Set<String> = []
    var seenIndicatorIds: Set<String> = []
    /// The employees file's columns beyond the data format's, in file order.
    var employeeExtraColumns: [String] = []

    mutating func finish(_ reader: RowReader) -> Bool {
        diags.append(contentsOf: reader.diags)
        return reader.isValid
    }

    mutating func employees(_ table: RawTable) -> [Employee] {
        var out: [Employee] = []
        out.reserveCapacity(table.count)
        let extras = Array(table.schema.fields.dropFirst(DatasetSchema.employees.fields.count))
        employeeExtraColumns = extras
        for row in table.rows {
            var r = RowReader(row, in: table)
            let id = r.id("employee_id")
            if let id {
                seenEmployeeIds.insert(id)
                // One message per id: an invisible character was reported by `r.id`.
                if IdCharacters.invisible(in: id) == nil, let problem = FolderName.problem(with: id) {
                    r.fail("employee_id \(Quote.cell(id)) \(problem)")
                }
            }
            let name = r.text("name")
            let role = r.text("role")
            let department = r.text("department")
            let employee = Employee(
                id: id ?? "", name: name.map(PersonName.display) ?? "", title: r.text("title"), role: role ?? "",
                department: department ?? "",
                managerId: r.text("manager_id"), email: r.text("email"), hireDate: r.day("hire_date"),
                location: r.text("location"), language: r.language("language"), source: row.location)
            var kept = employee
            if !extras.isEmpty { kept.extra = extras.map { r.text($0) } }
            if finish(r) { out.append(kept) }
        }
        return out
    }

    mutating func indicators(_ table: RawTable) -> [Indicator] {
        var out: [Indicator] = []
        for row in table.rows {
            var r = RowReader(row, in: table)
            let id = r.id("indicator_id")
            if let id { seenIndicatorIds.insert(id) }
            let name = r.text("name")
            let direction = r.choice("direction", Direction.self, allowed: [.higher, .lower])
            let kind = r.choice("kind", IndicatorKind.self, allowed: [.quantitative, .qualitative]) ?? .quantitative
            let scaleMin = r.figure("scale_min")
            let scaleMax = r.figure("scale_max")
            let weight = r.figure("weight")
            if let weight, !(weight > 0) { r.fail("weight \(NumberFormat.machine(weight)) must be greater than 0") }
            if kind == .qualitative {
                if let lo = scaleMin, let hi = scaleMax {
                    if !(lo < hi) {
                        r.fail(
                            "scale_min \(NumberFormat.machine(lo)) must be less than scale_max \(NumberFormat.machine(hi))"
                        )
                    }
                } else if r.isValid {
                    r.fail("a qualitative indicator needs scale_min and scale_max (e.g. 1 and 5)")
                }
            }
            // The precision people see and plan with (contract §6.30): a whole number 0–6.
            var decimals: Int?
            if let d = r.number("decimals") {
                if d == d.rounded(), d >= 0, d <= Double(Indicator.maxDecimals) {
                    decimals = Int(d)
                } else {
                    r.fail(
                        "decimals \(NumberFormat.machine(d)) must be a whole number from 0 to \(Indicator.maxDecimals)")
                }
            }
            let indicator = Indicator(
                id: id ?? "", name: name ?? "", unit: r.text("unit"), direction: direction ?? .higher, kind: kind,
                scaleMin: scaleMin, scaleMax: scaleMax, weight: weight ?? 1, threshold: r.figure("threshold"),
                critical: r.flag("critical") ?? false, category: r.text("category"),
                description: r.text("description"), decimals: decimals, source: row.location)
            var withTrigger = indicator
            withTrigger.triggersPlan = r.flag("triggers_plan") ?? true
            // `name_de`, `unit_de`, …: the name and unit in documents of that language.
            withTrigger.translatedNames = r.translations(of: "name")
            withTrigger.translatedUnits = r.translatedUnits(of: indicator.unit)
            if finish(r) { out.append(withTrigger) }
        }
        return out
    }

    mutating func targets(_ table: RawTable) -> [TargetRule] {
        var out: [TargetRule] = []
        for row in table.rows {
            var r = RowReader(row, in: table)
            let indicator = r.text("indicator_id")
            var scope: TargetScope?
            if let text = r.text("scope") {
                scope = TargetScope(parsing: text)
                if scope == nil {
                    r.fail("scope \(Quote.cell(text)) must be employee:ID, role:NAME, department:NAME or *")
                }
            }
            var period: PeriodSpec?
            if let text = r.text("period") {
                period = PeriodSpec(parsing: text)
                if period == nil {
                    r.fail("period \(Quote.cell(text)) must be YYYY-MM, YYYY-MM..YYYY-MM (start not after end) or *")
                }
            }
            let target = r.figure("target")
            let threshold = r.figure("threshold")
            let weight = r.figure("weight")
            if let weight, !(weight > 0) { r.fail("weight \(NumberFormat.machine(weight)) must be greater than 0") }
            if finish(r), let indicator, let scope, let period, let target {
                out.append(
                    TargetRule(
                        indicatorId: indicator, scope: scope, period: period, target: target,
                        threshold: threshold, weight: weight, source: row.location))
            }
        }
        return out
    }

    /// Appends the table's valid rows to `out`; `fast` carries interned ids from one piece
    /// of a large file to the next.
    mutating func actuals(_ table: RawTable, into out: inout ActualsTable, fast: inout ActualsFastPath) {
        guard let csv = table.csv else {
            for n in 0..<table.count { actualsRow(table, n, into: &out) }
            return
        }
        fast.decodeAll(csv, into: &out) { n, out in self.actualsRow(table, n, into: &out) }
    }

    /// One row the fast path declined, decoded (and checked) field by field.
    private mutating func actualsRow(_ table: RawTable, _ n: Int, into out: inout ActualsTable) {
        let row = table.row(n)
        var r = RowReader(row, in: table)
        let employee = r.text("employee_id")
        let indicator = r.text("indicator_id")
        let period = r.month("period")
        let value = r.figure("value")
        let note = r.text("note")
        let source = r.text("source")
        if finish(r), let employee, let indicator, let period, let value {
            // The decimals as written: a JSON number's literal, a CSV cell's text (§6.30).
            let written: Int
            switch row.value(table.schema.slot("value")) {
            case .number(_, let literal)?: written = NumberText.writtenDecimals(literal)
            case .text(let raw)?:
                written = NumberText.writtenDecimals(raw.trimmingWhitespace(), separator: table.numbers.separator)
            default: written = 0
            }
            out.append(
                Actual(
                    employeeId: employee, indicatorId: indicator, period: period, value: value,
                    note: note, dataSource: source, source: row.location), writtenDecimals: written)
        }
    }

    mutating func benchmarks(_ table: RawTable) -> [Benchmark] {
        var out: [Benchmark] = []
        for row in table.rows {
            var r = RowReader(row, in: table)
            let indicator = r.text("indicator_id")
            let value = r.figure("value")
            let scope = r.text("scope") ?? "industry"
            let source = r.text("source")
            if finish(r), let indicator, let value {
                out.append(
                    Benchmark(
                        indicatorId: indicator, value: value, scope: scope, dataSource: source, source: row.location))
            }
        }
        return out
    }

    mutating func plans(_ table: RawTable) -> [PlanRecord] {
        var out: [PlanRecord] = []
        for row in table.rows {
            var r = RowReader(row, in: table)
            let employee = r.text("employee_id")
            let cycle = r.positiveInteger("cycle")
            let start = r.month("start")
            let end = r.month("end")
            let outcome = r.choice("outcome", PlanOutcome.self, allowed: PlanOutcome.allCases)
            if let start, let end, end < start { r.fail("end \(end) is before start \(start)") }
            if finish(r), let employee, let cycle, let start, let end, let outcome {
                out.append(
                    PlanRecord(
                        employeeId: employee, cycle: cycle, start: start, end: end, outcome: outcome,
                        source: row.location))
            }
        }
        return out
    }

    mutating func notes(_ table: RawTable) -> [Note] {
        var out: [Note] = []
        for row in table.rows {
            var r = RowReader(row, in: table)
            let employee = r.text("employee_id")
            let period = r.month("period")
            let kind = r.choice("kind", NoteKind.self, allowed: NoteKind.allCases)
            let text = r.text("text")
            let category = r.choice("category", CauseCategory.self, allowed: CauseCategory.allCases)
            let indicator = r.text("indicator_id")
            if finish(r), let employee, let period, let kind {
                out.append(
                    Note(
                        employeeId: employee, period: period, kind: kind, text: text, category: category,
                        indicatorId: indicator, source: row.location))
            }
        }
        return out
    }
}

/// The common case of an actuals CSV row — plain ids, a `YYYY-MM` month, a plain decimal —
/// decoded straight from the cell bytes into the table's columns, reusing the previous
/// rows' interned numbers while the bytes repeat (rows come grouped by employee). Anything
/// unusual returns false and goes through `RowReader`, so every message stays the same.
///
/// Unsafe (measured: 28 million rows): cells arrive as `CSVRows` views (see there); `same`,
/// `plain` and `month` check counts before indexing, and `decodeAll` borrows `records` for
/// the loop so the rows are not retained and released per row.
struct ActualsFastPath {
    let file: SourceLocation
    let slots: (employee: Int, indicator: Int, period: Int, value: Int, note: Int, source: Int)
    var lastEmployee: (bytes: [UInt8], number: Int32) = ([], -1)
    var lastIndicators: [(bytes: [UInt8], number: Int32)] = []
    /// Where the previous row's indicator is in `lastIndicators`: files list an employee's
    /// months of one indicator together, so it is nearly always the next row's too.
    var lastHit = 0
    var lastSource: (bytes: [UInt8], provenance: UInt16)?
    var noSource: UInt16?
    /// The current piece's periods and values, read by the parsing thread (by row), or empty.
    var preparsed = ActualsCSVReader.Preparsed()
    /// The decimal separator's byte (`decimal_separator`).
    let point: UInt8

    init(file: String, point: UInt8 = UInt8(ascii: ".")) {
        self.file = SourceLocation(file: file, line: 0)
        self.point = point
        let s = DatasetSchema.actuals
        slots = (
            s.slot("employee_id"), s.slot("indicator_id"), s.slot("period"), s.slot("value"), s.slot("note"),
            s.slot("source")
        )
    }

    static func same(_ a: [UInt8], _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        return a.withUnsafeBufferPointer { x in
            for k in 0..<x.count where x[k] != b[k] { return false }
            return true
        }
    }

    /// Printable ASCII with no space at either end: needs no trimming and no checks.
    static func plain(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let f = b.first, let l = b.last, f > 0x20, l > 0x20 else { return false }
        return b.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// `YYYY-MM` with a month 01–12, as `Month(parsing:)` accepts it.
    static func month(_ p: UnsafeBufferPointer<UInt8>) -> Month? {
        guard p.count == 7, p[4] == UInt8(ascii: "-") else { return nil }
        var year = 0
        var month = 0
        for k in 0..<4 {
            let d = Int(p[k]) - 48
            guard d >= 0, d <= 9 else { return nil }
            year = year * 10 + d
        }
        for k in 5..<7 {
            let d = Int(p[k]) - 48
            guard d >= 0, d <= 9 else { return nil }
            month = month * 10 + d
        }
        return Month(year: year, month: month)
    }

    /// Decodes every record of `rows`, handing the ones it declines to `slow` by position.
    /// The loop lives here so `rows` is borrowed once, not retained and released per row
    /// (that pair was a sixth of decoding 28 million rows).
    mutating func decodeAll(
        _ rows: CSVRows, into table: inout ActualsTable,
        slow: (Int, inout ActualsTable) -> Void
    ) {
        let given = preparsed.months.count == rows.records.count
        rows.records.withUnsafeBufferPointer { records in
            for n in records.indices where !decode(records[n], given ? n : nil, rows: rows, into: &table) {
                slow(n, &table)
            }
        }
    }

    /// `preparsedRow`: the record's position in `preparsed`, when its period and value were read there.
    mutating func decode(_ record: CSVRecord, _ preparsedRow: Int? = nil, rows: CSVRows, into table: inout ActualsTable)
        -> Bool
    {
        // An employee or indicator equal to one seen before passed these checks then.
        guard let e = rows.cell(record, slots.employee),
            case let sameEmployee = !e.isEmpty && Self.same(lastEmployee.bytes, e),
            sameEmployee || Self.plain(e) && e.count <= 64,
            let i = rows.cell(record, slots.indicator)
        else { return false }
        let month: Month
        let value: Double
        let decimals: Int
        if let n = preparsedRow {
            let m = preparsed.months[n]
            let x = preparsed.values[n]
            guard m != ActualsCSVReader.Preparsed.noMonth, !x.isNaN else { return false }
            month = ActualsCSVReader.Preparsed.month(m)
            value = x
            decimals = ActualsCSVReader.Preparsed.decimals(m)
        } else {
            var fraction = 0
            guard let p = rows.cell(record, slots.period), let m = Self.month(p),
                let v = rows.cell(record, slots.value), v.count <= 40,
                // digits, '-' and the point only: plain by construction
                let x = NumberText.fastPath(v, fractionDigits: &fraction, point: point)
            else { return false }
            month = m
            value = x
            decimals = fraction
        }
        var known: Int32?
        if lastHit < lastIndicators.count, Self.same(lastIndicators[lastHit].bytes, i) {
            known = lastIndicators[lastHit].number
        } else {
            for k in lastIndicators.indices where Self.same(lastIndicators[k].bytes, i) {
                known = lastIndicators[k].number
                lastHit = k
                break
            }
        }
        if known == nil, !(Self.plain(i) && i.count <= 64) { return false }
        let note = rows.cell(record, slots.note)
        if let note, !note.isEmpty, !Self.plain(note) { return false }
        let source = rows.cell(record, slots.source)
        if let source, !source.isEmpty, !Self.plain(source) { return false }

        if !sameEmployee {
            lastEmployee = (Array(e), table.employeeNumber(String(decoding: e, as: UTF8.self)))
        }
        let indicator: Int32
        if let known {
            indicator = known
        } else {
            indicator = table.indicatorNumber(String(decoding: i, as: UTF8.self))
            if lastIndicators.count < 64 {
                lastHit = lastIndicators.count
                lastIndicators.append((Array(i), indicator))
            }
        }
        let provenance: UInt16
        if let source, !source.isEmpty {
            if let last = lastSource, Self.same(last.bytes, source) {
                provenance = last.provenance
            } else {
                provenance = table.provenanceNumber(base: file, dataSource: String(decoding: source, as: UTF8.self))
                guard provenance != UInt16.max else { return false }
                lastSource = (Array(source), provenance)
            }
        } else {
            if noSource == nil { noSource = table.provenanceNumber(base: file, dataSource: nil) }
            guard let n = noSource, n != UInt16.max else { return false }
            provenance = n
        }
        table.append(
            employee: lastEmployee.number, indicator: indicator, month: month, value: value,
            provenance: provenance, line: record.line,
            note: note.flatMap { $0.isEmpty ? nil : String(decoding: $0, as: UTF8.self) },
            writtenDecimals: decimals)
        return true
    }
}
