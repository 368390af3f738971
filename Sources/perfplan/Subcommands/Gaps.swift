import ArgumentParser
import PerfPlanCommands
import PerfPlanSystem

struct Gaps: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "Compute every employee's gaps, baselines, peers, rating and plan triggers.",
        discussion: "json and csv are the machine-readable forms of contract §3; table is for people.")

    @OptionGroup var data: DataOptions
    @OptionGroup var asOf: AsOfOptions
    @Option(help: "table (for people), csv or json.") var format: WriteGaps.Format = .table
    @OptionGroup var scope: ScopeOptions
    @OptionGroup var timing: TimingOptions

    func run() throws {
        try WriteGaps(
            data: data.data, asOf: try asOf.month(), scope: try scope.scope(), format: format,
            timing: timing.enabled
        ).perform()
    }
}

extension WriteGaps.Format: ExpressibleByArgument {}
