import PerfPlanCore
import PerfPlanSystem
import Testing

@testable import PerfPlanCommands

/// `gaps --format json|csv` computes and writes employees a batch at a time (JSON formatted
/// by the two threads that computed each batch): the text must be exactly the one-piece
/// report's, whatever the batch size.
@Suite struct BatchedOutputTests {
    @Test func batchesGiveTheSameJSONAndCSVAsOneReport() {
        let last = Month(parsing: "2026-10")!
        let dataset = SampleGenerator(employees: 700, months: 14, indicators: 4, seed: 3, lastMonth: last).dataset()
        let executor = OrderedBatchExecutor(workers: 2)
        let engine = GapEngine(dataset: dataset, parallel: executor)
        let ids = dataset.employees.map(\.id)
        let whole = engine.report(asOf: last, employeeIds: ids)
        let json = GapsJSON.render(whole)
        let csv = GapsCSV.render(whole)
        #expect(whole.employees.count == 700)
        for batchSize in [1, 299, 700, 4096] {
            var rows = GapsCSV.header
            var batches = 0
            engine.reports(asOf: last, employeeIds: ids, batchSize: batchSize) {
                rows += GapsCSV.rows($0.employees)
                batches += 1
            }
            #expect(batches == (700 + batchSize - 1) / batchSize)
            #expect(rows == csv, "batch size \(batchSize)")
            // `gaps --format json`: each employee formatted on the thread that computed it.
            var fused: [UInt8] = []
            GapsJSONStream.write(engine: engine, executor: executor, asOf: last, employeeIds: ids, batchSize: batchSize)
            { fused += $0 }
            #expect(String(decoding: fused, as: UTF8.self) == json, "fused, batch size \(batchSize)")
            // Threads taking small chunks (as `generate` does): the rows still come in order.
            for chunk in [1, 7, 300] {
                var chunked = GapsCSV.header
                var seen: [Int] = []
                executor.streamResults(
                    of: engine, asOf: last, employeeIds: ids, batchSize: batchSize, chunkSize: chunk,
                    makeChunk: { [UInt8]() },
                    fill: { _, r, out in GapsCSV.append(rowsOf: r, to: &out) },
                    deliver: {
                        chunked += String(decoding: $0, as: UTF8.self)
                        seen.append($0.count)
                    })
                #expect(chunked == csv, "batch size \(batchSize), chunk \(chunk)")
                #expect(
                    seen.count
                        == (0..<((700 + batchSize - 1) / batchSize)).reduce(0) { n, b in
                            let size = min(batchSize, 700 - b * batchSize)
                            return n + (size + chunk - 1) / chunk
                        }, "one buffer per chunk")
            }
        }
    }

    @Test func noEmployeesIsStillOneEmptyDocument() {
        let engine = GapEngine(dataset: Dataset())
        var fused: [UInt8] = []
        GapsJSONStream.write(
            engine: engine, executor: OrderedBatchExecutor(), asOf: Month(parsing: "2026-10")!, employeeIds: []
        ) { fused += $0 }
        #expect(String(decoding: fused, as: UTF8.self) == "{\"as_of\": \"2026-10\", \"employees\": []}\n")
        #expect(
            GapsJSON.render(engine.report(asOf: Month(parsing: "2026-10")!, employeeIds: []))
                == String(decoding: fused, as: UTF8.self))
    }
}
