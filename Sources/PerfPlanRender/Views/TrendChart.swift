import PerfPlanCore

/// An inline SVG line chart of the last months of one indicator: actuals as a line broken
/// at missing months, the target as a dashed line, the best-3/worst-3 band shaded.
/// Self-contained (no scripts, no external references) so the HTML stays standalone.
enum TrendChart {
    static func svg(id: String, title: String, history: [HistoryPoint], best3: Double?, worst3: Double?, decimals: Int)
        -> String
    {
        HumanNumber.text {
            svg(id: id, title: title, history: history, best3: best3, worst3: worst3, decimals: decimals, to: &$0)
        }
    }

    /// The chart appended to `out` (a plan's view writes it straight into its arena).
    /// `decimals`: the indicator's own (§6.36), so the axis reads `251,167` and not
    /// `251,166.67` for whole-euro data whose best-3 average has fractions.
    /// `wording`: the axis labels' numbers and months in another language than English.
    static func svg(
        id: String, title: String, history: [HistoryPoint], best3: Double?, worst3: Double?, decimals: Int,
        wording: (any Wording)? = nil, to out: inout [UInt8]
    ) {
        let width = 560.0
        let height = 190.0
        let left = 64.0
        let right = 16.0
        let top = 14.0
        let bottom = 30.0
        let values = history.compactMap(\.actual) + history.compactMap(\.target) + [best3, worst3].compactMap { $0 }
        guard let lo0 = values.min(), let hi0 = values.max(), !history.isEmpty else { return }
        let pad = hi0 == lo0 ? max(abs(hi0) * 0.1, 1) : (hi0 - lo0) * 0.12
        let lo = lo0 - pad
        let hi = hi0 + pad
        let n = history.count
        func x(_ k: Int) -> Double { left + (width - left - right) * (n == 1 ? 0.5 : Double(k) / Double(n - 1)) }
        func y(_ v: Double) -> Double { top + (height - top - bottom) * (1 - (v - lo) / (hi - lo)) }

        // Built as bytes: a chart is dozens of coordinates, and string interpolation per
        // piece was most of its cost.
        var s = SVGText(bytes: out)  // takes over the buffer (no copy), given back below
        out = []
        defer { out = s.bytes }
        s.add("<svg class=\"chart\" role=\"img\" aria-labelledby=\"")
        s.add(string: id)
        s.add("-t\" viewBox=\"0 0 ")
        s.add(string: String(Int(width)))
        s.add(" ")
        s.add(string: String(Int(height)))
        s.add("\" xmlns=\"http://www.w3.org/2000/svg\">")
        s.add("<title id=\"")
        s.add(string: id)
        s.add("-t\">")
        s.add(string: Escape.xml(title))
        s.add("</title>")
        if let b = best3, let w = worst3 {
            let y1 = y(max(b, w))
            let y2 = y(min(b, w))
            s.add("<rect x=\"")
            s.coordinate(left)
            s.add("\" y=\"")
            s.coordinate(y1)
            s.add("\" width=\"")
            s.coordinate(width - left - right)
            s.add("\" height=\"")
            s.coordinate(max(y2 - y1, 1))
            s.add("\" class=\"band\"/>")
        }
        // Axes and labels: min and max values, first and last months.
        s.add("<line x1=\"")
        s.coordinate(left)
        s.add("\" y1=\"")
        s.coordinate(height - bottom)
        s.add("\" x2=\"")
        s.coordinate(width - right)
        s.add("\" y2=\"")
        s.coordinate(height - bottom)
        s.add("\" class=\"axis\"/>")
        s.add("<text x=\"")
        s.coordinate(left - 6)
        s.add("\" y=\"")
        s.coordinate(y(hi0) + 4)
        s.add("\" class=\"lbl\" text-anchor=\"end\">")
        s.add(
            string: Escape.xml(
                wording?.figures.number(hi0, decimals: decimals) ?? HumanNumber.format(hi0, decimals: decimals)))
        s.add("</text>")
        s.add("<text x=\"")
        s.coordinate(left - 6)
        s.add("\" y=\"")
        s.coordinate(y(lo0) + 4)
        s.add("\" class=\"lbl\" text-anchor=\"end\">")
        s.add(
            string: Escape.xml(
                wording?.figures.number(lo0, decimals: decimals) ?? HumanNumber.format(lo0, decimals: decimals)))
        s.add("</text>")
        s.add("<text x=\"")
        s.coordinate(x(0))
        s.add("\" y=\"")
        s.coordinate(height - 10)
        s.add("\" class=\"lbl\">")
        if let wording {
            s.add(string: wording.shortMonth(history[0].month))
        } else {
            Labels.shortMonth(history[0].month, to: &s.bytes)
        }
        s.add("</text>")
        s.add("<text x=\"")
        s.coordinate(x(n - 1))
        s.add("\" y=\"")
        s.coordinate(height - 10)
        s.add("\" class=\"lbl\" text-anchor=\"end\">")
        if let wording {
            s.add(string: wording.shortMonth(history[n - 1].month))
        } else {
            Labels.shortMonth(history[n - 1].month, to: &s.bytes)
        }
        s.add("</text>")
        // Target: dashed segments where a target applies.
        polylines(history.map(\.target), x: x, y: y, cls: "target", into: &s)
        polylines(history.map(\.actual), x: x, y: y, cls: "actual", into: &s)
        for (k, p) in history.enumerated() {
            if let a = p.actual {
                s.add("<circle cx=\"")
                s.coordinate(x(k))
                s.add("\" cy=\"")
                s.coordinate(y(a))
                s.add("\" r=\"2.6\" class=\"dot\"/>")
            }
        }
        s.add("</svg>")
    }

