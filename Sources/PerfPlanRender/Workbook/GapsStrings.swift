import PerfPlanCore

/// The workbook's shared strings (`xl/sharedStrings.xml`), made for its Gaps sheet: every
/// row there repeats its employee's id, name, department and manager and the indicator's
/// name, and as indexes into one table instead of inline text the sheet is less than half as
/// long, so it is made, held and zipped in less than half the time.
///
/// The table is fixed before any row is made — the statuses, the indicators' names, the
/// departments and the manager labels, then each employee's id and name by their position
/// in the run — so rows made on any worker thread refer to it without coordination, and
/// the same run gives the same table. Text not in it (an indicator the index does not
/// know) stays inline.
package struct GapsStrings: Sendable {
    /// The statuses' texts, at indexes 0 to 3.
    static let statuses = ["met", "at risk", "missed", "no data"]
    static let met = 0, atRisk = 1, missed = 2, noData = 3

    /// Every text of the table before the employees', in index order.
    private let fixed: [String]
    /// Departments' and manager labels' indexes, by text.
    private let lookup: [String: Int]
    /// The first indicator name's index (indicator k of the index at `indicatorBase + k`).
    private let indicatorBase: Int
    /// The run's employees (ids and names), by position: employee n's id is at
    /// `fixed.count + 2n`, their name after it.
    private let employees: [Employee]

    /// `employees`: the run's, in run order; `managerLabels`: every manager label a row may
    /// carry ("No manager" included), in any order (they are sorted here).
    package init(indicators: [Indicator], employees: [Employee], managerLabels: [String]) {
        var fixed = Self.statuses
        indicatorBase = fixed.count
        fixed += indicators.map(\.name)
        var lookup: [String: Int] = [:]
        let departments = Set(employees.map(\.department)).sorted(by: codePointLess)
        for text in departments + Set(managerLabels).sorted(by: codePointLess) where lookup[text] == nil {
            lookup[text] = fixed.count
            fixed.append(text)
        }
        self.fixed = fixed
        self.lookup = lookup
        self.employees = employees
    }

    /// The index of indicator `k`'s name.
    func indicator(_ k: Int) -> Int { indicatorBase + k }

    /// The index of a department or a manager label; nil when the table lacks it.
    func index(of text: String) -> Int? { lookup[text] }

    /// The indexes of the employee at `position`'s id and name; nil when `employee` is not
    /// the one there.
    func employee(_ employee: Employee, at position: Int) -> (id: Int, name: Int)? {
        guard employees.indices.contains(position), employees[position].id == employee.id,
            employees[position].name == employee.name
        else { return nil }
        return (fixed.count + 2 * position, fixed.count + 2 * position + 1)
    }

    /// The shared-strings part, in pieces (a few megabytes for 100 000 employees).
    func part() -> [[UInt8]] {
        var pieces: [[UInt8]] = []
        var out: [UInt8] = []
        out.append(
            utf8: "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
        func add(_ text: String) {
            out.append(utf8: "<si><t xml:space=\"preserve\">")
            SheetXML.appendEscaped(text, to: &out)
            out.append(utf8: "</t></si>")
            if out.count >= 1 << 16 {
                pieces.append(out)
                out = []
            }
        }
        for text in fixed { add(text) }
        for e in employees {
            add(e.id)
            add(e.name)
        }
        out.append(utf8: "</sst>")
        pieces.append(out)
        return pieces
    }
}
