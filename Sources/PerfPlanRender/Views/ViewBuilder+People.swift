import PerfPlanCore

extension ViewBuilder {
    /// The people of an employee's documents, as every language's view gives them: the
    /// employee, the manager (null without one; `managerName` "—"), and the HR contact from
    /// the policy (§6.32), per department when given; without one the templates leave a
    /// blank line to fill in (never "HR, <organisation>"). Names and addresses are the data's,
    /// the same in every language.
    mutating func people(_ d: EmployeeDocument) {
        object(.employee) { b in
            b.text(.id, d.employee.id)
            b.text(.name, d.employee.name)
            b.text(.title, d.employee.title ?? d.employee.role)
            b.text(.role, d.employee.role)
            b.text(.department, d.employee.department)
            b.text(.email, d.employee.email ?? "")
            b.text(.location, d.employee.location ?? "")
        }
        if let manager = d.manager {
            object(.manager) { b in
                b.text(.id, manager.id)
                b.text(.name, manager.name)
                b.text(.title, manager.title ?? manager.role)
            }
        } else {
            null(.manager)
        }
        text(.managerName, d.manager?.name ?? "—")
        bool(.hasManager, d.manager != nil)
        let hr = d.hrContact
        bool(.hasHrContact, hr != nil)
        text(.hrContact, hr.map { [$0.name, $0.email, $0.phone].compactMap { $0 }.joined(separator: " · ") } ?? "")
        bool(.hasHrName, hr?.name != nil)
        text(.hrName, hr?.name ?? "")
        bool(.hasHrEmail, hr?.email != nil)
        text(.hrEmail, hr?.email ?? "")
        bool(.hasHrPhone, hr?.phone != nil)
        text(.hrPhone, hr?.phone ?? "")
    }
}
