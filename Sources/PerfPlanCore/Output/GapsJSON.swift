/// `perfplan gaps --format json` (contract §3): one object, employees by id, indicators by
/// id, fields in the contract's order, unrounded numbers, null where a value does not exist.
public enum GapsJSON {
    public static func render(_ report: GapReport) -> String {
        var all = ""
        write(report) { all += $0 }
        return all
    }

    /// The same text in pieces of about a megabyte, so 100 000 employees never sit in one
    /// string before reaching stdout.
    public static func write(_ report: GapReport, _ sink: @escaping (String) -> Void) {
        var writer = Writer(asOf: report.asOf, sink)
        writer.add(report.employees)
        writer.finish()
    }

    /// Writes the document from batches of employees as they are computed.
    public struct Writer {
        private var out: String
        private var count = 0
        private let sink: (String) -> Void

        public init(asOf: Month, _ sink: @escaping (String) -> Void) {
            out = "{\"as_of\": \"\(asOf)\", \"employees\": ["
            self.sink = sink
        }

        /// Appends a batch; large batches are formatted in two halves on two threads.
        public mutating func add(_ employees: [EmployeeResult]) {
            guard !employees.isEmpty else { return }
            let workers = employees.count >= 256 ? 2 : 1
            let size = (employees.count + workers - 1) / workers
            var parts = [String](repeating: "", count: workers)
            parts.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let parts = buffer
                Parallel.run(workers) { w in
                    var text = ""
                    for k in (w * size)..<min((w + 1) * size, employees.count) {
                        if k > 0 { text += "," }
                        text += "\n  "
                        GapsJSON.append(employees[k], to: &text)
                    }
                    parts[w] = text
                }
            }
            if count > 0 { out += "," }
            count += employees.count
            for part in parts { out += part }
            if out.utf8.count >= 1 << 20 {
                sink(out)
                out = ""
            }
        }

        public mutating func finish() {
            out += count == 0 ? "]}\n" : "\n]}\n"
            sink(out)
            out = ""
        }
    }

    static func append(_ e: EmployeeResult, to out: inout String) {
        out += "{\"employee_id\": \(JSONText.string(e.employeeId)), \"composite\": \(JSONText.number(e.composite)), "
        out += "\"rating\": \(JSONText.string(e.rating)), \"flagged\": \(e.flagged), "
        out += "\"reasons\": [" + e.reasons.map { "\"\($0.code)\"" }.joined(separator: ", ") + "], "
        out += "\"cycle\": \(e.cycle), \"focus\": [" + e.focus.map { JSONText.string($0) }.joined(separator: ", ") + "], "
        out += "\"indicators\": ["
        for (n, i) in e.indicators.enumerated() {
            out += n > 0 ? ", {" : "{"
            var first = true
            GapsFields.visit(i) { name, value in
                out += first ? "\"" : ", \""
                first = false
                out += name
                out += "\": "
                value.appendJSON(to: &out)
            }
            out += "}"
        }
        out += "]}"
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
    public static func visit(_ i: IndicatorResult, _ body: (String, Value) -> Void) {
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
