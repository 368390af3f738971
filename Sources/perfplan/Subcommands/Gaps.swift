import ArgumentParser
import Foundation
import PerfPlanCore

struct Gaps: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "Compute every employee's gaps, baselines, peers, rating and plan triggers.",
        discussion: "json and csv are the machine-readable forms of contract §3; table is for people.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    @OptionGroup var data: DataOptions
    @OptionGroup var asOf: AsOfOptions
    @Option(help: "table (for people), csv or json.") var format: Format = .table
    @OptionGroup var scope: ScopeOptions

    func run() throws {
        var timer = PhaseTimer()
        let dataset = try data.loadOrExit()
        timer.lap("load")
        let month = try Clock.asOf(asOf.asOf)
        let ids = try scope.select(from: dataset)
        let engine = GapEngine(dataset: dataset)
        timer.lap("index")
        let report = engine.report(asOf: month, employeeIds: ids)
        timer.lap("engine")
        defer { timer.lap("output"); timer.report() }
        switch format {
        case .json: GapsJSON.write(report) { Console.out($0) }
        case .csv: Console.out(GapsCSV.render(report))
        case .table: Console.out(GapsTable(color: Console.colorOnStdout).render(report, dataset: dataset))
        }
    }
}
