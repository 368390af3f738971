import PerfPlanCore

/// Prints diagnostics the way a person can read them even when there are thousands: sorted,
/// the first `perFile` of each file shown, the rest counted on one line.
package enum DiagnosticReport {
    package static func lines(_ diagnostics: [Diagnostic], perFile: Int = 200) -> [String] {
        var out: [String] = []
        var shownInFile = 0
        var hidden = (errors: 0, warnings: 0)
        var currentFile: String?
        func flush() {
            if let currentFile, hidden.errors + hidden.warnings > 0 {
                out.append(
                    "\(currentFile): … and \(hidden.errors + hidden.warnings) more not shown (\(hidden.errors) errors, \(hidden.warnings) warnings)"
                )
            }
        }
        for d in diagnostics.sorted() {
            if d.file != currentFile {
                flush()
                currentFile = d.file
                shownInFile = 0
                hidden = (0, 0)
            }
            if shownInFile < perFile {
                out.append(d.description)
                shownInFile += 1
            } else if d.severity == .error {
                hidden.errors += 1
            } else {
                hidden.warnings += 1
            }
        }
        flush()
        return out
    }

    /// `DIR: 40 employees, 12 indicators, 8123 actual rows, months 2025-05..2026-10; 0 warnings, 0 errors`
    package static func summary(directory: String, result: LoadResult) -> String {
        let d = result.partial
        let months: String
        if let range = d.actuals.monthRange {
            let lo = range.lowerBound
            let hi = range.upperBound
            months = lo == hi ? "month \(lo)" : "months \(lo)..\(hi)"
        } else {
            months = "no months"
        }
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(directory): \(plural(d.employees.count, "employee")), \(plural(d.indicators.count, "indicator")), "
            + "\(plural(d.actuals.count, "actual row")), \(months); "
            + "\(plural(result.warnings.count, "warning")), \(plural(result.errors.count, "error"))"
    }
}
