import ArgumentParser
import PerfPlanCommands
import PerfPlanSystem

struct Sample: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic, realistic dataset of any size (deterministic for a seed).",
        discussion: "For trying perfplan at scale and for the benchmark. Refuses a non-empty DIR.")

    @Argument(help: ArgumentHelp("The directory to create (or an empty one).", valueName: "DIR")) var directory: String
    @Option(help: "Number of employees.") var employees: Int
    @Option(help: "Months of actuals, ending at the as-of month.") var months: Int = 24
    @Option(help: "Number of indicators.") var indicators: Int = 12
    @Option(help: "Random seed: the same seed gives the same files.") var seed: UInt64 = 1
    @Option(help: "csv or json.") var format: SampleWriter.Format = .csv
    @OptionGroup var asOf: AsOfOptions

    func validate() throws {
        guard (1...5_000_000).contains(employees) else {
            throw ValidationError("--employees must be between 1 and 5000000")
        }
        guard (1...240).contains(months) else { throw ValidationError("--months must be between 1 and 240") }
        guard (1...100).contains(indicators) else { throw ValidationError("--indicators must be between 1 and 100") }
    }

    func run() throws {
        try WriteSample(
            directory: directory, employees: employees, months: months, indicators: indicators, seed: seed,
            lastMonth: try asOf.month(), format: format
        ).perform()
    }
}

extension SampleWriter.Format: ExpressibleByArgument {}
