#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Fisher's exact test on a 2x2 table, two-sided: the probability, with the margins fixed,
/// of a table at most as likely as the one observed (the convention of R's `fisher.test`,
/// with its relative tolerance so that tables equally likely up to rounding count alike).
///
/// The hypergeometric probabilities are taken in log space through `lgamma`, so the test
/// stays exact and cheap for an organisation of 100 000 (factorials would overflow at 171).
package enum FisherExact {
    /// The table
    ///
    ///                 flagged   not flagged
    ///     the unit       a           b
    ///     the rest       c           d
    ///
    /// Returns the two-sided p-value in [0, 1].
    package static func twoSided(a: Int, b: Int, c: Int, d: Int) -> Double {
        precondition(a >= 0 && b >= 0 && c >= 0 && d >= 0, "a 2x2 table holds counts")
        let row1 = a + b
        let row2 = c + d
        let col1 = a + c
        let n = row1 + row2
        let lo = max(0, col1 - row2)
        let hi = min(row1, col1)
        guard lo < hi else { return 1 }  // one possible table: nothing to test
        let logDenominator = logChoose(n, col1)
        func logP(_ x: Int) -> Double { logChoose(row1, x) + logChoose(row2, col1 - x) - logDenominator }
        let observed = logP(a)
        // R's tolerance: tables within a relative 1e-7 of the observed probability count as
        // "at most as likely".
        let limit = observed + log1p(1e-7)
        var sum = 0.0
        for x in lo...hi {
            let l = logP(x)
            if l <= limit { sum += exp(l) }
        }
        return min(1, sum)
    }

    /// log(n choose k).
    static func logChoose(_ n: Int, _ k: Int) -> Double {
        lgamma(Double(n) + 1) - lgamma(Double(k) + 1) - lgamma(Double(n - k) + 1)
    }
}
