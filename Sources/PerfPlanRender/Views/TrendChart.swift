import PerfPlanCore

/// An inline SVG line chart of the last months of one indicator: actuals as a line broken
/// at missing months, the target as a dashed line, the best-3/worst-3 band shaded.
/// Self-contained (no scripts, no external references) so the HTML stays standalone.
enum TrendChart {
    static func svg(id: String, title: String, history: [HistoryPoint], best3: Double?, worst3: Double?) -> String {
        let width = 560.0, height = 190.0, left = 64.0, right = 16.0, top = 14.0, bottom = 30.0
        let values = history.compactMap(\.actual) + history.compactMap(\.target) + [best3, worst3].compactMap { $0 }
        guard let lo0 = values.min(), let hi0 = values.max(), !history.isEmpty else { return "" }
        let pad = hi0 == lo0 ? max(abs(hi0) * 0.1, 1) : (hi0 - lo0) * 0.12
        let lo = lo0 - pad, hi = hi0 + pad
        let n = history.count
        func x(_ k: Int) -> Double { left + (width - left - right) * (n == 1 ? 0.5 : Double(k) / Double(n - 1)) }
        func y(_ v: Double) -> Double { top + (height - top - bottom) * (1 - (v - lo) / (hi - lo)) }
        func f(_ v: Double) -> String { coordinate(v) }

        var s = "<svg class=\"chart\" role=\"img\" aria-labelledby=\"\(id)-t\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" xmlns=\"http://www.w3.org/2000/svg\">"
        s += "<title id=\"\(id)-t\">\(Escape.xml(title))</title>"
        if let b = best3, let w = worst3 {
            let y1 = y(max(b, w)), y2 = y(min(b, w))
            s += "<rect x=\"\(f(left))\" y=\"\(f(y1))\" width=\"\(f(width - left - right))\" height=\"\(f(max(y2 - y1, 1)))\" class=\"band\"/>"
        }
        // Axes and labels: min and max values, first and last months.
        s += "<line x1=\"\(f(left))\" y1=\"\(f(height - bottom))\" x2=\"\(f(width - right))\" y2=\"\(f(height - bottom))\" class=\"axis\"/>"
        s += "<text x=\"\(f(left - 6))\" y=\"\(f(y(hi0) + 4))\" class=\"lbl\" text-anchor=\"end\">\(Escape.xml(HumanNumber.format(hi0)))</text>"
        s += "<text x=\"\(f(left - 6))\" y=\"\(f(y(lo0) + 4))\" class=\"lbl\" text-anchor=\"end\">\(Escape.xml(HumanNumber.format(lo0)))</text>"
        s += "<text x=\"\(f(x(0)))\" y=\"\(f(height - 10))\" class=\"lbl\">\(Labels.shortMonth(history[0].month))</text>"
        s += "<text x=\"\(f(x(n - 1)))\" y=\"\(f(height - 10))\" class=\"lbl\" text-anchor=\"end\">\(Labels.shortMonth(history[n - 1].month))</text>"
        // Target: dashed segments where a target applies.
        s += polylines(history.map(\.target), x: x, y: y, f: f, cls: "target")
        s += polylines(history.map(\.actual), x: x, y: y, f: f, cls: "actual")
        for (k, p) in history.enumerated() {
            if let a = p.actual { s += "<circle cx=\"\(f(x(k)))\" cy=\"\(f(y(a)))\" r=\"2.6\" class=\"dot\"/>" }
        }
        return s + "</svg>"
    }

    /// `v` to one decimal as `String(Double)` prints it (`64.0`, `-3.5`, `-0.0`), with the
    /// digits written directly: a chart has dozens of coordinates and `Double.description`
    /// was most of its cost. Values that are not a modest number of tenths take the
    /// `description` path itself.
    static func coordinate(_ v: Double) -> String {
        let tenths = (v * 10).rounded()
        let x = tenths / 10
        guard abs(tenths) < 1e9 else { return String(x) }
        let t = Int64(tenths)
        guard t != 0 else { return x.sign == .minus ? "-0.0" : "0.0" }
        let magnitude = t.magnitude
        return (t < 0 ? "-" : "") + String(magnitude / 10) + "." + String(magnitude % 10)
    }

    /// One polyline per run of consecutive months with a value, so gaps stay gaps.
    static func polylines(_ values: [Double?], x: (Int) -> Double, y: (Double) -> Double, f: (Double) -> String, cls: String) -> String {
        var out = "", run: [String] = []
        func flush() {
            if run.count > 1 { out += "<polyline points=\"\(run.joined(separator: " "))\" class=\"\(cls)\"/>" }
            run = []
        }
        for (k, v) in values.enumerated() {
            if let v { run.append("\(f(x(k))),\(f(y(v)))") } else { flush() }
        }
        flush()
        return out
    }
}

/// Escaping for text we assemble ourselves (the SVG): the same rules as the HTML templates.
enum Escape {
    static func xml(_ s: String) -> String { SafeHTMLContentType().escapeText(s) }
}
