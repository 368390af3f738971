/// How every number leaves perfplan in machine-readable output (contract §5.14):
/// whole numbers without a fraction (`219000`), others as the shortest round-trip form.
package enum NumberFormat {
    package static func machine(_ x: Double) -> String {
        if x == 0 { return "0" }  // also turns -0 into 0
        // Whole and below 2^53 (the same test as `x == x.rounded()`, without a libm call).
        if abs(x) < 9.007_199_254_740_992e15, Double(Int64(x)) == x {
            return String(Int64(x))
        }
        return x.description  // Swift's description is the shortest round-trip form.
    }

    package static func machine(_ x: Double?) -> String? { x.map { machine($0) } }
}
