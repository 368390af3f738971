import Foundation
import PerfPlanCore
import PerfPlanIO
import PerfPlanRegister
import PerfPlanRender
import PerfPlanSystem

/// `perfplan plans list|show|close|export|import`: HR's view of the plan register and its
/// corrections. Each request reads (or changes) the register and prints the answer: tables
/// and data on stdout, what was changed on stderr.
package struct ManagePlans {
    /// Where the action prints (the standard streams unless a test captures them).
    package var console: any Terminal = StandardStreams()
    package enum Request {
        /// Every plan of the employees in `scope` (`activeOnly`: outcome active). `data`:
        /// the performance data that says who is under whom (`--manager`, `--department`).
        case list(activeOnly: Bool, scope: Scope, data: String?, format: ListFormat)
        /// Every plan of one employee (json: with their decisions and, given `today`, the
        /// next meetings of the plan in force).
        case show(employeeId: String, format: ListFormat, today: Day? = nil)
        /// Closes the employee's running plan on `day`.
        case close(employeeId: String, reason: String, day: Day)
        /// The register as one dataset: plans, decisions or acknowledgements.
        case export(ExportFormat, dataset: HistoryDataset = .plans)
        /// Adds the rows of a plans, decisions or acknowledgements file, all or none
        /// (`dataset` nil: named by the file, `HistoryDataset.named`).
        case importFile(String, dataset: HistoryDataset? = nil)
    }

    package enum ListFormat: String, CaseIterable, Sendable { case table, json }
    package enum ExportFormat: String, CaseIterable, Sendable { case csv, json }

    /// The register file, or the packets folder holding `perfplan.sqlite`.
    package var register: String
    package var request: Request

    package init(register: String, request: Request) {
        self.register = register
        self.request = request
    }

    /// The register file `register` names.
    var file: String { RegisterAccess.file(register) }

    /// Throws `UsageError` (exit 2) or `CommandExit` (1: the register cannot be read or
    /// written; 3: an import file with a bad row) after printing what went wrong.
    package func perform() throws {
        switch request {
        case .list(let activeOnly, let scope, let data, let format):
            var plans = try plans("list")
            if activeOnly { plans = plans.filter { $0.record.outcome == .active } }
            plans = try Self.inScope(plans, scope: scope, data: data, console: console)
            if format == .json {
                console.out(RegisterReport.json(plans))
            } else {
                console.text(RegisterReport.table(plans))
            }
        case .show(let employeeId, let format, let today):
            let plans = try plans("show").filter { $0.record.employeeId == employeeId }
            let decisions = try decisions("show").filter { $0.employeeId == employeeId }
            guard !plans.isEmpty || !decisions.isEmpty else {
                throw UsageError("employee \(Quote.cell(employeeId)) has no plan in \(file)")
            }
            if format == .json {
                let next = today.flatMap {
                    RegisterNextMeetings.of(plans, employeeId: employeeId, registerFile: file, today: $0)
                }
                console.out(RegisterReport.showJSON(plans, decisions: decisions, nextMeetings: next?.json))
            } else {
                console.text(RegisterReport.detail(plans) + RegisterReport.decisions(decisions))
            }
        case .close(let employeeId, let reason, let day):
            let plan: RegisterPlan
            do {
                plan = try RegisterAccess.close(employeeId: employeeId, reason: reason, on: day, register: file)
            } catch {
                throw failed("close", error)
            }
            console.error(
                "\(file): closed the plan of \(Quote.cell(employeeId)), cycle \(plan.record.cycle) (\(plan.record.start)–\(plan.record.end))"
            )
        case .export(let format, let dataset):
            try export(dataset, format: format)
        case .importFile(let path, let dataset):
            switch dataset ?? HistoryDataset.named(path) {
            case .plans: try importRows(from: path)
            case .decisions: try importDecisions(from: path)
            case .acknowledgements: try importAcknowledgements(from: path)
            }
        }
    }

    /// The plans of the employees in `scope`. `--employee` and `--shard` need no data (they
    /// name or hash the ids themselves); `--manager` and `--department` do.
    static func inScope(_ plans: [RegisterPlan], scope: Scope, data: String?, console: any Terminal) throws
        -> [RegisterPlan]
    {
        if let data {
            let ids = Set(try scope.selectIds(from: try DatasetLoading.load(data, console: console)))
            return plans.filter { ids.contains($0.record.employeeId) }
        }
        guard scope.manager == nil && scope.department == nil else {
            throw UsageError("--manager and --department need --data DIR (who is under whom comes from the data)")
        }
        let wanted = Set(scope.employeeIds)
        let shard = scope.shard.map { Shard(k: $0.k, n: $0.n) }
        return plans.filter { p in
            (wanted.isEmpty || wanted.contains(p.record.employeeId)) && shard?.contains(p.record.employeeId) ?? true
        }
    }

    /// Read → check every row → store all or none.
    func importRows(from path: String) throws {
        let (rows, diagnostics) = PlansFile.decode(try read(path), name: path)
        for d in diagnostics { console.error("\(d)") }
        guard !diagnostics.contains(where: { $0.severity == .error }) else {
            console.error("\(path): nothing was imported")
            throw CommandExit(ExitStatus.invalidData)
        }
        do { try RegisterAccess.importRows(rows, source: (path as NSString).lastPathComponent, register: file) } catch {
            throw failed("import", error)
        }
        console.error("\(file): \(rows.count) plan row\(rows.count == 1 ? "" : "s") imported from \(path)")
    }

    /// The import file's bytes; one that cannot be read is exit 1.
    func read(_ path: String) throws -> [UInt8] {
        do { return try FileBytes.read(path, maxBytes: 64 << 20) } catch {
            console.error("\(path): cannot be read: \(error.reason)")
            throw CommandExit(ExitStatus.failed)
        }
    }

    /// Every plan in force; a register that cannot be read is exit 1.
    func plans(_ command: String) throws -> [RegisterPlan] {
        do { return try RegisterAccess.plans(in: file) } catch { throw failed(command, error) }
    }

    /// HR's recorded decisions; a register that cannot be read is exit 1.
    func decisions(_ command: String) throws -> [RecordedDecision] {
        do {
            guard let register = try PlanRegister.openIfPresent(file) else { return [] }
            return try register.decisions()
        } catch { throw failed(command, error) }
    }

    func failed(_ command: String, _ error: Error) -> CommandExit {
        console.error("perfplan plans \(command): \(error)")
        return CommandExit(ExitStatus.failed)
    }
}
