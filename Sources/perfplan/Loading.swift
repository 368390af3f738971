import ArgumentParser
import Foundation
import PerfPlanCore
import PerfPlanIO

extension DataOptions {
    /// Loads and validates `--data`; on any error prints the report to stderr and exits 3
    /// before anything is written. Warnings go to stderr too.
    func loadOrExit() throws -> Dataset { try Self.loadOrExit(data) }

    static func loadOrExit(_ data: String) throws -> Dataset {
        let result = DatasetLoader.load(directory: data)
        let lines = DiagnosticReport.lines(result.diagnostics)
        if !lines.isEmpty { Console.error(lines.joined(separator: "\n")) }
        guard let dataset = result.dataset else {
            Console.error("\(data): \(result.errors.count) error\(result.errors.count == 1 ? "" : "s") in the input data; nothing was written (run `perfplan validate --data \(data)` for the full report)")
            throw ExitCode(ExitStatus.invalidData)
        }
        return dataset
    }
}
