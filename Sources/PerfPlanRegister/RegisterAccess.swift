import Foundation
import PerfPlanCore
import PerfPlanSystem

/// The register as the commands use it: where it is, what a run reads from it, and HR's
/// corrections (close, import) made under the register folder's output lock.
package enum RegisterAccess {
    /// `--register PATH`: the file itself, or a packets folder holding `perfplan.sqlite`.
    package static func file(_ path: String) -> String {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            return (path.hasSuffix("/") ? path : path + "/") + PlanRegister.fileName
        }
        return path
    }

    /// The default register of a run: in the packets root (`generate --out DIR`, or the
    /// folder above `progress --plans DIR/YYYY-MM`).
    package static func defaultFile(packetsRoot: String) -> String {
        (packetsRoot.hasSuffix("/") ? packetsRoot : packetsRoot + "/") + PlanRegister.fileName
    }

    /// The folder above a month folder (`DIR/YYYY-MM` → `DIR`).
    package static func packetsRoot(ofMonthFolder folder: String) -> String {
        var f = folder
        while f.count > 1 && f.hasSuffix("/") { f.removeLast() }
        let parent = (f as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }

    /// The `plans` rows a run computes with: the data's, and the register's for plans the
    /// data does not mention (`before`: only what the register knew before that month, for
    /// `generate`). Without a register file: the data's rows, unchanged.
    package static func plans(data: [PlanRecord], register path: String, before month: Month?) throws
        -> (records: [PlanRecord], contradictions: [String])
    {
        guard let register = try PlanRegister.openIfPresent(path) else { return (data, []) }
        var contents = try register.current()
        if let month { contents = RegisterHistory.before(month, contents) }
        return RegisterHistory.combine(data: data, register: RegisterHistory.plans(contents).map(\.record))
    }

    /// Every plan in the register, in force (none when there is no register file).
    package static func plans(in path: String) throws -> [RegisterPlan] {
        guard let register = try PlanRegister.openIfPresent(path) else {
            throw PlanRegister.Failure(description: "\(path): there is no plan register here (generate creates it)")
        }
        return RegisterHistory.plans(try register.current())
    }

    /// Closes the employee's running plan (the latest cycle still `active`) and returns it.
    package static func close(employeeId: String, reason: String, on day: Day, register path: String) throws
        -> RegisterPlan
    {
        // A correction of what is there: a missing register is not created for it.
        try writing(path, create: false) { register in
            let plans = RegisterHistory.plans(try register.current()).filter { $0.record.employeeId == employeeId }
            guard let open = plans.last(where: { $0.record.outcome == .active && !$0.imported }) else {
                throw PlanRegister.Failure(
                    description: "\(path): employee \(Quote.cell(employeeId)) has no active plan in the register"
                        + (plans.isEmpty ? "" : " (\(plans.count) plan\(plans.count == 1 ? "" : "s"), none active)"))
            }
            try register.close(
                PlanClosure(employeeId: employeeId, cycle: open.record.cycle, reason: reason, closedOn: "\(day)"))
            return open
        }
    }

    /// Stores imported rows (already checked) in one transaction.
    package static func importRows(_ rows: [PlanRecord], source: String, register path: String) throws {
        try writing(path) { try $0.importRows(rows, source: source) }
    }

    /// Runs `body` on the register opened for writing, under its folder's output lock,
    /// after settling what a killed run left. `create: false`: a missing register is an
    /// error, found before the lock file or anything else is made.
    static func writing<T>(_ path: String, create: Bool = true, _ body: (PlanRegister) throws -> T) throws -> T {
        if !create, !RegisterFiles.exists(path) {
            throw PlanRegister.Failure(description: "\(path): there is no plan register here (generate creates it)")
        }
        let folder = (path as NSString).deletingLastPathComponent
        let lock = try OutputLock(directory: folder.isEmpty ? "." : folder)
        defer { withExtendedLifetime(lock) {} }
        let register = try PlanRegister.openForWriting(path)
        try register.recover()
        return try body(register)
    }
}
