/// `perfplan gaps --format json` (contract §3): one object, employees by id, indicators by
/// id, fields in the contract's order, unrounded numbers, null where a value does not exist.
public enum GapsJSON {
    public static func render(_ report: GapReport) -> String {
        var out = "{\"as_of\": \"\(report.asOf)\", \"employees\": ["
        for (n, e) in report.employees.enumerated() {
            if n > 0 { out += "," }
            out += "\n  "
            append(e, to: &out)
        }
        out += report.employees.isEmpty ? "]}\n" : "\n]}\n"
        return out
    }

    static func append(_ e: EmployeeResult, to out: inout String) {
        out += "{\"employee_id\": \(JSONText.string(e.employeeId)), \"composite\": \(JSONText.number(e.composite)), "
        out += "\"rating\": \(JSONText.string(e.rating)), \"flagged\": \(e.flagged), "
        out += "\"reasons\": [" + e.reasons.map { "\"\($0.code)\"" }.joined(separator: ", ") + "], "
        out += "\"cycle\": \(e.cycle), \"focus\": [" + e.focus.map { JSONText.string($0) }.joined(separator: ", ") + "], "
        out += "\"indicators\": ["
        for (n, i) in e.indicators.enumerated() {
            if n > 0 { out += ", " }
            out += "{"
            out += GapsFields.indicator(i).map { "\"\($0.name)\": \($0.json)" }.joined(separator: ", ")
            out += "}"
        }
        out += "]}"
    }
}

/// The indicator fields of §3 in order, each as JSON and as a CSV cell, so the JSON and
/// CSV writers cannot drift apart.
public enum GapsFields {
    public static let indicatorNames = [
        "indicator_id", "actual", "target", "threshold", "gap", "shortfall", "attainment", "status", "prev", "yoy",
        "annual_avg", "best3_avg", "worst3_avg", "trend_slope", "miss_streak", "peer_mean", "peer_median", "peer_n",
        "percentile", "gap_to_peer", "benchmark", "gap_to_benchmark",
    ]
    public static let employeeNames = ["employee_id", "composite", "rating", "flagged", "reasons", "cycle", "focus"]

    public enum Value {
        case text(String?)
        case number(Double?)
        case integer(Int)

        var json: String {
            switch self {
            case .text(let s): return JSONText.string(s)
            case .number(let x): return JSONText.number(x)
            case .integer(let n): return String(n)
            }
        }
    }

    public static func indicator(_ i: IndicatorResult) -> [(name: String, value: Value, json: String)] {
        let values: [Value] = [
            .text(i.indicatorId), .number(i.actual), .number(i.target), .number(i.threshold), .number(i.gap),
            .number(i.shortfall), .number(i.attainment), .text(i.status?.rawValue), .number(i.prev), .number(i.yoy),
            .number(i.annualAvg), .number(i.best3Avg), .number(i.worst3Avg), .number(i.trendSlope),
            .integer(i.missStreak), .number(i.peerMean), .number(i.peerMedian), .integer(i.peerN),
            .number(i.percentile), .number(i.gapToPeer), .number(i.benchmark), .number(i.gapToBenchmark),
        ]
        return zip(indicatorNames, values).map { ($0, $1, $1.json) }
    }
}
