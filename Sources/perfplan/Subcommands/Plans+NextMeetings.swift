import Foundation
import PerfPlanCommands
import PerfPlanCore
import PerfPlanRegister
import PerfPlanSystem

extension Plans.Show {
    /// After the register's detail: the next meetings of the plan in force
    /// (`RegisterNextMeetings`). A plan that cannot be read is said so in one line; the
    /// register's detail stands either way.
    func printNextMeetings(today: Day) {
        let file = RegisterAccess.file(employee.location.path)
        guard let plans = try? RegisterAccess.plans(in: file),
            let next = RegisterNextMeetings.of(plans, employeeId: employee.employeeId, registerFile: file, today: today)
        else { return }
        Console.out(next.text)
    }
}
