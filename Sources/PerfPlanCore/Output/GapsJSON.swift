/// `perfplan gaps --format json` (contract §3): one object, employees by id, indicators by
/// id, fields in the contract's order, unrounded numbers, null where a value does not exist.
public enum GapsJSON {
    public static func render(_ report: GapReport) -> String {
        var all: [UInt8] = []
        write(report) { all += $0 }
        return String(decoding: all, as: UTF8.self)
    }

    /// The same text in pieces of about a megabyte, so 100 000 employees never sit in one
    /// buffer before reaching stdout.
    public static func write(_ report: GapReport, _ sink: @escaping ([UInt8]) -> Void) {
        var writer = Writer(asOf: report.asOf, sink)
        writer.add(report.employees)
        writer.finish()
    }

    /// Writes the document from batches of employees as they are computed. The text is
    /// built as UTF-8 bytes (no `String` growth, no conversion before `write(2)`); each
    /// thread's part goes to the sink as it is, and `buffer`, when given, supplies emptied
    /// buffers the sink is done with, so steady state allocates (and faults in) nothing.
    public struct Writer {
        private var pending: [UInt8]
        private var count = 0
        private let sink: ([UInt8]) -> Void
        private let buffer: () -> [UInt8]

        public init(asOf: Month, buffer: @escaping () -> [UInt8] = { [] }, _ sink: @escaping ([UInt8]) -> Void) {
            pending = Array("{\"as_of\": \"\(asOf)\", \"employees\": [".utf8)
            self.sink = sink
            self.buffer = buffer
        }

        /// Appends a batch; large batches are formatted in two halves on two threads.
        public mutating func add(_ employees: [EmployeeResult]) {
            guard !employees.isEmpty else { return }
            let workers = employees.count >= 256 ? 2 : 1
            let size = (employees.count + workers - 1) / workers
            var parts = (0..<workers).map { _ in buffer() }
            // The first part carries what is pending (the opening, or nothing).
            parts[0].append(contentsOf: pending)
            pending = []
            let first = count == 0
            parts.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let parts = buffer
                Parallel.run(workers) { w in
                    let range = (w * size)..<min((w + 1) * size, employees.count)
                    var text = parts[w]
                    parts[w] = []
                    text.reserveCapacity(text.count + range.count * 6500)
                    for k in range {
                        if k > 0 || !first { text.append(UInt8(ascii: ",")) }
                        ByteFormat.append("\n  ", to: &text)
                        GapsJSON.append(employees[k], to: &text)
                    }
                    parts[w] = text
                }
            }
            count += employees.count
            for part in parts { sink(part) }
        }

