import Foundation
import PerfPlanCore
import PerfPlanIO
import PerfPlanRender
import PerfPlanSystem

/// `perfplan gaps`: every employee's figures on stdout, as a table for people or as the
/// machine-readable CSV or JSON of contract §3.
package struct WriteGaps {
    /// Where the action prints (the standard streams unless a test captures them).
    package var console: any Terminal = StandardStreams()
    package enum Format: String, Sendable, CaseIterable { case table, csv, json }

    package var data: String
    package var asOf: Month
    package var scope: Scope
    package var format: Format
    package var timing: Bool

    package init(data: String, asOf: Month, scope: Scope, format: Format, timing: Bool = false) {
        self.data = data
        self.asOf = asOf
        self.scope = scope
        self.format = format
        self.timing = timing
    }

    /// Load → validate → select → compute → format → write.
    package func perform() throws {
        var timer = PhaseTimer(enabled: timing)
        let dataset = try DatasetLoading.load(data, console: console)
        timer.lap("load")
        let ids = try scope.selectSomeone(from: dataset, command: "gaps") { console.error($1) }
        let executor = OrderedBatchExecutor()
        let engine = GapEngine(dataset: dataset, parallel: executor)
        try AsOfCheck.require(engine.index, employeeIds: ids, month: asOf) { console.error($1) }
        timer.lap("index")
        defer { timer.report(to: console) }
        switch format {
        case .json:
            // Computed and formatted a batch at a time, each employee on the thread that
            // computed it: memory stays flat at any size. Written by another thread while
            // the next batch is computed.
            try streamToStdout { buffer, write in
                GapsJSONStream.write(
                    engine: engine, executor: executor, asOf: asOf, employeeIds: ids, buffer: buffer, write)
            }
            timer.lap("engine+output")
        case .csv:
            try streamToStdout { buffer, write in
                write(Array(GapsCSV.header.utf8))
                engine.reports(asOf: asOf, employeeIds: ids) {
                    var part = buffer()
                    GapsCSV.append(rowsOf: $0.employees[...], to: &part)
                    write(part)
                }
            }
            timer.lap("engine+output")
        case .table:
            let report = engine.report(asOf: asOf, employeeIds: ids)
            timer.lap("engine")
            console.out(GapsTable(color: console.colorOnStdout).render(report, dataset: dataset))
            timer.lap("output")
        }
    }

    /// Runs `body` with a writer of standard output: on the console's descriptor, a
    /// background writer (the next batch is computed meanwhile; a failed write is exit 1);
    /// otherwise each part through `console.out`. `body` gets a spare buffer maker and
    /// the writer.
    private func streamToStdout(_ body: (_ buffer: @escaping () -> [UInt8], _ write: ([UInt8]) -> Void) -> Void) throws
    {
        guard let fd = console.outputDescriptor else {
            body({ [] }, { console.out(String(decoding: $0, as: UTF8.self)) })
            return
        }
        let output = BackgroundOutput(fd: fd)
        body(output.buffer, { output.write($0) })
        if let failure = output.finish() {
            console.noteFailure()
            console.error("perfplan gaps: cannot write to standard output: \(failure)")
            throw CommandExit(ExitStatus.failed)
        }
    }
}
