import ArgumentParser
import PerfPlanCommands
import PerfPlanSystem

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how every figure of one employee was computed: inputs, formula, result.",
        discussion:
            "Which target row won and why, the months in each baseline, the peers, the composite, each trigger and the goals."
    )

    @Argument(help: ArgumentHelp("The employee to explain.", valueName: "EMPLOYEE_ID")) var employeeId: String
    @OptionGroup var data: DataOptions
    @OptionGroup var asOf: AsOfOptions

    func run() throws { try ExplainEmployee(employeeId: employeeId, data: data.data, asOf: try asOf.month()).perform() }
}