        public mutating func finish() {
            pending += Array((count == 0 ? "]}\n" : "\n]}\n").utf8)
            sink(pending)
            pending = []
        }
    }

    /// The whole document for `employeeIds`, each employee formatted on the thread that
    /// computed it (`GapEngine.format`); the same bytes as `render` of the full report.
    public static func write(engine: GapEngine, asOf: Month, employeeIds: [String], batchSize: Int = 4096,
                             buffer: @escaping () -> [UInt8] = { [] }, _ sink: ([UInt8]) -> Void) {
        sink(Array("{\"as_of\": \"\(asOf)\", \"employees\": [".utf8))
        var any = false
        engine.format(asOf: asOf, employeeIds: employeeIds, batchSize: batchSize, buffer: buffer, { n, result, out in
            if n > 0 { out.append(UInt8(ascii: ",")) }
            ByteFormat.append("\n  ", to: &out)
            GapsJSON.append(result, to: &out)
        }, sink: { part in
            if !part.isEmpty { any = true }
            sink(part)
        })
        sink(Array((any ? "\n]}\n" : "]}\n").utf8))
    }

    /// `"name": ` for each indicator field in `GapsFields.visit` order, with its separator,
    /// all in one buffer (`keyEnds[n]` ends field n's) so the per-field lookup in the inner
    /// loop reference-counts nothing.
    private static let keys: [[UInt8]] = GapsFields.indicatorNames.enumerated().map { n, name in
        Array(((n > 0 ? ", \"" : "\"") + name + "\": ").utf8)
    }
    private static let keyBytes: [UInt8] = keys.flatMap { $0 }
    private static let keyEnds: [Int] = keys.reduce(into: []) { ends, key in ends.append((ends.last ?? 0) + key.count) }

    static func append(_ e: borrowing EmployeeResult, to out: inout [UInt8]) {
        ByteFormat.append("{\"employee_id\": ", to: &out)
        ByteFormat.append(jsonString: e.employeeId, to: &out)
        ByteFormat.append(", \"composite\": ", to: &out)
        ByteFormat.append(jsonNumber: e.composite, to: &out)
        ByteFormat.append(", \"rating\": ", to: &out)
        ByteFormat.append(jsonString: e.rating, to: &out)
        ByteFormat.append(", \"flagged\": ", to: &out)
        ByteFormat.append(e.flagged ? "true" : "false", to: &out)
        ByteFormat.append(", \"reasons\": [", to: &out)
        for (n, reason) in e.reasons.enumerated() {
            if n > 0 { ByteFormat.append(", ", to: &out) }
            ByteFormat.append(jsonString: reason.code, to: &out)
        }
        ByteFormat.append("], \"cycle\": ", to: &out)
        ByteFormat.append(integer: Int64(e.cycle), to: &out)
        ByteFormat.append(", \"focus\": [", to: &out)
        for (n, id) in e.focus.enumerated() {
            if n > 0 { ByteFormat.append(", ", to: &out) }
            ByteFormat.append(jsonString: id, to: &out)
        }
        ByteFormat.append("], \"indicators\": [", to: &out)
        Self.keyBytes.withUnsafeBufferPointer { keys in
            Self.keyEnds.withUnsafeBufferPointer { ends in
                for n in e.indicators.indices {
                    ByteFormat.append(n > 0 ? ", {" : "{", to: &out)
                    var field = 0
                    GapsFields.visit(e.indicators[n]) { _, value in
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: keys[(field > 0 ? ends[field - 1] : 0)..<ends[field]]))
                        field += 1
                        switch value {
                        case .text(let s): ByteFormat.append(jsonString: s, to: &out)
                        case .number(let x): ByteFormat.append(jsonNumber: x, to: &out)
                        case .integer(let n): ByteFormat.append(integer: Int64(n), to: &out)
                        }
                    }
                    out.append(UInt8(ascii: "}"))
                }
            }
        }
        ByteFormat.append("]}", to: &out)
    }
}

/// The indicator fields of §3 in order, each as JSON and as a CSV cell: one list (`visit`)
/// feeds the JSON and CSV writers.
public enum GapsFields {
    /// The indicator field names in contract order, taken from `visit` so the JSON and CSV
    /// writers cannot drift apart.
    public static let indicatorNames: [String] = {
        var names: [String] = []
        visit(IndicatorResult(indicatorId: "", target: 0, threshold: 0, weight: 0)) { name, _ in names.append(name) }
        return names
    }()
    public static let employeeNames = ["employee_id", "composite", "rating", "flagged", "reasons", "cycle", "focus"]

    public enum Value {
        case text(String?)
        case number(Double?)
        case integer(Int)

        var json: String {
            var out = ""
            appendJSON(to: &out)
            return out
        }

        func appendJSON(to out: inout String) {
            switch self {
            case .text(let s): out += JSONText.string(s)
            case .number(let x): out += JSONText.number(x)
            case .integer(let n): out += String(n)
            }
        }
    }

    /// The fields in contract order, without building an intermediate array (the JSON of
    /// 100 000 employees is written field by field).
    public static func visit(_ i: borrowing IndicatorResult, _ body: (String, Value) -> Void) {
        body("indicator_id", .text(i.indicatorId)); body("actual", .number(i.actual)); body("target", .number(i.target))
        body("threshold", .number(i.threshold)); body("gap", .number(i.gap)); body("shortfall", .number(i.shortfall))
        body("attainment", .number(i.attainment)); body("status", .text(i.status?.rawValue)); body("prev", .number(i.prev))
        body("yoy", .number(i.yoy)); body("annual_avg", .number(i.annualAvg)); body("best3_avg", .number(i.best3Avg))
        body("worst3_avg", .number(i.worst3Avg)); body("trend_slope", .number(i.trendSlope)); body("miss_streak", .integer(i.missStreak))
        body("peer_mean", .number(i.peerMean)); body("peer_median", .number(i.peerMedian)); body("peer_n", .integer(i.peerN))
        body("percentile", .number(i.percentile)); body("gap_to_peer", .number(i.gapToPeer)); body("benchmark", .number(i.benchmark))
        body("gap_to_benchmark", .number(i.gapToBenchmark))
    }

    public static func indicator(_ i: IndicatorResult) -> [(name: String, value: Value, json: String)] {
        var out: [(name: String, value: Value, json: String)] = []
        visit(i) { name, value in out.append((name, value, value.json)) }
        return out
    }
}
