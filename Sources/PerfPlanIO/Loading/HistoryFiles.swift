import PerfPlanCore

/// A `decisions` or `acknowledgements` file on its own (`NAME.csv` or `NAME.json`, the
/// dataset's format), for `perfplan plans import`: the same columns, cell rules and messages
/// as in a data folder, and the checks that need no other dataset (ids, one row per key).
/// Whether the people exist, or were flagged, is the business of the runs that read them.
package enum HistoryFiles {
    /// The decisions in `bytes` (the file named `name`) and every problem, FILE:LINE each.
    package static func decisions(_ bytes: [UInt8], name: String) -> (rows: [DecisionRecord], diagnostics: [Diagnostic])
    {
        var diags = DiagnosticList()
        guard let table = table(bytes, name: name, schema: .decisions, into: &diags) else { return ([], diags.sorted) }
        var decoders = RecordDecoders()
        let rows = decoders.decisions(table)
        diags.append(contentsOf: decoders.diags.items)
        checkIds(rows.map { ($0.employeeId, $0.source) }, into: &diags)
        var first: [String: SourceLocation] = [:]
        for r in rows {
            let key = "\(r.employeeId)\u{0}\(r.month)"
            if let earlier = first[key] {
                diags.error(
                    r.source,
                    "a second decision for \(Quote.cell(r.employeeId)) in \(r.month) (first on line \(earlier.line)); keep one"
                )
            } else {
                first[key] = r.source
            }
        }
        return (rows, diags.sorted)
    }

    /// The signatures in `bytes` (the file named `name`) and every problem, FILE:LINE each.
    package static func acknowledgements(_ bytes: [UInt8], name: String) -> (
        rows: [Acknowledgement], diagnostics: [Diagnostic]
    ) {
        var diags = DiagnosticList()
        guard let table = table(bytes, name: name, schema: .acknowledgements, into: &diags) else {
            return ([], diags.sorted)
        }
        var decoders = RecordDecoders()
        let rows = decoders.acknowledgements(table)
        diags.append(contentsOf: decoders.diags.items)
        checkIds(rows.map { ($0.employeeId, $0.source) }, into: &diags)
        var first: [String: SourceLocation] = [:]
        for a in rows {
            let key = "\(a.employeeId)\u{0}\(a.cycle)\u{0}\(a.party.rawValue)"
            if let earlier = first[key] {
                diags.error(
                    a.source,
                    "a second \(a.party.rawValue) signature for \(Quote.cell(a.employeeId)) cycle \(a.cycle) (first on line \(earlier.line))"
                )
            } else {
                first[key] = a.source
            }
        }
        return (rows, diags.sorted)
    }

    /// `.json` is read as JSON, anything else as CSV; nil after a JSON syntax error.
    static func table(_ bytes: [UInt8], name: String, schema: DatasetSchema, into diags: inout DiagnosticList)
        -> RawTable?
    {
        guard name.lowercased().hasSuffix(".json") else {
            return TableReaders.csv(bytes, file: name, schema: schema, into: &diags)
        }
        do {
            return TableReaders.json(
                try JSONParser.parse(bytes), file: name, datasetKey: nil, schema: schema, into: &diags)
        } catch {
            diags.error(SourceLocation(file: name, line: error.line), error.message)
            return nil
        }
    }

    /// Rows of people not in any data yet: their ids pass the one id rule, as the data's do.
    static func checkIds(_ ids: [(String, SourceLocation)], into diags: inout DiagnosticList) {
        for (id, at) in ids {
            if let problem = IdRule.problem(with: id) { diags.error(at, "employee_id \(Quote.cell(id)) \(problem)") }
        }
    }
}
