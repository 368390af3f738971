import ArgumentParser
import Foundation
import PerfPlanIO
import PerfPlanRender

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a data directory and report every problem as FILE:LINE: message.",
        discussion: "Exit status 3 when any error is found, 0 otherwise (warnings alone pass).")

    @OptionGroup var data: DataOptions

    func run() throws {
        let result = DatasetLoader.load(directory: data.data)
        var text = DiagnosticReport.lines(result.diagnostics).joined(separator: "\n")
        if !text.isEmpty { text += "\n" }
        text += DiagnosticReport.summary(directory: data.data, result: result) + "\n"
        Console.out(text)
        if result.dataset == nil { throw ExitCode(ExitStatus.invalidData) }
    }
}
