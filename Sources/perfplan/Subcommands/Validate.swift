import ArgumentParser
import PerfPlanCommands
import PerfPlanSystem

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a data directory and report every problem as FILE:LINE: message.",
        discussion: "Exit status 3 when any error is found, 0 otherwise (warnings alone pass).")

    @OptionGroup var data: DataOptions

    func run() throws { try ValidateData(data: data.data).perform() }
}
