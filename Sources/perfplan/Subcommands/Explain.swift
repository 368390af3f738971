import ArgumentParser
import PerfPlanCore
import PerfPlanIO
import PerfPlanRender

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how every figure of one employee was computed: inputs, formula, result.",
        discussion: "Which target row won and why, the months in each baseline, the peers, the composite, each trigger and the goals.")

    @Argument(help: ArgumentHelp("The employee to explain.", valueName: "EMPLOYEE_ID")) var employeeId: String
    @OptionGroup var data: DataOptions
    @OptionGroup var asOf: AsOfOptions

    func run() throws {
        let dataset = try DatasetLoading.load(data.data)
        let month = try Clock.asOf(asOf.asOf)
        let engine = GapEngine(dataset: dataset)
        try AsOfCheck.require(engine.index, employeeIds: [employeeId], month: month)
        guard let text = Explainer(engine: engine).explain(employeeId: employeeId, asOf: month) else {
            throw UsageError("unknown employee id \"\(employeeId)\"")
        }
        Console.out(text)
    }
}
