import Foundation
import PerfPlanCore
import PerfPlanIO
import PerfPlanSystem
import PerfPlanRender

/// `perfplan gaps`: every employee's figures on stdout, as a table for people or as the
/// machine-readable CSV or JSON of contract §3.
public struct WriteGaps {
    public enum Format: String, Sendable, CaseIterable { case table, csv, json }

    public var data: String
    public var asOf: Month
    public var scope: Scope
    public var format: Format
    public var timing: Bool

    public init(data: String, asOf: Month, scope: Scope, format: Format, timing: Bool = false) {
        self.data = data; self.asOf = asOf; self.scope = scope; self.format = format; self.timing = timing
    }

    /// Load → validate → select → compute → format → write.
    public func perform() throws {
        var timer = PhaseTimer(enabled: timing)
        let dataset = try DatasetLoading.load(data)
        timer.lap("load")
        let ids = try scope.selectSomeone(from: dataset, command: "gaps")
        let executor = OrderedBatchExecutor()
        let engine = GapEngine(dataset: dataset, parallel: executor)
        try AsOfCheck.require(engine.index, employeeIds: ids, month: asOf)
        timer.lap("index")
        defer { timer.report() }
        switch format {
        case .json:
            // Computed and formatted a batch at a time, each employee on the thread that
            // computed it: memory stays flat at any size. Written by another thread while
            // the next batch is computed.
            try streamToStdout { output in
                GapsJSONStream.write(engine: engine, executor: executor, asOf: asOf, employeeIds: ids, buffer: output.buffer) { output.write($0) }
            }
            timer.lap("engine+output")
        case .csv:
            try streamToStdout { output in
                output.write(Array(GapsCSV.header.utf8))
                engine.reports(asOf: asOf, employeeIds: ids) {
                    var part = output.buffer()
                    GapsCSV.append(rowsOf: $0.employees[...], to: &part)
                    output.write(part)
                }
            }
            timer.lap("engine+output")
        case .table:
            let report = engine.report(asOf: asOf, employeeIds: ids)
            timer.lap("engine")
            Console.out(GapsTable(color: Console.colorOnStdout).render(report, dataset: dataset))
            timer.lap("output")
        }
    }

    /// Runs `body` with a background writer on stdout; a failed write is exit 1.
    private func streamToStdout(_ body: (BackgroundOutput) -> Void) throws {
        let output = BackgroundOutput(fd: STDOUT_FILENO)
        body(output)
        if let failure = output.finish() {
            Console.noteFailure()
            Console.error("perfplan gaps: cannot write to standard output: \(failure)")
            throw CommandExit(ExitStatus.failed)
        }
    }
}