    /// One polyline per run of consecutive months with a value, so gaps stay gaps.
    static func polylines(
        _ values: [Double?], x: (Int) -> Double, y: (Double) -> Double, cls: StaticString, into s: inout SVGText
    ) {
        var run: [(Double, Double)] = []
        func flush() {
            if run.count > 1 {
                s.add("<polyline points=\"")
                for (k, point) in run.enumerated() {
                    if k > 0 { s.add(" ") }
                    s.coordinate(point.0)
                    s.add(",")
                    s.coordinate(point.1)
                }
                s.add("\" class=\"")
                s.add(cls)
                s.add("\"/>")
            }
            run.removeAll(keepingCapacity: true)
        }
        for (k, v) in values.enumerated() {
            if let v { run.append((x(k), y(v))) } else { flush() }
        }
        flush()
    }
}

/// The SVG's text as it is assembled.
struct SVGText {
    var bytes: [UInt8]

    mutating func add(_ text: StaticString) { text.withUTF8Buffer { bytes.append(contentsOf: $0) } }
    /// Text of a `String` (a distinct label, so that literals take the `StaticString` path:
    /// given both, Swift picks `String` for a literal).
    mutating func add(string text: String) { bytes.append(utf8: text) }

    /// `v` to one decimal as `String(Double)` prints it (`64.0`, `-3.5`, `-0.0`), the
    /// digits written directly (`Double.description` per coordinate was most of a chart's
    /// cost). Values that are not a modest number of tenths take `description` itself.
    mutating func coordinate(_ v: Double) {
        let scaled = v * 10
        // Every point inside the chart: positive tenths, rounded half away from zero as
        // `rounded()` does but without the libm call.
        if scaled >= 1, scaled < 1e9 {
            let t = UInt64(HumanNumber.roundHalfAway(scaled))
            ByteFormat.append(integer: Int64(t / 10), to: &bytes)
            bytes.append(UInt8(ascii: "."))
            bytes.append(UInt8(truncatingIfNeeded: 48 + t % 10))
            return
        }
        let tenths = scaled.rounded()
        let x = tenths / 10
        guard abs(tenths) < 1e9 else {
            add(string: String(x))
            return
        }
        let t = Int64(tenths)
        if t == 0 {
            add(x.sign == .minus ? "-0.0" : "0.0")
            return
        }
        if t < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = t.magnitude
        ByteFormat.append(integer: Int64(magnitude / 10), to: &bytes)
        bytes.append(UInt8(ascii: "."))
        bytes.append(UInt8(truncatingIfNeeded: 48 + magnitude % 10))
    }
}

/// Escaping for text we assemble ourselves (the SVG): the same rules as the HTML templates.
enum Escape {
    static func xml(_ s: String) -> String { SafeHTMLContentType().escapeText(s) }
}
