import PerfPlanCore

/// One `plans` file on its own (`plans.csv` or `plans.json`, the dataset's format), for
/// `perfplan plans import`: the same columns, cell rules and messages as in a dataset.
package enum PlansFile {
    /// The rows of `bytes` (the file named `name`; `.json` is read as JSON, anything else as
    /// CSV) and every problem found, FILE:LINE each. A second row for the same employee
    /// and cycle is an error, as in a dataset.
    package static func decode(_ bytes: [UInt8], name: String) -> (rows: [PlanRecord], diagnostics: [Diagnostic]) {
        var diags = DiagnosticList()
        let table: RawTable
        if name.lowercased().hasSuffix(".json") {
            do {
                table = TableReaders.json(
                    try JSONParser.parse(bytes), file: name, datasetKey: nil, schema: .plans, into: &diags)
            } catch {
                diags.error(SourceLocation(file: name, line: error.line), error.message)
                return ([], diags.sorted)
            }
        } else {
            table = TableReaders.csv(bytes, file: name, schema: .plans, into: &diags)
        }
        var decoders = RecordDecoders()
        let rows = decoders.plans(table)
        diags.append(contentsOf: decoders.diags.items)
        // Rows of people not in any data yet: their ids pass the one id rule here, as the
        // data's employee ids do.
        for row in rows {
            if let problem = IdRule.problem(with: row.employeeId) {
                diags.error(row.source, "employee_id \(Quote.cell(row.employeeId)) \(problem)")
            }
        }
        var seen: [String: PlanRecord] = [:]
        for row in rows {
            let key = "\(row.employeeId)\u{0}\(row.cycle)"
            if let first = seen[key] {
                diags.error(
                    row.source,
                    "a second row for employee \(Quote.cell(row.employeeId)) cycle \(row.cycle) (first on line \(first.source.line))"
                )
            } else {
                seen[key] = row
            }
        }
        return (rows, diags.sorted)
    }
}
