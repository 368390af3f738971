import Testing

@testable import PerfPlanCore

/// `HumanNumber.format` writes digits into a stack buffer; it must print exactly what the
/// reference (string-building) implementation prints, for every rounding case.
@Suite struct HumanNumberTests {
    @Test func handWorkedExamples() {
        #expect(HumanNumber.format(0.05) == "0.05")
        #expect(HumanNumber.format(-0.004) == "0")
        #expect(HumanNumber.format(-0.005) == "-0.01")
        #expect(HumanNumber.format(1000.5, decimals: 0) == "1,001")
        #expect(HumanNumber.format(999_999.999) == "1,000,000")
        #expect(HumanNumber.format(12.30) == "12.3")
        #expect(HumanNumber.format(1.095 * 100, decimals: 1) == "109.5")
        #expect(HumanNumber.format(.infinity) == "inf")
    }

    @Test func fastPathMatchesTheReference() {
        var values: [Double] = [
            0, -0.0, 1, -1, 0.5, 0.005, 0.015, 1234567.891, -131_000, 9.99, 99.995, 1e15, 9e15, 1e16, -1e17,
            .nan, .infinity, -.infinity, 0.1 + 0.2, 2.675, 1.005,
        ]
        var state: UInt64 = 7
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        for _ in 0..<20_000 {
            let unit = Double(next()) / Double(1 << 53)
            let scale = [1.0, 10, 1000, 1e6, 1e-2][Int(next() % 5)]
            values.append((unit - 0.4) * scale)
            values.append(((unit - 0.4) * scale * 1000).rounded() / 1000)
        }
        // Large whole parts, where the scaled value nears 2^53, and every decimals allowed.
        for _ in 0..<5_000 {
            let unit = Double(next()) / Double(1 << 53)
            values.append((unit - 0.5) * [1e11, 1e13, 9e14, 9.007e15][Int(next() % 4)])
        }
        values += [90_071_992_547_409.91, 9_007_199_254_740.991, 0.125, 0.375, 2.5e-16, 123.456_789_012_345_6]
        for x in values {
            for decimals in [0, 1, 2, 3, 4, 7, 10, 15] {
                #expect(
                    HumanNumber.format(x, decimals: decimals) == HumanNumber.formatSlowly(x, decimals: decimals),
                    "\(x) \(decimals)")
            }
        }
    }

    /// The integer round trip that replaced libm's `round` must agree with it everywhere,
    /// the halfway cases and the neighbours of 0.5 and 2^52 included.
    @Test func roundHalfAwayMatchesRounded() {
        var values: [Double] = [
            0, 0.5, 1.5, 2.5, 0.49999999999999994, 0.5000000000000001, 1e-300, 123.5, 99.49999999999999,
            4_503_599_627_370_495.5, 4_503_599_627_370_496, 4_503_599_627_370_497, 9.1e15, 1e300,
            Double(Int64.max), .greatestFiniteMagnitude,
        ]
        var state: UInt64 = 5
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        for _ in 0..<50_000 {
            let v = Double(next()) / Double(1 << 53) * [1, 100, 1e6, 1e12, 1e16][Int(next() % 5)]
            values.append(v)
            values.append((v * 2).rounded() / 2)  // halfway cases
        }
        for y in values { #expect(HumanNumber.roundHalfAway(y) == y.rounded(), "\(y)") }
    }
}
