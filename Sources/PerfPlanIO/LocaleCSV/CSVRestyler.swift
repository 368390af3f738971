import PerfPlanCore

/// How a CSV file separates cells and writes decimals: `,` and `.` (the sample data, and
/// what most tools write), or `;` and `,` (Excel's export where `,` is the decimal separator).
package struct CSVStyle: Hashable, Sendable {
    package var delimiter: UInt8
    package var decimalSeparator: DecimalSeparator

    package init(delimiter: UInt8, decimalSeparator: DecimalSeparator) {
        self.delimiter = delimiter
        self.decimalSeparator = decimalSeparator
    }

    package static let pointAndComma = CSVStyle(delimiter: UInt8(ascii: ","), decimalSeparator: .point)
    package static let commaAndSemicolon = CSVStyle(delimiter: UInt8(ascii: ";"), decimalSeparator: .comma)
}

/// Rewrites a dataset's CSV text from one `CSVStyle` to another: the delimiter everywhere,
/// the decimal separator only in the dataset's number columns (a note reading "2.5 visits"
/// keeps its point). A cell is quoted when it holds the new delimiter, a quote or a line
/// break, and only then. A number cell that does not read as a number under the old style
/// is left as written, for `validate` to report.
package enum CSVRestyler {
    /// The number columns of each dataset (the fields `RowReader.number` reads).
    static let numberFields: [String: Set<String>] = [
        "indicators": ["scale_min", "scale_max", "weight", "threshold", "decimals"],
        "targets": ["target", "threshold", "weight"],
        "actuals": ["value"],
        "benchmarks": ["value"],
        "plans": ["cycle"],
    ]

    /// `dataset` is the file's dataset name (`actuals` for `actuals.csv`); the line ends
    /// are `\n`. Problems the reader finds leave those records out, so give valid files.
    package static func restyle(_ text: String, dataset: String, from old: CSVStyle, to new: CSVStyle) -> String {
        let table = CSVReader.read(Array(text.utf8))
        let numbers = numberFields[dataset] ?? []
        let numberColumns = Set(table.header.indices.filter { numbers.contains(table.header[$0]) })
        let oldReading = NumberReading(separator: old.decimalSeparator)
        var out = ""
        func write(_ cells: [String]) {
            out += cells.map { quoted($0, delimiter: new.delimiter) }.joined(
                separator: String(UnicodeScalar(new.delimiter)))
            out += "\n"
        }
        write(table.header)
        for record in table.records {
            write(
                (0..<record.fieldCount).map { column in
                    let cell = table.field(record, column) ?? ""
                    guard numberColumns.contains(column), old.decimalSeparator != new.decimalSeparator,
                        case .value = NumberText.parse(cell.trimmingWhitespace(), oldReading)
                    else { return cell }
                    return String(
                        cell.map {
                            $0 == Character(old.decimalSeparator.rawValue)
                                ? Character(new.decimalSeparator.rawValue) : $0
                        })
                })
        }
        return out
    }

    /// RFC 4180 quoting, only where needed.
    static func quoted(_ cell: String, delimiter: UInt8) -> String {
        let needs = cell.utf8.contains { $0 == delimiter || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needs else { return cell }
        return "\"" + cell.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
