import Foundation
import PerfPlanCore

/// Decodes the datasets other than actuals (employees, indicators, targets, benchmarks,
/// plans, notes) on a thread of their own, while actuals.csv streams into its column store
/// on the two others. Decoded after the actuals, they were the longest single-threaded
/// stretch of loading (0.2 s of 2.1 s at 100 000 employees).
///
/// Its own `RecordDecoders`, so nothing is shared while it runs; the loader merges its
/// diagnostics (sorted at the end, so order does not matter) and seen ids afterwards.
final class BackgroundDecoding: @unchecked Sendable {
    struct Decoded {
        var employees: [Employee] = []
        var indicators: [Indicator] = []
        var targets: [TargetRule] = []
        var benchmarks: [Benchmark] = []
        var plans: [PlanRecord] = []
        var notes: [Note] = []
        var decoders = RecordDecoders()
    }

    private let condition = NSCondition()
    private var result: Decoded?

    /// Starts decoding `tables` (a table per dataset name; any actuals table is ignored).
    init(_ tables: [String: RawTable]) {
        // Handed over: the loader keeps no reference to these tables once this starts.
        nonisolated(unsafe) let handed = tables
        let thread = Thread { [self] in
            var tables = handed
            var d = Decoded()
            // Each raw table is dropped once decoded.
            func rows<T>(_ name: String, _ decode: (inout RecordDecoders, RawTable) -> [T]) -> [T] {
                guard let table = tables.removeValue(forKey: name) else { return [] }
                return decode(&d.decoders, table)
            }
            d.employees = rows("employees") { $0.employees($1) }
            d.indicators = rows("indicators") { $0.indicators($1) }
            d.targets = rows("targets") { $0.targets($1) }
            d.benchmarks = rows("benchmarks") { $0.benchmarks($1) }
            d.plans = rows("plans") { $0.plans($1) }
            d.notes = rows("notes") { $0.notes($1) }
            condition.lock()
            result = d
            condition.broadcast()
            condition.unlock()
        }
        thread.start()
    }

    /// Waits for the decoding to end.
    func wait() -> Decoded {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return result!
    }
}
