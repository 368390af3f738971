import ArgumentParser
import PerfPlanCommands
import PerfPlanCore
import PerfPlanSystem

/// `perfplan plans`: HR's view of the plan register, and its corrections (`ManagePlans`).
struct Plans: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "See and correct the plan register (what generate issued and progress decided).",
        discussion: "--register takes the register file or the packets folder holding perfplan.sqlite.",
        subcommands: [List.self, Show.self, Close.self, Export.self, Import.self])

    struct Location: ParsableArguments {
        @Option(
            name: .customLong("register"),
            help: ArgumentHelp("The plan register file, or the packets folder holding it.", valueName: "PATH"))
        var path: String

        func perform(_ request: ManagePlans.Request) throws {
            try ManagePlans(register: path, request: request).perform()
        }
    }

    /// The register and the one employee `show` and `close` are about.
    struct EmployeePlans: ParsableArguments {
        @OptionGroup var location: Location
        @Argument(help: ArgumentHelp("The employee.", valueName: "EMPLOYEE_ID")) var employeeId: String

        func validate() throws {
            if let problem = IdRule.problem(with: employeeId) {
                throw ValidationError("employee id \(Quote.cell(employeeId)) \(problem)")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every plan in the register (table for people, json for machines).")
        @OptionGroup var location: Location
        @Flag(help: "Only plans still running (outcome active).") var active = false
        @Option(help: "table or json.") var format: ManagePlans.ListFormat = .table
        @Option(help: ArgumentHelp("Performance data, needed for --manager and --department.", valueName: "DIR"))
        var data: String?
        @OptionGroup var scope: ScopeOptions

        func run() throws {
            try location.perform(.list(activeOnly: active, scope: try scope.scope(), data: data, format: format))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every plan of one employee: goals, monthly reports, outcome, next meetings.")
        @OptionGroup var employee: EmployeePlans
        @Option(help: "table or json.") var format: ManagePlans.ListFormat = .table

        func run() throws {
            let today = try Clock.today()
            try employee.location.perform(.show(employeeId: employee.employeeId, format: format, today: today))
            if format == .table { printNextMeetings(today: today) }
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Close an employee's running plan (the employee left, the plan was withdrawn).",
            discussion: "progress no longer reports it; the next generate counts it as an earlier cycle.")
        @OptionGroup var employee: EmployeePlans
        @Option(help: ArgumentHelp("Why the plan is closed (kept in the register).", valueName: "TEXT")) var reason:
            String

        func validate() throws {
            guard !reason.trimmingWhitespace().isEmpty else { throw ValidationError("--reason needs a text") }
        }

        func run() throws {
            try employee.location.perform(
                .close(employeeId: employee.employeeId, reason: reason, day: try Clock.today()))
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Print the register as a dataset (csv or json), for the HRIS, a --data folder or another register.",
            discussion:
                "--dataset plans (default), decisions (HR's decisions) or acknowledgements (the plans' signatures), each in the layout of the data file of that name."
        )
        @OptionGroup var location: Location
        @Option(help: "csv or json.") var format: ManagePlans.ExportFormat = .csv
        @Option(help: "plans, decisions or acknowledgements.") var dataset: ManagePlans.HistoryDataset = .plans

        func run() throws { try location.perform(.export(format, dataset: dataset)) }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Add history kept elsewhere (a plans, decisions or acknowledgements file, CSV or JSON) to the register.",
            discussion:
                "The dataset is --dataset, else the file's name (decisions.csv, acknowledgements.json), else plans. All rows or none: a file with any bad row, or a row contradicting a decision or signature the register holds, is reported (FILE:LINE) and nothing is stored (exit 3)."
        )
        @OptionGroup var location: Location
        @Argument(help: ArgumentHelp("The file to import.", valueName: "FILE")) var file: String
        @Option(help: "plans, decisions or acknowledgements (default: from the file's name).") var dataset:
            ManagePlans.HistoryDataset?

        func run() throws { try location.perform(.importFile(file, dataset: dataset)) }
    }
}

extension ManagePlans.ListFormat: ExpressibleByArgument {}
extension ManagePlans.ExportFormat: ExpressibleByArgument {}
extension ManagePlans.HistoryDataset: ExpressibleByArgument {}
