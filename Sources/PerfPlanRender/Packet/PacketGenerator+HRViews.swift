import Foundation
import PerfPlanCore

/// HR's own views of the run, beside the index: `calibration.{md,html}` (in the formats
/// chosen), `calibration.csv` (always, like gaps.csv: it is data) and `hr-workbook.xlsx`.
/// Written after every employee, from the index entries and the Gaps sheet's rows the
/// workers made, before the index so that the manifest's entries prepared beside the index
/// include them.
extension PacketGenerator {
    func writeHRViews(_ written: EmployeesWritten, to out: PacketWriter) throws {
        let calibration = Calibration(people: written.entries.map { e in
            Calibration.Person(department: e.employee.department, managerId: e.employee.managerId, managerLabel: e.managerName,
                               rating: e.result.rating, flagged: e.result.flagged, group: groupBy?.value(of: e.employee))
        }, policy: engine.policy, groupColumn: groupBy?.rawValue)
        try out.put(CalibrationCSV.render(calibration), "calibration.csv")
        for f in formats where f != .xml {
            let view = CalibrationView.make(calibration, asOf: asOf, generated: generated, organization: engine.policy.organization,
                                            chart: f == .html)
            try out.put(try templates.render(view, "calibration.\(f.rawValue)"), "calibration.\(f.rawValue)")
        }
        let review = written.entries.filter(\.result.flagged).map { e in
            HRWorkbook.ReviewRow(employeeId: e.employee.id, name: e.employee.name, manager: e.managerName,
                                 department: e.employee.department, cycle: e.result.cycle,
                                 reasons: ReasonText.sentence(e.result.reasons, index: engine.index), cautions: "")
        }
        let index = engine.index
        let sheets = [
            HRWorkbook.review(review, month: asOf), written.gapsSheet, HRWorkbook.byManager(calibration),
            HRWorkbook.plans(index.dataset.plans) { id in index.employeeIndex[id].map { index.employees[$0].name } },
        ]
        let date = Date(timeIntervalSince1970: Double(generated.daysSinceEpoch) * 86_400)
        try out.put(try WorkbookPackage.zip(sheets, date: date), "hr-workbook.xlsx")
    }
}
