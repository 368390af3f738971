import PerfPlanCore

/// Decimal commas in a CSV file whose delimiter is also `,`. Such a file works only when
/// every number holding a decimal comma is quoted (`"96,9"`, as Google Sheets and
/// LibreOffice write them): an unquoted `96,9` is two cells, `96` and `9`, each a valid
/// number on its own. So in such a file every row must have exactly as many cells as the
/// header: a split cell then always shows as one cell too many, never as a value of 96 with
/// a note "9". Files with no number columns (employees, notes) are exempt; files delimited
/// by `;` (Excel's export where `,` is the decimal separator) need none of this.
enum DecimalCommaCells {
    /// Datasets with number columns.
    static let numberDatasets: Set<String> = ["indicators", "targets", "actuals", "benchmarks", "plans"]

    static func applies(to csv: CSVTable, schema: DatasetSchema?, numbers: NumberReading) -> Bool {
        guard numbers.separator == .comma, csv.delimiter == CSVReader.comma, let schema else { return false }
        return numberDatasets.contains(schema.name)
    }

    static func message(cells: Int, columns: Int) -> String {
        let why =
            cells > columns
            ? "a number with a decimal comma must be quoted (\"96,9\") in a file whose cells are separated by ','"
            : "in a file whose cells are separated by ',', every row must have every column (empty ones as ,,) so that an unquoted decimal comma cannot shift the cells unnoticed"
        return
            "\(cells) cells but the header has \(columns) columns: with \"decimal_separator\": \",\" (perfplan.json) \(why); "
            + "or save the file with ';' between the cells"
    }
}
