import PerfPlanCore
import PerfPlanSystem

/// `gaps --format json` for `employeeIds`, each employee formatted on the worker that
/// computed it and handed to `sink` a batch part at a time, so 100 000 employees never sit
/// in memory; the same bytes as `GapsJSON.render` of the full report.
enum GapsJSONStream {
    static func write(
        engine: GapEngine, executor: OrderedBatchExecutor, asOf: Month, employeeIds: [String],
        batchSize: Int = 4096, buffer: @escaping () -> [UInt8] = { [] }, _ sink: ([UInt8]) -> Void
    ) {
        sink(GapsJSON.opening(asOf))
        var any = false
        executor.streamResults(
            of: engine, asOf: asOf, employeeIds: employeeIds, batchSize: batchSize, makeChunk: buffer,
            fill: { n, result, out in GapsJSON.appendEmployee(n, result, to: &out) },
            deliver: { part in
                if !part.isEmpty { any = true }
                sink(part)
            })
        sink(GapsJSON.closing(any: any))
    }
}
