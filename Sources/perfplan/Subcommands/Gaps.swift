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
        try AsOfCheck.require(engine.index, employeeIds: ids, month: month)
        timer.lap("index")
        defer { timer.report() }
        switch format {
        case .json:
            // Computed and formatted a batch at a time, each employee on the thread that
            // computed it: memory stays flat at any size. Written by another thread while
            // the next batch is computed.
            let output = BackgroundOutput(fd: STDOUT_FILENO)
            GapsJSON.write(engine: engine, asOf: month, employeeIds: ids, buffer: output.buffer) { output.write($0) }
            if let failure = output.finish() {
                Console.noteFailure()
                Console.error("perfplan gaps: cannot write to standard output: \(failure)")
                throw ExitCode(ExitStatus.failed)
            }
            timer.lap("engine+output")
        case .csv:
            let output = BackgroundOutput(fd: STDOUT_FILENO)
            output.write(Array(GapsCSV.header.utf8))
            engine.reports(asOf: month, employeeIds: ids) {
                var part = output.buffer()
                GapsCSV.append(rowsOf: $0.employees[...], to: &part)
                output.write(part)
            }
            if let failure = output.finish() {
                Console.noteFailure()
                Console.error("perfplan gaps: cannot write to standard output: \(failure)")
                throw ExitCode(ExitStatus.failed)
            }
            timer.lap("engine+output")
        case .table:
            let report = engine.report(asOf: month, employeeIds: ids)
            timer.lap("engine")
            Console.out(GapsTable(color: Console.colorOnStdout).render(report, dataset: dataset))
            timer.lap("output")
        }
    }
}
