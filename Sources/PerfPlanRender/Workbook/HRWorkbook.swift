import Foundation
import PerfPlanCore

/// The packet's `hr-workbook.xlsx`: what HR filters, sorts and fills in, in one file.
///
/// - Review: the flagged employees with the `decisions` columns after the informational
///   ones, `employee_id` and `month` filled in, a drop-down on `decision`. Saved as CSV it
///   is a `decisions` file: the informational columns are unknown to the loader and ignored.
/// - Gaps: every employee's indicators (target, actual, status, gap), rounded to the
///   indicator's decimals as the documents round them, statuses coloured.
/// - By manager: the calibration table (departments, managers, the organisation).
/// - Plans: the plan history the run used (the register's joined with the plans data).
package struct HRWorkbook {
    /// One row of the Review sheet: what HR needs beside a decision.
    package struct ReviewRow: Sendable {
        package var employeeId: String
        package var name: String
        package var manager: String
        package var department: String
        package var cycle: Int
        /// The reasons the employee was flagged, naming the indicators.
        package var reasons: String
        package var cautions: String

        package init(
            employeeId: String, name: String, manager: String, department: String, cycle: Int, reasons: String,
            cautions: String
        ) {
            self.employeeId = employeeId
            self.name = name
            self.manager = manager
            self.department = department
            self.cycle = cycle
            self.reasons = reasons
            self.cautions = cautions
        }
    }

    /// The `decisions` dataset's columns, in its order.
    static let decisionColumns = ["employee_id", "month", "decision", "decided_by", "decided_on", "reason"]
    static let decisionValues = ["issue", "coach", "defer", "dismiss"]
    static let reviewInformational = ["Name", "Manager", "Department", "Cycle", "Reasons", "Cautions"]
    static let gapsHeader = [
        "Employee ID", "Name", "Department", "Manager", "Indicator", "Target", "Actual", "Status", "Gap",
    ]

    package static func review(_ rows: [ReviewRow], month: Month) -> SheetXML {
        var sheet = SheetXML(
            name: "Review", header: reviewInformational + decisionColumns,
            widths: [24, 22, 18, 7, 40, 30, 14, 10, 11, 18, 12, 40])
        let first = reviewInformational.count
        sheet.validations = [.init(column: first + 2, values: decisionValues)]
        sheet.textColumns = Set(first..<(first + decisionColumns.count))
        for r in rows {
            var row = SheetXML.Row()
            row.text(r.name)
            row.text(r.manager)
            row.text(r.department)
            row.integer(r.cycle)
            row.text(r.reasons)
            row.text(r.cautions)
            row.text(r.employeeId, style: .text)
            row.text(month.description, style: .text)
            for _ in 2..<decisionColumns.count { row.blank(style: .text) }
            sheet.append(row)
        }
        return sheet
    }

    package static func emptyGaps() -> SheetXML {
        SheetXML(name: "Gaps", header: gapsHeader, widths: [14, 24, 18, 22, 26, 11, 11, 10, 11])
    }

    /// One employee's Gaps rows appended to `out`: one per indicator with a target. Text
    /// refers to `strings` (`position`: the employee's in the run). Returns the number of rows.
    package static func appendGaps(
        _ r: EmployeeResult, employee: Employee, position: Int, manager: String, index: DatasetIndex,
        strings: GapsStrings, to out: inout [UInt8]
    ) -> Int {
        let person = strings.employee(employee, at: position)
        let department = strings.index(of: employee.department)
        let managerIndex = strings.index(of: manager)
        // One row buffer for all of the employee's rows, each appended to `out` as finished.
        var row = SheetXML.Row()
        for i in r.indicators {
            let k = index.indicatorIndex[i.indicatorId]
            let indicator = k.map { index.indicators[$0] }
            let decimals = indicator?.decimals ?? 2
            row.restart()
            if let person {
                row.shared(person.id)
                if employee.name.isEmpty { row.blank() } else { row.shared(person.name) }
            } else {
                row.text(employee.id)
                row.text(employee.name)
            }
            if let department, !employee.department.isEmpty {
                row.shared(department)
            } else {
                row.text(employee.department)
            }
            if let managerIndex, !manager.isEmpty { row.shared(managerIndex) } else { row.text(manager) }
            if let k, let indicator {
                indicator.name.isEmpty ? row.blank() : row.shared(strings.indicator(k))
            } else {
                row.text(i.indicatorId)
            }
            row.number(rounded(i.target, decimals))
            row.number(i.actual.map { rounded($0, decimals) })
            switch i.status {
            case .met?: row.shared(GapsStrings.met, style: .met)
            case .atRisk?: row.shared(GapsStrings.atRisk, style: .atRisk)
            case .missed?: row.shared(GapsStrings.missed, style: .missed)
            case nil: row.shared(GapsStrings.noData)
            }
            row.number(i.gap.map { rounded($0, decimals) })
            row.finish(into: &out)
        }
        return r.indicators.count
    }

    /// `x` rounded to `decimals` places as the documents print it: half away from zero
    /// (`HumanNumber.roundHalfAway` of |x| scaled by 10^decimals).
    static func rounded(_ x: Double, _ decimals: Int) -> Double {
        guard x.isFinite else { return x }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let r = HumanNumber.roundHalfAway(abs(x) * scale) / scale
        guard r.isFinite else { return x }
        return x < 0 && r != 0 ? -r : r  // no "-0" in a cell
    }

    package static func byManager(_ c: Calibration) -> SheetXML {
        let header =
            ["Level", "Name", "People"] + c.bandLabels + ["Flagged", "Flag rate", "Rest's rate", "Fisher p", "Marked"]
        var sheet = SheetXML(
            name: "By manager", header: header,
            widths: [13, 26, 9] + c.bandLabels.map { _ in 11 } + [9, 10, 11, 10, 9])
        func add(_ level: String, _ u: Calibration.Unit) {
            var row = SheetXML.Row()
            row.text(level)
            row.text(u.name)
            row.integer(u.headcount)
            for b in u.bands { row.integer(b) }
            row.integer(u.flagged)
            row.number(rounded(u.rate, 4))
            row.number(u.test.map { rounded($0.restRate, 4) })
            row.number(u.test.map { rounded($0.p, 4) })
            row.text(u.test.map { $0.marked ? "marked" : "" } ?? "", style: u.test?.marked == true ? .missed : .plain)
            sheet.append(row)
        }
        for d in c.departments { add("Department", d) }
        for m in c.managers { add("Manager", m) }
        add("Organisation", c.organisation)
        return sheet
    }

    package static func plans(_ plans: [PlanRecord], names: (String) -> String?) -> SheetXML {
        var sheet = SheetXML(
            name: "Plans", header: ["Employee ID", "Name", "Cycle", "Start", "End", "Outcome", "Recorded in"],
            widths: [14, 24, 7, 10, 10, 12, 24])
        let sorted = plans.sorted { ($0.employeeId, $0.cycle, $0.start) < ($1.employeeId, $1.cycle, $1.start) }
        for p in sorted {
            var row = SheetXML.Row()
            row.text(p.employeeId)
            row.text(names(p.employeeId))
            row.integer(p.cycle)
            row.text(p.start.description)
            row.text(p.end.description)
            row.text(p.outcome.rawValue)
            row.text((p.source.file as NSString).lastPathComponent)
            sheet.append(row)
        }
        return sheet
    }
}
