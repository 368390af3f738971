import PerfPlanCore

/// Turns a CSV file or a JSON array into a `RawTable`, reporting file-shape problems
/// (columns, cells, syntax) so the dataset decoders only see rows.
enum TableReaders {
    static func csv(
        _ bytes: [UInt8], file: String, schema: DatasetSchema, numbers: NumberReading = NumberReading(),
        into diags: inout DiagnosticList
    ) -> RawTable {
        let csv = CSVReader.read(bytes)
        var table = RawTable(schema: schema, fileName: file)
        table.numbers = numbers
        for p in csv.problems { diags.error(SourceLocation(file: file, line: p.line), p.message) }
        let headerLine = SourceLocation(file: file, line: 1)
        guard !csv.header.isEmpty else {
            if csv.problems.isEmpty {
                diags.error(headerLine, "the file is empty; expected a header line naming the columns")
            }
            return table
        }

        let schema = schema.keeping(csv.header)
        table.schema = schema
        let (columnOfSlot, missing) = mapHeader(csv.header, file: file, schema: schema, into: &diags)
        table.missingColumns = missing
        table.csv = CSVRows(
            table: csv, columnOfSlot: columnOfSlot,
            records: keptRecords(
                csv, headerCount: csv.header.count, file: file,
                schema: schema, numbers: numbers, into: &diags))
        return table
    }

    /// Maps header columns onto schema slots, reporting duplicate, unknown and missing columns.
    static func mapHeader(
        _ header: [String], file: String, schema: DatasetSchema,
        into diags: inout DiagnosticList
    ) -> (columnOfSlot: [Int?], missing: Set<Int>) {
        let headerLine = SourceLocation(file: file, line: 1)
        var slotOfColumn = [Int?](repeating: nil, count: header.count)
        var firstColumnOfField: [String: Int] = [:]
        var unknown: [String] = []
        for (column, name) in header.enumerated() {
            if let first = firstColumnOfField[name] {
                diags.error(headerLine, "duplicate column \(Quote.cell(name)) (columns \(first + 1) and \(column + 1))")
                continue
            }
            firstColumnOfField[name] = column
            if let slot = schema.fields.firstIndex(of: name) {
                slotOfColumn[column] = slot
            } else if !name.isEmpty {
                unknown.append(name)
            }
        }
        if !unknown.isEmpty {
            diags.warning(
                headerLine,
                "unknown column\(unknown.count == 1 ? "" : "s") ignored: "
                    + unknown.map(Quote.cell).joined(separator: ", "))
        }
        var missing: Set<Int> = []
        for field in schema.fields where schema.required.contains(field) && firstColumnOfField[field] == nil {
            diags.error(headerLine, "missing required column \(Quote.cell(field))")
            missing.insert(schema.slot(field))
        }
        var columnOfSlot = [Int?](repeating: nil, count: schema.fields.count)
        for (column, slot) in slotOfColumn.enumerated() { if let slot { columnOfSlot[slot] = column } }
        return (columnOfSlot, missing)
    }

    /// The records that are rows: one with non-blank cells beyond the header is reported
    /// and left out. With decimal commas in a file delimited by `,`, every row must have
    /// exactly the header's cells (`DecimalCommaCells`).
    static func keptRecords(
        _ csv: CSVTable, headerCount: Int, file: String, schema: DatasetSchema? = nil,
        numbers: NumberReading = NumberReading(), into diags: inout DiagnosticList
    ) -> [CSVRecord] {
        var kept: [CSVRecord] = []
        kept.reserveCapacity(csv.records.count)
        let exact = DecimalCommaCells.applies(to: csv, schema: schema, numbers: numbers)
        for record in csv.records {
            if exact, record.fieldCount != headerCount {
                diags.error(
                    SourceLocation(file: file, line: record.line),
                    DecimalCommaCells.message(cells: record.fieldCount, columns: headerCount))
                continue
            }
            if record.fieldCount > headerCount {
                let extra = (headerCount..<record.fieldCount).contains { column in
                    csv.withBytes(record, column) { cell in
                        cell.indices.contains { cell[$0] != 0x20 && cell[$0] != 0x09 }
                    }
                }
                if extra {
                    diags.error(
                        SourceLocation(file: file, line: record.line),
                        "\(record.fieldCount) cells but the header has \(headerCount) columns (a value holding '\(Character(UnicodeScalar(csv.delimiter)))' must be quoted)"
                    )
                    continue
                }
            }
            kept.append(record)
        }
        return kept
    }

    /// A JSON array of objects; `datasetKey` is set when it comes from `dataset.json`.
    static func json(
        _ node: JSONNode, file: String, datasetKey: String?, schema: DatasetSchema,
        into diags: inout DiagnosticList
    ) -> RawTable {
        var table = RawTable(schema: schema, fileName: file)
        guard case .array(let items) = node.value else {
            let what = datasetKey.map { "\"\($0)\" must be" } ?? "the file must hold"
            diags.error(
                SourceLocation(file: file, line: node.line), "\(what) an array of objects, found \(node.value.typeName)"
            )
            return table
        }
        var schema = schema
        if schema.keepsUnknown {
            var keys: [String] = []
            var seen = Set(schema.fields)
            for item in items {
                if case .object(let members) = item.value {
                    for m in members where seen.insert(m.key).inserted { keys.append(m.key) }
                }
            }
            schema = schema.keeping(keys)
            table.schema = schema
        }
        var unknown: [String] = []
        table.jsonRows.reserveCapacity(items.count)
        let base = SourceLocation(file: file, line: 0, isJSONIndex: true, datasetKey: datasetKey)
        for (index, item) in items.enumerated() {
            let location = base.atLine(index)
            guard case .object(let members) = item.value else {
                diags.error(location, "expected an object, found \(item.value.typeName)")
                continue
            }
            var values = [RawValue?](repeating: nil, count: schema.fields.count)
            for member in members {
                guard let slot = schema.fields.firstIndex(of: member.key) else {
                    if !unknown.contains(member.key) { unknown.append(member.key) }
                    continue
                }
                switch member.node.value {
                case .null: values[slot] = nil
                case .string(let s): values[slot] = .text(s)
                case .number(let v, let text): values[slot] = .number(v, text)
                case .bool(let b): values[slot] = .bool(b)
                case .array, .object: values[slot] = .wrongType(member.node.value.typeName)
                }
            }
            table.jsonRows.append(RawRow(location: location, values: values))
        }
        if !unknown.isEmpty {
            let prefix = datasetKey.map { "\($0): " } ?? ""
            diags.append(
                Diagnostic(
                    .warning, file: file,
                    prefix + "unknown key\(unknown.count == 1 ? "" : "s") ignored: "
                        + unknown.map(Quote.cell).joined(separator: ", ")))
        }
        return table
    }
}
