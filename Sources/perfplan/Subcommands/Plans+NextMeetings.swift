import Foundation
import PerfPlanCommands
import PerfPlanCore
import PerfPlanRegister
import PerfPlanSystem

extension Plans.Show {
    /// After the register's detail: the next meetings of the plan in force (the employee's
    /// highest active cycle), read from the plan.xml of the packet that issued it, beside the
    /// register (`PACKETS/YYYY-MM/employees/ID/plan.xml`). A plan that cannot be read is
    /// said so in one line; the register's detail stands either way.
    func printNextMeetings(today: Day) {
        let file = RegisterAccess.file(employee.location.path)
        let id = employee.employeeId
        guard FolderName.problem(with: id) == nil, let plans = try? RegisterAccess.plans(in: file),
              let plan = plans.filter({ $0.record.employeeId == id && $0.record.outcome == .active })
                  .max(by: { $0.record.cycle < $1.record.cycle }),
              let issued = plan.issued, let sha256 = issued.planSHA256 else { return }
        let path = (file as NSString).deletingLastPathComponent + "/\(issued.packet)/employees/\(id)/plan.xml"
        let (snapshot, problem) = NextMeetings.read(planXML: path, sha256: sha256)
        guard let snapshot else {
            Console.out("next meetings (cycle \(plan.record.cycle)): not listed: \(problem ?? path)\n")
            return
        }
        let lines = NextMeetings.lines(snapshot, after: today)
        Console.out("next meetings (cycle \(plan.record.cycle)):" + (lines.isEmpty ? " none\n" : "\n" + lines.map { "  \($0)\n" }.joined()))
    }
}
