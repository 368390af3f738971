import ArgumentParser
import Foundation
import PerfPlanCore
import PerfPlanIO
import PerfPlanRegister
import PerfPlanRender

/// `perfplan plans`: HR's view of the plan register, and its corrections.
struct Plans: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "See and correct the plan register (what generate issued and progress decided).",
        discussion: "--register takes the register file or the packets folder holding perfplan.sqlite.",
        subcommands: [List.self, Show.self, Close.self, Export.self, Import.self])

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    struct Location: ParsableArguments {
        @Option(name: .customLong("register"), help: ArgumentHelp("The plan register file, or the packets folder holding it.", valueName: "PATH"))
        var path: String

        var file: String { RegisterAccess.file(path) }

        /// Every plan in force; a register that cannot be read is exit 1.
        func plans(_ command: String) throws -> [RegisterPlan] {
            do { return try RegisterAccess.plans(in: file) } catch { throw Plans.failed(command, error) }
        }
    }

    static func failed(_ command: String, _ error: Error) -> ExitCode {
        Console.error("perfplan plans \(command): \(error)")
        return ExitCode(ExitStatus.failed)
    }

    static func print(_ plans: [RegisterPlan], _ format: Format) {
        Console.out(format == .json ? RegisterReport.json(plans) : RegisterReport.table(plans))
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every plan in the register (table for people, json for machines).")
        @OptionGroup var location: Location
        @Flag(help: "Only plans still running (outcome active).") var active = false
        @Option(help: "table or json.") var format: Format = .table
        @Option(help: ArgumentHelp("Performance data, needed for --manager and --department.", valueName: "DIR")) var data: String?
        @OptionGroup var scope: ScopeOptions

        func run() throws {
            var plans = try location.plans("list")
            if active { plans = plans.filter { $0.record.outcome == .active } }
            if let data {
                let dataset = try DatasetLoading.load(data)
                let ids = Set(try scope.scope().selectIds(from: dataset))
                plans = plans.filter { ids.contains($0.record.employeeId) }
            } else if scope.manager != nil || scope.department != nil {
                throw UsageError("--manager and --department need --data DIR (who is under whom comes from the data)")
            } else {
                // --employee and --shard need no data: they name or hash the ids themselves.
                let wanted = Set(scope.employees), shard = scope.shard.flatMap(Scope.parseShard)
                plans = plans.filter { p in
                    (wanted.isEmpty || wanted.contains(p.record.employeeId))
                        && shard.map { Int(Scope.fnv1a64(p.record.employeeId) % UInt64($0.n)) == $0.k - 1 } ?? true
                }
            }
            Plans.print(plans, format)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every plan of one employee: goals, monthly reports, outcome.")
        @OptionGroup var location: Location
        @Argument(help: ArgumentHelp("The employee.", valueName: "EMPLOYEE_ID")) var employeeId: String
        @Option(help: "table or json.") var format: Format = .table

        func run() throws {
            let plans = try location.plans("show").filter { $0.record.employeeId == employeeId }
            guard !plans.isEmpty else { throw UsageError("employee \(Quote.cell(employeeId)) has no plan in \(location.file)") }
            Console.out(format == .json ? RegisterReport.json(plans) : RegisterReport.detail(plans))
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Close an employee's running plan (the employee left, the plan was withdrawn).",
            discussion: "progress no longer reports it; the next generate counts it as an earlier cycle.")
        @OptionGroup var location: Location
        @Argument(help: ArgumentHelp("The employee.", valueName: "EMPLOYEE_ID")) var employeeId: String
        @Option(help: ArgumentHelp("Why the plan is closed (kept in the register).", valueName: "TEXT")) var reason: String

        func validate() throws {
            guard !reason.trimmingWhitespace().isEmpty else { throw ValidationError("--reason needs a text") }
        }

        func run() throws {
            let plan: RegisterPlan
            do { plan = try RegisterAccess.close(employeeId: employeeId, reason: reason, on: try Clock.today(), register: location.file) } catch {
                throw Plans.failed("close", error)
            }
            Console.error("\(location.file): closed the plan of \(Quote.cell(employeeId)), cycle \(plan.record.cycle) (\(plan.record.start)–\(plan.record.end))")
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the register as the plans dataset (csv or json), for the HRIS or a --data folder.")
        enum ExportFormat: String, ExpressibleByArgument, CaseIterable { case csv, json }
        @OptionGroup var location: Location
        @Option(help: "csv or json.") var format: ExportFormat = .csv

        func run() throws {
            let plans = try location.plans("export")
            Console.out(format == .json ? RegisterReport.exportJSON(plans) : RegisterReport.csv(plans))
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add plan history kept elsewhere (a plans.csv or plans.json file) to the register.",
            discussion: "All rows or none: a file with any bad row is reported (FILE:LINE) and nothing is stored (exit 3).")
        @OptionGroup var location: Location
        @Argument(help: ArgumentHelp("The plans file.", valueName: "FILE")) var file: String

        func run() throws {
            let bytes: [UInt8]
            do { bytes = try FileBytes.read(file, maxBytes: 64 << 20) } catch {
                Console.error("\(file): cannot be read: \(error.reason)")
                throw ExitCode(ExitStatus.failed)
            }
            let (rows, diagnostics) = PlansFile.decode(bytes, name: file)
            for d in diagnostics { Console.error("\(d)") }
            guard !diagnostics.contains(where: { $0.severity == .error }) else {
                Console.error("\(file): nothing was imported")
                throw ExitCode(ExitStatus.invalidData)
            }
            do { try RegisterAccess.importRows(rows, source: (file as NSString).lastPathComponent, register: location.file) } catch {
                throw Plans.failed("import", error)
            }
            Console.error("\(location.file): \(rows.count) plan row\(rows.count == 1 ? "" : "s") imported from \(file)")
        }
    }
}
