import PerfPlanCore

/// The calibration report's chart: one horizontal bar per manager (their flag rate), the
/// organisation's rate as a dashed line across them, marked managers in the accent colour.
/// Self-contained inline SVG like the plan's trend charts; the same figures are in the
/// report's table beside it, for screen readers and for anyone who would rather read.
enum CalibrationChart {
    /// Above this many managers the chart shows only those marked (every manager stays in
    /// the table): a bar per manager of a 10 000-person organisation would be metres long.
    static let maxBars = 40

    /// The units drawn: all, or the marked ones when there are more than `maxBars`; highest
    /// rate first, then by name.
    static func drawn(_ managers: [Calibration.Unit]) -> [Calibration.Unit] {
        let shown = managers.count <= maxBars ? managers : managers.filter { $0.test?.marked ?? false }
        return Array(shown.sorted { ($1.rate, $0.name) < ($0.rate, $1.name) }.prefix(maxBars))
    }

    /// The chart's words and percentages in one language; `english` by default.
    struct Words: Sendable {
        var title = "Flag rate by manager"
        var description: @Sendable (_ organisationRate: String) -> String = {
            "One bar per manager: the share of their team flagged for an improvement plan; the dashed line is the organisation's rate, "
                + $0 + ". The table below gives the same figures."
        }
        var organisation = "organisation"
        var percent: @Sendable (_ ratio: Double, _ decimals: Int) -> String = { HumanNumber.percent($0, decimals: $1) }
        static let english = Words()
    }

    static func svg(id: String, managers: [Calibration.Unit], organisationRate: Double, words: Words = .english)
        -> String
    {
        let bars = drawn(managers)
        guard !bars.isEmpty else { return "" }
        let width = 560.0
        let left = 170.0
        let right = 56.0
        let top = 22.0
        let row = 20.0
        let bottom = 26.0
        let height = top + row * Double(bars.count) + bottom
        // The axis runs to the next 10 % above the highest rate shown (at least 10 %).
        let highest = max(bars.map(\.rate).max() ?? 0, organisationRate)
        let axisMax = max(0.1, (highest * 10).rounded(.up) / 10)
        func x(_ rate: Double) -> Double { left + (width - left - right) * rate / axisMax }

        var s = SVGText(bytes: [])
        s.add("<svg class=\"chart calibration\" role=\"img\" aria-labelledby=\"")
        s.add(string: id)
        s.add("-t ")
        s.add(string: id)
        s.add("-d\" viewBox=\"0 0 ")
        s.add(string: String(Int(width)))
        s.add(" ")
        s.add(string: String(Int(height)))
        s.add("\" xmlns=\"http://www.w3.org/2000/svg\">")
        s.add("<title id=\"")
        s.add(string: id)
        s.add("-t\">")
        s.add(string: Escape.xml(words.title))
        s.add("</title>")
        s.add("<desc id=\"")
        s.add(string: id)
        s.add("-d\">")
        s.add(
            string: Escape.xml(words.description(words.percent(organisationRate, 1))))
        s.add("</desc>")
        // Axis labels: 0 and the axis maximum.
        let axisY = top + row * Double(bars.count)
        s.add("<line x1=\"")
        s.coordinate(left)
        s.add("\" y1=\"")
        s.coordinate(axisY)
        s.add("\" x2=\"")
        s.coordinate(width - right)
        s.add("\" y2=\"")
        s.coordinate(axisY)
        s.add("\" class=\"axis\"/>")
        s.add("<text x=\"")
        s.coordinate(left)
        s.add("\" y=\"")
        s.coordinate(axisY + 16)
        s.add("\" class=\"lbl\">")
        s.add(string: Escape.xml(words.percent(0, 0)))
        s.add("</text>")
        s.add("<text x=\"")
        s.coordinate(width - right)
        s.add("\" y=\"")
        s.coordinate(axisY + 16)
        s.add("\" class=\"lbl\" text-anchor=\"end\">")
        s.add(string: Escape.xml(words.percent(axisMax, 0)))
        s.add("</text>")
        for (k, u) in bars.enumerated() {
            let y = top + row * Double(k)
            let marked = u.test?.marked ?? false
            s.add("<text x=\"")
            s.coordinate(left - 6)
            s.add("\" y=\"")
            s.coordinate(y + 14)
            s.add("\" class=\"lbl\" text-anchor=\"end\">")
            s.add(string: Escape.xml(shortened(u.name)))
            s.add("</text>")
            s.add("<rect x=\"")
            s.coordinate(left)
            s.add("\" y=\"")
            s.coordinate(y + 4)
            s.add("\" width=\"")
            s.coordinate(max(x(u.rate) - left, 0.5))
            s.add("\" height=\"")
            s.coordinate(row - 8)
            s.add(marked ? "\" class=\"bar marked\"/>" : "\" class=\"bar\"/>")
            s.add("<text x=\"")
            s.coordinate(x(u.rate) + 4)
            s.add("\" y=\"")
            s.coordinate(y + 14)
            s.add("\" class=\"lbl\">")
            s.add(string: Escape.xml(words.percent(u.rate, 0) + (marked ? " *" : "")))
            s.add("</text>")
        }
        // The organisation's rate, over the bars.
        s.add("<line x1=\"")
        s.coordinate(x(organisationRate))
        s.add("\" y1=\"")
        s.coordinate(top - 8)
        s.add("\" x2=\"")
        s.coordinate(x(organisationRate))
        s.add("\" y2=\"")
        s.coordinate(axisY)
        s.add("\" class=\"target\"/>")
        s.add("<text x=\"")
        s.coordinate(x(organisationRate))
        s.add("\" y=\"")
        s.coordinate(top - 10)
        s.add("\" class=\"lbl\" text-anchor=\"middle\">")
        s.add(string: Escape.xml(words.organisation + " " + words.percent(organisationRate, 1)))
        s.add("</text></svg>")
        return String(decoding: s.bytes, as: UTF8.self)
    }

    /// A label that fits the left margin: long names end in "…" (the table has them whole).
    static func shortened(_ name: String) -> String {
        name.count <= 26 ? name : String(name.prefix(25)) + "…"
    }
}
