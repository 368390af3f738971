import Foundation
import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// `perfplan sample`: a synthetic dataset of any size, the same files for the same seed,
/// written into a new or empty folder (for trying perfplan at scale and the benchmark).
package struct WriteSample {
    /// Where the action prints (the standard streams unless a test captures them).
    package var console: any Terminal = StandardStreams()
    package var directory: String
    package var employees: Int
    /// Months of actuals, ending at `lastMonth`.
    package var months: Int
    package var indicators: Int
    package var seed: UInt64
    package var lastMonth: Month
    package var format: SampleWriter.Format

    package init(
        directory: String, employees: Int, months: Int, indicators: Int, seed: UInt64, lastMonth: Month,
        format: SampleWriter.Format
    ) {
        self.directory = directory
        self.employees = employees
        self.months = months
        self.indicators = indicators
        self.seed = seed
        self.lastMonth = lastMonth
        self.format = format
    }

    /// Check the folder → generate and write the data → one summary line on stderr. A
    /// folder that is not empty, or a write that fails, is exit 1 (`CommandExit`).
    package func perform() throws {
        let started = Date()
        try EmptyFolder.require(directory, command: "sample", console: console)
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let generator = SampleGenerator(
                employees: employees, months: months, indicators: indicators, seed: seed,
                lastMonth: lastMonth)
            try SampleWriter.write(generator, to: directory, format: format)
        } catch {
            console.error("perfplan sample: \(error)")
            throw CommandExit(ExitStatus.failed)
        }
        console.error(
            "\(directory): \(employees) employees, \(indicators) indicators, "
                + "\(months) months (\(format.rawValue)) in \(HumanNumber.format(Date().timeIntervalSince(started), decimals: 2)) s"
        )
    }
}
