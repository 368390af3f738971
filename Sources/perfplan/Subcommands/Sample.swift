import ArgumentParser
import Foundation
import PerfPlanCore
import PerfPlanIO
import PerfPlanRender

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
        guard (1...5_000_000).contains(employees) else { throw ValidationError("--employees must be between 1 and 5000000") }
        guard (1...240).contains(months) else { throw ValidationError("--months must be between 1 and 240") }
        guard (1...100).contains(indicators) else { throw ValidationError("--indicators must be between 1 and 100") }
    }

    func run() throws {
        let started = Date()
        let fm = FileManager.default
        if let entries = try? fm.contentsOfDirectory(atPath: directory), !entries.isEmpty {
            Console.error("perfplan sample: \(directory) is not empty; choose a new or empty directory")
            throw ExitCode(ExitStatus.failed)
        }
        do {
            try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let generator = SampleGenerator(employees: employees, months: months, indicators: indicators, seed: seed,
                                            lastMonth: try Clock.asOf(asOf.asOf))
            try SampleWriter.write(generator, to: directory, format: format)
        } catch let e as UsageError {
            throw e
        } catch {
            Console.error("perfplan sample: \(error)")
            throw ExitCode(ExitStatus.failed)
        }
        Console.error("\(directory): \(employees) employees, \(indicators) indicators, \(months) months (\(format.rawValue)) in "
                      + "\(HumanNumber.format(Date().timeIntervalSince(started), decimals: 2)) s")
    }
}

extension SampleWriter.Format: ExpressibleByArgument {}
