import PerfPlanCore
import PerfPlanSystem

/// Decodes the datasets other than actuals (employees, indicators, targets, benchmarks,
/// plans, notes) on a thread of their own, while actuals.csv streams into its column store
/// on the two others. Decoded after the actuals, they were the longest single-threaded
/// stretch of loading (0.2 s of 2.1 s at 100 000 employees).
///
/// Its own `RecordDecoders`, so nothing is shared while it runs; the loader merges its
/// diagnostics (sorted at the end, so order does not matter) and seen ids afterwards.
enum BackgroundDecoding {
    struct Decoded: Sendable {
        var employees: [Employee] = []
        var indicators: [Indicator] = []
        var targets: [TargetRule] = []
        var benchmarks: [Benchmark] = []
        var plans: [PlanRecord] = []
        var notes: [Note] = []
        var decisions: [DecisionRecord] = []
        var acknowledgements: [Acknowledgement] = []
        var decoders = RecordDecoders()
    }

    /// Starts decoding `tables` (a table per dataset name; any actuals table is ignored).
    static func start(_ tables: [String: RawTable]) -> BackgroundTask<Decoded> {
        BackgroundTask { decode(tables) }
    }

    static func decode(_ tables: [String: RawTable]) -> Decoded {
        var tables = tables
        var d = Decoded()
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
        d.decisions = rows("decisions") { $0.decisions($1) }
        d.acknowledgements = rows("acknowledgements") { $0.acknowledgements($1) }
        return d
    }
}
