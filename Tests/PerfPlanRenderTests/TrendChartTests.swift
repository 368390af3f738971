import PerfPlanCore
import Testing

@testable import PerfPlanRender

/// Chart coordinates are written digit by digit; they must read exactly as
/// `String(Double)` of the value rounded to tenths, which is what the charts always showed.
@Suite struct TrendChartTests {
    @Test func coordinatesPrintLikeDoubleDescription() {
        var values: [Double] = [
            0, -0.0, -0.04, 0.04, 0.05, -0.05, 64, 176.25, 176.35, 559.99, -3.5, 1e8, 1e9, -1e12, .nan, .infinity,
        ]
        var state: UInt64 = 11
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        for _ in 0..<50_000 {
            let unit = Double(next()) / Double(1 << 53)
            values.append((unit - 0.2) * [1.0, 600, 1e5, 1e8][Int(next() % 4)])
        }
        for v in values {
            var text = SVGText(bytes: [])
            text.coordinate(v)
            #expect(String(decoding: text.bytes, as: UTF8.self) == String(Double((v * 10).rounded()) / 10), "\(v)")
        }
    }

    /// The chart written into a buffer that already holds bytes keeps them, and is the
    /// same text as the String form; its month labels and band are where they belong.
    @Test func chartAppendsToItsBuffer() {
        let history: [HistoryPoint] = (1...12).map { (m: Int) -> HistoryPoint in
            let actual: Double? = m == 5 ? nil : Double(m * 10)
            return HistoryPoint(
                month: Month(year: 2026, month: m)!, actual: actual, target: 60, attainment: nil, status: nil)
        }
        let text = TrendChart.svg(id: "c", title: "A & B", history: history, best3: 110, worst3: 20, decimals: 2)
        var out = Array("before ".utf8)
        TrendChart.svg(id: "c", title: "A & B", history: history, best3: 110, worst3: 20, decimals: 2, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "before " + text)
        #expect(text.hasPrefix("<svg class=\"chart\" role=\"img\" aria-labelledby=\"c-t\"") && text.hasSuffix("</svg>"))
        #expect(text.contains("<title id=\"c-t\">A &amp; B</title>"))
        #expect(text.contains(">Jan 2026</text>") && text.contains(">Dec 2026</text>"))
        // Two runs of actuals (the missing May breaks the line) and one of targets.
        #expect(text.components(separatedBy: "<polyline").count - 1 == 3)
        #expect(TrendChart.svg(id: "c", title: "t", history: [], best3: nil, worst3: nil, decimals: 2).isEmpty)
    }

    /// The value axis is labelled at the indicator's decimals: whole-euro revenue whose
    /// best-3 average is 753,500 / 3 = 251,166.67 shows 251,167 at the top, and the lowest
    /// actual, 118,000, at the bottom; with one decimal the top reads 251,166.7.
    @Test func axisLabelsUseTheIndicatorsDecimals() {
        let history = [(7, 142_000.0), (8, 131_000.0), (9, 118_000.0)].map { m, a in
            HistoryPoint(month: Month(year: 2026, month: m)!, actual: a, target: 200_000, attainment: nil, status: nil)
        }
        let best3 = 753_500.0 / 3
        let whole = TrendChart.svg(id: "c", title: "t", history: history, best3: best3, worst3: 125_000, decimals: 0)
        #expect(
            whole.contains("text-anchor=\"end\">251,167</text>")
                && whole.contains("text-anchor=\"end\">118,000</text>"), "\(whole)")
        #expect(!whole.contains("251,166"))
        let tenths = TrendChart.svg(id: "c", title: "t", history: history, best3: best3, worst3: 125_000, decimals: 1)
        #expect(tenths.contains(">251,166.7</text>"), "\(tenths)")
    }
}
