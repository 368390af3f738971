import Foundation
import PerfPlanCore
import PerfPlanRender
import PerfPlanSystem

/// HR's own views of the run, beside the index: `calibration.{md,html}` (in the formats
/// chosen), `calibration.csv` (always, like gaps.csv: it is data) and `hr-workbook.xlsx`.
/// Made after every employee, from the index entries and the Gaps sheet's rows the
/// workers made: the calibration files at once, the workbook by the task returned (zipping
/// it is one thread's work, run beside the index's).
extension PacketGenerator {
    func writeHRViews(_ written: EmployeesWritten, review: ReviewList, to out: PacketWriter) throws
        -> @Sendable () throws -> Void
    {
        let calibration = Calibration(
            people: written.entries.map { e in
                Calibration.Person(
                    department: e.employee.department, managerId: e.employee.managerId, managerLabel: e.managerName,
                    rating: e.result.rating, flagged: e.result.flagged, group: groupBy?.value(of: e.employee))
            }, policy: engine.policy, groupColumn: groupBy?.rawValue, exactTest: FisherExact.twoSided)
        try out.put(CalibrationCSV.render(calibration), "calibration.csv")
        for f in formats where f != .xml {
            let view =
                hrWording.map {
                    LocalizedCalibrationView.make(
                        calibration, asOf: asOf, generated: generated, policy: engine.policy, chart: f == .html,
                        noManager: Self.noManagerLabel, wording: $0)
                }
                ?? CalibrationView.make(
                    calibration, asOf: asOf, generated: generated, organization: engine.policy.organization,
                    chart: f == .html)
            let name = "calibration.\(f.rawValue)"
            try out.put(try templates.render(view, DocumentLanguage.template(name, hrLanguage)), name)
        }
        // The Review sheet is review.csv's list: the proposals HR has still to decide, ranked,
        // with their cautions, so the sheet saved as CSV is a decisions file.
        let reviewRows = review.proposals.map { r in
            HRWorkbook.ReviewRow(
                employeeId: r.employeeId, name: r.name, manager: r.manager ?? "", department: r.department,
                cycle: r.cycle, reasons: r.reasons.joined(separator: ReviewCSV.separator),
                cautions: r.cautions.map(\.sentence).joined(separator: ReviewCSV.separator))
        }
        let index = engine.index
        let sheets = [
            HRWorkbook.review(reviewRows, month: asOf), written.gapsSheet, HRWorkbook.byManager(calibration),
            HRWorkbook.plans(index.dataset.plans) { id in index.employeeIndex[id].map { index.employees[$0].name } },
        ]
        let date = Date(timeIntervalSince1970: Double(generated.daysSinceEpoch) * 86_400)
        let strings = written.gapsStrings
        return { try out.put(try WorkbookPackage.zip(sheets, sharedStrings: strings, date: date), "hr-workbook.xlsx") }
    }
}
