/// `perfplan gaps --format json` (contract §3): one object, employees by id, indicators by
/// id, fields in the contract's order, unrounded numbers, null where a value does not exist.
///
/// Unsafe (measured: the inner loop of `gaps --format json`): the field names are read
/// through pointers to `keyBytes`/`keyEnds`, two static arrays never changed, borrowed for
/// the loop only; `keyEnds` is built from the same `GapsFields.visit` the loop walks. (Slices
/// of the arrays instead cost measurably more CPU: docs/performance.md.)
package enum GapsJSON {
    /// The whole document for a computed report (tests, small runs).
    package static func render(_ report: GapReport) -> String {
        var out = opening(report.asOf)
        for (n, e) in report.employees.enumerated() { appendEmployee(n, e, to: &out) }
        out += closing(any: !report.employees.isEmpty)
        return String(decoding: out, as: UTF8.self)
    }

    /// The document's start, before the first employee.
    package static func opening(_ asOf: Month) -> [UInt8] { Array("{\"as_of\": \"\(asOf)\", \"employees\": [".utf8) }
    /// The document's end, after the last employee (`any`: whether there was one).
    package static func closing(any: Bool) -> [UInt8] { Array((any ? "\n]}\n" : "]}\n").utf8) }

    /// Employee `n` of the run (from 0), with its separator: a streaming writer calls this
    /// for each employee in order between `opening` and `closing`.
    package static func appendEmployee(_ n: Int, _ e: borrowing EmployeeResult, to out: inout [UInt8]) {
        if n > 0 { out.append(UInt8(ascii: ",")) }
        ByteFormat.append("\n  ", to: &out)
        append(e, to: &out)
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
                        out.append(
                            contentsOf: UnsafeBufferPointer(
                                rebasing: keys[(field > 0 ? ends[field - 1] : 0)..<ends[field]]))
                        field += 1
                        switch value {
                        case .text(let s): ByteFormat.append(jsonString: s, to: &out)
                        case .number(let x, _): ByteFormat.append(jsonNumber: x, to: &out)
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
package enum GapsFields {
    /// The indicator field names in contract order, taken from `visit` so the JSON and CSV
    /// writers cannot drift apart.
    package static let indicatorNames: [String] = {
        var names: [String] = []
        visit(IndicatorResult(indicatorId: "", target: 0, threshold: 0, weight: 0)) { name, _ in names.append(name) }
        return names
    }()
    package static let employeeNames = ["employee_id", "composite", "rating", "flagged", "reasons", "cycle", "focus"]

    package enum Value {
        case text(String?)
        /// A number, and which of `MachineFigures`' fields it is.
        case number(Double?, MachineFigures.Field)
        case integer(Int)
    }

    /// The fields in contract order, without building an intermediate array (the JSON of
    /// 100 000 employees is written field by field).
    package static func visit(_ i: borrowing IndicatorResult, _ body: (String, Value) -> Void) {
        body("indicator_id", .text(i.indicatorId))
        body("actual", .number(i.actual, .actual))
        body("target", .number(i.target, .target))
        body("threshold", .number(i.threshold, .threshold))
        body("gap", .number(i.gap, .gap))
        body("shortfall", .number(i.shortfall, .shortfall))
        body("attainment", .number(i.attainment, .attainment))
        body("status", .text(i.status?.rawValue))
        body("prev", .number(i.prev, .prev))
        body("yoy", .number(i.yoy, .yoy))
        body("annual_avg", .number(i.annualAvg, .annualAvg))
        body("best3_avg", .number(i.best3Avg, .best3Avg))
        body("worst3_avg", .number(i.worst3Avg, .worst3Avg))
        body("trend_slope", .number(i.trendSlope, .trendSlope))
        body("miss_streak", .integer(i.missStreak))
        body("peer_mean", .number(i.peerMean, .peerMean))
        body("peer_median", .number(i.peerMedian, .peerMedian))
        body("peer_n", .integer(i.peerN))
        body("percentile", .number(i.percentile, .percentile))
        body("gap_to_peer", .number(i.gapToPeer, .gapToPeer))
        body("benchmark", .number(i.benchmark, .benchmark))
        body("gap_to_benchmark", .number(i.gapToBenchmark, .gapToBenchmark))
    }
}
