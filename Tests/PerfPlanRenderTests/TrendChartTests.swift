import Testing
@testable import PerfPlanRender

/// Chart coordinates are written digit by digit; they must read exactly as
/// `String(Double)` of the value rounded to tenths, which is what the charts always showed.
@Suite struct TrendChartTests {
    @Test func coordinatesPrintLikeDoubleDescription() {
        var values: [Double] = [0, -0.0, -0.04, 0.04, 0.05, -0.05, 64, 176.25, 176.35, 559.99, -3.5, 1e8, 1e9, -1e12, .nan, .infinity]
        var state: UInt64 = 11
        func next() -> UInt64 { state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407; return state >> 11 }
        for _ in 0..<50_000 {
            let unit = Double(next()) / Double(1 << 53)
            values.append((unit - 0.2) * [1.0, 600, 1e5, 1e8][Int(next() % 4)])
        }
        for v in values {
            var text = SVGText()
            text.coordinate(v)
            #expect(String(decoding: text.bytes, as: UTF8.self) == String(Double((v * 10).rounded()) / 10), "\(v)")
        }
    }
}
